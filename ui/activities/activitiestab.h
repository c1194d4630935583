// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Activities tab: every bulk activity of the account (imports, removals, clears, exports)
// with its type, status, times, rows processed and file; while any of them is pending or
// running they are asked again every few seconds and change in place. The detail pane shows
// the selected activity with the errors the server reported (line, e-mail, message), and a
// finished export's file can be saved. A page on the frame (frame/page.h).

#include "frame/page.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace ctct {
class ActivityTableModel;
class ApiJob;
struct Activity;
} // namespace ctct

namespace ctct::ui {

class ResourceTableView;

class ActivitiesTab final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivitiesTab)

public:
    explicit ActivitiesTab(const TabContext &context, QWidget *parent = nullptr);
    ~ActivitiesTab() override;

    Actions actions() const override;
    void refresh() override;
    void saveState() override;

    // Asks where, then downloads the selected export's file there.
    void saveSelectedFile();

    ActivityTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // The activity the detail pane shows; empty when none.
    QString shownId() const;
    bool isPolling() const;

private:
    void buildLayout();
    void onSelectionChanged();
    void showActivity(const Activity &activity);
    void pollUnfinished();
    void updateActions();
    const Activity *selectedActivity() const;

    ActivityTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStandardItemModel *m_errors;
    ResourceTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableView *m_errorsView = nullptr;
    QPushButton *m_saveButton = nullptr;
    QAction *m_saveAction = nullptr;
    QTimer *m_pollTimer = nullptr;
    QPointer<ApiJob> m_detailJob;
    int m_pollsInFlight = 0;
};

} // namespace ctct::ui
