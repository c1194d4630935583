// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparewindow.h"

#include "models/campaigntablemodel.h"
#include "models/roles.h"
#include "reports/reportcharts.h"
#include "widgets/resourcetableview.h"

#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ctct::ui {

CompareWindow::CompareWindow(const TabContext &context, const QStringList &campaignIds,
                             const QList<std::shared_ptr<const CampaignReportData>> &known, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_ids(campaignIds)
    , m_reports(known)
    , m_model(new QStandardItemModel(0, 9, this))
    , m_table(new QTableView(this))
    , m_chart(new QChartView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("compareWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Compare Campaigns"));
    m_reports.resize(m_ids.size());
    m_model->setHorizontalHeaderLabels({tr("Campaign"), tr("Sent"), tr("Delivered"), tr("Unique opens"),
                                        tr("Open rate"), tr("Unique clicks"), tr("Click rate"), tr("Bounce rate"),
                                        tr("Opt-out rate")});
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setAccessibleName(tr("Campaigns compared"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab goes on to the chart, the arrows move in the table
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    widenToTitles(m_table->horizontalHeader()); // long in German and French
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 8);
    m_chart->setObjectName(QStringLiteral("compareChart"));
    m_chart->setAccessibleName(tr("Rates side by side"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(300);
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addWidget(m_chart, 1);
    // Room for the numbers' titles and 200 px of a campaign's name (French takes about 1,100 px).
    int numbers = 0;
    for (int c = 1; c < m_model->columnCount(); ++c)
        numbers += m_table->horizontalHeader()->sectionSize(c);
    resize(std::max(960, numbers + 200 + 40), 640);
    for (int i = 0; i < m_ids.size(); ++i) {
        if (!m_reports.at(i))
            fetch(i);
    }
    update();
}

CompareWindow::~CompareWindow() = default;

bool CompareWindow::isComplete() const
{
    for (int i = 0; i < m_ids.size(); ++i) {
        if (!m_reports.at(i) && !m_failures.contains(m_ids.at(i)))
            return false;
    }
    return true;
}

void CompareWindow::fetch(int index)
{
    if (!m_context.operations())
        return;
    auto *job = new CampaignReportJob(*m_context.operations(), m_ids.at(index), this);
    job->setStore(m_context.localCopy());
    connect(job, &CampaignReportJob::finished, this, [this, job, index] {
        job->deleteLater();
        if (job->result().ok()) {
            m_reports[index] = job->data();
            emit reportReady(job->data());
        } else {
            m_failures.append(m_ids.at(index));
            m_status->setText(tr("A report could not be loaded: %1").arg(job->result().message));
        }
        update();
    });
    job->start();
}

void CompareWindow::update()
{
    m_model->removeRows(0, m_model->rowCount());
    QList<reporting::CampaignReport> reports;
    const auto cell = [](const QString &text, const QVariant &raw) {
        auto *item = new QStandardItem(text);
        item->setData(raw, RawValueRole);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int i = 0; i < m_ids.size(); ++i) {
        const auto &data = m_reports.at(i);
        if (!data) {
            m_model->appendRow({new QStandardItem(shortIdOf(m_ids.at(i))),
                                new QStandardItem(m_failures.contains(m_ids.at(i)) ? tr("failed") : tr("loading…"))});
            continue;
        }
        const reporting::CampaignReport &r = data->report;
        reports.append(r);
        const QLocale l;
        m_model->appendRow(
            {new QStandardItem(r.name),
             cell(l.toString(r.eventCount(CampaignEventKind::Send)), r.eventCount(CampaignEventKind::Send)),
             cell(l.toString(r.delivered()), r.delivered()),
             cell(l.toString(r.uniqueCount(CampaignEventKind::Open)), r.uniqueCount(CampaignEventKind::Open)),
             cell(CampaignTableModel::rateText(r.rates.open), r.rates.open),
             cell(l.toString(r.uniqueCount(CampaignEventKind::Click)), r.uniqueCount(CampaignEventKind::Click)),
             cell(CampaignTableModel::rateText(r.rates.click), r.rates.click),
             cell(CampaignTableModel::rateText(r.rates.bounce), r.rates.bounce),
             cell(CampaignTableModel::rateText(r.rates.optOut), r.rates.optOut)});
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(compareChart(reports));
    delete old;
    if (isComplete() && m_failures.isEmpty())
        m_status->setText(tr("Rates over delivered mail (sends less bounces); the bounce rate over sends. From the "
                             "event feeds of the last 90 days."));
}

} // namespace ctct::ui
