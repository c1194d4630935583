// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QPalette>
#include <QValueAxis>

namespace ctct::ui {

namespace {

// The translation context of the charts' words.
struct ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
};

// A value axis from 0 whose top is a round number, with whole-number labels.
QValueAxis *countAxis(qint64 max)
{
    auto *axis = new QValueAxis;
    // A little room above the highest point, so that a peak does not run along the frame.
    axis->setRange(0, std::max(1.0, double(max) * 1.08));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

// The chart's background, words and lines in the colours of its palette (the application's,
// through the chart view's scene), so that a chart reads in a dark palette as in a light one.
void applyPalette(QChart *chart)
{
    const QPalette p = chart->palette();
    const QColor text = p.color(QPalette::Active, QPalette::WindowText);
    QColor grid = p.color(QPalette::Active, QPalette::Mid);
    chart->setBackgroundBrush(p.color(QPalette::Active, QPalette::Base));
    chart->setBackgroundPen(QPen(p.color(QPalette::Active, QPalette::Mid)));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
}

// Applies the palette again whenever it changes (the desktop switched to a dark theme).
class PaletteFollower final : public QObject
{
public:
    explicit PaletteFollower(QChart *chart)
        : QObject(chart)
        , m_chart(chart)
    {
        applyPalette(chart);
        chart->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_chart && event->type() == QEvent::PaletteChange)
            applyPalette(m_chart);
        return false;
    }

private:
    QChart *m_chart;
};

} // namespace

QChart *timelineChart(const reporting::CampaignReport &report, TimelinePart part)
{
    const bool hourly = part == TimelinePart::Hourly;
    QList<const reporting::TimeBucket *> buckets;
    for (const reporting::TimeBucket &b : report.timeline) {
        if (b.hourly == hourly)
            buckets.append(&b);
    }
    if (buckets.isEmpty())
        return nullptr;
    auto *chart = new QChart;
    chart->setTitle(hourly ? ReportCharts::tr("Opens and clicks by hour, first two days")
                           : ReportCharts::tr("Opens and clicks by day"));
    auto *opens = new QLineSeries;
    opens->setName(ReportCharts::tr("Opens"));
    auto *clicks = new QLineSeries;
    clicks->setName(ReportCharts::tr("Clicks"));
    qint64 max = 0;
    for (const reporting::TimeBucket *b : std::as_const(buckets)) {
        const auto x = double(b->start.toMSecsSinceEpoch());
        opens->append(x, double(b->opens));
        clicks->append(x, double(b->clicks));
        max = std::max({max, b->opens, b->clicks});
    }
    chart->addSeries(opens);
    chart->addSeries(clicks);
    auto *time = new QDateTimeAxis;
    time->setFormat(hourly ? QStringLiteral("ddd HH:mm") : QStringLiteral("d MMM"));
    time->setRange(buckets.first()->start, buckets.last()->start);
    time->setTickCount(hourly ? 5 : std::min<int>(8, std::max<int>(2, int(buckets.size()))));
    time->setTitleText(hourly ? ReportCharts::tr("Hour (local time)") : ReportCharts::tr("Day (local time)"));
    QValueAxis *count = countAxis(max);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(count, Qt::AlignLeft);
    for (QLineSeries *s : {opens, clicks}) {
        s->attachAxis(time);
        s->attachAxis(count);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    new PaletteFollower(chart);
    return chart;
}

QChart *compareChart(const QList<reporting::CampaignReport> &reports)
{
    auto *chart = new QChart;
    chart->setTitle(ReportCharts::tr("Rates side by side"));
    auto *series = new QBarSeries;
    double max = 0;
    for (const reporting::CampaignReport &r : reports) {
        auto *set = new QBarSet(r.name);
        for (double v : {r.rates.open, r.rates.click, r.rates.bounce, r.rates.optOut}) {
            set->append(v * 100.0);
            max = std::max(max, v * 100.0);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto *kinds = new QBarCategoryAxis;
    kinds->append({ReportCharts::tr("Open rate"), ReportCharts::tr("Click rate"), ReportCharts::tr("Bounce rate"),
                   ReportCharts::tr("Opt-out rate")});
    auto *percent = new QValueAxis;
    percent->setRange(0, std::max(1.0, max));
    percent->applyNiceNumbers();
    percent->setLabelFormat(QStringLiteral("%.0f %%"));
    chart->addAxis(kinds, Qt::AlignBottom);
    chart->addAxis(percent, Qt::AlignLeft);
    series->attachAxis(kinds);
    series->attachAxis(percent);
    chart->legend()->setAlignment(Qt::AlignBottom);
    new PaletteFollower(chart);
    return chart;
}

} // namespace ctct::ui
