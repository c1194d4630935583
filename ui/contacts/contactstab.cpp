// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactstab.h"

#include "api/membershipjob.h"
#include "api/operations.h"
#include "api/optoutjob.h"
#include "cache/accountcache.h"
#include "contacts/contactdetails.h"
#include "reports/campaignreportwindow.h"
#include "contacts/contacteditor.h"
#include "frame/failure.h"
#include "frame/pagelayout.h"
#include "importing/csvreader.h"
#include "lists/listdialog.h"
#include "lists/listsmodel.h"
#include "lists/listssidebar.h"
#include "logging.h"
#include "models/contactfiltermodel.h"
#include "models/contacttablemodel.h"
#include "models/roles.h"
#include "platform/worker.h"
#include "settings.h"
#include "widgets/icons.h"
#include "widgets/messagebar.h"
#include "widgets/messagebox.h"
#include "widgets/progresspanel.h"
#include "widgets/resourcetableview.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace ctct::ui {

namespace {

constexpr int kSearchDebounceMs = 250;
constexpr int kDetailsDelayMs = 80; // arrowing through the table does not fetch every row passed
const QDateTime kSince(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);

Contact contactFromRow(const ContactRow &r)
{
    Contact c;
    c.id = r.id;
    c.emailAddress = r.email;
    c.firstName = r.firstName;
    c.lastName = r.lastName;
    c.name = r.name;
    c.companyName = r.company;
    c.status = r.status;
    if (r.updated)
        c.lastUpdateTime = QDateTime::fromMSecsSinceEpoch(r.updated, Qt::UTC);
    return c;
}

// A full contact in the form of the collection feeds' summaries, whose Name is "Last, First"
// and which carry no separate names: rows look alike whether or not they were opened.
Contact asSummaryRow(Contact c)
{
    if (!c.firstName.isEmpty() || !c.lastName.isEmpty()) {
        c.name = c.lastName.isEmpty()    ? c.firstName
                 : c.firstName.isEmpty() ? c.lastName
                                         : c.lastName + u", " + c.firstName;
        c.firstName.clear();
        c.lastName.clear();
    }
    return c;
}

QString contactsText(int n)
{
    return ContactsTab::tr("%n contacts", nullptr, n);
}

// What a worker read of the local copy gives the UI thread.
struct StoreRead
{
    ContactRowSet rows;
    QString error;
};

} // namespace

ContactsTab::ContactsTab(const TabContext &tabContext, QWidget *parent)
    : Page(tabContext, QStringLiteral("contacts"), parent)
    , m_model(new ContactTableModel(this))
    , m_proxy(new ContactFilterModel(this))
    , m_sidebar(new ListsSidebar(tabContext, this))
    , m_lists(m_sidebar->listsModel())
{
    m_proxy->setSourceModel(m_model);
    buildActions();
    buildLayout();

    connect(m_model, &PagedTableModel::pageFailed, this, [this](const ApiResult &result) {
        context().messages->showError(tr("Contacts could not be loaded: %1").arg(describeFailure(result)), [this] {
            if (m_model->canRetry())
                m_model->retry(); // the rows loaded so far stay; paging resumes at the page that failed
            else
                refresh();
        });
    });
    connect(m_model, &PagedTableModel::pageLoaded, this, &ContactsTab::updateCount);
    connect(m_model, &PagedTableModel::loadingChanged, this, &ContactsTab::onLoadingChanged);
    connect(m_model, &PagedTableModel::loadProgress, this, &ContactsTab::updateCount);

    // The lists failing is what an F5 of this tab tried: Retry repeats all of it.
    m_sidebar->setRetry([this] { refresh(); });

    m_storeReload = new QTimer(this);
    m_storeReload->setSingleShot(true);
    m_storeReload->setInterval(300); // many changes in a row (a sync): one read at the end
    connect(m_storeReload, &QTimer::timeout, this, &ContactsTab::loadFromStore);
    if (cache::AccountCache *cache = context().cache) {
        // Until the first full sync is done the view pages through the server; then it shows the copy.
        connect(cache, &cache::AccountCache::completed, this, [this] {
            m_lists->setStore(context().store());
            m_details->setStore(context().cache->store());
            if (!m_fromStore)
                startView();
        });
        connect(cache->store(), &cache::AccountStore::contactsChanged, this, &ContactsTab::onStoreChanged);
        m_details->setStore(cache->store());
    }
    m_lists->setStore(context().store());
    m_lists->reload();
    showList(0);
}

ContactsTab::~ContactsTab()
{
    // Jobs and pagers are children or owned by this page (ApiJob::then) and end quietly; the
    // progress panel and the message bar outlive the page and must not call back into it.
    if (m_showingLoadAll || m_optOutJob || m_membershipJob)
        context().progress->finish();
}

Page::Actions ContactsTab::actions() const
{
    Actions a;
    a.edit = {m_newAction,           m_editAction,   nullptr, m_removeFromListAction,
              m_removeFromAllAction, m_optOutAction, nullptr, m_sidebar->listsMenu()->menuAction()};
    a.view = {m_loadAllAction, m_table->columnsMenu()->menuAction()};
    a.toolBar = {m_newAction, m_editAction, m_optOutAction, nullptr, m_loadAllAction};
    return a;
}

void ContactsTab::buildActions()
{
    m_newAction = new QAction(themeIcon(QStringLiteral("contact-new")), tr("&New Contact…"), this);
    m_newAction->setObjectName(QStringLiteral("newContactAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Add a contact to the account (Ctrl+N)"));
    connect(m_newAction, &QAction::triggered, this, &ContactsTab::newContact);

    m_editAction = new QAction(themeIcon(QStringLiteral("document-edit")), tr("&Edit Contact…"), this);
    m_editAction->setObjectName(QStringLiteral("editContactAction"));
    m_editAction->setToolTip(tr("Edit the selected contact (Enter)"));
    connect(m_editAction, &QAction::triggered, this, &ContactsTab::editCurrent);

    m_optOutAction = new QAction(themeIcon(QStringLiteral("mail-mark-junk")), tr("&Opt Out…"), this);
    m_optOutAction->setObjectName(QStringLiteral("optOutAction"));
    m_optOutAction->setToolTip(tr("Move the selected contacts to Do Not Mail"));
    connect(m_optOutAction, &QAction::triggered, this, &ContactsTab::optOutSelected);

    m_loadAllAction = new QAction(themeIcon(QStringLiteral("go-bottom")), tr("&Load All Contacts"), this);
    m_loadAllAction->setObjectName(QStringLiteral("loadAllAction"));
    m_loadAllAction->setToolTip(tr("Load every contact of this view, not only the pages scrolled to"));
    connect(m_loadAllAction, &QAction::triggered, this, &ContactsTab::loadAll);

    m_removeFromListAction = new QAction(tr("&Remove from This List"), this);
    m_removeFromListAction->setObjectName(QStringLiteral("removeFromListAction"));
    m_removeFromListAction->setToolTip(tr("Take the selected contacts off the list shown"));
    connect(m_removeFromListAction, &QAction::triggered, this, &ContactsTab::removeSelectedFromList);

    m_removeFromAllAction = new QAction(tr("Remove from &All Lists…"), this);
    m_removeFromAllAction->setObjectName(QStringLiteral("removeFromAllListsAction"));
    m_removeFromAllAction->setToolTip(
        tr("Take the selected contacts off every list (status Removed; you can add them again later)"));
    connect(m_removeFromAllAction, &QAction::triggered, this, &ContactsTab::removeSelectedFromAllLists);
}

void ContactsTab::buildLayout()
{
    connect(m_lists, &ListsModel::contactsDropped, this, &ContactsTab::addToList);
    connect(m_sidebar, &ListsSidebar::listChosen, this, [this] {
        startView();
        updateActions();
    });
    connect(m_sidebar, &ListsSidebar::listCleared, this, [this](const QString &listId) {
        if (m_sidebar->currentEntry().id == listId)
            startView();
    });

    auto *center = new QWidget(this);
    const FilterRow filters =
        makeFilterRow(center, {"searchField",
                               tr("Search contacts"),
                               tr("Name, e-mail or company (Ctrl+F)"),
                               "statusFilter",
                               tr("Status filter"),
                               {{tr("Any status"), QString()},
                                {tr("Active", "contact status"), QStringLiteral("Active")},
                                {tr("Unconfirmed", "contact status"), QStringLiteral("Unconfirmed")},
                                {tr("Removed", "contact status"), QStringLiteral("Removed")},
                                {tr("Do Not Mail", "contact status"), QStringLiteral("Do Not Mail")}},
                               "countLabel"});
    m_search = filters.search;
    m_statusFilter = filters.status;
    m_countLabel = filters.count;
    m_searchTimer = new QTimer(this);
    m_searchTimer->setObjectName(QStringLiteral("searchTimer"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDebounceMs);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button
            m_searchTimer->start();
    });
    connect(m_searchTimer, &QTimer::timeout, this, &ContactsTab::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchTimer->isActive()) {
            m_searchTimer->stop();
            applySearch();
        }
        if (m_proxy->rowCount() > 0) {
            m_table->setFocus(Qt::OtherFocusReason);
            if (!m_table->currentIndex().isValid() || m_table->selectionModel()->selectedRows().isEmpty())
                m_table->selectViewRow(0);
        }
    });
    auto *clearSearch = new QAction(tr("Clear search"), m_search);
    clearSearch->setShortcut(Qt::Key_Escape);
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, m_search, [this] {
        m_search->clear();
        m_searchTimer->start();
    });
    m_search->addAction(clearSearch);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(m_statusFilter->currentData().toString());
        updateCount();
    });

    m_searchNote = new QLabel(center);
    m_searchNote->setObjectName(QStringLiteral("searchNote"));
    m_searchNote->setWordWrap(true);
    m_searchNote->hide();

    m_table = new ResourceTableView(center);
    m_table->setObjectName(QStringLiteral("contactsView"));
    m_table->setAccessibleName(tr("Contacts"));
    m_table->setModel(m_proxy);
    // The API's collection feeds carry a Name ("Last, First"), never first and last names apart.
    m_table->setFixedColumns({ContactTableModel::FirstNameColumn, ContactTableModel::LastNameColumn});
    connect(m_table, &QTableView::activated, this, [this] { editCurrent(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        m_detailsTimer->start();
    });
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->setDefaultDropAction(Qt::CopyAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_editAction);
    m_table->addAction(m_removeFromListAction);
    m_table->addAction(m_removeFromAllAction);
    m_table->addAction(m_optOutAction);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addAction(separator);
    m_table->addAction(m_newAction);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ContactsTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ContactsTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ContactsTab::updateCount);

    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addLayout(filters.layout);
    centerLayout->addWidget(m_searchNote);
    centerLayout->addWidget(m_table, 1);

    m_details = new ContactDetails(operations(), m_lists, this);
    if (Settings *settings = context().settings)
        m_details->setCustomFieldLabels(settings->customFieldLabels(context().accountKey));
    connect(m_details, &ContactDetails::contactLoaded, this, [this](const Contact &contact) {
        // The table row was a summary; now it has everything the columns show (the company).
        if (m_model->rowOfId(contact.id) >= 0)
            m_model->upsertContact(asSummaryRow(contact));
    });
    connect(m_details, &ContactDetails::campaignReportRequested, this,
            [this](const QString &campaignId) { openCampaignReport(campaignId); });
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setObjectName(QStringLiteral("detailsScroll"));
    detailsScroll->setAccessibleName(tr("Contact details"));
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setWidget(m_details);
    detailsScroll->setMinimumWidth(220);
    m_detailsTimer = new QTimer(this);
    m_detailsTimer->setSingleShot(true);
    m_detailsTimer->setInterval(kDetailsDelayMs);
    connect(m_detailsTimer, &QTimer::timeout, this, &ContactsTab::showDetailsOfSelection);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("contactsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(center);
    m_splitter->addWidget(detailsScroll);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({210, 700, 290});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);

    setTabOrder(m_sidebar, m_search);
    setTabOrder(m_search, m_statusFilter);
    setTabOrder(m_statusFilter, m_table);
    setTabOrder(m_table, detailsScroll);

    // Wide enough for the longest status in the user's language ("Nicht anschreiben").
    int statusWidth = 85;
    for (const char *status : {"Active", "Unconfirmed", "Removed", "Do Not Mail"})
        statusWidth = std::max(
            statusWidth,
            m_table->fontMetrics().horizontalAdvance(ContactTableModel::statusText(QString::fromLatin1(status))) + 24);
    ResourceTableView::Defaults defaults;
    defaults.hidden = {ContactTableModel::FirstNameColumn, ContactTableModel::LastNameColumn};
    defaults.widths = {{ContactTableModel::EmailColumn, 225},
                       {ContactTableModel::NameColumn, 150},
                       {ContactTableModel::StatusColumn, statusWidth},
                       {ContactTableModel::CompanyColumn, 135}};
    m_table->restoreHeader(viewState(u"header"), defaults); // unsorted: the server's order, newest first
    const QByteArray splitter = viewState(u"splitter");
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

void ContactsTab::saveState()
{
    setViewState(u"header", m_table->saveHeader());
    setViewState(u"splitter", m_splitter->saveState());
}

QUrl ContactsTab::currentViewUrl() const
{
    const ListsModel::Entry &entry = m_sidebar->currentEntry();
    ContactQuery query;
    switch (entry.kind) {
    case ListsModel::Kind::AllContacts:
        break;
    case ListsModel::Kind::SystemList:
        // The updatedsince feeds are the API's way to a system list's contacts (decision 8).
        query.updatedSince = kSince;
        query.listType = entry.listType;
        break;
    case ListsModel::Kind::UserList:
        // Unlike /lists/{id}/members, this feed gives each contact's status (contract §3.1).
        query.updatedSince = kSince;
        query.listId = entry.id;
        break;
    }
    return operations() ? operations()->contactsUrls(query).value(0) : QUrl();
}

void ContactsTab::showList(int sidebarRow)
{
    m_sidebar->showRow(sidebarRow);
}

void ContactsTab::startView()
{
    context().messages->dismiss(); // a failure of the view left behind is no longer news
    m_details->clear();
    if (context().store()) {
        m_fromStore = true;
        if (Pager *lookup = m_lookup)
            lookup->abandon();
        m_model->clear();
        loadFromStore();
        updateCount();
        return;
    }
    m_fromStore = false;
    const QUrl first = currentViewUrl();
    qCDebug(lcUiContacts) << "showing" << first.toString();
    m_model->setSource(operations() && !first.isEmpty() ? operations()->contacts(first) : nullptr);
    updateCount();
}

void ContactsTab::loadFromStore()
{
    cache::AccountStore *store = context().store();
    if (!store)
        return;
    m_storeReload->stop();
    const ListsModel::Entry &entry = m_sidebar->currentEntry();
    const QString view = entry.kind == ListsModel::Kind::AllContacts  ? QString()
                         : entry.kind == ListsModel::Kind::SystemList ? entry.listType
                                                                      : entry.id;
    const quint64 read = ++m_storeRead;
    const QString path = store->path();
    qCDebug(lcUiContacts) << "showing the local copy of" << (view.isEmpty() ? QStringLiteral("all contacts") : view);
    runInWorker(
        this,
        [path, view] {
            auto out = std::make_shared<StoreRead>();
            std::vector<cache::CachedContact> cached = cache::AccountStore::readContacts(path, view, &out->error);
            std::vector<ContactRow> rows;
            rows.reserve(cached.size());
            for (const cache::CachedContact &c : cached)
                rows.push_back(ContactRow::fromCached(c));
            cached = {};
            out->rows = ContactRowSet::build(std::move(rows));
            return out;
        },
        [this, read](std::shared_ptr<StoreRead> result) {
            if (read != m_storeRead || !m_fromStore)
                return; // another view, or a newer read, was asked for meanwhile
            const QStringList selected = selectedIds();
            const QString current = m_table->currentIndex().isValid()
                                        ? m_model->contactRow(m_proxy->mapToSource(m_table->currentIndex()).row()).id
                                        : QString();
            m_model->setRowSet(std::move(result->rows));
            for (const QString &id : selected) {
                const int row = m_model->rowOfId(id);
                const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
                if (index.isValid())
                    m_table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
            if (const int row = m_model->rowOfId(current); row >= 0)
                m_table->selectionModel()->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)),
                                                           QItemSelectionModel::NoUpdate);
            if (!result->error.isEmpty())
                context().messages->showError(
                    tr("The local copy of the account could not be read: %1").arg(result->error),
                    [this] { loadFromStore(); });
            updateCount();
        });
}

bool ContactsTab::inView(const QString &status, const QStringList &lists) const
{
    const ListsModel::Entry &entry = m_sidebar->currentEntry();
    switch (entry.kind) {
    case ListsModel::Kind::AllContacts:
        return true;
    case ListsModel::Kind::SystemList:
        if (entry.listType == u"active")
            return status == u"Active" || status == u"Unconfirmed";
        if (entry.listType == u"removed")
            return status == u"Removed";
        return status == u"Do Not Mail";
    case ListsModel::Kind::UserList:
        return std::any_of(lists.begin(), lists.end(),
                           [&entry](const QString &l) { return shortIdOf(l) == shortIdOf(entry.id); });
    }
    return false;
}

void ContactsTab::onStoreChanged(const QStringList &ids)
{
    if (!m_fromStore)
        return;
    // A sync of many changes: one read of the whole view after the last of them.
    if (ids.size() > 200 || m_storeReload->isActive()) {
        m_storeReload->start();
        return;
    }
    cache::AccountStore *store = context().store();
    if (!store)
        return;
    for (const QString &id : ids) {
        const std::optional<cache::CachedContact> c = store->contact(id);
        if (!c || !inView(c->status, c->lists)) {
            m_model->removeContact(id);
            continue;
        }
        m_model->upsertRow(ContactRow::fromCached(*c));
    }
    updateCount();
}

void ContactsTab::onLoadingChanged()
{
    if (m_showingLoadAll && !m_model->isLoadingAll()) {
        m_showingLoadAll = false;
        context().progress->finish();
    }
    updateCount();
}

ContactEditor *ContactsTab::editor() const
{
    return m_editor;
}

bool ContactsTab::isLoading() const
{
    return m_model->isFetching();
}

void ContactsTab::refresh()
{
    context().messages->dismiss();
    const QStringList selected = selectedIds();
    m_lists->reload();
    if (m_fromStore && context().store()) {
        loadFromStore(); // the selection stays; what the sync (F5) brings follows
        return;
    }
    startView();
    if (selected.size() != 1)
        return;
    // Select the contact again once it is back (it is on the first page if it was recently edited).
    const QString id = selected.first();
    const QUrl view = m_model->firstPage();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_model, &QAbstractItemModel::rowsInserted, this, [this, id, view, connection] {
        if (view != m_model->firstPage()) {
            disconnect(*connection); // another view is shown
            return;
        }
        if (m_model->rowOfId(id) < 0)
            return; // not on this page; maybe the next
        selectContact(id);
        disconnect(*connection);
    });
}

void ContactsTab::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ContactsTab::loadAll()
{
    if (!m_model->loadAll())
        return;
    m_showingLoadAll = true;
    const QVariant count = m_lists->index(m_sidebar->currentRow()).data(ListsModel::CountRole);
    context().progress->start(
        tr("Loading contacts…"), [this] { m_model->stopLoading(); }, count.isValid() ? int(count.toLongLong()) : 0);
    updateCount();
}

void ContactsTab::applySearch()
{
    const QString text = m_search->text();
    m_proxy->setFilterText(text);
    if (Pager *lookup = m_lookup)
        lookup->abandon();
    m_searchNote->hide();
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty() && importing::isValidEmail(trimmed) && m_proxy->rowCount() == 0)
        lookupEmail(trimmed);
    updateCount();
}

void ContactsTab::lookupEmail(const QString &email)
{
    if (!operations())
        return;
    ContactQuery query;
    query.emails = {email};
    TypedPager<Contact> *pager = operations()->contacts(operations()->contactsUrls(query).value(0), this);
    m_lookup = pager;
    m_searchNote->setText(tr("No loaded contact matches; looking up %1 on the server…").arg(email));
    m_searchNote->show();
    auto found = std::make_shared<QList<Contact>>();
    connect(pager, &Pager::pageReady, this, [pager, found] { *found += pager->takePage().entries; });
    connect(pager, &Pager::finished, this, [this, pager, found, email] {
        pager->deleteLater();
        const ApiResult &result = pager->result();
        if (!result.ok()) {
            m_searchNote->setText(tr("The lookup of %1 on the server failed: %2").arg(email, result.message));
            return;
        }
        if (found->isEmpty()) {
            m_searchNote->setText(tr("No contact of the account has the address %1.").arg(email));
            return;
        }
        m_model->appendContacts(*found);
        m_searchNote->setText(tr("Found %1 on the server.").arg(email));
        selectContact(found->first().id);
        updateCount();
    });
    pager->fetchNext();
}

QStringList ContactsTab::selectedIds() const
{
    QStringList ids;
    for (const int row : m_table->selectedSourceRows())
        ids.append(m_model->contactRow(row).id);
    return ids;
}

QString ContactsTab::emailOf(const QString &id) const
{
    const int row = m_model->rowOfId(id);
    return row >= 0 ? m_model->contactRow(row).email : QString();
}

void ContactsTab::selectContact(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_table->selectViewRow(index.row());
}

void ContactsTab::showDetailsOfSelection()
{
    const QStringList ids = selectedIds();
    if (ids.size() == 1) {
        if (ids.first() != m_details->contactId() || !m_details->isLoading())
            m_details->showContact(ids.first());
    } else if (ids.isEmpty()) {
        m_details->clear();
    } else {
        m_details->showSelectionCount(int(ids.size()));
    }
}

void ContactsTab::updateActions()
{
    const qsizetype selected = m_table->selectionModel()->selectedRows().size();
    m_editAction->setEnabled(selected == 1);
    m_optOutAction->setEnabled(selected > 0 && !m_optOutJob);
    m_loadAllAction->setEnabled(!m_model->isLoadingAll() && (m_model->hasMore() || m_model->isFetching()));
    m_loadAllAction->setVisible(!m_fromStore); // the local copy shows every contact at once
    const bool userList = m_sidebar->currentEntry().kind == ListsModel::Kind::UserList;
    m_removeFromListAction->setEnabled(selected > 0 && userList && !m_membershipJob);
    m_removeFromAllAction->setEnabled(selected > 0 && !m_membershipJob);
}

void ContactsTab::updateCount()
{
    const bool filtered = !m_proxy->filterText().trimmed().isEmpty() || !m_proxy->statusFilter().isEmpty();
    const QString text = !m_fromStore ? m_model->countText(filtered ? m_proxy->rowCount() : -1)
                         : filtered
                             ? tr("%1 of %n contacts shown", nullptr, m_model->rowCount()).arg(m_proxy->rowCount())
                             : contactsText(m_model->rowCount());
    m_countLabel->setText(text);
    m_countLabel->setAccessibleName(text);
    if (m_showingLoadAll) {
        const int loaded = m_model->rowCount();
        context().progress->setText(tr("Loading contacts: %n loaded…", nullptr, loaded));
        const QVariant count = m_lists->index(m_sidebar->currentRow()).data(ListsModel::CountRole);
        if (count.isValid())
            context().progress->setProgress(std::min<int>(loaded, int(count.toLongLong())), int(count.toLongLong()));
    }
    updateActions();
}

ContactEditor *ContactsTab::createEditor()
{
    // One editor at a time: a second request brings the open one to the front.
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return nullptr;
    }
    auto *editor = new ContactEditor(context(), m_lists, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &ContactEditor::saved, this, &ContactsTab::onContactSaved);
    connect(editor, &ContactEditor::customFieldLabelsChanged, m_details, &ContactDetails::setCustomFieldLabels);
    m_editor = editor;
    return editor;
}

void ContactsTab::newContact()
{
    ContactEditor *editor = createEditor();
    if (!editor)
        return;
    const ListsModel::Entry &entry = m_sidebar->currentEntry();
    editor->newContact(entry.kind == ListsModel::Kind::UserList ? QStringList{entry.id} : QStringList{});
    editor->open();
}

void ContactsTab::editCurrent()
{
    QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || !m_table->selectionModel()->isRowSelected(index.row(), {})) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        index = rows.first();
    }
    const QModelIndex source = m_proxy->mapToSource(index);
    if (source.isValid())
        editContact(m_model->contactRow(source.row()).id);
}

void ContactsTab::editContact(const QString &id)
{
    ContactEditor *editor = createEditor();
    if (!editor)
        return;
    editor->editContact(id);
    editor->open();
}

void ContactsTab::onContactSaved(const Contact &contact, bool created)
{
    context().messages->dismiss();
    refreshContact(contact.id, created);
    m_lists->reload(); // member counts
}

void ContactsTab::refreshContact(const QString &id, bool select)
{
    if (!operations() || id.isEmpty())
        return;
    operations()->getContact(id)->then(this, [this, select](const ApiResult &result) {
        if (!result.ok()) {
            if (result.error != ApiError::Canceled)
                context().messages->showError(
                    tr("The contact was saved, but could not be loaded again: %1").arg(describeFailure(result)));
            return;
        }
        atom::Parsed<Contact> parsed = parseEntry<Contact>(result);
        if (!parsed.ok())
            return;
        const Contact &c = *parsed.value;
        // The server's answer goes into the local copy at once: the next sync finds it the same.
        if (context().cache)
            context().cache->store()->storeFullContact(c, result.body);
        if (select || m_model->rowOfId(c.id) >= 0)
            m_model->upsertContact(asSummaryRow(c));
        if (m_details->contactId() == c.id)
            m_details->setContact(c);
        if (select)
            selectContact(c.id);
    });
}

void ContactsTab::optOutSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || m_optOutJob)
        return;
    const QString text =
        ids.size() == 1 ? tr("Opt out %1?").arg(emailOf(ids.first()).isEmpty() ? ids.first() : emailOf(ids.first()))
                        : tr("Opt out %n contacts?", nullptr, int(ids.size()));
    const MessageBox::Question question{
        tr("Opt Out"), text,
        tr("Opted-out contacts move to Do Not Mail and leave every list; no campaign reaches them. "
           "You, the account owner, cannot undo this: only the contact can subscribe again.")};
    MessageBox::question(
        this, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, ids](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Yes)
                startOptOut(ids);
        },
        tr("Opt Out"));
}

void ContactsTab::startOptOut(const QStringList &ids)
{
    if (!operations() || m_optOutJob)
        return;
    auto *job = new OptOutJob(*operations(), ids, this);
    m_optOutJob = job;
    ProgressPanel *progress = context().progress;
    progress->start(
        tr("Opting out…"), [job] { job->cancel(); }, job->total());
    connect(job, &OptOutJob::progress, progress, &ProgressPanel::setProgress);
    connect(job, &OptOutJob::optedOut, this, &ContactsTab::markOptedOut);
    connect(job, &OptOutJob::finished, this, [this, job] {
        job->deleteLater();
        context().progress->finish();
        if (job->succeeded() > 0) {
            m_lists->reload();
            if (context().cache)
                context().cache->syncNow(); // the local copy learns the new statuses from the server
        }
        if (!job->failure().ok()) {
            const QString id = job->failedId();
            const QString who = emailOf(id).isEmpty() ? id : emailOf(id);
            const QStringList remaining = job->remaining();
            context().messages->showError(tr("%1 could not be opted out: %2").arg(who, job->failure().message),
                                          [this, remaining] { startOptOut(remaining); });
        }
        updateActions();
    });
    updateActions();
    job->start();
}

void ContactsTab::markOptedOut(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const ListsModel::Entry &entry = m_sidebar->currentEntry();
    if (entry.kind == ListsModel::Kind::AllContacts || entry.listType == u"do-not-mail") {
        Contact c = contactFromRow(m_model->contactRow(row));
        c.status = QStringLiteral("Do Not Mail");
        c.lastUpdateTime = QDateTime::currentDateTimeUtc();
        m_model->upsertContact(c);
    } else {
        m_model->removeContact(id); // it left this list
    }
    if (m_details->contactId() == id)
        m_details->showContact(id);
}

QList<std::pair<QString, QString>> ContactsTab::selectedContacts() const
{
    QList<std::pair<QString, QString>> out;
    for (const QString &id : selectedIds())
        out.append({id, emailOf(id)});
    return out;
}

void ContactsTab::addToList(const QString &listId, const QList<std::pair<QString, QString>> &contacts)
{
    const QString name = m_lists->nameOf(listId);
    runMembership(int(MembershipJob::Mode::Add), {listId}, contacts,
                  tr("Adding %1 to %2").arg(contactsText(int(contacts.size())), name));
}

void ContactsTab::removeSelectedFromList()
{
    const ListsModel::Entry &entry = m_sidebar->currentEntry();
    if (entry.kind != ListsModel::Kind::UserList)
        return;
    const auto contacts = selectedContacts();
    runMembership(int(MembershipJob::Mode::Remove), {entry.id}, contacts,
                  tr("Removing %1 from %2").arg(contactsText(int(contacts.size())), entry.name));
}

void ContactsTab::removeSelectedFromAllLists()
{
    const auto contacts = selectedContacts();
    if (contacts.isEmpty())
        return;
    QStringList lists;
    for (const ContactList &l : m_lists->userLists())
        lists.append(l.id);
    const MessageBox::Question question{
        tr("Remove from All Lists"),
        contacts.size() == 1 ? tr("Take %1 off every list?").arg(contacts.first().second)
                             : tr("Take %1 off every list?").arg(contactsText(int(contacts.size()))),
        tr("They stay in the account with the status Removed and get no campaigns; you can add them to a list "
           "again later. This is not an opt-out.")};
    MessageBox::question(
        this, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, lists, contacts](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Yes)
                runMembership(int(MembershipJob::Mode::Remove), lists, contacts,
                              tr("Removing %1 from every list").arg(contactsText(int(contacts.size()))));
        },
        tr("Remove"));
}

void ContactsTab::runMembership(int mode, const QStringList &listIds,
                                const QList<std::pair<QString, QString>> &contacts, const QString &what)
{
    if (!operations() || contacts.isEmpty() || listIds.isEmpty() || m_membershipJob)
        return;
    QList<MembershipTarget> targets;
    for (const auto &[id, email] : contacts)
        targets.append({id, email});
    auto *job = new MembershipJob(*operations(), MembershipJob::Mode(mode), listIds, targets, this);
    m_membershipJob = job;
    context().messages->dismiss();
    context().progress->start(
        what + u'…', [job] { job->cancel(); }, int(targets.size()));
    connect(job, &MembershipJob::progress, context().progress, &ProgressPanel::setProgress);
    connect(job, &MembershipJob::finished, this, [this, what, mode, listIds, total = int(targets.size())] {
        onMembershipFinished(what, mode, listIds, total);
    });
    updateActions();
    job->start();
}

void ContactsTab::onMembershipFinished(const QString &what, int mode, const QStringList &listIds, int total)
{
    MembershipJob *job = m_membershipJob;
    m_membershipJob = nullptr;
    if (!job)
        return;
    job->deleteLater();
    context().progress->finish();
    const auto &failures = job->failures();
    if (!failures.isEmpty()) {
        QStringList lines;
        QList<std::pair<QString, QString>> again;
        for (const MembershipFailure &f : failures) {
            if (lines.size() < 3)
                lines.append(tr("%1: %2").arg(f.emailAddress.isEmpty() ? f.contactId : f.emailAddress, f.message));
            if (!f.contactId.isEmpty())
                again.append({f.contactId, f.emailAddress});
        }
        if (failures.size() > 3)
            lines.append(tr("and %n more", nullptr, int(failures.size() - 3)));
        const QString text = tr("%1: %2 of %3 could not be changed. %4")
                                 .arg(what)
                                 .arg(failures.size())
                                 .arg(contactsText(total), lines.join(QStringLiteral("; ")));
        if (again.isEmpty())
            context().messages->showError(text);
        else
            context().messages->showError(
                text, [this, mode, listIds, again, what] { runMembership(mode, listIds, again, what); });
    } else if (!job->wasCanceled()) {
        const QString text =
            job->usesActivity()
                ? tr("%1: done, %2 changed (one bulk activity).").arg(what, contactsText(job->succeeded()))
                : tr("%1: done, %2 changed.").arg(what, contactsText(job->succeeded()));
        context().messages->showMessage(MessageBar::Kind::Information, text);
    }
    m_lists->reload(); // member counts
    if (context().cache) {
        // The local copy learns the memberships from the server; the view follows its changes.
        context().cache->syncNow();
        updateActions();
        return;
    }
    // The view shows list members: what changed may have joined or left it.
    if (m_sidebar->currentEntry().kind != ListsModel::Kind::AllContacts)
        startView();
    else if (!m_details->contactId().isEmpty())
        m_details->showContact(m_details->contactId());
    updateActions();
}

bool ContactsTab::isChangingMembership() const
{
    return m_membershipJob != nullptr;
}

ListDialog *ContactsTab::listDialog() const
{
    return m_sidebar->listDialog();
}

CampaignReportWindow *ContactsTab::reportWindow() const
{
    return m_reportWindow;
}

CampaignReportWindow *ContactsTab::openCampaignReport(const QString &campaignId)
{
    auto *window = new CampaignReportWindow(context(), campaignId, nullptr, this);
    m_reportWindow = window;
    window->show();
    return window;
}

} // namespace ctct::ui
