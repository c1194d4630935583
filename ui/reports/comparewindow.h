// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Two or more sent campaigns side by side: their sends, deliveries, unique opens and clicks and
// the four rates in a table, and the rates as a bar chart. Reports not fetched yet are fetched
// here (CampaignReportJob each); the table fills in as they arrive.

#include "api/campaignreportjob.h"
#include "frame/tabcontext.h"

#include <QWidget>

#include <memory>

class QChartView;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace ctct::ui {

class CompareWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareWindow)

public:
    // known: the reports already fetched, in the order of campaignIds (nullptr where none).
    CompareWindow(const TabContext &context, const QStringList &campaignIds,
                  const QList<std::shared_ptr<const CampaignReportData>> &known, QWidget *parent = nullptr);
    ~CompareWindow() override;

    QStandardItemModel *model() const { return m_model; }
    QChartView *chartView() const { return m_chart; }
    bool isComplete() const;

Q_SIGNALS:
    void reportReady(std::shared_ptr<const CampaignReportData> data);

private:
    void fetch(int index);
    void update();

    const TabContext m_context;
    const QStringList m_ids;
    QList<std::shared_ptr<const CampaignReportData>> m_reports;
    QStringList m_failures;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QChartView *m_chart;
    QLabel *m_status;
};

} // namespace ctct::ui
