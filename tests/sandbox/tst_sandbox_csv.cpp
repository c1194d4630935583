// SPDX-License-Identifier: GPL-3.0-or-later
// The activity body readers on their own: CSV records with line numbers, form encoding and
// multipart/form-data, including hostile input.
#include "sandbox/csv.h"
#include "sandbox/http.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ctct::sandbox;

class TestSandboxCsv final : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void unterminatedQuote();
    void writeQuotesWhereNeeded();
    void formEncoding();
    void multipart_data();
    void multipart();
    void multipartErrors_data();
    void multipartErrors();
    void multipartIsLinear_data();
    void multipartIsLinear();
};

void TestSandboxCsv::records_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QList<QStringList>>("fields");
    QTest::newRow("simple") << u"a,b\n1,2\n"_s << QList<int>{1, 2}
                            << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    QTest::newRow("CRLF and blank lines")
        << u"a\r\n\r\nb\r\n"_s << QList<int>{1, 3} << QList<QStringList>{{u"a"_s}, {u"b"_s}};
    QTest::newRow("quoted comma and quote")
        << u"\"x, y\",\"say \"\"hi\"\"\"\n"_s << QList<int>{1} << QList<QStringList>{{u"x, y"_s, u"say \"hi\""_s}};
    QTest::newRow("line break in quotes")
        << u"\"one\ntwo\",z\nnext\n"_s << QList<int>{1, 3} << QList<QStringList>{{u"one\ntwo"_s, u"z"_s}, {u"next"_s}};
    QTest::newRow("spaces trimmed outside quotes")
        << u"  a  , \" b \" \n"_s << QList<int>{1} << QList<QStringList>{{u"a"_s, u" b "_s}};
    QTest::newRow("empty fields") << u",,\n"_s << QList<int>{1}
                                  << QList<QStringList>{{QString(), QString(), QString()}};
    QTest::newRow("no final newline") << u"a"_s << QList<int>{1} << QList<QStringList>{{u"a"_s}};
    QTest::newRow("byte order mark") << u"\uFEFFa,b\n"_s << QList<int>{1} << QList<QStringList>{{u"a"_s, u"b"_s}};
    QTest::newRow("CR only") << u"a\rb\r"_s << QList<int>{1, 2} << QList<QStringList>{{u"a"_s}, {u"b"_s}};
    QTest::newRow("empty") << QString() << QList<int>{} << QList<QStringList>{};
}

void TestSandboxCsv::records()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, lines);
    QFETCH(QList<QStringList>, fields);
    QList<CsvRecord> records;
    QString error;
    QVERIFY2(parseCsv(text, &records, &error), qPrintable(error));
    QCOMPARE(records.size(), lines.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(records.at(i).line, lines.at(i));
        QCOMPARE(records.at(i).fields, fields.at(i));
    }
}

void TestSandboxCsv::unterminatedQuote()
{
    QList<CsvRecord> records;
    QString error;
    QVERIFY(!parseCsv(u"a\n\"open,\nstill open\n"_s, &records, &error));
    QVERIFY2(error.contains(u"line 2"_s), qPrintable(error));
}

void TestSandboxCsv::writeQuotesWhereNeeded()
{
    QCOMPARE(csvLine({u"plain"_s, u"a,b"_s, u"say \"x\""_s, u"two\nlines"_s}, u','),
             u"plain,\"a,b\",\"say \"\"x\"\"\",\"two\nlines\"\r\n"_s);
    QCOMPARE(csvLine({u"a,b"_s, u"c\td"_s}, u'\t'), u"a,b\t\"c\td\"\r\n"_s);
    // What is written reads back the same.
    QList<CsvRecord> records;
    QString error;
    const QStringList values{u"x, y"_s, u"\"q\""_s, u"multi\nline"_s, QString()};
    QVERIFY(parseCsv(csvLine(values, u','), &records, &error));
    QCOMPARE(records.value(0).fields, values);
}

void TestSandboxCsv::formEncoding()
{
    const auto items = parseFormEncoded("a=1&b=two+words&b=%C3%A9%26%3D&flag&=empty&&c=");
    QCOMPARE(items.size(), 6);
    QCOMPARE(items.at(0), qMakePair(u"a"_s, u"1"_s));
    QCOMPARE(items.at(1), qMakePair(u"b"_s, u"two words"_s));
    QCOMPARE(items.at(2), qMakePair(u"b"_s, u"é&="_s));
    QCOMPARE(items.at(3), qMakePair(u"flag"_s, QString()));
    QCOMPARE(items.at(4), qMakePair(QString(), u"empty"_s));
    QCOMPARE(items.at(5), qMakePair(u"c"_s, QString()));
    QVERIFY(parseFormEncoded("").isEmpty());
    QCOMPARE(parseFormEncoded("%zz=%").value(0).first, u"%zz"_s); // broken escapes stay literal
}

void TestSandboxCsv::multipart_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("CRLF") << QByteArray("multipart/form-data; boundary=XyZ")
                          << QByteArray(
                                 "--XyZ\r\nContent-Disposition: form-data; name=\"activityType\"\r\n\r\nSV_ADD\r\n"
                                 "--XyZ\r\nContent-Disposition: form-data; name=\"data\"; filename=\"c.csv\"\r\n"
                                 "Content-Type: text/csv\r\n\r\nEMAIL ADDRESS\r\na@b.example\r\n--XyZ--\r\n");
    QTest::newRow("LF, quoted boundary, lower-case headers")
        << QByteArray("multipart/form-data; BOUNDARY=\"XyZ\"")
        << QByteArray("preamble\n--XyZ\ncontent-disposition: form-data; name=activityType\n\nSV_ADD\n"
                      "--XyZ\nCONTENT-DISPOSITION: form-data; name=\"data\"; filename=\"c.csv\"\n\nEMAIL "
                      "ADDRESS\r\na@b.example\n--XyZ--");
}

void TestSandboxCsv::multipart()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QList<FormPart> parts;
    QString error;
    QVERIFY2(parseMultipart(contentType, body, &parts, &error), qPrintable(error));
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).name, u"activityType"_s);
    QCOMPARE(parts.at(0).data, QByteArray("SV_ADD"));
    QCOMPARE(parts.at(1).name, u"data"_s);
    QCOMPARE(parts.at(1).fileName, u"c.csv"_s);
    QCOMPARE(parts.at(1).data, QByteArray("EMAIL ADDRESS\r\na@b.example"));
}

void TestSandboxCsv::multipartErrors_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no boundary") << QByteArray("multipart/form-data") << QByteArray("--x\r\n");
    QTest::newRow("boundary absent") << QByteArray("multipart/form-data; boundary=abc") << QByteArray("hello");
    QTest::newRow("not terminated") << QByteArray("multipart/form-data; boundary=abc")
                                    << QByteArray("--abc\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue");
    QTest::newRow("no header end") << QByteArray("multipart/form-data; boundary=abc")
                                   << QByteArray("--abc\r\nContent-Disposition: form-data; name=\"a\"");
    QTest::newRow("part without name") << QByteArray("multipart/form-data; boundary=abc")
                                       << QByteArray("--abc\r\nContent-Type: text/plain\r\n\r\nx\r\n--abc--");
    QTest::newRow("headers run into the next part")
        << QByteArray("multipart/form-data; boundary=abc")
        << QByteArray("--abc\r\nContent-Disposition: form-data; name=\"a\"\r\n--abc\r\n"
                      "Content-Disposition: form-data; name=\"b\"\r\n\r\nx\r\n--abc--");
}

void TestSandboxCsv::multipartErrors()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QList<FormPart> parts;
    QString error;
    QVERIFY(!parseMultipart(contentType, body, &parts, &error));
    QVERIFY(!error.isEmpty());
}

void TestSandboxCsv::multipartIsLinear_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::addColumn<int>("partCount");
    QTest::newRow("CRLF, 1,000 parts") << QByteArray("\r\n") << 1000;
    QTest::newRow("CRLF, 40,000 parts") << QByteArray("\r\n") << 40000;
    QTest::newRow("LF, 40,000 parts") << QByteArray("\n") << 40000;
}

void TestSandboxCsv::multipartIsLinear()
{
    // The work is counted, not timed: every search adds the bytes it looked at. A parser that
    // searched each part's header end to the end of the body (the old one did, 196 s for a 4 MiB
    // upload) looks at about parts x size / 2 bytes; a linear one at about the body's size.
    QFETCH(QByteArray, lineEnd);
    QFETCH(int, partCount);
    QByteArray body;
    for (int i = 0; i < partCount; ++i)
        body += "--b" + lineEnd + "Content-Disposition: form-data; name=\"p" + QByteArray::number(i) + '"' + lineEnd +
                "Content-Type: text/plain" + lineEnd + lineEnd + "value " + QByteArray::number(i) + lineEnd;
    body += "--b--" + lineEnd;
    QList<FormPart> parts;
    QString error;
    qint64 scanned = -1;
    QVERIFY2(parseMultipart("multipart/form-data; boundary=b", body, &parts, &error, &scanned), qPrintable(error));
    QCOMPARE(parts.size(), partCount);
    QCOMPARE(parts.last().name, u"p%1"_s.arg(partCount - 1));
    QCOMPARE(parts.last().data, "value " + QByteArray::number(partCount - 1));
    QVERIFY2(scanned > 0 && scanned <= 2 * body.size(),
             qPrintable(u"%1 bytes looked at for a body of %2"_s.arg(scanned).arg(body.size())));
}

QTEST_GUILESS_MAIN(TestSandboxCsv)
#include "tst_sandbox_csv.moc"
