// SPDX-License-Identifier: GPL-3.0-or-later
// AccountStore, the local copy of an account: contacts with their memberships (summaries, full
// entries, list passes), lists, campaigns, events and cursors, the readers of other threads, the
// migration from the first schema, broken files set aside (not deleted), and a writer killed
// with SIGKILL leaving a file that opens.
#include "cache/accountstore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <future>

using namespace ctct;
using namespace ctct::cache;
using namespace Qt::StringLiterals;

namespace {

const QString kContacts = u"http://api.constantcontact.com/ws/customers/joe/contacts/"_s;
const QString kLists = u"http://api.constantcontact.com/ws/customers/joe/lists/"_s;
const QString kCampaigns = u"http://api.constantcontact.com/ws/customers/joe/campaigns/"_s;

CachedContact summary(int id, const QString &email, const QString &status = u"Active"_s,
                      const QString &name = QString())
{
    CachedContact c;
    c.id = kContacts + QString::number(id);
    c.email = email;
    c.status = status;
    c.name = name;
    c.emailType = u"HTML"_s;
    c.optInSource = u"ACTION_BY_CUSTOMER"_s;
    c.optInTime = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    c.updated = QDateTime(QDate(2026, 5, 6), QTime(7, 8, 9, 10), Qt::UTC);
    return c;
}

ContactList list(int id, const QString &name, std::optional<qint64> count = std::nullopt)
{
    ContactList l;
    l.id = kLists + QString::number(id);
    l.name = name;
    l.shortName = name;
    l.sortOrder = id;
    l.contactCount = count;
    return l;
}

ContactListMember member(int id, const QString &email)
{
    ContactListMember m;
    m.id = kContacts + QString::number(id);
    m.emailAddress = email;
    m.name = email.section(u'@', 0, 0);
    return m;
}

CampaignEvent makeEvent(int id, CampaignEventKind kind, int contact, const QDateTime &time)
{
    CampaignEvent e;
    e.kind = kind;
    e.id = kCampaigns + u"9/events/"_s + campaignEventCollection(kind) + u'/' + QString::number(id);
    e.contactId = kContacts + QString::number(contact);
    e.contactEmail = u"c%1@example.org"_s.arg(contact);
    e.campaignId = kCampaigns + u'9';
    e.campaignName = u"Spring"_s;
    e.eventTime = time;
    if (kind == CampaignEventKind::Click)
        e.linkUrl = u"https://example.org/a"_s;
    if (kind == CampaignEventKind::Bounce) {
        e.code = u"B"_s;
        e.description = u"Non-existent address"_s;
        e.bounceMessage = u"550 no such user"_s;
    }
    return e;
}

QStringList emails(const std::vector<CachedContact> &contacts)
{
    QStringList out;
    for (const CachedContact &c : contacts)
        out.append(c.email);
    return out;
}

// The child process of killedWriterLeavesAFileThatOpens(): writes pages until it is killed.
int runWriter(const QString &path)
{
    AccountStore::Opened opened = AccountStore::open(path);
    if (!opened.store || !opened.store->replaceLists({list(1, u"News"_s)}))
        return 1;
    std::printf("ready\n");
    std::fflush(stdout);
    for (int page = 0;; ++page) {
        std::vector<CachedContact> rows;
        for (int i = 0; i < 50; ++i)
            rows.push_back(summary(page * 50 + i + 1, u"p%1-%2@example.org"_s.arg(page).arg(i)));
        if (!opened.store->upsertContacts(rows))
            return 2;
        opened.store->beginListMembers(kLists + u'1');
        QList<ContactListMember> members;
        for (int i = 0; i < 50; i += 2)
            members.append(member(page * 50 + i + 1, u"p%1-%2@example.org"_s.arg(page).arg(i)));
        opened.store->addListMembers(kLists + u'1', members);
        opened.store->finishListMembers(kLists + u'1');
    }
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString newPath() { return m_dir.filePath(u"store-%1.sqlite"_s.arg(++m_n)); }
    std::unique_ptr<AccountStore> openNew()
    {
        AccountStore::Opened opened = AccountStore::open(newPath());
        if (!opened.store)
            qWarning("%s", qPrintable(opened.error));
        return std::move(opened.store);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void newFileHasTheSchemaAndNothingElse()
    {
        const QString path = newPath();
        AccountStore::Opened opened = AccountStore::open(path);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QVERIFY(opened.setAsidePath.isEmpty());
        QCOMPARE(opened.migratedFrom, -1);
        QCOMPARE(opened.store->contactCount(), 0);
        QVERIFY(opened.store->lists().empty());
        const SyncState state = opened.store->syncState();
        QVERIFY(!state.lastSync.isValid());
        QVERIFY(!state.fullSyncDone);
        opened.store.reset();
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), AccountStore::SchemaVersion);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        q = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"inspect"_s);
    }

    void defaultPathsDifferPerAccountAndShareAFolder()
    {
        const QString a = AccountStore::defaultPath(u"joe@https://api.constantcontact.com"_s);
        const QString b = AccountStore::defaultPath(u"ann@https://api.constantcontact.com"_s);
        QVERIFY(a != b);
        QVERIFY(a.startsWith(AccountStore::defaultFolder()));
        QVERIFY(a.endsWith(u".sqlite"_s));
        QVERIFY(sandboxAccountKey(u"/tmp/a"_s) != sandboxAccountKey(u"/tmp/b"_s));
        QCOMPARE(sandboxAccountKey(u"/tmp/a/"_s), sandboxAccountKey(u"/tmp/a"_s));
    }

    void upsertCountsAddedChangedAndIgnoresTheSame()
    {
        auto store = openNew();
        QVERIFY(store);
        QSignalSpy changed(store.get(), &AccountStore::contactsChanged);
        ContactChanges c;
        QVERIFY(store->upsertContacts({summary(1, u"a@example.org"_s), summary(2, u"b@example.org"_s)}, &c));
        QCOMPARE(c.added, 2);
        QCOMPARE(c.changed, 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.takeFirst().at(0).toStringList(), QStringList({kContacts + u'1', kContacts + u'2'}));

        QVERIFY(store->upsertContacts({summary(1, u"a@example.org"_s), summary(2, u"b@example.org"_s)}, &c));
        QCOMPARE(c.added, 0);
        QCOMPARE(c.changed, 0);
        QCOMPARE(changed.size(), 0); // nothing changed: nobody is told

        QVERIFY(store->upsertContacts({summary(2, u"b@example.org"_s, u"Do Not Mail"_s)}, &c));
        QCOMPARE(c.changed, 1);
        QCOMPARE(changed.size(), 1);
        const std::optional<CachedContact> two = store->contact(kContacts + u'2');
        QVERIFY(two);
        QCOMPARE(two->status, u"Do Not Mail"_s);
        QCOMPARE(two->id, kContacts + u'2'); // the full URI again
        QCOMPARE(two->optInTime, summary(2, {}).optInTime);
        QCOMPARE(store->contactCount(), 2);
        QVERIFY(!store->contact(kContacts + u"77"_s));
        QVERIFY(!store->contact(u"not-a-number"_s));
    }

    void fullEntryKeepsNamesUntilTheNameChanges()
    {
        auto store = openNew();
        QVERIFY(store);
        QVERIFY(store->upsertContacts({summary(5, u"jo@example.org"_s, u"Active"_s, u"Jo Bloggs"_s)}));
        Contact full;
        full.id = kContacts + u'5';
        full.emailAddress = u"jo@example.org"_s;
        full.status = u"Active"_s;
        full.name = u"Jo Bloggs"_s;
        full.firstName = u"Jo"_s;
        full.lastName = u"Bloggs"_s;
        full.companyName = u"Acme"_s;
        full.hasContactLists = true;
        full.contactLists = {{kLists + u'2', {}, {}}, {kLists + u'1', {}, {}}};
        QVERIFY(store->storeFullContact(full, "<entry>five</entry>"));
        std::optional<CachedContact> c = store->contact(kContacts + u'5');
        QVERIFY(c);
        QCOMPARE(c->company, u"Acme"_s);
        QCOMPARE(c->firstName, u"Jo"_s);
        QCOMPARE(c->lists, QStringList({kLists + u'1', kLists + u'2'}));
        QCOMPARE(store->contactXml(kContacts + u'5'), QByteArray("<entry>five</entry>"));

        // A summary with the same Name keeps what only the full entry had.
        QVERIFY(store->upsertContacts({summary(5, u"jo@example.org"_s, u"Removed"_s, u"Jo Bloggs"_s)}));
        c = store->contact(kContacts + u'5');
        QCOMPARE(c->status, u"Removed"_s);
        QCOMPARE(c->firstName, u"Jo"_s);
        QCOMPARE(c->company, u"Acme"_s);
        // Another Name: the first and last names are stale, the company is not about names.
        QVERIFY(store->upsertContacts({summary(5, u"jo@example.org"_s, u"Removed"_s, u"Jo Smith"_s)}));
        c = store->contact(kContacts + u'5');
        QCOMPARE(c->name, u"Jo Smith"_s);
        QVERIFY(c->firstName.isEmpty());
        QVERIFY(c->lastName.isEmpty());
        QCOMPARE(c->company, u"Acme"_s);
        // The toContact() round trip gives a summary-like Contact with the lists.
        const Contact back = c->toContact();
        QCOMPARE(back.id, kContacts + u'5');
        QCOMPARE(back.contactLists.size(), 2);
    }

    void membershipsAndViews()
    {
        auto store = openNew();
        QVERIFY(store);
        QVERIFY(store->replaceLists({list(1, u"News"_s), list(2, u"Events"_s)}));
        QVERIFY(store->upsertContacts({summary(1, u"a@example.org"_s), summary(2, u"b@example.org"_s),
                                       summary(3, u"c@example.org"_s, u"Removed"_s),
                                       summary(4, u"d@example.org"_s, u"Unconfirmed"_s),
                                       summary(5, u"e@example.org"_s, u"Do Not Mail"_s)}));
        int changed = 0;
        QVERIFY(store->setMemberships({{kContacts + u'1', {kLists + u'1', kLists + u'2'}},
                                       {kContacts + u'2', {u"1"_s, u"active"_s}}, // short ids; system lists skipped
                                       {kContacts + u'4', {kLists + u'2'}}},
                                      &changed));
        QCOMPARE(changed, 4);
        QCOMPARE(store->memberCount(kLists + u'1'), 2);
        QCOMPARE(store->memberCount(u"2"_s), 2);
        QVERIFY(store->setMemberships({{kContacts + u'1', {kLists + u'2'}}}, &changed));
        QCOMPARE(changed, 1);
        QCOMPARE(store->memberCount(kLists + u'1'), 1);

        QString error;
        QCOMPARE(emails(AccountStore::readContacts(store->path(), {}, &error)),
                 QStringList({u"e@example.org"_s, u"d@example.org"_s, u"c@example.org"_s, u"b@example.org"_s,
                              u"a@example.org"_s})); // newest id first
        QVERIFY(error.isEmpty());
        QCOMPARE(emails(AccountStore::readContacts(store->path(), u"active"_s)),
                 QStringList({u"d@example.org"_s, u"b@example.org"_s, u"a@example.org"_s}));
        QCOMPARE(emails(AccountStore::readContacts(store->path(), u"removed"_s)), QStringList({u"c@example.org"_s}));
        QCOMPARE(emails(AccountStore::readContacts(store->path(), u"do-not-mail"_s)),
                 QStringList({u"e@example.org"_s}));
        QCOMPARE(emails(AccountStore::readContacts(store->path(), kLists + u'2')),
                 QStringList({u"d@example.org"_s, u"a@example.org"_s}));
        QCOMPARE(AccountStore::readContacts(store->path(), kLists + u'2').front().id, kContacts + u'4');
        QVERIFY(AccountStore::readContacts(store->path(), u"nonsense"_s, &error).empty());
        QVERIFY(!error.isEmpty());

        // A list that vanished takes its memberships along, and says whom they belonged to.
        QSignalSpy contactsChanged(store.get(), &AccountStore::contactsChanged);
        QSignalSpy listsChanged(store.get(), &AccountStore::listsChanged);
        QStringList added;
        QStringList removed;
        QVERIFY(store->replaceLists({list(1, u"News"_s), list(3, u"VIP"_s)}, &added, &removed));
        QCOMPARE(added, QStringList{kLists + u'3'});
        QCOMPARE(removed, QStringList{kLists + u'2'});
        QCOMPARE(listsChanged.size(), 1);
        QCOMPARE(contactsChanged.size(), 1);
        QCOMPARE(store->memberCount(kLists + u'2'), 0);
        QCOMPARE(store->contact(kContacts + u'1')->lists, QStringList());
        QCOMPARE(store->contact(kContacts + u'2')->lists, QStringList{kLists + u'1'});
        const std::vector<ContactList> lists = store->lists();
        QCOMPARE(lists.size(), size_t(2));
        QCOMPARE(lists[1].name, u"VIP"_s);
        QCOMPARE(lists[1].id, kLists + u'3');
        // The same lists again change nothing.
        QVERIFY(store->replaceLists({list(1, u"News"_s), list(3, u"VIP"_s)}));
        QCOMPARE(listsChanged.size(), 1);
    }

    void aListPassRemovesWhomItDidNotSee()
    {
        auto store = openNew();
        QVERIFY(store);
        QVERIFY(store->replaceLists({list(1, u"News"_s)}));
        QVERIFY(store->upsertContacts({summary(1, u"a@example.org"_s), summary(2, u"b@example.org"_s)}));
        QVERIFY(store->beginListMembers(kLists + u'1'));
        int changed = 0;
        QVERIFY(store->addListMembers(kLists + u'1', {member(1, u"a@example.org"_s), member(2, u"b@example.org"_s)},
                                      &changed));
        QCOMPARE(changed, 2);
        QVERIFY(store->finishListMembers(kLists + u'1', &changed));
        QCOMPARE(changed, 0);
        QCOMPARE(store->memberCount(kLists + u'1'), 2);

        // The next pass sees 2 and a contact the store lacks (added with what the page says).
        QVERIFY(store->beginListMembers(kLists + u'1'));
        QVERIFY(store->addListMembers(kLists + u'1', {member(2, u"b@example.org"_s), member(9, u"new@example.org"_s)},
                                      &changed));
        QCOMPARE(changed, 1);
        QVERIFY(store->finishListMembers(kLists + u'1', &changed));
        QCOMPARE(changed, 1); // 1 left the list
        QCOMPARE(store->memberCount(kLists + u'1'), 2);
        QCOMPARE(store->contact(kContacts + u'9')->email, u"new@example.org"_s);
        QCOMPARE(store->contact(kContacts + u'1')->lists, QStringList());
        // A pass that began and was never finished (a crash) is redone by a new pass.
        QVERIFY(store->beginListMembers(kLists + u'1'));
        QVERIFY(store->addListMembers(kLists + u'1', {member(2, u"b@example.org"_s)}));
        QVERIFY(store->beginListMembers(kLists + u'1'));
        QVERIFY(store->addListMembers(kLists + u'1', {member(9, u"new@example.org"_s)}));
        QVERIFY(store->finishListMembers(kLists + u'1'));
        QCOMPARE(store->memberCount(kLists + u'1'), 1);
    }

    void campaignsAndEvents()
    {
        auto store = openNew();
        QVERIFY(store);
        Campaign a;
        a.id = kCampaigns + u'9';
        a.name = u"Spring"_s;
        a.status = u"SENT"_s;
        a.date = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        Campaign b = a;
        b.id = kCampaigns + u'8';
        b.name = u"Draft"_s;
        b.status = u"DRAFT"_s;
        QStringList changed;
        QVERIFY(store->replaceCampaigns({a, b}, &changed));
        QCOMPARE(changed, QStringList({a.id, b.id}));
        QVERIFY(store->replaceCampaigns({a, b}, &changed));
        QVERIFY(changed.isEmpty());
        QVERIFY(store->storeCampaign(a, "not an entry"));
        QCOMPARE(store->campaignXml(a.id), QByteArray("not an entry"));
        QVERIFY(!store->campaign(a.id)->hasEntry); // unreadable XML: the summary stands
        QCOMPARE(store->campaigns().size(), size_t(2));
        QCOMPARE(store->campaigns().front().campaign.name, u"Spring"_s);

        const QDateTime t0(QDate(2026, 3, 1), QTime(9, 5), Qt::UTC);
        const QList<CampaignEvent> events{makeEvent(1, CampaignEventKind::Send, 1, t0),
                                          makeEvent(2, CampaignEventKind::Send, 2, t0),
                                          makeEvent(1, CampaignEventKind::Open, 1, t0.addSecs(60)),
                                          makeEvent(1, CampaignEventKind::Bounce, 2, t0.addSecs(5)),
                                          makeEvent(1, CampaignEventKind::Click, 1, t0.addSecs(120))};
        QSignalSpy eventsChanged(store.get(), &AccountStore::eventsChanged);
        QCOMPARE(store->addCampaignEvents(a.id, events), 5);
        QCOMPARE(eventsChanged.size(), 1);
        QCOMPARE(store->addCampaignEvents(a.id, events), 0); // the same ids: nothing new
        QCOMPARE(eventsChanged.size(), 1);
        const auto counts = store->eventCounts(a.id);
        QCOMPARE(counts[size_t(CampaignEventKind::Send)], 2);
        QCOMPARE(counts[size_t(CampaignEventKind::Open)], 1);
        QCOMPARE(counts[size_t(CampaignEventKind::Forward)], 0);
        QCOMPARE(store->campaignEventsSince(a.id), t0);
        QCOMPARE(store->contactEvents(kContacts + u'1').size(), 3);
        QCOMPARE(store->contactEvents(kContacts + u'1').first().kind, CampaignEventKind::Click); // newest first

        QString error;
        const auto read = AccountStore::readCampaignEvents(store->path(), a.id, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(read[size_t(CampaignEventKind::Send)].size(), 2);
        const CampaignEvent bounce = read[size_t(CampaignEventKind::Bounce)].value(0);
        QCOMPARE(bounce.id, events[3].id);
        QCOMPARE(bounce.code, u"B"_s);
        QCOMPARE(bounce.bounceMessage, u"550 no such user"_s);
        QCOMPARE(bounce.contactId, kContacts + u'2');
        QCOMPARE(bounce.eventTime, t0.addSecs(5));
        QCOMPARE(read[size_t(CampaignEventKind::Click)].value(0).linkUrl, u"https://example.org/a"_s);

        QVERIFY(store->eventCursor(a.id, CampaignEventKind::Open).isEmpty());
        QVERIFY(store->setEventCursor(a.id, CampaignEventKind::Open, u"http://x/opens?next=5"_s));
        QCOMPARE(store->eventCursor(a.id, CampaignEventKind::Open), u"http://x/opens?next=5"_s);
        QVERIFY(store->eventCursor(a.id, CampaignEventKind::Send).isEmpty());

        // A campaign the server no longer lists goes, with its events and cursors.
        QVERIFY(store->replaceCampaigns({b}));
        QCOMPARE(store->eventCounts(a.id)[0], 0);
        QVERIFY(store->eventCursor(a.id, CampaignEventKind::Open).isEmpty());
    }

    void syncStateRoundTrips()
    {
        auto store = openNew();
        QVERIFY(store);
        QSignalSpy spy(store.get(), &AccountStore::syncStateChanged);
        SyncState s;
        s.lastSync = QDateTime(QDate(2026, 12, 1), QTime(10, 0, 0, 123), Qt::UTC);
        s.lastComplete = s.lastSync.addSecs(3);
        s.lastAttempt = s.lastSync.addSecs(4);
        s.fullSyncDone = true;
        s.fullSyncCursor = u"{\"phase\":\"members\"}"_s;
        QVERIFY(store->setSyncState(s));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(store->syncState(), s);
    }

    void readersRunBesideAWriter()
    {
        auto store = openNew();
        QVERIFY(store);
        std::vector<CachedContact> rows;
        for (int i = 1; i <= 2000; ++i)
            rows.push_back(summary(i, u"c%1@example.org"_s.arg(i)));
        QVERIFY(store->upsertContacts(rows));
        // A reader on another thread while a writer holds a transaction open: it reads what was
        // committed, without waiting.
        const QString path = store->path();
        QSqlDatabase writer = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
        writer.setDatabaseName(path);
        QVERIFY(writer.open());
        {
            QSqlQuery q(writer);
            QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));
            QVERIFY(q.exec(u"INSERT INTO contacts(id, status, email) VALUES(9999, 'Active', 'late@example.org')"_s));
            auto reader = std::async(std::launch::async, [path] { return AccountStore::readContacts(path).size(); });
            QCOMPARE(reader.wait_for(std::chrono::seconds(20)), std::future_status::ready);
            QCOMPARE(reader.get(), size_t(2000));
            QVERIFY(q.exec(u"COMMIT"_s));
        }
        writer.close();
        writer = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"writer"_s);
        QCOMPARE(AccountStore::readContacts(path).size(), size_t(2001));
    }

    void migratesTheFirstSchema()
    {
        // A file as version 1 of the app wrote it: its own copy of that schema, not the app's.
        const QString path = newPath();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            const QStringList v1{
                u"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
                u"CREATE TABLE contacts(id INTEGER PRIMARY KEY, status TEXT NOT NULL, email TEXT NOT NULL, "
                "email_type TEXT, name TEXT, opt_in_source TEXT, opt_in_time INTEGER, opt_out_source TEXT, "
                "opt_out_time INTEGER, updated INTEGER)"_s,
                u"CREATE TABLE lists(id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, "
                "short_name TEXT, opt_in_default INTEGER, display_on_signup INTEGER, sort_order INTEGER, "
                "contact_count INTEGER, generation INTEGER NOT NULL DEFAULT 0)"_s,
                u"CREATE TABLE memberships(list_id INTEGER NOT NULL, contact_id INTEGER NOT NULL, generation "
                "INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(list_id, contact_id)) WITHOUT ROWID"_s,
                u"CREATE INDEX memberships_contact ON memberships(contact_id)"_s,
                u"CREATE TABLE campaigns(id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, "
                "status TEXT NOT NULL, date INTEGER, xml BLOB)"_s,
                u"CREATE TABLE campaign_events(campaign_id INTEGER NOT NULL, kind INTEGER NOT NULL, event_id TEXT "
                "NOT NULL, contact_id INTEGER, email TEXT, campaign_name TEXT, time INTEGER, link_url TEXT, code "
                "TEXT, description TEXT, message TEXT, opt_out_source TEXT, opt_out_reason TEXT, PRIMARY "
                "KEY(campaign_id, kind, event_id)) WITHOUT ROWID"_s,
                u"CREATE INDEX campaign_events_contact ON campaign_events(contact_id)"_s,
                u"CREATE TABLE event_cursors(campaign_id INTEGER NOT NULL, kind INTEGER NOT NULL, cursor TEXT NOT "
                "NULL, PRIMARY KEY(campaign_id, kind)) WITHOUT ROWID"_s,
                u"INSERT INTO meta VALUES('prefix:contacts', '%1')"_s.arg(kContacts),
                u"INSERT INTO meta VALUES('sync:full-done', '1')"_s,
                u"INSERT INTO meta VALUES('sync:last', '1764583200000')"_s,
                u"INSERT INTO contacts(id, status, email, name, updated) VALUES(42, 'Active', 'old@example.org', "
                "'Old Timer', 1764583200000)"_s,
                u"PRAGMA user_version = 1"_s};
            for (const QString &sql : v1)
                QVERIFY2(q.exec(sql), qPrintable(sql));
            q = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"v1"_s);
        }
        AccountStore::Opened opened = AccountStore::open(path);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QCOMPARE(opened.migratedFrom, 1);
        QVERIFY(opened.setAsidePath.isEmpty());
        const std::optional<CachedContact> c = opened.store->contact(kContacts + u"42"_s);
        QVERIFY(c);
        QCOMPARE(c->email, u"old@example.org"_s);
        QCOMPARE(c->name, u"Old Timer"_s);
        QVERIFY(opened.store->syncState().fullSyncDone); // the sync goes on incrementally
        // What version 2 added works on the migrated file.
        Contact full;
        full.id = kContacts + u"42"_s;
        full.emailAddress = u"old@example.org"_s;
        full.status = u"Active"_s;
        full.companyName = u"Heritage Ltd"_s;
        QVERIFY(opened.store->storeFullContact(full, "<entry/>"));
        QCOMPARE(opened.store->contact(full.id)->company, u"Heritage Ltd"_s);
        opened.store.reset();
        AccountStore::Opened again = AccountStore::open(path);
        QVERIFY(again.store);
        QCOMPARE(again.migratedFrom, -1); // already current
    }

    void brokenFilesAreSetAsideAndReplaced_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("garbage") << QByteArray("this is not a database, it is a shopping list\n").repeated(100)
                                 << u"not a database"_s;
        QTest::newRow("empty header") << QByteArray(4096, '\0') << u"not a database"_s;
        QTest::newRow("newer schema") << QByteArray() << u"newer version"_s;
        QTest::newRow("foreign database") << QByteArray() << u"not a store of this app"_s;
        QTest::newRow("truncated") << QByteArray() << u""_s;
    }
    void brokenFilesAreSetAsideAndReplaced()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString path = newPath();
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        if (tag == u"newer schema" || tag == u"foreign database" || tag == u"truncated") {
            {
                AccountStore::Opened made = AccountStore::open(path);
                QVERIFY(made.store);
                std::vector<CachedContact> rows;
                for (int i = 1; i <= 3000; ++i)
                    rows.push_back(summary(i, u"c%1@example.org"_s.arg(i)));
                QVERIFY(made.store->upsertContacts(rows));
            }
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            if (tag == u"newer schema")
                QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
            if (tag == u"foreign database") {
                QVERIFY(q.exec(u"DROP TABLE meta"_s));
                QVERIFY(q.exec(u"PRAGMA user_version = 0"_s));
            }
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            q = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"damage"_s);
            if (tag == u"truncated") {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadWrite));
                QVERIFY(f.resize(f.size() / 3));
            }
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QByteArray before = [&path] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        AccountStore::Opened opened = AccountStore::open(path);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QVERIFY2(!opened.setAsidePath.isEmpty(), "the broken file was not set aside");
        QVERIFY2(opened.setAsideReason.contains(reason), qPrintable(opened.setAsideReason));
        QCOMPARE(opened.store->contactCount(), 0); // a new, empty store
        QVERIFY(opened.store->upsertContacts({summary(1, u"a@example.org"_s)}));
        // Renamed, not deleted: the old bytes are all there.
        QFile aside(opened.setAsidePath);
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), before);
        QVERIFY(AccountStore::check(path).isEmpty());
    }

    void aFolderThatCannotBeMadeIsAnError()
    {
        // A file where the folder should be (root writes into read-only folders, so not that).
        const QString blocker = m_dir.filePath(u"blocker"_s);
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        AccountStore::Opened opened = AccountStore::open(blocker + u"/sub/store.sqlite"_s);
        QVERIFY(!opened.store);
        QVERIFY2(opened.error.contains(u"folder"_s), qPrintable(opened.error));
    }

    void removeDeletesTheFileAndItsJournals()
    {
        const QString path = newPath();
        {
            auto opened = AccountStore::open(path);
            QVERIFY(opened.store);
            QVERIFY(opened.store->upsertContacts({summary(1, u"a@example.org"_s)}));
        }
        QVERIFY(QFile::exists(path));
        QString error;
        QVERIFY(AccountStore::remove(path, &error));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QVERIFY(AccountStore::remove(path, &error)); // nothing there: fine
    }

    void killedWriterLeavesAFileThatOpens()
    {
        const QString path = newPath();
        for (int round = 0; round < 3; ++round) {
            QProcess writer;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"CTCT_TEST_STORE_WRITER"_s, path);
            writer.setProcessEnvironment(env);
            writer.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(writer.waitForStarted());
            QVERIFY(writer.waitForReadyRead(20000));
            // Let it write for a while, at a different moment each round.
            QTest::qWait(150 + 170 * round);
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            QCOMPARE(AccountStore::check(path), QString());
            AccountStore::Opened opened = AccountStore::open(path);
            QVERIFY2(opened.store, qPrintable(opened.error));
            QVERIFY(opened.setAsidePath.isEmpty());
            const qint64 count = opened.store->contactCount();
            QVERIFY(count > 0);
            QCOMPARE(count % 50, 0); // whole pages only
            // Memberships of whole passes: every second contact of a page, never half a page.
            QCOMPARE(opened.store->memberCount(kLists + u'1') % 25, 0);
        }
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (const QString path = qEnvironmentVariable("CTCT_TEST_STORE_WRITER"); !path.isEmpty())
        return runWriter(path);
    TestAccountStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountstore.moc"
