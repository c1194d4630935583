// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "store.h"
#include "xml.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ctct::sandbox {

QString eventTime(qint64 msecs)
{
    static const QTimeZone zone = [] {
        QTimeZone z("America/New_York");
        return z.isValid() ? z : QTimeZone(-5 * 3600);
    }();
    return QDateTime::fromMSecsSinceEpoch(msecs, zone).toString(Qt::ISODateWithMs);
}

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;
constexpr qint64 kHour = 3600LL * 1000;

const char *const kFirstNames[] = {
    "James",     "Mary",      "Robert",    "Patricia", "John",     "Jennifer", "Michael", "Linda",   "David",
    "Elizabeth", "William",   "Barbara",   "Richard",  "Susan",    "Joseph",   "Jessica", "Thomas",  "Sarah",
    "Charles",   "Karen",     "Daniel",    "Nancy",    "Matthew",  "Lisa",     "Anthony", "Betty",   "Mark",
    "Margaret",  "Steven",    "Sandra",    "Paul",     "Ashley",   "Andrew",   "Emily",   "Joshua",  "Donna",
    "Kevin",     "Michelle",  "Brian",     "Carol",    "George",   "Amanda",   "Timothy", "Melissa", "Ronald",
    "Deborah",   "Jason",     "Stephanie", "Ryan",     "Rebecca",  "Jacob",    "Laura",   "Gary",    "Sharon",
    "Nicholas",  "Cynthia",   "Eric",      "Kathleen", "Jonathan", "Amy",      "Priya",   "Raj",     "Mei",
    "Wei",       "Hana",      "Kenji",     "Lucía",    "Mateo",    "Sofía",    "Diego",   "Aisling", "Liam",
    "Siobhan",   "Leo",       "Camila",    "Ahmed",    "Fatima",   "Omar",     "Zanele",  "Thabo",   "Ingrid",
    "Lars",      "Anneliese", "Jürgen",    "Chloé",    "Étienne",  "Marta",    "Tomasz",  "Olga",    "Dmitri",
};
const char *const kLastNames[] = {
    "Smith",     "Johnson",   "Williams", "Brown",     "Jones",    "Garcia",   "Miller",    "Davis",   "Rodriguez",
    "Martinez",  "Hernandez", "Lopez",    "Gonzalez",  "Wilson",   "Anderson", "Thomas",    "Taylor",  "Moore",
    "Jackson",   "Martin",    "Lee",      "Perez",     "Thompson", "White",    "Harris",    "Sanchez", "Clark",
    "Ramirez",   "Lewis",     "Robinson", "Walker",    "Young",    "Allen",    "King",      "Wright",  "Scott",
    "Torres",    "Nguyen",    "Hill",     "Flores",    "Green",    "Adams",    "Nelson",    "Baker",   "Hall",
    "Rivera",    "Campbell",  "Mitchell", "Carter",    "Roberts",  "Raman",    "Patel",     "Chen",    "Wang",
    "Kobayashi", "Tanaka",    "Ortega",   "Fernández", "O'Connor", "Murphy",   "Kelly",     "Martins", "Silva",
    "Haddad",    "Khan",      "Dlamini",  "Nilsson",   "Larsen",   "Müller",   "Schneider", "Dubois",  "Lefèvre",
    "Kowalski",  "Nowak",     "Ivanova",  "Petrov",    "Bell",     "Donnelly", "Ferreira",  "MacLeod",
};
struct Company
{
    const char *name;
    const char *domain;
};
const Company kCompanies[] = {
    {"Bluewater Kayak Outfitters", "bluewaterkayak.example"},
    {"Northwind Tea Company", "northwind-tea.example"},
    {"Ridgeway Builders", "ridgeway-builders.example"},
    {"Harborview Dental", "harborviewdental.example"},
    {"Granite State Bakery", "granitebakery.example"},
    {"Cedar & Pine Interiors", "cedarpine.example"},
    {"Lighthouse Legal LLP", "lighthouselegal.example"},
    {"Summit Outdoor Supply", "summitoutdoor.example"},
    {"Maple Leaf Accounting", "mapleleafcpa.example"},
    {"Old Mill Brewing Co.", "oldmillbrewing.example"},
    {"Coastal Realty Group", "coastalrealty.example"},
    {"Bright Path Tutoring", "brightpath.example"},
    {"Ironwood Fitness", "ironwoodfit.example"},
    {"Seaside Veterinary Clinic", "seasidevet.example"},
    {"Redstone Marketing", "redstone-mkt.example"},
    {"Willow Creek Farm", "willowcreekfarm.example"},
    {"Quantum Leap Software", "quantumleap.example"},
    {"Heritage Home Care", "heritagehomecare.example"},
    {"Pioneer Print Shop", "pioneerprint.example"},
    {"Blue Heron Books", "blueheronbooks.example"},
    {"Silverline Auto Repair", "silverlineauto.example"},
    {"Evergreen Landscaping", "evergreenland.example"},
    {"North Shore Marine Lab", "northshoremarine.example"},
    {"Cobblestone Cafe", "cobblestonecafe.example"},
    {"Atlas Travel Partners", "atlastravel.example"},
    {"Golden Hour Photography", "goldenhourphoto.example"},
    {"Riverside Community Bank", "riversidebank.example"},
    {"Kestrel Engineering", "kestreleng.example"},
    {"Thistle & Rose Florist", "thistlerose.example"},
    {"Union Street Yoga", "unionyoga.example"},
};
const char *const kFreeMail[] = {"example.com", "example.net", "example.org", "mail.example", "inbox.example"};
struct City
{
    const char *city;
    const char *stateCode;
    const char *stateName;
    const char *countryCode;
    const char *countryName;
    const char *postal;
    const char *phoneArea;
};
const City kCities[] = {
    {"Gloucester", "MA", "Massachusetts", "us", "United States", "01930", "978"},
    {"Boston", "MA", "Massachusetts", "us", "United States", "02108", "617"},
    {"Salem", "MA", "Massachusetts", "us", "United States", "01970", "978"},
    {"Portland", "ME", "Maine", "us", "United States", "04101", "207"},
    {"Portsmouth", "NH", "New Hampshire", "us", "United States", "03801", "603"},
    {"Burlington", "VT", "Vermont", "us", "United States", "05401", "802"},
    {"Providence", "RI", "Rhode Island", "us", "United States", "02903", "401"},
    {"Hartford", "CT", "Connecticut", "us", "United States", "06103", "860"},
    {"Albany", "NY", "New York", "us", "United States", "12207", "518"},
    {"Brooklyn", "NY", "New York", "us", "United States", "11201", "718"},
    {"Philadelphia", "PA", "Pennsylvania", "us", "United States", "19103", "215"},
    {"Baltimore", "MD", "Maryland", "us", "United States", "21202", "410"},
    {"Richmond", "VA", "Virginia", "us", "United States", "23219", "804"},
    {"Asheville", "NC", "North Carolina", "us", "United States", "28801", "828"},
    {"Savannah", "GA", "Georgia", "us", "United States", "31401", "912"},
    {"Tampa", "FL", "Florida", "us", "United States", "33602", "813"},
    {"Chicago", "IL", "Illinois", "us", "United States", "60601", "312"},
    {"Madison", "WI", "Wisconsin", "us", "United States", "53703", "608"},
    {"Minneapolis", "MN", "Minnesota", "us", "United States", "55401", "612"},
    {"Denver", "CO", "Colorado", "us", "United States", "80202", "303"},
    {"Austin", "TX", "Texas", "us", "United States", "78701", "512"},
    {"Santa Fe", "NM", "New Mexico", "us", "United States", "87501", "505"},
    {"Seattle", "WA", "Washington", "us", "United States", "98101", "206"},
    {"Portland", "OR", "Oregon", "us", "United States", "97204", "503"},
    {"San Diego", "CA", "California", "us", "United States", "92101", "619"},
    {"Toronto", "ON", "Ontario", "ca", "Canada", "M5H 2N2", "416"},
    {"Halifax", "NS", "Nova Scotia", "ca", "Canada", "B3J 1S9", "902"},
    {"Montréal", "QC", "Quebec", "ca", "Canada", "H2Y 1C6", "514"},
    {"Vancouver", "BC", "British Columbia", "ca", "Canada", "V6B 1A1", "604"},
    {"Calgary", "AB", "Alberta", "ca", "Canada", "T2P 1J9", "403"},
};
const char *const kStreets[] = {"Harbor Street",   "Main Street",        "Elm Avenue",      "Washington Street",
                                "Maple Drive",     "Ocean Avenue",       "Church Street",   "Highland Avenue",
                                "Pleasant Street", "Park Road",          "Water Street",    "Mill Lane",
                                "School Street",   "Prospect Hill Road", "Bay View Terrace"};
const char *const kJobTitles[] = {"Owner",
                                  "Operations Manager",
                                  "Marketing Director",
                                  "Office Manager",
                                  "Sales Associate",
                                  "Accountant",
                                  "Software Engineer",
                                  "Nurse",
                                  "Teacher",
                                  "Project Manager",
                                  "Chef",
                                  "Designer",
                                  "Consultant",
                                  "Volunteer Coordinator",
                                  "Executive Director",
                                  "Store Manager",
                                  "Photographer",
                                  "Attorney",
                                  "Veterinarian",
                                  "Customer Success Lead"};
const char *const kLists[] = {"General Interest", "Newsletter Subscribers", "VIP Customers",
                              "Event Attendees",  "Product Updates",        "Partners & Vendors"};
const double kListOdds[] = {0.7, 0.5, 0.1, 0.2, 0.3, 0.05};

QString pick(QRandomGenerator &rng, const char *const *items, qsizetype count)
{
    return QString::fromUtf8(items[rng.bounded(int(count))]);
}

template<typename T, size_t N>
const T &pickOf(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(int(N))];
}

QString asciiLocal(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.unicode() < 128 && (c.isLetterOrNumber()))
            out += c.toLower();
    }
    return out;
}

QString token(QRandomGenerator &rng, int length, QStringView alphabet)
{
    QString s;
    for (int i = 0; i < length; ++i)
        s += alphabet.at(rng.bounded(int(alphabet.size())));
    return s;
}

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = u"demo data: %1"_s.arg(q.lastError().text());
    return false;
}

struct ContactInfo
{
    qint64 id;
    QString status;
    quint32 lists;
    qint64 inserted;
};

const char *const kOptOutReasons[] = {"Too many emails", "No longer interested", "Content not relevant", ""};

// What the sections of the demo data share: one random sequence, in the order the sections run,
// so that the same seed gives the same data.
struct Seed
{
    const DemoData::Settings &s;
    QString *error;
    QSqlDatabase db;
    QRandomGenerator rng;
    qint64 now;
    QString senderDomain;
    QList<ContactInfo> contacts;
};

// The account's sender addresses: a verified one, and a pending one unless the store is to be empty.
bool seedSenders(Seed &c)
{
    const qint64 now = c.now;
    QSqlDatabase &db = c.db;
    QString *const error = c.error;
    QSqlQuery q(db);
    c.senderDomain = c.s.user == u"demo" ? u"bluewaterkayak.example"_s : c.s.user + u".example"_s;
    q.prepare(u"INSERT INTO emailaddresses(id, EmailAddress, Status, VerifiedTime, updated) VALUES(?, ?, ?, ?, ?)"_s);
    q.addBindValue(1);
    q.addBindValue(QString(c.s.user + u'@' + c.senderDomain));
    q.addBindValue(u"Verified"_s);
    q.addBindValue(now - 400 * kDay);
    q.addBindValue(now - 400 * kDay);
    if (!run(q, error))
        return false;
    if (c.s.empty)
        return true;
    q.addBindValue(2);
    q.addBindValue(QString(u"events@"_s + c.senderDomain));
    q.addBindValue(u"Pending"_s);
    q.addBindValue(QVariant());
    q.addBindValue(now - 20 * kDay);
    if (!run(q, error))
        return false;
    return true;
}

// The six contact lists.
bool seedLists(Seed &c)
{
    const qint64 now = c.now;
    QSqlDatabase &db = c.db;
    QString *const error = c.error;
    QSqlQuery q(db);
    q.prepare(
        u"INSERT INTO lists(id, Name, OptInDefault, DisplayOnSignup, SortOrder, updated) VALUES(?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < 6; ++i) {
        q.addBindValue(i + 1);
        q.addBindValue(QString::fromUtf8(kLists[i]));
        q.addBindValue(i == 0);
        q.addBindValue(i != 5);
        q.addBindValue(i + 1);
        q.addBindValue(now - (900 - i * 100) * kDay);
        if (!run(q, error))
            return false;
    }
    return true;
}

// The contacts, their statuses and list memberships.
bool seedContacts(Seed &c)
{
    QRandomGenerator &rng = c.rng;
    const qint64 now = c.now;
    QSqlDatabase &db = c.db;
    QString *const error = c.error;
    QList<ContactInfo> &contacts = c.contacts;
    QString columns = u"id, email_lc, Status, EmailAddress, EmailType, FirstName, MiddleName, LastName, JobTitle, "
                      "CompanyName, HomePhone, WorkPhone, Addr1, Addr2, City, StateCode, StateName, CountryCode, "
                      "CountryName, PostalCode, Note, CustomField1, CustomField2, OptInSource, OptInTime, "
                      "OptOutSource, OptOutTime, OptOutReason, Confirmed, InsertTime, LastUpdateTime"_s;
    const int columnCount = int(columns.count(u',')) + 1;
    QSqlQuery contact(db);
    contact.prepare(u"INSERT INTO contacts(%1) VALUES(%2)"_s.arg(columns, QStringList(columnCount, u"?"_s).join(u",")));
    QSqlQuery member(db);
    member.prepare(u"INSERT INTO memberships(list_id, contact_id, OptInSource, OptInTime) VALUES(?, ?, ?, ?)"_s);
    QSet<QString> emails;
    contacts.reserve(c.s.contacts);
    for (int i = 1; i <= c.s.contacts; ++i) {
        const QString first = pick(rng, kFirstNames, std::size(kFirstNames));
        const QString last = pick(rng, kLastNames, std::size(kLastNames));
        const bool hasCompany = rng.generateDouble() < 0.7;
        const Company &company = pickOf(rng, kCompanies);
        const City &city = pickOf(rng, kCities);
        const QString domain =
            hasCompany ? QString::fromUtf8(company.domain) : pick(rng, kFreeMail, std::size(kFreeMail));
        const QString localBase = asciiLocal(first) + u'.' + asciiLocal(last);
        QString email = localBase + u'@' + domain;
        for (int n = 2; emails.contains(email); ++n)
            email = localBase + QString::number(n) + u'@' + domain;
        emails.insert(email);
        const double r = rng.generateDouble();
        const QString status = r < 0.80   ? u"Active"_s
                               : r < 0.85 ? u"Unconfirmed"_s
                               : r < 0.94 ? u"Removed"_s
                                          : u"Do Not Mail"_s;
        const qint64 inserted =
            now - qint64(rng.bounded(1095)) * kDay - rng.bounded(int(kDay / 1000)) * 1000LL - rng.bounded(1000);
        const qint64 updated = inserted + qint64(rng.generateDouble() * double(now - inserted));
        const bool byContact = rng.generateDouble() < 0.4;
        const QString source = byContact ? u"ACTION_BY_CONTACT"_s : u"ACTION_BY_CUSTOMER"_s;
        quint32 lists = 0;
        if (status == u"Active" || status == u"Unconfirmed") {
            for (int l = 0; l < 6; ++l) {
                if (rng.generateDouble() < kListOdds[l])
                    lists |= 1u << l;
            }
            if (lists == 0)
                lists = 1;
        }
        const QString phone =
            u"%1-555-%2"_s.arg(QString::fromUtf8(city.phoneArea)).arg(rng.bounded(100, 200), 4, 10, QLatin1Char('0'));
        contact.addBindValue(i);
        contact.addBindValue(email.toLower());
        contact.addBindValue(status);
        contact.addBindValue(email);
        contact.addBindValue(rng.generateDouble() < 0.9 ? u"HTML"_s : u"Text"_s);
        contact.addBindValue(first);
        contact.addBindValue(rng.generateDouble() < 0.1 ? pick(rng, kFirstNames, std::size(kFirstNames)) : QString());
        contact.addBindValue(last);
        contact.addBindValue(hasCompany ? pick(rng, kJobTitles, std::size(kJobTitles)) : QString());
        contact.addBindValue(hasCompany ? QString::fromUtf8(company.name) : QString());
        contact.addBindValue(rng.generateDouble() < 0.5 ? phone : QString());
        contact.addBindValue(hasCompany && rng.generateDouble() < 0.6
                                 ? u"%1-555-%2"_s.arg(QString::fromUtf8(city.phoneArea))
                                       .arg(rng.bounded(100, 200), 4, 10, QLatin1Char('0'))
                                 : QString());
        contact.addBindValue(u"%1 %2"_s.arg(rng.bounded(1, 400)).arg(pick(rng, kStreets, std::size(kStreets))));
        contact.addBindValue(rng.generateDouble() < 0.15 ? u"Suite %1"_s.arg(rng.bounded(1, 40)) : QString());
        contact.addBindValue(QString::fromUtf8(city.city));
        contact.addBindValue(QString::fromUtf8(city.stateCode));
        contact.addBindValue(QString::fromUtf8(city.stateName));
        contact.addBindValue(QString::fromUtf8(city.countryCode));
        contact.addBindValue(QString::fromUtf8(city.countryName));
        contact.addBindValue(QString::fromUtf8(city.postal));
        contact.addBindValue(rng.generateDouble() < 0.05 ? u"Met at the spring open house."_s : QString());
        contact.addBindValue(rng.generateDouble() < 0.2 ? (rng.generateDouble() < 0.3 ? u"Gold member"_s : u"Member"_s)
                                                        : QString());
        contact.addBindValue(rng.generateDouble() < 0.1
                                 ? QDateTime::fromMSecsSinceEpoch(inserted, Qt::UTC).toString(u"yyyy-MM-dd")
                                 : QString());
        contact.addBindValue(source);
        contact.addBindValue(inserted);
        if (status == u"Do Not Mail") {
            contact.addBindValue(rng.generateDouble() < 0.8 ? u"ACTION_BY_CONTACT"_s : u"ACTION_BY_CUSTOMER"_s);
            contact.addBindValue(updated);
            contact.addBindValue(QString::fromUtf8(kOptOutReasons[rng.bounded(4)]));
        } else {
            contact.addBindValue(QVariant());
            contact.addBindValue(QVariant());
            contact.addBindValue(QVariant());
        }
        contact.addBindValue(byContact && status != u"Unconfirmed");
        contact.addBindValue(inserted);
        contact.addBindValue(updated);
        if (!run(contact, error))
            return false;
        for (int l = 0; l < 6; ++l) {
            if (!(lists & (1u << l)))
                continue;
            member.addBindValue(l + 1);
            member.addBindValue(i);
            member.addBindValue(source);
            member.addBindValue(inserted + rng.bounded(1000));
            if (!run(member, error))
                return false;
        }
        contacts.append({i, status, lists, inserted});
    }
    return true;
}

// Campaigns: 6 sent (with events), 2 scheduled, 4 drafts.
bool seedCampaigns(Seed &c)
{
    QRandomGenerator &rng = c.rng;
    const qint64 now = c.now;
    QSqlDatabase &db = c.db;
    QString *const error = c.error;
    const QList<ContactInfo> &contacts = c.contacts;
    const char *const campaignNames[] = {
        "Spring Paddle Newsletter",  "Member Appreciation Week", "Summer Rental Specials", "Harbor Cleanup Thank You",
        "New Routes for the Season", "Club Night Reminder",      "Fall Gear Sale Preview", "Holiday Gift Guide",
        "Winter Workshop Series",    "Customer Survey 2025",     "Year in Review",         "Welcome to New Members"};
    const char *const urlPaths[] = {
        "spring-schedule", "rentals?season=current&src=cc", "club", "gear-sale", "workshops", "survey"};
    const char *const bounceCodes[][2] = {
        {"B", "Non-existent address"},   {"D", "Undeliverable"}, {"F", "Mailbox full"}, {"S", "Suspended"},
        {"V", "Vacation or auto-reply"}, {"X", "Other"},         {"Z", "Blocked"}};
    QSqlQuery campaign(db);
    campaign.prepare(u"INSERT INTO campaigns(id, Name, Status, Date, LastEditDate, LastRunDate, NextRunDate, "
                     "CampaignType, SpamReports, from_email, reply_email, fields, updated) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?)"_s);
    QSqlQuery campaignList(db);
    campaignList.prepare(u"INSERT INTO campaign_lists(campaign_id, list_id) VALUES(?, ?)"_s);
    QSqlQuery campaignUrl(db);
    campaignUrl.prepare(u"INSERT INTO campaign_urls(campaign_id, idx, url) VALUES(?, ?, ?)"_s);
    QSqlQuery event(db);
    event.prepare(u"INSERT INTO campaign_events(campaign_id, contact_id, kind, time, url_idx, code, description, "
                  "message, source, reason) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const auto addEvent = [&](qint64 cid, qint64 contactId, const QString &kind, qint64 time, QVariant urlIdx = {},
                              QVariant code = {}, QVariant description = {}, QVariant message = {},
                              QVariant source = {}, QVariant reason = {}) {
        event.addBindValue(cid);
        event.addBindValue(contactId);
        event.addBindValue(kind);
        event.addBindValue(std::min(time, now - 60000));
        event.addBindValue(urlIdx);
        event.addBindValue(code);
        event.addBindValue(description);
        event.addBindValue(message);
        event.addBindValue(source);
        event.addBindValue(reason);
        return run(event, error);
    };
    const qint64 sentDays[] = {84, 70, 56, 41, 27, 9};
    for (int c = 0; c < 12; ++c) {
        const qint64 cid = 1100546096289LL + qint64(c) * 1009;
        const QString name = QString::fromUtf8(campaignNames[c]);
        const bool sent = c < 6;
        const bool scheduled = c == 6 || c == 7;
        const qint64 date = sent        ? now - sentDays[c] * kDay + 13 * kHour
                            : scheduled ? now + (c == 6 ? 5 : 19) * kDay + 14 * kHour
                                        : now - qint64(rng.bounded(1, 30)) * kDay;
        const quint32 listMask = (1u << (c % 3 == 0 ? 0 : 1)) | (c % 4 == 0 ? 1u << 2 : 0u);
        QStringList urls;
        for (int u = 0; u < 3; ++u)
            urls.append(u"http://www.bluewaterkayak.example/"_s + QString::fromUtf8(urlPaths[(c + u) % 6]));
        QString html =
            u"<html lang=\"en\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>%1</title></head><body><h1>%1</h1><p>Friends &amp; paddlers, news from the harbor.</p>"_s.arg(name);
        for (const QString &u : std::as_const(urls))
            html += u"<p><a href=\"%1\">%1</a></p>"_s.arg(QString(u).replace(u"&"_s, u"&amp;"_s));
        html += u"</body></html>"_s;
        QJsonObject fields{
            {u"Subject"_s, QString(name + u": news from Bluewater"_s)},
            {u"FromName"_s, u"Bluewater Kayak Outfitters"_s},
            {u"ViewAsWebpage"_s, u"YES"_s},
            {u"ViewAsWebpageLinkText"_s, u"Click here"_s},
            {u"ViewAsWebpageText"_s, u"Having trouble viewing this email?"_s},
            {u"PermissionReminder"_s, u"YES"_s},
            {u"PermissionReminderText"_s, u"You're receiving this email because you signed up with Bluewater Kayak "
                                          "Outfitters."_s},
            {u"GreetingSalutation"_s, u"Dear"_s},
            {u"GreetingName"_s, u"FirstName"_s},
            {u"GreetingString"_s, u"Greetings!"_s},
            {u"OrganizationName"_s, u"Bluewater Kayak Outfitters"_s},
            {u"OrganizationAddress1"_s, u"48 Harbor Street"_s},
            {u"OrganizationCity"_s, u"Gloucester"_s},
            {u"OrganizationState"_s, u"MA"_s},
            {u"OrganizationCountry"_s, u"US"_s},
            {u"OrganizationPostalCode"_s, u"01930"_s},
            {u"IncludeForwardEmail"_s, u"YES"_s},
            {u"ForwardEmailLinkText"_s, u"Forward to a friend"_s},
            {u"IncludeSubscribeLink"_s, u"YES"_s},
            {u"SubscribeLinkText"_s, u"Join our mailing list!"_s},
            {u"EmailContentFormat"_s, u"HTML"_s},
            {u"EmailContent"_s, html},
            {u"EmailTextContent"_s, u"<Text>%1\n%2</Text>"_s.arg(name, urls.join(u'\n'))},
            {u"StyleSheet"_s, u"body { font-family: Georgia, serif; }"_s},
        };
        campaign.addBindValue(cid);
        campaign.addBindValue(name);
        campaign.addBindValue(sent ? u"Sent"_s : scheduled ? u"Scheduled"_s : u"Draft"_s);
        campaign.addBindValue(date);
        campaign.addBindValue(date - 2 * kDay);
        campaign.addBindValue(sent ? QVariant(date) : QVariant());
        campaign.addBindValue(scheduled ? QVariant(date) : QVariant());
        campaign.addBindValue(u"CUSTOM"_s);
        campaign.addBindValue(sent ? rng.bounded(0, 3) : 0);
        campaign.addBindValue(QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
        campaign.addBindValue(sent ? date : date - 2 * kDay);
        if (!run(campaign, error))
            return false;
        for (int l = 0; l < 6; ++l) {
            if (listMask & (1u << l)) {
                campaignList.addBindValue(cid);
                campaignList.addBindValue(l + 1);
                if (!run(campaignList, error))
                    return false;
            }
        }
        if (!sent)
            continue;
        for (int u = 0; u < urls.size(); ++u) {
            campaignUrl.addBindValue(cid);
            campaignUrl.addBindValue(u + 1);
            campaignUrl.addBindValue(urls.at(u));
            if (!run(campaignUrl, error))
                return false;
        }
        // Recipients: members of the campaign's lists, and some who have opted out since; at most ~3,000.
        QList<const ContactInfo *> recipients;
        for (const ContactInfo &ci : std::as_const(contacts)) {
            if (ci.inserted >= date)
                continue;
            if ((ci.lists & listMask) || (ci.status == u"Do Not Mail" && rng.generateDouble() < 0.5))
                recipients.append(&ci);
        }
        if (recipients.size() > 3000) {
            QList<const ContactInfo *> sample;
            const double keep = 3000.0 / double(recipients.size());
            for (const ContactInfo *ci : std::as_const(recipients)) {
                if (rng.generateDouble() < keep)
                    sample.append(ci);
            }
            recipients = sample;
        }
        bool seen[6] = {};
        for (const ContactInfo *ci : std::as_const(recipients)) {
            const qint64 sentAt = date + rng.bounded(600) * 1000LL;
            if (!addEvent(cid, ci->id, u"sends"_s, sentAt))
                return false;
            seen[0] = true;
            if (rng.generateDouble() < 0.02) {
                const auto &code = bounceCodes[rng.bounded(7)];
                if (!addEvent(cid, ci->id, u"bounces"_s, sentAt + 2000, {}, QString::fromLatin1(code[0]),
                              QString::fromLatin1(code[1]),
                              u"550 5.1.1 <recipient>: %1"_s.arg(QString::fromLatin1(code[1]))))
                    return false;
                seen[1] = true;
                continue;
            }
            if (ci->status == u"Do Not Mail" && rng.generateDouble() < 0.3) {
                if (!addEvent(cid, ci->id, u"optouts"_s, sentAt + rng.bounded(1, 72) * kHour, {}, {}, {}, {},
                              u"ACTION_BY_CONTACT"_s, QString::fromUtf8(kOptOutReasons[rng.bounded(4)])))
                    return false;
                seen[5] = true;
            }
            if (rng.generateDouble() < 0.38) {
                const qint64 openedAt = sentAt + qint64(rng.bounded(1, 96 * 60)) * 60000;
                if (!addEvent(cid, ci->id, u"opens"_s, openedAt))
                    return false;
                seen[2] = true;
                if (rng.generateDouble() < 0.25) {
                    const int clicks = rng.bounded(1, 3);
                    for (int k = 0; k < clicks; ++k) {
                        if (!addEvent(cid, ci->id, u"clicks"_s, openedAt + (k + 1) * 45000LL, rng.bounded(1, 4)))
                            return false;
                    }
                    seen[3] = true;
                }
                if (rng.generateDouble() < 0.03) {
                    if (!addEvent(cid, ci->id, u"forwards"_s, openedAt + 300000))
                        return false;
                    seen[4] = true;
                }
            }
        }
        // Every kind at least once, even with very few contacts.
        if (!recipients.isEmpty()) {
            const ContactInfo *r = recipients.first();
            const qint64 t = date + kHour;
            if (!seen[1] &&
                !addEvent(cid, r->id, u"bounces"_s, t, {}, u"F"_s, u"Mailbox full"_s, u"552 5.2.2 mailbox full"_s))
                return false;
            if (!seen[2] && !addEvent(cid, r->id, u"opens"_s, t))
                return false;
            if (!seen[3] && !addEvent(cid, r->id, u"clicks"_s, t + 1000, 1))
                return false;
            if (!seen[4] && !addEvent(cid, r->id, u"forwards"_s, t + 2000))
                return false;
            if (!seen[5] && !addEvent(cid, r->id, u"optouts"_s, t + 3000, {}, {}, {}, {}, u"ACTION_BY_CONTACT"_s,
                                      u"No longer interested"_s))
                return false;
        }
    }
    return true;
}

struct EventSpec
{
    const char *name;
    const char *title;
    const char *type;
    const char *location;
    const char *address;
    qint64 startOffsetDays;
    int registrants;
    double fee;
    double attendedShare;        // of the registered ones, already checked in
    bool numberedEmails = false; // a number in every address, so that none repeats
};

// Events with registrants, guests, attendance and payment states; number is the first event's
// place in the ticket ids (BKO-number-0001).
bool seedEvents(Seed &c, QRandomGenerator &rng, const EventSpec *events, int count, int number)
{
    const qint64 now = c.now;
    QSqlDatabase &db = c.db;
    QString *const error = c.error;
    const QString idChars = u"abcdefghijklmnopqrstuvwxyz0123456789"_s;
    const QString ridChars = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"_s;
    QSqlQuery ev(db);
    ev.prepare(u"INSERT INTO events(id, Name, Title, Description, Status, EventType, RegistrationURL, StartDate, "
               "start_ms, EndDate, PublishDate, CreatedDate, updated, location, details) "
               "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery reg(db);
    reg.prepare(
        u"INSERT INTO registrants(id, event_id, FirstName, LastName, EmailAddress, RegistrationStatus, "
        "RegistrationDate, reg_ms, AttendanceStatus, AttendanceType, PaymentStatus, TicketId, updated, details) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery guest(db);
    guest.prepare(u"INSERT INTO guests(registrant_id, number, FirstName, LastName, EmailAddress, details) "
                  "VALUES(?, ?, ?, ?, ?, ?)"_s);
    for (int e = 0; e < count; ++e) {
        const EventSpec &spec = events[e];
        const QString id = u"a07e"_s + token(rng, 15, idChars);
        const qint64 start = now + spec.startOffsetDays * kDay + 13 * kHour;
        const qint64 created = now - (60 - e * 10) * kDay;
        XmlWriter location;
        location.open(u"EventLocation");
        location.element(u"Location", QString::fromUtf8(spec.location));
        location.element(u"Address1", QString::fromUtf8(spec.address));
        location.element(u"Address2", QString());
        location.element(u"Address3", QString());
        location.element(u"City", u"Gloucester");
        location.element(u"State", u"MA");
        location.element(u"Country", u"US");
        location.element(u"PostalCode", u"01930");
        location.close();
        XmlWriter details;
        details.element(u"EventFeeRequired", spec.fee > 0 ? u"true" : u"false");
        details.element(u"CurrencyType", u"USD");
        details.open(u"PaymentOptions");
        details.open(u"PaymentOption")
            .element(u"Type", u"PAYPAL")
            .element(u"PayPalAccountEmail", u"payments@" + c.senderDomain)
            .close();
        details.open(u"PaymentOption").element(u"Type", u"DOOR").close();
        details.close();
        details.open(u"RegistrationTypes").open(u"RegistrationType");
        details.element(u"Name", u"General");
        details.element(u"RegistrationLimitCount", 50);
        details.element(u"RegistrationClosedManually", u"false");
        details.element(u"GuestLimit", 2);
        details.element(u"Ticketing", u"false");
        details.open(u"EventFees").open(u"EventFee");
        details.element(u"Label", u"Member");
        details.element(u"Fee", QString::number(spec.fee, 'f', 2));
        details.element(u"EarlyFee", QString::number(spec.fee * 0.8, 'f', 2));
        details.element(u"LateFee", QString::number(spec.fee * 1.2, 'f', 2));
        details.element(u"FeeScope", u"BOTH");
        details.close().close().close().close();
        const auto body = [](const XmlWriter &w) {
            QString f = w.fragment();
            return f.mid(f.indexOf(u'\n') + 1);
        };
        ev.addBindValue(id);
        ev.addBindValue(QString(QString::fromUtf8(spec.name) + u' ' +
                                QString::number(QDateTime::fromMSecsSinceEpoch(start).date().year())));
        ev.addBindValue(QString::fromUtf8(spec.title));
        ev.addBindValue(
            u"Join Bluewater Kayak Outfitters for %1. All levels welcome."_s.arg(QString::fromUtf8(spec.title)));
        ev.addBindValue(spec.startOffsetDays < 0 ? u"COMPLETE"_s : u"ACTIVE"_s);
        ev.addBindValue(QString::fromUtf8(spec.type));
        ev.addBindValue(QString(u"http://events.constantcontact.com/register/event?llr=q7wexbmab&oeidk="_s + id));
        ev.addBindValue(eventTime(start));
        ev.addBindValue(start);
        ev.addBindValue(eventTime(start + 4 * kHour));
        ev.addBindValue(eventTime(created + kDay));
        ev.addBindValue(eventTime(created));
        ev.addBindValue(eventTime(now - e * kDay));
        ev.addBindValue(body(location));
        ev.addBindValue(body(details));
        if (!run(ev, error))
            return false;
        for (int r = 0; r < spec.registrants; ++r) {
            const QString rid = u"001"_s + token(rng, 40, ridChars);
            const QString first = pick(rng, kFirstNames, std::size(kFirstNames));
            const QString last = pick(rng, kLastNames, std::size(kLastNames));
            const double roll = rng.generateDouble();
            const QString status = roll < 0.8 ? u"REGISTERED"_s : roll < 0.92 ? u"CANCELLED"_s : u"ABANDONED"_s;
            const int guests = status == u"REGISTERED" && rng.generateDouble() < 0.35 ? rng.bounded(1, 3) : 0;
            const QString attendance =
                spec.attendedShare > 0 && status == u"REGISTERED" && rng.generateDouble() < spec.attendedShare
                    ? u"ATTENDED"_s
                    : u"NOT_ATTENDED"_s;
            QString payment;
            if (spec.fee <= 0)
                payment = u"COMPLETED"_s;
            else if (status == u"CANCELLED")
                payment = rng.generateDouble() < 0.5 ? u"REFUNDED"_s : u"CANCELLED"_s;
            else if (status == u"ABANDONED")
                payment = u"PENDING"_s;
            else
                payment = rng.generateDouble() < 0.75 ? u"COMPLETED"_s : u"PENDING"_s;
            const qint64 registered =
                created + kDay + qint64(rng.generateDouble() * double(std::min(start, now) - created - kDay));
            const City &city = pickOf(rng, kCities);
            const Company &company = pickOf(rng, kCompanies);
            XmlWriter d;
            d.open(u"PersonalInformation");
            d.element(u"Label", u"Home");
            d.element(u"Address1", u"%1 %2"_s.arg(rng.bounded(1, 400)).arg(pick(rng, kStreets, std::size(kStreets))));
            d.element(u"Address2", QString());
            d.element(u"Address3", QString());
            d.element(u"City", QString::fromUtf8(city.city));
            d.element(u"State", QString::fromUtf8(city.stateCode));
            d.element(u"Zip", QString::fromUtf8(city.postal));
            d.element(u"Province", QString());
            d.element(u"Country", QString::fromUtf8(city.countryName));
            d.element(u"Phone", u"%1-555-%2"_s.arg(QString::fromUtf8(city.phoneArea))
                                    .arg(rng.bounded(100, 200), 4, 10, QLatin1Char('0')));
            d.element(u"CellPhone", QString());
            d.close();
            d.open(u"BusinessInformation");
            d.element(u"Label", u"Work");
            d.element(u"Company", QString::fromUtf8(company.name));
            d.element(u"JobTitle", pick(rng, kJobTitles, std::size(kJobTitles)));
            d.element(u"Department", QString());
            d.element(u"Website", u"http://www." + QString::fromUtf8(company.domain));
            d.close();
            d.open(u"CustomInformation1").open(u"CustomField");
            d.element(u"Question", u"Paddling experience?");
            d.open(u"Answers").element(u"Answer", rng.generateDouble() < 0.5 ? u"Beginner" : u"Intermediate").close();
            d.close().close();
            d.open(u"Costs").open(u"Cost");
            d.element(u"Count", 1 + guests);
            d.element(u"FeeType", u"Member");
            d.element(u"Rate", QString::number(spec.fee, 'f', 2));
            d.element(u"Total", QString::number(spec.fee * (1 + guests), 'f', 2));
            d.close().close();
            reg.addBindValue(rid);
            reg.addBindValue(id);
            reg.addBindValue(first);
            reg.addBindValue(last);
            const QString local = asciiLocal(first) + u'.' + asciiLocal(last) +
                                  (spec.numberedEmails ? QString::number(r + 1) : QString());
            reg.addBindValue(QString(local + u'@' + QString::fromUtf8(company.domain)));
            reg.addBindValue(status);
            reg.addBindValue(eventTime(registered));
            reg.addBindValue(registered);
            reg.addBindValue(attendance);
            reg.addBindValue(guests > 0 ? u"GROUP"_s : u"INDIVIDUAL"_s);
            reg.addBindValue(payment);
            reg.addBindValue(u"BKO-%1-%2"_s.arg(number + e).arg(r + 1, 4, 10, QLatin1Char('0')));
            reg.addBindValue(eventTime(registered));
            reg.addBindValue(body(d));
            if (!run(reg, error))
                return false;
            for (int g = 1; g <= guests; ++g) {
                const QString gFirst = pick(rng, kFirstNames, std::size(kFirstNames));
                XmlWriter gd;
                gd.open(u"CustomField").element(u"Question", u"Paddling experience?");
                gd.open(u"Answers").element(u"Answer", u"Beginner").close().close();
                guest.addBindValue(rid);
                guest.addBindValue(g);
                guest.addBindValue(gFirst);
                guest.addBindValue(last);
                guest.addBindValue(QString(asciiLocal(gFirst) + u'.' + asciiLocal(last) + u"@example.com"));
                guest.addBindValue(body(gd));
                if (!run(guest, error))
                    return false;
            }
        }
    }
    return true;
}

// Event marketing: three events with registrants, guests, attendance and payment states.
bool seedEventMarketing(Seed &c)
{
    const EventSpec events[] = {
        {"Harbor Cleanup Paddle", "Harbor Cleanup Paddle", "OUTDOORS_RECREATION", "Bluewater Boathouse",
         "48 Harbor Street", -30, 14, 15.0, 0.75},
        {"Intro to Sea Kayaking Clinic", "Intro to Sea Kayaking", "CLASS_WORKSHOP", "Pavilion Beach",
         "1 Pavilion Beach Road", 20, 10, 45.0, 0.0},
        {"Winter Gear Swap & Social", "Winter Gear Swap", "SOCIAL_EVENT_MIXER", "Old Mill Brewing Co.", "12 Mill Lane",
         45, 6, 0.0, 0.0},
    };
    return seedEvents(c, c.rng, events, int(std::size(events)), 1);
}

// One more event, today, with Settings::registrants registrants (some with guests, some
// cancelled, some checked in already): the door's case for tests and benchmarks. It draws from
// a random sequence of its own, so the rest of the demo data is the same with or without it.
bool seedLargeEvent(Seed &c)
{
    if (c.s.registrants <= 0)
        return true;
    QRandomGenerator rng(c.s.seed ^ 0xc4ec1du);
    const EventSpec event{"Members' Night at the Boathouse",
                          "Members' Night",
                          "SOCIAL_EVENT_MIXER",
                          "Bluewater Boathouse",
                          "48 Harbor Street",
                          0,
                          c.s.registrants,
                          10.0,
                          0.1,
                          true};
    return seedEvents(c, rng, &event, 1, 4);
}

// A few finished activities, as an account would have after some use.
bool seedActivities(Seed &c)
{
    QRandomGenerator &rng = c.rng;
    const qint64 now = c.now;
    QSqlDatabase &db = c.db;
    QString *const error = c.error;
    QSqlQuery act(db);
    act.prepare(u"INSERT INTO activities(id, seq, Type, Status, InsertTime, RunStartTime, RunFinishTime, "
                "TransactionCount, FileName, errors, params, data) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', '')"_s);
    const QString actChars = u"abcdefghijklmnopqrstuvwxyz0123456789"_s;
    const QString importId = u"a07e"_s + token(rng, 15, actChars);
    QJsonArray importErrors{
        QJsonObject{{u"line"_s, 4},
                    {u"email"_s, u"not-an-address.example.com"_s},
                    {u"message"_s, u"Invalid email address \"not-an-address.example.com\""_s}},
        QJsonObject{{u"line"_s, 9},
                    {u"email"_s, u"r.ferreira@example.com"_s},
                    {u"message"_s, u"Unknown US/Canadian state/prov \"Ontaro\""_s}},
    };
    const QString exportId = u"a07e"_s + token(rng, 15, actChars);
    const QString clearId = u"a07e"_s + token(rng, 15, actChars);
    struct Act
    {
        QString id;
        QString type;
        qint64 at;
        int count;
        QString file;
        QJsonArray errors;
    };
    const QList<Act> acts = {
        {importId, u"ADD_CONTACTS"_s, now - 12 * kDay, 26, QString(), importErrors},
        {clearId, u"CLEAR_CONTACTS_FROM_LISTS"_s, now - 8 * kDay, 0, QString(), {}},
        {exportId,
         u"EXPORT_CONTACTS"_s,
         now - 3 * kDay,
         0,
         u"http://api.constantcontact.com/ws/customers/%1/activities/%2.csv"_s.arg(c.s.user, exportId),
         {}},
    };
    int seq = 1;
    for (const Act &a : acts) {
        QString csv;
        int rows = a.count;
        if (a.type == u"EXPORT_CONTACTS") {
            csv = u"Email Address,First Name,Last Name\r\n"_s;
            QSqlQuery rowsQuery(db);
            rowsQuery.exec(u"SELECT c.EmailAddress, c.FirstName, c.LastName FROM memberships m JOIN contacts c "
                           "ON c.id = m.contact_id WHERE m.list_id = 3 ORDER BY c.EmailAddress LIMIT 200"_s);
            rows = 0;
            while (rowsQuery.next()) {
                QStringList cells;
                for (int i = 0; i < 3; ++i) {
                    QString v = rowsQuery.value(i).toString();
                    if (v.contains(u',') || v.contains(u'"'))
                        v = u'"' + v.replace(u"\""_s, u"\"\""_s) + u'"';
                    cells.append(v);
                }
                csv += cells.join(u',') + u"\r\n"_s;
                ++rows;
            }
        }
        act.addBindValue(a.id);
        act.addBindValue(seq++);
        act.addBindValue(a.type);
        act.addBindValue(u"COMPLETE"_s);
        act.addBindValue(a.at);
        act.addBindValue(a.at + 2000);
        act.addBindValue(a.at + 5000);
        act.addBindValue(rows);
        act.addBindValue(a.file);
        act.addBindValue(QString::fromUtf8(QJsonDocument(a.errors).toJson(QJsonDocument::Compact)));
        if (!run(act, error))
            return false;
        if (!csv.isEmpty()) {
            QSqlQuery file(db);
            file.prepare(u"INSERT INTO activity_files(activity_id, content_type, content) VALUES(?, ?, ?)"_s);
            file.addBindValue(a.id);
            file.addBindValue(u"text/csv; charset=utf-8"_s);
            file.addBindValue(csv.toUtf8());
            if (!run(file, error))
                return false;
        }
    }
    return true;
}

} // namespace

bool DemoData::populate(Store &store, const Settings &s, QString *error)
{
    // Times are relative to the start of the current UTC day, so the data is the same all day long.
    Seed seed{s,  error, store.db(), QRandomGenerator(s.seed), QDateTime::currentMSecsSinceEpoch() / kDay * kDay,
              {}, {}};
    if (!store.begin()) {
        *error = u"demo data: cannot begin a transaction: %1"_s.arg(store.db().lastError().text());
        return false;
    }
    const bool ok =
        seedSenders(seed) && (s.empty || (seedLists(seed) && seedContacts(seed) && seedCampaigns(seed) &&
                                          seedEventMarketing(seed) && seedActivities(seed) && seedLargeEvent(seed)));
    if (!ok || !store.markSeeded()) {
        if (error->isEmpty())
            *error = u"demo data: cannot mark the store as seeded"_s;
        store.rollback();
        return false;
    }
    if (!store.commit()) {
        *error = u"demo data: commit failed: %1"_s.arg(store.db().lastError().text());
        store.rollback();
        return false;
    }
    return true;
}

} // namespace ctct::sandbox
