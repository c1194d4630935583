// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The table every page shows its resources in: whole rows selected (several with Shift and
// Ctrl), read-only, compact rows, movable columns, a sort indicator that a third click clears
// (the server's order again), and a column chooser on the header's context menu (also as
// columnsMenu() for the View menu) that never hides the last visible column. The header's state
// (visible columns, order, widths, sort) is saved and restored as one QByteArray: the page
// stores it as its "header" view state.

#include <QTableView>

class QHeaderView;
class QMenu;

namespace ctct::ui {

// Widens every column narrower than its title, so that no title is cut off in a language with
// longer words; call after the widths are set and before the sort indicator is shown (Fusion
// draws it above the title; counted in, it would widen every column by the header's height).
// Tables that are not ResourceTableViews call it themselves.
void widenToTitles(QHeaderView *header);

class ResourceTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceTableView)

public:
    // What a table looks like before the user changed anything.
    struct Defaults
    {
        QList<int> hidden;                 // columns hidden at first
        QList<std::pair<int, int>> widths; // column, width in pixels
        int sortColumn = -1;               // -1: the server's order
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
    };

    explicit ResourceTableView(QWidget *parent = nullptr);
    ~ResourceTableView() override;

    // Columns the chooser does not offer (kept hidden or shown as they are).
    void setFixedColumns(const QList<int> &columns) { m_fixed = columns; }
    QMenu *columnsMenu() const { return m_columnsMenu; }

    // Restores a state saved by saveHeader(), or applies the defaults when there is none (or it
    // does not fit the model), then turns sorting on.
    void restoreHeader(const QByteArray &state, const Defaults &defaults);
    QByteArray saveHeader() const;

    // The selected rows as rows of the model under every proxy (the source model's rows).
    QList<int> selectedSourceRows() const;
    // Selects the row (a view row) and makes it current and visible.
    void selectViewRow(int row);

private:
    void populateColumnsMenu();

    QMenu *m_columnsMenu;
    QList<int> m_fixed;
};

} // namespace ctct::ui
