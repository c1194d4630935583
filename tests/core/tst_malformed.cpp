// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input gives a parse error with a position: never a crash, a hang or a silent success.
#include "atom/atomreader.h"
#include "atom/atomwriter.h"

#include "testdata.h"

#include <QDir>
#include <QTest>

using namespace ctct;

class TestMalformed : public QObject
{
    Q_OBJECT

private slots:
    void rejected_data();
    void rejected();
    void truncatedEverywhere_data();
    void truncatedEverywhere();
    void hugeTextIsFine();
    void nesting_data();
    void nesting();
};

void TestMalformed::rejected_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("reason"); // a word the message must contain ("" = any)

    const QStringList files = QDir(test::dataPath(QStringLiteral("malformed"))).entryList(QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 9);
    for (const QString &f : files)
        QTest::newRow(qPrintable(u"file " + f)) << test::readData(u"malformed/" + f) << QString();

    const QByteArray feedStart = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content>"
                                 "<Contact xmlns=\"http://ws.constantcontact.com/ns/1.0/\">";
    const QByteArray feedEnd = "</Contact></content></entry></feed>";
    QTest::newRow("billion laughs inline")
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;"
                      "&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>") +
               feedStart + "<Note>&c;&c;&c;</Note>" + feedEnd
        << QStringLiteral("DTD");
    QTest::newRow("undeclared entity") << feedStart + "<Note>&boom;</Note>" + feedEnd << QStringLiteral("boom");
    QTest::newRow("external entity") << QByteArray("<!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>") +
                                            feedStart + "<Note>&x;</Note>" + feedEnd
                                     << QStringLiteral("DTD");
    QTest::newRow("json") << QByteArray("{\"error\": \"nope\"}") << QString();
    QTest::newRow("wrong root") << QByteArray("<html><body>502 Bad Gateway</body></html>") << QStringLiteral("<html>");
    QTest::newRow("two roots") << QByteArray("<feed xmlns=\"http://www.w3.org/2005/Atom\"/><feed/>") << QString();
    QTest::newRow("junk after root") << QByteArray("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>junk") << QString();
    QTest::newRow("unbound prefix") << feedStart + "<x:Note>1</x:Note>" + feedEnd << QString();
    QTest::newRow("entry without payload")
        << QByteArray("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>x</id></entry></feed>")
        << QStringLiteral("payload");
    QTest::newRow("nul byte") << QByteArray("<feed>\0</feed>", 14) << QString();
    QTest::newRow("only whitespace") << QByteArray("  \n\t ") << QString();
    QTest::newRow("utf16 garbage") << QByteArray("\xff\xfe<\0f\0", 6) << QString();

    // 200,000 levels of nesting inside a payload element: must not exhaust the stack.
    const int depth = 200000;
    QByteArray deep = feedStart + "<Note>";
    deep.reserve(deep.size() + depth * 7 + 64);
    for (int i = 0; i < depth; ++i)
        deep += "<a>";
    deep += "x"; // and never closed
    QTest::newRow("deep nesting, unclosed") << deep << QString();
}

void TestMalformed::rejected()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, reason);
    const atom::Parsed<atom::Document> doc = atom::readDocument(xml);
    QVERIFY(!doc.ok());
    QVERIFY(doc.error.line >= 1);
    QVERIFY(doc.error.column >= 1);
    QVERIFY(!doc.error.message.isEmpty());
    if (!reason.isEmpty())
        QVERIFY2(doc.error.message.contains(reason), qPrintable(doc.error.message));
    // The typed readers agree.
    QVERIFY(!atom::readPage<Contact>(xml).ok());
    QVERIFY(!atom::readPage<Event>(xml).ok());
}

void TestMalformed::truncatedEverywhere_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : {"contacts/single.xml", "campaigns/single-sent.xml", "events/registrant.xml", "lists/feed.xml",
                          "service/root.xml", "activities/single-errors.xml"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestMalformed::truncatedEverywhere()
{
    QFETCH(QString, file);
    const QByteArray xml = test::readData(file);
    const qsizetype end = xml.lastIndexOf('>'); // cutting before the root closes must fail
    QVERIFY(atom::readDocument(xml).ok());
    for (qsizetype n = 0; n < end; n += 7) {
        const atom::Parsed<atom::Document> doc = atom::readDocument(xml.left(n));
        if (doc.ok())
            QFAIL(qPrintable(QStringLiteral("a cut after %1 bytes was accepted").arg(n)));
        QVERIFY(doc.error.line >= 1);
    }
}

void TestMalformed::hugeTextIsFine()
{
    // A 16 MiB text node is legal: it is read, not refused and not truncated.
    const QByteArray big(16 * 1024 * 1024, 'x');
    const QByteArray xml = "<entry xmlns=\"http://www.w3.org/2005/Atom\"><content>"
                           "<Contact xmlns=\"http://ws.constantcontact.com/ns/1.0/\"><Note>" +
                           big + "</Note></Contact></content></entry>";
    const atom::Parsed<Contact> c = atom::readEntry<Contact>(xml);
    QVERIFY(c.ok());
    QCOMPARE(c.value->note.size(), big.size());
}

void TestMalformed::nesting_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("line"); // of the first element too deep
    QTest::addColumn<int>("column");
    // entry, content, Contact, FutureField: four levels; then <a> elements up to the total.
    const auto entry = [](int total, const QByteArray &aside = {}) -> QByteArray {
        QByteArray xml = "<entry xmlns=\"http://www.w3.org/2005/Atom\"><content>\n"
                         "<Contact xmlns=\"http://ws.constantcontact.com/ns/1.0/\"><EmailAddress>a@b.example"
                         "</EmailAddress><FutureField>\n" +
                         aside;
        for (int i = 4; i < total; ++i)
            xml += i == 4 ? "<a at=\"x>y\">" : "<a>";
        xml += "deep";
        for (int i = 4; i < total; ++i)
            xml += "</a>";
        return xml + "</FutureField></Contact></content></entry>";
    };
    QTest::newRow("256 levels") << entry(256) << true << 0 << 0;
    // Line 3; column: the 253rd <a>, after one <a at="x>y"> of 12 characters and 251 of 3.
    QTest::newRow("257 levels") << entry(257) << false << 3 << 1 + 12 + 251 * 3;
    QTest::newRow("100000 levels") << entry(100000) << false << 3 << 1 + 12 + 251 * 3;
    QTest::newRow("self-closing elements do not nest")
        << entry(250, QByteArray("<b/>").repeated(1000) + "<c x=\"/>\"/>") << true << 0 << 0;
    QTest::newRow("tags in comments and CDATA do not count")
        << entry(250, "<!--" + QByteArray("<a>").repeated(300) + "--><![CDATA[" + QByteArray("<a>").repeated(300) +
                          "]]><?pi <a><a>?>")
        << true << 0 << 0;
}

void TestMalformed::nesting()
{
    // Deeper than libxml2's 256 levels is an error with the position, not content read in part.
    QFETCH(QByteArray, xml);
    QFETCH(bool, accepted);
    QFETCH(int, line);
    QFETCH(int, column);
    const atom::Parsed<Contact> read = atom::readEntry<Contact>(xml);
    const atom::Parsed<atom::Document> doc = atom::readDocument(xml);
    Contact c;
    c.companyName = QStringLiteral("Acme");
    const atom::Parsed<QByteArray> patched = atom::patchEntry(xml, c);
    QVERIFY2(read.ok() == accepted, qPrintable(read.error.toString()));
    QVERIFY2(doc.ok() == accepted, qPrintable(doc.error.toString()));
    QVERIFY2(patched.ok() == accepted, qPrintable(patched.error.toString()));
    if (accepted) {
        QCOMPARE(read.value->emailAddress, QStringLiteral("a@b.example"));
        return;
    }
    for (const atom::ParseError &e : {read.error, doc.error, patched.error}) {
        QVERIFY2(e.message.contains(u"nested more than 256 levels"), qPrintable(e.toString()));
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
    }
}

QTEST_APPLESS_MAIN(TestMalformed)
#include "tst_malformed.moc"
