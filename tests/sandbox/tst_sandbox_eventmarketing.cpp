// SPDX-License-Identifier: GPL-3.0-or-later
// Event marketing (decisions 15-19, 22, 23): events GET/POST/PUT, registrants, guests, attendance
// and payment status, counts that agree with the registrants.
#include "harness.h"

#include <QDateTime>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ctct::test;

class TestSandboxEventMarketing final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void eventsFeedStyle();
    void countsAgreeWithRegistrants();
    void eventDetail();
    void registrantDetail();
    void guests();
    void attendance();
    void attendanceValidation_data();
    void attendanceValidation();
    void payment();
    void paymentValidation_data();
    void paymentValidation();
    void createEvent();
    void createValidation_data();
    void createValidation();
    void updateEvent();
    void pageNumbers();
    void largeEvent();
    void largeEventIsDeterministic();

private:
    QString firstEventPath();
    QString registrantPath(bool withGuests);
    std::unique_ptr<Harness> m_h;
};

void TestSandboxEventMarketing::initTestCase()
{
    m_h = std::make_unique<Harness>();
    QVERIFY(m_h->started());
}

void TestSandboxEventMarketing::cleanupTestCase()
{
    m_h.reset();
}

QString TestSandboxEventMarketing::firstEventPath()
{
    return xml::link(m_h->get(u"events"_s).body, u"edit"_s);
}

QString TestSandboxEventMarketing::registrantPath(bool withGuests)
{
    const QByteArray events = m_h->get(u"events"_s).body;
    for (const QString &edit : xml::attributes(events, u"link"_s, u"href"_s)) {
        if (!edit.contains(u"/events/a"_s))
            continue;
        const QByteArray regs = m_h->get(edit + u"/registrants"_s).body;
        const auto records = xml::records(regs, u"Registrant"_s);
        const QStringList links = xml::attributes(regs, u"link"_s, u"href"_s);
        QStringList edits;
        for (const QString &l : links)
            if (l.contains(u"/registrants/"_s))
                edits.append(l);
        for (int i = 0; i < records.size(); ++i) {
            if ((records.at(i).value(u"GuestCount"_s).toInt() > 0) == withGuests)
                return edits.at(i);
        }
    }
    return {};
}

void TestSandboxEventMarketing::eventsFeedStyle()
{
    const Reply r = m_h->get(u"events"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("<atom:feed xmlns:atom=\"http://www.w3.org/2005/Atom\">"));
    QCOMPARE(xml::root(r.body), qMakePair(u"feed"_s, u"http://www.w3.org/2005/Atom"_s));
    QCOMPARE(xml::namespaceOf(r.body, u"Event"_s), QString()); // no namespace on the payload
    QCOMPARE(xml::count(r.body, u"Event"_s), 3);
    for (const QString &id : xml::texts(r.body, u"id"_s))
        QVERIFY2(id.startsWith(u"tag:api.constantcontact.com,2010:/ws/customers/demo/events"_s), qPrintable(id));
    // Events by StartDate, with local offsets.
    QDateTime previous;
    for (const QString &start : xml::texts(r.body, u"StartDate"_s)) {
        const QDateTime when = QDateTime::fromString(start, Qt::ISODateWithMs);
        QVERIFY(when.isValid());
        QVERIFY(!start.endsWith(u'Z'));
        QVERIFY(!previous.isValid() || previous <= when);
        previous = when;
    }
    const QStringList statuses = xml::texts(r.body, u"Status"_s);
    QVERIFY(statuses.contains(u"COMPLETE"_s));
    QVERIFY(statuses.contains(u"ACTIVE"_s));
}

void TestSandboxEventMarketing::countsAgreeWithRegistrants()
{
    const QByteArray events = m_h->get(u"events"_s).body;
    const auto records = xml::records(events, u"Event"_s);
    QStringList edits;
    for (const QString &l : xml::attributes(events, u"link"_s, u"href"_s))
        if (l.contains(u"/events/a"_s))
            edits.append(l);
    QCOMPARE(edits.size(), records.size());
    for (int i = 0; i < records.size(); ++i) {
        const QByteArray regs = m_h->get(edits.at(i) + u"/registrants"_s).body;
        int registered = 0, cancelled = 0, attended = 0;
        for (const auto &reg : xml::records(regs, u"Registrant"_s)) {
            registered += reg.value(u"RegistrationStatus"_s) == u"REGISTERED";
            cancelled += reg.value(u"RegistrationStatus"_s) == u"CANCELLED";
            attended += xml::text(reg.value(u"AttendanceStatus"_s).toUtf8(), u"Status"_s) == u"ATTENDED" ||
                        reg.value(u"AttendanceStatus"_s).startsWith(u"ATTENDED"_s);
        }
        QVERIFY(registered > 0);
        QCOMPARE(records.at(i).value(u"Registered"_s).toInt(), registered);
        QCOMPARE(records.at(i).value(u"CancelledCount"_s).toInt(), cancelled);
        QCOMPARE(records.at(i).value(u"AttendedCount"_s).toInt(), attended);
    }
}

void TestSandboxEventMarketing::eventDetail()
{
    const QString path = firstEventPath();
    const Reply r = m_h->get(path);
    QCOMPARE(r.status, 200);
    QCOMPARE(xml::root(r.body).first, u"entry"_s);
    for (const QString &e : {u"Name"_s, u"Title"_s, u"EventLocation"_s, u"RegistrationURL"_s, u"EventFeeRequired"_s,
                             u"PaymentOptions"_s, u"RegistrationTypes"_s, u"EventFee"_s})
        QVERIFY2(xml::count(r.body, e) >= 1, qPrintable(e));
    QCOMPARE(xml::link(r.body, u"edit"_s), path);
}

void TestSandboxEventMarketing::registrantDetail()
{
    const QString path = registrantPath(true);
    QVERIFY(!path.isEmpty());
    const Reply r = m_h->get(path);
    QCOMPARE(r.status, 200);
    for (const QString &e : {u"LastName"_s, u"FirstName"_s, u"EmailAddress"_s, u"RegistrationStatus"_s,
                             u"RegistrationDate"_s, u"GuestCount"_s, u"PaymentStatus"_s, u"TicketId"_s,
                             u"PersonalInformation"_s, u"BusinessInformation"_s, u"CustomInformation1"_s, u"Costs"_s})
        QVERIFY2(xml::count(r.body, e) == 1, qPrintable(e));
    QVERIFY(xml::text(r.body, u"id"_s).startsWith(u"tag:api.constantcontact.com,2010:/ws/customers/demo/events/"_s));
    QCOMPARE(m_h->get(path + u"x"_s).status, 404);
    QCOMPARE(m_h->put(path, eventEntry(QString())).status, 415);
}

void TestSandboxEventMarketing::guests()
{
    const QString path = registrantPath(true);
    const int guestCount = xml::text(m_h->get(path).body, u"GuestCount"_s).toInt();
    const Reply feed = m_h->get(path + u"/guests"_s);
    QCOMPARE(feed.status, 200);
    const auto guests = xml::records(feed.body, u"Guest"_s);
    QCOMPARE(guests.size(), guestCount);
    QCOMPARE(guests.at(0).value(u"GuestNumber"_s), u"1"_s);
    const Reply one = m_h->get(path + u"/guests/1"_s);
    QCOMPARE(one.status, 200);
    QCOMPARE(xml::root(one.body).first, u"entry"_s);
    QCOMPARE(xml::count(one.body, u"GuestInfo"_s), 1);
    QVERIFY(!xml::text(one.body, u"FirstName"_s).isEmpty());
    QCOMPARE(m_h->get(path + u"/guests/9"_s).status, 404);
    const QString lonely = registrantPath(false);
    QCOMPARE(xml::count(m_h->get(lonely + u"/guests"_s).body, u"entry"_s), 0);
}

void TestSandboxEventMarketing::attendance()
{
    const QString path = registrantPath(false) + u"/attendancestatus"_s;
    const Reply before = m_h->get(path);
    QCOMPARE(before.status, 200);
    QCOMPARE(xml::count(before.body, u"AttendanceStatus"_s), 1);
    const QString eventPath = path.left(path.indexOf(u"/registrants"_s));
    const auto attended = [this, &eventPath] {
        return xml::text(m_h->get(eventPath).body, u"AttendedCount"_s).toInt();
    };
    const int countBefore = attended();
    const QString now = xml::text(before.body, u"Status"_s) == u"ATTENDED" ? u"NOT_ATTENDED"_s : u"ATTENDED"_s;
    QCOMPARE(m_h->put(path,
                      statusEntry(u"AttendanceStatus"_s, u"<Status>%1</Status><Type>INDIVIDUAL</Type>"_s.arg(now)),
                      "application/atom+xml;type=entry")
                 .status,
             204);
    const Reply after = m_h->get(path);
    QCOMPARE(xml::text(after.body, u"Status"_s), now);
    QCOMPARE(xml::text(after.body, u"Type"_s), u"INDIVIDUAL"_s);
    QCOMPARE(attended(), countBefore + (now == u"ATTENDED" ? 1 : -1));
}

void TestSandboxEventMarketing::attendanceValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("bad status") << statusEntry(u"AttendanceStatus"_s, u"<Status>MAYBE</Status>"_s);
    QTest::newRow("bad type") << statusEntry(u"AttendanceStatus"_s, u"<Status>ATTENDED</Status><Type>TEAM</Type>"_s);
    QTest::newRow("wrong element") << statusEntry(u"PaymentStatus"_s, u"<Status>ATTENDED</Status>"_s);
    QTest::newRow("unknown child") << statusEntry(u"AttendanceStatus"_s,
                                                  u"<Status>ATTENDED</Status><When>now</When>"_s);
    QTest::newRow("not xml") << QByteArray("<atom:entry");
}

void TestSandboxEventMarketing::attendanceValidation()
{
    QFETCH(QByteArray, body);
    QCOMPARE(m_h->put(registrantPath(false) + u"/attendancestatus"_s, body).status, 400);
}

void TestSandboxEventMarketing::payment()
{
    const QString path = registrantPath(true) + u"/paymentstatus"_s;
    for (const QString &status : {u"REFUNDED"_s, u"PENDING"_s, u"COMPLETED"_s, u"CANCELLED"_s}) {
        QCOMPARE(m_h->put(path, statusEntry(u"PaymentStatus"_s, u"<Status>%1</Status>"_s.arg(status))).status, 204);
        const Reply r = m_h->get(path);
        QCOMPARE(r.status, 200);
        QCOMPARE(xml::text(r.body, u"Status"_s), status);
        QCOMPARE(xml::text(m_h->get(registrantPath(true)).body, u"PaymentStatus"_s).isEmpty(), false);
    }
    QCOMPARE(m_h->request("POST", path, statusEntry(u"PaymentStatus"_s, u"<Status>PENDING</Status>"_s),
                          "application/atom+xml")
                 .status,
             415);
}

void TestSandboxEventMarketing::paymentValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("bad status") << statusEntry(u"PaymentStatus"_s, u"<Status>PAID</Status>"_s);
    QTest::newRow("empty") << statusEntry(u"PaymentStatus"_s, QString());
}

void TestSandboxEventMarketing::paymentValidation()
{
    QFETCH(QByteArray, body);
    QCOMPARE(m_h->put(registrantPath(true) + u"/paymentstatus"_s, body).status, 400);
}

void TestSandboxEventMarketing::createEvent()
{
    const QByteArray body = eventEntry(
        u"<Name>Sunset Paddle</Name><Title>Sunset Paddle</Title><Status>ACTIVE</Status>"
        "<StartDate>2030-06-01T18:00:00-04:00</StartDate><EndDate>2030-06-01T20:00:00-04:00</EndDate>"
        "<EventLocation><Location>Beach</Location><City>Gloucester</City></EventLocation>"
        "<RegistrationTypes><RegistrationType><Name>General</Name></RegistrationType></RegistrationTypes>"_s);
    const Reply r = m_h->post(u"events"_s, body);
    QCOMPARE(r.status, 201);
    const QString location = QString::fromUtf8(r.header("Location"));
    QVERIFY2(location.startsWith(u"/ws/customers/demo/events/"_s), qPrintable(location));
    QCOMPARE(xml::text(r.body, u"Status"_s), u"DRAFT"_s); // decision 15
    QCOMPARE(xml::text(r.body, u"Registered"_s), u"0"_s);
    QCOMPARE(xml::text(r.body, u"Location"_s), u"Beach"_s);
    QCOMPARE(xml::count(r.body, u"RegistrationType"_s), 1);
    const Reply again = m_h->get(location);
    QCOMPARE(again.status, 200);
    QCOMPARE(xml::text(again.body, u"Name"_s), u"Sunset Paddle"_s);
    QCOMPARE(xml::count(m_h->get(location + u"/registrants"_s).body, u"entry"_s), 0);
    QCOMPARE(xml::count(m_h->get(u"events"_s).body, u"Event"_s), 4);
}

void TestSandboxEventMarketing::createValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no name") << eventEntry(u"<Title>x</Title>"_s);
    QTest::newRow("bad date") << eventEntry(u"<Name>x</Name><StartDate>next tuesday</StartDate>"_s);
    QTest::newRow("unknown element") << eventEntry(u"<Name>x</Name><Colour>red</Colour>"_s);
    QTest::newRow("lower-case element") << eventEntry(u"<Name>x</Name><title>y</title>"_s);
    QTest::newRow("unknown location element")
        << eventEntry(u"<Name>x</Name><EventLocation><Planet>Mars</Planet></EventLocation>"_s);
    QTest::newRow("bad status") << eventEntry(u"<Name>x</Name><Status>POSTPONED</Status>"_s);
    QTest::newRow("wrong payload") << statusEntry(u"Registrant"_s, u"<Name>x</Name>"_s);
}

void TestSandboxEventMarketing::createValidation()
{
    QFETCH(QByteArray, body);
    const Reply r = m_h->post(u"events"_s, body);
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.startsWith("Error 400: "));
}

void TestSandboxEventMarketing::updateEvent()
{
    const QString path = firstEventPath();
    const QString before = xml::text(m_h->get(path).body, u"Description"_s);
    QCOMPARE(m_h->put(path, eventEntry(u"<Title>Renamed Paddle</Title><Status>cancelled</Status>"
                                       "<Registered>999</Registered>"_s))
                 .status,
             204);
    const QByteArray after = m_h->get(path).body;
    QCOMPARE(xml::text(after, u"Title"_s), u"Renamed Paddle"_s);
    QCOMPARE(xml::text(after, u"Status"_s), u"CANCELLED"_s);
    QCOMPARE(xml::text(after, u"Description"_s), before); // untouched
    QVERIFY(xml::text(after, u"Registered"_s) != u"999"_s);
    QCOMPARE(m_h->put(path, eventEntry(u"<Status>POSTPONED</Status>"_s)).status, 400);
    QCOMPARE(m_h->put(u"events/a07enothere"_s, eventEntry(u"<Title>x</Title>"_s)).status, 404);
    QCOMPARE(m_h->del(path).status, 415);
}

void TestSandboxEventMarketing::pageNumbers()
{
    QCOMPARE(m_h->get(u"events?pageNumber=0"_s).status, 200);
    QCOMPARE(xml::count(m_h->get(u"events?pageNumber=1"_s).body, u"Event"_s), 0);
    QCOMPARE(m_h->get(u"events?pageNumber=-1"_s).status, 400);
    QCOMPARE(m_h->get(u"events?pageNumber=x"_s).status, 400);
    // 60 events make two pages; the next link carries pageNumber=1.
    for (int i = 0; i < 60; ++i)
        QCOMPARE(m_h->post(u"events"_s, eventEntry(u"<Name>Extra %1</Name>"_s.arg(i))).status, 201);
    const QByteArray first = m_h->get(u"events"_s).body;
    QCOMPARE(xml::count(first, u"Event"_s), 50);
    const QString next = xml::link(first, u"next"_s);
    QCOMPARE(next, u"/ws/customers/demo/events?pageNumber=1"_s);
    QVERIFY(xml::count(m_h->get(next).body, u"Event"_s) >= 10);
}

namespace {

struct LargeEvent
{
    QString path;
    QList<QHash<QString, QString>> registrants;
    QStringList registrantLinks;
};

// The event --registrants adds (the one with the most registrants), every page of it.
LargeEvent largeEventOf(Harness &h)
{
    LargeEvent out;
    const QByteArray events = h.get(u"events"_s).body;
    const auto records = xml::records(events, u"Event"_s);
    QStringList edits;
    for (const QString &l : xml::attributes(events, u"link"_s, u"href"_s))
        if (l.contains(u"/events/a"_s))
            edits.append(l);
    qint64 most = -1;
    for (int i = 0; i < records.size() && i < edits.size(); ++i) {
        const qint64 n =
            records.at(i).value(u"Registered"_s).toLongLong() + records.at(i).value(u"CancelledCount"_s).toLongLong();
        if (n > most) {
            most = n;
            out.path = edits.at(i);
        }
    }
    QString page = out.path + u"/registrants"_s;
    while (!page.isEmpty()) {
        const QByteArray body = h.get(page).body;
        out.registrants += xml::records(body, u"Registrant"_s);
        for (const QString &l : xml::attributes(body, u"link"_s, u"href"_s))
            if (l.contains(u"/registrants/"_s))
                out.registrantLinks.append(l);
        page = xml::link(body, u"next"_s);
    }
    return out;
}

} // namespace

void TestSandboxEventMarketing::largeEvent()
{
    // Without the option there are the three demo events only.
    QCOMPARE(xml::count(Harness().get(u"events"_s).body, u"Event"_s), 3);

    ctct::sandbox::Sandbox::Options o = Harness::defaults();
    o.registrants = 260;
    Harness h(o);
    QVERIFY(h.started());
    QCOMPARE(xml::count(h.get(u"events"_s).body, u"Event"_s), 4);
    const LargeEvent event = largeEventOf(h);
    QCOMPARE(event.registrants.size(), 260);
    QCOMPARE(event.registrantLinks.size(), 260);
    int withGuests = 0;
    int cancelled = 0;
    int attended = 0;
    int registered = 0;
    QSet<QString> emails;
    for (const auto &r : event.registrants) {
        withGuests += r.value(u"GuestCount"_s).toInt() > 0;
        cancelled += r.value(u"RegistrationStatus"_s) == u"CANCELLED";
        registered += r.value(u"RegistrationStatus"_s) == u"REGISTERED";
        attended += r.value(u"AttendanceStatus"_s).startsWith(u"ATTENDED"_s); // Status and Type, joined
        emails.insert(r.value(u"EmailAddress"_s));
    }
    QVERIFY2(withGuests > 20, qPrintable(QString::number(withGuests)));
    QVERIFY2(cancelled > 5, qPrintable(QString::number(cancelled)));
    QVERIFY2(attended > 5 && attended < registered / 2, qPrintable(QString::number(attended)));
    QCOMPARE(emails.size(), 260); // every address once
    // The event's counts agree with its registrants (decision 22).
    const auto entry = xml::records(h.get(event.path).body, u"Event"_s).value(0);
    QCOMPARE(entry.value(u"Registered"_s).toInt(), registered);
    QCOMPARE(entry.value(u"AttendedCount"_s).toInt(), attended);
    QCOMPARE(entry.value(u"CancelledCount"_s).toInt(), cancelled);
}

void TestSandboxEventMarketing::largeEventIsDeterministic()
{
    ctct::sandbox::Sandbox::Options o = Harness::defaults();
    o.registrants = 80;
    Harness a(o);
    Harness b(o);
    const LargeEvent ea = largeEventOf(a);
    const LargeEvent eb = largeEventOf(b);
    QCOMPARE(ea.path, eb.path);
    QCOMPARE(ea.registrantLinks, eb.registrantLinks);
    QCOMPARE(ea.registrants, eb.registrants);
    // The other demo data does not change with the option.
    QCOMPARE(xml::records(a.get(u"contacts"_s).body, u"Contact"_s),
             xml::records(Harness().get(u"contacts"_s).body, u"Contact"_s));
}

QTEST_GUILESS_MAIN(TestSandboxEventMarketing)
#include "tst_sandbox_eventmarketing.moc"
