// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactdetails.h"

#include "models/contacttablemodel.h"
#include "models/eventhistorymodel.h"

#include "api/operations.h"
#include "cache/accountstore.h"
#include "lists/listsmodel.h"
#include "settings.h"

#include <QAction>
#include <QFormLayout>
#include <QHeaderView>
#include <QTableView>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace ctct::ui {

namespace {

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept.append(p.trimmed());
    }
    return kept.join(separator);
}

QString formatTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString optInSourceText(const QString &source)
{
    if (source == QStringView(ActionByCustomer))
        return ContactDetails::tr("added by the account owner");
    if (source == QStringView(ActionByContact))
        return ContactDetails::tr("by the contact");
    return source;
}

} // namespace

ContactDetails::ContactDetails(const Operations *operations, const ListsModel *lists, QWidget *parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_lists(lists)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_copyNote(new QLabel(this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("contactDetails"));
    setAccessibleName(tr("Contact details"));

    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_subtitle->setObjectName(QStringLiteral("detailSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copyNote->setObjectName(QStringLiteral("detailCopyNote"));
    m_copyNote->setWordWrap(true);
    m_copyNote->hide();

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_status = addRow(tr("Status:"), "detailStatus");
    m_emailType = addRow(tr("E-mail format:"), "detailEmailType");
    m_jobTitle = addRow(tr("Job title:"), "detailJobTitle");
    m_company = addRow(tr("Company:"), "detailCompany");
    m_homePhone = addRow(tr("Home phone:"), "detailHomePhone");
    m_workPhone = addRow(tr("Work phone:"), "detailWorkPhone");
    m_address = addRow(tr("Address:"), "detailAddress");
    m_note = addRow(tr("Note:"), "detailNote");
    for (int i = 0; i < CustomFieldCount; ++i) {
        const QByteArray name = "detailCustomField" + QByteArray::number(i + 1);
        m_custom.append(addRow(tr("Custom field %1:").arg(i + 1), name.constData()));
    }
    m_memberships = addRow(tr("Lists:"), "detailLists");
    m_optIn = addRow(tr("Opted in:"), "detailOptIn");
    m_optOut = addRow(tr("Opted out:"), "detailOptOut");
    m_inserted = addRow(tr("Added:"), "detailInserted");
    m_updated = addRow(tr("Updated:"), "detailUpdated");

    m_history = new EventHistoryModel(this);
    m_historyTitle = new QLabel(tr("History (last 90 days)"), this);
    m_historyTitle->setObjectName(QStringLiteral("historyTitle"));
    QFont bold = m_historyTitle->font();
    bold.setBold(true);
    m_historyTitle->setFont(bold);
    m_historySummary = new QLabel(this);
    m_historySummary->setObjectName(QStringLiteral("historySummary"));
    m_historySummary->setWordWrap(true);
    m_historyView = new QTableView(this);
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setAccessibleName(tr("Campaign history"));
    m_historyView->setModel(m_history);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setWordWrap(false);
    m_historyView->setShowGrid(false);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->verticalHeader()->hide();
    m_historyView->verticalHeader()->setDefaultSectionSize(m_historyView->fontMetrics().height() + 6);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setMinimumHeight(180);
    m_historyView->setTabKeyNavigation(false);
    m_historyView->setToolTip(tr("Enter or a double-click opens the campaign's report"));
    m_openReportAction = new QAction(tr("Open Campaign &Report"), m_historyView);
    m_openReportAction->setObjectName(QStringLiteral("historyOpenReportAction"));
    m_openReportAction->setEnabled(false);
    m_historyView->addAction(m_openReportAction);
    m_historyView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_openReportAction, &QAction::triggered, this, [this] {
        const QString id = currentHistoryCampaign();
        if (!id.isEmpty())
            emit campaignReportRequested(id);
    });
    connect(m_historyView, &QAbstractItemView::activated, m_openReportAction, &QAction::trigger);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_openReportAction->setEnabled(!currentHistoryCampaign().isEmpty()); });
    connect(m_history, &QAbstractItemModel::modelReset, this,
            [this] { m_openReportAction->setEnabled(!currentHistoryCampaign().isEmpty()); });
    connect(m_history, &QAbstractItemModel::rowsInserted, this, &ContactDetails::updateHistorySummary);
    connect(m_history, &EventHistoryModel::finished, this, [this] {
        updateHistorySummary();
        m_historyView->resizeColumnsToContents();
    });
    connect(m_history, &EventHistoryModel::failed, this, [this](const ApiResult &result) {
        if (m_history->rowCount() > 0 && m_store) // the local copy's events stand
            m_historySummary->setText(
                tr("%1 (from the local copy: the server did not answer)").arg(m_historySummary->text()));
        else
            m_historySummary->setText(tr("The history could not be loaded: %1").arg(result.message));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_copyNote);
    layout->addSpacing(6);
    layout->addLayout(m_form);
    layout->addSpacing(10);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_historySummary);
    layout->addWidget(m_historyView, 1);
    layout->addStretch(0);
    clear();
}

QString ContactDetails::currentHistoryCampaign() const
{
    const QModelIndex current = m_historyView->currentIndex();
    return current.isValid() ? m_history->eventAt(current.row()).campaignId : QString();
}

ContactDetails::~ContactDetails()
{
    cancelFetch();
}

QLabel *ContactDetails::addRow(const QString &label, const char *name)
{
    auto *value = new QLabel(this);
    value->setObjectName(QLatin1StringView(name));
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QString accessible = label;
    accessible.chop(1); // the colon
    value->setAccessibleName(accessible);
    m_form->addRow(label, value);
    return value;
}

bool ContactDetails::isLoading() const
{
    return m_job != nullptr;
}

void ContactDetails::setRow(QLabel *value, const QString &text)
{
    value->setText(text);
    value->setAccessibleDescription(text);
    m_form->setRowVisible(value, !text.isEmpty());
}

void ContactDetails::setHeading(const QString &title, const QString &subtitle)
{
    m_title->setText(title);
    m_title->setAccessibleName(title);
    m_subtitle->setText(subtitle);
    m_subtitle->setAccessibleName(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void ContactDetails::cancelFetch()
{
    if (ApiJob *job = m_job)
        job->abandon();
}

void ContactDetails::setStore(cache::AccountStore *store)
{
    m_store = store;
}

void ContactDetails::showContact(const QString &id)
{
    cancelFetch();
    m_id = id;
    if (id.isEmpty()) {
        clear();
        return;
    }
    if (m_store) {
        // The local copy at once: the last full entry seen, else what the sync knows.
        std::optional<Contact> kept;
        if (const QByteArray xml = m_store->contactXml(id); !xml.isEmpty()) {
            atom::Parsed<Contact> parsed = atom::readEntry<Contact>(xml);
            if (parsed.ok())
                kept = std::move(*parsed.value);
        }
        if (!kept) {
            if (const std::optional<cache::CachedContact> c = m_store->contact(id))
                kept = c->toContact();
        }
        if (kept) {
            setContact(*kept);
            m_fromCopy = true;
        }
    }
    if (!m_operations)
        return;
    m_job = m_operations->getContact(id)->then(this, [this](const ApiResult &result) { onFinished(result); });
}

void ContactDetails::onFinished(const ApiResult &result)
{
    m_job = nullptr;
    if (!result.ok()) {
        if (m_fromCopy) {
            // Offline, or the server failed: what the local copy has stays, and says so.
            m_copyNote->setText(tr("Shown from the local copy: the server did not answer (%1).").arg(result.message));
            m_copyNote->setVisible(true);
            return;
        }
        setHeading(tr("Could not load the contact"), result.message);
        emit failed(result);
        return;
    }
    atom::Parsed<Contact> parsed = parseEntry<Contact>(result);
    if (!parsed.ok()) {
        setHeading(tr("Could not read the contact"), parsed.error.toString());
        return;
    }
    if (m_store)
        m_store->storeFullContact(*parsed.value, result.body);
    setContact(*parsed.value);
    m_fromCopy = false;
    emit contactLoaded(*parsed.value);
}

void ContactDetails::setContact(const Contact &c)
{
    m_id = c.id;
    m_fromCopy = false;
    m_copyNote->hide();
    const QString name = joinNonEmpty({c.firstName, c.middleName, c.lastName}, QStringLiteral(" "));
    setHeading(name.isEmpty() ? c.emailAddress : name, name.isEmpty() ? QString() : c.emailAddress);
    m_form->setEnabled(true);
    setRow(m_status, ContactTableModel::statusText(c.status));
    setRow(m_emailType, c.emailType);
    setRow(m_jobTitle, c.jobTitle);
    setRow(m_company, c.companyName);
    setRow(m_homePhone, c.homePhone);
    setRow(m_workPhone, c.workPhone);
    const QString state = c.stateCode.isEmpty() ? c.stateName : c.stateCode;
    const QString country = c.countryName.isEmpty() ? c.countryCode.toUpper() : c.countryName;
    const QString postal = joinNonEmpty({c.postalCode, c.subPostalCode}, QStringLiteral("-"));
    setRow(m_address, joinNonEmpty({c.addr1, c.addr2, c.addr3,
                                    joinNonEmpty({c.city, joinNonEmpty({state, postal}, QStringLiteral(" "))},
                                                 QStringLiteral(", ")),
                                    country},
                                   QStringLiteral("\n")));
    setRow(m_note, c.note);
    for (int i = 0; i < CustomFieldCount; ++i)
        setRow(m_custom[i], c.customField(i));

    QStringList lists;
    for (const ContactListMembership &m : c.contactLists) {
        const QString listName = m_lists ? m_lists->nameOf(m.listId) : QString();
        lists.append(listName.isEmpty() ? tr("List %1").arg(shortIdOf(m.listId)) : listName);
    }
    lists.sort(Qt::CaseInsensitive);
    setRow(m_memberships, lists.isEmpty() ? tr("(none)") : lists.join(u'\n'));
    setRow(m_optIn, joinNonEmpty({formatTime(c.optInTime), optInSourceText(c.optInSource)}, QStringLiteral(", ")));
    setRow(m_optOut, joinNonEmpty({formatTime(c.optOutTime), optInSourceText(c.optOutSource), c.optOutReason},
                                  QStringLiteral(", ")));
    setRow(m_inserted, formatTime(c.insertTime));
    setRow(m_updated, formatTime(c.lastUpdateTime));

    setHistoryVisible(true);
    if (m_history->contactId() != c.id) {
        m_history->load(m_operations, c.id, m_store);
        m_historyTitle->setText(m_store ? tr("History") : tr("History (last 90 days)"));
        updateHistorySummary();
    }
}

void ContactDetails::setHistoryVisible(bool visible)
{
    m_historyTitle->setVisible(visible);
    m_historySummary->setVisible(visible);
    m_historyView->setVisible(visible);
    if (!visible)
        m_history->clear();
}

void ContactDetails::updateHistorySummary()
{
    QStringList parts;
    for (int k = 0; k < CampaignEventKindCount; ++k) {
        const int n = m_history->count(CampaignEventKind(k));
        if (n > 0)
            parts.append(tr("%1 %2").arg(EventHistoryModel::kindText(CampaignEventKind(k))).arg(n));
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (m_history->isLoading())
        text = text.isEmpty() ? tr("Loading…") : tr("%1 (loading…)").arg(text);
    else if (text.isEmpty())
        text = m_store ? tr("No campaign activity.") : tr("No campaign activity in the last 90 days.");
    m_historySummary->setText(text);
}

void ContactDetails::setCustomFieldLabels(const QStringList &labels)
{
    for (int i = 0; i < CustomFieldCount; ++i) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_custom[i])))
            label->setText(Settings::customFieldLabel(labels, i) + u':');
    }
}

void ContactDetails::showSelectionCount(int count)
{
    cancelFetch();
    m_id.clear();
    m_fromCopy = false;
    m_copyNote->hide();
    setHeading(tr("%n contacts selected", nullptr, count), {});
    for (int row = 0; row < m_form->rowCount(); ++row)
        m_form->setRowVisible(row, false);
    setHistoryVisible(false);
}

void ContactDetails::clear()
{
    cancelFetch();
    m_id.clear();
    m_fromCopy = false;
    m_copyNote->hide();
    setHeading(tr("No contact selected"), tr("Select a contact to see every field and its lists."));
    for (int row = 0; row < m_form->rowCount(); ++row)
        m_form->setRowVisible(row, false);
    setHistoryVisible(false);
}

} // namespace ctct::ui
