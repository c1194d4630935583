// SPDX-License-Identifier: GPL-3.0-or-later
// Pages through every contact of a sandbox with the real client: requests, seconds,
// contacts/s and the client's CPU time per page. The sandbox runs in its own process
// (ctct-sandbox --memory), so the CPU figure is the client's alone.
//   bench_paging [--contacts N] [--sandbox PATH]
#include "api/accessmanager.h"
#include "api/apiclient.h"
#include "api/operations.h"

#include "sandboxprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <sys/resource.h>

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int contacts = 100000;
    QString sandboxPath = QStringLiteral(CTCT_SANDBOX_BINARY);
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--contacts")
            contacts = args[i + 1].toInt();
        else if (args[i] == u"--sandbox")
            sandboxPath = args[i + 1];
    }

    QProcess sandbox;
    const QUrl server = ctct::bench::startSandbox(sandbox, sandboxPath, contacts);
    if (server.isEmpty())
        return 1;

    ctct::AccessManager access;
    access.setCredentials(
        ctct::Credentials::basic(QStringLiteral("sandbox-key"), QStringLiteral("demo"), QStringLiteral("sandbox")));
    ctct::ApiClient client(&access);
    client.setServer(server);
    client.setUsername(QStringLiteral("demo"));
    ctct::Operations ops(&client);

    auto *pager = ops.contacts(ops.contactsUrls().first(), &app);
    qsizetype received = 0;
    QObject::connect(pager, &ctct::Pager::pageReady, &app,
                     [pager, &received](int) { received += pager->takePage().entries.size(); });
    int exitCode = 0;
    QObject::connect(pager, &ctct::Pager::finished, &app, [pager, &exitCode] {
        if (!pager->result().ok()) {
            std::fprintf(stderr, "paging failed: %s\n", qPrintable(pager->result().toString()));
            exitCode = 1;
        }
        QCoreApplication::quit();
    });
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    pager->fetchAll();
    app.exec();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpu0;
    const int pages = pager->pagesFetched();
    std::printf("contacts received: %lld of %d\n", static_cast<long long>(received), contacts);
    std::printf("requests: %d, %.2f s, %.0f contacts/s, %.0f requests/s\n", pages, seconds, double(received) / seconds,
                double(pages) / seconds);
    std::printf("client CPU: %.2f s in all, %.3f ms per page\n", cpu, cpu * 1000.0 / std::max(1, pages));
    sandbox.terminate();
    sandbox.waitForFinished(5000);
    if (received != contacts) {
        std::fprintf(stderr, "expected every contact once\n");
        return 1;
    }
    return exitCode;
}
