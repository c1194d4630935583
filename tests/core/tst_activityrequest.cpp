// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/activityrequest.h"

#include <QHash>
#include <QTest>
#include <QUrlQuery>

using namespace ctct::importing;

namespace {
const QString kList1 = QStringLiteral("http://api.constantcontact.com/ws/customers/joe/lists/1");
const QString kList2 = QStringLiteral("http://api.constantcontact.com/ws/customers/joe/lists/2");

CsvTable table(const QByteArray &csv)
{
    return *readCsv(csv).table;
}
} // namespace

class TestActivityRequest : public QObject
{
    Q_OBJECT

private slots:
    void columnAliases_data();
    void columnAliases();
    void planMapsAndValidates();
    void planNeedsEmail();
    void sourceLinesWithLineBreaks();
    void overrides();
    void batchesByRows();
    void batchesByBytes();
    void bodies();
    void multipart();
    void exportAndClear();
};

void TestActivityRequest::columnAliases_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("column");
    QTest::newRow("exact") << "EMAIL ADDRESS"
                           << "EMAIL ADDRESS";
    QTest::newRow("mixed case") << "Email Address"
                                << "EMAIL ADDRESS";
    QTest::newRow("e-mail") << "E-mail"
                            << "EMAIL ADDRESS";
    QTest::newRow("first") << "first_name"
                           << "FIRST NAME";
    QTest::newRow("surname") << "Surname"
                             << "LAST NAME";
    QTest::newRow("company") << "Company"
                             << "COMPANY NAME";
    QTest::newRow("zip") << "ZIP"
                         << "POSTAL CODE";
    QTest::newRow("custom") << "custom field 12"
                            << "CUSTOM FIELD 12";
    QTest::newRow("state/province") << "State/Province (US/Canada)"
                                    << "STATE/PROVINCE (US/CANADA)";
    QTest::newRow("unknown") << "Favourite colour"
                             << "";
}

void TestActivityRequest::columnAliases()
{
    QFETCH(QString, header);
    QFETCH(QString, column);
    QCOMPARE(apiColumnFor(header), column);
}

void TestActivityRequest::planMapsAndValidates()
{
    const CsvTable t = table("First Name,E-mail,Colour,Company\n"
                             "Ann,ann@example.com,red,Acme\n"
                             "Bob,not-an-address,blue,Acme\n"
                             "Cy,,green,Acme\n"
                             "Di,di@example.com,x," +
                             QByteArray(101, 'c') +
                             "\n"
                             "Ed,\"ed@example.com\",y,\"Ed, Inc.\"\n");
    const UploadPlan plan = planUpload(t, QStringLiteral("SV_ADD"), {kList1, kList2});
    QVERIFY(plan.error.isEmpty());
    QCOMPARE(plan.unmappedColumns, QStringList{QStringLiteral("Colour")});
    QCOMPARE(plan.batches.size(), 1);
    const ActivityUpload &b = plan.batches.first();
    QCOMPARE(b.columns, (QStringList{QStringLiteral("EMAIL ADDRESS"), QStringLiteral("FIRST NAME"),
                                     QStringLiteral("COMPANY NAME")}));
    QCOMPARE(b.rows.size(), 2);
    QCOMPARE(b.rows[0],
             (QStringList{QStringLiteral("ann@example.com"), QStringLiteral("Ann"), QStringLiteral("Acme")}));
    QCOMPARE(b.sourceLines, (QList<qsizetype>{2, 6}));
    QCOMPARE(plan.rejected.size(), 3);
    QCOMPARE(plan.rejected[0].line, 3);
    QVERIFY(plan.rejected[0].message.contains(u"not a valid e-mail"));
    QCOMPARE(plan.rejected[1].line, 4);
    QCOMPARE(plan.rejected[2].line, 5);
    QVERIFY(plan.rejected[2].message.contains(u"COMPANY NAME"));
    QCOMPARE(b.data(), QByteArray("EMAIL ADDRESS,FIRST NAME,COMPANY NAME\n"
                                  "ann@example.com,Ann,Acme\n"
                                  "ed@example.com,Ed,\"Ed, Inc.\"\n"));
    // The server's line numbers (header = line 1) map back to the user's file.
    QCOMPARE(b.sourceLineOf(2), 2);
    QCOMPARE(b.sourceLineOf(3), 6);
    QCOMPARE(b.sourceLineOf(1), 0);
    QCOMPARE(b.sourceLineOf(9), 0);
    QCOMPARE(plan.rowCount(), 2);
}

void TestActivityRequest::sourceLinesWithLineBreaks()
{
    // A quoted line break makes a row span two lines of the data, as the server counts them.
    ActivityUpload b;
    b.columns = {QStringLiteral("EMAIL ADDRESS"), QStringLiteral("ADDRESS LINE 1")};
    b.rows = {{QStringLiteral("a@example.com"), QStringLiteral("1 Harbor St\nApt 2")},
              {QStringLiteral("b@example.com"), QStringLiteral("2 Mill Lane")},
              {QStringLiteral("c@example.com"), QStringLiteral("x\ny\nz")},
              {QStringLiteral("d@example.com"), QString()}};
    b.sourceLines = {2, 5, 6, 9};
    QCOMPARE(b.data().count('\n'), 1 + 4 + 1 + 2);
    QCOMPARE(b.sourceLineOf(2), 2);
    QCOMPARE(b.sourceLineOf(3), 2); // the second line of the first row
    QCOMPARE(b.sourceLineOf(4), 5);
    QCOMPARE(b.sourceLineOf(5), 6);
    QCOMPARE(b.sourceLineOf(7), 6);
    QCOMPARE(b.sourceLineOf(8), 9);
    QCOMPARE(b.sourceLineOf(9), 0);
    QCOMPARE(b.sourceLineOf(1), 0);
}

void TestActivityRequest::planNeedsEmail()
{
    const UploadPlan plan = planUpload(table("Name,Company\nAnn,Acme\n"), QStringLiteral("SV_ADD"), {kList1});
    QVERIFY(!plan.error.isEmpty());
    QVERIFY(plan.batches.isEmpty());
}

void TestActivityRequest::overrides()
{
    QHash<QString, QString> overrides;
    overrides.insert(QStringLiteral("Colour"), QStringLiteral("CUSTOM FIELD 1"));
    overrides.insert(QStringLiteral("Company"), QString()); // leave out
    const UploadPlan plan = planUpload(table("Email,Colour,Company\nann@example.com,red,Acme\n"),
                                       QStringLiteral("ADD_CONTACTS"), {kList1}, overrides);
    QCOMPARE(plan.batches.first().columns,
             (QStringList{QStringLiteral("EMAIL ADDRESS"), QStringLiteral("CUSTOM FIELD 1")}));
    QCOMPARE(plan.unmappedColumns, QStringList{QStringLiteral("Company")});
}

void TestActivityRequest::batchesByRows()
{
    QByteArray csv = "Email\n";
    for (int i = 0; i < 25; ++i)
        csv += "user" + QByteArray::number(i) + "@example.com\n";
    UploadLimits limits;
    limits.maxRows = 10;
    const UploadPlan plan = planUpload(table(csv), QStringLiteral("SV_ADD"), {kList1}, {}, limits);
    QCOMPARE(plan.batches.size(), 3);
    QCOMPARE(plan.batches[0].rows.size(), 10);
    QCOMPARE(plan.batches[2].rows.size(), 5);
    QCOMPARE(plan.batches[1].sourceLines.first(), 12);
    QCOMPARE(plan.rowCount(), 25);
    for (const ActivityUpload &b : plan.batches)
        QCOMPARE(b.lists, QStringList{kList1});
}

void TestActivityRequest::batchesByBytes()
{
    QByteArray csv = "Email,Note\n";
    for (int i = 0; i < 100; ++i)
        csv += "user" + QByteArray::number(i) + "@example.com," + QByteArray(40, 'n') + "\n";
    UploadLimits limits;
    limits.maxBytes = 1000;
    const UploadPlan plan = planUpload(table(csv), QStringLiteral("SV_ADD"), {kList1}, {}, limits);
    QVERIFY(plan.batches.size() > 1);
    qsizetype rows = 0;
    for (const ActivityUpload &b : plan.batches) {
        QVERIFY(b.data().size() <= 1000);
        rows += b.rows.size();
    }
    QCOMPARE(rows, 100);
}

void TestActivityRequest::bodies()
{
    ActivityUpload u{QStringLiteral("SV_ADD"),
                     {QStringLiteral("EMAIL ADDRESS"), QStringLiteral("FIRST NAME")},
                     {{QStringLiteral("a+b@x.com"), QStringLiteral("Ann & Co")}},
                     {2},
                     {kList1, kList2}};
    const QUrlQuery form(QString::fromUtf8(formBody(u)));
    QCOMPARE(form.queryItemValue(QStringLiteral("activityType")), QStringLiteral("SV_ADD"));
    QCOMPARE(form.allQueryItemValues(QStringLiteral("lists"), QUrl::FullyDecoded), (QStringList{kList1, kList2}));
    QCOMPARE(form.queryItemValue(QStringLiteral("data"), QUrl::FullyDecoded),
             QStringLiteral("EMAIL ADDRESS,FIRST NAME\na+b@x.com,Ann & Co\n"));
    QVERIFY(!formBody(u).contains('+')); // '+' would read back as a space
}

void TestActivityRequest::multipart()
{
    ActivityUpload u{QStringLiteral("ADD_CONTACTS"),
                     {QStringLiteral("EMAIL ADDRESS")},
                     {{QStringLiteral("a@x.com")}},
                     {2},
                     {kList1}};
    QByteArray contentType;
    const QByteArray body = multipartBody(u, &contentType);
    QVERIFY(contentType.startsWith("multipart/form-data; boundary="));
    const QByteArray boundary = contentType.mid(contentType.indexOf('=') + 1);
    QCOMPARE(body.count(QByteArray("--" + boundary + "\r\n")), 3);
    QVERIFY(body.endsWith(QByteArray("--" + boundary + "--\r\n")));
    QVERIFY(body.contains("name=\"activityType\"\r\n\r\nADD_CONTACTS\r\n"));
    QVERIFY(body.contains(QByteArray("name=\"lists\"\r\n\r\n" + kList1.toUtf8() + "\r\n")));
    QVERIFY(body.contains("name=\"data\"; filename=\"contacts.csv\""));
    QVERIFY(body.contains("\r\n\r\nEMAIL ADDRESS\na@x.com\n\r\n"));
}

void TestActivityRequest::exportAndClear()
{
    ExportOptions o;
    o.listId = QStringLiteral("http://api.constantcontact.com/ws/customers/joe/lists/active");
    o.columns = {QStringLiteral("FIRST NAME"), QStringLiteral("LAST NAME")};
    o.sortBy = QStringLiteral("DATE_DESC");
    const QUrlQuery e(QString::fromUtf8(exportBody(o)));
    QCOMPARE(e.queryItemValue(QStringLiteral("activityType")), QStringLiteral("EXPORT_CONTACTS"));
    QCOMPARE(e.allQueryItemValues(QStringLiteral("columns"), QUrl::FullyDecoded),
             (QStringList{QStringLiteral("EMAIL ADDRESS"), QStringLiteral("FIRST NAME"), QStringLiteral("LAST NAME")}));
    QCOMPARE(e.queryItemValue(QStringLiteral("listId"), QUrl::FullyDecoded), o.listId);
    QCOMPARE(e.queryItemValue(QStringLiteral("fileType")), QStringLiteral("CSV"));
    QCOMPARE(e.queryItemValue(QStringLiteral("sortBy")), QStringLiteral("DATE_DESC"));
    QCOMPARE(e.queryItemValue(QStringLiteral("exportOptDate")), QStringLiteral("true"));
    QCOMPARE(e.queryItemValue(QStringLiteral("exportListName")), QStringLiteral("false"));

    const QUrlQuery c(QString::fromUtf8(clearListsBody({kList1, kList2})));
    QCOMPARE(c.queryItemValue(QStringLiteral("activityType")), QStringLiteral("CLEAR_CONTACTS_FROM_LISTS"));
    QCOMPARE(c.allQueryItemValues(QStringLiteral("lists"), QUrl::FullyDecoded), (QStringList{kList1, kList2}));
}

QTEST_APPLESS_MAIN(TestActivityRequest)
#include "tst_activityrequest.moc"
