// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The registrants of one event as the door sees them (issue 11, check-in mode): every page of
// them, searchable as the organiser types. A query matches a registrant when every word of it
// occurs in the registrant's name or e-mail (case and accents ignored: "jorg mul" finds
// "Jörg Müller"); a query that is exactly a ticket id or registrant id (what a barcode scanner
// types) matches that registrant alone. Keys are folded once, when registrants are added, so a
// keystroke over 5,000 registrants is a scan of short pre-folded strings (docs/PERFORMANCE.md).
// Pure: no network, no widgets; the check-in window, the Events tab and `ctct events checkin`
// share it.

#include "domain/registrant.h"

#include <QList>
#include <QString>

#include <vector>

namespace ctct {

// What the door can do with a registrant.
enum class CheckInState {
    NotCheckedIn, // registered, not attended: can be checked in
    CheckedIn,    // attendance ATTENDED
    Cancelled,    // registration CANCELLED: never checked in
    Incomplete,   // any other registration status (ABANDONED, unknown): never checked in
};

CheckInState checkInStateOf(const Registrant &registrant);
// "First Last", else the entry's title, else the e-mail.
QString registrantName(const Registrant &registrant);
// The attendance type a check-in sends: GROUP when guests come along, else INDIVIDUAL.
QString attendanceTypeFor(const Registrant &registrant);

class CheckInIndex final
{
public:
    struct Counts
    {
        qint64 registered = 0;     // RegistrationStatus REGISTERED (decision 22)
        qint64 attended = 0;       // attendance ATTENDED
        qint64 cancelled = 0;      // RegistrationStatus CANCELLED
        qint64 guests = 0;         // guests of the registered
        qint64 attendedGuests = 0; // guests of those attended
        friend bool operator==(const Counts &, const Counts &) = default;
    };

    // Adds registrants (a page as it arrives); their keys are folded here.
    void append(const QList<Registrant> &registrants);
    void clear();

    qsizetype size() const { return qsizetype(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }
    const Registrant &at(qsizetype row) const { return m_rows[size_t(row)].registrant; }
    QList<Registrant> registrants() const;
    // Row of the registrant with this id (the full URI or its last segment); -1 when none.
    qsizetype indexOf(QStringView registrantId) const;

    // The rows matching query, in alphabetical order (last name, first name). An empty
    // query matches every row. A query equal to a ticket or registrant id matches only
    // the registrants with that id. A query that extends the previous one only tests the
    // previous matches.
    std::vector<qsizetype> match(QStringView query) const;

    // Records a new attendance confirmed by the server.
    void setAttendance(qsizetype row, const QString &status, const QString &type);

    Counts counts() const { return m_counts; }

private:
    struct Row
    {
        Registrant registrant;
        QString key;      // folded "first last title email", words separated by spaces
        QString ticket;   // folded ticket id
        QString shortId;  // folded last segment of the id
        QString sortName; // folded "last first"
    };

    void count(const Registrant &registrant, int sign);
    void sortOrder();

    // The last word search, which the next keystroke narrows.
    struct LastSearch
    {
        bool valid = false;
        bool idPrefix = false;
        size_t rows = 0;
        QString folded;
        std::vector<qsizetype> matches;
    };

    std::vector<Row> m_rows;
    std::vector<qsizetype> m_alphabetical; // rows by sortName
    Counts m_counts;
    mutable LastSearch m_last; // a cache: match() is const but not to be called from two threads
};

} // namespace ctct
