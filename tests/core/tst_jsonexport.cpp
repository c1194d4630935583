// SPDX-License-Identifier: GPL-3.0-or-later
#include "atom/jsonexport.h"

#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ctct;

namespace {
QJsonObject decode(const QString &file)
{
    const atom::Parsed<atom::Document> doc = atom::readDocument(test::readData(file));
    if (!doc.ok())
        return {};
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(atom::documentToJson(*doc.value), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("invalid JSON: %s", qPrintable(error.errorString()));
    return json.object();
}

// The rows of a CSV text and their cells ("" inside quotes is a quote; quoted cells may hold
// line breaks).
QList<QStringList> csvRows(const QString &text)
{
    QList<QStringList> rows{{QString()}};
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted && c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
            rows.last().last() += u'"', ++i;
        else if (c == u'"')
            quoted = !quoted;
        else if (c == u',' && !quoted)
            rows.last().append(QString());
        else if (c == u'\n' && !quoted)
            rows.append({QString()});
        else
            rows.last().last() += c;
    }
    return rows;
}

// The cell of the first data row under column, or a null string when there is no such column.
QString firstRowCell(const QByteArray &csv, const QString &column)
{
    const QList<QStringList> rows = csvRows(QString::fromUtf8(csv));
    const qsizetype index = rows.value(0).indexOf(column);
    return index < 0 ? QString() : rows.value(1).value(index);
}

template<typename T>
QByteArray csvOf(const QByteArray &xml)
{
    const atom::Parsed<Page<T>> page = atom::readPage<T>(xml);
    return page.ok() ? atom::entriesToCsv(page.value->entries) : QByteArray();
}

const QByteArray kRepeatedUnknown = "<entry xmlns=\"http://www.w3.org/2005/Atom\"><content>"
                                    "<Contact xmlns=\"http://ws.constantcontact.com/ns/1.0/\"><EmailAddress>a@b.example"
                                    "</EmailAddress><Tag>red</Tag><Size>9</Size><Tag>blue</Tag><Tag>green</Tag>"
                                    "</Contact></content></entry>";
} // namespace

class TestJsonExport : public QObject
{
    Q_OBJECT

private slots:
    void writerEscapes();
    void writerKeepsOrder();
    void contactFeed();
    void contactDetail();
    void unknownElements();
    void campaign();
    void registrant();
    void service();
    void csv();
    void csvFlattened_data();
    void csvFlattened();
    void repeatedUnknownElements();
    void setFieldByName_data();
    void setFieldByName();
};

void TestJsonExport::writerEscapes()
{
    JsonWriter j(false);
    j.beginObject();
    j.field(u"s", QStringLiteral("q\" b\\ n\n t\t c\x01 é"));
    j.field(u"n", qint64(-42));
    j.field(u"b", false);
    j.key(u"z");
    j.null();
    j.key(u"a");
    j.beginArray();
    j.endArray();
    j.endObject();
    QCOMPARE(
        j.data(),
        QByteArray("{\"s\":\"q\\\" b\\\\ n\\n t\\t c\\u0001 \xc3\xa9\",\"n\":-42,\"b\":false,\"z\":null,\"a\":[]}"));
    const QJsonObject back = QJsonDocument::fromJson(j.data()).object();
    QCOMPARE(back.value(u"s").toString(), QStringLiteral("q\" b\\ n\n t\t c\x01 é"));
}

void TestJsonExport::writerKeepsOrder()
{
    JsonWriter j(false);
    j.beginObject();
    j.field(u"zeta", qint64(1));
    j.field(u"alpha", qint64(2));
    j.endObject();
    QCOMPARE(j.data(), QByteArray("{\"zeta\":1,\"alpha\":2}"));
}

void TestJsonExport::contactFeed()
{
    const QJsonObject o = decode(QStringLiteral("contacts/feed-page1.xml"));
    QCOMPARE(o.value(u"kind").toString(), QStringLiteral("Contact"));
    const QJsonArray entries = o.value(u"entries").toArray();
    QCOMPARE(entries.size(), 4);
    const QJsonObject first = entries.first().toObject();
    QCOMPARE(first.value(u"id").toString(),
             QStringLiteral("http://api.constantcontact.com/ws/customers/joe/contacts/2191"));
    QCOMPARE(first.value(u"editLink").toString(), QStringLiteral("/ws/customers/joe/contacts/2191"));
    QCOMPARE(first.value(u"Status").toString(), QStringLiteral("Active"));
    QCOMPARE(first.value(u"OptInTime").toString(), QStringLiteral("2010-04-21T18:35:34.175Z"));
    const QJsonObject links = o.value(u"links").toObject();
    QCOMPARE(links.value(u"next").toString(), QStringLiteral("/ws/customers/joe/contacts?next=g24umerp-fymhqg"));
    QCOMPARE(links.value(u"first").toString(), QStringLiteral("/ws/customers/joe/contacts"));
    QVERIFY(links.contains(u"current"));
    QVERIFY(decode(QStringLiteral("contacts/feed-last.xml")).value(u"links").toObject().value(u"next").isNull());
}

void TestJsonExport::contactDetail()
{
    const QJsonObject c = decode(QStringLiteral("contacts/single.xml")).value(u"entries").toArray().first().toObject();
    QCOMPARE(c.value(u"FirstName").toString(), QStringLiteral("jon"));
    QCOMPARE(c.value(u"CustomField15").toString(), QStringLiteral("referral:harbor-club"));
    QVERIFY(!c.contains(u"CustomField3")); // empty elements are left out
    QCOMPARE(c.value(u"Confirmed"), QJsonValue(true));
    const QJsonArray lists = c.value(u"ContactLists").toArray();
    QCOMPARE(lists.size(), 2);
    QCOMPARE(lists[0].toObject().value(u"id").toString(),
             QStringLiteral("http://api.constantcontact.com/ws/customers/joe/lists/1"));
    QCOMPARE(lists[0].toObject().value(u"OptInSource").toString(), QStringLiteral("ACTION_BY_CUSTOMER"));
    QCOMPARE(lists[0].toObject().value(u"OptInTime").toString(), QStringLiteral("2010-04-21T18:35:34.175Z"));
}

void TestJsonExport::unknownElements()
{
    const QJsonObject c =
        decode(QStringLiteral("contacts/single-unknown.xml")).value(u"entries").toArray().first().toObject();
    QCOMPARE(c.value(u"Status").toString(), QStringLiteral("Pending Review"));
    QCOMPARE(c.value(u"FavouriteColour").toString(), QStringLiteral("teal"));
}

void TestJsonExport::campaign()
{
    const QJsonObject c =
        decode(QStringLiteral("campaigns/single-sent.xml")).value(u"entries").toArray().first().toObject();
    QCOMPARE(c.value(u"Sent"), QJsonValue(1240));
    QCOMPARE(c.value(u"FromEmail").toObject().value(u"EmailAddress").toString(),
             QStringLiteral("joe@bluewaterkayak.example"));
    QCOMPARE(c.value(u"Urls").toArray().size(), 3);
    QCOMPARE(c.value(u"Urls").toArray()[0].toObject().value(u"Clicks"), QJsonValue(40));
    const QJsonObject bounce =
        decode(QStringLiteral("campaigns/events-bounces.xml")).value(u"entries").toArray().first().toObject();
    QCOMPARE(bounce.value(u"Code").toString(), QStringLiteral("B"));
    QVERIFY(bounce.value(u"Contact").toObject().value(u"EmailAddress").toString().contains(u'@'));
    QVERIFY(bounce.value(u"Campaign").toObject().value(u"id").toString().endsWith(u"1100546096289"));
}

void TestJsonExport::registrant()
{
    const QJsonObject r =
        decode(QStringLiteral("events/registrant.xml")).value(u"entries").toArray().first().toObject();
    QCOMPARE(r.value(u"AttendanceStatus").toObject().value(u"Status").toString(), QStringLiteral("ATTENDED"));
    QCOMPARE(r.value(u"GuestCount"), QJsonValue(2));
    QCOMPARE(r.value(u"PersonalInformation").toObject().value(u"Zip").toString(), QStringLiteral("01930"));
    QCOMPARE(r.value(u"CustomInformation1").toArray()[0].toObject().value(u"Answers").toArray().size(), 2);
    QCOMPARE(r.value(u"Costs").toArray()[1].toObject().value(u"Total").toString(), QStringLiteral("24.00"));
    const QJsonObject e = decode(QStringLiteral("events/feed.xml")).value(u"entries").toArray().first().toObject();
    QVERIFY(e.value(u"id").toString().startsWith(u"tag:"));
    QCOMPARE(e.value(u"Registered"), QJsonValue(12));
    QVERIFY(e.value(u"StartDate").toString().endsWith(u"-04:00"));
}

void TestJsonExport::service()
{
    const QJsonObject s = decode(QStringLiteral("service/root.xml"));
    QCOMPARE(s.value(u"kind").toString(), QStringLiteral("service"));
    const QJsonArray collections = s.value(u"collections").toArray();
    QCOMPARE(collections.size(), 6);
    QCOMPARE(collections[0].toObject().value(u"href").toString(),
             QStringLiteral("http://api.constantcontact.com/ws/customers/joe/contacts"));
}

void TestJsonExport::csv()
{
    const atom::Parsed<Page<Contact>> contacts =
        atom::readPage<Contact>(test::readData(QStringLiteral("contacts/feed-page1.xml")));
    QVERIFY(contacts.ok());
    const QByteArray csv = atom::entriesToCsv(contacts.value->entries);
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.first(),
             QByteArray("id,Status,EmailAddress,EmailType,Name,OptInSource,OptInTime,OptOutTime,OptOutSource"));
    QCOMPARE(lines[2], QByteArray("http://api.constantcontact.com/ws/customers/joe/contacts/2188,Unconfirmed,"
                                  "j&a.mueller@example.de,Text,\"M\xc3\xbcller, J\xc3\xb6rg\",ACTION_BY_CONTACT,"
                                  "2010-04-19T09:12:47.412Z,,"));
    QCOMPARE(lines.size(), 6); // header, four rows, the empty rest after the last newline
    const atom::Parsed<Page<ContactList>> lists =
        atom::readPage<ContactList>(test::readData(QStringLiteral("lists/feed.xml")));
    const QByteArray listCsv = atom::entriesToCsv(lists.value->entries);
    QVERIFY(listCsv.contains(
        ",http://api.constantcontact.com/ws/customers/joe/lists/1/members,42\n")); // a reference: its id
}

void TestJsonExport::csvFlattened_data()
{
    // Nested values get columns of their own; lists are ';'-joined; no JSON in any cell.
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("cell");
    const QByteArray registrants = csvOf<Registrant>(test::readData(QStringLiteral("events/registrants.xml")));
    QTest::newRow("registrant attendance")
        << registrants << QStringLiteral("AttendanceStatus.Status") << QStringLiteral("ATTENDED");
    QTest::newRow("registrant attendance type")
        << registrants << QStringLiteral("AttendanceStatus.Type") << QStringLiteral("GROUP");
    QTest::newRow("registrant payment, no quotes")
        << registrants << QStringLiteral("PaymentStatus") << QStringLiteral("COMPLETED");
    const QByteArray registrant = csvOf<Registrant>(test::readData(QStringLiteral("events/registrant.xml")));
    QTest::newRow("list of objects: one column per child")
        << registrant << QStringLiteral("Costs.Total") << QStringLiteral("15.00;24.00");
    const QByteArray contact = csvOf<Contact>(test::readData(QStringLiteral("contacts/single-unknown.xml")));
    QTest::newRow("memberships: the lists' ids")
        << contact << QStringLiteral("ContactLists")
        << QStringLiteral("http://api.constantcontact.com/ws/customers/joe/lists/1;"
                          "http://api.constantcontact.com/ws/customers/joe/lists/4");
    QTest::newRow("memberships: their opt-in sources") << contact << QStringLiteral("ContactLists.OptInSource")
                                                       << QStringLiteral("ACTION_BY_CUSTOMER;ACTION_BY_CONTACT");
    const QByteArray campaign = csvOf<Campaign>(test::readData(QStringLiteral("campaigns/single-sent.xml")));
    QTest::newRow("nested object") << campaign << QStringLiteral("FromEmail.EmailAddress")
                                   << QStringLiteral("joe@bluewaterkayak.example");
    QTest::newRow("repeated unknown element")
        << csvOf<Contact>(kRepeatedUnknown) << QStringLiteral("Tag") << QStringLiteral("red;blue;green");
}

void TestJsonExport::csvFlattened()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, column);
    QFETCH(QString, cell);
    QVERIFY(!csv.isEmpty());
    QCOMPARE(firstRowCell(csv, column), cell);
    QVERIFY2(!csv.contains("{\"") && !csv.contains("[\"") && !csv.contains("\"\"\""), csv.constData());
}

void TestJsonExport::repeatedUnknownElements()
{
    // A JSON object must not repeat a key: repeated unknown elements are one array, in order,
    // where the first of them stood.
    const atom::Parsed<atom::Document> doc = atom::readDocument(kRepeatedUnknown);
    QVERIFY(doc.ok());
    const QByteArray json = atom::documentToJson(*doc.value);
    QCOMPARE(json.count("\"Tag\""), 1);
    const QJsonObject c = QJsonDocument::fromJson(json).object().value(u"entries").toArray().first().toObject();
    QCOMPARE(c.value(u"Tag").toArray(),
             QJsonArray({QStringLiteral("red"), QStringLiteral("blue"), QStringLiteral("green")}));
    QCOMPARE(c.value(u"Size").toString(), QStringLiteral("9"));
    QVERIFY(json.indexOf("\"Tag\"") < json.indexOf("\"Size\""));
}

void TestJsonExport::setFieldByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("text") << "FirstName"
                          << "Ann" << true;
    QTest::newRow("custom field") << "CustomField12"
                                  << "twelve" << true;
    QTest::newRow("read-only") << "Status"
                               << "Active" << false;
    QTest::newRow("structured") << "ContactLists"
                                << "x" << false;
    QTest::newRow("unknown") << "Shoe"
                             << "42" << false;
    QTest::newRow("wrong case") << "firstname"
                                << "Ann" << false;
}

void TestJsonExport::setFieldByName()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    Contact c;
    QString error;
    QCOMPARE(atom::setField(c, name, value, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (name == u"FirstName")
        QCOMPARE(c.firstName, value);
    if (name == u"CustomField12")
        QCOMPARE(c.customField(11), value);
    // Typed fields check their values.
    ContactList l;
    QVERIFY(atom::setField(l, u"SortOrder", QStringLiteral("7"), &error));
    QCOMPARE(l.sortOrder, std::optional<qint64>(7));
    QVERIFY(!atom::setField(l, u"SortOrder", QStringLiteral("seven"), &error));
    QVERIFY(atom::setField(l, u"DisplayOnSignup", QStringLiteral("no"), &error));
    QCOMPARE(l.displayOnSignup, std::optional<bool>(false));
    QVERIFY(!atom::setField(l, u"OptInDefault", QStringLiteral("maybe"), &error));
}

QTEST_APPLESS_MAIN(TestJsonExport)
#include "tst_jsonexport.moc"
