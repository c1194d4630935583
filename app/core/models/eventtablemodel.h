// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The account's event-marketing events (api-contract §9.1) as a table, paged with the API's
// ?pageNumber= like every collection (PagedTableModel). The summary of the feed has every
// column; the detail (fees, payment options) comes with the full entry, set with setEvent(),
// which also adds an event that is not in the table (one just created).

#include "domain/event.h"
#include "models/pagedtablemodel.h"

#include <vector>

namespace ctct {

class EventTableModel final : public TypedPagedModel<Event>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTableModel)

public:
    enum Column {
        TitleColumn,
        NameColumn,
        StatusColumn,
        TypeColumn,
        StartColumn,
        EndColumn,
        LocationColumn,
        RegisteredColumn,
        CancelledColumn,
        AttendedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit EventTableModel(QObject *parent = nullptr);
    ~EventTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Event &event(int row) const { return m_rows[size_t(row)].event; }
    // The full entry was set (setEvent()) for the row.
    bool hasDetails(int row) const { return row >= 0 && m_rows[size_t(row)].detailed; }
    // -1 when absent.
    int rowOfId(const QString &id) const;
    // The full entry of an event: its row changes in place, or it is added at the end.
    void setEvent(const Event &event);

    // "Draft", "Active" ... as shown; the API's word when unknown.
    static QString statusText(const QString &status);
    // "Class, workshop" for CLASS_WORKSHOP; the API's word when unknown.
    static QString typeText(const QString &eventType);
    // Every EventType value this client names (AUCTION ... OTHER).
    static QStringList eventTypes();
    // The place in one line: "Bluewater Boathouse, 48 Harbor Street, Gloucester".
    static QString locationText(const EventAddress &location);

protected:
    void appendEntries(const QList<Event> &entries) override;
    void clearRows() override;
    QString loadedText(int loaded) const override;
    QString shownText(int shown, int loaded) const override;

private:
    struct Row
    {
        Event event;
        bool detailed = false;
    };
    std::vector<Row> m_rows;
};

} // namespace ctct
