// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowfiltermodel.h"

#include "models/roles.h"

#include <QRegularExpression>

namespace ctct {

RowFilterModel::RowFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

RowFilterModel::~RowFilterModel() = default;

void RowFilterModel::setColumnFilter(int column, const QString &value)
{
    if (value.isEmpty() ? !m_columnFilters.contains(column) : m_columnFilters.value(column) == value)
        return;
    if (value.isEmpty())
        m_columnFilters.remove(column);
    else
        m_columnFilters.insert(column, value);
    invalidateFilter();
}

void RowFilterModel::setSearchText(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = text.split(space, Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void RowFilterModel::setSearchColumns(const QList<int> &columns)
{
    m_searchColumns = columns;
    invalidateFilter();
}

bool RowFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return false;
    for (auto it = m_columnFilters.cbegin(); it != m_columnFilters.cend(); ++it) {
        const QString raw = source->index(sourceRow, it.key(), sourceParent).data(RawValueRole).toString();
        if (raw.compare(it.value(), Qt::CaseInsensitive) != 0)
            return false;
    }
    if (m_words.isEmpty())
        return true;
    QString text;
    const auto add = [&](int column) {
        text += source->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        text += u'\n';
    };
    if (m_searchColumns.isEmpty()) {
        for (int column = 0; column < source->columnCount(sourceParent); ++column)
            add(column);
    } else {
        for (int column : m_searchColumns)
            add(column);
    }
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace ctct
