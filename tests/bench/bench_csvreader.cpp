// SPDX-License-Identifier: GPL-3.0-or-later
// CSV read + e-mail validation (design.md §10: >= 400 MB/s on a 300,000-row file, >= 3x
// Python's csv module with an e-mail regex in the same run; tests/bench/csv-vs-python.sh runs
// both). Prints one line per measure, MB = 10^6 bytes.
// Then the whole import plan (mapping, every row's verdict, duplicates, batches) over the same
// file, and the process's peak memory.
//   bench_csvreader FILE [--runs N] [--chunk BYTES] [--plan-only | --read-only]
#include "importing/csvreader.h"
#include "importing/importplan.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace ctct::importing;

namespace {

struct Run
{
    double seconds = 0;
    qsizetype rows = 0;
    qsizetype valid = 0;
};

// The reader over the whole file, every row's first column checked as an e-mail address.
Run readAndValidate(const QString &path, qsizetype chunk)
{
    CsvReaderOptions options;
    options.chunkBytes = chunk;
    QElapsedTimer timer;
    timer.start();
    CsvReader reader(options);
    Run run;
    if (!reader.openFile(path)) {
        std::fprintf(stderr, "error: line %lld: %s\n", qlonglong(reader.error().line),
                     qPrintable(reader.error().message));
        std::exit(1);
    }
    const qsizetype emailAt = std::max<qsizetype>(0, ColumnMapping::automatic(reader.header()).emailColumn());
    while (reader.next()) {
        const CsvRow &row = reader.row();
        ++run.rows;
        if (emailAt < row.size() && isValidEmail(row.utf8(emailAt).trimmed()))
            ++run.valid;
    }
    if (reader.hasError()) {
        std::fprintf(stderr, "error: line %lld: %s\n", qlonglong(reader.error().line),
                     qPrintable(reader.error().message));
        std::exit(1);
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    return run;
}

Run plan(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const ImportPlan p = planFileAutomatic(path);
    Run run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!p.ok()) {
        std::fprintf(stderr, "error: %s\n", qPrintable(p.error));
        std::exit(1);
    }
    run.rows = p.rows;
    run.valid = p.valid();
    std::printf("plan: %lld rows, %lld valid, %lld rejected (%lld duplicates), %lld batches\n", qlonglong(p.rows),
                qlonglong(p.valid()), qlonglong(p.rejected.size()), qlonglong(p.count(RowVerdict::Duplicate)),
                qlonglong(p.batches.size()));
    return run;
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // KiB on Linux
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    int runs = 5;
    qsizetype chunk = 1 << 20;
    QString path;
    bool planOnly = false;
    bool readOnly = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--plan-only")
            planOnly = true;
        else if (args[i] == u"--read-only")
            readOnly = true;
        else if (args[i] == u"--runs" && i + 1 < args.size())
            runs = args[++i].toInt();
        else if (args[i] == u"--chunk" && i + 1 < args.size())
            chunk = args[++i].toLongLong();
        else
            path = args[i];
    }
    if (path.isEmpty() || runs < 1 || chunk < 1) {
        std::fputs("usage: bench_csvreader FILE [--runs N] [--chunk BYTES] [--plan-only | --read-only]\n", stderr);
        return 2;
    }
    const double megabytes = double(QFileInfo(path).size()) / 1e6;
    if (planOnly) {
        const Run run = plan(path);
        std::printf("plan: %.1f MB in %.3f s = %.0f MB/s; peak RSS %.1f MiB\n", megabytes, run.seconds,
                    megabytes / run.seconds, peakMegabytes());
        return 0;
    }
    Run best;
    best.seconds = 1e9;
    for (int r = 0; r < runs; ++r) {
        const Run run = readAndValidate(path, chunk);
        if (run.seconds < best.seconds)
            best = run;
    }
    std::printf("read+validate: %.1f MB in %.3f s = %.0f MB/s (%lld rows, %lld valid addresses; best of %d)\n",
                megabytes, best.seconds, megabytes / best.seconds, qlonglong(best.rows), qlonglong(best.valid), runs);
    if (readOnly) {
        std::printf("peak RSS %.1f MiB\n", peakMegabytes());
        return 0;
    }
    Run bestPlan;
    bestPlan.seconds = 1e9;
    for (int r = 0; r < runs; ++r) {
        const Run run = plan(path);
        if (run.seconds < bestPlan.seconds)
            bestPlan = run;
    }
    std::printf("plan (map + verdicts + duplicates + batches): %.1f MB in %.3f s = %.0f MB/s (best of %d); peak RSS "
                "%.1f MiB\n",
                megabytes, bestPlan.seconds, megabytes / bestPlan.seconds, runs, peakMegabytes());
    return 0;
}
