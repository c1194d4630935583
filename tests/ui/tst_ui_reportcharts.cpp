// SPDX-License-Identifier: GPL-3.0-or-later
// The report charts take their colours from the palette and follow it when it changes, so they
// read in a dark palette: background, title, legend and axis words.
#include "reports/reportcharts.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QTest>

using namespace ctct;

namespace {

reporting::CampaignReport sampleReport(const QString &name, double openRate)
{
    reporting::CampaignReport r;
    r.name = name;
    r.rates.open = openRate;
    r.rates.click = openRate / 4;
    const QDateTime first(QDate(2026, 3, 2), QTime(9, 0));
    for (int h = 0; h < 6; ++h)
        r.timeline.append({first.addSecs(3600 * h), first.addSecs(3600 * (h + 1)), true, 10 - h, 3});
    return r;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    return p;
}

// Every word of the chart in the palette's text colour, on the palette's base colour.
QStringList mismatches(QChart *chart, const QPalette &p)
{
    const QColor text = p.color(QPalette::WindowText);
    QStringList out;
    if (chart->backgroundBrush().color() != p.color(QPalette::Base))
        out << QStringLiteral("background %1").arg(chart->backgroundBrush().color().name());
    if (chart->titleBrush().color() != text)
        out << QStringLiteral("title %1").arg(chart->titleBrush().color().name());
    if (chart->legend()->labelColor() != text)
        out << QStringLiteral("legend %1").arg(chart->legend()->labelColor().name());
    for (QAbstractAxis *axis : chart->axes()) {
        if (axis->labelsColor() != text)
            out << QStringLiteral("axis labels %1").arg(axis->labelsColor().name());
        if (axis->titleBrush().color() != text)
            out << QStringLiteral("axis title %1").arg(axis->titleBrush().color().name());
    }
    return out;
}

} // namespace

class TestUiReportCharts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsThePalette_data()
    {
        QTest::addColumn<bool>("timeline");
        QTest::newRow("timeline") << true;
        QTest::newRow("compare") << false;
    }

    void followsThePalette()
    {
        QFETCH(bool, timeline);
        const QPalette light = QApplication::palette();
        const auto restore = qScopeGuard([light] { QApplication::setPalette(light); });
        QChart *chart = timeline
                            ? ui::timelineChart(sampleReport(QStringLiteral("Spring"), 0.4), ui::TimelinePart::Hourly)
                            : ui::compareChart({sampleReport(QStringLiteral("Spring"), 0.4),
                                                sampleReport(QStringLiteral("Summer"), 0.3)});
        QVERIFY(chart);
        // Given to the view as it is made: setChart() would leave the view's own first chart to
        // the caller to delete.
        QChartView view(chart);
        view.resize(500, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(mismatches(chart, QApplication::palette()), QStringList());

        // The desktop turns dark while the chart is shown.
        QApplication::setPalette(darkPalette());
        QTRY_COMPARE(mismatches(chart, QApplication::palette()), QStringList());
        const QImage dark = view.grab().toImage();
        QVERIFY(qGray(dark.pixel(dark.width() / 2, 20)) < 100); // not a white box in a dark window

        QApplication::setPalette(light);
        QTRY_COMPARE(mismatches(chart, QApplication::palette()), QStringList());
    }
};

QTEST_MAIN(TestUiReportCharts)
#include "tst_ui_reportcharts.moc"
