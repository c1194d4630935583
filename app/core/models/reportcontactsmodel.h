// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The contacts behind one number of a campaign report (a drill-down): one row per event, with
// the contact's e-mail, name (the event feeds carry only the address: names arrive later, from
// a lookup, through setNames()), the event's time and what the event says besides (a bounce's
// code and message, a click's link, an opt-out's reason). Written out as CSV for export.

#include "domain/campaignevent.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ctct {

class ReportContactsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportContactsModel)

public:
    enum Column { EmailColumn, NameColumn, TimeColumn, DetailColumn, ColumnCount };
    Q_ENUM(Column)

    explicit ReportContactsModel(QObject *parent = nullptr);
    ~ReportContactsModel() override;

    void setEvents(CampaignEventKind kind, const QList<CampaignEvent> &events);
    // Names by lower-case e-mail address; rows of other addresses keep theirs.
    void setNames(const QHash<QString, QString> &namesByEmail);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    CampaignEventKind kind() const { return m_kind; }
    const CampaignEvent &event(int row) const { return m_events.at(row); }
    // Every address once, in row order.
    QStringList emails() const;
    // (contact id, e-mail) of every contact once, for list membership.
    QList<std::pair<QString, QString>> contacts() const;
    // A header line and one line per row (UTF-8, times in UTC as the API gives them).
    QByteArray toCsv() const;

    static QString detailText(const CampaignEvent &event);

private:
    CampaignEventKind m_kind = CampaignEventKind::Send;
    QList<CampaignEvent> m_events;
    QHash<QString, QString> m_names;
};

} // namespace ctct
