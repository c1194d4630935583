// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkinindex.h"

#include "models/contacttablemodel.h"

#include <algorithm>

namespace ctct {

namespace {

// A registrant id typed in part must be at least this long to match (shorter prefixes of the
// random ids would match by chance).
constexpr qsizetype kMinIdPrefix = 8;

bool containsAllWords(QStringView key, const QList<QStringView> &words)
{
    for (QStringView word : words) {
        if (!key.contains(word))
            return false;
    }
    return true;
}

} // namespace

CheckInState checkInStateOf(const Registrant &r)
{
    if (r.registrationStatus.compare(u"CANCELLED", Qt::CaseInsensitive) == 0)
        return CheckInState::Cancelled;
    if (r.attendanceStatus.compare(QStringView(Attended), Qt::CaseInsensitive) == 0)
        return CheckInState::CheckedIn;
    if (r.registrationStatus.isEmpty() || r.registrationStatus.compare(u"REGISTERED", Qt::CaseInsensitive) == 0)
        return CheckInState::NotCheckedIn;
    return CheckInState::Incomplete;
}

QString registrantName(const Registrant &r)
{
    const QString joined = QString(r.firstName + u' ' + r.lastName).trimmed();
    if (!joined.isEmpty())
        return joined;
    if (!r.title.trimmed().isEmpty())
        return r.title.trimmed();
    return r.emailAddress;
}

QString attendanceTypeFor(const Registrant &r)
{
    return r.guestCount.value_or(0) > 0 ? QStringLiteral("GROUP") : QStringLiteral("INDIVIDUAL");
}

void CheckInIndex::append(const QList<Registrant> &registrants)
{
    if (m_rows.capacity() < m_rows.size() + size_t(registrants.size())) // grow geometrically: pages come one by one
        m_rows.reserve(std::max(m_rows.size() * 2, m_rows.size() + size_t(registrants.size())));
    for (const Registrant &r : registrants) {
        Row row;
        row.registrant = r;
        const QString first = foldForSearch(r.firstName);
        const QString last = foldForSearch(r.lastName);
        const QString title = foldForSearch(r.title);
        row.ticket = foldForSearch(r.ticketId.trimmed());
        row.shortId = foldForSearch(shortIdOf(r.id));
        row.key = first + u' ' + last;
        if (title != row.key.trimmed())
            row.key += u' ' + title;
        row.key += u' ' + foldForSearch(r.emailAddress) + u' ' + row.ticket;
        row.sortName = last.isEmpty() && first.isEmpty() ? title : last + u' ' + first;
        count(r, 1);
        m_rows.push_back(std::move(row));
    }
    sortOrder();
}

void CheckInIndex::clear()
{
    m_rows.clear();
    m_alphabetical.clear();
    m_counts = {};
    m_last = {};
}

void CheckInIndex::sortOrder()
{
    // The rows added last are sorted on their own and merged in: a page costs O(n), not a sort.
    const auto less = [this](qsizetype a, qsizetype b) {
        return m_rows[size_t(a)].sortName < m_rows[size_t(b)].sortName;
    };
    const size_t sorted = m_alphabetical.size();
    for (size_t i = sorted; i < m_rows.size(); ++i)
        m_alphabetical.push_back(qsizetype(i));
    const auto middle = m_alphabetical.begin() + qsizetype(sorted);
    std::stable_sort(middle, m_alphabetical.end(), less);
    std::inplace_merge(m_alphabetical.begin(), middle, m_alphabetical.end(), less);
    m_last = {};
}

QList<Registrant> CheckInIndex::registrants() const
{
    QList<Registrant> out;
    out.reserve(size());
    for (const Row &row : m_rows)
        out.append(row.registrant);
    return out;
}

qsizetype CheckInIndex::indexOf(QStringView registrantId) const
{
    const QStringView tail = registrantId.mid(registrantId.lastIndexOf(u'/') + 1);
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].registrant.id == registrantId || shortIdOf(m_rows[i].registrant.id) == tail)
            return qsizetype(i);
    }
    return -1;
}

std::vector<qsizetype> CheckInIndex::match(QStringView query) const
{
    const QString folded = foldForSearch(query.trimmed());
    if (folded.isEmpty())
        return m_alphabetical;
    std::vector<qsizetype> out;
    // What a scanner types: one registrant's ticket or id, exactly.
    for (qsizetype row : m_alphabetical) {
        const Row &r = m_rows[size_t(row)];
        if (r.shortId == folded || (!r.ticket.isEmpty() && r.ticket == folded))
            out.push_back(row);
    }
    if (!out.empty()) {
        m_last = {};
        return out;
    }
    const QList<QStringView> words = QStringView(folded).split(u' ', Qt::SkipEmptyParts);
    const bool idPrefix = words.size() == 1 && folded.size() >= kMinIdPrefix;
    // Typing on narrows the last search: only its matches can match a query that extends it
    // (each word of it is then part of a word of this one), unless this one may now match by
    // id prefix and that one could not.
    const bool narrowing = m_last.valid && m_last.rows == m_rows.size() && folded.startsWith(m_last.folded) &&
                           (!idPrefix || m_last.idPrefix);
    const std::vector<qsizetype> &candidates = narrowing ? m_last.matches : m_alphabetical;
    for (qsizetype row : candidates) {
        const Row &r = m_rows[size_t(row)];
        if (containsAllWords(r.key, words) || (idPrefix && r.shortId.startsWith(folded)))
            out.push_back(row);
    }
    m_last = {true, idPrefix, m_rows.size(), folded, out};
    return out;
}

void CheckInIndex::setAttendance(qsizetype row, const QString &status, const QString &type)
{
    if (row < 0 || row >= size())
        return;
    Registrant &r = m_rows[size_t(row)].registrant;
    count(r, -1);
    r.attendanceStatus = status;
    r.attendanceType = type;
    count(r, 1);
}

void CheckInIndex::count(const Registrant &r, int sign)
{
    const qint64 guests = std::max<qint64>(0, r.guestCount.value_or(0));
    const bool registered = r.registrationStatus.compare(u"REGISTERED", Qt::CaseInsensitive) == 0;
    if (registered) {
        m_counts.registered += sign;
        m_counts.guests += sign * guests;
    }
    if (r.registrationStatus.compare(u"CANCELLED", Qt::CaseInsensitive) == 0)
        m_counts.cancelled += sign;
    if (r.attendanceStatus.compare(QStringView(Attended), Qt::CaseInsensitive) == 0) {
        m_counts.attended += sign;
        m_counts.attendedGuests += sign * guests;
    }
}

} // namespace ctct
