// SPDX-License-Identifier: GPL-3.0-or-later
#include "atom/atomreader.h"

#include "testdata.h"

#include <QTest>

using namespace ctct;
using ctct::test::readData;

namespace {

qsizetype countOf(const atom::Document &doc)
{
    return std::visit(
        [](const auto &c) -> qsizetype {
            if constexpr (std::is_same_v<std::decay_t<decltype(c)>, ServiceDocument>)
                return c.workspaces.isEmpty() ? 0 : c.workspaces.first().collections.size();
            else
                return c.entries.size();
        },
        doc.content);
}

QString nextOf(const atom::Document &doc)
{
    return std::visit(
        [](const auto &c) -> QString {
            if constexpr (std::is_same_v<std::decay_t<decltype(c)>, ServiceDocument>)
                return {};
            else
                return c.next;
        },
        doc.content);
}

template<typename T>
Page<T> mustRead(const QString &file)
{
    const atom::Parsed<Page<T>> parsed = atom::readPage<T>(readData(file));
    if (!parsed.ok())
        qWarning("%s: %s", qPrintable(file), qPrintable(parsed.error.toString()));
    return parsed.value.value_or(Page<T>{});
}

const QString kBase = QStringLiteral("http://api.constantcontact.com/ws/customers/joe/");

// A full resource URI of the fixtures' account (a function: QStringBuilder temporaries trip GCC 12 warnings).
QString base(QStringView tail)
{
    return kBase + tail.toString();
}

} // namespace

class TestAtomReader : public QObject
{
    Q_OBJECT

private slots:
    void everyFixture_data();
    void everyFixture();
    void contactSummaries();
    void contactDetail();
    void contactSearch();
    void idFallbacks();
    void unknownElementsKept();
    void prefixedNamespaces();
    void lists();
    void members();
    void campaignDetail();
    void campaignAnomaly();
    void campaignEvents_data();
    void campaignEvents();
    void emailAddresses();
    void activities();
    void events();
    void eventDetail();
    void registrants();
    void registrantDetail();
    void guests();
    void attendanceAndPayment();
    void serviceDocuments();
    void wrongPayloadType();
    void bareAmpersandRepaired();
    void bareAmpersandDoesNotHideOtherErrors();
    void singleEntryAsPage();
};

void TestAtomReader::everyFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("next");

    const QString none;
    QTest::newRow("contacts page 1") << "contacts/feed-page1.xml"
                                     << "Contact" << 4 << "/ws/customers/joe/contacts?next=g24umerp-fymhqg";
    QTest::newRow("contacts last") << "contacts/feed-last.xml"
                                   << "Contact" << 2 << none;
    QTest::newRow("next absolute") << "contacts/feed-next-absolute.xml"
                                   << "Contact" << 1
                                   << "http://api.constantcontact.com/ws/customers/joe/contacts?next=abc123";
    QTest::newRow("next relative") << "contacts/feed-next-relative.xml"
                                   << "Contact" << 1 << "contacts?next=2";
    QTest::newRow("contacts empty") << "contacts/empty.xml"
                                    << "Contact" << 0 << none;
    QTest::newRow("contact single") << "contacts/single.xml"
                                    << "Contact" << 1 << none;
    QTest::newRow("contact unknown") << "contacts/single-unknown.xml"
                                     << "Contact" << 1 << none;
    QTest::newRow("contact search") << "contacts/search-by-email.xml"
                                    << "Contact" << 1 << none;
    QTest::newRow("bare ampersand") << "contacts/search-bare-ampersand.xml"
                                    << "Contact" << 1 << none;
    QTest::newRow("contacts prefixed") << "contacts/prefixed.xml"
                                       << "Contact" << 2 << none;
    QTest::newRow("id fallbacks") << "contacts/id-fallbacks.xml"
                                  << "Contact" << 3 << none;
    QTest::newRow("contact events") << "contacts/events-opens.xml"
                                    << "OpenEvent" << 2 << none;
    QTest::newRow("lists") << "lists/feed.xml"
                           << "ContactList" << 6 << "lists?next=6";
    QTest::newRow("list single") << "lists/single.xml"
                                 << "ContactList" << 1 << none;
    QTest::newRow("members") << "lists/members.xml"
                             << "ContactListMember" << 3 << "/ws/customers/joe/lists/2/members?next=m2x7kq9d-3fpb";
    QTest::newRow("campaigns") << "campaigns/feed.xml"
                               << "Campaign" << 4 << "/ws/customers/joe/campaigns?next=2";
    QTest::newRow("campaign sent") << "campaigns/single-sent.xml"
                                   << "Campaign" << 1 << none;
    QTest::newRow("campaign anomaly") << "campaigns/anomaly.xml"
                                      << "Campaign" << 1 << none;
    QTest::newRow("sends") << "campaigns/events-sends.xml"
                           << "SentEvent" << 3 << none;
    QTest::newRow("opens") << "campaigns/events-opens.xml"
                           << "OpenEvent" << 3
                           << "/ws/customers/joe/campaigns/1100546096289/events/opens?next=k2v9wq4m&pageSize=3";
    QTest::newRow("clicks") << "campaigns/events-clicks.xml"
                            << "ClickEvent" << 3 << none;
    QTest::newRow("bounces") << "campaigns/events-bounces.xml"
                             << "BounceEvent" << 3 << none;
    QTest::newRow("forwards") << "campaigns/events-forwards.xml"
                              << "ForwardEvent" << 3 << none;
    QTest::newRow("optouts") << "campaigns/events-optouts.xml"
                             << "OptoutEvent" << 3 << none;
    QTest::newRow("email addresses") << "settings/emailaddresses.xml"
                                     << "Email" << 2 << none;
    QTest::newRow("activities") << "activities/feed.xml"
                                << "Activity" << 3 << none;
    QTest::newRow("activity errors") << "activities/single-errors.xml"
                                     << "Activity" << 1 << none;
    QTest::newRow("events") << "events/feed.xml"
                            << "Event" << 2 << "/ws/customers/joe/events?pageNumber=1";
    QTest::newRow("events unprefixed") << "events/unprefixed.xml"
                                       << "Event" << 2 << "/ws/customers/joe/events?pageNumber=1";
    QTest::newRow("event single") << "events/single.xml"
                                  << "Event" << 1 << none;
    QTest::newRow("registrants") << "events/registrants.xml"
                                 << "Registrant" << 3
                                 << "/ws/customers/joe/events/a07e1hoasmu0e644426/registrants?pageNumber=1";
    QTest::newRow("registrant") << "events/registrant.xml"
                                << "Registrant" << 1 << none;
    QTest::newRow("guests") << "events/guests.xml"
                            << "Guest" << 2 << none;
    QTest::newRow("guest") << "events/guest.xml"
                           << "Guest" << 1 << none;
    QTest::newRow("attendance") << "events/attendance.xml"
                                << "AttendanceStatus" << 1 << none;
    QTest::newRow("payment") << "events/payment.xml"
                             << "PaymentStatus" << 1 << none;
    QTest::newRow("service root") << "service/root.xml"
                                  << "service" << 6 << none;
    QTest::newRow("service contact events") << "service/contact-events.xml"
                                            << "service" << 7 << none;
    QTest::newRow("service campaign events") << "service/campaign-events.xml"
                                             << "service" << 6 << none;
}

void TestAtomReader::everyFixture()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(int, count);
    QFETCH(QString, next);

    const atom::Parsed<atom::Document> doc = atom::readDocument(readData(file));
    QVERIFY2(doc.ok(), qPrintable(doc.error.toString()));
    QCOMPARE(doc.value->kind, kind);
    QCOMPARE(countOf(*doc.value), qsizetype(count));
    QCOMPARE(nextOf(*doc.value), next);
}

void TestAtomReader::contactSummaries()
{
    const Page<Contact> page = mustRead<Contact>(QStringLiteral("contacts/feed-page1.xml"));
    QCOMPARE(page.entries.size(), 4);
    QVERIFY(page.isFeed);
    QCOMPARE(page.first, QStringLiteral("/ws/customers/joe/contacts"));
    QCOMPARE(page.current, QStringLiteral("/ws/customers/joe/contacts"));
    QCOMPARE(page.self, QStringLiteral("contacts"));
    QCOMPARE(page.feedId, base(u"contacts"));

    const Contact &a = page.entries[0];
    QCOMPARE(a.id, base(u"contacts/2191"));
    QCOMPARE(a.shortId(), QStringLiteral("2191"));
    QCOMPARE(a.editLink, QStringLiteral("/ws/customers/joe/contacts/2191"));
    QCOMPARE(a.statusValue(), ContactStatus::Active);
    QCOMPARE(a.emailAddress, QStringLiteral("priya.raman@northwind-tea.example"));
    QCOMPARE(a.name, QStringLiteral("Raman, Priya"));
    QCOMPARE(a.optInSource, QStringLiteral("ACTION_BY_CUSTOMER"));
    QCOMPARE(a.optInTime, QDateTime(QDate(2010, 4, 21), QTime(18, 35, 34, 175), Qt::UTC));

    const Contact &b = page.entries[1];
    QCOMPARE(b.statusValue(), ContactStatus::Unconfirmed);
    QCOMPARE(b.emailAddress, QStringLiteral("j&a.mueller@example.de"));
    QCOMPARE(b.name, QString::fromUtf8("Müller, Jörg"));
    QCOMPARE(b.emailType, QStringLiteral("Text"));

    QCOMPARE(page.entries[2].statusValue(), ContactStatus::Removed);
    const Contact &d = page.entries[3];
    QCOMPARE(d.statusValue(), ContactStatus::DoNotMail);
    QVERIFY(d.optOutTime.isValid());
    QCOMPARE(d.optOutSource, QStringLiteral("ACTION_BY_CONTACT"));
    QVERIFY(!d.optInTime.isValid());
}

void TestAtomReader::contactDetail()
{
    const Page<Contact> page = mustRead<Contact>(QStringLiteral("contacts/single.xml"));
    QCOMPARE(page.entries.size(), 1);
    QVERIFY(!page.isFeed);
    const Contact &c = page.entries.first();
    QCOMPARE(c.id, base(u"contacts/2"));
    QCOMPARE(c.status, QStringLiteral("Active"));
    QCOMPARE(c.emailAddress, QStringLiteral("jon@example.com"));
    QCOMPARE(c.name, QStringLiteral("jon smith"));
    QCOMPARE(c.firstName, QStringLiteral("jon"));
    QCOMPARE(c.middleName, QStringLiteral("alistair"));
    QCOMPARE(c.lastName, QStringLiteral("smith"));
    QCOMPARE(c.jobTitle, QStringLiteral("Operations Manager"));
    QCOMPARE(c.companyName, QStringLiteral("Bluewater Kayak Outfitters"));
    QCOMPARE(c.homePhone, QStringLiteral("617-555-0142"));
    QCOMPARE(c.workPhone, QStringLiteral("617-555-0199 x204"));
    QCOMPARE(c.addr1, QStringLiteral("48 Harbor Street"));
    QCOMPARE(c.addr2, QStringLiteral("Suite 3B"));
    QCOMPARE(c.addr3, QStringLiteral("c/o Front Desk"));
    QCOMPARE(c.city, QStringLiteral("Gloucester"));
    QCOMPARE(c.stateCode, QStringLiteral("MA"));
    QCOMPARE(c.stateName, QStringLiteral("Massachusetts"));
    QCOMPARE(c.countryCode, QStringLiteral("us"));
    QCOMPARE(c.countryName, QStringLiteral("United States"));
    QCOMPARE(c.postalCode, QStringLiteral("01930"));
    QCOMPARE(c.subPostalCode, QStringLiteral("2207"));
    QCOMPARE(c.note, QStringLiteral("Met at the Boston boat show; prefers morning calls."));
    QCOMPARE(c.customField(0), QStringLiteral("Gold member"));
    QCOMPARE(c.customField(1), QStringLiteral("2009-06-15"));
    QVERIFY(c.customField(2).isEmpty());
    QCOMPARE(c.customField(14), QStringLiteral("referral:harbor-club"));
    QVERIFY(c.hasContactLists);
    QCOMPARE(c.contactLists.size(), 2);
    QCOMPARE(c.contactLists[0].listId, base(u"lists/1"));
    QCOMPARE(c.contactLists[0].optInSource, QStringLiteral("ACTION_BY_CUSTOMER"));
    QCOMPARE(c.contactLists[0].optInTime, QDateTime(QDate(2010, 4, 21), QTime(18, 35, 34, 175), Qt::UTC));
    QCOMPARE(c.contactLists[1].listId, base(u"lists/4"));
    QCOMPARE(c.contactLists[1].optInSource, QStringLiteral("ACTION_BY_CONTACT"));
    QCOMPARE(c.confirmed, std::optional<bool>(true));
    QCOMPARE(c.insertTime, QDateTime(QDate(2009, 6, 15), QTime(13, 20, 45, 37), Qt::UTC));
    QVERIFY(c.lastUpdateTime.isValid());
    QVERIFY(c.extra.isEmpty());
}

void TestAtomReader::contactSearch()
{
    const Page<Contact> page = mustRead<Contact>(QStringLiteral("contacts/search-by-email.xml"));
    QCOMPARE(page.entries.size(), 1);
    QCOMPARE(page.current, QStringLiteral("/ws/customers/joe/contacts?email=jon%40example.com"));
    QCOMPARE(page.entries[0].confirmed, std::optional<bool>(true));
    QCOMPARE(page.entries[0].insertTime, QDateTime(QDate(2009, 6, 15), QTime(13, 20, 45, 37), Qt::UTC));
}

void TestAtomReader::idFallbacks()
{
    const Page<Contact> page = mustRead<Contact>(QStringLiteral("contacts/id-fallbacks.xml"));
    QCOMPARE(page.entries.size(), 3);
    QCOMPARE(page.entries[0].id, base(u"contacts/2310")); // payload @id beats a collection <id>
    QVERIFY(page.entries[0].editLink.isEmpty());
    QCOMPARE(page.entries[1].id, base(u"contacts/2302")); // only <id>
    QCOMPARE(page.entries[2].id, base(u"contacts/2297"));
}

void TestAtomReader::unknownElementsKept()
{
    const Page<Contact> page = mustRead<Contact>(QStringLiteral("contacts/single-unknown.xml"));
    QCOMPARE(page.entries.size(), 1);
    const Contact &c = page.entries.first();
    QCOMPARE(c.status, QStringLiteral("Pending Review")); // unknown enum value kept verbatim
    QCOMPARE(c.statusValue(), ContactStatus::Unknown);
    QCOMPARE(c.extra.size(), 1);
    QCOMPARE(c.extra.first().name, QStringLiteral("FavouriteColour"));
    QCOMPARE(c.extra.first().text, QStringLiteral("teal"));
    QCOMPARE(c.customField(0), QStringLiteral("Gold member")); // reading resumes after the unknown element
    QCOMPARE(c.contactLists.size(), 2);
}

void TestAtomReader::prefixedNamespaces()
{
    const Page<Contact> prefixed = mustRead<Contact>(QStringLiteral("contacts/prefixed.xml"));
    const Page<Contact> plain = mustRead<Contact>(QStringLiteral("contacts/feed-last.xml"));
    QCOMPARE(prefixed.entries.size(), 2);
    QCOMPARE(prefixed.entries.size(), plain.entries.size());
    for (qsizetype i = 0; i < plain.entries.size(); ++i) {
        QCOMPARE(prefixed.entries[i].id, plain.entries[i].id);
        QCOMPARE(prefixed.entries[i].emailAddress, plain.entries[i].emailAddress);
        QCOMPARE(prefixed.entries[i].name, plain.entries[i].name);
        QCOMPARE(prefixed.entries[i].optInTime, plain.entries[i].optInTime);
    }
    QCOMPARE(prefixed.current, plain.current);
}

void TestAtomReader::lists()
{
    const Page<ContactList> page = mustRead<ContactList>(QStringLiteral("lists/feed.xml"));
    QCOMPARE(page.entries.size(), 6);
    QCOMPARE(page.entries[0].id, base(u"lists/active"));
    QVERIFY(page.entries[0].isSystemList());
    QCOMPARE(page.entries[1].shortId(), QStringLiteral("do-not-mail"));
    QVERIFY(page.entries[2].isSystemList());
    QVERIFY(!page.entries[2].contactCount.has_value());
    const ContactList &general = page.entries[3];
    QVERIFY(!general.isSystemList());
    QCOMPARE(general.name, QStringLiteral("General Interest"));
    QCOMPARE(general.shortName, QStringLiteral("General Interest"));
    QCOMPARE(general.displayOnSignup, std::optional<bool>(true));
    QCOMPARE(general.sortOrder, std::optional<qint64>(1));
    QCOMPARE(general.contactCount, std::optional<qint64>(42));
    QCOMPARE(general.membersId, base(u"lists/1/members"));
    QCOMPARE(page.entries[4].name, QStringLiteral("Paddling Club & Events"));
    QCOMPARE(page.entries[4].optInDefault, std::optional<bool>(true));
    QCOMPARE(page.entries[5].displayOnSignup, std::optional<bool>(false));
    QCOMPARE(page.entries[5].contactCount, std::optional<qint64>(0));
}

void TestAtomReader::members()
{
    const Page<ContactListMember> page = mustRead<ContactListMember>(QStringLiteral("lists/members.xml"));
    QCOMPARE(page.entries.size(), 3);
    const ContactListMember &m = page.entries[2];
    QCOMPARE(m.id, base(u"contacts/51")); // the contact, not the member edit link (contract §4.3)
    QCOMPARE(m.editLink, QStringLiteral("/ws/customers/joe/lists/2/members/51"));
    QCOMPARE(m.name, QStringLiteral("Donnelly, Mike"));
    QVERIFY(!m.emailAddress.isEmpty());
}

void TestAtomReader::campaignDetail()
{
    const Page<Campaign> page = mustRead<Campaign>(QStringLiteral("campaigns/single-sent.xml"));
    QCOMPARE(page.entries.size(), 1);
    const Campaign &c = page.entries.first();
    QCOMPARE(c.id, base(u"campaigns/1100546096289"));
    QCOMPARE(c.statusValue(), CampaignStatus::Sent);
    QCOMPARE(c.sent, std::optional<qint64>(1240));
    QCOMPARE(c.opens, std::optional<qint64>(512));
    QCOMPARE(c.clicks, std::optional<qint64>(87));
    QCOMPARE(c.bounces, std::optional<qint64>(14));
    QCOMPARE(c.forwards, std::optional<qint64>(6));
    QCOMPARE(c.optOuts, std::optional<qint64>(3));
    QCOMPARE(c.spamReports, std::optional<qint64>(1));
    QCOMPARE(c.campaignType, QStringLiteral("CUSTOM"));
    QVERIFY(!c.nextRunDate.isValid());
    QVERIFY(c.permissionReminderText.contains(u"<ConfirmOptin>"));
    QVERIFY(c.emailContent.startsWith(u"<"));
    QVERIFY(c.emailTextContent.startsWith(u"<Text>"));
    QCOMPARE(c.contactLists, QStringList({base(u"lists/1"), base(u"lists/4")}));
    QCOMPARE(c.fromEmail.id, base(u"settings/emailaddresses/1"));
    QCOMPARE(c.fromEmail.emailAddress, QStringLiteral("joe@bluewaterkayak.example"));
    QCOMPARE(c.replyToEmail.emailAddress, QStringLiteral("joe@bluewaterkayak.example"));
    QCOMPARE(c.urls.size(), 3);
    qint64 clicks = 0;
    for (const CampaignUrl &u : c.urls) {
        QVERIFY(!u.id.isEmpty());
        QVERIFY(u.value.startsWith(u"http"));
        clicks += u.clicks.value_or(0);
    }
    QCOMPARE(clicks, 87);
    QVERIFY(c.urls[1].value.contains(u'&'));
}

void TestAtomReader::campaignAnomaly()
{
    const Page<Campaign> page = mustRead<Campaign>(QStringLiteral("campaigns/anomaly.xml"));
    QCOMPARE(page.entries.size(), 1);
    QCOMPARE(page.entries[0].id, base(u"campaigns/1100546096289"));
}

void TestAtomReader::campaignEvents_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::newRow("sends") << "campaigns/events-sends.xml" << int(CampaignEventKind::Send);
    QTest::newRow("opens") << "campaigns/events-opens.xml" << int(CampaignEventKind::Open);
    QTest::newRow("clicks") << "campaigns/events-clicks.xml" << int(CampaignEventKind::Click);
    QTest::newRow("bounces") << "campaigns/events-bounces.xml" << int(CampaignEventKind::Bounce);
    QTest::newRow("forwards") << "campaigns/events-forwards.xml" << int(CampaignEventKind::Forward);
    QTest::newRow("optouts") << "campaigns/events-optouts.xml" << int(CampaignEventKind::OptOut);
}

void TestAtomReader::campaignEvents()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    const Page<CampaignEvent> page = mustRead<CampaignEvent>(file);
    QCOMPARE(page.entries.size(), 3);
    QStringList ids;
    for (const CampaignEvent &e : page.entries) {
        QCOMPARE(int(e.kind), kind);
        QVERIFY(e.id.startsWith(base(u"campaigns/1100546096289/events/") + campaignEventCollection(e.kind) + u'/'));
        QVERIFY(e.contactId.startsWith(base(u"contacts/")));
        QVERIFY(e.contactEmail.contains(u'@'));
        QCOMPARE(e.campaignId, base(u"campaigns/1100546096289"));
        QVERIFY(e.eventTime.isValid());
        ids.append(e.id);
    }
    ids.removeDuplicates();
    QCOMPARE(ids.size(), 3); // each event has its own id
    const CampaignEvent &first = page.entries.first();
    switch (CampaignEventKind(kind)) {
    case CampaignEventKind::Click:
        QVERIFY(first.linkUrl.startsWith(u"http"));
        break;
    case CampaignEventKind::Bounce:
        QCOMPARE(first.code, QStringLiteral("B"));
        QCOMPARE(page.entries[1].code, QStringLiteral("D"));
        QCOMPARE(page.entries[2].code, QStringLiteral("F"));
        QVERIFY(!first.description.isEmpty());
        QVERIFY(!first.bounceMessage.isEmpty());
        break;
    case CampaignEventKind::OptOut:
        QCOMPARE(first.optOutSource, QStringLiteral("ACTION_BY_CONTACT"));
        QCOMPARE(page.entries[2].optOutSource, QStringLiteral("ACTION_BY_CUSTOMER"));
        QVERIFY(page.entries[2].optOutReason.isEmpty());
        break;
    default:
        QVERIFY(first.linkUrl.isEmpty());
        QVERIFY(first.code.isEmpty());
    }
}

void TestAtomReader::emailAddresses()
{
    const Page<EmailAddress> page = mustRead<EmailAddress>(QStringLiteral("settings/emailaddresses.xml"));
    QCOMPARE(page.entries.size(), 2);
    QCOMPARE(page.entries[0].emailAddress, QStringLiteral("joe@bluewaterkayak.example"));
    QCOMPARE(page.entries[0].status, QStringLiteral("Verified"));
    QVERIFY(page.entries[0].verifiedTime.isValid());
    QCOMPARE(page.entries[1].status, QStringLiteral("Pending"));
    QVERIFY(!page.entries[1].verifiedTime.isValid());
    QCOMPARE(page.entries[1].id, base(u"settings/emailaddresses/2"));
}

void TestAtomReader::activities()
{
    const Page<Activity> feed = mustRead<Activity>(QStringLiteral("activities/feed.xml"));
    QCOMPARE(feed.entries.size(), 3);
    const Activity &exp = feed.entries[0];
    QCOMPARE(exp.shortId(), QStringLiteral("a07e1ffaxjxffmvj6qd"));
    QCOMPARE(exp.type, QStringLiteral("EXPORT_CONTACTS"));
    QCOMPARE(exp.statusValue(), ActivityStatus::Complete);
    QVERIFY(exp.isFinished());
    QCOMPARE(exp.fileName, base(u"activities/a07e1ffaxjxffmvj6qd.csv"));
    QCOMPARE(exp.transactionCount, std::optional<qint64>(42));
    QCOMPARE(feed.entries[1].statusValue(), ActivityStatus::Running);
    QVERIFY(!feed.entries[1].isFinished());
    QCOMPARE(feed.entries[2].statusValue(), ActivityStatus::Pending);
    QVERIFY(!feed.entries[2].runStartTime.isValid());

    const Page<Activity> single = mustRead<Activity>(QStringLiteral("activities/single-errors.xml"));
    QCOMPARE(single.entries.size(), 1);
    const Activity &a = single.entries.first();
    QCOMPARE(a.type, QStringLiteral("ADD_CONTACTS"));
    QCOMPARE(a.transactionCount, std::optional<qint64>(26));
    QVERIFY(a.fileName.isEmpty());
    QCOMPARE(a.errors.size(), 2);
    QCOMPARE(a.errors[0].lineNumber, std::optional<qint64>(4));
    QCOMPARE(a.errors[1].lineNumber, std::optional<qint64>(9));
    QVERIFY(!a.errors[0].message.isEmpty());
    QVERIFY(a.runStartTime.isValid());
    QVERIFY(a.runFinishTime.isValid());
    QVERIFY(a.insertTime.isValid());
}

void TestAtomReader::events()
{
    for (const QString &file : {QStringLiteral("events/feed.xml"), QStringLiteral("events/unprefixed.xml")}) {
        const Page<Event> page = mustRead<Event>(file);
        QCOMPARE(page.entries.size(), 2);
        const Event &e = page.entries[0];
        QCOMPARE(e.id, QStringLiteral("tag:api.constantcontact.com,2010:/ws/customers/joe/events/a07e1hoasmu0e644426"));
        QCOMPARE(e.shortId(), QStringLiteral("a07e1hoasmu0e644426"));
        QCOMPARE(e.editLink, QStringLiteral("/ws/customers/joe/events/a07e1hoasmu0e644426"));
        QCOMPARE(e.name, QStringLiteral("Harbor Cleanup Paddle 2010"));
        QCOMPARE(e.statusValue(), EventStatus::Complete);
        QCOMPARE(e.registered, std::optional<qint64>(12));
        QCOMPARE(e.attendedCount, std::optional<qint64>(9));
        QCOMPARE(e.cancelledCount, std::optional<qint64>(1));
        QVERIFY(e.hasLocation);
        QVERIFY(!e.location.city.isEmpty());
        QVERIFY(e.startDate.isValid());
        QVERIFY(e.startDate.offsetFromUtc() != 0); // local offset kept
        QVERIFY(e.registrationUrl.contains(u'&'));
        QCOMPARE(page.entries[1].statusValue(), EventStatus::Active);
    }
}

void TestAtomReader::eventDetail()
{
    const Page<Event> page = mustRead<Event>(QStringLiteral("events/single.xml"));
    QCOMPARE(page.entries.size(), 1);
    const Event &e = page.entries.first();
    QCOMPARE(e.currencyType, QStringLiteral("USD"));
    QCOMPARE(e.paymentOptions.size(), 3);
    QCOMPARE(e.paymentOptions[0].type, QStringLiteral("PAYPAL"));
    QVERIFY(e.paymentOptions[0].payPalAccountEmail.contains(u'@'));
    QCOMPARE(e.paymentOptions[1].type, QStringLiteral("CHECK"));
    QVERIFY(!e.paymentOptions[1].paymentAddress.city.isEmpty());
    QCOMPARE(e.paymentOptions[2].type, QStringLiteral("DOOR"));
    QCOMPARE(e.registrationTypes.size(), 1);
    const RegistrationType &t = e.registrationTypes.first();
    QCOMPARE(t.name, QStringLiteral("General Admission"));
    QCOMPARE(t.registrationLimitCount, std::optional<qint64>(40));
    QCOMPARE(t.guestLimit, std::optional<qint64>(3));
    QCOMPARE(t.eventFees.size(), 2);
    QCOMPARE(t.eventFees[0].label, QStringLiteral("Member"));
    QCOMPARE(t.eventFees[0].fee, QStringLiteral("20.00"));
    QCOMPARE(t.eventFees[0].earlyFee, QStringLiteral("15.00"));
    QCOMPARE(t.eventFees[0].lateFee, QStringLiteral("25.00"));
    QCOMPARE(t.eventFees[0].feeScope, QStringLiteral("REGISTRANTS"));
    QCOMPARE(t.eventFees[1].feeScope, QStringLiteral("GUESTS"));
}

void TestAtomReader::registrants()
{
    const Page<Registrant> page = mustRead<Registrant>(QStringLiteral("events/registrants.xml"));
    QCOMPARE(page.entries.size(), 3);
    const Registrant &r = page.entries[0];
    QVERIFY(
        r.id.startsWith(u"tag:api.constantcontact.com,2010:/ws/customers/joe/events/a07e1hoasmu0e644426/registrants/"));
    QCOMPARE(r.firstName, QString::fromUtf8("Lucía"));
    QCOMPARE(r.lastName, QStringLiteral("Ortega"));
    QCOMPARE(r.registrationStatus, QStringLiteral("REGISTERED"));
    QCOMPARE(r.attendanceStatus, QStringLiteral("ATTENDED"));
    QCOMPARE(r.attendanceType, QStringLiteral("GROUP"));
    QCOMPARE(r.guestCount, std::optional<qint64>(2));
    QCOMPARE(r.paymentStatus, QStringLiteral("COMPLETED"));
    QVERIFY(!r.title.isEmpty());
    QCOMPARE(page.entries[1].registrationStatus, QStringLiteral("CANCELLED"));
    QVERIFY(page.entries[1].shortId().endsWith(u"_r"));
    QCOMPARE(page.entries[1].paymentStatus, QStringLiteral("REFUNDED"));
}

void TestAtomReader::registrantDetail()
{
    const Page<Registrant> page = mustRead<Registrant>(QStringLiteral("events/registrant.xml"));
    QCOMPARE(page.entries.size(), 1);
    const Registrant &r = page.entries.first();
    QCOMPARE(r.ticketId, QStringLiteral("BKO-0621-0042"));
    QVERIFY(r.hasPersonalInformation);
    QCOMPARE(r.personalInformation.label, QStringLiteral("Home"));
    QCOMPARE(r.personalInformation.zip, QStringLiteral("01930"));
    QCOMPARE(r.personalInformation.cellPhone, QStringLiteral("978-555-0187"));
    QVERIFY(r.hasBusinessInformation);
    QCOMPARE(r.businessInformation.company, QStringLiteral("North Shore Marine Lab"));
    QCOMPARE(r.businessInformation.department, QStringLiteral("Coastal Ecology"));
    QCOMPARE(r.customInformation1.size(), 2);
    QCOMPARE(r.customInformation1[0].answers.size(), 2);
    QCOMPARE(r.customInformation2.size(), 1);
    QVERIFY(r.customInformation2[0].answers.first().contains(u'&'));
    QCOMPARE(r.costs.size(), 2);
    QCOMPARE(r.costs[0].count, std::optional<qint64>(1));
    QCOMPARE(r.costs[0].rate, QStringLiteral("15.00"));
    QCOMPARE(r.costs[1].count, std::optional<qint64>(2));
    QCOMPARE(r.costs[1].total, QStringLiteral("24.00"));
}

void TestAtomReader::guests()
{
    const Page<Guest> page = mustRead<Guest>(QStringLiteral("events/guests.xml"));
    QCOMPARE(page.entries.size(), 2);
    QCOMPARE(page.entries[0].guestNumber, std::optional<qint64>(1));
    QCOMPARE(page.entries[0].firstName, QStringLiteral("Mateo"));
    QCOMPARE(page.entries[1].lastName, QStringLiteral("O'Connor"));
    QCOMPARE(page.entries[0].customFields.size(), 1);
    QVERIFY(!page.entries[0].customFields[0].question.isEmpty());
    const Page<Guest> one = mustRead<Guest>(QStringLiteral("events/guest.xml"));
    QCOMPARE(one.entries.size(), 1);
    QCOMPARE(one.entries[0].guestNumber, std::optional<qint64>(2));
}

void TestAtomReader::attendanceAndPayment()
{
    const atom::Parsed<AttendanceStatus> a =
        atom::readEntry<AttendanceStatus>(readData(QStringLiteral("events/attendance.xml")));
    QVERIFY(a.ok());
    QCOMPARE(a.value->status, QStringLiteral("ATTENDED"));
    QCOMPARE(a.value->type, QStringLiteral("GROUP"));
    QVERIFY(a.value->id.isEmpty());
    const atom::Parsed<PaymentStatus> p =
        atom::readEntry<PaymentStatus>(readData(QStringLiteral("events/payment.xml")));
    QVERIFY(p.ok());
    QCOMPARE(p.value->status, QStringLiteral("COMPLETED"));
}

void TestAtomReader::serviceDocuments()
{
    const atom::Parsed<ServiceDocument> root = atom::readServiceDocument(readData(QStringLiteral("service/root.xml")));
    QVERIFY(root.ok());
    QCOMPARE(root.value->workspaces.size(), 1);
    const auto &collections = root.value->workspaces.first().collections;
    QCOMPARE(collections.size(), 6);
    QCOMPARE(collections[0].href, base(u"contacts"));
    QCOMPARE(collections[3].accept.size(), 2);
    QVERIFY(collections[3].accept.contains(QStringLiteral("multipart/form-data")));

    const atom::Parsed<ServiceDocument> events =
        atom::readServiceDocument(readData(QStringLiteral("service/contact-events.xml")));
    QVERIFY(events.ok());
    const auto &c = events.value->workspaces.first().collections;
    QCOMPARE(c.size(), 7);
    QVERIFY(c[0].href.endsWith(u"contacts/2084/events/bounces"));
    QVERIFY(c[0].title.startsWith(u"Bounce Events for Customer: joe"));
    QCOMPARE(c[0].accept, QStringList{QStringLiteral("application/atom+xml; type=entry")});

    // A feed is not a service document.
    QVERIFY(!atom::readServiceDocument(readData(QStringLiteral("contacts/empty.xml"))).ok());
}

void TestAtomReader::wrongPayloadType()
{
    const atom::Parsed<Page<ContactList>> p =
        atom::readPage<ContactList>(readData(QStringLiteral("contacts/single.xml")));
    QVERIFY(!p.ok());
    QVERIFY2(p.error.message.contains(u"<Contact>"), qPrintable(p.error.message));
    QVERIFY(p.error.line > 1);
}

void TestAtomReader::singleEntryAsPage()
{
    const atom::Parsed<Contact> c = atom::readEntry<Contact>(readData(QStringLiteral("contacts/single.xml")));
    QVERIFY(c.ok());
    QCOMPARE(c.value->shortId(), QStringLiteral("2"));
    const atom::Parsed<Contact> none = atom::readEntry<Contact>(readData(QStringLiteral("contacts/empty.xml")));
    QVERIFY(!none.ok());
}

void TestAtomReader::bareAmpersandRepaired()
{
    const Page<Contact> page = mustRead<Contact>(QStringLiteral("contacts/search-bare-ampersand.xml"));
    QCOMPARE(page.entries.size(), 1);
    QCOMPARE(page.current,
             QStringLiteral("/ws/customers/joe/contacts?email=jon%40example.com&email=ann%40example.org"));
    QCOMPARE(page.entries[0].emailAddress, QStringLiteral("jon@example.com"));
    // Proper references are left alone, including in text next to a bare one.
    const QByteArray mixed = "<entry xmlns=\"http://www.w3.org/2005/Atom\"><link rel=\"edit\" href=\"/a?x=1&y=2\"/>"
                             "<content><Contact xmlns=\"http://ws.constantcontact.com/ns/1.0/\">"
                             "<Note>Tom &amp; Jerry &lt;3 &#65;&#x42;</Note></Contact></content></entry>";
    const atom::Parsed<Contact> c = atom::readEntry<Contact>(mixed);
    QVERIFY2(c.ok(), qPrintable(c.error.toString()));
    QCOMPARE(c.value->editLink, QStringLiteral("/a?x=1&y=2"));
    QCOMPARE(c.value->note, QStringLiteral("Tom & Jerry <3 AB"));
}

void TestAtomReader::bareAmpersandDoesNotHideOtherErrors()
{
    // Broken in another way too: the error of the document as given is reported.
    const QByteArray broken = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><link href=\"?a=1&b=2\" rel=\"current\"/>"
                              "<entry></feed>";
    const atom::Parsed<Page<Contact>> p = atom::readPage<Contact>(broken);
    QVERIFY(!p.ok());
    QCOMPARE(p.error.line, 1);
    QVERIFY2(p.error.column < 70, qPrintable(p.error.toString())); // at the bare '&', not at </feed>
}

QTEST_APPLESS_MAIN(TestAtomReader)
#include "tst_atomreader.moc"
