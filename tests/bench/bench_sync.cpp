// SPDX-License-Identifier: GPL-3.0-or-later
// The local copy against a sandbox of 100,000 contacts in another process (issue 12, design.md
// §10): the full sync (requests, seconds), an incremental sync with nothing changed, and one
// after 100 changes made by another client (requests: "a handful, not a page per 50 contacts").
// Reference in the same run: plainly paging through every contact (the 2,000 requests the
// app made before it kept a copy).
//   bench_sync [--contacts N] [--changes K] [--sandbox PATH]
#include "api/accessmanager.h"
#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/operations.h"
#include "cache/syncjob.h"

#include "sandboxprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace ctct;
using namespace ctct::cache;

namespace {

struct Timed
{
    SyncSummary summary;
    ApiResult result;
    double seconds = 0;
};

Timed runSync(AccountStore *store, const Operations &ops)
{
    SyncJob job(store, ops);
    bool done = false;
    QObject::connect(&job, &SyncJob::finished, &job, [&done] { done = true; });
    QElapsedTimer wall;
    wall.start();
    job.start();
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return {job.summary(), job.result(), double(wall.nsecsElapsed()) / 1e9};
}

ApiResult wait(ApiJob *job)
{
    bool done = false;
    ApiResult result;
    job->then(qApp, [&done, &result](const ApiResult &r) {
        result = r;
        done = true;
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return result;
}

void print(const char *what, const Timed &t)
{
    std::printf("%-34s %6d requests %8.2f s   added %d, changed %d, memberships %d, events %d\n", what,
                t.summary.requests, t.seconds, t.summary.contactsAdded, t.summary.contactsChanged,
                t.summary.membershipChanges, t.summary.eventsAdded);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int contacts = 100000;
    int changes = 100;
    QString sandboxPath = QStringLiteral(CTCT_SANDBOX_BINARY);
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--contacts")
            contacts = args[i + 1].toInt();
        else if (args[i] == u"--changes")
            changes = args[i + 1].toInt();
        else if (args[i] == u"--sandbox")
            sandboxPath = args[i + 1];
    }

    QProcess sandbox;
    const QUrl server = ctct::bench::startSandbox(sandbox, sandboxPath, contacts);
    if (server.isEmpty())
        return 1;

    AccessManager access;
    access.setCredentials(
        Credentials::basic(QStringLiteral("sandbox-key"), QStringLiteral("demo"), QStringLiteral("sandbox")));
    ApiClient client(&access);
    client.setServer(server);
    client.setUsername(QStringLiteral("demo"));
    const Operations ops(&client);

    QTemporaryDir dir;
    AccountStore::Opened opened = AccountStore::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened.store) {
        std::fprintf(stderr, "no store: %s\n", qPrintable(opened.error));
        return 1;
    }
    AccountStore *store = opened.store.get();

    // The reference first: every contact, page by page.
    auto *pager = ops.contacts(ops.contactsUrls().first(), &app);
    qsizetype received = 0;
    QObject::connect(pager, &Pager::pageReady, &app,
                     [pager, &received](int) { received += pager->takePage().entries.size(); });
    bool paged = false;
    QObject::connect(pager, &Pager::finished, &app, [&paged] { paged = true; });
    QElapsedTimer wall;
    wall.start();
    pager->fetchAll();
    while (!paged)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double pagingSeconds = double(wall.nsecsElapsed()) / 1e9;

    const Timed full = runSync(store, ops);
    if (!full.result.ok()) {
        std::fprintf(stderr, "full sync failed: %s\n", qPrintable(full.result.toString()));
        return 1;
    }
    const Timed nothing = runSync(store, ops);

    // Another client changes `changes` active contacts (their job title).
    int changed = 0;
    for (const CachedContact &c : AccountStore::readContacts(store->path(), QStringLiteral("active"))) {
        if (changed >= changes)
            break;
        if (c.status != u"Active")
            continue;
        const ApiResult got = wait(ops.getContact(c.id));
        atom::Parsed<Contact> entry = parseEntry<Contact>(got);
        if (!entry.ok() || entry.value->contactLists.isEmpty())
            continue;
        entry.value->jobTitle = QStringLiteral("Changed %1").arg(changed);
        if (wait(ops.updateContact(*entry.value, got.body)).ok())
            ++changed;
    }
    const Timed incremental = runSync(store, ops);

    std::printf("%d contacts, %lld in the copy\n", contacts, static_cast<long long>(store->contactCount()));
    std::printf("%-34s %6d requests %8.2f s   (%lld contacts)\n", "reference: paging every contact",
                pager->pagesFetched(), pagingSeconds, static_cast<long long>(received));
    print("full sync", full);
    print("incremental, nothing changed", nothing);
    print(qPrintable(QStringLiteral("incremental after %1 changes").arg(changed)), incremental);
    sandbox.terminate();
    sandbox.waitForFinished(5000);
    return incremental.result.ok() && nothing.result.ok() && incremental.summary.contactsChanged == changed ? 0 : 1;
}
