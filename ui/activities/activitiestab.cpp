// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitiestab.h"

#include "importing/exportfile.h"

#include "api/operations.h"
#include "frame/failure.h"
#include "frame/pagelayout.h"
#include "models/activitytablemodel.h"
#include "models/roles.h"
#include "widgets/filedialog.h"
#include "widgets/icons.h"
#include "widgets/messagebar.h"
#include "widgets/resourcetableview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace ctct::ui {

namespace {

constexpr int kPollMs = 2000; // while an activity runs; the sandbox steps every second by default

bool isSavableExport(const Activity &a)
{
    return a.type == activitytype::ExportContacts && a.statusValue() == ActivityStatus::Complete &&
           !a.fileName.isEmpty();
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

} // namespace

ActivitiesTab::ActivitiesTab(const TabContext &tabContext, QWidget *parent)
    : Page(tabContext, QStringLiteral("activities"), parent)
    , m_model(new ActivityTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_errors(new QStandardItemModel(0, 3, this))
    , m_saveAction(new QAction(themeIcon(QStringLiteral("document-save")), tr("&Save File…"), this))
    , m_pollTimer(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RawValueRole);
    m_errors->setHorizontalHeaderLabels({tr("Line"), tr("E-mail"), tr("Message")});
    m_saveAction->setObjectName(QStringLiteral("saveActivityFileAction"));
    m_saveAction->setToolTip(tr("Save the file of the selected export"));
    connect(m_saveAction, &QAction::triggered, this, &ActivitiesTab::saveSelectedFile);
    m_pollTimer->setInterval(kPollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &ActivitiesTab::pollUnfinished);
    buildLayout();

    connect(m_model, &PagedTableModel::pageFailed, this, [this](const ApiResult &result) {
        context().messages->showError(tr("The activities could not be loaded: %1").arg(describeFailure(result)),
                                      [this] { m_model->canRetry() ? m_model->retry() : refresh(); });
    });
    const auto changed = [this] {
        m_countLabel->setText(m_model->countText());
        if (!m_model->unfinishedIds().isEmpty() && !m_pollTimer->isActive())
            m_pollTimer->start();
        updateActions();
    };
    connect(m_model, &PagedTableModel::loadingChanged, this, changed);
    connect(m_model, &PagedTableModel::pageLoaded, this, changed);
    refresh();
}

ActivitiesTab::~ActivitiesTab() = default;

void ActivitiesTab::buildLayout()
{
    m_table = new ResourceTableView(this);
    m_table->setObjectName(QStringLiteral("activitiesView"));
    m_table->setAccessibleName(tr("Activities"));
    m_table->setModel(m_proxy);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActivitiesTab::onSelectionChanged);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("activitiesCountLabel"));

    auto *details = new QWidget(this);
    details->setObjectName(QStringLiteral("activityDetails"));
    m_heading = makeDetailHeading(details, "activityHeading", tr("Select an activity to see its details."));
    m_summary = new QLabel(details);
    m_summary->setObjectName(QStringLiteral("activitySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setMinimumWidth(m_summary->fontMetrics().averageCharWidth() * 42);
    m_saveButton = new QPushButton(m_saveAction->text(), details);
    m_saveButton->setObjectName(QStringLiteral("saveActivityFileButton"));
    m_saveButton->setAccessibleName(tr("Save the export's file"));
    connect(m_saveButton, &QPushButton::clicked, m_saveAction, &QAction::trigger);
    m_errorsView = new QTableView(details);
    m_errorsView->setObjectName(QStringLiteral("activityErrorsView"));
    m_errorsView->setAccessibleName(tr("Errors of the activity"));
    m_errorsView->setModel(m_errors);
    m_errorsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errorsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errorsView->verticalHeader()->hide();
    m_errorsView->horizontalHeader()->setStretchLastSection(true);
    m_errorsView->setColumnWidth(0, 50);
    m_errorsView->setColumnWidth(1, 240);
    m_errorsView->setWordWrap(false);
    m_errorsView->verticalHeader()->setDefaultSectionSize(m_errorsView->fontMetrics().height() + 8);
    m_errorsView->setTabKeyNavigation(false);
    // The summary on the left, the errors (with room for the server's messages) on the right.
    auto *summaryColumn = new QVBoxLayout;
    summaryColumn->addWidget(m_heading);
    summaryColumn->addWidget(m_summary);
    summaryColumn->addWidget(m_saveButton, 0, Qt::AlignLeft);
    summaryColumn->addStretch();
    auto *detailsLayout = new QHBoxLayout(details);
    detailsLayout->setContentsMargins(0, 4, 0, 0);
    detailsLayout->addLayout(summaryColumn, 0);
    detailsLayout->addWidget(m_errorsView, 1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_countLabel);
    leftLayout->addWidget(m_table, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("activitiesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({400, 260});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);
    setTabOrder(m_table, m_saveButton);
    setTabOrder(m_saveButton, m_errorsView);

    ResourceTableView::Defaults defaults;
    defaults.widths = {{ActivityTableModel::TypeColumn, 125},     {ActivityTableModel::StatusColumn, 85},
                       {ActivityTableModel::CreatedColumn, 150},  {ActivityTableModel::StartedColumn, 150},
                       {ActivityTableModel::FinishedColumn, 150}, {ActivityTableModel::RowsColumn, 55}};
    m_table->restoreHeader(viewState(u"header"), defaults); // the server's order: newest first
    if (const QByteArray splitter = viewState(u"splitter"); !splitter.isEmpty())
        m_splitter->restoreState(splitter);
    showActivity({});
}

Page::Actions ActivitiesTab::actions() const
{
    Actions a;
    a.edit = {m_saveAction};
    a.view = {m_table->columnsMenu()->menuAction()};
    a.toolBar = {m_saveAction};
    return a;
}

void ActivitiesTab::refresh()
{
    context().messages->dismiss();
    m_model->setSource(operations() ? operations()->activities() : nullptr);
}

void ActivitiesTab::saveState()
{
    setViewState(u"header", m_table->saveHeader());
    setViewState(u"splitter", m_splitter->saveState());
}

QString ActivitiesTab::shownId() const
{
    return m_heading->property("activityId").toString();
}

bool ActivitiesTab::isPolling() const
{
    return m_pollTimer->isActive() || m_pollsInFlight > 0;
}

const Activity *ActivitiesTab::selectedActivity() const
{
    const QList<int> rows = m_table->selectedSourceRows();
    return rows.size() == 1 ? &m_model->activity(rows.first()) : nullptr;
}

void ActivitiesTab::onSelectionChanged()
{
    if (ApiJob *job = m_detailJob)
        job->abandon();
    const Activity *selected = selectedActivity();
    if (!selected) {
        showActivity({});
        return;
    }
    showActivity(*selected);
    // The collection's entries carry no errors: the activity itself does.
    if (!operations())
        return;
    m_detailJob = operations()->getActivity(selected->id)->then(this, [this](const ApiResult &result) {
        m_detailJob = nullptr;
        if (!result.ok()) {
            m_summary->setText(m_summary->text() + u"\n\n" +
                               tr("The details could not be loaded: %1").arg(describeFailure(result)));
            return;
        }
        const atom::Parsed<Activity> parsed = parseEntry<Activity>(result);
        if (!parsed.ok())
            return;
        m_model->updateActivity(*parsed.value);
        if (shownId() == parsed.value->id)
            showActivity(*parsed.value);
    });
}

void ActivitiesTab::showActivity(const Activity &a)
{
    m_heading->setProperty("activityId", a.id);
    m_errors->removeRows(0, m_errors->rowCount());
    if (a.id.isEmpty()) {
        m_heading->setText(tr("Select an activity to see its details."));
        m_summary->clear();
        m_errorsView->hide();
        updateActions();
        return;
    }
    m_heading->setText(
        tr("%1 — %2").arg(ActivityTableModel::typeText(a.type), ActivityTableModel::statusText(a.status)));
    QStringList lines{tr("Created: %1").arg(timeText(a.insertTime)), tr("Started: %1").arg(timeText(a.runStartTime)),
                      tr("Finished: %1").arg(timeText(a.runFinishTime))};
    if (a.transactionCount)
        lines.append(tr("Rows processed: %1").arg(QLocale().toString(*a.transactionCount)));
    if (!a.fileName.isEmpty())
        lines.append(tr("File: %1").arg(a.fileName));
    lines.append(a.errors.isEmpty() ? tr("No errors reported.") : tr("Errors reported: %1").arg(a.errors.size()));
    m_summary->setText(lines.join(u'\n'));
    for (const ActivityError &e : a.errors) {
        auto *line = new QStandardItem(e.lineNumber ? QString::number(*e.lineNumber) : QString());
        line->setData(qint64(e.lineNumber.value_or(0)), RawValueRole);
        auto *message = new QStandardItem(e.message);
        message->setToolTip(e.message);
        m_errors->appendRow({line, new QStandardItem(e.emailAddress), message});
    }
    m_errorsView->setVisible(!a.errors.isEmpty());
    updateActions();
}

void ActivitiesTab::pollUnfinished()
{
    const QStringList ids = m_model->unfinishedIds();
    if (ids.isEmpty() || !operations()) {
        m_pollTimer->stop();
        return;
    }
    if (m_pollsInFlight > 0)
        return; // the last round is not back yet
    for (const QString &id : ids) {
        ++m_pollsInFlight;
        operations()->getActivity(id)->then(this, [this](const ApiResult &result) {
            --m_pollsInFlight;
            const atom::Parsed<Activity> parsed = result.ok() ? parseEntry<Activity>(result) : atom::Parsed<Activity>{};
            if (!parsed.ok())
                return; // asked again on the next round
            m_model->updateActivity(*parsed.value);
            if (shownId() == parsed.value->id)
                showActivity(*parsed.value);
            if (m_pollsInFlight == 0 && m_model->unfinishedIds().isEmpty())
                m_pollTimer->stop();
        });
    }
}

void ActivitiesTab::updateActions()
{
    const Activity *a = selectedActivity();
    const bool savable = a && isSavableExport(*a);
    m_saveAction->setEnabled(savable);
    m_saveButton->setVisible(savable);
}

void ActivitiesTab::saveSelectedFile()
{
    const Activity *selected = selectedActivity();
    if (!selected || !isSavableExport(*selected) || !operations())
        return;
    saveExportFile(context(), this, *selected);
}

} // namespace ctct::ui
