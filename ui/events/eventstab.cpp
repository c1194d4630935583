// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstab.h"

#include "api/operations.h"
#include "events/checkinwindow.h"
#include "events/eventeditor.h"
#include "frame/failure.h"
#include "frame/pagelayout.h"
#include "importing/exportfile.h"
#include "models/eventtablemodel.h"
#include "models/registranttablemodel.h"
#include "models/roles.h"
#include "models/rowfiltermodel.h"
#include "widgets/icons.h"
#include "widgets/messagebar.h"
#include "widgets/messagebox.h"
#include "widgets/resourcetableview.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ctct::ui {

namespace {

// A line of a details table: the label, then the value (rich text the caller escaped).
QString row(const QString &label, const QString &html)
{
    return u"<tr><td style='padding-right:12px; color:palette(mid); vertical-align:top'>" + label.toHtmlEscaped() +
           u"</td><td>" + (html.isEmpty() ? QStringLiteral("—") : html) + u"</td></tr>";
}

QString plain(const QString &text)
{
    return text.toHtmlEscaped();
}

QString joined(const QStringList &parts, QStringView separator = u", ")
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept.append(p.trimmed());
    }
    return kept.join(separator);
}

QString longDate(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat) : QString();
}

QString countText(const std::optional<qint64> &n)
{
    return n ? QLocale().toString(*n) : QString();
}

QString addressHtml(const EventAddress &a)
{
    return plain(
        joined({a.address1, a.address2, a.address3, joined({a.postalCode, a.city}, u" "), a.state, a.country}));
}

QString infoHtml(const RegistrantInfo &i)
{
    return plain(
        joined({i.address1, i.address2, i.address3, joined({i.zip, i.city}, u" "), i.state, i.province, i.country}));
}

QComboBox *filterCombo(QWidget *parent, const char *objectName, const QString &accessibleName,
                       const QList<std::pair<QString, QString>> &items)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1StringView(objectName));
    combo->setAccessibleName(accessibleName);
    for (const auto &[text, value] : items)
        combo->addItem(text, value);
    return combo;
}

QString nameOf(const Registrant &r)
{
    const QString name = joined({r.firstName, r.lastName}, u" ");
    return name.isEmpty() ? r.title : name;
}

} // namespace

EventsTab::EventsTab(const TabContext &tabContext, QWidget *parent)
    : Page(tabContext, QStringLiteral("events"), parent)
    , m_events(new EventTableModel(this))
    , m_eventProxy(new RowFilterModel(this))
    , m_registrants(new RegistrantTableModel(this))
    , m_registrantProxy(new RowFilterModel(this))
{
    m_eventProxy->setSourceModel(m_events);
    m_registrantProxy->setSourceModel(m_registrants);
    m_registrantProxy->setSearchColumns({RegistrantTableModel::NameColumn, RegistrantTableModel::EmailColumn});
    buildActions();
    buildLayout();

    connect(m_events, &PagedTableModel::pageFailed, this, [this](const ApiResult &result) {
        context().messages->showError(tr("The events could not be loaded: %1").arg(describeFailure(result)),
                                      [this] { m_events->canRetry() ? m_events->retry() : refresh(); });
    });
    connect(m_events, &PagedTableModel::pageLoaded, this, &EventsTab::updateEventCount);
    connect(m_events, &PagedTableModel::loadingChanged, this, &EventsTab::updateEventCount);
    connect(m_eventProxy, &QAbstractItemModel::rowsInserted, this, &EventsTab::updateEventCount);
    connect(m_eventProxy, &QAbstractItemModel::rowsRemoved, this, &EventsTab::updateEventCount);
    connect(m_eventProxy, &QAbstractItemModel::modelReset, this, &EventsTab::updateEventCount);
    connect(m_eventProxy, &QAbstractItemModel::layoutChanged, this, &EventsTab::updateEventCount);

    connect(m_registrants, &PagedTableModel::pageFailed, this, [this](const ApiResult &result) {
        context().messages->showError(
            tr("The registrants of %1 could not be loaded: %2").arg(m_shownEvent.name, describeFailure(result)),
            [this] { m_registrants->canRetry() ? m_registrants->retry() : loadRegistrants(m_shownEvent); });
    });
    connect(m_registrants, &PagedTableModel::pageLoaded, this, [this] {
        // Every registrant of the event: the filters and the totals are about all of them.
        if (m_registrants->hasMore() && !m_registrants->isLoadingAll())
            m_registrants->loadAll();
        updateRegistrantCount();
        completeRegistrants();
    });
    connect(m_registrants, &PagedTableModel::loadingChanged, this, &EventsTab::updateRegistrantCount);
    connect(m_registrants, &QAbstractItemModel::dataChanged, this, &EventsTab::updateTotals);
    connect(m_registrants, &QAbstractItemModel::modelReset, this, &EventsTab::updateTotals);
    connect(m_registrants, &QAbstractItemModel::rowsInserted, this, &EventsTab::updateTotals);
    connect(m_registrantProxy, &QAbstractItemModel::rowsInserted, this, &EventsTab::updateRegistrantCount);
    connect(m_registrantProxy, &QAbstractItemModel::rowsRemoved, this, &EventsTab::updateRegistrantCount);
    connect(m_registrantProxy, &QAbstractItemModel::modelReset, this, &EventsTab::updateRegistrantCount);
    connect(m_registrantProxy, &QAbstractItemModel::layoutChanged, this, &EventsTab::updateRegistrantCount);
    refresh();
}

EventsTab::~EventsTab()
{
    // An editor still open goes with the tab: it must not ask the tab's actions on its way.
    if (EventEditor *editor = m_editor)
        editor->disconnect(this);
}

EventEditor *EventsTab::editor() const
{
    return m_editor;
}

void EventsTab::buildActions()
{
    m_newAction = new QAction(themeIcon(QStringLiteral("document-new")), tr("&New Event…"), this);
    m_newAction->setObjectName(QStringLiteral("newEventAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Create an event (Ctrl+N); it starts as a draft"));
    connect(m_newAction, &QAction::triggered, this, &EventsTab::newEvent);

    m_editAction = new QAction(themeIcon(QStringLiteral("document-edit")), tr("&Edit Event…"), this);
    m_editAction->setObjectName(QStringLiteral("editEventAction"));
    m_editAction->setToolTip(tr("Change the selected event"));
    connect(m_editAction, &QAction::triggered, this, &EventsTab::editSelected);

    m_exportAction = new QAction(themeIcon(QStringLiteral("document-export")), tr("E&xport Registrants…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportRegistrantsAction"));
    m_exportAction->setToolTip(
        tr("The registrants of the selected event, with guests, attendance and payment, as CSV"));
    connect(m_exportAction, &QAction::triggered, this, &EventsTab::exportRegistrants);

    m_checkInAction = new QAction(themeIcon(QStringLiteral("object-select")), tr("Check-&In Mode"), this);
    m_checkInAction->setObjectName(QStringLiteral("checkInAction"));
    m_checkInAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_checkInAction->setToolTip(tr("Check registrants of the selected event in at the door (Ctrl+Shift+K)"));
    connect(m_checkInAction, &QAction::triggered, this, [this] { openCheckIn(); });

    m_paymentMenu = new QMenu(tr("Set &Payment Status"), this);
    m_paymentMenu->setObjectName(QStringLiteral("paymentMenu"));
    m_paymentMenu->menuAction()->setObjectName(QStringLiteral("paymentMenuAction"));
    m_paymentMenu->setIcon(themeIcon(QStringLiteral("wallet-open")));
    // The menu's words carry accelerators; the table says the same statuses without them.
    const std::pair<const char *, QString> statuses[] = {
        {"PENDING", tr("&Pending", "payment status")},
        {"COMPLETED", tr("&Completed", "payment status")},
        {"CANCELLED", tr("C&ancelled", "payment status")},
        {"REFUNDED", tr("&Refunded", "payment status")},
    };
    for (const auto &[status, text] : statuses) {
        const QString value = QString::fromLatin1(status);
        QAction *action = m_paymentMenu->addAction(text);
        action->setObjectName(u"payment" + value.left(1) + value.mid(1).toLower() + u"Action");
        connect(action, &QAction::triggered, this, [this, value] { setPaymentOfSelected(value); });
        m_paymentActions.append(action);
    }
}

QWidget *EventsTab::buildEventsPane()
{
    auto *center = new QWidget(this);
    const FilterRow filters =
        makeFilterRow(center, {"eventSearchField",
                               tr("Search events"),
                               tr("Title, name or place (Ctrl+F)"),
                               "eventStatusFilter",
                               tr("Event status filter"),
                               {{tr("All"), QString()},
                                {EventTableModel::statusText(QStringLiteral("DRAFT")), QStringLiteral("DRAFT")},
                                {EventTableModel::statusText(QStringLiteral("ACTIVE")), QStringLiteral("ACTIVE")},
                                {EventTableModel::statusText(QStringLiteral("CANCELLED")), QStringLiteral("CANCELLED")},
                                {EventTableModel::statusText(QStringLiteral("COMPLETE")), QStringLiteral("COMPLETE")}},
                               "eventsCountLabel"});
    m_search = filters.search;
    m_statusFilter = filters.status;
    m_countLabel = filters.count;
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_eventProxy->setSearchText(text);
        updateEventCount();
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_eventProxy->setColumnFilter(EventTableModel::StatusColumn, statusFilter());
        updateEventCount();
    });

    m_table = new ResourceTableView(center);
    m_table->setObjectName(QStringLiteral("eventsView"));
    m_table->setAccessibleName(tr("Events"));
    m_table->setModel(m_eventProxy);
    connect(m_table, &QTableView::activated, this, &EventsTab::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EventsTab::onEventSelected);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_editAction, m_checkInAction, m_exportAction});

    auto *layout = new QVBoxLayout(center);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters.layout);
    layout->addWidget(m_table, 1);

    auto *details = new QWidget(this);
    details->setObjectName(QStringLiteral("eventDetails"));
    m_eventHeading = makeDetailHeading(details, "eventHeading");
    m_eventDetails = new QLabel(details);
    m_eventDetails->setObjectName(QStringLiteral("eventSettings"));
    m_eventDetails->setAccessibleName(tr("Event settings"));
    m_eventDetails->setTextFormat(Qt::RichText);
    m_eventDetails->setWordWrap(true);
    m_eventDetails->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                            Qt::LinksAccessibleByKeyboard);
    m_eventDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_eventDetails->setOpenExternalLinks(false);
    connect(m_eventDetails, &QLabel::linkActivated, this, [](const QString &link) {
        QDesktopServices::openUrl(QUrl(link)); // the registration page, in the browser
    });
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(4, 0, 0, 0);
    detailsLayout->addWidget(m_eventHeading);
    detailsLayout->addWidget(m_eventDetails);
    detailsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("eventDetailsScroll"));
    scroll->setAccessibleName(tr("Event details"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(details);
    scroll->setMinimumWidth(300);
    scroll->setFrameShape(QFrame::NoFrame);

    m_eventSplitter = new QSplitter(Qt::Horizontal, this);
    m_eventSplitter->setObjectName(QStringLiteral("eventsSplitter"));
    m_eventSplitter->setChildrenCollapsible(false);
    m_eventSplitter->addWidget(center);
    m_eventSplitter->addWidget(scroll);
    m_eventSplitter->setStretchFactor(0, 3);
    m_eventSplitter->setStretchFactor(1, 2);
    m_eventSplitter->setSizes({930, 350});
    return m_eventSplitter;
}

QWidget *EventsTab::buildRegistrantsPane()
{
    auto *center = new QWidget(this);
    auto *searchLabel = new QLabel(tr("Re&gistrants:"), center);
    m_registrantSearch = new QLineEdit(center);
    m_registrantSearch->setObjectName(QStringLiteral("registrantSearchField"));
    m_registrantSearch->setAccessibleName(tr("Search registrants"));
    m_registrantSearch->setPlaceholderText(tr("Name or e-mail"));
    m_registrantSearch->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_registrantSearch);
    connect(m_registrantSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_registrantProxy->setSearchText(text);
        updateRegistrantCount();
    });
    using M = RegistrantTableModel;
    m_registrationFilter =
        filterCombo(center, "registrationFilter", tr("Registration status filter"),
                    {{tr("Any registration"), QString()},
                     {M::registrationText(QStringLiteral("REGISTERED")), QStringLiteral("REGISTERED")},
                     {M::registrationText(QStringLiteral("CANCELLED")), QStringLiteral("CANCELLED")},
                     {M::registrationText(QStringLiteral("ABANDONED")), QStringLiteral("ABANDONED")}});
    m_attendanceFilter =
        filterCombo(center, "attendanceFilter", tr("Attendance filter"),
                    {{tr("Any attendance"), QString()},
                     {M::attendanceText(QStringView(Attended).toString()), QStringView(Attended).toString()},
                     {M::attendanceText(QStringView(NotAttended).toString()), QStringView(NotAttended).toString()}});
    m_paymentFilter = filterCombo(center, "paymentFilter", tr("Payment status filter"),
                                  {{tr("Any payment"), QString()},
                                   {M::paymentText(QStringLiteral("PENDING")), QStringLiteral("PENDING")},
                                   {M::paymentText(QStringLiteral("COMPLETED")), QStringLiteral("COMPLETED")},
                                   {M::paymentText(QStringLiteral("CANCELLED")), QStringLiteral("CANCELLED")},
                                   {M::paymentText(QStringLiteral("REFUNDED")), QStringLiteral("REFUNDED")}});
    const auto filterBy = [this](QComboBox *combo, int column) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, column] {
            m_registrantProxy->setColumnFilter(column, combo->currentData().toString());
            updateRegistrantCount();
        });
    };
    filterBy(m_registrationFilter, M::RegistrationColumn);
    filterBy(m_attendanceFilter, M::AttendanceColumn);
    filterBy(m_paymentFilter, M::PaymentColumn);
    m_registrantCount = new QLabel(center);
    m_registrantCount->setObjectName(QStringLiteral("registrantsCountLabel"));
    m_registrantCount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_registrantTable = new ResourceTableView(center);
    m_registrantTable->setObjectName(QStringLiteral("registrantsView"));
    m_registrantTable->setAccessibleName(tr("Registrants"));
    m_registrantTable->setModel(m_registrantProxy);
    connect(m_registrantTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EventsTab::onRegistrantSelected);
    m_registrantTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_registrantTable->addActions({m_paymentMenu->menuAction(), m_exportAction});

    m_totals = new QLabel(center);
    m_totals->setObjectName(QStringLiteral("paymentTotalsLabel"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(searchLabel);
    filterRow->addWidget(m_registrantSearch, 2);
    filterRow->addWidget(m_registrationFilter);
    filterRow->addWidget(m_attendanceFilter);
    filterRow->addWidget(m_paymentFilter);
    filterRow->addWidget(m_registrantCount, 1);
    auto *layout = new QVBoxLayout(center);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_registrantTable, 1);
    layout->addWidget(m_totals);

    m_registrantDetails = new QTextBrowser(this);
    m_registrantDetails->setObjectName(QStringLiteral("registrantDetails"));
    m_registrantDetails->setAccessibleName(tr("Registrant details"));
    m_registrantDetails->setOpenLinks(false);
    m_registrantDetails->setMinimumWidth(300);

    m_registrantSplitter = new QSplitter(Qt::Horizontal, this);
    m_registrantSplitter->setObjectName(QStringLiteral("registrantsSplitter"));
    m_registrantSplitter->setChildrenCollapsible(false);
    m_registrantSplitter->addWidget(center);
    m_registrantSplitter->addWidget(m_registrantDetails);
    m_registrantSplitter->setStretchFactor(0, 3);
    m_registrantSplitter->setStretchFactor(1, 2);
    m_registrantSplitter->setSizes({930, 350});
    return m_registrantSplitter;
}

void EventsTab::buildLayout()
{
    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->setObjectName(QStringLiteral("eventsVerticalSplitter"));
    m_vertical->setChildrenCollapsible(false);
    m_vertical->addWidget(buildEventsPane());
    m_vertical->addWidget(buildRegistrantsPane());
    m_vertical->setSizes({260, 440});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_vertical);
    setTabOrder(m_search, m_statusFilter);
    setTabOrder(m_statusFilter, m_table);
    setTabOrder(m_table, m_registrantSearch);
    setTabOrder(m_registrantSearch, m_registrationFilter);
    setTabOrder(m_registrationFilter, m_attendanceFilter);
    setTabOrder(m_attendanceFilter, m_paymentFilter);
    setTabOrder(m_paymentFilter, m_registrantTable);
    setTabOrder(m_registrantTable, m_registrantDetails);

    using E = EventTableModel;
    ResourceTableView::Defaults events;
    events.widths = {{E::TitleColumn, 150},    {E::NameColumn, 190},      {E::StatusColumn, 68},
                     {E::TypeColumn, 112},     {E::StartColumn, 118},     {E::EndColumn, 118},
                     {E::LocationColumn, 112}, {E::RegisteredColumn, 74}, {E::CancelledColumn, 70},
                     {E::AttendedColumn, 64}};
    events.hidden = {E::NameColumn};
    m_table->restoreHeader(viewState(u"header"), events); // the server's order: by start
    using R = RegistrantTableModel;
    ResourceTableView::Defaults registrants;
    registrants.widths = {{R::NameColumn, 130},        {R::EmailColumn, 182},     {R::CompanyColumn, 135},
                          {R::RegistrationColumn, 92}, {R::TypeColumn, 80},       {R::DateColumn, 108},
                          {R::GuestsColumn, 50},       {R::AttendanceColumn, 88}, {R::PaymentColumn, 80},
                          {R::AmountColumn, 62}};
    registrants.hidden = {R::TypeColumn, R::DateColumn}; // both in the detail; the column chooser shows them
    m_registrantTable->restoreHeader(viewState(u"registrantsHeader"), registrants);
    for (auto [splitter, part] : {std::pair{m_vertical, u"splitter"}, std::pair{m_eventSplitter, u"eventSplitter"},
                                  std::pair{m_registrantSplitter, u"registrantSplitter"}}) {
        if (const QByteArray state = viewState(part); !state.isEmpty())
            splitter->restoreState(state);
    }
    showEvent({});
}

Page::Actions EventsTab::actions() const
{
    Actions a;
    a.edit = {m_newAction, m_editAction, nullptr, m_checkInAction, m_paymentMenu->menuAction(), m_exportAction};
    a.view = {m_table->columnsMenu()->menuAction()};
    a.toolBar = {m_newAction, m_editAction, nullptr, m_checkInAction, m_exportAction};
    return a;
}

void EventsTab::refresh()
{
    context().messages->dismiss();
    if (ApiJob *job = m_detailsJob)
        job->abandon();
    showEvent({});
    m_events->setSource(operations() ? operations()->events() : nullptr);
    updateEventCount();
}

void EventsTab::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void EventsTab::saveState()
{
    setViewState(u"header", m_table->saveHeader());
    setViewState(u"registrantsHeader", m_registrantTable->saveHeader());
    setViewState(u"splitter", m_vertical->saveState());
    setViewState(u"eventSplitter", m_eventSplitter->saveState());
    setViewState(u"registrantSplitter", m_registrantSplitter->saveState());
}

void EventsTab::setStatusFilter(const QString &status)
{
    const int index = m_statusFilter->findData(status.toUpper());
    if (index >= 0)
        m_statusFilter->setCurrentIndex(index);
}

QString EventsTab::statusFilter() const
{
    return m_statusFilter->currentData().toString();
}

void EventsTab::updateEventCount()
{
    const QString text = m_events->countText(m_eventProxy->isFiltering() ? m_eventProxy->rowCount() : -1);
    m_countLabel->setText(text);
    m_countLabel->setAccessibleName(text);
    updateActions();
}

void EventsTab::updateRegistrantCount()
{
    QString text;
    if (!m_shownEvent.id.isEmpty())
        text = m_registrants->countText(m_registrantProxy->isFiltering() ? m_registrantProxy->rowCount() : -1);
    m_registrantCount->setText(text);
    m_registrantCount->setAccessibleName(text);
    updateActions();
}

void EventsTab::updateTotals()
{
    if (m_shownEvent.id.isEmpty() || m_registrants->rowCount() == 0) {
        m_totals->clear();
        return;
    }
    const RegistrantTableModel::Totals t = m_registrants->totals();
    const QString currency = m_shownEvent.currencyType;
    QStringList parts;
    const QStringList known{QStringLiteral("COMPLETED"), QStringLiteral("PENDING"), QStringLiteral("CANCELLED"),
                            QStringLiteral("REFUNDED")};
    for (const QString &key : known) {
        if (!t.cents.contains(key))
            continue;
        const QString amount = RegistrantTableModel::moneyText(t.cents.value(key));
        parts.append(tr("%1: %2 (%n registrants)", nullptr, t.registrants.value(key))
                         .arg(RegistrantTableModel::paymentText(key),
                              currency.isEmpty() ? amount : tr("%1 %2").arg(amount, currency)));
    }
    for (auto it = t.cents.cbegin(); it != t.cents.cend(); ++it) { // statuses this client does not name
        if (!known.contains(it.key()))
            parts.append(tr("%1: %2 (%n registrants)", nullptr, t.registrants.value(it.key()))
                             .arg(it.key(), RegistrantTableModel::moneyText(it.value())));
    }
    QString text = parts.isEmpty() ? tr("No amounts known yet.") : tr("Amounts: %1").arg(parts.join(u" · "));
    if (t.withoutAmount > 0)
        text += u"  " + (isCompleting() ? tr("(%n registrants still being read)", nullptr, t.withoutAmount)
                                        : tr("(%n registrants without an amount)", nullptr, t.withoutAmount));
    m_totals->setText(text);
    m_totals->setAccessibleName(text);
}

const Event *EventsTab::selectedEvent() const
{
    const QList<int> rows = m_table->selectedSourceRows();
    return rows.size() == 1 ? &m_events->event(rows.first()) : nullptr;
}

const Registrant *EventsTab::selectedRegistrant() const
{
    const QList<int> rows = m_registrantTable->selectedSourceRows();
    return rows.size() == 1 ? &m_registrants->registrant(rows.first()) : nullptr;
}

void EventsTab::updateActions()
{
    const Registrant *r = selectedRegistrant();
    m_editAction->setEnabled(selectedEvent() && !m_editor);
    m_checkInAction->setEnabled(selectedEvent() != nullptr);
    m_newAction->setEnabled(!m_editor);
    m_exportAction->setEnabled(!m_shownEvent.id.isEmpty() && m_registrants->rowCount() > 0);
    m_paymentMenu->setEnabled(r != nullptr);
    for (QAction *a : std::as_const(m_paymentActions))
        a->setEnabled(r != nullptr);
}

// ------------------------------------------------------------------------------ the event

void EventsTab::onEventSelected()
{
    updateActions();
    const Event *e = selectedEvent();
    if (!e) {
        if (m_table->selectedSourceRows().isEmpty())
            return; // the panes keep the event shown until another one is chosen
        showEvent({});
        return;
    }
    if (shortIdOf(e->id) == shortIdOf(m_shownEvent.id))
        return;
    const Event event = *e;
    showEvent(event);
    loadRegistrants(event);
    if (m_events->hasDetails(m_events->rowOfId(event.id)) || !operations())
        return;
    if (ApiJob *job = m_eventJob)
        job->abandon();
    m_eventJob = operations()->getEvent(event.id)->then(this, [this](const ApiResult &r) {
        m_eventJob = nullptr;
        const atom::Parsed<Event> parsed = r.ok() ? parseEntry<Event>(r) : atom::Parsed<Event>{};
        if (!parsed.ok()) {
            if (!r.ok())
                context().messages->showError(tr("The event could not be loaded: %1").arg(describeFailure(r)),
                                              [this] { refresh(); });
            return;
        }
        m_events->setEvent(*parsed.value);
        if (shortIdOf(m_shownEvent.id) == parsed.value->shortId()) {
            showEvent(*parsed.value);
            updateTotals(); // the currency is in the full entry
        }
    });
}

void EventsTab::showEvent(const Event &e)
{
    m_shownEvent = e;
    if (e.id.isEmpty()) {
        m_eventHeading->setText(tr("Select an event to see its details and its registrants."));
        m_eventDetails->clear();
        m_registrants->setSource(nullptr);
        m_shownRegistrantId.clear();
        showRegistrant();
        updateRegistrantCount();
        updateTotals();
        return;
    }
    m_eventHeading->setText(e.title.isEmpty() ? e.name : e.title);
    QString rows = row(tr("Name"), plain(e.name)) + row(tr("Status"), plain(EventTableModel::statusText(e.status))) +
                   row(tr("Type"), plain(EventTableModel::typeText(e.eventType))) +
                   row(tr("Starts"), plain(longDate(e.startDate))) + row(tr("Ends"), plain(longDate(e.endDate)));
    QString place = plain(e.location.location);
    if (const QString address = addressHtml(e.location); !address.isEmpty())
        place += (place.isEmpty() ? QString() : QStringLiteral("<br>")) + address;
    rows += row(tr("Location"), place);
    if (!e.registrationUrl.isEmpty()) {
        const QUrl url(e.registrationUrl);
        const bool web = url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https");
        rows += row(tr("Registration page"), web ? u"<a href=\"" + url.toString(QUrl::FullyEncoded).toHtmlEscaped() +
                                                       u"\">" + plain(tr("Open %1 in the browser").arg(url.host())) +
                                                       u"</a>"
                                                 : plain(e.registrationUrl));
    }
    rows += row(tr("Registered"), plain(countText(e.registered))) +
            row(tr("Cancelled"), plain(countText(e.cancelledCount))) +
            row(tr("Attended"), plain(countText(e.attendedCount)));
    const bool detailed = m_events->hasDetails(m_events->rowOfId(e.id));
    if (detailed) {
        QStringList types;
        for (const RegistrationType &t : e.registrationTypes) {
            QStringList limits;
            if (t.registrationLimitCount)
                limits.append(tr("up to %n registrants", nullptr, int(*t.registrationLimitCount)));
            if (t.guestLimit)
                limits.append(tr("%n guests each", nullptr, int(*t.guestLimit)));
            if (t.registrationClosedManually.value_or(false))
                limits.append(tr("closed"));
            QString line = u"<b>" + plain(t.name) + u"</b>";
            if (!limits.isEmpty())
                line += u" (" + plain(limits.join(u", ")) + u')';
            for (const EventFee &f : t.eventFees) {
                QStringList fee{tr("%1 %2").arg(f.fee, e.currencyType).trimmed()};
                if (!f.earlyFee.isEmpty())
                    fee.append(tr("early %1").arg(f.earlyFee));
                if (!f.lateFee.isEmpty())
                    fee.append(tr("late %1").arg(f.lateFee));
                line += u"<br>&nbsp;&nbsp;" + plain(f.label.isEmpty() ? tr("Fee") : f.label) + u": " +
                        plain(fee.join(u", "));
            }
            types.append(line);
        }
        rows += row(tr("Registration types"), types.join(u"<br>"));
        rows += row(tr("Fee required"),
                    plain(e.eventFeeRequired.value_or(false) ? tr("yes, in %1").arg(e.currencyType) : tr("no")));
        QStringList payments;
        for (const PaymentOption &p : e.paymentOptions) {
            const QString type = p.type.toUpper();
            if (type == u"PAYPAL")
                payments.append(plain(tr("PayPal to %1").arg(p.payPalAccountEmail)));
            else if (type == u"CHECK")
                payments.append(
                    plain(tr("Cheque by post to %1")
                              .arg(joined({p.paymentAddress.address1, p.paymentAddress.city, p.paymentAddress.state,
                                           p.paymentAddress.postalCode, p.paymentAddress.country}))));
            else if (type == u"DOOR")
                payments.append(plain(tr("At the door")));
            else
                payments.append(plain(p.type));
        }
        rows += row(tr("Payment"), payments.join(u"<br>"));
    } else {
        rows += row(tr("Registration types"), plain(tr("Loading…")));
    }
    if (!e.description.isEmpty())
        rows += row(tr("Description"), plain(e.description));
    m_eventDetails->setText(u"<table>" + rows + u"</table>");
}

void EventsTab::loadRegistrants(const Event &event)
{
    if (ApiJob *job = m_detailsJob)
        job->abandon();
    m_detailsJob = nullptr;
    m_shownRegistrantId.clear();
    m_registrants->setSource(operations() && !event.id.isEmpty() ? operations()->registrants(event.id) : nullptr);
    showRegistrant();
    updateRegistrantCount();
    updateTotals();
}

// ------------------------------------------------------------------------------ registrants

bool EventsTab::isCompleting() const
{
    return m_detailsJob || m_registrants->isFetching();
}

// The full entries (company, type, amount), one request at a time so the tab never floods the
// server; the registrant selected goes first.
void EventsTab::completeRegistrants()
{
    if (m_detailsJob || m_registrants->isFetching())
        return;
    const QStringList missing = m_registrants->idsWithoutDetails();
    if (!missing.isEmpty())
        fetchRegistrant(missing.first(), true);
    else
        updateTotals();
}

void EventsTab::fetchRegistrant(const QString &id, bool background)
{
    if (!operations())
        return;
    const QString eventId = m_shownEvent.id;
    ApiJob *job = operations()->getRegistrant(eventId, id);
    if (background)
        m_detailsJob = job;
    job->then(this, [this, id, eventId, background](const ApiResult &r) {
        if (background)
            m_detailsJob = nullptr;
        if (shortIdOf(eventId) != shortIdOf(m_shownEvent.id))
            return; // another event now
        const atom::Parsed<Registrant> parsed = r.ok() ? parseEntry<Registrant>(r) : atom::Parsed<Registrant>{};
        if (parsed.ok()) {
            m_registrants->setDetails(*parsed.value);
        } else if (background) {
            // Marked as done with what the row has, so the queue moves on; the detail asks again.
            const int row = m_registrants->rowOfId(id);
            if (row >= 0)
                m_registrants->setDetails(m_registrants->registrant(row));
        }
        if (shortIdOf(id) == shortIdOf(m_shownRegistrantId))
            showRegistrant();
        if (background)
            completeRegistrants();
    });
}

void EventsTab::onRegistrantSelected()
{
    updateActions();
    const Registrant *r = selectedRegistrant();
    const QString id = r ? r->id : QString();
    if (shortIdOf(id) == shortIdOf(m_shownRegistrantId) && !id.isEmpty())
        return;
    m_shownRegistrantId = id;
    m_guests.clear();
    m_guestsLoaded = false;
    if (Pager *pager = m_guestsPager)
        pager->abandon();
    showRegistrant();
    if (!r)
        return;
    if (!m_registrants->hasDetails(m_registrants->rowOfId(id)))
        fetchRegistrant(id, false);
    fetchGuests(*r);
}

void EventsTab::fetchGuests(const Registrant &r)
{
    if (r.guestCount.value_or(0) <= 0 || !operations()) {
        m_guestsLoaded = true;
        showRegistrant();
        return;
    }
    auto *pager = operations()->guests(m_shownEvent.id, r.id, this);
    m_guestsPager = pager;
    const QString id = r.id;
    connect(pager, &Pager::pageReady, this, [this, pager] { m_guests += pager->takePage().entries; });
    connect(pager, &Pager::finished, this, [this, pager, id] {
        pager->deleteLater();
        if (shortIdOf(id) != shortIdOf(m_shownRegistrantId))
            return;
        m_guestsLoaded = true;
        if (pager->result().error != ApiError::None)
            context().messages->showError(
                tr("The guests could not be loaded: %1").arg(describeFailure(pager->result())), [this, id] {
                    const int row = m_registrants->rowOfId(id);
                    if (row >= 0 && shortIdOf(id) == shortIdOf(m_shownRegistrantId)) {
                        m_guests.clear();
                        m_guestsLoaded = false;
                        fetchGuests(m_registrants->registrant(row));
                    }
                });
        showRegistrant();
    });
    pager->fetchAll();
}

void EventsTab::showRegistrant()
{
    const int rowIndex = m_registrants->rowOfId(m_shownRegistrantId);
    if (m_shownRegistrantId.isEmpty() || rowIndex < 0) {
        m_registrantDetails->setPlainText(
            m_shownEvent.id.isEmpty() ? QString()
                                      : tr("Select a registrant to see the details, the costs and the guests."));
        return;
    }
    const Registrant &r = m_registrants->registrant(rowIndex);
    const bool detailed = m_registrants->hasDetails(rowIndex);
    QString html = u"<h3>" + plain(nameOf(r)) + u"</h3><table>";
    html += row(tr("E-mail"), plain(r.emailAddress)) +
            row(tr("Registration"), plain(RegistrantTableModel::registrationText(r.registrationStatus))) +
            row(tr("Registered on"), plain(longDate(r.registrationDate))) +
            row(tr("Attendance"), plain(RegistrantTableModel::attendanceText(r.attendanceStatus))) +
            row(tr("Payment"), plain(RegistrantTableModel::paymentText(r.paymentStatus)));
    if (!r.ticketId.isEmpty())
        html += row(tr("Ticket"), plain(r.ticketId));
    html += u"</table>";
    if (detailed) {
        if (!r.costs.isEmpty()) {
            html += u"<h4>" + plain(tr("Costs")) + u"</h4><table cellpadding='2'><tr><th align='left'>" +
                    plain(tr("Fee type")) + u"</th><th align='right'>" + plain(tr("Count")) +
                    u"</th><th align='right'>" + plain(tr("Rate")) + u"</th><th align='right'>" + plain(tr("Total")) +
                    u"</th></tr>";
            for (const Cost &c : r.costs)
                html += u"<tr><td>" + plain(c.feeType) + u"</td><td align='right'>" +
                        plain(c.count ? QLocale().toString(*c.count) : QString()) + u"</td><td align='right'>" +
                        plain(c.rate) + u"</td><td align='right'>" + plain(c.total) + u"</td></tr>";
            html += u"</table>";
        }
        if (const auto amount = RegistrantTableModel::amountCents(r)) {
            const QString currency = r.currencyType.isEmpty() ? m_shownEvent.currencyType : r.currencyType;
            html += u"<p>" +
                    plain(tr("Amount: %1")
                              .arg(tr("%1 %2").arg(RegistrantTableModel::moneyText(*amount), currency).trimmed())) +
                    u"</p>";
        }
    }
    const int expected = int(r.guestCount.value_or(0));
    html += u"<h4>" + plain(tr("Guests (%n)", nullptr, expected)) + u"</h4>";
    if (expected == 0) {
        html += u"<p>" + plain(tr("No guests.")) + u"</p>";
    } else if (!m_guestsLoaded) {
        html += u"<p>" + plain(tr("Loading the guests…")) + u"</p>";
    } else {
        html += u"<ol>";
        for (const Guest &g : std::as_const(m_guests)) {
            html += u"<li>" + plain(joined({g.firstName, g.lastName}, u" "));
            if (!g.emailAddress.isEmpty())
                html += u" &lt;" + plain(g.emailAddress) + u"&gt;";
            html += u"</li>";
        }
        html += u"</ol>";
    }
    if (!detailed) {
        html += u"<p>" + plain(tr("Loading the details…")) + u"</p>";
        m_registrantDetails->setHtml(html);
        return;
    }
    // Sections of what the registrant told: only the lines that hold something.
    const auto section = [](const QString &title, const QList<std::pair<QString, QString>> &lines) {
        QString rows;
        for (const auto &[label, value] : lines) {
            if (!value.isEmpty())
                rows += row(label, value);
        }
        return rows.isEmpty() ? QString() : u"<h4>" + plain(title) + u"</h4><table>" + rows + u"</table>";
    };
    QList<std::pair<QString, QString>> answers;
    for (const CustomAnswer &a : r.customInformation1 + r.customInformation2)
        answers.append({a.question, plain(a.answers.join(u", "))});
    html += section(tr("Answers"), answers);
    const RegistrantInfo &p = r.personalInformation;
    html += section(tr("Personal information"),
                    {{tr("Address"), infoHtml(p)}, {tr("Phone"), plain(joined({p.phone, p.cellPhone}))}});
    const RegistrantInfo &b = r.businessInformation;
    html += section(tr("Business information"), {{tr("Company"), plain(b.company)},
                                                 {tr("Job title"), plain(joined({b.jobTitle, b.department}))},
                                                 {tr("Address"), infoHtml(b)},
                                                 {tr("Phone"), plain(joined({b.phone, b.cellPhone, b.fax}))},
                                                 {tr("Web"), plain(joined({b.website, b.blog}))}});
    m_registrantDetails->setHtml(html);
}

// ------------------------------------------------------------------------------ payments, export

void EventsTab::setPaymentOfSelected(const QString &status)
{
    const Registrant *r = selectedRegistrant();
    if (!r || !operations())
        return;
    const QString eventId = m_shownEvent.id;
    const QString id = r->id;
    const QString name = nameOf(*r);
    const QString value = status.toUpper();
    if (value != u"CANCELLED" && value != u"REFUNDED") {
        sendPayment(eventId, id, name, value);
        return;
    }
    const bool refund = value == u"REFUNDED";
    MessageBox::question(
        this,
        {refund ? tr("Record a Refund") : tr("Cancel the Payment"),
         refund ? tr("Record that %1 was refunded?").arg(name) : tr("Record the payment of %1 as cancelled?").arg(name),
         tr("This only records the payment status in the account; no money is moved.")},
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, eventId, id, name, value](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Yes)
                sendPayment(eventId, id, name, value);
        },
        refund ? tr("Record &Refund") : tr("Record &Cancellation"));
}

void EventsTab::sendPayment(const QString &eventId, const QString &registrantId, const QString &name,
                            const QString &status)
{
    if (!operations())
        return;
    operations()
        ->setPayment(eventId, registrantId, status)
        ->then(this, [this, eventId, registrantId, name, status](const ApiResult &r) {
            if (!r.ok()) {
                context().messages->showError(
                    tr("The payment status of %1 could not be set: %2").arg(name, describeFailure(r)),
                    [this, eventId, registrantId, name, status] { sendPayment(eventId, registrantId, name, status); });
                return;
            }
            if (shortIdOf(eventId) != shortIdOf(m_shownEvent.id))
                return;
            m_registrants->setPaymentStatus(registrantId, status);
            if (shortIdOf(registrantId) == shortIdOf(m_shownRegistrantId))
                showRegistrant();
            context().messages->showMessage(
                MessageBar::Kind::Information,
                tr("The payment of %1 is now recorded as %2.").arg(name, RegistrantTableModel::paymentText(status)));
        });
}

void EventsTab::exportRegistrants()
{
    if (m_shownEvent.id.isEmpty() || m_registrants->rowCount() == 0)
        return;
    QString name = m_shownEvent.name;
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral("-"));
    saveBytesFile(context(), this, tr("Export Registrants"), tr("%1 registrants.csv").arg(name.trimmed()),
                  tr("CSV files (*.csv);;All files (*)"), m_registrants->toCsv());
}

CheckInWindow *EventsTab::openCheckIn()
{
    const Event *e = selectedEvent();
    if (!e)
        return nullptr;
    CheckInWindow *window = CheckInWindow::open(context(), *e, this->window());
    // What happens at the door shows here: the registrant's row and the event's counts.
    connect(window, &CheckInWindow::attendanceChanged, this,
            [this, eventId = e->id](const QString &registrantId, const QString &) {
                if (shortIdOf(eventId) == shortIdOf(m_shownEvent.id))
                    fetchRegistrant(registrantId, false);
                reloadEvent(eventId);
            });
    return window;
}

void EventsTab::reloadEvent(const QString &eventId)
{
    if (!operations())
        return;
    operations()->getEvent(eventId)->then(this, [this](const ApiResult &r) {
        const atom::Parsed<Event> parsed = r.ok() ? parseEntry<Event>(r) : atom::Parsed<Event>{};
        if (!parsed.ok())
            return;
        m_events->setEvent(*parsed.value);
        if (shortIdOf(m_shownEvent.id) == parsed.value->shortId())
            showEvent(*parsed.value);
    });
}

// ------------------------------------------------------------------------------ editor

EventEditor *EventsTab::createEditor()
{
    auto *editor = new EventEditor(context(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &EventEditor::saved, this, &EventsTab::onSaved);
    // While a widget's destroyed() is emitted, a QPointer to it is not yet cleared and no longer
    // points to an EventEditor: cleared here, so the actions see that it is gone.
    connect(editor, &QObject::destroyed, this, [this] {
        m_editor.clear();
        updateActions();
    });
    m_editor = editor;
    updateActions();
    return editor;
}

void EventsTab::newEvent()
{
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    EventEditor *editor = createEditor();
    editor->newEvent();
    editor->open();
}

void EventsTab::editSelected()
{
    const Event *e = selectedEvent();
    if (!e)
        return;
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    const QString id = e->id;
    EventEditor *editor = createEditor();
    editor->editEvent(id);
    editor->open();
}

void EventsTab::onSaved(const QString &eventId, bool created)
{
    context().messages->dismiss();
    if (!operations() || eventId.isEmpty()) {
        refresh();
        return;
    }
    // What the server has now (counts, the registration page it made), in the table.
    operations()->getEvent(eventId)->then(this, [this, created](const ApiResult &r) {
        const atom::Parsed<Event> parsed = r.ok() ? parseEntry<Event>(r) : atom::Parsed<Event>{};
        if (!parsed.ok()) {
            refresh();
            return;
        }
        const Event &e = *parsed.value;
        m_events->setEvent(e);
        if (created) {
            if (!statusFilter().isEmpty() && statusFilter() != e.status.toUpper())
                setStatusFilter(QString()); // the new draft is seen
            const int row = m_events->rowOfId(e.id);
            m_table->selectViewRow(m_eventProxy->mapFromSource(m_events->index(row, 0)).row());
            context().messages->showMessage(MessageBar::Kind::Information,
                                            tr("The event %1 was created as a draft.").arg(e.name));
        } else if (shortIdOf(m_shownEvent.id) == e.shortId()) {
            showEvent(e);
        }
    });
}

} // namespace ctct::ui
