// SPDX-License-Identifier: GPL-3.0-or-later
// CSV read + e-mail validation (design.md §10: >= 400 MB/s on a 300,000-row file, >= 3x
// Python's csv module with an e-mail regex in the same run; tests/bench/csv-vs-python.sh runs
// both). Prints one line per measure, MB = 10^6 bytes.
//   bench_csvreader FILE [--runs N] [--chunk BYTES]
#include "importing/csvreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

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
    const qsizetype emailAt = std::max<qsizetype>(0, reader.header().indexOf(QStringLiteral("Email Address")));
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    int runs = 5;
    qsizetype chunk = 1 << 20;
    QString path;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--runs" && i + 1 < args.size())
            runs = args[++i].toInt();
        else if (args[i] == u"--chunk" && i + 1 < args.size())
            chunk = args[++i].toLongLong();
        else
            path = args[i];
    }
    if (path.isEmpty() || runs < 1 || chunk < 1) {
        std::fputs("usage: bench_csvreader FILE [--runs N] [--chunk BYTES]\n", stderr);
        return 2;
    }
    const double megabytes = double(QFileInfo(path).size()) / 1e6;
    Run best;
    best.seconds = 1e9;
    for (int r = 0; r < runs; ++r) {
        const Run run = readAndValidate(path, chunk);
        if (run.seconds < best.seconds)
            best = run;
    }
    std::printf("read+validate: %.1f MB in %.3f s = %.0f MB/s (%lld rows, %lld valid addresses; best of %d)\n",
                megabytes, best.seconds, megabytes / best.seconds, qlonglong(best.rows), qlonglong(best.valid), runs);
    return 0;
}
