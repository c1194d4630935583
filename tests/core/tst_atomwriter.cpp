// SPDX-License-Identifier: GPL-3.0-or-later
#include "atom/atomwriter.h"

#include "testdata.h"

#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace ctct;

namespace {

const QString kBase = QStringLiteral("http://api.constantcontact.com/ws/customers/joe/");

// A full resource URI of the fixtures' account (a function: QStringBuilder temporaries trip GCC 12 warnings).
QString base(QStringView tail)
{
    return kBase + tail.toString();
}

struct ElementInfo
{
    QString namespaceUri;
    QString qualifiedName;
    QString text;
    QXmlStreamAttributes attributes;
    bool found = false;
};

// The first element with this local name, read with a plain QXmlStreamReader.
ElementInfo findElement(const QByteArray &xml, QStringView name)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == name) {
            ElementInfo info;
            info.found = true;
            info.namespaceUri = r.namespaceUri().toString();
            info.qualifiedName = r.qualifiedName().toString();
            info.attributes = r.attributes();
            info.text = r.readElementText(QXmlStreamReader::IncludeChildElements);
            return info;
        }
    }
    return {};
}

Contact sampleContact()
{
    Contact c;
    c.emailAddress = QStringLiteral("ann.lee@example.com");
    c.emailType = QStringLiteral("HTML");
    c.firstName = QStringLiteral("Ann");
    c.lastName = QStringLiteral("Lee <&> \"O'Hara\"");
    c.companyName = QStringLiteral("Acme & Sons");
    c.note = QStringLiteral("line one\nline two");
    c.setCustomField(4, QStringLiteral("custom five"));
    c.optInSource = QString::fromUtf16(ActionByCustomer);
    c.contactLists = {{base(u"lists/1"), {}, {}}, {base(u"lists/4"), {}, {}}};
    // Read-only fields that a create must not send.
    c.status = QStringLiteral("Active");
    c.name = QStringLiteral("Ann Lee");
    c.insertTime = QDateTime::currentDateTimeUtc();
    return c;
}

} // namespace

class TestAtomWriter : public QObject
{
    Q_OBJECT

private slots:
    void contactCreate();
    void contactUpdateCarriesId();
    void contactRoundTrip();
    void listRoundTrip();
    void campaignRoundTrip();
    void eventStyle();
    void attendanceAndPaymentBodies_data();
    void attendanceAndPaymentBodies();
    void registrantRoundTrip();
    void campaignScheduleBody();
};

void TestAtomWriter::contactCreate()
{
    const QByteArray xml = atom::writeEntry(sampleContact());
    const ElementInfo entry = findElement(xml, u"entry");
    QVERIFY(entry.found);
    QCOMPARE(entry.namespaceUri, QStringLiteral("http://www.w3.org/2005/Atom"));
    QCOMPARE(findElement(xml, u"id").text, QStringLiteral("data:,none"));
    QVERIFY(findElement(xml, u"updated").found);
    QVERIFY(findElement(xml, u"author").found);
    const ElementInfo content = findElement(xml, u"content");
    QCOMPARE(content.attributes.value(QStringLiteral("type")), QStringLiteral("application/vnd.ctct+xml"));
    const ElementInfo payload = findElement(xml, u"Contact");
    QCOMPARE(payload.namespaceUri, QStringLiteral("http://ws.constantcontact.com/ns/1.0/"));
    QVERIFY(!payload.attributes.hasAttribute(QStringLiteral("id")));
    QCOMPARE(findElement(xml, u"EmailAddress").text, QStringLiteral("ann.lee@example.com"));
    QCOMPARE(findElement(xml, u"CustomField5").text, QStringLiteral("custom five"));
    QCOMPARE(findElement(xml, u"OptInSource").text, QStringLiteral("ACTION_BY_CUSTOMER"));
    // Computed fields are never sent.
    QVERIFY(!findElement(xml, u"Status").found);
    QVERIFY(!findElement(xml, u"Name").found);
    QVERIFY(!findElement(xml, u"InsertTime").found);
    // Lists go as ContactList/@id only.
    const ElementInfo list = findElement(xml, u"ContactList");
    QCOMPARE(list.attributes.value(QStringLiteral("id")), base(u"lists/1"));
    QVERIFY(!findElement(xml, u"OptInTime").found);
}

void TestAtomWriter::contactUpdateCarriesId()
{
    Contact c = sampleContact();
    c.id = base(u"contacts/42");
    const QByteArray xml = atom::writeEntry(c, atom::WriteMode::Update);
    QCOMPARE(findElement(xml, u"id").text, c.id);
    QCOMPARE(findElement(xml, u"Contact").attributes.value(QStringLiteral("id")), c.id);
}

void TestAtomWriter::contactRoundTrip()
{
    const Contact in = sampleContact();
    const atom::Parsed<Contact> out = atom::readEntry<Contact>(atom::writeEntry(in));
    QVERIFY2(out.ok(), qPrintable(out.error.toString()));
    const Contact &c = *out.value;
    QCOMPARE(c.emailAddress, in.emailAddress);
    QCOMPARE(c.firstName, in.firstName);
    QCOMPARE(c.lastName, in.lastName); // markup characters escaped and restored
    QCOMPARE(c.companyName, in.companyName);
    QCOMPARE(c.note, in.note);
    QCOMPARE(c.customFields, in.customFields);
    QCOMPARE(c.contactLists.size(), 2);
    QCOMPARE(c.contactLists[1].listId, base(u"lists/4"));
    QVERIFY(c.status.isEmpty());
}

void TestAtomWriter::listRoundTrip()
{
    ContactList l;
    l.id = base(u"lists/7");
    l.name = QStringLiteral("Volunteers & Friends");
    l.optInDefault = true;
    l.displayOnSignup = false;
    l.sortOrder = 5;
    l.contactCount = 99; // read-only: not sent
    const QByteArray xml = atom::writeEntry(l, atom::WriteMode::Update);
    QCOMPARE(findElement(xml, u"DisplayOnSignup").text, QStringLiteral("No"));
    QCOMPARE(findElement(xml, u"OptInDefault").text, QStringLiteral("true"));
    QVERIFY(!findElement(xml, u"ContactCount").found);
    const atom::Parsed<ContactList> back = atom::readEntry<ContactList>(xml);
    QVERIFY(back.ok());
    QCOMPARE(back.value->id, l.id);
    QCOMPARE(back.value->name, l.name);
    QCOMPARE(back.value->optInDefault, l.optInDefault);
    QCOMPARE(back.value->displayOnSignup, l.displayOnSignup);
    QCOMPARE(back.value->sortOrder, l.sortOrder);
    QVERIFY(!back.value->contactCount);
}

void TestAtomWriter::campaignRoundTrip()
{
    const atom::Parsed<Campaign> original =
        atom::readEntry<Campaign>(test::readData(QStringLiteral("campaigns/single-sent.xml")));
    QVERIFY(original.ok());
    Campaign c = *original.value;
    c.status = QStringLiteral("Draft");
    const QByteArray xml = atom::writeEntry(c);
    QVERIFY(!findElement(xml, u"Urls").found); // computed by the server
    QVERIFY(!findElement(xml, u"Sent").found); // computed by the server
    const atom::Parsed<Campaign> back = atom::readEntry<Campaign>(xml);
    QVERIFY2(back.ok(), qPrintable(back.error.toString()));
    QCOMPARE(back.value->name, c.name);
    QCOMPARE(back.value->subject, c.subject);
    QCOMPARE(back.value->emailContent, c.emailContent);
    QCOMPARE(back.value->emailTextContent, c.emailTextContent);
    QCOMPARE(back.value->permissionReminderText, c.permissionReminderText);
    QCOMPARE(back.value->contactLists, c.contactLists);
    QCOMPARE(back.value->fromEmail, c.fromEmail);
    QCOMPARE(back.value->replyToEmail, c.replyToEmail);
    QCOMPARE(back.value->organizationName, c.organizationName);
}

void TestAtomWriter::eventStyle()
{
    const atom::Parsed<Event> original = atom::readEntry<Event>(test::readData(QStringLiteral("events/single.xml")));
    QVERIFY(original.ok());
    const QByteArray xml = atom::writeEntry(*original.value, atom::WriteMode::Update);
    const ElementInfo entry = findElement(xml, u"entry");
    QCOMPARE(entry.qualifiedName, QStringLiteral("atom:entry"));
    QCOMPARE(entry.namespaceUri, QStringLiteral("http://www.w3.org/2005/Atom"));
    const ElementInfo content = findElement(xml, u"content");
    QCOMPARE(content.qualifiedName, QStringLiteral("atom:content"));
    QVERIFY(!content.attributes.hasAttribute(QStringLiteral("type")));
    const ElementInfo payload = findElement(xml, u"Event");
    QVERIFY(payload.namespaceUri.isEmpty()); // unqualified payload (contract §1.2)
    QCOMPARE(findElement(xml, u"id").text, original.value->id);

    const atom::Parsed<Event> back = atom::readEntry<Event>(xml);
    QVERIFY2(back.ok(), qPrintable(back.error.toString()));
    const Event &e = *back.value;
    QCOMPARE(e.name, original.value->name);
    QCOMPARE(e.startDate, original.value->startDate);
    QCOMPARE(e.startDate.offsetFromUtc(), original.value->startDate.offsetFromUtc());
    QCOMPARE(e.location, original.value->location);
    QCOMPARE(e.paymentOptions, original.value->paymentOptions);
    QCOMPARE(e.registrationTypes, original.value->registrationTypes);
    QVERIFY(!e.registered); // computed: not sent
}

void TestAtomWriter::attendanceAndPaymentBodies_data()
{
    QTest::addColumn<bool>("attendance");
    QTest::newRow("attendance") << true;
    QTest::newRow("payment") << false;
}

void TestAtomWriter::attendanceAndPaymentBodies()
{
    QFETCH(bool, attendance);
    QByteArray xml;
    if (attendance) {
        AttendanceStatus a;
        a.status = QString::fromUtf16(Attended);
        a.type = QStringLiteral("GROUP");
        xml = atom::writeEntry(a, atom::WriteMode::Update);
    } else {
        PaymentStatus p;
        p.status = QStringLiteral("REFUNDED");
        xml = atom::writeEntry(p, atom::WriteMode::Update);
    }
    QCOMPARE(findElement(xml, u"entry").qualifiedName, QStringLiteral("atom:entry"));
    QVERIFY(!findElement(xml, u"id").found); // the bare form of decisions 17/18
    const ElementInfo payload = findElement(xml, attendance ? u"AttendanceStatus" : u"PaymentStatus");
    QVERIFY(payload.found);
    QVERIFY(payload.namespaceUri.isEmpty());
    QCOMPARE(findElement(xml, u"Status").text, attendance ? QStringLiteral("ATTENDED") : QStringLiteral("REFUNDED"));
    if (attendance)
        QCOMPARE(findElement(xml, u"Type").text, QStringLiteral("GROUP"));
}

void TestAtomWriter::registrantRoundTrip()
{
    const atom::Parsed<Registrant> original =
        atom::readEntry<Registrant>(test::readData(QStringLiteral("events/registrant.xml")));
    QVERIFY(original.ok());
    const atom::Parsed<Registrant> back = atom::readEntry<Registrant>(atom::writeEntry(*original.value));
    QVERIFY2(back.ok(), qPrintable(back.error.toString()));
    QCOMPARE(back.value->personalInformation, original.value->personalInformation);
    QCOMPARE(back.value->businessInformation, original.value->businessInformation);
    QCOMPARE(back.value->customInformation1, original.value->customInformation1);
    QCOMPARE(back.value->customInformation2, original.value->customInformation2);
    QCOMPARE(back.value->costs, original.value->costs);
    QCOMPARE(back.value->attendanceStatus, original.value->attendanceStatus);
    QCOMPARE(back.value->paymentStatus, original.value->paymentStatus);
}

// §5.5: a Schedule payload in the ctct namespace that names the schedule it makes, the time in
// UTC, and read back the same.
void TestAtomWriter::campaignScheduleBody()
{
    CampaignSchedule schedule;
    schedule.id = base(u"campaigns/1100567123456/schedules/1");
    schedule.scheduledTime = QDateTime(QDate(2027, 3, 1), QTime(9, 0), QTimeZone(3600)).toUTC();
    const QByteArray xml = atom::writeEntry(schedule, atom::WriteMode::Update);
    const ElementInfo payload = findElement(xml, u"Schedule");
    QVERIFY(payload.found);
    QCOMPARE(payload.namespaceUri, QStringLiteral("http://ws.constantcontact.com/ns/1.0/"));
    QCOMPARE(payload.attributes.value(QStringLiteral("id")).toString(), schedule.id);
    QCOMPARE(findElement(xml, u"ScheduledTime").text, QStringLiteral("2027-03-01T08:00:00.000Z"));
    QCOMPARE(findElement(xml, u"id").text, schedule.id);
    const atom::Parsed<CampaignSchedule> back = atom::readEntry<CampaignSchedule>(xml);
    QVERIFY2(back.ok(), qPrintable(back.error.toString()));
    QCOMPARE(back.value->scheduledTime, schedule.scheduledTime);
}

QTEST_APPLESS_MAIN(TestAtomWriter)
#include "tst_atomwriter.moc"
