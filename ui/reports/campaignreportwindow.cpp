// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignreportwindow.h"

#include "frame/failure.h"
#include "widgets/problemlabel.h"
#include "models/campaigntablemodel.h"
#include "models/roles.h"
#include "reports/drilldownwindow.h"
#include "reports/reportcharts.h"
#include "widgets/filedialog.h"
#include "widgets/resourcetableview.h"
#include "widgets/problemlabel.h"

#include <QChartView>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ctct::ui {

namespace {

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString countText(const std::optional<qint64> &n)
{
    return n ? QLocale().toString(*n) : QStringLiteral("—");
}

QTableView *smallTable(QStandardItemModel *model, const QString &name, const QString &accessible, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->setMinimumHeight(view->fontMetrics().height() * 7);
    return view;
}

QStandardItem *countItem(qint64 n)
{
    auto *item = new QStandardItem(number(n));
    item->setData(n, RawValueRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QLabel *boldLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

// The kind's name in the numbers table.
QString kindText(CampaignEventKind kind)
{
    switch (kind) {
    case CampaignEventKind::Send:
        return CampaignReportWindow::tr("Sent");
    case CampaignEventKind::Open:
        return CampaignReportWindow::tr("Opens");
    case CampaignEventKind::Click:
        return CampaignReportWindow::tr("Clicks");
    case CampaignEventKind::Bounce:
        return CampaignReportWindow::tr("Bounces");
    case CampaignEventKind::Forward:
        return CampaignReportWindow::tr("Forwards");
    case CampaignEventKind::OptOut:
        return CampaignReportWindow::tr("Opt-outs");
    }
    return {};
}

} // namespace

CampaignReportWindow::CampaignReportWindow(const TabContext &context, const QString &campaignId,
                                           std::shared_ptr<const CampaignReportData> cached, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_campaignId(campaignId)
    , m_data(std::move(cached))
{
    setObjectName(QStringLiteral("campaignReportWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    buildLayout();
    resize(1000, 760);
    if (m_data) {
        m_progressRow->hide(); // known already: nothing is fetched
        showReport(m_data->report, true);
        return;
    }
    startJob();
}

CampaignReportWindow::~CampaignReportWindow() = default;

DrillDownWindow *CampaignReportWindow::lastDrillDown() const
{
    return m_lastDrillDown;
}

bool CampaignReportWindow::isLoading() const
{
    return m_job && m_job->isRunning();
}

QString CampaignReportWindow::title() const
{
    if (m_data && !m_data->campaign.name.isEmpty())
        return m_data->campaign.name;
    if (m_job && m_job->hasEntry())
        return m_job->campaign().name;
    return shortIdOf(m_campaignId);
}

void CampaignReportWindow::buildLayout()
{
    auto *content = new QWidget;
    m_heading = new QLabel(content);
    m_heading->setObjectName(QStringLiteral("reportHeading"));
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_subtitle = new QLabel(content);
    m_subtitle->setObjectName(QStringLiteral("reportSubtitle"));
    m_subtitle->setWordWrap(true);
    m_note = new QLabel(content);
    m_note->setObjectName(QStringLiteral("reportWindowNote"));
    m_note->setWordWrap(true);
    m_problem = new ProblemLabel(content);
    m_problem->setObjectName(QStringLiteral("reportProblem"));
    m_problem->setProblem({});

    m_progressRow = new QWidget(content);
    m_progressRow->setObjectName(QStringLiteral("reportProgressRow"));
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setAccessibleName(tr("Report progress"));
    m_progress->setFormat(tr("%v of about %m events"));
    m_cancel = new QPushButton(tr("Cancel"), m_progressRow);
    m_cancel->setObjectName(QStringLiteral("reportCancel"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    m_retry = new QPushButton(tr("&Retry"), m_progressRow);
    m_retry->setObjectName(QStringLiteral("reportRetry"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &CampaignReportWindow::startJob);
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(new QLabel(tr("Loading the event feeds…"), m_progressRow));
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);
    progressLayout->addWidget(m_retry);

    auto *numbersBox = new QWidget(content);
    numbersBox->setObjectName(QStringLiteral("reportNumbers"));
    m_numbers = new QGridLayout(numbersBox);
    m_numbers->setContentsMargins(0, 0, 0, 0);
    m_numbers->setHorizontalSpacing(24);

    m_bounceModel = new QStandardItemModel(0, 4, this);
    m_bounceModel->setHorizontalHeaderLabels({tr("Code"), tr("Reason"), tr("Bounces"), tr("Contacts")});
    m_bounceView = smallTable(m_bounceModel, QStringLiteral("bounceTable"), tr("Bounces by reason"), content);
    m_bounceView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_bounceView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_bounceView, &QTableView::activated, this, [this](const QModelIndex &index) {
        drillDown({CampaignEventKind::Bounce, false, m_bounceModel->item(index.row(), 0)->text(), std::nullopt});
    });
    m_linkModel = new QStandardItemModel(0, 3, this);
    m_linkModel->setHorizontalHeaderLabels({tr("Link"), tr("Clicks"), tr("Unique clicks")});
    m_linkView = smallTable(m_linkModel, QStringLiteral("linkTable"), tr("Clicks per link"), content);
    m_linkView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    widenToTitles(m_linkView->horizontalHeader());
    connect(m_linkView, &QTableView::activated, this, [this](const QModelIndex &index) {
        drillDown({CampaignEventKind::Click, false, {}, m_linkModel->item(index.row(), 0)->data(IdRole).toString()});
    });

    m_hourlyChart = new QChartView(content);
    m_hourlyChart->setObjectName(QStringLiteral("hourlyChart"));
    m_hourlyChart->setAccessibleName(tr("Opens and clicks by hour"));
    m_hourlyChart->setRenderHint(QPainter::Antialiasing);
    m_hourlyChart->setMinimumHeight(260);
    m_dailyChart = new QChartView(content);
    m_dailyChart->setObjectName(QStringLiteral("dailyChart"));
    m_dailyChart->setAccessibleName(tr("Opens and clicks by day"));
    m_dailyChart->setRenderHint(QPainter::Antialiasing);
    m_dailyChart->setMinimumHeight(260);
    m_hourlyChart->hide(); // until there is a chart to show (showReport())
    m_dailyChart->hide();

    auto *tables = new QHBoxLayout;
    auto *bounceColumn = new QVBoxLayout;
    bounceColumn->addWidget(boldLabel(tr("Bounces by reason"), content));
    bounceColumn->addWidget(m_bounceView);
    auto *linkColumn = new QVBoxLayout;
    linkColumn->addWidget(boldLabel(tr("Clicks per link"), content));
    linkColumn->addWidget(m_linkView);
    tables->addLayout(bounceColumn, 2);
    tables->addLayout(linkColumn, 3);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_hourlyChart, 1);
    charts->addWidget(m_dailyChart, 1);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_heading);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_note);
    layout->addWidget(m_problem);
    layout->addWidget(m_progressRow);
    layout->addWidget(numbersBox);
    layout->addLayout(tables);
    layout->addLayout(charts, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Report"));
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);

    // A row of plain buttons: a QDialogButtonBox here tied Tab into a loop of the two export
    // buttons (Qt 6.4), so nothing else of the window could be reached from them.
    m_csvButton = new QPushButton(tr("Export &CSV…"), this);
    m_csvButton->setObjectName(QStringLiteral("exportCsvButton"));
    connect(m_csvButton, &QPushButton::clicked, this, &CampaignReportWindow::exportCsv);
    m_pdfButton = new QPushButton(tr("Export &PDF…"), this);
    m_pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    connect(m_pdfButton, &QPushButton::clicked, this, &CampaignReportWindow::exportPdf);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("reportCloseButton"));
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_csvButton);
    buttons->addWidget(m_pdfButton);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    outer->addLayout(buttons);
}

void CampaignReportWindow::startJob()
{
    if (!m_context.operations())
        return;
    m_problem->setProblem({});
    m_retry->hide();
    m_cancel->show();
    m_progressRow->show();
    m_progress->setRange(0, 0);
    m_csvButton->setEnabled(false);
    m_pdfButton->setEnabled(false);
    auto *job = new CampaignReportJob(*m_context.operations(), m_campaignId, this);
    job->setStore(m_context.localCopy()); // events kept past the server's 90 days, and offline
    m_job = job;
    connect(job, &CampaignReportJob::entryLoaded, this, [this, job] { showReport(job->currentReport(), false); });
    connect(job, &CampaignReportJob::progress, this, [this](qint64 fetched, qint64 expected) {
        if (expected > 0) {
            m_progress->setRange(0, int(std::max(expected, fetched)));
            m_progress->setValue(int(fetched));
        }
    });
    connect(job, &CampaignReportJob::finished, this, [this, job] {
        job->deleteLater();
        m_job = nullptr;
        if (!job->result().ok()) {
            showFailure(job->result());
            return;
        }
        m_data = job->data();
        m_progressRow->hide();
        showReport(m_data->report, true);
        emit reportReady(m_data);
    });
    showReport(reporting::CampaignReport{}, false);
    job->start();
}

void CampaignReportWindow::showFailure(const ApiResult &result)
{
    m_cancel->hide();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    if (result.error == ApiError::Canceled) {
        m_problem->setProblem(tr("Loading was canceled: the numbers below are the campaign's own counts only."));
    } else {
        FailureWords words;
        words.notFound = tr("This campaign is not on the server (any more): %1");
        m_problem->setProblem(tr("The report could not be loaded: %1").arg(describeFailure(result, words)));
    }
    m_retry->show();
}

QToolButton *CampaignReportWindow::numberButton(const QString &name, const DrillDown &what)
{
    auto *button = new QToolButton(this);
    button->setObjectName(name);
    button->setAutoRaise(true);
    button->setCursor(Qt::PointingHandCursor);
    QFont f = button->font();
    f.setUnderline(true);
    button->setFont(f);
    button->setToolTip(tr("Show the contacts behind this number"));
    connect(button, &QToolButton::clicked, this, [this, what] { drillDown(what); });
    m_numberButtons.append(button);
    return button;
}

void CampaignReportWindow::showReport(const reporting::CampaignReport &r, bool complete)
{
    const Campaign *campaign = m_data ? &m_data->campaign : (m_job && m_job->hasEntry() ? &m_job->campaign() : nullptr);
    setWindowTitle(tr("Report: %1").arg(title()));
    m_heading->setText(title());
    if (campaign) {
        const QDateTime sentAt = campaign->lastRunDate.isValid() ? campaign->lastRunDate : campaign->date;
        QStringList parts{CampaignTableModel::statusText(campaign->status)};
        if (sentAt.isValid())
            parts.append(QLocale().toString(sentAt.toLocalTime(), QLocale::LongFormat));
        if (!campaign->subject.isEmpty())
            parts.append(tr("Subject: %1").arg(campaign->subject));
        m_subtitle->setText(parts.join(QStringLiteral(" · ")));
    }
    if (complete && r.fromLocalCopy) {
        // The local copy keeps events after the server's 90 days: say from when they are.
        QString source = r.dataSince.isValid()
                             ? tr("Events kept on this computer since %1 (the server keeps 90 days).")
                                   .arg(QLocale().toString(r.dataSince.toLocalTime().date(), QLocale::ShortFormat))
                             : tr("No events are kept on this computer for this campaign.");
        if (r.offline)
            source = u"⚠ " + tr("Offline: this report is from the local copy of the account.") + u' ' + source;
        if (r.windowLimited)
            m_note->setText(source + u' ' +
                            tr("The campaign's own counts (right) include older events than are kept here; the "
                               "totals, unique counts and rates do not."));
        else
            m_note->setText(source + u' ' + tr("Click a number to see the contacts behind it."));
    } else if (complete) {
        const QString window = tr("The event feeds hold the last 90 days only (since %1).")
                                   .arg(QLocale().toString(r.windowStart.toLocalTime().date(), QLocale::ShortFormat));
        if (r.windowLimited)
            m_note->setText(u"⚠ " + window + u' ' +
                            tr("This campaign has older events: the campaign's own counts (right) include them, the "
                               "totals, unique counts and rates do not."));
        else
            m_note->setText(window + u' ' + tr("Click a number to see the contacts behind it."));
    } else {
        m_note->setText(tr("The campaign's own counts are shown while its events load."));
    }

    // The numbers: a row per kind; totals and unique counts open the contacts behind them.
    for (QToolButton *b : std::as_const(m_numberButtons))
        b->deleteLater();
    for (QLabel *l : std::as_const(m_numberLabels))
        l->deleteLater();
    m_numberButtons.clear();
    m_numberLabels.clear();
    QWidget *box = m_numbers->parentWidget();
    const auto label = [&](const QString &text, int row, int column, bool bold = false) {
        QLabel *l = bold ? boldLabel(text, box) : new QLabel(text, box);
        if (column > 0)
            l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_numbers->addWidget(l, row, column);
        m_numberLabels.append(l);
        return l;
    };
    label(QString(), 0, 0);
    label(tr("Total"), 0, 1, true);
    label(tr("Contacts"), 0, 2, true);
    label(tr("Rate"), 0, 3, true);
    label(tr("Campaign's count"), 0, 4, true)->setToolTip(tr("As the campaign entry states it, older events included"));
    const std::array<std::optional<qint64>, CampaignEventKindCount> stated = {
        r.counts.sent, r.counts.opens, r.counts.clicks, r.counts.bounces, r.counts.forwards, r.counts.optOuts};
    const std::array<QString, CampaignEventKindCount> rates = {QString(),
                                                               CampaignTableModel::rateText(r.rates.open),
                                                               CampaignTableModel::rateText(r.rates.click),
                                                               CampaignTableModel::rateText(r.rates.bounce),
                                                               QString(),
                                                               CampaignTableModel::rateText(r.rates.optOut)};
    int row = 1;
    for (int k = 0; k < CampaignEventKindCount; ++k, ++row) {
        const auto kind = CampaignEventKind(k);
        const QString collection = campaignEventCollection(kind);
        label(kindText(kind), row, 0, true);
        if (complete) {
            QToolButton *total = numberButton(collection + u"TotalButton", {kind, false, {}, std::nullopt});
            total->setText(number(r.eventCount(kind)));
            total->setAccessibleName(tr("%1: %2").arg(kindText(kind), total->text()));
            m_numbers->addWidget(total, row, 1, Qt::AlignRight);
            QToolButton *unique = numberButton(collection + u"UniqueButton", {kind, true, {}, std::nullopt});
            unique->setText(number(r.uniqueCount(kind)));
            unique->setAccessibleName(tr("%1, distinct contacts: %2").arg(kindText(kind), unique->text()));
            m_numbers->addWidget(unique, row, 2, Qt::AlignRight);
            label(rates[size_t(k)], row, 3);
        } else {
            label(QStringLiteral("…"), row, 1);
            label(QStringLiteral("…"), row, 2);
            label(QString(), row, 3);
        }
        label(countText(stated[size_t(k)]), row, 4);
        if (kind == CampaignEventKind::Send) {
            ++row;
            label(tr("Delivered"), row, 0, true)->setToolTip(tr("Sends less bounces: what the rates are counted on"));
            label(complete ? number(r.delivered()) : QStringLiteral("…"), row, 1);
        }
    }
    label(tr("Spam reports"), row, 0, true);
    label(countText(r.counts.spamReports), row, 4)
        ->setToolTip(tr("The API gives only the count of spam reports, not who made them"));
    m_numbers->setColumnStretch(5, 1);

    m_bounceModel->removeRows(0, m_bounceModel->rowCount());
    for (const reporting::BounceReason &b : r.bounces) {
        auto *code = new QStandardItem(b.code);
        auto *reason = new QStandardItem(b.description.isEmpty() ? tr("Unknown code") : b.description);
        m_bounceModel->appendRow({code, reason, countItem(b.count), countItem(b.uniqueContacts)});
    }
    m_linkModel->removeRows(0, m_linkModel->rowCount());
    for (const reporting::LinkClicks &l : r.links) {
        auto *url = new QStandardItem(l.url.isEmpty() ? tr("(no link given)") : l.url);
        url->setData(l.url, IdRole);
        url->setToolTip(l.url);
        m_linkModel->appendRow({url, countItem(l.clicks), countItem(l.uniqueClicks)});
    }
    for (auto [view, part] : {std::pair{m_hourlyChart, TimelinePart::Hourly}, {m_dailyChart, TimelinePart::Daily}}) {
        // While the events load, or when there is nothing to draw, the view is hidden: an empty
        // chart has Qt's light theme, a light box in a dark palette.
        QChart *chart = complete ? timelineChart(r, part) : nullptr;
        view->setVisible(chart != nullptr);
        if (!chart)
            continue;
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
    }
    m_csvButton->setEnabled(complete);
    m_pdfButton->setEnabled(complete);
}

DrillDownWindow *CampaignReportWindow::drillDown(const DrillDown &what)
{
    if (!m_data)
        return nullptr;
    QList<CampaignEvent> events = m_data->events[size_t(what.kind)];
    QString subject = kindText(what.kind);
    if (!what.bounceCode.isEmpty()) {
        events.removeIf([&what](const CampaignEvent &e) { return e.code.trimmed().toUpper() != what.bounceCode; });
        const QString meaning = reporting::bounceCodeMeaning(what.bounceCode);
        subject = tr("Bounces %1 (%2)").arg(what.bounceCode, meaning.isEmpty() ? tr("unknown code") : meaning);
    }
    if (what.linkUrl) {
        events.removeIf([&what](const CampaignEvent &e) { return e.linkUrl.trimmed() != *what.linkUrl; });
        subject = tr("Clicks on %1").arg(what.linkUrl->isEmpty() ? tr("(no link given)") : *what.linkUrl);
    }
    if (what.unique) {
        events = reporting::firstPerContact(events);
        subject = tr("%1, one row per contact").arg(subject);
    }
    auto *window = new DrillDownWindow(m_context, tr("%1 — %2").arg(title(), subject), what.kind, events, this);
    m_lastDrillDown = window;
    window->show();
    return window;
}

bool CampaignReportWindow::writeCsv(const QString &path, QString *error) const
{
    if (!m_data)
        return false;
    const reporting::CampaignReport &r = m_data->report;
    QByteArray out = reporting::toCsv(r);
    out += "\nlink,clicks,uniqueClicks\n";
    for (const reporting::LinkClicks &l : r.links)
        out += reporting::csvField(l.url) + ',' + QByteArray::number(l.clicks) + ',' +
               QByteArray::number(l.uniqueClicks) + '\n';
    out += "\ncode,description,bounces,contacts\n";
    for (const reporting::BounceReason &b : r.bounces)
        out += reporting::csvField(b.code) + ',' + reporting::csvField(b.description) + ',' +
               QByteArray::number(b.count) + ',' + QByteArray::number(b.uniqueContacts) + '\n';
    out += "\nstart,opens,clicks\n";
    for (const reporting::TimeBucket &b : r.timeline)
        out += b.start.toString(Qt::ISODate).toUtf8() + ',' + QByteArray::number(b.opens) + ',' +
               QByteArray::number(b.clicks) + '\n';
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool CampaignReportWindow::writePdf(const QString &path, QString *error) const
{
    if (!m_data)
        return false;
    const reporting::CampaignReport &r = m_data->report;
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setTitle(tr("Report: %1").arg(title()));
    pdf.setCreator(QStringLiteral("ctct-manager"));
    pdf.setResolution(96);
    QPainter painter;
    if (!painter.begin(&pdf)) {
        *error = tr("%1 cannot be written").arg(path);
        return false;
    }
    const QRect page = painter.viewport();
    const int line = painter.fontMetrics().height() + 4;
    int y = 0;
    const auto text = [&](const QString &s, bool bold = false, int indent = 0) {
        QFont f = painter.font();
        f.setBold(bold);
        painter.setFont(f);
        painter.drawText(QRect(indent, y, page.width() - indent, line), Qt::AlignLeft | Qt::AlignVCenter, s);
        y += line;
    };
    text(title(), true);
    text(m_subtitle->text());
    text(m_note->text());
    y += line / 2;
    for (int k = 0; k < CampaignEventKindCount; ++k) {
        const auto kind = CampaignEventKind(k);
        text(tr("%1: %2 in the feeds, %3 contacts; the campaign's count: %4")
                 .arg(kindText(kind), number(r.eventCount(kind)), number(r.uniqueCount(kind)),
                      countText(std::array<std::optional<qint64>, 6>{r.counts.sent, r.counts.opens, r.counts.clicks,
                                                                     r.counts.bounces, r.counts.forwards,
                                                                     r.counts.optOuts}[size_t(k)])));
    }
    text(tr("Spam reports: %1").arg(countText(r.counts.spamReports)));
    text(tr("Delivered: %1. Open rate %2, click rate %3, bounce rate %4, opt-out rate %5.")
             .arg(number(r.delivered()), CampaignTableModel::rateText(r.rates.open),
                  CampaignTableModel::rateText(r.rates.click), CampaignTableModel::rateText(r.rates.bounce),
                  CampaignTableModel::rateText(r.rates.optOut)),
         true);
    y += line / 2;
    // The charts, drawn anew at the page's width.
    for (TimelinePart part : {TimelinePart::Hourly, TimelinePart::Daily}) {
        QChart *chart = timelineChart(r, part);
        if (!chart)
            continue;
        QChartView view(chart);
        view.resize(page.width(), 320);
        const QRect target(0, y, page.width(), 320);
        if (target.bottom() > page.height()) {
            pdf.newPage();
            y = 0;
        }
        view.render(&painter, QRectF(0, y, page.width(), 320), view.viewport()->rect());
        y += 330;
    }
    // The links and the bounces on a page of their own.
    pdf.newPage();
    y = 0;
    text(tr("Clicks per link"), true);
    for (const reporting::LinkClicks &l : r.links)
        text(tr("%1 clicks (%2 contacts): %3").arg(number(l.clicks), number(l.uniqueClicks), l.url), false, 12);
    if (r.links.isEmpty())
        text(tr("No links were clicked."), false, 12);
    y += line / 2;
    text(tr("Bounces by reason"), true);
    for (const reporting::BounceReason &b : r.bounces)
        text(
            tr("%1 %2: %3 bounces (%4 contacts)").arg(b.code, b.description, number(b.count), number(b.uniqueContacts)),
            false, 12);
    if (r.bounces.isEmpty())
        text(tr("Nothing bounced."), false, 12);
    return painter.end();
}

void CampaignReportWindow::exportCsv()
{
    FileDialog::saveFile(this, tr("Export Report as CSV"), title() + QStringLiteral(".csv"), tr("CSV files (*.csv)"),
                         [this](const QString &path) {
                             if (path.isEmpty())
                                 return;
                             QString error;
                             if (!writeCsv(path, &error))
                                 m_problem->setProblem(tr("%1 could not be written: %2").arg(path, error));
                         });
}

void CampaignReportWindow::exportPdf()
{
    FileDialog::saveFile(this, tr("Export Report as PDF"), title() + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"),
                         [this](const QString &path) {
                             if (path.isEmpty())
                                 return;
                             QString error;
                             if (!writePdf(path, &error))
                                 m_problem->setProblem(tr("%1 could not be written: %2").arg(path, error));
                         });
}

} // namespace ctct::ui
