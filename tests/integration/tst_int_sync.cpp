// SPDX-License-Identifier: GPL-3.0-or-later
// SyncJob against the sandbox: a full sync gives a store equal to the server (every contact and
// membership compared); another client edits, opts out, removes from lists, adds contacts and
// lists, and the next incremental sync brings the store back to equal with a handful of requests;
// an interrupted or crashed full sync resumes without duplicates or gaps; events stay in the store
// after the server has forgotten them (90 days); a server that cannot be reached leaves the store
// as it was and says so (offline).
#include "api/campaignreportjob.h"
#include "cache/accountstore.h"
#include "cache/syncjob.h"
#include "integration.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace ctct;
using namespace ctct::cache;
using ctct::test::Integration;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    ApiResult result;
    SyncSummary summary;
    bool offline = false;
};

Run runSync(AccountStore *store, const Operations &ops, SyncJob::Mode mode = SyncJob::Mode::Auto,
            std::function<bool(SyncJob &)> onProgress = {})
{
    SyncJob job(store, ops, mode);
    bool done = false;
    QObject::connect(&job, &SyncJob::finished, &job, [&done] { done = true; });
    if (onProgress)
        QObject::connect(&job, &SyncJob::progress, &job, [&job, onProgress] {
            if (onProgress(job))
                job.cancel();
        });
    job.start();
    if (!QTest::qWaitFor([&done] { return done; }, 120000))
        job.cancel();
    return {job.result(), job.summary(), job.failedOffline()};
}

// What the server says of every contact: its summary and its lists (from the members feeds).
struct Truth
{
    QMap<QString, Contact> contacts;
    QMap<QString, QStringList> lists; // contact id -> list URIs, sorted
    QStringList listIds;
};

Truth serverTruth(const Operations &ops)
{
    Truth t;
    const auto all = Integration::collect(ops.contacts(ops.contactsUrls().first()));
    if (!all.result.ok())
        qWarning("contacts: %s", qPrintable(all.result.toString()));
    for (const Contact &c : all.entries)
        t.contacts.insert(c.id, c);
    const auto lists = Integration::collect(ops.lists());
    for (const ContactList &l : lists.entries) {
        if (l.isSystemList())
            continue;
        t.listIds.append(l.id);
        for (const ContactListMember &m : Integration::collect(ops.members(l.id)).entries)
            t.lists[m.id].append(l.id);
    }
    for (QStringList &l : t.lists)
        std::sort(l.begin(), l.end(), [](const QString &a, const QString &b) {
            return shortIdOf(a).toLongLong() < shortIdOf(b).toLongLong();
        });
    return t;
}

// Every contact of the store against the server, field by field; the first difference.
QString differences(const AccountStore &store, const Truth &truth)
{
    const std::vector<CachedContact> cached = AccountStore::readContacts(store.path());
    if (qsizetype(cached.size()) != truth.contacts.size())
        return u"the store has %1 contacts, the server %2"_s.arg(cached.size()).arg(truth.contacts.size());
    for (const CachedContact &row : cached) {
        if (!truth.contacts.contains(row.id))
            return u"%1 is not on the server"_s.arg(row.id);
        const Contact &s = truth.contacts[row.id];
        const std::optional<CachedContact> c = store.contact(row.id);
        const QStringList mismatches = [&] {
            QStringList m;
            if (c->status != s.status)
                m << u"status %1 / %2"_s.arg(c->status, s.status);
            if (c->email != s.emailAddress)
                m << u"email %1 / %2"_s.arg(c->email, s.emailAddress);
            if (c->name != s.name)
                m << u"name %1 / %2"_s.arg(c->name, s.name);
            if (c->emailType != s.emailType)
                m << u"email type"_s;
            if (c->optInSource != s.optInSource || c->optInTime != s.optInTime)
                m << u"opt-in"_s;
            if (c->optOutTime != s.optOutTime)
                m << u"opt-out time"_s;
            const QDateTime updated = s.lastUpdateTime.isValid() ? s.lastUpdateTime : s.updated;
            if (c->updated != updated)
                m << u"updated %1 / %2"_s.arg(c->updated.toString(Qt::ISODateWithMs),
                                              updated.toString(Qt::ISODateWithMs));
            if (c->lists != truth.lists.value(row.id))
                m << u"lists %1 / %2"_s.arg(c->lists.join(u' '), truth.lists.value(row.id).join(u' '));
            return m;
        }();
        if (!mismatches.isEmpty())
            return row.id + u": "_s + mismatches.join(u", "_s);
    }
    std::vector<ContactList> lists = store.lists();
    QStringList ids;
    for (const ContactList &l : lists)
        ids.append(l.id);
    if (ids != truth.listIds)
        return u"lists %1 / %2"_s.arg(ids.join(u' '), truth.listIds.join(u' '));
    return {};
}

} // namespace

class TestIntSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<AccountStore> newStore()
    {
        AccountStore::Opened opened = AccountStore::open(m_dir.filePath(u"s%1.sqlite"_s.arg(++m_n)));
        return std::move(opened.store);
    }

    // Another client's edit: the contact's full entry, changed by edit, written back.
    static bool edit(const Operations &ops, const QString &id, const std::function<void(Contact &)> &change)
    {
        const ApiResult got = Integration::run(ops.getContact(id));
        atom::Parsed<Contact> c = parseEntry<Contact>(got);
        if (!c.ok())
            return false;
        change(*c.value);
        const ApiResult put = Integration::run(ops.updateContact(*c.value, got.body));
        if (!put.ok())
            qWarning("PUT %s: %s", qPrintable(id), qPrintable(put.toString()));
        return put.ok();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fullSyncEqualsTheServer()
    {
        Integration it;
        QVERIFY(it.started());
        auto store = newStore();
        QVERIFY(store);
        const Run run = runSync(store.get(), it.ops());
        QVERIFY2(run.result.ok(), qPrintable(run.result.toString()));
        QVERIFY(run.summary.full);
        QCOMPARE(run.summary.contactsAdded, 120);
        QVERIFY(run.summary.eventsAdded > 0);
        QVERIFY(run.summary.serverTime.isValid());
        const SyncState state = store->syncState();
        QVERIFY(state.fullSyncDone);
        QVERIFY(state.fullSyncCursor.isEmpty());
        QCOMPARE(state.lastSync, run.summary.serverTime);
        const QString diff = differences(*store, serverTruth(it.ops()));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        // Every event of every sent campaign's feeds is in the store.
        for (const CachedCampaign &c : store->campaigns()) {
            const auto counts = store->eventCounts(c.campaign.id);
            for (int k = 0; k < CampaignEventKindCount; ++k) {
                const auto feed =
                    Integration::collect(it.ops().campaignEvents(c.campaign.id, CampaignEventKind(k), 200));
                QCOMPARE(counts[size_t(k)], qint64(feed.entries.size()));
            }
        }

        // Nothing changed: an incremental sync fetches a few pages and changes nothing.
        const Run again = runSync(store.get(), it.ops());
        QVERIFY2(again.result.ok(), qPrintable(again.result.toString()));
        QVERIFY(!again.summary.full);
        QCOMPARE(again.summary.contactsAdded, 0);
        QCOMPARE(again.summary.contactsChanged, 0);
        QCOMPARE(again.summary.membershipChanges, 0);
        QCOMPARE(again.summary.eventsAdded, 0);
        QCOMPARE(again.summary.listsRewalked, 0);
        QVERIFY2(again.summary.requests < run.summary.requests / 3,
                 qPrintable(u"%1 requests, the full sync %2"_s.arg(again.summary.requests).arg(run.summary.requests)));
        QVERIFY(store->syncState().lastSync > run.summary.serverTime);
    }

    void incrementalSyncFollowsAnotherClient()
    {
        Integration it;
        QVERIFY(it.started());
        auto store = newStore();
        QVERIFY(store);
        QVERIFY(runSync(store.get(), it.ops()).result.ok());
        const Operations &ops = it.ops();
        const Truth before = serverTruth(ops);
        const QStringList ids = before.contacts.keys();

        // Another client: a name, an opt-out, a contact off one list, one onto another, a new
        // contact, a new list with a member, a list deleted.
        const QString renamed = ids.value(3);
        QVERIFY(edit(ops, renamed, [](Contact &c) {
            c.firstName = u"Zelda"_s;
            c.lastName = u"Quartermaine"_s;
        }));
        QString optedOut;
        for (const QString &id : ids) {
            if (before.contacts[id].status == u"Active"_s && id != renamed) {
                optedOut = id;
                break;
            }
        }
        QVERIFY(Integration::run(ops.optOutContact(optedOut)).ok());
        QString offOne;
        for (const QString &id : ids) {
            if (before.lists.value(id).size() >= 2 && id != renamed && id != optedOut) {
                offOne = id;
                break;
            }
        }
        QVERIFY(!offOne.isEmpty());
        const QString leftList = before.lists.value(offOne).first();
        QVERIFY(edit(ops, offOne, [&leftList](Contact &c) {
            c.contactLists.removeIf([&leftList](const ContactListMembership &m) { return m.listId == leftList; });
        }));
        QString ontoOne;
        QString joinedList;
        for (const QString &id : ids) {
            const QStringList has = before.lists.value(id);
            if (id == renamed || id == optedOut || id == offOne || before.contacts[id].status != u"Active"_s ||
                has.isEmpty())
                continue;
            for (const QString &l : before.listIds) {
                if (!has.contains(l)) {
                    ontoOne = id;
                    joinedList = l;
                    break;
                }
            }
            if (!ontoOne.isEmpty())
                break;
        }
        QVERIFY(!ontoOne.isEmpty());
        QVERIFY(edit(ops, ontoOne, [&joinedList](Contact &c) { c.contactLists.append({joinedList, {}, {}}); }));
        Contact fresh;
        fresh.emailAddress = u"newcomer@example.org"_s;
        fresh.firstName = u"New"_s;
        fresh.lastName = u"Comer"_s;
        fresh.optInSource = u"ACTION_BY_CUSTOMER"_s;
        fresh.hasContactLists = true;
        fresh.contactLists = {{before.listIds.first(), {}, {}}};
        QVERIFY(Integration::run(ops.createContact(fresh)).ok());
        ContactList vip;
        vip.name = u"VIP guests"_s;
        vip.sortOrder = 50;
        vip.optInDefault = false;
        const ApiResult made = Integration::run(ops.createList(vip));
        QVERIFY2(made.ok(), qPrintable(made.toString()));
        const QString vipId = parseEntry<ContactList>(made).value->id;
        QVERIFY(edit(ops, ids.value(10), [&vipId](Contact &c) { c.contactLists.append({vipId, {}, {}}); }));
        const QString doomed = before.listIds.last();
        QVERIFY(Integration::run(ops.deleteList(doomed)).ok());

        const Run run = runSync(store.get(), ops);
        QVERIFY2(run.result.ok(), qPrintable(run.result.toString()));
        QVERIFY(!run.summary.full);
        QCOMPARE(run.summary.contactsAdded, 1);
        QVERIFY(run.summary.contactsChanged >= 4);
        QCOMPARE(run.summary.listsAdded, 1);
        QCOMPARE(run.summary.listsRemoved, 1);
        QCOMPARE(run.summary.listsRewalked, 0); // the updatedsince feeds told every membership
        const QString diff = differences(*store, serverTruth(ops));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY2(store->contact(renamed)->name.contains(u"Quartermaine"_s), qPrintable(store->contact(renamed)->name));
        QCOMPARE(store->contact(optedOut)->status, u"Do Not Mail"_s);
        QVERIFY(!store->contact(offOne)->lists.contains(leftList));
        QVERIFY(store->contact(ontoOne)->lists.contains(joinedList));
        QCOMPARE(store->memberCount(vipId), 1);
        QCOMPARE(store->memberCount(doomed), 0);
    }

    void hundredChangesCostAHandfulOfRequests()
    {
        sandbox::Sandbox::Options o = Integration::defaults();
        o.contacts = 2500; // 50 pages of contacts
        Integration it(o);
        QVERIFY(it.started());
        auto store = newStore();
        QVERIFY(store);
        const Run full = runSync(store.get(), it.ops());
        QVERIFY2(full.result.ok(), qPrintable(full.result.toString()));
        const Truth before = serverTruth(it.ops());
        QStringList ids; // contacts the account owner may simply change: active, on lists
        for (const Contact &c : before.contacts) {
            if (c.status == u"Active"_s && !before.lists.value(c.id).isEmpty())
                ids.append(c.id);
        }
        QVERIFY(ids.size() >= 1000);
        for (int i = 0; i < 100; ++i)
            QVERIFY(edit(it.ops(), ids.value(i * 10), [i](Contact &c) { c.jobTitle = u"Changed %1"_s.arg(i); }));

        const Run run = runSync(store.get(), it.ops());
        QVERIFY2(run.result.ok(), qPrintable(run.result.toString()));
        QCOMPARE(run.summary.contactsChanged, 100);
        QCOMPARE(run.summary.listsRewalked, 0);
        // The bound from the counts: the lists page, the three list-type feeds (100 changed
        // contacts: at most 3 pages beside 2 empty ones), one or two pages per list, the
        // campaigns page, and the sent campaigns of the last 90 days.
        int sentRecently = 0;
        for (const CachedCampaign &c : store->campaigns()) {
            const CampaignStatus s = campaignStatusFromString(c.campaign.status);
            if ((s == CampaignStatus::Sent || s == CampaignStatus::Running) &&
                c.campaign.date > QDateTime::currentDateTimeUtc().addDays(-90))
                ++sentRecently;
        }
        const int bound = 1 + (3 + 2) + 2 * int(before.listIds.size()) + 1 + sentRecently;
        qInfo("incremental sync after 100 changes: %d requests (bound %d; the full sync took %d)", run.summary.requests,
              bound, full.summary.requests);
        QVERIFY2(run.summary.requests <= bound, qPrintable(u"%1 > %2"_s.arg(run.summary.requests).arg(bound)));
        QVERIFY(run.summary.requests * 5 < full.summary.requests);
        const QString diff = differences(*store, serverTruth(it.ops()));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void interruptedFullSyncResumes()
    {
        Integration it;
        QVERIFY(it.started());
        auto store = newStore();
        QVERIFY(store);
        int progress = 0;
        const Run first = runSync(store.get(), it.ops(), SyncJob::Mode::Auto, [&progress](SyncJob &) {
            return ++progress == 3; // after the lists and two pages of contacts
        });
        QCOMPARE(first.result.error, ApiError::Canceled);
        QVERIFY(!store->syncState().fullSyncDone);
        QVERIFY(!store->syncState().fullSyncCursor.isEmpty());
        const qint64 partial = store->contactCount();
        QVERIFY2(partial > 0 && partial < 120, qPrintable(QString::number(partial)));

        // Meanwhile another client adds a contact: the resumed sync and the next catch it.
        Contact fresh;
        fresh.emailAddress = u"during@example.org"_s;
        fresh.optInSource = u"ACTION_BY_CUSTOMER"_s;
        fresh.hasContactLists = true;
        fresh.contactLists = {{test::demoListUri(u"1"_s), {}, {}}};
        QVERIFY(Integration::run(it.ops().createContact(fresh)).ok());

        const Run second = runSync(store.get(), it.ops());
        QVERIFY2(second.result.ok(), qPrintable(second.result.toString()));
        QVERIFY(second.summary.full);
        QVERIFY(second.summary.resumed);
        QVERIFY(second.summary.contactsAdded < 120); // the rest, not everything again
        QVERIFY(store->syncState().fullSyncDone);
        QVERIFY(runSync(store.get(), it.ops()).result.ok());
        const QString diff = differences(*store, serverTruth(it.ops()));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void crashedSyncResumesFromTheFile()
    {
        Integration it;
        QVERIFY(it.started());
        const QString path = m_dir.filePath(u"crash.sqlite"_s);
        {
            // The process "dies" in the middle of the members of a list: the job and the store
            // go without finishing anything.
            AccountStore::Opened opened = AccountStore::open(path);
            QVERIFY(opened.store);
            auto job = std::make_unique<SyncJob>(opened.store.get(), it.ops());
            bool inMembers = false;
            connect(job.get(), &SyncJob::progress, job.get(), [&inMembers](qint64, qint64, const QString &what) {
                inMembers = inMembers || what.contains(u"members"_s);
            });
            job->start();
            QVERIFY(QTest::qWaitFor([&inMembers] { return inMembers; }, 60000));
            job.reset();
        }
        AccountStore::Opened reopened = AccountStore::open(path);
        QVERIFY2(reopened.store, qPrintable(reopened.error));
        QVERIFY(reopened.setAsidePath.isEmpty());
        QVERIFY(reopened.store->syncState().fullSyncCursor.contains(u"members"_s));
        const Run run = runSync(reopened.store.get(), it.ops());
        QVERIFY2(run.result.ok(), qPrintable(run.result.toString()));
        QVERIFY(run.summary.resumed);
        QCOMPARE(run.summary.contactsAdded, 0); // the contacts were all in before the crash
        const QString diff = differences(*reopened.store, serverTruth(it.ops()));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void eventsOutliveTheServersNinetyDays()
    {
        QTemporaryDir data;
        sandbox::Sandbox::Options o = Integration::defaults();
        o.memory = false;
        o.dataDir = data.path();
        auto store = newStore();
        QVERIFY(store);
        QString campaign;
        qint64 kept = 0;
        {
            Integration it(o);
            QVERIFY(it.started());
            QVERIFY(runSync(store.get(), it.ops()).result.ok());
            for (const CachedCampaign &c : store->campaigns()) {
                const auto counts = store->eventCounts(c.campaign.id);
                const qint64 total = std::accumulate(counts.begin(), counts.end(), qint64(0));
                if (total > kept) {
                    kept = total;
                    campaign = c.campaign.id;
                }
            }
            QVERIFY(kept > 0);
        }
        {
            // Four months pass for that campaign's events on the server.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"age"_s);
            db.setDatabaseName(data.filePath(u"sandbox.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE campaign_events SET time = time - %1 WHERE campaign_id = %2"_s
                               .arg(qint64(120) * 24 * 3600 * 1000)
                               .arg(shortIdOf(campaign))));
            QVERIFY(q.numRowsAffected() > 0);
            q = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"age"_s);
        }
        Integration it(o);
        QVERIFY(it.started());
        const auto feed = Integration::collect(it.ops().campaignEvents(campaign, CampaignEventKind::Send, 200));
        QVERIFY(feed.result.ok());
        QCOMPARE(feed.entries.size(), 0); // the server has forgotten them
        const Run run = runSync(store.get(), it.ops());
        QVERIFY2(run.result.ok(), qPrintable(run.result.toString()));
        const auto counts = store->eventCounts(campaign);
        QCOMPARE(std::accumulate(counts.begin(), counts.end(), qint64(0)), kept);
        QVERIFY(store->campaignEventsSince(campaign).isValid());

        // The report reads them from the store, complete: the feeds gave nothing, the copy all.
        CampaignReportJob report(it.ops(), campaign);
        report.setStore(store.get());
        bool done = false;
        connect(&report, &CampaignReportJob::finished, this, [&done] { done = true; });
        report.start();
        QVERIFY(QTest::qWaitFor([&done] { return done; }, 30000));
        QVERIFY2(report.result().ok(), qPrintable(report.result().toString()));
        const reporting::CampaignReport &r = report.data()->report;
        qint64 total = 0;
        for (int k = 0; k < CampaignEventKindCount; ++k)
            total += r.eventCount(CampaignEventKind(k));
        QCOMPARE(total, kept);
        QVERIFY(r.fromLocalCopy);
        QVERIFY(!r.offline);
        QVERIFY(!r.windowLimited); // the entry's counts are all in the copy
        QCOMPARE(r.dataSince, store->campaignEventsSince(campaign));
    }

    void aMembershipChangedUnseenIsRepaired()
    {
        // A membership that changed without touching the contact (nothing updatedsince could
        // see): the list's count disagrees with the copy, and the list is walked again.
        QTemporaryDir data;
        sandbox::Sandbox::Options o = Integration::defaults();
        o.memory = false;
        o.dataDir = data.path();
        auto store = newStore();
        QVERIFY(store);
        {
            Integration it(o);
            QVERIFY(it.started());
            QVERIFY(runSync(store.get(), it.ops()).result.ok());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"behind"_s);
            db.setDatabaseName(data.filePath(u"sandbox.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"DELETE FROM memberships WHERE list_id = 2 AND contact_id IN (SELECT contact_id FROM "
                           "memberships WHERE list_id = 2 LIMIT 3)"_s));
            QCOMPARE(q.numRowsAffected(), 3);
            q = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"behind"_s);
        }
        Integration it(o);
        QVERIFY(it.started());
        const Run run = runSync(store.get(), it.ops());
        QVERIFY2(run.result.ok(), qPrintable(run.result.toString()));
        QCOMPARE(run.summary.contactsChanged, 0);
        QCOMPARE(run.summary.listsRewalked, 1);
        QCOMPARE(run.summary.membershipChanges, 3);
        const QString diff = differences(*store, serverTruth(it.ops()));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void unreachableServerLeavesTheStoreAndSaysOffline_data()
    {
        QTest::addColumn<bool>("refused");
        QTest::newRow("connection refused") << true;
        QTest::newRow("server errors") << false;
    }
    void unreachableServerLeavesTheStoreAndSaysOffline()
    {
        QFETCH(bool, refused);
        Integration it;
        QVERIFY(it.started());
        auto store = newStore();
        QVERIFY(store);
        QVERIFY(runSync(store.get(), it.ops()).result.ok());
        const qint64 contacts = store->contactCount();
        const SyncState before = store->syncState();

        std::unique_ptr<Integration> failing;
        std::unique_ptr<ApiSession> session;
        const Operations *ops = nullptr;
        if (refused) {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            const quint16 port = closed.serverPort();
            closed.close(); // nobody listens there now
            QString error;
            session = ApiSession::open(
                {QUrl(u"http://127.0.0.1:%1"_s.arg(port)), u"demo"_s, Integration::demoCredentials()}, &error);
            QVERIFY(session);
            session->client()->setRetryPolicy(Integration::fastRetries());
            ops = &session->operations();
        } else {
            sandbox::Sandbox::Options o = Integration::defaults();
            o.failRate = 1.0;
            failing = std::make_unique<Integration>(o);
            QVERIFY(failing->started());
            failing->client().setRetryPolicy(Integration::fastRetries());
            ops = &failing->ops();
        }
        const Run run = runSync(store.get(), *ops);
        QVERIFY(!run.result.ok());
        QVERIFY2(run.offline, qPrintable(run.result.toString()));
        QCOMPARE(run.result.error, refused ? ApiError::Network : ApiError::Server);
        QCOMPARE(store->contactCount(), contacts);
        QCOMPARE(store->syncState().lastSync, before.lastSync); // the next sync starts from the same point
        QVERIFY(store->syncState().lastAttempt >= before.lastAttempt);
        QCOMPARE(AccountStore::readContacts(store->path()).size(), size_t(contacts));
        // When the server answers again, the sync goes on from where it was.
        const Run back = runSync(store.get(), it.ops());
        QVERIFY2(back.result.ok(), qPrintable(back.result.toString()));
    }
};

QTEST_GUILESS_MAIN(TestIntSync)
#include "tst_int_sync.moc"
