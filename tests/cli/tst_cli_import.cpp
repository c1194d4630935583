// SPDX-License-Identifier: GPL-3.0-or-later
// ctct import inspect and ctct activities import (--dry-run and against --sandbox), run as a
// user would: stdout, stderr and exit codes.
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// No credentials in the environment: what works here works without an account.
Run runCtct(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *k : {"CTCT_API_KEY", "CTCT_PASSWORD", "CTCT_TOKEN", "CTCT_USER", "CTCT_SERVER"})
        e.remove(QString::fromLatin1(k));
    e.insert(QStringLiteral("CTCT_SANDBOX_DATA"), QStringLiteral(":memory:"));
    e.insert(QStringLiteral("CTCT_SANDBOX_ACTIVITY_STEP_MS"), QStringLiteral("20"));
    e.insert(QStringLiteral("CTCT_POLL_MS"), QStringLiteral("20"));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(CTCT_BINARY), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString write(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("in.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void inspectCorpus_data();
    void inspectCorpus();
    void inspectExactText();
    void inspectBad_data();
    void inspectBad();
    void dryRunExactText();
    void dryRunUnreadable();
    void importWithServerError();
    void importAllGood();
};

void TestCliImport::inspectCorpus_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &f :
         QDir(ctct::test::dataPath(QStringLiteral("csv"))).entryList({QStringLiteral("*.csv")}, QDir::Files))
        QTest::newRow(qPrintable(f)) << f;
}

void TestCliImport::inspectCorpus()
{
    QFETCH(QString, file);
    const Run r = runCtct(
        {QStringLiteral("import"), QStringLiteral("inspect"), ctct::test::dataPath(QStringLiteral("csv/") + file)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QJsonParseError error;
    const QJsonDocument got = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QString expected = file;
    expected.replace(QStringLiteral(".csv"), QStringLiteral(".json"));
    QCOMPARE(got.object(), QJsonDocument::fromJson(ctct::test::readData(QStringLiteral("csv/") + expected)).object());
}

void TestCliImport::inspectExactText()
{
    QTemporaryDir dir;
    const QString path =
        write(dir, "sep=;\r\nE-mail;Note\r\na@x.com;\"say \"\"hi\"\"\r\nbye\"\r\n\r\nb@x.com;Zo\xc3\xab\\\r\n");
    Run r = runCtct({QStringLiteral("import"), QStringLiteral("inspect"), path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out,
             QByteArray("{\"encoding\": \"UTF-8\", \"delimiter\": \";\", \"header\": [\"E-mail\", \"Note\"], "
                        "\"rows\": [[\"a@x.com\", \"say \\\"hi\\\"\\r\\nbye\"], [\"b@x.com\", \"Zo\xc3\xab\\\\\"]], "
                        "\"lines\": [3, 6]}\n"));
    r = runCtct({QStringLiteral("import"), QStringLiteral("inspect"), QStringLiteral("--no-header"), path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("{\"encoding\": \"UTF-8\", \"delimiter\": \";\", \"header\": [], \"rows\": [[\"E-mail\", "
                              "\"Note\"], "),
             r.out.constData());
    QVERIFY(r.out.endsWith("\"lines\": [2, 3, 6]}\n"));
}

void TestCliImport::inspectBad_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("stderrStart");
    QTest::newRow("unterminated quote") << QStringLiteral("csv/bad/unterminated-quote.csv") << 5
                                        << QByteArray("error: line 3: ");
    QTest::newRow("binary") << QStringLiteral("csv/bad/binary-nul.csv") << 5 << QByteArray("error: line 3: ");
    QTest::newRow("utf-16 without bom") << QStringLiteral("csv/bad/utf16-no-bom.csv") << 5
                                        << QByteArray("error: line 1: ");
    QTest::newRow("empty") << QStringLiteral("csv/bad/empty.csv") << 5 << QByteArray("error: line 1: ");
    QTest::newRow("missing") << QStringLiteral("csv/no-such-file.csv") << 2 << QByteArray("error: cannot read");
}

void TestCliImport::inspectBad()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, stderrStart);
    const Run r = runCtct({QStringLiteral("import"), QStringLiteral("inspect"), ctct::test::dataPath(file)});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.out.isEmpty(), r.out.constData()); // no half document
    QVERIFY2(r.err.startsWith(stderrStart), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.endsWith('\n'));
}

void TestCliImport::dryRunExactText()
{
    QTemporaryDir dir;
    const QString path = write(dir, "E-mail Address,First Name,E-mail 2 Address,Shoe size\n"
                                    "ann@example.com,Ann,ann2@example.com,9\n"
                                    "ANN@example.com,Ann again,,9\n"
                                    ",Nobody,,1\n"
                                    "bad,Bad,,2\n"
                                    "bob@example.com,Bob,,3,extra\n"
                                    "cy@example.com,Cy,,4\n");
    // No credentials, no --sandbox: nothing is sent.
    const Run r = runCtct({QStringLiteral("activities"), QStringLiteral("import"), path, QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(
        r.out,
        QByteArray("{\"encoding\": \"UTF-8\", \"delimiter\": \",\", \"rows\": 6, \"valid\": 2, \"rejected\": ["
                   "{\"line\": 3, \"email\": \"ANN@example.com\", \"reason\": \"duplicate of line 2 (sent once)\"}, "
                   "{\"line\": 4, \"email\": \"\", \"reason\": \"no e-mail address\"}, "
                   "{\"line\": 5, \"email\": \"bad\", \"reason\": \"\\\"bad\\\" is not a valid e-mail address\"}, "
                   "{\"line\": 6, \"email\": \"bob@example.com\", \"reason\": \"too many fields: 5 where the header "
                   "has 4\"}], "
                   "\"columns\": [{\"header\": \"E-mail Address\", \"column\": \"EMAIL ADDRESS\"}, "
                   "{\"header\": \"First Name\", \"column\": \"FIRST NAME\"}, "
                   "{\"header\": \"E-mail 2 Address\", \"column\": null}, "
                   "{\"header\": \"Shoe size\", \"column\": null}], \"batches\": 1}\n"));
}

void TestCliImport::dryRunUnreadable()
{
    const Run r =
        runCtct({QStringLiteral("activities"), QStringLiteral("import"),
                 ctct::test::dataPath(QStringLiteral("csv/bad/unterminated-quote.csv")), QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 5);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("line 3: a quoted field"), r.err.constData());
}

void TestCliImport::importWithServerError()
{
    // A repeated address, a bad one, a second e-mail column, a multi-line value before the row the
    // server refuses: the refusal must name that row's own line (4), and the exit code is 3.
    QTemporaryDir dir;
    const QString path = write(dir, "Email Address,Address,State,E-mail 2 Address\n"
                                    "multi@example.com,\"1 Harbor St\nApt 2\",MA,x@example.com\n"
                                    "bad.state@example.com,2 Mill Lane,Ontaro,\n"
                                    "fine@example.com,3 Beach Rd,ON,\n"
                                    "FINE@example.com,4 Beach Rd,ON,\n"
                                    "nope,5 Beach Rd,ON,\n");
    const Run r = runCtct({QStringLiteral("--sandbox"), QStringLiteral("activities"), QStringLiteral("import"), path,
                           QStringLiteral("--list"), QStringLiteral("2"), QStringLiteral("--wait")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("columns left out: E-mail 2 Address (a second e-mail address"), r.err.constData());
    QVERIFY(r.err.contains("line 6 not sent: duplicate of line 5 (sent once)"));
    QVERIFY(r.err.contains("line 7 not sent: \"nope\" is not a valid e-mail address"));
    QVERIFY(r.err.contains("line 4 (bad.state@example.com): Unknown US/Canadian state/prov \"Ontaro\""));
    QVERIFY(r.err.contains("5 rows in: 2 accepted, 2 rejected before sending, 1 rejected by the server"));
    QVERIFY(r.err.trimmed().split('\n').last().startsWith("error: 3 row(s) of 5 rejected"));
    const QJsonObject a = QJsonDocument::fromJson(r.out).object().value(u"entries").toArray().first().toObject();
    QCOMPARE(a.value(u"Status").toString(), QStringLiteral("COMPLETE"));
    QCOMPARE(a.value(u"TransactionCount"), QJsonValue(2));
}

void TestCliImport::importAllGood()
{
    QTemporaryDir dir;
    QByteArray csv = "sep=;\nE-Mail-Adresse;Vorname;Firma\n";
    for (int i = 0; i < 30; ++i)
        csv += "kunde" + QByteArray::number(i) + "@example.de;K\xc3\xa4the;\"M\xc3\xbchle; GmbH\"\n";
    const QString path = write(dir, csv);
    const Run r =
        runCtct({QStringLiteral("--sandbox"), QStringLiteral("activities"), QStringLiteral("import"), path,
                 QStringLiteral("--list"), QStringLiteral("3"), QStringLiteral("--wait"), QStringLiteral("--form")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.contains("30 rows in: 30 accepted, 0 rejected before sending, 0 rejected by the server"));
    // --list is needed unless it is a dry run.
    const Run noList =
        runCtct({QStringLiteral("--sandbox"), QStringLiteral("activities"), QStringLiteral("import"), path});
    QCOMPARE(noList.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
