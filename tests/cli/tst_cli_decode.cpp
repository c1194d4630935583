// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCtct(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(CTCT_BINARY), args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
    }
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestCliDecode : public QObject
{
    Q_OBJECT

private slots:
    void feedAsJson();
    void fromStdin();
    void count_data();
    void count();
    void unreadable_data();
    void unreadable();
    void usage_data();
    void usage();
    void help();
};

void TestCliDecode::feedAsJson()
{
    const Run r = runCtct({QStringLiteral("decode"), ctct::test::dataPath(QStringLiteral("lists/feed.xml"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(u"kind").toString(), QStringLiteral("ContactList"));
    const QJsonArray entries = o.value(u"entries").toArray();
    QCOMPARE(entries.size(), 6);
    const QJsonObject general = entries[3].toObject();
    QCOMPARE(general.value(u"id").toString(),
             QStringLiteral("http://api.constantcontact.com/ws/customers/joe/lists/1"));
    QCOMPARE(general.value(u"Name").toString(), QStringLiteral("General Interest"));
    QCOMPARE(general.value(u"ContactCount"), QJsonValue(42));
    QCOMPARE(general.value(u"DisplayOnSignup").toString(), QStringLiteral("Yes"));
    QCOMPARE(o.value(u"links").toObject().value(u"next").toString(), QStringLiteral("lists?next=6"));
    // Keys come in the API's element order.
    const qsizetype at = r.out.indexOf("lists/1\"");
    QVERIFY(at > 0);
    QVERIFY(r.out.indexOf("\"OptInDefault\"", at) < r.out.indexOf("\"Name\"", at));
    QVERIFY(r.out.indexOf("\"Name\"", at) < r.out.indexOf("\"ContactCount\"", at));
    QVERIFY(r.out.indexOf("\"kind\"") < r.out.indexOf("\"entries\""));
}

void TestCliDecode::fromStdin()
{
    const Run r = runCtct({QStringLiteral("decode"), QStringLiteral("-")},
                          ctct::test::readData(QStringLiteral("events/registrants.xml")));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"kind").toString(), QStringLiteral("Registrant"));
    QCOMPARE(o.value(u"entries").toArray().size(), 3);
}

void TestCliDecode::count_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("contacts") << "contacts/feed-page1.xml" << QByteArray("4\n");
    QTest::newRow("empty") << "contacts/empty.xml" << QByteArray("0\n");
    QTest::newRow("service") << "service/root.xml" << QByteArray("6\n");
    QTest::newRow("opens") << "campaigns/events-opens.xml" << QByteArray("3\n");
}

void TestCliDecode::count()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, expected);
    const Run r = runCtct({QStringLiteral("decode"), QStringLiteral("--count"), ctct::test::dataPath(file)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, expected);
}

void TestCliDecode::unreadable_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("truncated") << "malformed/truncated.xml";
    QTest::newRow("html") << "malformed/html-error.html";
    QTest::newRow("not xml") << "malformed/not-xml.txt";
    QTest::newRow("wrong root") << "malformed/wrong-root.xml";
    QTest::newRow("entities") << "malformed/dtd-entities.xml";
    QTest::newRow("empty") << "malformed/empty.xml";
}

void TestCliDecode::unreadable()
{
    QFETCH(QString, file);
    const Run r = runCtct({QStringLiteral("decode"), ctct::test::dataPath(file)});
    QCOMPARE(r.exitCode, 5);
    QVERIFY(r.out.isEmpty());
    static const QRegularExpression line(QStringLiteral("^error: line \\d+, column \\d+: \\S.*\n$"));
    QVERIFY2(line.match(QString::fromUtf8(r.err)).hasMatch(), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCliDecode::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no command") << QStringList{} << 2;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2;
    QTest::newRow("decode without file") << QStringList{QStringLiteral("decode")} << 2;
    QTest::newRow("decode two files") << QStringList{QStringLiteral("decode"), QStringLiteral("a"), QStringLiteral("b")}
                                      << 2;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("decode"), QStringLiteral("--bogus"),
                                                   QStringLiteral("x")}
                                    << 2;
    QTest::newRow("missing file") << QStringList{QStringLiteral("decode"), QStringLiteral("/nonexistent/feed.xml")}
                                  << 5;
}

void TestCliDecode::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Run r = runCtct(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.err.startsWith("error: ") || r.err.startsWith("Usage:"));
    QVERIFY(r.out.isEmpty());
}

void TestCliDecode::help()
{
    const Run top = runCtct({QStringLiteral("--help")});
    QCOMPARE(top.exitCode, 0);
    QVERIFY(top.out.contains("decode"));
    const Run decode = runCtct({QStringLiteral("decode"), QStringLiteral("--help")});
    QCOMPARE(decode.exitCode, 0);
    QVERIFY(decode.out.contains("--count"));
    QVERIFY(decode.out.contains("Examples"));
}

QTEST_GUILESS_MAIN(TestCliDecode)
#include "tst_cli_decode.moc"
