// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox tells the truth about its storage: a statement, begin or commit that fails rolls the
// whole change back and answers 500 (decision 1's error body); an activity row that cannot be
// stored is reported and undone; a damaged or unwritable data file is refused at the start, and a
// damaged one is set aside on request. Failures are injected with SQLite triggers that RAISE,
// created through a second connection to the sandbox's data file.
#include "harness.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ctct::test;
using ctct::sandbox::Sandbox;

namespace {

Sandbox::Options onDisk(const QString &dir)
{
    Sandbox::Options o = Harness::defaults();
    o.memory = false;
    o.dataDir = dir;
    return o;
}

// A second connection to a data file, for injecting failures.
class Probe final
{
public:
    explicit Probe(const QString &file)
        : m_name(u"probe-%1"_s.arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(file);
        m_ok = db.open();
    }
    ~Probe()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool run(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (q.exec(sql))
            return true;
        qWarning() << "probe:" << q.lastError().text() << sql;
        return false;
    }
    bool ok() const { return m_ok; }

private:
    QString m_name;
    bool m_ok = false;
};

QString pathOf(const Reply &created)
{
    const QString location = QString::fromUtf8(created.header("Location"));
    return location.mid(location.indexOf(u"/ws/"_s));
}

} // namespace

class TestSandboxIntegrity final : public QObject
{
    Q_OBJECT

private slots:
    void failedWriteAnswers500_data();
    void failedWriteAnswers500();
    void failedReadAnswers500_data();
    void failedReadAnswers500();
    void failedActivityRowIsReported();
    void damagedStoreIsRefused_data();
    void damagedStoreIsRefused();
    void unwritableStoreIsRefused();
    void readOnlyFolderIsRefused();
};

void TestSandboxIntegrity::failedWriteAnswers500_data()
{
    QTest::addColumn<QString>("trigger"); // "BEFORE <event> ON <table> [WHEN …]"
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path"); // "{contact}" is a contact on lists 1 and 2
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("checkPath");
    QTest::addColumn<QStringList>("checkElements"); // their texts must not change

    const QStringList contactState{u"Status"_s, u"City"_s, u"OptInTime"_s};
    QTest::newRow("DELETE list") << u"BEFORE DELETE ON lists"_s << QByteArray("DELETE") << u"lists/2"_s << QByteArray()
                                 << u"{contact}"_s << contactState;
    QTest::newRow("DELETE contact (opt-out)") << u"BEFORE UPDATE ON contacts"_s << QByteArray("DELETE")
                                              << u"{contact}"_s << QByteArray() << u"{contact}"_s << contactState;
    QTest::newRow("PUT contact") << u"BEFORE INSERT ON memberships"_s << QByteArray("PUT") << u"{contact}"_s
                                 << contactEntry(u"victim@example.com"_s, {listUri(3)}, u"ACTION_BY_CUSTOMER"_s,
                                                 u"<City>Elsewhere</City>"_s)
                                 << u"{contact}"_s << contactState;
    QTest::newRow("POST contact") << u"BEFORE INSERT ON memberships"_s << QByteArray("POST") << u"contacts"_s
                                  << contactEntry(u"newcomer@example.com"_s, {listUri(1)})
                                  << u"contacts?email=newcomer%40example.com"_s << QStringList{u"EmailAddress"_s};
    QTest::newRow("PUT list") << u"BEFORE UPDATE ON lists"_s << QByteArray("PUT") << u"lists/2"_s
                              << listEntry(u"Renamed"_s) << u"lists/2"_s << QStringList{u"Name"_s};
    QTest::newRow("POST event") << u"BEFORE INSERT ON events"_s << QByteArray("POST") << u"events"_s
                                << eventEntry(u"<Name>Injected</Name>"_s) << u"events"_s << QStringList{u"Name"_s};
    QTest::newRow("PUT campaign") << u"BEFORE INSERT ON campaign_lists"_s << QByteArray("PUT") << u"campaigns/{draft}"_s
                                  << campaignEntry(
                                         u"Renamed Draft"_s,
                                         u"<ContactLists><ContactList id=\"%1\"/></ContactLists>"_s.arg(listUri(1)))
                                  << u"campaigns/{draft}"_s << QStringList{u"Name"_s};
}

void TestSandboxIntegrity::failedWriteAnswers500()
{
    QFETCH(QString, trigger);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, checkPath);
    QFETCH(QStringList, checkElements);

    QTemporaryDir dir;
    Harness h(onDisk(dir.path()));
    QVERIFY(h.started());
    const Reply victim = h.post(u"contacts"_s, contactEntry(u"victim@example.com"_s, {listUri(1), listUri(2)},
                                                            u"ACTION_BY_CUSTOMER"_s, u"<City>Rockport</City>"_s));
    QCOMPARE(victim.status, 201);
    const Reply draft = h.post(u"campaigns"_s, campaignEntry(u"Draft To Keep"_s));
    QCOMPARE(draft.status, 201);
    const QString draftId = pathOf(draft).section(u'/', -1);
    const auto expand = [&](QString p) {
        return p.replace(u"{contact}"_s, pathOf(victim)).replace(u"{draft}"_s, draftId);
    };
    const auto state = [&] {
        const QByteArray page = h.get(expand(checkPath)).body;
        QStringList texts;
        for (const QString &element : std::as_const(checkElements))
            texts += element + u'=' + xml::texts(page, element).join(u'|');
        return texts;
    };
    const QStringList before = state();

    Probe probe(dir.filePath(u"sandbox.sqlite"_s));
    QVERIFY(probe.ok());
    QVERIFY(probe.run(u"CREATE TRIGGER injected %1 BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s.arg(trigger)));
    const Reply r = h.request(method, expand(path), body, body.isEmpty() ? QByteArray() : "application/atom+xml");
    QCOMPARE(r.status, 500);
    QCOMPARE(r.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
    QVERIFY2(r.body.startsWith("Error 500: storage error"), r.body.constData());
    QVERIFY(probe.run(u"DROP TRIGGER injected"_s));

    QCOMPARE(state(), before); // rolled back as a whole
}

void TestSandboxIntegrity::failedReadAnswers500_data()
{
    QTest::addColumn<QString>("table"); // renamed away, so that every statement on it fails
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path"); // "{contact}" is a contact on lists 1 and 2
    QTest::addColumn<QString>("checkPath");
    QTest::addColumn<QString>("checkElement"); // its texts must not change
    // Each request starts with an existence check; when that read fails, the answer is a 500,
    // not a 404 as if the resource were not there.
    QTest::newRow("GET contact") << u"contacts"_s << QByteArray("GET") << u"{contact}"_s << u"{contact}"_s
                                 << u"Status"_s;
    QTest::newRow("DELETE contact") << u"contacts"_s << QByteArray("DELETE") << u"{contact}"_s << u"{contact}"_s
                                    << u"Status"_s;
    QTest::newRow("contact events") << u"contacts"_s << QByteArray("GET") << u"{contact}/events/opens"_s
                                    << u"{contact}"_s << u"Status"_s;
    QTest::newRow("DELETE list") << u"lists"_s << QByteArray("DELETE") << u"lists/2"_s << u"lists/2"_s << u"Name"_s;
    QTest::newRow("list members") << u"lists"_s << QByteArray("GET") << u"lists/2/members"_s << u"lists/2"_s
                                  << u"Name"_s;
}

void TestSandboxIntegrity::failedReadAnswers500()
{
    QFETCH(QString, table);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, checkPath);
    QFETCH(QString, checkElement);

    QTemporaryDir dir;
    Harness h(onDisk(dir.path()));
    QVERIFY(h.started());
    const Reply victim = h.post(u"contacts"_s, contactEntry(u"victim@example.com"_s, {listUri(1), listUri(2)}));
    QCOMPARE(victim.status, 201);
    const auto expand = [&](QString p) { return p.replace(u"{contact}"_s, pathOf(victim)); };
    const QStringList before = xml::texts(h.get(expand(checkPath)).body, checkElement);
    QVERIFY(!before.isEmpty());

    Probe probe(dir.filePath(u"sandbox.sqlite"_s));
    QVERIFY(probe.ok());
    QVERIFY(probe.run(u"ALTER TABLE %1 RENAME TO %1_gone"_s.arg(table)));
    const Reply r = h.request(method, expand(path));
    QVERIFY(probe.run(u"ALTER TABLE %1_gone RENAME TO %1"_s.arg(table)));
    QCOMPARE(r.status, 500);
    QVERIFY2(r.body.startsWith("Error 500: storage error"), r.body.constData());
    QCOMPARE(xml::texts(h.get(expand(checkPath)).body, checkElement), before);
}

void TestSandboxIntegrity::failedActivityRowIsReported()
{
    QTemporaryDir dir;
    Harness h(onDisk(dir.path()));
    QVERIFY(h.started());
    Probe probe(dir.filePath(u"sandbox.sqlite"_s));
    QVERIFY(probe.ok());
    QVERIFY(probe.run(u"CREATE TRIGGER injected BEFORE INSERT ON contacts WHEN NEW.email_lc = 'second.row@example.com' "
                      "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s));
    const Reply r = h.post(u"activities"_s,
                           "activityType=SV_ADD&data=EMAIL+ADDRESS%0Afirst.row%40example.com%0Asecond.row%40example.com"
                           "%0Athird.row%40example.com%0A&lists="
                           "http%3A%2F%2Fapi.constantcontact.com%2Fws%2Fcustomers%2Fdemo%2Flists%2F3",
                           "application/x-www-form-urlencoded");
    QCOMPARE(r.status, 201);
    const QString path = pathOf(r);
    QTRY_COMPARE_WITH_TIMEOUT(xml::text(h.get(path).body, u"Status"_s), u"COMPLETE"_s, 10000);
    const QByteArray activity = h.get(path).body;
    QCOMPARE(xml::text(activity, u"TransactionCount"_s), u"2"_s);
    const auto errors = xml::records(activity, u"Error"_s);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().value(u"LineNumber"_s), u"3"_s);
    QCOMPARE(errors.first().value(u"EmailAddress"_s), u"second.row@example.com"_s);
    QVERIFY2(errors.first().value(u"Message"_s).startsWith(u"Not saved"_s),
             qPrintable(errors.first().value(u"Message"_s)));
    QCOMPARE(xml::count(h.get(u"contacts?email=second.row%40example.com"_s).body, u"entry"_s), 0);
    // The rows around it are stored with their own memberships.
    for (const QString &email : {u"first.row%40example.com"_s, u"third.row%40example.com"_s}) {
        const QString id = xml::link(h.get(u"contacts?email="_s + email).body, u"edit"_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(xml::attributes(h.get(id).body, u"ContactList"_s, u"id"_s), QStringList{listUri(3)});
    }
}

void TestSandboxIntegrity::damagedStoreIsRefused_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<int>("length");
    QTest::newRow("header") << qint64(0) << 16;
    QTest::newRow("first table page") << qint64(4096) << 4096;
}

void TestSandboxIntegrity::damagedStoreIsRefused()
{
    QFETCH(qint64, offset);
    QFETCH(int, length);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"sandbox.sqlite"_s);
    {
        Harness h(onDisk(dir.path()));
        QVERIFY(h.started());
    }
    QVERIFY(!QFile::exists(file + u"-wal"_s) || QFile(file + u"-wal"_s).size() == 0);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(offset));
        QCOMPARE(f.write(QByteArray(length, '\xa5')), qint64(length));
    }
    {
        Sandbox sandbox(onDisk(dir.path()));
        QString error;
        QVERIFY(!sandbox.start(&error));
        QVERIFY2(error.contains(u"is damaged"_s) && error.contains(u"--reset-damaged"_s), qPrintable(error));
    }
    QCOMPARE(QDir(dir.path()).entryList({u"*.damaged-*"_s}).size(), 0); // nothing moved without being asked

    Sandbox::Options o = onDisk(dir.path());
    o.resetDamaged = true;
    Harness h(o);
    QVERIFY(h.started());
    QCOMPARE(QDir(dir.path()).entryList({u"sandbox.sqlite.damaged-*"_s}).size(), 1);
    QVERIFY(h.sandbox().seedMillis() > 0); // a new store with demo data
    QCOMPARE(h.get(u"contacts"_s).status, 200);
}

void TestSandboxIntegrity::unwritableStoreIsRefused()
{
    QTemporaryDir dir;
    {
        Harness h(onDisk(dir.path()));
        QVERIFY(h.started());
    }
    {
        Probe probe(dir.filePath(u"sandbox.sqlite"_s));
        QVERIFY(probe.ok());
        QVERIFY(probe.run(u"CREATE TRIGGER injected BEFORE INSERT ON meta "
                          "BEGIN SELECT RAISE(ABORT, 'attempt to write a readonly database'); END"_s));
    }
    Sandbox sandbox(onDisk(dir.path()));
    QString error;
    QVERIFY(!sandbox.start(&error));
    QVERIFY2(error.contains(u"cannot be written"_s), qPrintable(error));
}

void TestSandboxIntegrity::readOnlyFolderIsRefused()
{
    if (::geteuid() == 0)
        QSKIP("permissions do not stop root; unwritableStoreIsRefused covers the refusal");
    QTemporaryDir dir;
    {
        Harness h(onDisk(dir.path()));
        QVERIFY(h.started());
    }
    const QString file = dir.filePath(u"sandbox.sqlite"_s);
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadUser));
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    Sandbox sandbox(onDisk(dir.path()));
    QString error;
    const bool started = sandbox.start(&error);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(!started);
    QVERIFY2(error.contains(u"sandbox.sqlite"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSandboxIntegrity)
#include "tst_sandbox_integrity.moc"
