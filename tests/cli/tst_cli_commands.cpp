// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopbackserver.h"
#include "sandbox/sandbox.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using ctct::sandbox::Sandbox;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray entries() const { return json().value(u"entries").toArray(); }
};

// Runs ctct while this process's event loop keeps turning, so a sandbox hosted here answers.
Run runCtct(const QStringList &args, const QHash<QString, QString> &env = {}, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &k : {QStringLiteral("CTCT_API_KEY"), QStringLiteral("CTCT_PASSWORD"),
                             QStringLiteral("CTCT_TOKEN"), QStringLiteral("CTCT_USER"), QStringLiteral("CTCT_SERVER")})
        e.remove(k);
    e.insert(QStringLiteral("CTCT_SANDBOX_DATA"), QStringLiteral(":memory:"));
    e.insert(QStringLiteral("CTCT_SANDBOX_ACTIVITY_STEP_MS"), QStringLiteral("30"));
    e.insert(QStringLiteral("CTCT_POLL_MS"), QStringLiteral("30"));
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    QSignalSpy done(&p, &QProcess::finished);
    p.start(QStringLiteral(CTCT_BINARY), args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!done.wait(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QString::fromUtf8(i));
    return out;
}

// One line on stderr: "error: <status and message>".
bool isErrorLine(const QByteArray &err, const char *contains)
{
    const QList<QByteArray> lines = err.trimmed().split('\n');
    return lines.size() >= 1 && lines.last().startsWith("error: ") && lines.last().contains(contains);
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void listContactsByStatus();
    void formats();
    void getAndNotFound();
    void searchBatches();
    void contactLifecycle();
    void listLifecycle();
    void campaignsAndEvents();
    void campaignReport();
    void campaignSchedule();
    void eventMarketing();
    void eventsCheckIn();
    void importAndExport();
    void credentials();
    void wrongPasswordAndOtherAccount();
    void plainHttpRefused();
    void faults_data();
    void faults();
    void passwordStdin_data();
    void passwordStdin();
    void transportLimits_data();
    void transportLimits();
    void updateKeepsUnknownElements();
    void updateRefusedWhenNotPatchable();
    void localCopy();

private:
    std::unique_ptr<Sandbox> startSandbox(const Sandbox::Options &options);
    QHash<QString, QString> demoEnv(const QString &password = QStringLiteral("sandbox")) const;
    QStringList server(const Sandbox &s) const;
};

std::unique_ptr<Sandbox> TestCliCommands::startSandbox(const Sandbox::Options &o)
{
    auto s = std::make_unique<Sandbox>(o);
    QString error;
    if (!s->start(&error))
        qWarning("sandbox: %s", qPrintable(error));
    return s;
}

QHash<QString, QString> TestCliCommands::demoEnv(const QString &password) const
{
    return {{QStringLiteral("CTCT_API_KEY"), QStringLiteral("sandbox-key")},
            {QStringLiteral("CTCT_PASSWORD"), password}};
}

QStringList TestCliCommands::server(const Sandbox &s) const
{
    return {QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:%1").arg(s.port()), QStringLiteral("--user"),
            QStringLiteral("demo")};
}

void TestCliCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCliCommands::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("top") << L({"--help"}) << QByteArray("activities");
    QTest::newRow("resource") << L({"contacts", "--help"}) << QByteArray("opt-out");
    QTest::newRow("verb") << L({"activities", "import", "--help"}) << QByteArray("Examples:");
    QTest::newRow("verb options") << L({"campaigns", "events", "--help"}) << QByteArray("--page-size");
}

void TestCliCommands::help()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, expected);
    const Run r = runCtct(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(expected), r.out.constData());
}

void TestCliCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no resource") << QStringList() << QByteArray("Usage");
    QTest::newRow("unknown resource") << L({"widgets", "list"}) << QByteArray("unknown resource");
    QTest::newRow("unknown verb") << L({"--sandbox", "contacts", "frobnicate"}) << QByteArray("unknown command");
    QTest::newRow("missing id") << L({"--sandbox", "contacts", "get"}) << QByteArray("usage:");
    QTest::newRow("secret in argv") << L({"--password", "hunter2", "contacts", "list"})
                                    << QByteArray("never taken from the command line");
    QTest::newRow("bad format") << L({"--format", "yaml", "lists", "list"}) << QByteArray("--format");
    QTest::newRow("no account") << L({"lists", "list"}) << QByteArray("--user");
    QTest::newRow("no credentials") << L({"--user", "joe", "lists", "list"}) << QByteArray("CTCT_API_KEY");
    QTest::newRow("bad kind") << L({"--sandbox", "campaigns", "events", "1", "--kind", "likes"})
                              << QByteArray("--kind");
    QTest::newRow("create without list") << L({"--sandbox", "contacts", "create", "--email", "a@b.example"})
                                         << QByteArray("--list");
    QTest::newRow("unknown field") << L({"--sandbox", "contacts", "create", "--email", "a@b.example", "--list", "1",
                                         "--field", "Shoe=42"})
                                   << QByteArray("unknown field");
    QTest::newRow("read-only field") << L({"--sandbox", "contacts", "create", "--email", "a@b.example", "--list", "1",
                                           "--field", "Status=Active"})
                                     << QByteArray("set by the server");
}

void TestCliCommands::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const Run r = runCtct(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(message), r.err.constData());
}

void TestCliCommands::listContactsByStatus()
{
    const Run r = runCtct(L({"--sandbox", "contacts", "list", "--status", "removed", "--limit", "7"}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"kind").toString(), QStringLiteral("Contact"));
    const QJsonArray entries = r.entries();
    QCOMPARE(entries.size(), 7);
    for (const QJsonValue &e : entries) {
        QCOMPARE(e.toObject().value(u"Status").toString(), QStringLiteral("Removed"));
        QVERIFY(e.toObject().value(u"id").toString().startsWith(
            u"http://api.constantcontact.com/ws/customers/demo/contacts/"));
    }
    // More than a page: the pager follows next links.
    const Run all = runCtct(L({"--sandbox", "contacts", "list", "--limit", "120"}));
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.entries().size(), 120);
    QVERIFY(all.err.contains("pages")); // progress on stderr for long work
    const Run quiet = runCtct(L({"--sandbox", "-q", "contacts", "list", "--limit", "120"}));
    QVERIFY(quiet.err.isEmpty());
}

void TestCliCommands::formats()
{
    const Run csv = runCtct(L({"--sandbox", "lists", "list", "--format", "csv"}));
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QVERIFY(lines.first().startsWith("id,Name,ShortName"));
    QVERIFY(lines.size() >= 4);
    QVERIFY(lines[1].endsWith(",Active,Active,,,,,") || lines[1].contains("/lists/active,Active"));
    const Run xml = runCtct(L({"--sandbox", "--format", "xml", "lists", "get", "1"}));
    QCOMPARE(xml.exitCode, 0);
    QVERIFY(xml.out.contains("<ContactList"));
    QVERIFY(xml.out.contains("http://ws.constantcontact.com/ns/1.0/"));
}

void TestCliCommands::getAndNotFound()
{
    const Run r = runCtct(L({"--sandbox", "contacts", "get", "1"}));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject c = r.entries().first().toObject();
    QVERIFY(c.value(u"EmailAddress").toString().contains(u'@'));
    QVERIFY(c.contains(u"ContactLists") || c.value(u"Status").toString() != u"Active");
    // A full URI works as well as a short id.
    const Run byUri =
        runCtct(L({"--sandbox", "contacts", "get", "http://api.constantcontact.com/ws/customers/demo/contacts/1"}));
    QCOMPARE(byUri.entries().first().toObject().value(u"EmailAddress"), c.value(u"EmailAddress"));
    const Run missing = runCtct(L({"--sandbox", "contacts", "get", "999999"}));
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.out.isEmpty());
    QVERIFY2(isErrorLine(missing.err, "404"), missing.err.constData());
    QCOMPARE(missing.err.count('\n'), 1);
}

void TestCliCommands::searchBatches()
{
    // 60 addresses: two requests of at most 50; the two that exist are found.
    const Run one = runCtct(L({"--sandbox", "contacts", "get", "2"}));
    const Run two = runCtct(L({"--sandbox", "contacts", "get", "3"}));
    const QString a = one.entries().first().toObject().value(u"EmailAddress").toString();
    const QString b = two.entries().first().toObject().value(u"EmailAddress").toString();
    QStringList args = L({"--sandbox", "contacts", "search"});
    args << a.toUpper();
    for (int i = 0; i < 58; ++i)
        args << QStringLiteral("nobody%1@nowhere.example").arg(i);
    args << b;
    const Run r = runCtct(args);
    QCOMPARE(r.exitCode, 0);
    QStringList found;
    for (const QJsonValue &e : r.entries())
        found << e.toObject().value(u"EmailAddress").toString();
    QCOMPARE(found.size(), 2);
    QVERIFY(found.contains(a));
    QVERIFY(found.contains(b));
}

void TestCliCommands::contactLifecycle()
{
    QTemporaryDir dir;
    const QHash<QString, QString> env{{QStringLiteral("CTCT_SANDBOX_DATA"), dir.path()}};
    const Run created = runCtct(L({"--sandbox", "contacts", "create", "--email", "lifecycle@example.com", "--list", "2",
                                   "--field", "FirstName=Life", "--field", "CustomField3=three"}),
                                env);
    QCOMPARE(created.exitCode, 0);
    const QJsonObject c = created.entries().first().toObject();
    const QString id = c.value(u"id").toString();
    QVERIFY(id.contains(u"/contacts/"));
    QCOMPARE(c.value(u"CustomField3").toString(), QStringLiteral("three"));

    const Run dup =
        runCtct(L({"--sandbox", "contacts", "create", "--email", "lifecycle@example.com", "--list", "2"}), env);
    QCOMPARE(dup.exitCode, 3);
    QVERIFY2(isErrorLine(dup.err, "409"), dup.err.constData());

    const Run updated =
        runCtct({QStringLiteral("--sandbox"), QStringLiteral("contacts"), QStringLiteral("update"), id,
                 QStringLiteral("--field"), QStringLiteral("CompanyName=Acme & Sons"), QStringLiteral("--add-list"),
                 QStringLiteral("3"), QStringLiteral("--remove-list"), QStringLiteral("2")},
                env);
    QCOMPARE(updated.exitCode, 0);
    const QJsonObject u = updated.entries().first().toObject();
    QCOMPARE(u.value(u"CompanyName").toString(), QStringLiteral("Acme & Sons"));
    QCOMPARE(u.value(u"FirstName").toString(), QStringLiteral("Life")); // untouched fields kept
    QCOMPARE(u.value(u"CustomField3").toString(), QStringLiteral("three"));
    const QJsonArray lists = u.value(u"ContactLists").toArray();
    QCOMPARE(lists.size(), 1);
    QVERIFY(lists.first().toObject().value(u"id").toString().endsWith(u"/lists/3"));

    const Run out =
        runCtct({QStringLiteral("--sandbox"), QStringLiteral("contacts"), QStringLiteral("opt-out"), id}, env);
    QCOMPARE(out.exitCode, 0);
    QVERIFY(out.err.contains("opted out"));
    // The first that fails ends the run with its error (and, under the asan preset, without a
    // leak: LeakSanitizer would change the exit code).
    const Run unknown = runCtct({QStringLiteral("--sandbox"), QStringLiteral("contacts"), QStringLiteral("opt-out"),
                                 QStringLiteral("999999"), id},
                                env);
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY2(isErrorLine(unknown.err, "404"), unknown.err.constData());
    QVERIFY(!unknown.err.contains("opted out"));
    const Run after =
        runCtct({QStringLiteral("--sandbox"), QStringLiteral("contacts"), QStringLiteral("get"), id}, env);
    QCOMPARE(after.entries().first().toObject().value(u"Status").toString(), QStringLiteral("Do Not Mail"));
    // The owner cannot put an opted-out contact back on a list.
    const Run back = runCtct({QStringLiteral("--sandbox"), QStringLiteral("contacts"), QStringLiteral("update"), id,
                              QStringLiteral("--add-list"), QStringLiteral("1")},
                             env);
    QCOMPARE(back.exitCode, 3);
    QVERIFY2(isErrorLine(back.err, "403"), back.err.constData());
}

void TestCliCommands::listLifecycle()
{
    QTemporaryDir dir;
    const QHash<QString, QString> env{{QStringLiteral("CTCT_SANDBOX_DATA"), dir.path()}};
    const Run created = runCtct(
        L({"--sandbox", "lists", "create", "--name", "CLI list", "--sort-order", "9", "--display-on-signup", "no"}),
        env);
    QCOMPARE(created.exitCode, 0);
    const QJsonObject l = created.entries().first().toObject();
    QCOMPARE(l.value(u"Name").toString(), QStringLiteral("CLI list"));
    QCOMPARE(l.value(u"DisplayOnSignup").toString(), QStringLiteral("No"));
    const QString id = l.value(u"id").toString();
    const Run renamed = runCtct({QStringLiteral("--sandbox"), QStringLiteral("lists"), QStringLiteral("update"), id,
                                 QStringLiteral("--name"), QStringLiteral("CLI list 2")},
                                env);
    QCOMPARE(renamed.entries().first().toObject().value(u"Name").toString(), QStringLiteral("CLI list 2"));
    QCOMPARE(renamed.entries().first().toObject().value(u"SortOrder"), QJsonValue(9));
    const Run dup = runCtct(L({"--sandbox", "lists", "create", "--name", "CLI list 2"}), env);
    QCOMPARE(dup.exitCode, 3);
    const Run members = runCtct(L({"--sandbox", "lists", "members", "1", "--limit", "3"}), env);
    QCOMPARE(members.json().value(u"kind").toString(), QStringLiteral("ContactListMember"));
    QCOMPARE(members.entries().size(), 3);
    const Run deleted =
        runCtct({QStringLiteral("--sandbox"), QStringLiteral("lists"), QStringLiteral("delete"), id}, env);
    QCOMPARE(deleted.exitCode, 0);
    const Run gone = runCtct({QStringLiteral("--sandbox"), QStringLiteral("lists"), QStringLiteral("get"), id}, env);
    QCOMPARE(gone.exitCode, 3);
    const Run system = runCtct(L({"--sandbox", "lists", "delete", "active"}), env);
    QCOMPARE(system.exitCode, 3);
    QVERIFY(isErrorLine(system.err, "403"));
}

void TestCliCommands::campaignsAndEvents()
{
    const Run sent = runCtct(L({"--sandbox", "campaigns", "list", "--status", "sent", "--limit", "1"}));
    QCOMPARE(sent.exitCode, 0);
    const QString id = sent.entries().first().toObject().value(u"id").toString();
    QVERIFY(!id.isEmpty());
    const Run opens = runCtct({QStringLiteral("--sandbox"), QStringLiteral("campaigns"), QStringLiteral("events"), id,
                               QStringLiteral("--kind"), QStringLiteral("opens"), QStringLiteral("--page-size"),
                               QStringLiteral("200"), QStringLiteral("--limit"), QStringLiteral("5")});
    QCOMPARE(opens.exitCode, 0);
    QCOMPARE(opens.json().value(u"kind").toString(), QStringLiteral("OpenEvent"));
    QCOMPARE(opens.entries().size(), 5);
    QVERIFY(opens.entries()
                .first()
                .toObject()
                .value(u"Contact")
                .toObject()
                .value(u"EmailAddress")
                .toString()
                .contains(u'@'));
    const Run service =
        runCtct({QStringLiteral("--sandbox"), QStringLiteral("campaigns"), QStringLiteral("events"), id});
    QCOMPARE(service.json().value(u"kind").toString(), QStringLiteral("service"));
    QCOMPARE(service.json().value(u"collections").toArray().size(), 6);
    const Run emails = runCtct(L({"--sandbox", "settings", "emails"}));
    QCOMPARE(emails.exitCode, 0);
    const QString from = emails.entries().first().toObject().value(u"EmailAddress").toString();
    const Run draft = runCtct({QStringLiteral("--sandbox"), QStringLiteral("campaigns"), QStringLiteral("create"),
                               QStringLiteral("--name"), QStringLiteral("CLI draft"), QStringLiteral("--subject"),
                               QStringLiteral("Hello"), QStringLiteral("--from-name"), QStringLiteral("Tester"),
                               QStringLiteral("--from-email"), from, QStringLiteral("--list"), QStringLiteral("1"),
                               QStringLiteral("--field"), QStringLiteral("OrganizationName=Acme")});
    QVERIFY2(draft.exitCode == 0, draft.err.constData());
    const QJsonObject d = draft.entries().first().toObject();
    QCOMPARE(d.value(u"Status").toString().toLower(), QStringLiteral("draft"));
    QCOMPARE(d.value(u"FromEmail").toObject().value(u"EmailAddress").toString(), from);
    const Run badSender = runCtct(L({"--sandbox", "campaigns", "create", "--name", "X", "--subject", "S", "--from-name",
                                     "F", "--from-email", "stranger@nowhere.example"}));
    QCOMPARE(badSender.exitCode, 2);
    QVERIFY(badSender.err.contains("not a sender address"));
}

// `ctct campaigns schedule` and `unschedule` on one stored sandbox: Scheduled with the time
// given, Draft again, and the refusals (a bad time, nothing to unschedule).
void TestCliCommands::campaignSchedule()
{
    QTemporaryDir dir;
    const QHash<QString, QString> env{{QStringLiteral("CTCT_SANDBOX_DATA"), dir.path()}};
    const Run drafts = runCtct(L({"--sandbox", "campaigns", "list", "--status", "draft", "--limit", "1"}), env);
    QCOMPARE(drafts.exitCode, 0);
    const QString id = drafts.entries().first().toObject().value(u"id").toString();
    QVERIFY(!id.isEmpty());
    const QString when = QDateTime::currentDateTimeUtc().addDays(7).toString(u"yyyy-MM-ddT09:15:00+02:00");
    const Run scheduled =
        runCtct({QStringLiteral("--sandbox"), QStringLiteral("campaigns"), QStringLiteral("schedule"), id, when}, env);
    QVERIFY2(scheduled.exitCode == 0, scheduled.err.constData());
    const QJsonObject s = scheduled.entries().first().toObject();
    QCOMPARE(s.value(u"Status").toString(), QStringLiteral("Scheduled"));
    QCOMPARE(QDateTime::fromString(s.value(u"NextRunDate").toString(), Qt::ISODateWithMs),
             QDateTime::fromString(when, Qt::ISODate));
    const Run badTime = runCtct({QStringLiteral("--sandbox"), QStringLiteral("campaigns"), QStringLiteral("schedule"),
                                 id, QStringLiteral("soon")},
                                env);
    QCOMPARE(badTime.exitCode, 2);
    QVERIFY(isErrorLine(badTime.err, "ISO 8601"));
    const Run again =
        runCtct({QStringLiteral("--sandbox"), QStringLiteral("campaigns"), QStringLiteral("schedule"), id, when}, env);
    QCOMPARE(again.exitCode, 3);
    QVERIFY(isErrorLine(again.err, "Draft"));
    const Run draft =
        runCtct({QStringLiteral("--sandbox"), QStringLiteral("campaigns"), QStringLiteral("unschedule"), id}, env);
    QVERIFY2(draft.exitCode == 0, draft.err.constData());
    QCOMPARE(draft.entries().first().toObject().value(u"Status").toString(), QStringLiteral("Draft"));
    const Run nothing =
        runCtct({QStringLiteral("--sandbox"), QStringLiteral("campaigns"), QStringLiteral("unschedule"), id}, env);
    QCOMPARE(nothing.exitCode, 3);
}

// `ctct campaigns report`: the JSON shape, the CSV row, and an unknown id.
void TestCliCommands::campaignReport()
{
    const QString id = QStringLiteral("1100546096289"); // the demo data's first sent campaign
    const Run json = runCtct({QStringLiteral("--sandbox"), QStringLiteral("campaigns"), QStringLiteral("report"), id});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonObject o = json.json();
    QCOMPARE(o.keys(), L({"bounces", "campaign", "counts", "events", "links", "rates", "timeline", "unique"}));
    QVERIFY(o.value(u"campaign").toObject().value(u"id").toString().endsWith(id));
    QCOMPARE(o.value(u"campaign").toObject().value(u"Status").toString(), QStringLiteral("Sent"));
    const QJsonObject counts = o.value(u"counts").toObject();
    const QJsonObject events = o.value(u"events").toObject();
    QVERIFY(events.value(u"sends").toInt() > 0);
    QCOMPARE(events.value(u"sends").toInt(), counts.value(u"Sent").toInt());
    QCOMPARE(events.value(u"opens").toInt(), counts.value(u"Opens").toInt());
    QVERIFY(o.value(u"unique").toObject().value(u"opens").toInt() <= events.value(u"opens").toInt());
    const double delivered = events.value(u"sends").toDouble() - events.value(u"bounces").toDouble();
    QCOMPARE(o.value(u"rates").toObject().value(u"open").toDouble(),
             o.value(u"unique").toObject().value(u"opens").toDouble() / delivered);
    QCOMPARE(o.value(u"links").toArray().size(), 3);
    QVERIFY(!o.value(u"timeline").toArray().isEmpty());
    QVERIFY(!o.value(u"bounces").toArray().first().toObject().value(u"description").toString().isEmpty());

    const Run csv = runCtct({QStringLiteral("--sandbox"), QStringLiteral("--format"), QStringLiteral("csv"),
                             QStringLiteral("campaigns"), QStringLiteral("report"), id});
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].split(',').size(), lines[1].split(',').size());
    QVERIFY(lines[1].contains(QByteArray::number(events.value(u"sends").toInt())));

    const Run unknown = runCtct(L({"--sandbox", "campaigns", "report", "999"}));
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY(unknown.out.isEmpty());
    QCOMPARE(unknown.err.trimmed().split('\n').size(), 1);
    QVERIFY(isErrorLine(unknown.err, "404"));
}

void TestCliCommands::eventMarketing()
{
    QTemporaryDir dir;
    const QHash<QString, QString> env{{QStringLiteral("CTCT_SANDBOX_DATA"), dir.path()}};
    const Run events = runCtct(L({"--sandbox", "events", "list"}), env);
    QCOMPARE(events.exitCode, 0);
    const QString eid = events.entries().first().toObject().value(u"id").toString();
    QVERIFY(eid.startsWith(u"tag:"));
    const Run regs =
        runCtct({QStringLiteral("--sandbox"), QStringLiteral("events"), QStringLiteral("registrants"), eid}, env);
    QCOMPARE(regs.exitCode, 0);
    const QString rid = regs.entries().first().toObject().value(u"id").toString();
    const QString shortRid = rid.mid(rid.lastIndexOf(u'/') + 1);
    const QString shortEid = eid.mid(eid.lastIndexOf(u'/') + 1);
    const Run set = runCtct({QStringLiteral("--sandbox"), QStringLiteral("events"), QStringLiteral("attendance"),
                             shortEid, shortRid, QStringLiteral("--set"), QStringLiteral("not_attended")},
                            env);
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(set.entries().first().toObject().value(u"Status").toString(), QStringLiteral("NOT_ATTENDED"));
    const Run paid = runCtct({QStringLiteral("--sandbox"), QStringLiteral("events"), QStringLiteral("payment"),
                              shortEid, shortRid, QStringLiteral("--set"), QStringLiteral("REFUNDED")},
                             env);
    QCOMPARE(paid.exitCode, 0);
    QCOMPARE(paid.entries().first().toObject().value(u"Status").toString(), QStringLiteral("REFUNDED"));
    const Run detail =
        runCtct({QStringLiteral("--sandbox"), QStringLiteral("events"), QStringLiteral("registrant"), eid, rid}, env);
    QCOMPARE(detail.entries().first().toObject().value(u"PaymentStatus").toString(), QStringLiteral("REFUNDED"));
    // CSV: nested values in columns of their own, never JSON in a cell.
    const Run csv = runCtct({QStringLiteral("--sandbox"), QStringLiteral("events"), QStringLiteral("registrants"), eid,
                             QStringLiteral("--format"), QStringLiteral("csv")},
                            env);
    QCOMPARE(csv.exitCode, 0);
    const QByteArray header = csv.out.left(csv.out.indexOf('\n'));
    QVERIFY2(header.contains(",AttendanceStatus.Status,AttendanceStatus.Type,"), header.constData());
    QVERIFY2(csv.out.contains(",REFUNDED"), csv.out.constData());
    QVERIFY2(!csv.out.contains("\"\"\"") && !csv.out.contains("{\""), csv.out.constData());
    const Run bad = runCtct({QStringLiteral("--sandbox"), QStringLiteral("events"), QStringLiteral("attendance"),
                             shortEid, shortRid, QStringLiteral("--set"), QStringLiteral("MAYBE")},
                            env);
    QCOMPARE(bad.exitCode, 2);
}

void TestCliCommands::eventsCheckIn()
{
    Sandbox::Options o;
    o.port = 0;
    o.memory = true;
    o.contacts = 10;
    o.registrants = 120;
    auto s = startSandbox(o);
    const QStringList at = server(*s);
    // The event --registrants made, and its registrants as the API has them.
    const Run events = runCtct(at + L({"events", "list"}), demoEnv());
    QCOMPARE(events.exitCode, 0);
    QString eid;
    for (const QJsonValue &e : events.entries()) {
        if (e.toObject().value(u"Registered").toInt() > 50)
            eid = e.toObject().value(u"id").toString();
    }
    QVERIFY(!eid.isEmpty());
    const QString shortEid = eid.mid(eid.lastIndexOf(u'/') + 1);
    const Run regs =
        runCtct(at + QStringList{QStringLiteral("events"), QStringLiteral("registrants"), shortEid}, demoEnv());
    QCOMPARE(regs.entries().size(), 120);
    // Someone registered, not checked in, whose e-mail is unique, with guests.
    QJsonObject target;
    QJsonObject cancelled;
    for (const QJsonValue &v : regs.entries()) {
        const QJsonObject r = v.toObject();
        const QString attendance = r.value(u"AttendanceStatus").toObject().value(u"Status").toString();
        if (target.isEmpty() && r.value(u"RegistrationStatus").toString() == u"REGISTERED" &&
            attendance == u"NOT_ATTENDED" && r.value(u"GuestCount").toInt() > 0)
            target = r;
        if (cancelled.isEmpty() && r.value(u"RegistrationStatus").toString() == u"CANCELLED")
            cancelled = r;
    }
    QVERIFY(!target.isEmpty() && !cancelled.isEmpty());
    const QString email = target.value(u"EmailAddress").toString();
    const QString rid = target.value(u"id").toString();
    const auto attendanceOf = [&] {
        const Run a = runCtct(at + QStringList{QStringLiteral("events"), QStringLiteral("attendance"), shortEid,
                                               rid.mid(rid.lastIndexOf(u'/') + 1)},
                              demoEnv());
        return a.entries().first().toObject();
    };

    // By e-mail, in capitals: checked in as a group.
    const Run in = runCtct(
        at + QStringList{QStringLiteral("events"), QStringLiteral("checkin"), shortEid, email.toUpper()}, demoEnv());
    QCOMPARE(in.exitCode, 0);
    QCOMPARE(in.entries().first().toObject().value(u"Status").toString(), QStringLiteral("ATTENDED"));
    QVERIFY2(in.err.contains("checked in with"), in.err.constData());
    QCOMPARE(attendanceOf().value(u"Status").toString(), QStringLiteral("ATTENDED"));
    QCOMPARE(attendanceOf().value(u"Type").toString(), QStringLiteral("GROUP"));
    // Not twice.
    const Run again =
        runCtct(at + QStringList{QStringLiteral("events"), QStringLiteral("checkin"), shortEid, email}, demoEnv());
    QCOMPARE(again.exitCode, 3);
    QVERIFY2(isErrorLine(again.err, "already checked in"), again.err.constData());
    QVERIFY(again.out.isEmpty());
    // --undo, by registrant id: back to NOT_ATTENDED; a second undo has nothing to undo.
    const QString shortRid = rid.mid(rid.lastIndexOf(u'/') + 1);
    const Run undo = runCtct(at + QStringList{QStringLiteral("events"), QStringLiteral("checkin"), shortEid, shortRid,
                                              QStringLiteral("--undo")},
                             demoEnv());
    QCOMPARE(undo.exitCode, 0);
    QCOMPARE(attendanceOf().value(u"Status").toString(), QStringLiteral("NOT_ATTENDED"));
    const Run undoAgain = runCtct(at + QStringList{QStringLiteral("events"), QStringLiteral("checkin"), shortEid,
                                                   shortRid, QStringLiteral("--undo")},
                                  demoEnv());
    QCOMPARE(undoAgain.exitCode, 3);
    QVERIFY2(isErrorLine(undoAgain.err, "nothing to undo"), undoAgain.err.constData());
    // A cancelled registrant is not checked in.
    const Run refused = runCtct(at + QStringList{QStringLiteral("events"), QStringLiteral("checkin"), shortEid,
                                                 cancelled.value(u"EmailAddress").toString()},
                                demoEnv());
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(isErrorLine(refused.err, "cancelled the registration: not checked in"), refused.err.constData());
    QVERIFY2(!refused.err.contains("QString::arg"), refused.err.constData());
    // Several matches: the candidates, one a line, and nothing changes.
    const Run several =
        runCtct(at + QStringList{QStringLiteral("events"), QStringLiteral("checkin"), shortEid, QStringLiteral("e")},
                demoEnv());
    QCOMPARE(several.exitCode, 3);
    QVERIFY(several.out.isEmpty());
    QVERIFY2(several.err.startsWith("error: ") && several.err.contains("registrants match \"e\""),
             several.err.constData());
    QVERIFY(several.err.count('\n') > 10);
    QVERIFY(several.err.contains(" guests, "));
    QCOMPARE(attendanceOf().value(u"Status").toString(), QStringLiteral("NOT_ATTENDED"));
    // None.
    const Run none =
        runCtct(at + L({"events", "checkin"}) + QStringList{shortEid, QStringLiteral("Nobody Atall")}, demoEnv());
    QCOMPARE(none.exitCode, 3);
    QVERIFY2(isErrorLine(none.err, "no match for \"Nobody Atall\""), none.err.constData());
    // No query at all is a usage error.
    const Run usage = runCtct(at + L({"events", "checkin"}) + QStringList{shortEid}, demoEnv());
    QCOMPARE(usage.exitCode, 2);
}

void TestCliCommands::importAndExport()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("people.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("E-mail;First name;Company;Shoe size\n"
            "cli.import.one@example.com;One;Acme;42\n"
            "not an address;Two;X;41\n"
            "\"cli.import.three@example.org\";Three;\"Zed; Inc.\";40\n");
    f.close();
    const QHash<QString, QString> env{{QStringLiteral("CTCT_SANDBOX_DATA"), dir.filePath(QStringLiteral("data"))}};
    const Run imported = runCtct({QStringLiteral("--sandbox"), QStringLiteral("activities"), QStringLiteral("import"),
                                  csv, QStringLiteral("--list"), QStringLiteral("4"), QStringLiteral("--wait")},
                                 env);
    QVERIFY2(imported.exitCode == 3, imported.err.constData()); // a row was rejected before sending
    QVERIFY(imported.err.contains("line 3 not sent"));
    QVERIFY(imported.err.contains("Shoe size"));
    const QJsonObject a = imported.entries().first().toObject();
    QCOMPARE(a.value(u"Status").toString(), QStringLiteral("COMPLETE"));
    QCOMPARE(a.value(u"TransactionCount"), QJsonValue(2));
    const Run found = runCtct(L({"--sandbox", "contacts", "search", "cli.import.three@example.org"}), env);
    QCOMPARE(found.entries().size(), 1);

    const QString out = dir.filePath(QStringLiteral("export.csv"));
    const Run exported =
        runCtct({QStringLiteral("--sandbox"), QStringLiteral("activities"), QStringLiteral("export"),
                 QStringLiteral("--list"), QStringLiteral("4"), QStringLiteral("--columns"),
                 QStringLiteral("First Name,Company"), QStringLiteral("--out"), out, QStringLiteral("--wait")},
                env);
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("EMAIL ADDRESS,FIRST NAME,COMPANY NAME"));
    QVERIFY(text.contains("cli.import.three@example.org,Three,\"Zed; Inc.\"") ||
            text.contains("cli.import.three@example.org,Three,Zed; Inc."));
    const Run noWait = runCtct(L({"--sandbox", "activities", "export", "--list", "4", "--out", "x.csv"}), env);
    QCOMPARE(noWait.exitCode, 2);
}

void TestCliCommands::credentials()
{
    Sandbox::Options o;
    o.port = 0;
    o.memory = true;
    o.contacts = 60;
    auto s = startSandbox(o);
    // Basic from the environment, with -v logging: no secret in any output.
    const Run basic = runCtct(server(*s) + L({"-v", "lists", "get", "1"}), demoEnv());
    QCOMPARE(basic.exitCode, 0);
    // The log searched below is really there: the request, its scheme and its answer.
    QVERIFY2(basic.err.contains("ctct.api.access: GET http://127.0.0.1:"), basic.err.constData());
    QVERIFY2(basic.err.contains("(auth: Basic"), basic.err.constData());
    QVERIFY2(basic.err.contains("-> HTTP 200"), basic.err.constData());
    QVERIFY(!basic.err.contains("sandbox-key"));
    QVERIFY(!basic.err.contains("c2FuZGJveC1rZXklZGVtbzpzYW5kYm94")); // base64 of the Basic credentials
    QVERIFY(!basic.out.contains("sandbox-key"));
    // The password on standard input.
    const Run stdinPassword = runCtct(server(*s) + L({"--password-stdin", "lists", "get", "1"}),
                                      {{QStringLiteral("CTCT_API_KEY"), QStringLiteral("sandbox-key")}}, "sandbox\n");
    QCOMPARE(stdinPassword.exitCode, 0);
    // OAuth token.
    const Run bearer = runCtct(server(*s) + L({"-v", "lists", "get", "1"}),
                               {{QStringLiteral("CTCT_TOKEN"), QStringLiteral("sandbox-token")}});
    QCOMPARE(bearer.exitCode, 0);
    QVERIFY2(bearer.err.contains("(auth: Bearer"), bearer.err.constData());
    QVERIFY2(bearer.err.contains("-> HTTP 200"), bearer.err.constData());
    QVERIFY(!bearer.err.contains("sandbox-token"));
}

void TestCliCommands::wrongPasswordAndOtherAccount()
{
    Sandbox::Options o;
    o.port = 0;
    o.memory = true;
    o.contacts = 60;
    auto s = startSandbox(o);
    const Run wrong = runCtct(server(*s) + L({"lists", "list"}), demoEnv(QStringLiteral("nope")));
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY2(isErrorLine(wrong.err, "401"), wrong.err.constData());
    QVERIFY(!wrong.err.contains("nope"));
    QStringList other = server(*s);
    other[3] = QStringLiteral("other"); // demo's token, another account's path
    const Run forbidden =
        runCtct(other + L({"lists", "list"}), {{QStringLiteral("CTCT_TOKEN"), QStringLiteral("sandbox-token")}});
    QCOMPARE(forbidden.exitCode, 3);
    QVERIFY2(isErrorLine(forbidden.err, "403"), forbidden.err.constData());
}

void TestCliCommands::plainHttpRefused()
{
    const Run r = runCtct(L({"--server", "http://api.example.com", "--user", "joe", "lists", "list"}), demoEnv());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("https"), r.err.constData());
}

void TestCliCommands::faults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    // Writes are never retried, so these come back at once.
    const QStringList create = L({"contacts", "create", "--email", "fault@example.com", "--list", "1"});
    QTest::newRow("5xx on a write") << "fail" << create << 4 << QByteArray("50");
    QTest::newRow("hang: timeout") << "hang" << QStringList(L({"--timeout", "1"}) + create) << 4
                                   << QByteArray("Timeout");
    QTest::newRow("malformed body") << "malformed" << L({"lists", "get", "1"}) << 5 << QByteArray("error: ");
    // 60 contacts: two pages in a row, the second over the limit of one request a second.
    QTest::newRow("rate limit") << "rate" << L({"contacts", "list"}) << 3 << QByteArray("403");
    QTest::newRow("connection refused") << "down" << create << 4 << QByteArray("error: ");
}

void TestCliCommands::faults()
{
    QFETCH(QString, fault);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    Sandbox::Options o;
    o.port = 0;
    o.memory = true;
    o.contacts = 60;
    if (fault == u"fail")
        o.failRate = 1;
    else if (fault == u"hang")
        o.hangRate = 1;
    else if (fault == u"malformed")
        o.malformedRate = 1;
    else if (fault == u"rate")
        o.rateLimit = 1;
    auto s = startSandbox(o);
    QStringList base = server(*s);
    if (fault == u"down") {
        base[1] = QStringLiteral("http://127.0.0.1:%1").arg(s->port());
        s.reset(); // nothing listens there now
    }
    const Run r = runCtct(base + args, demoEnv());
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(isErrorLine(r.err, message.constData()), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliCommands::passwordStdin_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("password");
    QTest::newRow("newline") << QByteArray("sandbox\n") << QByteArray("sandbox");
    QTest::newRow("CRLF") << QByteArray("sandbox\r\n") << QByteArray("sandbox");
    QTest::newRow("no line end") << QByteArray("sandbox") << QByteArray("sandbox");
    QTest::newRow("spaces at both ends kept") << QByteArray("  pass word \t\n") << QByteArray("  pass word \t");
    QTest::newRow("only the first line") << QByteArray("first\nsecond\n") << QByteArray("first");
    QTest::newRow("longer than a buffer") << QByteArray(3000, 'p') + '\n' << QByteArray(3000, 'p');
}

void TestCliCommands::passwordStdin()
{
    // What goes out in the Basic credentials is the password exactly as given on standard input.
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, password);
    ctct::test::LoopbackServer server;
    QVERIFY(server.listen());
    server.enqueue({200,
                    "OK",
                    ctct::test::readData(QStringLiteral("lists/single.xml")),
                    {{"Content-Type", "application/atom+xml"}}});
    const Run r = runCtct({QStringLiteral("--server"), server.url().toString(), QStringLiteral("--user"),
                           QStringLiteral("joe"), QStringLiteral("--password-stdin"), QStringLiteral("lists"),
                           QStringLiteral("get"), QStringLiteral("1")},
                          {{QStringLiteral("CTCT_API_KEY"), QStringLiteral("sandbox-key")}}, input);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(server.requests().size(), 1);
    const QByteArray userPass = "sandbox-key%joe:" + password;
    const QByteArray expected = "Authorization: Basic " + userPass.toBase64() + "\r\n";
    QVERIFY2(server.requests().first().contains(expected), server.requests().first().constData());
}

void TestCliCommands::transportLimits_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("trickleMs");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    // A redirect is not followed and not retried: one request, exit code 3.
    QTest::newRow("301") << 301 << 0 << 3 << QByteArray("HTTP 301 (Redirect)");
    // One byte every 50 ms never trips the 1 s of no progress; the 1 s deadline ends it.
    QTest::newRow("slow body") << 200 << 50 << 4 << QByteArray("No complete response");
}

void TestCliCommands::transportLimits()
{
    QFETCH(int, status);
    QFETCH(int, trickleMs);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    ctct::test::LoopbackServer server;
    QVERIFY(server.listen());
    ctct::test::LoopbackServer::Response response{
        status, status == 200 ? "OK" : "Moved Permanently", QByteArray(100000, ' '), {}};
    if (status != 200)
        response = {status, "Moved Permanently", {}, {{"Location", "https://elsewhere.example/ws/"}}};
    response.trickleMs = trickleMs;
    for (int i = 0; i < 4; ++i)
        server.enqueue(response);
    const Run r =
        runCtct({QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--server"), server.url().toString(),
                 QStringLiteral("--user"), QStringLiteral("joe"), QStringLiteral("lists"), QStringLiteral("list")},
                demoEnv());
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(isErrorLine(r.err, message.constData()), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(server.requests().size(), 1);
}

void TestCliCommands::updateKeepsUnknownElements()
{
    // A server whose contact has an element this client does not know and a bare '&' in a link:
    // the PUT carries the patched entry, FutureField included.
    const QByteArray entry = ctct::test::readData(QStringLiteral("contacts/single-bare-ampersand.xml"));
    ctct::test::LoopbackServer server;
    QVERIFY(server.listen());
    const QList<std::pair<QByteArray, QByteArray>> atom{{"Content-Type", "application/atom+xml"}};
    server.enqueue({200, "OK", entry, atom});
    server.enqueue({204, "No Content", {}, {}});
    server.enqueue({200, "OK", entry, atom});
    const Run r = runCtct({QStringLiteral("--server"), server.url().toString(), QStringLiteral("--user"),
                           QStringLiteral("joe"), QStringLiteral("contacts"), QStringLiteral("update"),
                           QStringLiteral("7"), QStringLiteral("--field"), QStringLiteral("CompanyName=Acme")},
                          demoEnv());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(server.requests().size(), 3);
    const QByteArray put = server.requests().at(1);
    QVERIFY2(put.startsWith("PUT /ws/customers/joe/contacts/7 "), put.constData());
    QVERIFY2(put.contains("<FutureField>kept by the server</FutureField>"), put.constData());
    QVERIFY(put.contains("<CompanyName>Acme</CompanyName>"));
}

void TestCliCommands::updateRefusedWhenNotPatchable()
{
    // The contact arrives as a one-entry feed: readable, but no entry to patch. Nothing is sent.
    const QByteArray feed = ctct::test::readData(QStringLiteral("contacts/feed-last.xml"));
    ctct::test::LoopbackServer server;
    QVERIFY(server.listen());
    server.enqueue({200, "OK", feed, {{"Content-Type", "application/atom+xml"}}});
    server.enqueue({204, "No Content", {}, {}});
    const Run r = runCtct({QStringLiteral("--server"), server.url().toString(), QStringLiteral("--user"),
                           QStringLiteral("joe"), QStringLiteral("contacts"), QStringLiteral("update"),
                           QStringLiteral("2055"), QStringLiteral("--field"), QStringLiteral("CompanyName=Acme")},
                          demoEnv());
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(isErrorLine(r.err, "not saved"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(server.requests().size(), 1); // the GET only
    QVERIFY(server.requests().first().startsWith("GET "));
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"

void TestCliCommands::localCopy()
{
    QTemporaryDir data;
    QTemporaryDir copies;
    const QHash<QString, QString> env{{QStringLiteral("CTCT_SANDBOX_DATA"), data.path()},
                                      {QStringLiteral("CTCT_CACHE_DIR"), copies.path()}};
    // Nothing to answer from before a sync.
    const Run none = runCtct(L({"--sandbox", "contacts", "list", "--offline"}), env);
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(isErrorLine(none.err, "ctct sync"), none.err.constData());

    const Run full = runCtct(L({"--sandbox", "sync"}), env);
    QVERIFY2(full.exitCode == 0, full.err.constData());
    const QJsonObject first = full.json();
    QCOMPARE(first.value(u"full").toBool(), true);
    QCOMPARE(first.value(u"contactsAdded").toInt(), 2500);
    QVERIFY(first.value(u"eventsAdded").toInt() > 0);
    QVERIFY(QFile::exists(first.value(u"store").toString()));
    QVERIFY(first.value(u"store").toString().startsWith(copies.path()));

    const Run again = runCtct(L({"--sandbox", "sync"}), env);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(again.json().value(u"full").toBool(), false);
    QCOMPARE(again.json().value(u"contactsChanged").toInt(), 0);
    QVERIFY(again.json().value(u"requests").toInt() < first.value(u"requests").toInt() / 5);
    const Run csv = runCtct(L({"--sandbox", "--format", "csv", "sync"}), env);
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith("full,resumed,requests,"));

    // The copy answers as the server does, without it.
    const Run online = runCtct(L({"--sandbox", "contacts", "list", "--status", "do-not-mail"}), env);
    QCOMPARE(online.exitCode, 0);
    const Run offline = runCtct(L({"--sandbox", "contacts", "list", "--status", "do-not-mail", "--offline"}), env);
    QVERIFY2(offline.exitCode == 0, offline.err.constData());
    QVERIFY(!offline.entries().isEmpty());
    QCOMPARE(offline.entries().size(), online.entries().size());
    QStringList onlineEmails;
    QStringList offlineEmails;
    for (const QJsonValue &v : online.entries())
        onlineEmails.append(v.toObject().value(u"EmailAddress").toString());
    for (const QJsonValue &v : offline.entries()) {
        offlineEmails.append(v.toObject().value(u"EmailAddress").toString());
        QCOMPARE(v.toObject().value(u"Status").toString(), QStringLiteral("Do Not Mail"));
    }
    QCOMPARE(offlineEmails, onlineEmails);
    const Run members = runCtct(L({"--sandbox", "contacts", "list", "--list", "1", "--offline", "--limit", "5"}), env);
    QCOMPARE(members.exitCode, 0);
    QCOMPARE(members.entries().size(), 5);
    const Run xml = runCtct(L({"--sandbox", "--format", "xml", "contacts", "list", "--offline"}), env);
    QCOMPARE(xml.exitCode, 2);

    // A report from the copy has the server's numbers, and says where they come from.
    const QString id = QStringLiteral("1100546096289");
    const Run report =
        runCtct({QStringLiteral("--sandbox"), QStringLiteral("campaigns"), QStringLiteral("report"), id}, env);
    QCOMPARE(report.exitCode, 0);
    const Run stored = runCtct({QStringLiteral("--sandbox"), QStringLiteral("campaigns"), QStringLiteral("report"), id,
                                QStringLiteral("--offline")},
                               env);
    QVERIFY2(stored.exitCode == 0, stored.err.constData());
    QCOMPARE(stored.json().value(u"events").toObject(), report.json().value(u"events").toObject());
    QCOMPARE(stored.json().value(u"unique").toObject(), report.json().value(u"unique").toObject());
    const QJsonObject local = stored.json().value(u"localCopy").toObject();
    QCOMPARE(local.value(u"offline").toBool(), true);
    QVERIFY(!local.value(u"dataSince").toString().isEmpty());
    const Run missing = runCtct(L({"--sandbox", "campaigns", "report", "999", "--offline"}), env);
    QCOMPARE(missing.exitCode, 6);
}
