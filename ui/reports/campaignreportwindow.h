// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A campaign's report in a window of its own (design.md §4 Report), so several can be open
// beside the tab: the campaign entry's counts at once, then — once the six feeds are in and
// aggregated (CampaignReportJob, progress and Cancel in the window) — totals and unique counts,
// rates, bounces by code, clicks per link, and opens and clicks over time as charts, with the
// 90-day window of the feeds stated where it limits the numbers. Every number opens the
// contacts behind it (DrillDownWindow). Exports the report as CSV or PDF.

#include "api/campaignreportjob.h"
#include "frame/tabcontext.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QChartView;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QToolButton;

namespace ctct::ui {

class DrillDownWindow;
class ProblemLabel;

// Which contacts a drill-down shows.
struct DrillDown
{
    CampaignEventKind kind = CampaignEventKind::Send;
    bool unique = false;            // one row per contact (the earliest event)
    QString bounceCode;             // bounces of this code only (kind Bounce)
    std::optional<QString> linkUrl; // clicks on this link only (kind Click)
};

class CampaignReportWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignReportWindow)

public:
    // cached: a report fetched before (shown at once, nothing fetched); else the job runs.
    CampaignReportWindow(const TabContext &context, const QString &campaignId,
                         std::shared_ptr<const CampaignReportData> cached = {}, QWidget *parent = nullptr);
    ~CampaignReportWindow() override;

    QString campaignId() const { return m_campaignId; }
    bool isLoading() const;
    std::shared_ptr<const CampaignReportData> data() const { return m_data; }
    // Opens the contacts behind a number; the window it opened.
    DrillDownWindow *drillDown(const DrillDown &what);
    DrillDownWindow *lastDrillDown() const;
    // Writes the report (numbers, charts, per-link table) as a PDF; false with *error.
    bool writePdf(const QString &path, QString *error) const;
    bool writeCsv(const QString &path, QString *error) const;
    void exportPdf();
    void exportCsv();

Q_SIGNALS:
    // The full report is in (the tab keeps it and shows its rates).
    void reportReady(std::shared_ptr<const CampaignReportData> data);

private:
    void buildLayout();
    void startJob();
    void showReport(const reporting::CampaignReport &report, bool complete);
    void showFailure(const ApiResult &result);
    QToolButton *numberButton(const QString &name, const DrillDown &what);
    QString title() const;

    const TabContext m_context;
    const QString m_campaignId;
    std::shared_ptr<const CampaignReportData> m_data;
    QPointer<CampaignReportJob> m_job;
    QPointer<DrillDownWindow> m_lastDrillDown;

    QLabel *m_heading = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_note = nullptr;
    ProblemLabel *m_problem = nullptr;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QGridLayout *m_numbers = nullptr;
    QList<QToolButton *> m_numberButtons;
    QList<QLabel *> m_numberLabels;
    QStandardItemModel *m_bounceModel = nullptr;
    QStandardItemModel *m_linkModel = nullptr;
    QTableView *m_bounceView = nullptr;
    QTableView *m_linkView = nullptr;
    QChartView *m_hourlyChart = nullptr;
    QChartView *m_dailyChart = nullptr;
    QPushButton *m_csvButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
};

} // namespace ctct::ui
