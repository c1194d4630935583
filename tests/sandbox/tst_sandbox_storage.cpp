// SPDX-License-Identifier: GPL-3.0-or-later
// Storage: every accepted change survives a restart, the schema is versioned, demo data is
// deterministic for a seed, --empty starts bare, activities left running resume after a restart.
#include "harness.h"

#include "sandbox/store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ctct::test;
using ctct::sandbox::Sandbox;

class TestSandboxStorage final : public QObject
{
    Q_OBJECT

private slots:
    void changesSurviveRestart();
    void schemaIsVersioned();
    void newerSchemaIsRefused();
    void demoDataIsDeterministic();
    void emptyStore();
    void activityResumesAfterRestart();

private:
    static Sandbox::Options onDisk(const QString &dir)
    {
        Sandbox::Options o = Harness::defaults();
        o.memory = false;
        o.dataDir = dir;
        return o;
    }
};

void TestSandboxStorage::changesSurviveRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString contactPath;
    QString listPath;
    QString eventPath;
    QString registrantPath;
    {
        Harness h(onDisk(dir.path()));
        QVERIFY(h.started());
        QVERIFY(QFile::exists(dir.filePath(u"sandbox.sqlite"_s)));
        const Reply list = h.post(u"lists"_s, listEntry(u"Persistent List"_s));
        QCOMPARE(list.status, 201);
        listPath = QString::fromUtf8(list.header("Location"));
        listPath = listPath.mid(listPath.indexOf(u"/ws/"_s));
        const Reply contact = h.post(u"contacts"_s, contactEntry(u"keep.me@example.com"_s, {listUri(1)}));
        QCOMPARE(contact.status, 201);
        contactPath = QString::fromUtf8(contact.header("Location"));
        contactPath = contactPath.mid(contactPath.indexOf(u"/ws/"_s));
        QCOMPARE(h.put(contactPath, contactEntry(u"keep.me@example.com"_s, {listUri(2)}, u"ACTION_BY_CUSTOMER"_s,
                                                 u"<City>Rockport</City>"_s))
                     .status,
                 204);
        QCOMPARE(h.del(u"contacts/1"_s).status, 204);
        QCOMPARE(h.post(u"campaigns"_s, campaignEntry(u"Persistent Campaign"_s)).status, 201);
        eventPath = xml::link(h.get(u"events"_s).body, u"edit"_s);
        QCOMPARE(h.put(eventPath, eventEntry(u"<Title>Persistent Title</Title>"_s)).status, 204);
        const QByteArray regs = h.get(eventPath + u"/registrants"_s).body;
        for (const QString &l : xml::attributes(regs, u"link"_s, u"href"_s))
            if (registrantPath.isEmpty() && l.contains(u"/registrants/"_s))
                registrantPath = l;
        QCOMPARE(
            h.put(registrantPath + u"/paymentstatus"_s, statusEntry(u"PaymentStatus"_s, u"<Status>REFUNDED</Status>"_s))
                .status,
            204);
    }
    Harness h(onDisk(dir.path()));
    QVERIFY(h.started());
    QCOMPARE(h.sandbox().seedMillis(), 0); // existing store, not seeded again
    QCOMPARE(xml::text(h.get(listPath).body, u"Name"_s), u"Persistent List"_s);
    const QByteArray contact = h.get(contactPath).body;
    QCOMPARE(xml::text(contact, u"City"_s), u"Rockport"_s);
    QCOMPARE(xml::attributes(contact, u"ContactList"_s, u"id"_s), QStringList{listUri(2)});
    QCOMPARE(xml::text(h.get(u"contacts/1"_s).body, u"Status"_s), u"Do Not Mail"_s);
    QCOMPARE(h.post(u"contacts"_s, contactEntry(u"keep.me@example.com"_s, {listUri(1)})).status, 409);
    QCOMPARE(xml::text(h.get(u"campaigns"_s).body, u"Name"_s), u"Persistent Campaign"_s);
    QCOMPARE(xml::text(h.get(eventPath).body, u"Title"_s), u"Persistent Title"_s);
    QCOMPARE(xml::text(h.get(registrantPath + u"/paymentstatus"_s).body, u"Status"_s), u"REFUNDED"_s);
    QCOMPARE(xml::count(h.get(u"contacts"_s).body, u"entry"_s), 50);
}

void TestSandboxStorage::schemaIsVersioned()
{
    QTemporaryDir dir;
    {
        Harness h(onDisk(dir.path()));
        QVERIFY(h.started());
    }
    ctct::sandbox::Store store;
    QString error;
    QVERIFY2(store.open(dir.filePath(u"sandbox.sqlite"_s), &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), ctct::sandbox::Store::kSchemaVersion);
    QVERIFY(store.isSeeded());
}

void TestSandboxStorage::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    {
        ctct::sandbox::Store store;
        QString error;
        QVERIFY(store.open(dir.filePath(u"sandbox.sqlite"_s), &error));
        QVERIFY(store.exec(u"PRAGMA user_version = 99"_s));
    }
    Sandbox sandbox(onDisk(dir.path()));
    QString error;
    QVERIFY(!sandbox.start(&error));
    QVERIFY2(error.contains(u"schema version 99"_s), qPrintable(error));
}

void TestSandboxStorage::demoDataIsDeterministic()
{
    const auto snapshot = [](quint32 seed) {
        Sandbox::Options o = Harness::defaults();
        o.seed = seed;
        Harness h(o);
        QByteArray all;
        for (const QByteArray &page : h.allPages(u"contacts"_s)) {
            all += xml::texts(page, u"EmailAddress"_s).join(u',').toUtf8();
            all += xml::texts(page, u"Status"_s).join(u',').toUtf8();
        }
        all += xml::texts(h.get(u"lists"_s).body, u"ContactCount"_s).join(u',').toUtf8();
        all += xml::texts(h.get(u"campaigns/1100546096289"_s).body, u"Opens"_s).join(u',').toUtf8();
        all += xml::texts(h.get(u"events"_s).body, u"Registered"_s).join(u',').toUtf8();
        return all;
    };
    const QByteArray a = snapshot(11);
    QVERIFY(a.size() > 1000);
    QCOMPARE(snapshot(11), a);
    QVERIFY(snapshot(12) != a);
}

void TestSandboxStorage::emptyStore()
{
    Sandbox::Options o = Harness::defaults();
    o.empty = true;
    Harness h(o);
    QVERIFY(h.started());
    QCOMPARE(xml::count(h.get(u"contacts"_s).body, u"entry"_s), 0);
    QCOMPARE(xml::count(h.get(u"lists"_s).body, u"entry"_s), 3);
    QCOMPARE(xml::count(h.get(u"campaigns"_s).body, u"entry"_s), 0);
    QCOMPARE(xml::count(h.get(u"events"_s).body, u"Event"_s), 0);
    QCOMPARE(xml::count(h.get(u"activities"_s).body, u"entry"_s), 0);
    const QByteArray addresses = h.get(u"settings/emailaddresses"_s).body;
    QCOMPARE(xml::count(addresses, u"entry"_s), 1);
    QCOMPARE(xml::text(addresses, u"Status"_s), u"Verified"_s);
    // An empty account is usable at once.
    const Reply list = h.post(u"lists"_s, listEntry(u"First List"_s));
    QCOMPARE(list.status, 201);
    QCOMPARE(xml::text(list.body, u"Name"_s), u"First List"_s);
}

void TestSandboxStorage::activityResumesAfterRestart()
{
    QTemporaryDir dir;
    Sandbox::Options o = onDisk(dir.path());
    o.activityStepMs = 60000; // never advances in this run
    QString path;
    {
        Harness h(o);
        const Reply r = h.post(u"activities"_s,
                               "activityType=SV_ADD&data=EMAIL+ADDRESS%0Aresume%40example.com%0A&lists="
                               "http%3A%2F%2Fapi.constantcontact.com%2Fws%2Fcustomers%2Fdemo%2Flists%2F1",
                               "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 201);
        const QString location = QString::fromUtf8(r.header("Location"));
        path = location.mid(location.indexOf(u"/ws/"_s));
        // Nothing of it ran before the restart (asked here, where no step can come between).
        QCOMPARE(xml::text(h.get(path).body, u"Status"_s), u"PENDING"_s);
        QCOMPARE(xml::count(h.get(u"contacts?email=resume%40example.com"_s).body, u"entry"_s), 0);
    }
    o.activityStepMs = 30;
    Harness h(o);
    QTRY_COMPARE_WITH_TIMEOUT(xml::text(h.get(path).body, u"Status"_s), u"COMPLETE"_s, 10000);
    QCOMPARE(xml::count(h.get(u"contacts?email=resume%40example.com"_s).body, u"entry"_s), 1);
}

QTEST_GUILESS_MAIN(TestSandboxStorage)
#include "tst_sandbox_storage.moc"
