// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignstab.h"

#include "api/operations.h"
#include "cache/accountcache.h"
#include "campaigns/campaigneditor.h"
#include "campaigns/scheduledialog.h"
#include "frame/failure.h"
#include "frame/pagelayout.h"
#include "models/campaigntablemodel.h"
#include "models/roles.h"
#include "reports/campaignreportwindow.h"
#include "reports/comparewindow.h"
#include "widgets/icons.h"
#include "widgets/messagebar.h"
#include "widgets/messagebox.h"
#include "widgets/resourcetableview.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace ctct::ui {

namespace {

QString yesNo(const QString &value)
{
    if (value.compare(u"YES", Qt::CaseInsensitive) == 0)
        return CampaignsTab::tr("yes");
    if (value.compare(u"NO", Qt::CaseInsensitive) == 0)
        return CampaignsTab::tr("no");
    return value;
}

// A line of the settings: "<b>Label</b> value", the value escaped.
QString settingLine(const QString &label, const QString &value)
{
    return u"<tr><td style='padding-right:12px; color:palette(mid)'>" + label.toHtmlEscaped() + u"</td><td>" +
           (value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped()) + u"</td></tr>";
}

bool hasReport(const Campaign &c)
{
    const CampaignStatus s = c.statusValue();
    return s == CampaignStatus::Sent || s == CampaignStatus::Running;
}

bool isEditable(const Campaign &c)
{
    const CampaignStatus s = c.statusValue();
    return s == CampaignStatus::Draft || s == CampaignStatus::Scheduled;
}

} // namespace

CampaignsTab::CampaignsTab(const TabContext &tabContext, QWidget *parent)
    : Page(tabContext, QStringLiteral("campaigns"), parent)
    , m_model(new CampaignTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RawValueRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    buildActions();
    buildLayout();

    connect(m_model, &PagedTableModel::pageFailed, this, [this](const ApiResult &result) {
        context().messages->showError(tr("The campaigns could not be loaded: %1").arg(describeFailure(result)),
                                      [this] { m_model->canRetry() ? m_model->retry() : refresh(); });
    });
    connect(m_model, &PagedTableModel::pageLoaded, this, [this] {
        updateCount();
        completeRows();
    });
    connect(m_model, &PagedTableModel::loadingChanged, this, &CampaignsTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CampaignsTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CampaignsTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CampaignsTab::updateCount);
    m_storeReload = new QTimer(this);
    m_storeReload->setSingleShot(true);
    m_storeReload->setInterval(300);
    connect(m_storeReload, &QTimer::timeout, this, &CampaignsTab::showStoredCampaigns);
    if (cache::AccountCache *cache = context().cache) {
        connect(cache, &cache::AccountCache::completed, this, &CampaignsTab::refresh);
        connect(cache->store(), &cache::AccountStore::campaignsChanged, this, [this] {
            if (context().store())
                m_storeReload->start();
        });
    }
    refresh();
}

CampaignsTab::~CampaignsTab()
{
    // The dialogs tell the tab when they go (updateActions): they go while it can still hear.
    delete m_scheduleDialog;
    delete m_editor;
}

CampaignReportWindow *CampaignsTab::reportWindow() const
{
    return m_reportWindow;
}

CompareWindow *CampaignsTab::compareWindow() const
{
    return m_compareWindow;
}

CampaignEditor *CampaignsTab::editor() const
{
    return m_editor;
}

void CampaignsTab::buildActions()
{
    m_reportAction = new QAction(themeIcon(QStringLiteral("office-chart-line")), tr("Open &Report"), this);
    m_reportAction->setObjectName(QStringLiteral("openReportAction"));
    m_reportAction->setToolTip(tr("How the selected campaign did (Enter)"));
    connect(m_reportAction, &QAction::triggered, this, [this] { openReport(); });

    m_compareAction = new QAction(themeIcon(QStringLiteral("view-statistics")), tr("&Compare…"), this);
    m_compareAction->setObjectName(QStringLiteral("compareAction"));
    m_compareAction->setToolTip(tr("The rates of the selected sent campaigns side by side"));
    connect(m_compareAction, &QAction::triggered, this, [this] { compareSelected(); });

    m_newAction = new QAction(themeIcon(QStringLiteral("document-new")), tr("&New Draft…"), this);
    m_newAction->setObjectName(QStringLiteral("newDraftAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Prepare a new campaign (Ctrl+N)"));
    connect(m_newAction, &QAction::triggered, this, &CampaignsTab::newDraft);

    m_editAction = new QAction(themeIcon(QStringLiteral("document-edit")), tr("&Edit Draft…"), this);
    m_editAction->setObjectName(QStringLiteral("editDraftAction"));
    m_editAction->setToolTip(tr("Change the selected draft or scheduled campaign"));
    connect(m_editAction, &QAction::triggered, this, &CampaignsTab::editSelected);

    m_duplicateAction = new QAction(themeIcon(QStringLiteral("edit-copy")), tr("D&uplicate…"), this);
    m_duplicateAction->setObjectName(QStringLiteral("duplicateAction"));
    m_duplicateAction->setToolTip(tr("A new draft with the selected campaign's settings and content"));
    connect(m_duplicateAction, &QAction::triggered, this, &CampaignsTab::duplicateSelected);

    m_deleteAction = new QAction(themeIcon(QStringLiteral("edit-delete")), tr("&Delete Draft…"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteDraftAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setToolTip(tr("Delete the selected draft or scheduled campaign"));
    connect(m_deleteAction, &QAction::triggered, this, &CampaignsTab::deleteSelected);

    m_scheduleAction = new QAction(themeIcon(QStringLiteral("appointment-new")), tr("&Schedule…"), this);
    m_scheduleAction->setObjectName(QStringLiteral("scheduleAction"));
    m_scheduleAction->setToolTip(tr("Choose when the selected draft is sent"));
    connect(m_scheduleAction, &QAction::triggered, this, [this] { scheduleSelected(); });

    m_unscheduleAction = new QAction(themeIcon(QStringLiteral("appointment-missed")), tr("Unsc&hedule…"), this);
    m_unscheduleAction->setObjectName(QStringLiteral("unscheduleAction"));
    m_unscheduleAction->setToolTip(tr("Cancel the sending of the selected scheduled campaign; it becomes a draft"));
    connect(m_unscheduleAction, &QAction::triggered, this, &CampaignsTab::unscheduleSelected);
}

void CampaignsTab::buildLayout()
{
    auto *center = new QWidget(this);
    const FilterRow filters = makeFilterRow(center, {"campaignSearchField",
                                                     tr("Search campaigns"),
                                                     tr("Name or subject (Ctrl+F)"),
                                                     "campaignStatusFilter",
                                                     tr("Status filter"),
                                                     {{tr("All"), QString()},
                                                      {tr("Draft", "campaign status"), QStringLiteral("DRAFT")},
                                                      {tr("Scheduled", "campaign status"), QStringLiteral("SCHEDULED")},
                                                      {tr("Running", "campaign status"), QStringLiteral("RUNNING")},
                                                      {tr("Sent", "campaign status"), QStringLiteral("SENT")}},
                                                     "campaignsCountLabel"});
    m_search = filters.search;
    m_statusFilter = filters.status;
    m_countLabel = filters.count;
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &CampaignsTab::refresh);

    m_table = new ResourceTableView(center);
    m_table->setObjectName(QStringLiteral("campaignsView"));
    m_table->setAccessibleName(tr("Campaigns"));
    m_table->setModel(m_proxy);
    connect(m_table, &QTableView::activated, this, [this] {
        const Campaign *c = selectedCampaign();
        if (c && hasReport(*c))
            openReport();
        else if (c && isEditable(*c))
            editSelected();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CampaignsTab::onSelectionChanged);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_reportAction, m_compareAction, m_editAction, m_duplicateAction, m_scheduleAction,
                         m_unscheduleAction, m_deleteAction});

    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addLayout(filters.layout);
    centerLayout->addWidget(m_table, 1);

    auto *details = new QWidget(this);
    details->setObjectName(QStringLiteral("campaignDetails"));
    m_heading = makeDetailHeading(details, "campaignHeading");
    m_settings = new QLabel(details);
    m_settings->setObjectName(QStringLiteral("campaignSettings"));
    m_settings->setTextFormat(Qt::RichText);
    m_settings->setWordWrap(true);
    m_settings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_settings->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *previewLabel = new QLabel(tr("Content preview"), details);
    previewLabel->setFont(m_heading->font());
    m_preview = new QTextBrowser(details);
    m_preview->setObjectName(QStringLiteral("campaignPreview"));
    m_preview->setAccessibleName(tr("Content preview"));
    m_preview->setOpenLinks(false); // a preview: links are shown, not followed
    m_preview->setMinimumHeight(180);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(4, 0, 0, 0);
    detailsLayout->addWidget(m_heading);
    detailsLayout->addWidget(m_settings);
    detailsLayout->addWidget(previewLabel);
    detailsLayout->addWidget(m_preview, 1);
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setObjectName(QStringLiteral("campaignDetailsScroll"));
    detailsScroll->setAccessibleName(tr("Campaign details"));
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setWidget(details);
    detailsScroll->setMinimumWidth(300);
    detailsScroll->setFrameShape(QFrame::NoFrame);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("campaignsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(center);
    m_splitter->addWidget(detailsScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({830, 400});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);
    setTabOrder(m_search, m_statusFilter);
    setTabOrder(m_statusFilter, m_table);
    setTabOrder(m_table, m_preview);

    ResourceTableView::Defaults defaults;
    // Every column fits beside the detail pane of a 1280-pixel window.
    defaults.widths = {{CampaignTableModel::NameColumn, 170},     {CampaignTableModel::StatusColumn, 70},
                       {CampaignTableModel::DateColumn, 128},     {CampaignTableModel::SubjectColumn, 150},
                       {CampaignTableModel::SentColumn, 55},      {CampaignTableModel::OpenRateColumn, 75},
                       {CampaignTableModel::ClickRateColumn, 70}, {CampaignTableModel::BounceRateColumn, 80}};
    m_table->restoreHeader(viewState(u"header"), defaults); // the server's order: newest first
    if (const QByteArray splitter = viewState(u"splitter"); !splitter.isEmpty())
        m_splitter->restoreState(splitter);
    showCampaign({});
}

Page::Actions CampaignsTab::actions() const
{
    Actions a;
    a.edit = {m_newAction,      m_editAction,       m_duplicateAction, m_deleteAction, nullptr,
              m_scheduleAction, m_unscheduleAction, nullptr,           m_reportAction, m_compareAction};
    a.view = {m_table->columnsMenu()->menuAction()};
    a.toolBar = {m_newAction, m_editAction, nullptr, m_reportAction, m_compareAction};
    return a;
}

void CampaignsTab::refresh()
{
    context().messages->dismiss();
    if (ApiJob *job = m_detailsJob)
        job->abandon();
    if (CampaignReportJob *job = m_backgroundReport)
        job->deleteLater(); // its pagers are abandoned with it; nobody hears from it again
    m_backgroundReport = nullptr;
    m_reports.clear();
    showCampaign({});
    if (context().store()) {
        showStoredCampaigns();
        return;
    }
    m_model->setSource(operations() ? operations()->campaigns(statusFilter()) : nullptr);
    updateCount();
}

void CampaignsTab::showStoredCampaigns()
{
    cache::AccountStore *store = context().store();
    if (!store)
        return;
    const QString status = statusFilter();
    QList<Campaign> campaigns;
    QList<bool> detailed;
    for (cache::CachedCampaign &c : store->campaigns()) {
        if (!status.isEmpty() && c.campaign.status.compare(status, Qt::CaseInsensitive) != 0)
            continue;
        campaigns.append(std::move(c.campaign));
        detailed.append(c.hasEntry);
    }
    m_model->setCampaigns(campaigns, detailed);
    updateCount();
    updateActions();
    completeRows();
}

void CampaignsTab::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CampaignsTab::saveState()
{
    setViewState(u"header", m_table->saveHeader());
    setViewState(u"splitter", m_splitter->saveState());
}

void CampaignsTab::setStatusFilter(const QString &status)
{
    const int index = m_statusFilter->findData(status.toUpper());
    if (index >= 0)
        m_statusFilter->setCurrentIndex(index);
}

QString CampaignsTab::statusFilter() const
{
    return m_statusFilter->currentData().toString();
}

void CampaignsTab::updateCount()
{
    const bool filtered = !m_search->text().trimmed().isEmpty();
    const QString text = m_model->countText(filtered ? m_proxy->rowCount() : -1);
    m_countLabel->setText(text);
    m_countLabel->setAccessibleName(text);
    updateActions();
}

QList<int> CampaignsTab::selectedRows() const
{
    return m_table->selectedSourceRows();
}

const Campaign *CampaignsTab::selectedCampaign() const
{
    const QList<int> rows = selectedRows();
    return rows.size() == 1 ? &m_model->campaign(rows.first()) : nullptr;
}

void CampaignsTab::updateActions()
{
    const QList<int> rows = selectedRows();
    const Campaign *one = selectedCampaign();
    int sent = 0;
    for (int row : rows) {
        if (hasReport(m_model->campaign(row)))
            ++sent;
    }
    m_reportAction->setEnabled(one && hasReport(*one));
    m_compareAction->setEnabled(sent >= 2 && sent == rows.size());
    m_editAction->setEnabled(one && isEditable(*one) && !m_editor);
    m_duplicateAction->setEnabled(one && !m_editor);
    m_deleteAction->setEnabled(one && isEditable(*one));
    m_scheduleAction->setEnabled(one && one->statusValue() == CampaignStatus::Draft && !m_scheduleDialog);
    m_unscheduleAction->setEnabled(one && one->statusValue() == CampaignStatus::Scheduled);
}

void CampaignsTab::onSelectionChanged()
{
    const Campaign *c = selectedCampaign();
    showCampaign(c ? *c : Campaign{});
    updateActions();
    if (!c || m_model->hasDetails(m_model->rowOfId(c->id)) || !operations())
        return;
    // Selected before the background got to it: its entry now.
    const QString id = c->id;
    operations()->getCampaign(id)->then(this, [this](const ApiResult &result) {
        const atom::Parsed<Campaign> parsed = result.ok() ? parseEntry<Campaign>(result) : atom::Parsed<Campaign>{};
        if (!parsed.ok())
            return;
        m_model->setDetails(*parsed.value);
        if (shortIdOf(m_shownId) == parsed.value->shortId())
            showCampaign(*parsed.value);
    });
}

void CampaignsTab::showCampaign(const Campaign &c)
{
    m_shownId = c.id;
    if (c.id.isEmpty()) {
        m_heading->setText(tr("Select a campaign to see its settings and content."));
        m_settings->clear();
        m_preview->clear();
        return;
    }
    m_heading->setText(c.name);
    const auto address = [](const EmailRef &e) { return e.emailAddress; };
    QStringList lists;
    for (const QString &l : c.contactLists)
        lists.append(shortIdOf(l));
    QString greeting = QStringList{c.greetingSalutation, c.greetingName}.join(u' ').trimmed();
    if (!c.greetingString.isEmpty())
        greeting += (greeting.isEmpty() ? QString() : QStringLiteral(" · ")) + c.greetingString;
    const QString organisation =
        QStringList{
            c.organizationName,   c.organizationAddress1, c.organizationAddress2,           c.organizationAddress3,
            c.organizationCity,   c.organizationState,    c.organizationInternationalState, c.organizationPostalCode,
            c.organizationCountry}
            .filter(QRegularExpression(QStringLiteral("\\S")))
            .join(QStringLiteral(", "));
    QString rows =
        settingLine(tr("Status"), CampaignTableModel::statusText(c.status)) +
        settingLine(tr("Date"),
                    c.date.isValid() ? QLocale().toString(c.date.toLocalTime(), QLocale::LongFormat) : QString());
    if (c.nextRunDate.isValid())
        rows += settingLine(tr("Scheduled for"), QLocale().toString(c.nextRunDate.toLocalTime(), QLocale::LongFormat));
    rows += settingLine(tr("Subject"), c.subject) +
            settingLine(tr("From"), c.fromName + u" <" + address(c.fromEmail) + u'>') +
            settingLine(tr("Reply-To"), address(c.replyToEmail)) + settingLine(tr("Lists"), lists.join(u", ")) +
            settingLine(tr("Greeting"), greeting) + settingLine(tr("Organisation"), organisation) +
            settingLine(tr("Permission reminder"), yesNo(c.permissionReminder)) +
            settingLine(tr("View as web page"), yesNo(c.viewAsWebpage)) +
            settingLine(tr("Forward link"), yesNo(c.includeForwardEmail)) +
            settingLine(tr("Subscribe link"), yesNo(c.includeSubscribeLink));
    if (c.sent)
        rows += settingLine(tr("Sent to"), tr("%n contacts", nullptr, int(*c.sent)));
    m_settings->setText(u"<table>" + rows + u"</table>");
    if (!c.emailContent.isEmpty())
        m_preview->setHtml(c.emailContent);
    else if (m_model->hasDetails(m_model->rowOfId(c.id)))
        m_preview->setPlainText(tr("This campaign has no content of its own (a template campaign)."));
    else
        m_preview->setPlainText(tr("Loading…"));
}

// The entries of the rows first (subject, sent), then the reports of the sent ones (rates),
// one request or report at a time so the tab never floods the server.
void CampaignsTab::completeRows()
{
    if (!m_detailsJob)
        fetchNextDetails();
}

void CampaignsTab::fetchNextDetails()
{
    if (!operations())
        return;
    const QStringList missing = m_model->idsWithoutDetails();
    if (missing.isEmpty()) {
        fetchNextReport();
        return;
    }
    m_detailsJob =
        operations()->getCampaign(missing.first())->then(this, [this, id = missing.first()](const ApiResult &r) {
            m_detailsJob = nullptr;
            const atom::Parsed<Campaign> parsed = r.ok() ? parseEntry<Campaign>(r) : atom::Parsed<Campaign>{};
            if (!parsed.ok()) {
                // Marked as done with what the row has, so the queue moves on; the detail pane asks again.
                Campaign summary = m_model->campaign(m_model->rowOfId(id));
                m_model->setDetails(summary);
            } else {
                m_model->setDetails(*parsed.value);
                if (cache::AccountStore *store = context().localCopy())
                    store->storeCampaign(*parsed.value, r.body); // offline, the copy has it too
                if (shortIdOf(m_shownId) == parsed.value->shortId())
                    showCampaign(*parsed.value);
            }
            fetchNextDetails();
        });
}

void CampaignsTab::fetchNextReport()
{
    if (m_backgroundReport || !operations())
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Campaign &c = m_model->campaign(row);
        if (!hasReport(c) || m_reports.contains(c.shortId()) || m_model->rates(row))
            continue;
        auto *job = new CampaignReportJob(*operations(), c.id, this);
        job->setStore(context().localCopy());
        m_backgroundReport = job;
        connect(job, &CampaignReportJob::finished, this, [this, job] {
            job->deleteLater();
            m_backgroundReport = nullptr;
            if (job->result().ok())
                keepReport(job->data());
            else // not asked again in the background; its report window says why
                m_reports.insert(shortIdOf(job->campaignId()), nullptr);
            fetchNextReport();
        });
        job->start();
        return;
    }
}

void CampaignsTab::keepReport(const std::shared_ptr<const CampaignReportData> &data)
{
    if (!data)
        return;
    m_reports.insert(data->campaign.shortId(), data);
    m_model->setReport(data->report);
}

bool CampaignsTab::isCompleting() const
{
    return m_detailsJob || m_backgroundReport;
}

std::shared_ptr<const CampaignReportData> CampaignsTab::cachedReport(const QString &campaignId) const
{
    return m_reports.value(shortIdOf(campaignId));
}

CampaignReportWindow *CampaignsTab::openReport()
{
    const Campaign *c = selectedCampaign();
    return c ? openReport(c->id) : nullptr;
}

CampaignReportWindow *CampaignsTab::openReport(const QString &campaignId)
{
    auto *window = new CampaignReportWindow(context(), campaignId, cachedReport(campaignId), this);
    connect(window, &CampaignReportWindow::reportReady, this, &CampaignsTab::keepReport);
    m_reportWindow = window;
    window->show();
    return window;
}

CompareWindow *CampaignsTab::compareSelected()
{
    QStringList ids;
    for (int row : selectedRows()) {
        if (hasReport(m_model->campaign(row)))
            ids.append(m_model->campaign(row).id);
    }
    if (ids.size() < 2)
        return nullptr;
    QList<std::shared_ptr<const CampaignReportData>> known;
    for (const QString &id : std::as_const(ids))
        known.append(cachedReport(id));
    auto *window = new CompareWindow(context(), ids, known, this);
    connect(window, &CompareWindow::reportReady, this, &CampaignsTab::keepReport);
    m_compareWindow = window;
    window->show();
    return window;
}

CampaignEditor *CampaignsTab::createEditor()
{
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return nullptr;
    }
    auto *editor = new CampaignEditor(context(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &CampaignEditor::saved, this, &CampaignsTab::onSaved);
    // While a widget's destroyed() is emitted, a QPointer to it is not yet cleared and no longer
    // points to a CampaignEditor: cleared here, so the actions see that it is gone.
    connect(editor, &QObject::destroyed, this, [this] {
        m_editor.clear();
        updateActions();
    });
    m_editor = editor;
    updateActions();
    return editor;
}

void CampaignsTab::newDraft()
{
    if (CampaignEditor *editor = createEditor()) {
        editor->newCampaign();
        editor->open();
    }
}

void CampaignsTab::editSelected()
{
    const Campaign *c = selectedCampaign();
    if (!c || !isEditable(*c))
        return;
    const QString id = c->id;
    if (CampaignEditor *editor = createEditor()) {
        editor->editCampaign(id);
        editor->open();
    }
}

void CampaignsTab::duplicateSelected()
{
    const Campaign *c = selectedCampaign();
    if (!c)
        return;
    const QString id = c->id;
    if (CampaignEditor *editor = createEditor()) {
        editor->duplicateCampaign(id);
        editor->open();
    }
}

void CampaignsTab::deleteSelected()
{
    const Campaign *c = selectedCampaign();
    if (!c || !isEditable(*c) || !operations())
        return;
    const QString id = c->id;
    const QString name = c->name;
    MessageBox::question(
        this,
        {tr("Delete Campaign"), tr("Delete the campaign %1?").arg(name),
         c->statusValue() == CampaignStatus::Scheduled
             ? tr("It is scheduled: deleting it also cancels the sending. This cannot be undone.")
             : tr("Its settings and content are deleted from the account. This cannot be undone.")},
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, id, name](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes || !operations())
                return;
            operations()->deleteCampaign(id)->then(this, [this, id, name](const ApiResult &r) {
                if (!r.ok()) {
                    FailureWords words;
                    words.badRequest = tr("The server refused to delete it (only drafts and scheduled campaigns can "
                                          "be deleted): %1");
                    context().messages->showError(
                        tr("%1 could not be deleted: %2").arg(name, describeFailure(r, words)));
                    return;
                }
                m_model->removeCampaign(id);
                if (context().cache) {
                    context().cache->store()->removeCampaign(id);
                    context().cache->syncNow();
                }
                context().messages->showMessage(MessageBar::Kind::Information, tr("%1 was deleted.").arg(name));
            });
        },
        tr("&Delete"));
}

ScheduleDialog *CampaignsTab::scheduleSelected()
{
    const Campaign *c = selectedCampaign();
    if (!c || c->statusValue() != CampaignStatus::Draft)
        return nullptr;
    if (m_scheduleDialog) {
        m_scheduleDialog->raise();
        m_scheduleDialog->activateWindow();
        return m_scheduleDialog;
    }
    auto *dialog = new ScheduleDialog(context(), c->id, c->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScheduleDialog::scheduled, this, [this, name = c->name](const QString &id, const QDateTime &when) {
        onSaved(id);
        context().messages->showMessage(
            MessageBar::Kind::Information,
            tr("%1 is scheduled for %2.").arg(name, QLocale().toString(when, QLocale::LongFormat)));
    });
    connect(dialog, &QObject::destroyed, this, [this] {
        m_scheduleDialog.clear(); // as for the editor
        updateActions();
    });
    m_scheduleDialog = dialog;
    updateActions();
    dialog->open();
    return dialog;
}

void CampaignsTab::unscheduleSelected()
{
    const Campaign *c = selectedCampaign();
    if (!c || c->statusValue() != CampaignStatus::Scheduled || !operations())
        return;
    const QString id = c->id;
    const QString name = c->name;
    const QString when =
        c->nextRunDate.isValid() ? QLocale().toString(c->nextRunDate.toLocalTime(), QLocale::LongFormat) : QString();
    MessageBox::question(
        this,
        {tr("Unschedule Campaign"),
         when.isEmpty() ? tr("Cancel the sending of %1?").arg(name)
                        : tr("Cancel the sending of %1, scheduled for %2?").arg(name, when),
         tr("It becomes a draft again, with its settings and content; you can schedule it later.")},
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, id, name](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes || !operations())
                return;
            operations()->unscheduleCampaign(id)->then(this, [this, id, name](const ApiResult &r) {
                if (!r.ok()) {
                    FailureWords words;
                    words.notFound = tr("It is not scheduled any more (it may have been sent). The server said: %1");
                    context().messages->showError(
                        tr("%1 could not be unscheduled: %2").arg(name, describeFailure(r, words)));
                    return;
                }
                onSaved(id);
                context().messages->showMessage(MessageBar::Kind::Information,
                                                tr("%1 is a draft again; it will not be sent.").arg(name));
            });
        },
        tr("&Unschedule"));
}

void CampaignsTab::onSaved(const QString &campaignId)
{
    context().messages->dismiss();
    if (!operations())
        return;
    operations()->getCampaign(campaignId)->then(this, [this](const ApiResult &r) {
        const atom::Parsed<Campaign> parsed = r.ok() ? parseEntry<Campaign>(r) : atom::Parsed<Campaign>{};
        if (!parsed.ok()) {
            refresh();
            return;
        }
        if (cache::AccountStore *store = context().localCopy()) {
            // The server's answer into the local copy at once; the next sync puts it in its place.
            store->storeCampaign(*parsed.value, r.body);
            context().cache->syncNow();
        }
        if (m_model->rowOfId(parsed.value->id) < 0) {
            refresh(); // a new draft: newest first, on the first page
            return;
        }
        m_model->setDetails(*parsed.value);
        if (shortIdOf(m_shownId) == parsed.value->shortId())
            showCampaign(*parsed.value);
        updateActions(); // a new status may enable others (Schedule, Unschedule, Edit)
    });
}

} // namespace ctct::ui
