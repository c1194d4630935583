// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourcetableview.h"

#include <QAbstractProxyModel>
#include <QHeaderView>
#include <QMenu>

namespace ctct::ui {

void widenToTitles(QHeaderView *header)
{
    for (int section = 0; section < header->count(); ++section) {
        const int needed = header->sectionSizeHint(section);
        if (header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
    }
}

ResourceTableView::ResourceTableView(QWidget *parent)
    : QTableView(parent)
    , m_columnsMenu(new QMenu(tr("&Columns"), this))
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false); // Tab moves on to the next part of the page
    setShowGrid(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setSortIndicatorClearable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setAccessibleName(tr("Columns"));
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &ResourceTableView::populateColumnsMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) { m_columnsMenu->popup(horizontalHeader()->viewport()->mapToGlobal(pos)); });
}

ResourceTableView::~ResourceTableView() = default;

void ResourceTableView::restoreHeader(const QByteArray &state, const Defaults &defaults)
{
    QHeaderView *header = horizontalHeader();
    if (state.isEmpty() || !header->restoreState(state)) {
        for (const int column : defaults.hidden)
            header->setSectionHidden(column, true);
        for (const auto &[column, width] : defaults.widths)
            header->resizeSection(column, width);
        widenToTitles(header); // the widths were chosen for English
        header->setSortIndicator(defaults.sortColumn, defaults.sortOrder);
    }
    setSortingEnabled(true); // sorts by the indicator restored above
}

QByteArray ResourceTableView::saveHeader() const
{
    return horizontalHeader()->saveState();
}

QList<int> ResourceTableView::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    rows.reserve(selected.size());
    for (QModelIndex index : selected) {
        while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model()))
            index = proxy->mapToSource(index);
        if (index.isValid())
            rows.append(index.row());
    }
    return rows;
}

void ResourceTableView::selectViewRow(int row)
{
    const QModelIndex index = model() ? model()->index(row, 0) : QModelIndex();
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void ResourceTableView::populateColumnsMenu()
{
    m_columnsMenu->clear();
    QHeaderView *header = horizontalHeader();
    QAbstractItemModel *m = model();
    if (!m)
        return;
    int visible = 0;
    for (int column = 0; column < m->columnCount(); ++column)
        visible += header->isSectionHidden(column) ? 0 : 1;
    for (int column = 0; column < m->columnCount(); ++column) {
        if (m_fixed.contains(column))
            continue;
        QAction *action = m_columnsMenu->addAction(m->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("column%1Action").arg(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(header->isSectionHidden(column) || visible > 1); // never hide the last one
        connect(action, &QAction::toggled, this, [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
}

} // namespace ctct::ui
