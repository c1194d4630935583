// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The registrants matching what the door typed (issue 11, check-in mode): a table over a
// CheckInIndex it owns, one row per match in alphabetical order, with name, e-mail, guests,
// ticket and where the registrant stands (CheckInStateRole). A new query is one model reset;
// an attendance the server confirmed changes that row in place.

#include "models/checkinindex.h"

#include <QAbstractTableModel>

namespace ctct {

class CheckInMatchModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckInMatchModel)

public:
    enum Column { NameColumn, EmailColumn, GuestsColumn, TicketColumn, StatusColumn, ColumnCount };
    Q_ENUM(Column)
    // int(CheckInState) of the row's registrant.
    static constexpr int CheckInStateRole = Qt::UserRole + 20;

    explicit CheckInMatchModel(QObject *parent = nullptr);
    ~CheckInMatchModel() override;

    const CheckInIndex &checkInIndex() const { return m_index; }
    // Adds registrants (a page as it arrives); the matches of the current query are redone.
    void append(const QList<Registrant> &registrants);
    void clear();

    void setQuery(const QString &query);
    QString query() const { return m_query; }
    // Row of the index shown at this model row; -1 when out of range.
    qsizetype indexRow(int row) const;
    // Model row showing this row of the index; -1 when it is not among the matches.
    int rowOf(qsizetype indexRow) const;
    // Records an attendance the server confirmed and updates the row showing it.
    void setAttendance(qsizetype indexRow, const QString &status, const QString &type);

    static QString stateText(CheckInState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The counts of the index changed (rows added, an attendance recorded).
    void countsChanged();

private:
    CheckInIndex m_index;
    QString m_query;
    std::vector<qsizetype> m_matches;
};

} // namespace ctct
