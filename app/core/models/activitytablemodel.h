// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The account's bulk activities (api-contract §8) as a table, paged like every collection
// (PagedTableModel). Rows can be updated in place from a single activity fetched again, so a
// running import or export changes status without the table being reloaded.

#include "domain/activity.h"
#include "models/pagedtablemodel.h"

#include <vector>

namespace ctct {

class ActivityTableModel final : public TypedPagedModel<Activity>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityTableModel)

public:
    enum Column {
        TypeColumn,
        StatusColumn,
        CreatedColumn,
        StartedColumn,
        FinishedColumn,
        RowsColumn,
        FileColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ActivityTableModel(QObject *parent = nullptr);
    ~ActivityTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Activity &activity(int row) const { return m_rows[size_t(row)]; }
    // -1 when absent.
    int rowOfId(const QString &id) const;
    // Replaces the row with the same id (its cells change in place); false when absent.
    bool updateActivity(const Activity &activity);
    // The activities not finished yet (PENDING, QUEUED, RUNNING): the ones worth asking again.
    QStringList unfinishedIds() const;

    // "Import contacts", "Export contacts" ... for an activity type; the type itself when unknown.
    static QString typeText(const QString &type);
    // "Complete", "Running" … in the user's language; an unknown status as the server sent it.
    static QString statusText(const QString &status);

protected:
    void appendEntries(const QList<Activity> &entries) override;
    void clearRows() override;
    QString loadedText(int loaded) const override;
    QString shownText(int shown, int loaded) const override;

private:
    std::vector<Activity> m_rows;
};

} // namespace ctct
