// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/csvreader.h"
#include "testdata.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ctct::importing;
using namespace Qt::StringLiterals;

namespace {
using Rows = QList<QStringList>;

// What the reader makes of a file, in the shape of the corpus' .json files (and of
// `ctct import inspect`); an error becomes {"line", "message"}.
QJsonObject readAll(const QByteArray &bytes, qsizetype chunk)
{
    CsvReaderOptions options;
    if (chunk > 0)
        options.chunkBytes = chunk;
    CsvReader reader(options);
    QJsonArray rows;
    QJsonArray lines;
    bool ok = reader.openBytes(bytes);
    while (ok && reader.next()) {
        rows.append(QJsonArray::fromStringList(reader.row().texts()));
        lines.append(reader.row().line());
    }
    if (reader.hasError())
        return QJsonObject{{u"line"_s, reader.error().line}, {u"message"_s, reader.error().message}};
    return QJsonObject{{u"encoding"_s, encodingName(reader.encoding())},
                       {u"delimiter"_s, QString(QChar::fromLatin1(reader.delimiter()))},
                       {u"header"_s, QJsonArray::fromStringList(reader.header())},
                       {u"rows"_s, rows},
                       {u"lines"_s, lines}};
}

QStringList corpus(const QString &folder)
{
    QStringList names = QDir(ctct::test::dataPath(folder)).entryList({QStringLiteral("*.csv")}, QDir::Files);
    names.sort();
    return names;
}
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
    void emailBytes_data() { email_data(); }
    void emailBytes();
    void corpusFiles_data();
    void corpusFiles();
    void badFiles_data();
    void badFiles();
    void unreadable();
    void progressAndCancel();
    void rowLimit();
    void sepLineWithoutHeader();
    void explicitDelimiter();
    void encodingDecidedByTheWholeFile();
    void bomThenSepLine_data();
    void bomThenSepLine();
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

void TestCsvReader::emailBytes()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(isValidEmail(QByteArrayView(email.toUtf8())), valid);
}

// Every file is read in chunks of several sizes: a chunk may end anywhere (inside a quote, a
// CRLF, a UTF-8 or UTF-16 character, the "sep=" line) and the result must not change.
static const qsizetype kChunks[] = {0, 1, 2, 3, 7, 61};

// One row per file of a corpus folder and chunk size.
static void addCorpusRows(const QString &folder, qsizetype atLeast)
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qsizetype>("chunk");
    const QStringList files = corpus(folder);
    QVERIFY(files.size() >= atLeast);
    for (const QString &f : files) {
        for (const qsizetype chunk : kChunks)
            QTest::addRow("%s, chunk %lld", qPrintable(f), qlonglong(chunk)) << f << chunk;
    }
}

void TestCsvReader::corpusFiles_data()
{
    addCorpusRows(QStringLiteral("csv"), 15);
}

void TestCsvReader::corpusFiles()
{
    QFETCH(QString, file);
    QFETCH(qsizetype, chunk);
    const QByteArray bytes = ctct::test::readData(u"csv/"_s + file);
    QString expectedName = file;
    expectedName.replace(QStringLiteral(".csv"), QStringLiteral(".json"));
    const QJsonObject expected = QJsonDocument::fromJson(ctct::test::readData(u"csv/"_s + expectedName)).object();
    QVERIFY(!expected.isEmpty());
    const QJsonObject actual = readAll(bytes, chunk);
    if (actual != expected) {
        qWarning().noquote() << "got" << QJsonDocument(actual).toJson(QJsonDocument::Compact).left(600);
        qWarning().noquote() << "expected" << QJsonDocument(expected).toJson(QJsonDocument::Compact).left(600);
    }
    QCOMPARE(actual, expected);
}

void TestCsvReader::badFiles_data()
{
    addCorpusRows(QStringLiteral("csv/bad"), 8);
}

void TestCsvReader::badFiles()
{
    QFETCH(QString, file);
    QFETCH(qsizetype, chunk);
    QString expectedName = file;
    expectedName.replace(QStringLiteral(".csv"), QStringLiteral(".json"));
    const QJsonObject expected = QJsonDocument::fromJson(ctct::test::readData(u"csv/bad/"_s + expectedName)).object();
    const QJsonObject actual = readAll(ctct::test::readData(u"csv/bad/"_s + file), chunk);
    QVERIFY2(actual.contains(u"line"_s), "the reader accepted a bad file");
    QCOMPARE(actual.value(u"line"_s).toInteger(), expected.value(u"line"_s).toInteger());
    const QString message = actual.value(u"message"_s).toString();
    QVERIFY2(message.contains(expected.value(u"message"_s).toString(), Qt::CaseInsensitive), qPrintable(message));
}

void TestCsvReader::unreadable()
{
    QTemporaryDir dir;
    CsvReader missing;
    QVERIFY(!missing.openFile(dir.filePath(QStringLiteral("missing.csv"))));
    QVERIFY(missing.hasError());
    QVERIFY2(missing.error().message.contains(u"cannot read"), qPrintable(missing.error().message));
    QVERIFY(!missing.next());

    CsvReader folder;
    QVERIFY(!folder.openFile(dir.path()));
    QVERIFY(folder.hasError());
}

void TestCsvReader::progressAndCancel()
{
    QByteArray csv = "Email,Name\n";
    for (int i = 0; i < 1000; ++i)
        csv += "user" + QByteArray::number(i) + "@example.com,Name " + QByteArray::number(i) + "\n";
    QList<qint64> seen;
    CsvReaderOptions options;
    options.chunkBytes = 1000;
    options.progress = [&seen, &csv](qint64 done, qint64 total) {
        QCOMPARE(total, qint64(csv.size()));
        seen.append(done);
    };
    {
        CsvReader reader(options);
        QVERIFY(reader.openBytes(csv));
        qsizetype rows = 0;
        while (reader.next())
            ++rows;
        QCOMPARE(rows, 1000);
        QVERIFY(!reader.hasError());
        QVERIFY(!reader.cancelled());
        QVERIFY(seen.size() >= csv.size() / 1000);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.last(), qint64(csv.size()));
    }
    // Cancelling stops at the next chunk: fewer rows, no error, cancelled() says why.
    int polls = 0;
    options.progress = {};
    options.cancelled = [&polls] { return ++polls > 5; };
    CsvReader reader(options);
    QVERIFY(reader.openBytes(csv));
    qsizetype rows = 0;
    while (reader.next())
        ++rows;
    QVERIFY(reader.cancelled());
    QVERIFY(!reader.hasError());
    QVERIFY(rows > 0 && rows < 1000);
    QVERIFY(!reader.next());
}

void TestCsvReader::rowLimit()
{
    CsvReaderOptions options;
    options.maxRowBytes = 100;
    options.chunkBytes = 16;
    // An unterminated quote is reported as such even though the rest of the file is too long
    // to keep: the reader scans on without holding it.
    QByteArray open = "Email,Note\na@x.com,ok\nb@x.com,\"opens here\n";
    for (int i = 0; i < 100; ++i)
        open += "c" + QByteArray::number(i) + "@x.com,x\n";
    {
        CsvReader reader(options);
        QVERIFY(reader.openBytes(open));
        QVERIFY(reader.next());
        QCOMPARE(reader.row().line(), 2);
        QVERIFY(!reader.next());
        QCOMPARE(reader.error().line, 3);
        QVERIFY(reader.error().message.contains(u"never closed"));
    }
    // A closed but overlong row is an error naming its line, not a silent cut.
    CsvReader reader(options);
    QVERIFY(reader.openBytes("Email,Note\na@x.com,ok\nb@x.com,\"" + QByteArray(300, 'n') + "\"\nc@x.com,x\n"));
    QVERIFY(reader.next());
    QVERIFY(!reader.next());
    QCOMPARE(reader.error().line, 3);
    QVERIFY(reader.error().message.contains(u"longer than"));
}

void TestCsvReader::sepLineWithoutHeader()
{
    CsvReaderOptions options;
    options.hasHeader = false;
    CsvReader reader(options);
    QVERIFY(reader.openBytes("SEP=;\r\na@x.com;Ann\r\nb@x.com;Bob\r\n"));
    QVERIFY(reader.hadSepLine());
    QCOMPARE(reader.delimiter(), ';');
    QVERIFY(reader.header().isEmpty());
    QCOMPARE(reader.headerLine(), 0);
    QVERIFY(reader.next());
    QCOMPARE(reader.row().line(), 2);
    QCOMPARE(reader.row().texts(), (QStringList{QStringLiteral("a@x.com"), QStringLiteral("Ann")}));
    QVERIFY(reader.next());
    QCOMPARE(reader.row().line(), 3);
    QVERIFY(!reader.next());
    QVERIFY(!reader.hasError());
}

void TestCsvReader::explicitDelimiter()
{
    CsvReaderOptions options;
    options.delimiter = ';';
    CsvReader reader(options);
    QVERIFY(reader.openBytes("Email,Name;Note\na@x.com,Ann;x\n"));
    QCOMPARE(reader.header(), (QStringList{QStringLiteral("Email,Name"), QStringLiteral("Note")}));
    options.delimiter = '"';
    CsvReader quote(options);
    QVERIFY(!quote.openBytes("a\n"));
    QVERIFY(quote.hasError());
}

void TestCsvReader::encodingDecidedByTheWholeFile()
{
    // Megabytes of ASCII, then one Windows-1252 byte on the last line: the whole file is
    // Windows-1252, not UTF-8 with a broken character at the end.
    QByteArray csv = "Email,Name\n";
    while (csv.size() < 3 * 1024 * 1024)
        csv += "someone" + QByteArray::number(csv.size()) + "@example.com,Plain Name\n";
    csv += "last@example.com,Ren\xe9\n";
    CsvReader reader;
    QVERIFY(reader.openBytes(csv));
    QCOMPARE(reader.encoding(), CsvEncoding::Windows1252);
    QString last;
    while (reader.next())
        last = reader.row().text(1);
    QVERIFY(!reader.hasError());
    QCOMPARE(last, QString::fromUtf8("René"));
    // The same with a valid UTF-8 character there stays UTF-8.
    csv.chop(3);
    csv += "\xc3\xa9\n";
    CsvReader utf8;
    QVERIFY(utf8.openBytes(csv));
    QCOMPARE(utf8.encoding(), CsvEncoding::Utf8);
}

void TestCsvReader::bomThenSepLine_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("encoding");
    const QString text = QStringLiteral("sep=;\r\nEmail;Name\r\na@x.com;Ann, Lee\r\n");
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << "UTF-8";
    QByteArray le("\xFF\xFE");
    for (const QChar c : text)
        le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
    QTest::newRow("utf-16le bom") << le << "UTF-16LE";
}

void TestCsvReader::bomThenSepLine()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, encoding);
    for (const qsizetype chunk : kChunks) {
        const QJsonObject got = readAll(csv, chunk);
        QCOMPARE(got.value(u"encoding"_s).toString(), encoding);
        QCOMPARE(got.value(u"delimiter"_s).toString(), QStringLiteral(";"));
        QCOMPARE(got.value(u"header"_s).toArray(), QJsonArray({u"Email"_s, u"Name"_s}));
        QCOMPARE(got.value(u"lines"_s).toArray(), QJsonArray({3}));
    }
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
