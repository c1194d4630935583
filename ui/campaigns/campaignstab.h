// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Campaigns tab: the account's e-mail campaigns (paged; the status filter is the API's
// ?status=, search as you type and sorting work on the loaded rows), each row completed from
// the campaign's full entry (subject, sent) and, for sent campaigns, from its report (rates),
// fetched in the background one campaign at a time. The detail pane shows the selected
// campaign's settings and its content as a preview. Reports open in windows of their own
// (CampaignReportWindow); two or more sent campaigns can be compared. A page on the frame
// (frame/page.h).

#include "api/campaignreportjob.h"
#include "frame/page.h"

#include <QHash>
#include <QPointer>

#include <memory>

class QComboBox;
class QTimer;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTextBrowser;

namespace ctct {
class ApiJob;
class CampaignTableModel;
} // namespace ctct

namespace ctct::ui {

class CampaignEditor;
class CampaignReportWindow;
class CompareWindow;
class ScheduleDialog;
class ResourceTableView;

class CampaignsTab final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsTab)

public:
    explicit CampaignsTab(const TabContext &context, QWidget *parent = nullptr);
    ~CampaignsTab() override;

    Actions actions() const override;
    void refresh() override;
    bool hasSearch() const override { return true; }
    void focusSearch() override;
    void saveState() override;

    // "" (all), "DRAFT", "SCHEDULED", "RUNNING", "SENT": the API's ?status=.
    void setStatusFilter(const QString &status);
    QString statusFilter() const;

    // Opens the report of the selected campaign (or of the one given).
    CampaignReportWindow *openReport();
    CampaignReportWindow *openReport(const QString &campaignId);
    CampaignReportWindow *reportWindow() const;
    // Compares the selected sent campaigns (two or more).
    CompareWindow *compareSelected();
    CompareWindow *compareWindow() const;

    void newDraft();
    void editSelected();
    void duplicateSelected();
    void deleteSelected();
    // A draft gets a send time (ScheduleDialog); a scheduled campaign becomes a draft again,
    // after a question.
    ScheduleDialog *scheduleSelected();
    void unscheduleSelected();
    CampaignEditor *editor() const;

    CampaignTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    ResourceTableView *table() const { return m_table; }
    // The campaign the detail pane shows; empty when none.
    QString shownId() const { return m_shownId; }
    // A report fetched already (in the background or in a window); nullptr when none.
    std::shared_ptr<const CampaignReportData> cachedReport(const QString &campaignId) const;
    // Entries or reports are being fetched in the background.
    bool isCompleting() const;

private:
    void buildActions();
    void buildLayout();
    // The campaigns of the local copy, the status filter applied here.
    void showStoredCampaigns();
    void onSelectionChanged();
    void showCampaign(const Campaign &campaign);
    void updateActions();
    void updateCount();
    void completeRows();
    void fetchNextDetails();
    void fetchNextReport();
    void keepReport(const std::shared_ptr<const CampaignReportData> &data);
    QList<int> selectedRows() const;
    const Campaign *selectedCampaign() const;
    CampaignEditor *createEditor();
    void onSaved(const QString &campaignId);

    CampaignTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ResourceTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_settings = nullptr;
    QTextBrowser *m_preview = nullptr;

    QAction *m_reportAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_scheduleAction = nullptr;
    QAction *m_unscheduleAction = nullptr;

    QString m_shownId;
    QHash<QString, std::shared_ptr<const CampaignReportData>> m_reports; // by short id
    QPointer<ApiJob> m_detailsJob;
    QPointer<CampaignReportJob> m_backgroundReport;
    QPointer<CampaignReportWindow> m_reportWindow;
    QPointer<CompareWindow> m_compareWindow;
    QPointer<CampaignEditor> m_editor;
    QPointer<ScheduleDialog> m_scheduleDialog;
    QTimer *m_storeReload = nullptr;
};

} // namespace ctct::ui
