// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A stock sorting proxy (on RawValueRole) with the filters a table's bar offers: per column, a
// raw value the row must have (a status filter: "ACTIVE"), and a search text whose words must
// all appear, ignoring case, in the display text of the search columns (all columns unless
// set). The Events tab uses it for its events and its registrants.

#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace ctct {

class RowFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowFilterModel)

public:
    explicit RowFilterModel(QObject *parent = nullptr);
    ~RowFilterModel() override;

    // Rows whose RawValueRole in column equals value (compared as text, ignoring case); an
    // empty value drops the filter of that column.
    void setColumnFilter(int column, const QString &value);
    QString columnFilter(int column) const { return m_columnFilters.value(column); }
    void setSearchText(const QString &text);
    QString searchText() const { return m_words.join(u' '); }
    // The columns the search looks at; empty: every column.
    void setSearchColumns(const QList<int> &columns);
    // A search or a column filter is set.
    bool isFiltering() const { return !m_words.isEmpty() || !m_columnFilters.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QHash<int, QString> m_columnFilters;
    QStringList m_words;
    QList<int> m_searchColumns;
};

} // namespace ctct
