// SPDX-License-Identifier: GPL-3.0-or-later
// ctct events checkin EVENT QUERY [--undo]: the door's check-in from a script. Every registrant
// of the event is loaded and searched with the check-in window's index (CheckInIndex): by name,
// e-mail, ticket or registrant id, ignoring case and accents. Exactly one match is checked in
// (ATTENDED, GROUP when guests come along) or, with --undo, set back to NOT_ATTENDED; none or
// several end with exit code 3 and "no match" or the candidates on stderr. A registrant already
// checked in, or cancelled, is not checked in (exit 3 with the reason).
#include "cli.h"

#include "models/checkinindex.h"

#include <memory>

namespace ctct::cli {

namespace {

QString describe(const Registrant &r)
{
    QString state;
    switch (checkInStateOf(r)) {
    case CheckInState::NotCheckedIn:
        state = QStringLiteral("not checked in");
        break;
    case CheckInState::CheckedIn:
        state = QStringLiteral("checked in");
        break;
    case CheckInState::Cancelled:
        state = QStringLiteral("cancelled");
        break;
    case CheckInState::Incomplete:
        state = r.registrationStatus.toLower();
        break;
    }
    return QStringLiteral("%1 <%2>, %3 guests, %4, id %5")
        .arg(registrantName(r), r.emailAddress)
        .arg(r.guestCount.value_or(0))
        .arg(state, shortIdOf(r.id));
}

void checkIn(Cli &cli, const QString &eventId, const Registrant &r, bool undo)
{
    const QString name = registrantName(r);
    const CheckInState state = checkInStateOf(r);
    if (undo && state != CheckInState::CheckedIn) {
        cli.finish(cli.fail(QStringLiteral("%1 is not checked in; nothing to undo").arg(name), ExitHttpClient));
        return;
    }
    if (!undo && state != CheckInState::NotCheckedIn) {
        QString why;
        if (state == CheckInState::CheckedIn)
            why = QStringLiteral("%1 is already checked in").arg(name);
        else if (state == CheckInState::Cancelled)
            why = QStringLiteral("%1 cancelled the registration: not checked in").arg(name);
        else
            why = QStringLiteral("%1 did not complete the registration (%2): not checked in")
                      .arg(name, r.registrationStatus);
        cli.finish(cli.fail(why, ExitHttpClient));
        return;
    }
    const QString status = undo ? QString::fromUtf16(NotAttended) : QString::fromUtf16(Attended);
    const QString type = undo && !r.attendanceType.isEmpty() ? r.attendanceType : attendanceTypeFor(r);
    const qint64 guests = r.guestCount.value_or(0);
    cli.whenDone(cli.ops().setAttendance(eventId, r.id, status, type),
                 [&cli, eventId, r, undo, name, guests](const ApiResult &) {
                     cli.progress(undo ? QStringLiteral("check-in of %1 undone").arg(name)
                                       : QStringLiteral("%1 checked in with %2 guests").arg(name).arg(guests));
                     cli.whenDone(cli.ops().getAttendance(eventId, r.id), [&cli](const ApiResult &shown) {
                         cli.printEntryResult<AttendanceStatus>(shown, QStringLiteral("AttendanceStatus"));
                     });
                 });
}

} // namespace

Verb eventsCheckInVerb()
{
    return Verb{
        QStringLiteral("checkin"),
        QStringLiteral("EVENT QUERY…"),
        QStringLiteral("Check in the one registrant matching QUERY (name, e-mail, ticket or registrant id; case and "
                       "accents ignored). None or several: exit 3 with \"no match\" or the candidates on stderr."),
        {QStringLiteral("ctct events checkin a07e1hoasmu0e644426 \"Jörg Müller\""),
         QStringLiteral("ctct events checkin a07e1hoasmu0e644426 joerg.mueller@example.com --undo")},
        {option(QStringLiteral("undo"),
                QStringLiteral("Revert the check-in: set the registrant back to NOT_ATTENDED."))},
        2,
        -1,
        [](Cli &cli, const QCommandLineParser &p, const QStringList &a) {
            const QString eventId = a.first();
            const QString query = a.mid(1).join(u' ').trimmed();
            if (query.isEmpty()) {
                cli.finish(cli.usageError(QStringLiteral("checkin needs a QUERY: a name, an e-mail or an id")));
                return;
            }
            const bool undo = p.isSet(QStringLiteral("undo"));
            auto index = std::make_shared<CheckInIndex>();
            auto *pager = cli.ops().registrants(eventId, &cli);
            QObject::connect(pager, &Pager::pageReady, &cli,
                             [pager, index](int) { index->append(pager->takePage().entries); });
            QObject::connect(pager, &Pager::finished, &cli, [&cli, pager, index, eventId, query, undo] {
                pager->deleteLater();
                if (!pager->result().ok()) {
                    cli.finish(cli.reportFailure(pager->result()));
                    return;
                }
                const std::vector<qsizetype> rows = index->match(query);
                if (rows.empty()) {
                    cli.finish(cli.fail(
                        QStringLiteral("no match for \"%1\" among %2 registrants").arg(query).arg(index->size()),
                        ExitHttpClient));
                    return;
                }
                if (rows.size() > 1) {
                    QString text = QStringLiteral("%1 registrants match \"%2\"; say which one (an e-mail or an id):")
                                       .arg(rows.size())
                                       .arg(query);
                    for (qsizetype row : rows)
                        text += QStringLiteral("\n  ") + describe(index->at(row));
                    cli.finish(cli.fail(text, ExitHttpClient));
                    return;
                }
                checkIn(cli, eventId, index->at(rows.front()), undo);
            });
            pager->fetchAll();
        }};
}

} // namespace ctct::cli
