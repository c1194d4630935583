// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/importplan.h"

#include <QFile>
#include <QUrl>
#include <QTemporaryDir>
#include <QTest>

using namespace ctct::importing;

namespace {
const QString kList = QStringLiteral("http://api.constantcontact.com/ws/customers/joe/lists/1");

QString writeFile(const QTemporaryDir &dir, const QByteArray &bytes, const QString &name = QStringLiteral("in.csv"))
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QList<ActivityUpload> allBatches(const QString &path, const ImportPlan &plan, QString *error = nullptr)
{
    UploadSource source(path, plan, QStringLiteral("SV_ADD"), {kList});
    QList<ActivityUpload> out;
    while (std::optional<ActivityUpload> u = source.next())
        out.append(*u);
    if (error)
        *error = source.error();
    return out;
}
} // namespace

class TestImportPlan : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data();
    void verdicts();
    void counts();
    void batchesFromTheFile();
    void batchesWithinLimits_data();
    void batchesWithinLimits();
    void multiLineValues();
    void fileChanged();
    void unreadableAndCancelled();
    void wrongMapping();
};

void TestImportPlan::verdicts_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("reason");
    const QByteArray long51(51, 'x');
    QTest::newRow("valid") << QByteArray("ann@example.com,Ann,Acme") << int(RowVerdict::Valid) << QString();
    QTest::newRow("valid, trimmed") << QByteArray("  ann@example.com\t,Ann,Acme") << int(RowVerdict::Valid)
                                    << QString();
    QTest::newRow("no e-mail") << QByteArray(",Ann,Acme") << int(RowVerdict::NoEmail) << "no e-mail address";
    QTest::newRow("only spaces") << QByteArray("   ,Ann,Acme") << int(RowVerdict::NoEmail) << "no e-mail address";
    QTest::newRow("not an address") << QByteArray("ann at example,Ann,Acme") << int(RowVerdict::InvalidEmail)
                                    << "\"ann at example\" is not a valid e-mail address";
    QTest::newRow("first name too long") << QByteArray("ann@example.com," + long51 + ",Acme")
                                         << int(RowVerdict::TooLong) << "FIRST NAME is longer than 50 characters";
    QTest::newRow("50 accented letters fit")
        << QByteArray("ann@example.com," + QString(50, QChar(0xE9)).toUtf8() + ",Acme") << int(RowVerdict::Valid)
        << QString();
    QTest::newRow("company 101") << QByteArray("ann@example.com,Ann," + QByteArray(101, 'c'))
                                 << int(RowVerdict::TooLong) << "COMPANY NAME is longer than 100 characters";
    QTest::newRow("address too long") << QByteArray(QByteArray(75, 'a') + "@x.com,Ann,Acme") << int(RowVerdict::TooLong)
                                      << "EMAIL ADDRESS is longer than 80 characters";
    QTest::newRow("too few") << QByteArray("ann@example.com,Ann") << int(RowVerdict::TooFewFields)
                             << "too few fields: 2 where the header has 3";
    QTest::newRow("too many") << QByteArray("ann@example.com,Ann,Acme,x") << int(RowVerdict::TooManyFields)
                              << "too many fields: 4 where the header has 3";
    QTest::newRow("duplicate, other case")
        << QByteArray("FIRST@Example.com,Ann,Acme") << int(RowVerdict::Duplicate) << "duplicate of line 2 (sent once)";
}

void TestImportPlan::verdicts()
{
    QFETCH(QByteArray, row);
    QFETCH(int, verdict);
    QFETCH(QString, reason);
    const CsvResult csv = readCsv("Email,First Name,Company\nfirst@example.com,F,Acme\n" + row + "\n");
    QVERIFY(csv.ok());
    ImportPlanner planner(ColumnMapping::automatic(csv.table->header));
    for (qsizetype r = 0; r < csv.table->rows.size(); ++r)
        planner.add(CsvRow::fromTexts(csv.table->rowLines[r], csv.table->rows[r]));
    const ImportPlan plan = planner.finish();
    QVERIFY(plan.ok());
    QCOMPARE(plan.rows, 2);
    QCOMPARE(plan.count(RowVerdict(verdict)), verdict == int(RowVerdict::Valid) ? 2 : 1);
    if (verdict == int(RowVerdict::Valid)) {
        QVERIFY(plan.rejected.isEmpty());
        return;
    }
    QCOMPARE(plan.rejected.size(), 1);
    QCOMPARE(int(plan.rejected.first().verdict), verdict);
    QCOMPARE(plan.rejected.first().line, 3);
    QCOMPARE(plan.rejected.first().rowIndex, 1);
    QCOMPARE(plan.rejected.first().message, reason);
    if (verdict == int(RowVerdict::Duplicate))
        QCOMPARE(plan.rejected.first().duplicateOf, 2);
}

void TestImportPlan::counts()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "E-mail Address,First Name,E-mail 2 Address\r\n"
                                        "a@example.com,Ann,a2@example.com\r\n"
                                        ",Nobody,\r\n"
                                        "b@example.com,\"Bob\r\nsecond line\",\r\n"
                                        "A@EXAMPLE.COM,Ann again,\r\n"
                                        "bad,Bad,\r\n"
                                        "c@example.com,Cy\r\n");
    const ImportPlan plan = planFileAutomatic(path);
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QCOMPARE(plan.encoding, CsvEncoding::Utf8);
    QCOMPARE(plan.rows, 6);
    QCOMPARE(plan.valid(), 2);
    QCOMPARE(plan.count(RowVerdict::NoEmail), 1);
    QCOMPARE(plan.count(RowVerdict::Duplicate), 1);
    QCOMPARE(plan.count(RowVerdict::InvalidEmail), 1);
    QCOMPARE(plan.count(RowVerdict::TooFewFields), 1);
    qsizetype total = 0;
    for (const qsizetype n : plan.counts)
        total += n;
    QCOMPARE(total, plan.rows); // every row has exactly one verdict
    QList<qsizetype> lines;
    for (const RowProblem &p : plan.rejected)
        lines.append(p.line);
    QCOMPARE(lines, (QList<qsizetype>{3, 6, 7, 8}));
    QCOMPARE(plan.rejected[1].duplicateOf, 2);
    QCOMPARE(plan.columns, (QStringList{QStringLiteral("EMAIL ADDRESS"), QStringLiteral("FIRST NAME")}));
    QVERIFY(plan.mapping.leftOut().first().contains(u"second e-mail"));
}

void TestImportPlan::batchesFromTheFile()
{
    QTemporaryDir dir;
    QByteArray csv = "Email,First Name\n";
    for (int i = 0; i < 50; ++i)
        csv += (i % 10 == 3 ? QByteArray("broken") : "u" + QByteArray::number(i) + "@example.com") + ",N" +
               QByteArray::number(i) + "\n";
    const QString path = writeFile(dir, csv);
    UploadLimits limits;
    limits.maxRows = 20;
    const ImportPlan plan = planFileAutomatic(path, {}, limits);
    QVERIFY(plan.ok());
    QCOMPARE(plan.valid(), 45);
    QCOMPARE(plan.batches.size(), 3);
    QString error;
    const QList<ActivityUpload> uploads = allBatches(path, plan, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(uploads.size(), 3);
    QCOMPARE(uploads[0].rows.size(), 20);
    QCOMPARE(uploads[2].rows.size(), 5);
    QCOMPARE(uploads[0].rows[3], (QStringList{QStringLiteral("u4@example.com"), QStringLiteral("N4")}));
    QCOMPARE(uploads[0].sourceLines[3], 6); // line 5 (u3) was broken
    QCOMPARE(uploads[1].columns, (QStringList{QStringLiteral("EMAIL ADDRESS"), QStringLiteral("FIRST NAME")}));
    for (int b = 0; b < 3; ++b) {
        QCOMPARE(uploads[b].rows.size(), plan.batches[b].rows);
        QCOMPARE(uploads[b].data().size(), plan.batches[b].bytes);
        QCOMPARE(uploads[b].lists, QStringList{kList});
    }
}

void TestImportPlan::batchesWithinLimits_data()
{
    QTest::addColumn<bool>("form");
    QTest::newRow("multipart (raw data)") << false;
    QTest::newRow("form-encoded") << true;
}

void TestImportPlan::batchesWithinLimits()
{
    QFETCH(bool, form);
    QTemporaryDir dir;
    QByteArray csv = "Email,Company,Note\n";
    for (int i = 0; i < 300; ++i)
        csv += "user" + QByteArray::number(i) + "@example.com,\"Lee, \"\"Ann\"\" & Co\",caf\xc3\xa9\n";
    const QString path = writeFile(dir, csv);
    UploadLimits limits;
    limits.maxBytes = 2000;
    limits.formEncoded = form;
    const ImportPlan plan = planFileAutomatic(path, {}, limits);
    QVERIFY(plan.batches.size() > 3);
    const QList<ActivityUpload> uploads = allBatches(path, plan);
    QCOMPARE(uploads.size(), plan.batches.size());
    qsizetype rows = 0;
    for (qsizetype b = 0; b < uploads.size(); ++b) {
        const qsizetype size =
            form ? QUrl::toPercentEncoding(QString::fromUtf8(uploads[b].data())).size() : uploads[b].data().size();
        QCOMPARE(size, plan.batches[b].bytes); // the plan's count is exact
        QVERIFY(size <= 2000);
        rows += uploads[b].rows.size();
    }
    QCOMPARE(rows, 300);
}

void TestImportPlan::multiLineValues()
{
    // CRLF and CR inside quotes are sent as LF, so a server's line number maps back through rows
    // that span several lines.
    QTemporaryDir dir;
    const QString path = writeFile(dir, "Email,Address\r\n"
                                        "a@example.com,\"1 Harbor St\r\nApt 2\"\r\n"
                                        "b@example.com,\"x\ry\rz\"\r\n"
                                        "c@example.com,3 Beach Rd\r\n");
    const ImportPlan plan = planFileAutomatic(path);
    const QList<ActivityUpload> uploads = allBatches(path, plan);
    QCOMPARE(uploads.size(), 1);
    const ActivityUpload &u = uploads.first();
    QCOMPARE(u.rows[0][1], QStringLiteral("1 Harbor St\nApt 2"));
    QCOMPARE(u.rows[1][1], QStringLiteral("x\ny\nz"));
    QCOMPARE(u.sourceLines, (QList<qsizetype>{2, 4, 7}));
    const LineMap map = u.lineMap();
    QCOMPARE(map.sourceLineOf(2), 2);
    QCOMPARE(map.sourceLineOf(3), 2);
    QCOMPARE(map.sourceLineOf(4), 4);
    QCOMPARE(map.sourceLineOf(6), 4);
    QCOMPARE(map.sourceLineOf(7), 7);
    QCOMPARE(map.sourceLineOf(8), 0);
    QCOMPARE(u.data().count('\n'), 7);
}

void TestImportPlan::fileChanged()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "Email\na@example.com\nb@example.com\n");
    const ImportPlan plan = planFileAutomatic(path);
    QCOMPARE(plan.valid(), 2);
    writeFile(dir, "Email\na@example.com\nnot an address\n");
    QString error;
    QVERIFY(allBatches(path, plan, &error).isEmpty());
    QVERIFY2(error.contains(u"changed"), qPrintable(error));
    writeFile(dir, "Email\na@example.com\n");
    QVERIFY(allBatches(path, plan, &error).isEmpty());
    QVERIFY2(error.contains(u"changed"), qPrintable(error));
}

void TestImportPlan::unreadableAndCancelled()
{
    QTemporaryDir dir;
    ImportPlan plan = planFileAutomatic(dir.filePath(QStringLiteral("missing.csv")));
    QVERIFY(!plan.ok());
    QVERIFY(plan.error.contains(u"cannot read"));

    plan = planFileAutomatic(writeFile(dir, "Email,Note\na@example.com,\"open\nb@example.com,x\n"));
    QVERIFY(!plan.ok());
    QCOMPARE(plan.readError.line, 2);

    QByteArray big = "Email\n";
    for (int i = 0; i < 200000; ++i)
        big += "user" + QByteArray::number(i) + "@example.com\n";
    ImportControl control;
    qint64 lastDone = 0;
    control.cancelled = [&lastDone] { return lastDone > 1000000; };
    control.progress = [&lastDone](qint64 done, qint64) { lastDone = done; };
    plan = planFileAutomatic(writeFile(dir, big, QStringLiteral("big.csv")), {}, {}, control);
    QVERIFY(plan.cancelled);
    QVERIFY(!plan.ok());
    QVERIFY(lastDone > 0 && lastDone < big.size());
}

void TestImportPlan::wrongMapping()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "Name,Company\nAnn,Acme\n");
    ImportPlan plan = planFileAutomatic(path);
    QVERIFY(!plan.ok());
    QVERIFY(plan.error.contains(u"e-mail"));
    plan = planFile(path, ColumnMapping::automatic({QStringLiteral("Email")}));
    QVERIFY(plan.error.contains(u"other headers"));
}

QTEST_APPLESS_MAIN(TestImportPlan)
#include "tst_importplan.moc"
