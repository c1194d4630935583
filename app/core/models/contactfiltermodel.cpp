// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactfiltermodel.h"

#include "models/contacttablemodel.h"

#include <algorithm>

namespace ctct {

namespace {

// The text a column sorts on. Folded like the search key, so case and accents do not scatter
// "Émile" away from "emile".
QString sortText(const ContactRow &r, int column)
{
    switch (column) {
    case ContactTableModel::EmailColumn:
        return foldForSearch(r.email);
    case ContactTableModel::NameColumn:
        if (r.firstName.isEmpty() || r.lastName.isEmpty())
            return foldForSearch(r.displayName());
        return foldForSearch(r.firstName) + u' ' + foldForSearch(r.lastName);
    case ContactTableModel::FirstNameColumn:
        return foldForSearch(r.firstName);
    case ContactTableModel::LastNameColumn:
        return foldForSearch(r.lastName);
    case ContactTableModel::StatusColumn:
        return r.status;
    case ContactTableModel::CompanyColumn:
        return foldForSearch(r.company);
    default:
        return {};
    }
}

constexpr ContactStatus SearchedStatuses[] = {ContactStatus::Active, ContactStatus::Unconfirmed, ContactStatus::Removed,
                                              ContactStatus::DoNotMail};

quint8 statusBit(ContactStatus status)
{
    return status == ContactStatus::Unknown ? 0 : quint8(1u << int(status));
}

// For each folded word typed, the statuses it names: those whose name in the user's language
// (the Status column) or in English contains it. Worked out once a query.
std::vector<quint8> statusesNamed(const QStringList &tokens)
{
    std::vector<quint8> out(size_t(tokens.size()), 0);
    for (const ContactStatus status : SearchedStatuses) {
        const QString value = contactStatusToString(status);
        const QString words = foldForSearch(ContactTableModel::statusText(value)) + u'\n' + foldForSearch(value);
        for (qsizetype t = 0; t < tokens.size(); ++t) {
            if (words.contains(tokens[t]))
                out[size_t(t)] |= statusBit(status);
        }
    }
    return out;
}

} // namespace

struct ContactFilterModel::SortKey
{
    quint64 head = 0; // folded UTF-16 units 0-3
    quint64 next = 0; // units 4-7
    int row = 0;
    bool exact = false; // the text is no longer than the prefix
};

ContactFilterModel::ContactFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{}

ContactFilterModel::~ContactFilterModel() = default;

void ContactFilterModel::setSourceModel(QAbstractItemModel *source)
{
    auto *table = qobject_cast<ContactTableModel *>(source);
    Q_ASSERT_X(!source || table, "ContactFilterModel", "the source must be a ContactTableModel");
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(table);
    m_source = table;
    if (m_source) {
        m_connections = {
            connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(m_source, &QAbstractItemModel::modelReset, this, &ContactFilterModel::onSourceReset),
            connect(m_source, &QAbstractItemModel::rowsInserted, this, &ContactFilterModel::onRowsInserted),
            connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &ContactFilterModel::onRowsAboutToBeRemoved),
            connect(m_source, &QAbstractItemModel::rowsRemoved, this, &ContactFilterModel::onRowsRemoved),
            connect(m_source, &QAbstractItemModel::dataChanged, this, &ContactFilterModel::onDataChanged),
        };
    }
    m_rows.clear();
    m_history.clear();
    m_statusBit.clear();
    if (m_source)
        readStatuses(0, m_source->rowCount() - 1);
    sortAll();
    m_rows = filtered(m_order);
    rebuildProxyOf();
    endResetModel();
}

void ContactFilterModel::readStatuses(int first, int last)
{
    m_statusBit.resize(size_t(m_source->rowCount()));
    for (int r = first; r <= last; ++r)
        m_statusBit[size_t(r)] = statusBit(contactStatusFromString(m_source->contactRow(r).status));
}

std::vector<int> ContactFilterModel::filtered(const std::vector<int> &rows) const
{
    std::vector<int> out;
    out.reserve(rows.size());
    if (m_source && rows.size() > m_order.size() / 8) {
        // Many rows: test them in source order, which reads the model's key buffer front to
        // back, then keep the given (sorted) order. Testing in sorted order jumps around the
        // buffer and costs several times more.
        std::vector<char> match(m_order.size(), 0);
        for (const int r : rows)
            match[size_t(r)] = 1;
        for (size_t r = 0; r < match.size(); ++r) {
            if (match[r])
                match[r] = accepts(int(r));
        }
        for (const int r : rows) {
            if (match[size_t(r)])
                out.push_back(r);
        }
        return out;
    }
    for (const int r : rows) {
        if (accepts(r))
            out.push_back(r);
    }
    return out;
}

void ContactFilterModel::insertOrdered(std::vector<int> &rows, int sourceRow) const
{
    const auto at =
        std::upper_bound(rows.begin(), rows.end(), sourceRow, [this](int a, int b) { return lessThan(a, b); });
    rows.insert(at, sourceRow);
}

bool ContactFilterModel::accepts(int sourceRow) const
{
    if (!m_status.isEmpty() && m_source->contactRow(sourceRow).status != m_status)
        return false;
    const QStringView key = m_source->searchKey(sourceRow);
    for (qsizetype t = 0; t < m_tokens.size(); ++t) {
        if (!key.contains(m_tokens[t]) && !(m_tokenStatuses[size_t(t)] & m_statusBit[size_t(sourceRow)]))
            return false;
    }
    return true;
}

void ContactFilterModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    const QString folded = foldForSearch(text.simplified());
    if (folded == m_foldedFilter)
        return;
    m_foldedFilter = folded;
    m_tokens = folded.split(u' ', Qt::SkipEmptyParts);
    m_tokenStatuses = statusesNamed(m_tokens);
    if (!m_source)
        return;

    // Keep only the queries this one extends; the longest of them is where to start from.
    std::erase_if(m_history, [&](const CachedFilter &c) { return !folded.startsWith(c.folded); });
    std::vector<int> rows;
    if (!m_history.empty() && m_history.back().folded == folded) {
        rows = m_history.back().rows;
    } else {
        rows = filtered(m_history.empty() ? m_order : m_history.back().rows);
        if (m_history.size() >= 64)
            m_history.erase(m_history.begin() + 1); // keep the broadest one
        m_history.push_back({folded, rows});
    }
    setRows(std::move(rows));
}

void ContactFilterModel::setStatusFilter(const QString &status)
{
    if (status == m_status)
        return;
    const bool narrowing = m_status.isEmpty();
    m_status = status;
    m_history.clear();
    refilter(narrowing);
}

void ContactFilterModel::refilter(bool narrowing)
{
    if (!m_source)
        return;
    setRows(filtered(narrowing ? m_rows : m_order));
}

void ContactFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ContactTableModel::ColumnCount)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_history.clear();
    sortAll();
    setRows(filtered(m_order));
}

bool ContactFilterModel::sortsOnText() const
{
    // E-mail, name and company sort on the model's search keys; the other text columns on
    // texts folded here.
    return m_sortColumn == ContactTableModel::FirstNameColumn || m_sortColumn == ContactTableModel::LastNameColumn ||
           m_sortColumn == ContactTableModel::StatusColumn;
}

QStringView ContactFilterModel::sortKey(int sourceRow) const
{
    if (sortsOnText())
        return m_sortText[size_t(sourceRow)];
    return m_source->foldedText(sourceRow, m_sortColumn);
}

bool ContactFilterModel::lessThan(int a, int b) const
{
    if (m_sortColumn < 0)
        return a < b;
    bool less;
    if (m_sortColumn == ContactTableModel::UpdatedColumn) {
        const qint64 ua = m_source->contactRow(a).updated;
        const qint64 ub = m_source->contactRow(b).updated;
        if (ua == ub)
            return a < b; // ties keep the source order in both directions
        less = ua < ub;
    } else {
        const int c = sortKey(a).compare(sortKey(b));
        if (c == 0)
            return a < b;
        less = c < 0;
    }
    return m_sortOrder == Qt::AscendingOrder ? less : !less;
}

void ContactFilterModel::sortAll()
{
    const int n = m_source ? m_source->rowCount() : 0;
    m_order.resize(size_t(n));
    for (int r = 0; r < n; ++r)
        m_order[size_t(r)] = r;
    m_sortText.clear();
    if (m_sortColumn < 0 || !m_source)
        return;
    if (m_sortColumn == ContactTableModel::UpdatedColumn) {
        std::vector<std::pair<qint64, int>> keys(static_cast<size_t>(n));
        for (int r = 0; r < n; ++r)
            keys[size_t(r)] = {m_source->contactRow(r).updated, r};
        const bool descending = m_sortOrder == Qt::DescendingOrder;
        std::sort(keys.begin(), keys.end(), [descending](const auto &a, const auto &b) {
            if (a.first != b.first)
                return descending ? b.first < a.first : a.first < b.first;
            return a.second < b.second; // ties keep the source order in both directions
        });
        for (int i = 0; i < n; ++i)
            m_order[size_t(i)] = keys[size_t(i)].second;
        return;
    }
    // Sort on integer prefixes of the folded text, with the text itself only for rows whose
    // first eight characters tie.
    if (sortsOnText()) {
        m_sortText.resize(size_t(n));
        for (int r = 0; r < n; ++r)
            m_sortText[size_t(r)] = sortText(m_source->contactRow(r), m_sortColumn);
    }
    std::vector<SortKey> keys(static_cast<size_t>(n));
    for (int r = 0; r < n; ++r) {
        const QStringView text = sortKey(r);
        quint64 head = 0, next = 0;
        for (int i = 0; i < 4; ++i)
            head = (head << 16) | (i < text.size() ? text[i].unicode() : 0);
        for (int i = 4; i < 8; ++i)
            next = (next << 16) | (i < text.size() ? text[i].unicode() : 0);
        keys[size_t(r)] = {head, next, r, text.size() <= 8};
    }
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::sort(keys.begin(), keys.end(), [&](const SortKey &a, const SortKey &b) {
        if (a.head != b.head)
            return descending ? b.head < a.head : a.head < b.head;
        if (a.next != b.next)
            return descending ? b.next < a.next : a.next < b.next;
        if (!a.exact || !b.exact) {
            const int c = sortKey(a.row).compare(sortKey(b.row));
            if (c != 0)
                return descending ? c > 0 : c < 0;
        }
        return a.row < b.row;
    });
    for (int i = 0; i < n; ++i)
        m_order[size_t(i)] = keys[size_t(i)].row;
}

void ContactFilterModel::rebuildProxyOf()
{
    m_proxyOf.assign(m_source ? size_t(m_source->rowCount()) : 0, -1);
    for (size_t p = 0; p < m_rows.size(); ++p)
        m_proxyOf[size_t(m_rows[p])] = int(p);
}

void ContactFilterModel::setRows(std::vector<int> rows)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(persistent.size()));
    for (const QModelIndex &i : persistent)
        sourceRows.push_back(m_rows[size_t(i.row())]);
    m_rows = std::move(rows);
    rebuildProxyOf();
    QModelIndexList to;
    to.reserve(persistent.size());
    for (qsizetype k = 0; k < persistent.size(); ++k) {
        const int p = m_proxyOf[size_t(sourceRows[size_t(k)])];
        to.append(p < 0 ? QModelIndex() : createIndex(p, persistent[k].column()));
    }
    changePersistentIndexList(persistent, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ContactFilterModel::onSourceReset()
{
    m_history.clear();
    m_statusBit.clear();
    readStatuses(0, m_source->rowCount() - 1);
    sortAll();
    m_rows = filtered(m_order);
    rebuildProxyOf();
    endResetModel();
}

void ContactFilterModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    m_history.clear();
    // Source rows at and after `first` moved down: renumber before placing the new ones.
    const int count = last - first + 1;
    for (std::vector<int> *v : {&m_rows, &m_order}) {
        for (int &r : *v) {
            if (r >= first)
                r += count;
        }
    }
    m_statusBit.insert(m_statusBit.begin() + first, size_t(count), 0);
    readStatuses(first, last);
    if (sortsOnText()) {
        std::vector<QString> fresh(static_cast<size_t>(count));
        for (int s = first; s <= last; ++s)
            fresh[size_t(s - first)] = sortText(m_source->contactRow(s), m_sortColumn);
        m_sortText.insert(m_sortText.begin() + first, std::make_move_iterator(fresh.begin()),
                          std::make_move_iterator(fresh.end()));
    }
    for (int s = first; s <= last; ++s) {
        insertOrdered(m_order, s);
        if (!accepts(s))
            continue;
        const auto at =
            std::upper_bound(m_rows.begin(), m_rows.end(), s, [this](int a, int b) { return lessThan(a, b); });
        const int p = int(at - m_rows.begin());
        beginInsertRows({}, p, p);
        m_rows.insert(m_rows.begin() + p, s);
        endInsertRows();
    }
    rebuildProxyOf();
}

void ContactFilterModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    // Remove visible rows from the bottom of the proxy up, so earlier positions stay valid.
    std::vector<int> doomed;
    for (int s = first; s <= last; ++s) {
        if (m_proxyOf[size_t(s)] >= 0)
            doomed.push_back(m_proxyOf[size_t(s)]);
    }
    std::sort(doomed.begin(), doomed.end(), std::greater<>());
    for (const int p : doomed) {
        beginRemoveRows({}, p, p);
        m_rows.erase(m_rows.begin() + p);
        endRemoveRows();
    }
}

void ContactFilterModel::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    m_history.clear();
    const int count = last - first + 1;
    std::erase_if(m_order, [&](int r) { return r >= first && r <= last; });
    for (std::vector<int> *v : {&m_rows, &m_order}) {
        for (int &r : *v) {
            if (r > last)
                r -= count;
        }
    }
    if (sortsOnText())
        m_sortText.erase(m_sortText.begin() + first, m_sortText.begin() + last + 1);
    m_statusBit.erase(m_statusBit.begin() + first, m_statusBit.begin() + last + 1);
    rebuildProxyOf();
}

void ContactFilterModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    m_history.clear();
    readStatuses(topLeft.row(), bottomRight.row());
    bool moved = false;
    for (int s = topLeft.row(); s <= bottomRight.row(); ++s) {
        // Keep the full order right: take the row out and put it back at its new place.
        if (m_sortColumn >= 0) {
            std::erase(m_order, s);
            if (sortsOnText())
                m_sortText[size_t(s)] = sortText(m_source->contactRow(s), m_sortColumn);
            insertOrdered(m_order, s);
        }
        const int p = m_proxyOf[size_t(s)];
        const bool keep = accepts(s);
        if (p >= 0 && !keep) {
            beginRemoveRows({}, p, p);
            m_rows.erase(m_rows.begin() + p);
            endRemoveRows();
            rebuildProxyOf();
        } else if (p < 0 && keep) {
            const auto at =
                std::upper_bound(m_rows.begin(), m_rows.end(), s, [this](int a, int b) { return lessThan(a, b); });
            const int at_p = int(at - m_rows.begin());
            beginInsertRows({}, at_p, at_p);
            m_rows.insert(m_rows.begin() + at_p, s);
            endInsertRows();
            rebuildProxyOf();
        } else if (p >= 0) {
            emit dataChanged(index(p, 0), index(p, columnCount() - 1));
            moved = moved || m_sortColumn >= 0;
        }
    }
    if (moved) {
        std::vector<int> rows = filtered(m_order);
        if (rows != m_rows)
            setRows(std::move(rows));
    }
}

QModelIndex ContactFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid() || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return m_source->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex ContactFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_source || !sourceIndex.isValid() || sourceIndex.row() >= int(m_proxyOf.size()))
        return {};
    const int p = m_proxyOf[size_t(sourceIndex.row())];
    return p < 0 ? QModelIndex() : createIndex(p, sourceIndex.column());
}

QModelIndex ContactFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= int(m_rows.size()) || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ContactFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int ContactFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

bool ContactFilterModel::canFetchMore(const QModelIndex &parent) const
{
    if (!m_tokens.isEmpty() || !m_status.isEmpty())
        return false;
    return QAbstractProxyModel::canFetchMore(parent);
}

bool ContactFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

} // namespace ctct
