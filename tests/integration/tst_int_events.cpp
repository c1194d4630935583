// SPDX-License-Identifier: GPL-3.0-or-later
// Event marketing through the real client against the sandbox: events (list, get, create,
// update, paging by pageNumber), registrants, guests, attendance and payment round trips, and
// event counts that agree with the registrants (decision 22).
#include "atom/atomwriter.h"
#include "integration.h"

#include <QTest>
#include <QTimeZone>

using namespace ctct;
using namespace ctct::test;

class TestIntEvents final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listAndGet();
    void countsAgreeWithRegistrants();
    void registrantDetail();
    void guests();
    void attendanceRoundTrip();
    void paymentRoundTrip();
    void createAndUpdate();
    void patchedFeesAndPaymentOptions();
    void eventPaging();
    void unknownIds();
    void unsupportedMethods();

private:
    QList<Event> events();
    // The first registrant (of any event) with or without guests, and its event.
    std::optional<std::pair<Event, Registrant>> registrant(bool withGuests);
    std::unique_ptr<Integration> m_f;
};

void TestIntEvents::init()
{
    m_f = std::make_unique<Integration>();
    QVERIFY(m_f->started());
}

void TestIntEvents::cleanup()
{
    m_f.reset();
}

QList<Event> TestIntEvents::events()
{
    return Integration::collect(m_f->ops().events()).entries;
}

std::optional<std::pair<Event, Registrant>> TestIntEvents::registrant(bool withGuests)
{
    for (const Event &e : events()) {
        for (const Registrant &r : Integration::collect(m_f->ops().registrants(e.id)).entries) {
            if ((r.guestCount.value_or(0) > 0) == withGuests)
                return std::make_pair(e, r);
        }
    }
    return std::nullopt;
}

void TestIntEvents::listAndGet()
{
    const Collected<Event> all = Integration::collect(m_f->ops().events());
    QCOMPARE(all.result.error, ApiError::None);
    QCOMPARE(all.entries.size(), 3);
    QDateTime previous;
    QSet<QString> statuses;
    for (const Event &e : all.entries) {
        QVERIFY2(e.id.startsWith(QStringLiteral("tag:api.constantcontact.com,2010:/ws/customers/demo/events/")),
                 qPrintable(e.id));
        QVERIFY(e.startDate.isValid());
        QVERIFY(!previous.isValid() || previous <= e.startDate); // by StartDate (decision 7)
        previous = e.startDate;
        statuses.insert(e.status);
    }
    QVERIFY(statuses.contains(QStringLiteral("COMPLETE")));
    QVERIFY(statuses.contains(QStringLiteral("ACTIVE")));
    const Event &summary = all.entries.first();
    const std::optional<Event> e = Integration::fetch<Event>(m_f->ops().getEvent(summary.id));
    QVERIFY(e);
    QCOMPARE(e->id, summary.id);
    QCOMPARE(e->name, summary.name);
    QVERIFY(!e->title.isEmpty());
    QVERIFY(e->hasLocation);
    QVERIFY(!e->location.location.isEmpty());
    QVERIFY(!e->registrationUrl.isEmpty());
    QVERIFY(!e->registrationTypes.isEmpty());
    QVERIFY(!e->paymentOptions.isEmpty());
    QVERIFY(e->eventFeeRequired.has_value());
    // By short id as well.
    QCOMPARE(Integration::fetch<Event>(m_f->ops().getEvent(e->shortId())).value().name, e->name);
}

void TestIntEvents::countsAgreeWithRegistrants()
{
    for (const Event &summary : events()) {
        const std::optional<Event> e = Integration::fetch<Event>(m_f->ops().getEvent(summary.id));
        QVERIFY(e);
        const Collected<Registrant> regs = Integration::collect(m_f->ops().registrants(e->id));
        QCOMPARE(regs.result.error, ApiError::None);
        qint64 registered = 0;
        qint64 cancelled = 0;
        qint64 attended = 0;
        for (const Registrant &r : regs.entries) {
            registered += r.registrationStatus == u"REGISTERED";
            cancelled += r.registrationStatus == u"CANCELLED";
            attended += r.attendanceStatus == Attended;
        }
        QVERIFY(registered > 0);
        QCOMPARE(e->registered, std::optional<qint64>(registered));
        QCOMPARE(e->cancelledCount, std::optional<qint64>(cancelled));
        QCOMPARE(e->attendedCount, std::optional<qint64>(attended));
        QCOMPARE(summary.registered, e->registered);
    }
}

void TestIntEvents::registrantDetail()
{
    const auto found = registrant(true);
    QVERIFY(found);
    const auto &[event, summary] = *found;
    QVERIFY2(summary.id.startsWith(event.id + QStringLiteral("/registrants/")), qPrintable(summary.id));
    // By the full tag: id, and by event id plus short registrant id.
    const std::optional<Registrant> r = Integration::fetch<Registrant>(m_f->ops().getRegistrant(event.id, summary.id));
    QVERIFY(r);
    const std::optional<Registrant> again =
        Integration::fetch<Registrant>(m_f->ops().getRegistrant(event.shortId(), summary.shortId()));
    QVERIFY(again);
    QCOMPARE(again->id, r->id);
    QCOMPARE(r->id, summary.id);
    QCOMPARE(r->emailAddress, summary.emailAddress);
    QCOMPARE(r->lastName, summary.lastName);
    QCOMPARE(r->registrationStatus, QStringLiteral("REGISTERED"));
    QVERIFY(r->registrationDate.isValid());
    QCOMPARE(r->guestCount, summary.guestCount);
    QVERIFY(!r->paymentStatus.isEmpty());
    QVERIFY(!r->ticketId.isEmpty());
    QVERIFY(r->hasPersonalInformation);
    QVERIFY(r->hasBusinessInformation);
    QVERIFY(!r->costs.isEmpty());
    QCOMPARE(r->costs.first().count, std::optional<qint64>(1 + *r->guestCount));
}

void TestIntEvents::guests()
{
    const auto found = registrant(true);
    QVERIFY(found);
    const auto &[event, reg] = *found;
    const Collected<Guest> guests = Integration::collect(m_f->ops().guests(event.id, reg.id));
    QCOMPARE(guests.result.error, ApiError::None);
    QCOMPARE(guests.entries.size(), *reg.guestCount);
    for (qsizetype i = 0; i < guests.entries.size(); ++i) {
        const Guest &g = guests.entries.at(i);
        QCOMPARE(g.guestNumber, std::optional<qint64>(i + 1));
        QVERIFY(!g.firstName.isEmpty());
        QVERIFY(g.emailAddress.contains(u'@'));
        const std::optional<Guest> one =
            Integration::fetch<Guest>(m_f->ops().getGuest(event.id, reg.id, QString::number(i + 1)));
        QVERIFY(one);
        QCOMPARE(one->firstName, g.firstName);
        QCOMPARE(one->emailAddress, g.emailAddress);
        // By the guest's own tag: id too.
        const std::optional<Guest> byId = Integration::fetch<Guest>(m_f->ops().getGuest({}, {}, g.id));
        QVERIFY2(byId, qPrintable(g.id));
        QCOMPARE(byId->guestNumber, g.guestNumber);
    }
    const ApiResult missing = Integration::run(m_f->ops().getGuest(event.id, reg.id, QStringLiteral("9")));
    QCOMPARE(missing.error, ApiError::NotFound);
    const auto lonely = registrant(false);
    QVERIFY(lonely);
    QVERIFY(Integration::collect(m_f->ops().guests(lonely->first.id, lonely->second.id)).entries.isEmpty());
}

void TestIntEvents::attendanceRoundTrip()
{
    const auto found = registrant(false);
    QVERIFY(found);
    const auto &[event, reg] = *found;
    const std::optional<AttendanceStatus> before =
        Integration::fetch<AttendanceStatus>(m_f->ops().getAttendance(event.id, reg.id));
    QVERIFY(before);
    QCOMPARE(before->status, reg.attendanceStatus);
    const qint64 attendedBefore =
        Integration::fetch<Event>(m_f->ops().getEvent(event.id)).value().attendedCount.value_or(-1);
    const QString now = before->status == Attended ? QString::fromUtf16(NotAttended) : QString::fromUtf16(Attended);
    const ApiResult put =
        Integration::run(m_f->ops().setAttendance(event.id, reg.id, now, QStringLiteral("INDIVIDUAL")));
    QCOMPARE(put.error, ApiError::None);
    QCOMPARE(put.httpStatus, 204);
    const std::optional<AttendanceStatus> after =
        Integration::fetch<AttendanceStatus>(m_f->ops().getAttendance(event.id, reg.id));
    QVERIFY(after);
    QCOMPARE(after->status, now);
    QCOMPARE(after->type, QStringLiteral("INDIVIDUAL"));
    QCOMPARE(Integration::fetch<Registrant>(m_f->ops().getRegistrant(event.id, reg.id)).value().attendanceStatus, now);
    QCOMPARE(Integration::fetch<Event>(m_f->ops().getEvent(event.id)).value().attendedCount.value_or(-1),
             attendedBefore + (now == Attended ? 1 : -1));
    const ApiResult bad = Integration::run(m_f->ops().setAttendance(event.id, reg.id, QStringLiteral("MAYBE")));
    QCOMPARE(bad.error, ApiError::BadRequest);
}

void TestIntEvents::paymentRoundTrip()
{
    const auto found = registrant(true);
    QVERIFY(found);
    const auto &[event, reg] = *found;
    for (const QString &status : {QStringLiteral("REFUNDED"), QStringLiteral("PENDING"), QStringLiteral("COMPLETED"),
                                  QStringLiteral("CANCELLED")}) {
        const ApiResult put = Integration::run(m_f->ops().setPayment(event.id, reg.id, status));
        QCOMPARE(put.error, ApiError::None);
        QCOMPARE(put.httpStatus, 204);
        const std::optional<PaymentStatus> p =
            Integration::fetch<PaymentStatus>(m_f->ops().getPayment(event.id, reg.id));
        QVERIFY(p);
        QCOMPARE(p->status, status);
        QCOMPARE(Integration::fetch<Registrant>(m_f->ops().getRegistrant(event.id, reg.id)).value().paymentStatus,
                 status);
    }
    QCOMPARE(Integration::run(m_f->ops().setPayment(event.id, reg.id, QStringLiteral("PAID"))).error,
             ApiError::BadRequest);
}

void TestIntEvents::createAndUpdate()
{
    Event e;
    e.name = QStringLiteral("Sunset Paddle");
    e.title = QStringLiteral("Sunset Paddle");
    e.description = QStringLiteral("Out to the lighthouse and back");
    e.status = QStringLiteral("ACTIVE");
    e.startDate = QDateTime(QDate(2030, 6, 1), QTime(18, 0), QTimeZone(-4 * 3600));
    e.endDate = e.startDate.addSecs(2 * 3600);
    e.location.location = QStringLiteral("Beach");
    e.location.city = QStringLiteral("Gloucester");
    e.hasLocation = true;
    RegistrationType general;
    general.name = QStringLiteral("General");
    e.registrationTypes.append(general);
    const ApiResult created = Integration::run(m_f->ops().createEvent(e));
    QCOMPARE(created.error, ApiError::None);
    QCOMPARE(created.httpStatus, 201);
    QVERIFY(!created.location.isEmpty());
    const atom::Parsed<Event> entry = parseEntry<Event>(created);
    QVERIFY(entry.ok());
    QCOMPARE(entry.value->statusValue(), EventStatus::Draft); // decision 15
    QCOMPARE(entry.value->registered, std::optional<qint64>(0));
    QCOMPARE(entry.value->location.location, QStringLiteral("Beach"));
    QCOMPARE(entry.value->registrationTypes.size(), 1);
    QCOMPARE(entry.value->startDate, e.startDate);
    QCOMPARE(events().size(), 4);

    const ApiResult original = Integration::run(m_f->ops().getEvent(created.location.toString()));
    QCOMPARE(original.error, ApiError::None);
    Event edited = parseEntry<Event>(original).value.value();
    QCOMPARE(edited.name, e.name);
    edited.title = QStringLiteral("Sunset Paddle (full moon)");
    edited.status = QStringLiteral("ACTIVE");
    const ApiResult put = Integration::run(m_f->ops().updateEvent(edited, original.body));
    QCOMPARE(put.error, ApiError::None);
    QCOMPARE(put.httpStatus, 204);
    const std::optional<Event> after = Integration::fetch<Event>(m_f->ops().getEvent(edited.id));
    QVERIFY(after);
    QCOMPARE(after->title, QStringLiteral("Sunset Paddle (full moon)"));
    QCOMPARE(after->statusValue(), EventStatus::Active);
    QCOMPARE(after->description, e.description);
    QCOMPARE(after->location.city, QStringLiteral("Gloucester"));
    QVERIFY(Integration::collect(m_f->ops().registrants(after->id)).entries.isEmpty());
    // Without the original, the entry is written in full from the value.
    Event full = *after;
    full.description = QStringLiteral("Bring a headlamp");
    const ApiResult fullPut = Integration::run(m_f->ops().updateEvent(full));
    QVERIFY2(fullPut.httpStatus == 204, qPrintable(fullPut.toString()));
    const std::optional<Event> written = Integration::fetch<Event>(m_f->ops().getEvent(full.id));
    QVERIFY(written);
    QCOMPARE(written->description, QStringLiteral("Bring a headlamp"));
    QCOMPARE(written->title, after->title);
    QCOMPARE(written->startDate, e.startDate);
}

// What the event editor sends: the entry as GET returned it, patched with new registration
// types, fees and payment options; the server keeps exactly those.
void TestIntEvents::patchedFeesAndPaymentOptions()
{
    const Event summary = events().first();
    const ApiResult original = Integration::run(m_f->ops().getEvent(summary.id));
    QCOMPARE(original.error, ApiError::None);
    Event e = parseEntry<Event>(original).value.value();
    QVERIFY(!e.paymentOptions.isEmpty());
    RegistrationType student;
    student.name = QStringLiteral("Student");
    student.registrationLimitCount = 10;
    student.guestLimit = 0;
    student.eventFees = {EventFee{QStringLiteral("Student"), QStringLiteral("5.00"), {}, {}, {}}};
    e.registrationTypes.append(student);
    PaymentOption cheque;
    cheque.type = QStringLiteral("CHECK");
    cheque.paymentAddress.address1 = QStringLiteral("48 Harbor Street");
    cheque.paymentAddress.city = QStringLiteral("Gloucester");
    e.paymentOptions = {cheque};
    e.currencyType = QStringLiteral("CAD");
    const ApiResult put = Integration::run(m_f->ops().updateEvent(e, original.body));
    QVERIFY2(put.httpStatus == 204, qPrintable(put.toString()));
    const std::optional<Event> after = Integration::fetch<Event>(m_f->ops().getEvent(e.id));
    QVERIFY(after);
    QCOMPARE(after->registrationTypes, e.registrationTypes);
    QCOMPARE(after->paymentOptions.size(), 1);
    QCOMPARE(after->paymentOptions.first().type, QStringLiteral("CHECK"));
    QCOMPARE(after->paymentOptions.first().paymentAddress.city, QStringLiteral("Gloucester"));
    QCOMPARE(after->currencyType, QStringLiteral("CAD"));
    QCOMPARE(after->name, summary.name);
    QCOMPARE(after->registered, summary.registered);
}

void TestIntEvents::eventPaging()
{
    for (int i = 0; i < 48; ++i) {
        Event e;
        e.name = QStringLiteral("Extra %1").arg(i);
        QCOMPARE(Integration::run(m_f->ops().createEvent(e)).httpStatus, 201);
    }
    const Collected<Event> all = Integration::collect(m_f->ops().events());
    QCOMPARE(all.result.error, ApiError::None);
    QCOMPARE(all.entries.size(), 51);
    QCOMPARE(all.pageUrls.size(), 2);
    QCOMPARE(QUrlQuery(all.pageUrls.at(1)).queryItemValue(QStringLiteral("pageNumber")), QStringLiteral("1"));
    QSet<QString> ids;
    for (const Event &e : all.entries)
        ids.insert(e.id);
    QCOMPARE(ids.size(), 51);
}

void TestIntEvents::unknownIds()
{
    const Event first = events().value(0);
    QCOMPARE(Integration::run(m_f->ops().getEvent(QStringLiteral("a07enothere"))).error, ApiError::NotFound);
    QCOMPARE(Integration::run(m_f->ops().getRegistrant(first.id, QStringLiteral("nobody"))).error, ApiError::NotFound);
    QCOMPARE(Integration::run(m_f->ops().getAttendance(first.id, QStringLiteral("nobody"))).error, ApiError::NotFound);
}

void TestIntEvents::unsupportedMethods()
{
    // v1 answers 415 for a method a resource does not support (decision 5).
    const auto found = registrant(false);
    QVERIFY(found);
    const auto &[event, reg] = *found;
    const ApiResult del = Integration::run(m_f->client().deleteResource(m_f->ops().urlOf(event.id, {})));
    QCOMPARE(del.error, ApiError::UnsupportedMedia);
    QCOMPARE(del.httpStatus, 415);
    QCOMPARE(del.attempts, 1);
    QUrl payment = m_f->ops().urlOf(reg.id, {});
    payment.setPath(payment.path() + QStringLiteral("/paymentstatus"));
    PaymentStatus p;
    p.status = QStringLiteral("PENDING");
    const ApiResult post = Integration::run(m_f->client().post(payment, atom::writeEntry(p, atom::WriteMode::Update)));
    QCOMPARE(post.error, ApiError::UnsupportedMedia);
    QCOMPARE(Integration::fetch<Event>(m_f->ops().getEvent(event.id)).value().name, event.name); // still there
}

QTEST_GUILESS_MAIN(TestIntEvents)
#include "tst_int_events.moc"
