// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/csvreader.h"

#include <QTest>

using namespace ctct::importing;

namespace {
using Rows = QList<QStringList>;
Rows R(std::initializer_list<std::initializer_list<const char *>> rows)
{
    Rows out;
    for (const auto &row : rows) {
        QStringList values;
        for (const char *v : row)
            values.append(QString::fromUtf8(v));
        out.append(values);
    }
    return out;
}
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void encodings_data();
    void encodings();
    void lineNumbers();
    void errors_data();
    void errors();
    void noHeader();
    void field();
    void email_data();
    void email();
};

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");

    const QStringList h{QStringLiteral("Email"), QStringLiteral("Name")};
    QTest::newRow("comma") << QByteArray("Email,Name\na@x.com,Ann\nb@x.com,Bob\n") << "," << h
                           << R({{"a@x.com", "Ann"}, {"b@x.com", "Bob"}});
    QTest::newRow("semicolon") << QByteArray("Email;Name\na@x.com;Lee, Ann\n") << ";" << h
                               << R({{"a@x.com", "Lee, Ann"}});
    QTest::newRow("tab") << QByteArray("Email\tName\na@x.com\tAnn\n") << "\t" << h << R({{"a@x.com", "Ann"}});
    QTest::newRow("pipe") << QByteArray("Email|Name\na@x.com|Ann\n") << "|" << h << R({{"a@x.com", "Ann"}});
    QTest::newRow("crlf, no final newline") << QByteArray("Email,Name\r\na@x.com,Ann\r\nb@x.com,Bob") << "," << h
                                            << R({{"a@x.com", "Ann"}, {"b@x.com", "Bob"}});
    QTest::newRow("old mac cr") << QByteArray("Email,Name\ra@x.com,Ann\r") << "," << h << R({{"a@x.com", "Ann"}});
    QTest::newRow("quoted comma and quote")
        << QByteArray("Email,Name\na@x.com,\"Lee, \"\"Annie\"\"\"\n") << "," << h << R({{"a@x.com", "Lee, \"Annie\""}});
    QTest::newRow("newline in quotes") << QByteArray("Email,Name\na@x.com,\"two\r\nlines\"\n") << "," << h
                                       << R({{"a@x.com", "two\r\nlines"}});
    QTest::newRow("empty fields") << QByteArray("Email,Name\na@x.com,\n,Bob\n") << "," << h
                                  << R({{"a@x.com", ""}, {"", "Bob"}});
    QTest::newRow("blank lines skipped") << QByteArray("Email,Name\n\na@x.com,Ann\n\n\n") << "," << h
                                         << R({{"a@x.com", "Ann"}});
    QTest::newRow("ragged rows kept") << QByteArray("Email,Name\na@x.com\nb@x.com,Bob,extra\n") << "," << h
                                      << R({{"a@x.com"}, {"b@x.com", "Bob", "extra"}});
    QTest::newRow("header trimmed") << QByteArray(" Email , Name \na@x.com,Ann\n") << "," << h
                                    << R({{"a@x.com", "Ann"}});
    QTest::newRow("delimiter in quotes does not fool sniffing")
        << QByteArray("Email;Name\n\"a,b@x.com\";\"c,d\"\nx@y.com;Z\n") << ";" << h
        << R({{"a,b@x.com", "c,d"}, {"x@y.com", "Z"}});
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, delimiter);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    const CsvResult result = readCsv(csv);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(QString(result.table->delimiter), delimiter);
    QCOMPARE(result.table->header, header);
    QCOMPARE(result.table->rows, rows);
    QCOMPARE(result.table->rowLines.size(), rows.size());
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("encoding");
    const QString name = QString::fromUtf8("Jörg Müller – “Ü”");
    QTest::newRow("utf-8") << QByteArray("Email,Name\na@x.com,") + name.toUtf8() + "\n"
                           << "UTF-8";
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + "Email,Name\na@x.com," + name.toUtf8() + "\n"
                               << "UTF-8";
    QString text = QStringLiteral("Email,Name\na@x.com,") + name + u'\n';
    QByteArray le("\xFF\xFE");
    QByteArray be("\xFE\xFF");
    for (const QChar c : text) {
        le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    QTest::newRow("utf-16le") << le << "UTF-16LE";
    QTest::newRow("utf-16be") << be << "UTF-16BE";
    // Windows-1252: ö=F6, ü=FC, en dash=96, curly quotes=93/94, Ü=DC.
    QTest::newRow("windows-1252") << QByteArray("Email,Name\na@x.com,J\xF6rg M\xFCller \x96 \x93\xDC\x94\n")
                                  << "Windows-1252";
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, encoding);
    const CsvResult result = readCsv(csv);
    QVERIFY(result.ok());
    QCOMPARE(result.table->encoding, encoding);
    QCOMPARE(result.table->header.first(), QStringLiteral("Email")); // a BOM is not part of the header
    QCOMPARE(result.table->rows.first().at(1), QString::fromUtf8("Jörg Müller – “Ü”"));
}

void TestCsvReader::lineNumbers()
{
    const CsvResult result = readCsv("Email,Note\na@x.com,\"one\ntwo\nthree\"\n\nb@x.com,x\n");
    QVERIFY(result.ok());
    QCOMPARE(result.table->rowLines, (QList<qsizetype>{2, 6}));
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<qsizetype>("line");
    QTest::newRow("empty") << QByteArray() << qsizetype(1);
    QTest::newRow("only blank lines") << QByteArray("\n\r\n\n") << qsizetype(1);
    QTest::newRow("unclosed quote") << QByteArray("Email,Name\na@x.com,ok\nb@x.com,\"never closed\nc@x.com,x\n")
                                    << qsizetype(3);
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, csv);
    QFETCH(qsizetype, line);
    const CsvResult result = readCsv(csv);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.line, line);
    QVERIFY(!result.error.message.isEmpty());
}

void TestCsvReader::noHeader()
{
    CsvOptions options;
    options.hasHeader = false;
    const CsvResult result = readCsv("a@x.com,Ann\nb@x.com,Bob\n", options);
    QVERIFY(result.ok());
    QCOMPARE(result.table->header, (QStringList{QStringLiteral("Column 1"), QStringLiteral("Column 2")}));
    QCOMPARE(result.table->rows.size(), 2);
    QCOMPARE(result.table->rowLines.first(), 1);
}

void TestCsvReader::field()
{
    QCOMPARE(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    QCOMPARE(csvField(QStringLiteral("a;b"), u';'), QStringLiteral("\"a;b\""));
    // What is written reads back the same.
    const QString tricky = QStringLiteral("Lee, \"Ann\"\r\nline 2");
    const CsvResult back = readCsv(QByteArray("Email,Note\na@x.com," + csvField(tricky).toUtf8() + "\n"));
    QVERIFY(back.ok());
    QCOMPARE(back.table->rows.first().at(1), tricky);
}

void TestCsvReader::email_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "ann@example.com" << true;
    QTest::newRow("plus and dots") << "ann.lee+news@mail.example.co.uk" << true;
    QTest::newRow("ampersand") << "j&a.mueller@example.de" << true;
    QTest::newRow("no at") << "ann.example.com" << false;
    QTest::newRow("two ats") << "ann@x@example.com" << false;
    QTest::newRow("no domain dot") << "ann@localhost" << false;
    QTest::newRow("space") << "ann lee@example.com" << false;
    QTest::newRow("empty local") << "@example.com" << false;
    QTest::newRow("double dot") << "ann..lee@example.com" << false;
    QTest::newRow("trailing dot domain") << "ann@example.com." << false;
    QTest::newRow("one letter tld") << "ann@example.c" << false;
    QTest::newRow("too long") << QString(75, u'a') + u"@x.com" << false;
    QTest::newRow("angle brackets") << "<ann@example.com>" << false;
}

void TestCsvReader::email()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(isValidEmail(email), valid);
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
