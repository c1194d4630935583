// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkinmatchmodel.h"

#include "models/roles.h"

#include <QLocale>

namespace ctct {

CheckInMatchModel::CheckInMatchModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

CheckInMatchModel::~CheckInMatchModel() = default;

void CheckInMatchModel::append(const QList<Registrant> &registrants)
{
    if (registrants.isEmpty())
        return;
    beginResetModel();
    m_index.append(registrants);
    m_matches = m_index.match(m_query);
    endResetModel();
    emit countsChanged();
}

void CheckInMatchModel::clear()
{
    beginResetModel();
    m_index.clear();
    m_matches.clear();
    endResetModel();
    emit countsChanged();
}

void CheckInMatchModel::setQuery(const QString &query)
{
    beginResetModel();
    m_query = query;
    m_matches = m_index.match(query);
    endResetModel();
}

qsizetype CheckInMatchModel::indexRow(int row) const
{
    return row >= 0 && size_t(row) < m_matches.size() ? m_matches[size_t(row)] : -1;
}

int CheckInMatchModel::rowOf(qsizetype indexRow) const
{
    const auto it = std::find(m_matches.cbegin(), m_matches.cend(), indexRow);
    return it == m_matches.cend() ? -1 : int(it - m_matches.cbegin());
}

void CheckInMatchModel::setAttendance(qsizetype indexRow, const QString &status, const QString &type)
{
    m_index.setAttendance(indexRow, status, type);
    const int row = rowOf(indexRow);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit countsChanged();
}

QString CheckInMatchModel::stateText(CheckInState state)
{
    switch (state) {
    case CheckInState::NotCheckedIn:
        return tr("Not checked in");
    case CheckInState::CheckedIn:
        return tr("Checked in");
    case CheckInState::Cancelled:
        return tr("Cancelled");
    case CheckInState::Incomplete:
        return tr("Registration incomplete");
    }
    return {};
}

int CheckInMatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

int CheckInMatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckInMatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Registrant &r = m_index.at(m_matches[size_t(index.row())]);
    const CheckInState state = checkInStateOf(r);
    if (role == CheckInStateRole)
        return int(state);
    if (role == IdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole && index.column() == GuestsColumn)
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return registrantName(r);
    case EmailColumn:
        return r.emailAddress;
    case GuestsColumn:
        if (role == RawValueRole)
            return r.guestCount.value_or(0);
        return QLocale().toString(r.guestCount.value_or(0));
    case TicketColumn:
        return r.ticketId;
    case StatusColumn:
        return role == RawValueRole ? QVariant(int(state)) : QVariant(stateText(state));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CheckInMatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case GuestsColumn:
        return tr("Guests");
    case TicketColumn:
        return tr("Ticket");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ctct
