// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacteditor.h"

#include "ui_contacteditor.h"

#include "api/operations.h"
#include "dialogs/customfieldlabelsdialog.h"
#include "frame/failure.h"
#include "importing/csvreader.h"
#include "lists/listsmodel.h"
#include "logging.h"
#include "settings.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>

namespace ctct::ui {

namespace {

constexpr int kEmailLimit = 80; // decision 9
constexpr int kNoteLimit = 500;
constexpr int kCustomFieldLimit = 50;

// The label of a field without its mnemonic and colon: "&First name:" -> "First name".
QString plainLabel(const QString &label)
{
    QString text = label;
    text.remove(u'&');
    if (text.endsWith(u':'))
        text.chop(1);
    return text;
}

QString buddyLabel(const QWidget *field)
{
    const QWidget *dialog = field->window();
    const auto labels = dialog->findChildren<QLabel *>();
    for (const QLabel *l : labels) {
        if (l->buddy() == field)
            return plainLabel(l->text());
    }
    return field->accessibleName();
}

} // namespace

ContactEditor::ContactEditor(const TabContext &context, ListsModel *lists, QWidget *parent)
    : EntryEditor(context, parent)
    , m_ui(std::make_unique<Ui::ContactEditor>())
    , m_lists(lists)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("contactEditor"));
    setFrame(m_ui->tabs, m_ui->buttonBox, m_ui->errorLabel, m_ui->noticeLabel);
    rememberGeometry(setting::ContactEditorGeometry);
    m_ui->emailTypeCombo->setItemData(0, QStringLiteral("HTML"));
    m_ui->emailTypeCombo->setItemData(1, QStringLiteral("Text"));

    const auto field = [this](QLineEdit *edit, QString Contact::*member, int limit) {
        m_fields.push_back(Field{edit, member, limit});
    };
    // Limits: decision 9 of the API contract (the sandbox enforces the same).
    field(m_ui->firstNameEdit, &Contact::firstName, 50);
    field(m_ui->middleNameEdit, &Contact::middleName, 50);
    field(m_ui->lastNameEdit, &Contact::lastName, 50);
    field(m_ui->emailEdit, &Contact::emailAddress, kEmailLimit);
    field(m_ui->jobTitleEdit, &Contact::jobTitle, 50);
    field(m_ui->companyEdit, &Contact::companyName, 100);
    field(m_ui->homePhoneEdit, &Contact::homePhone, 50);
    field(m_ui->workPhoneEdit, &Contact::workPhone, 50);
    field(m_ui->addr1Edit, &Contact::addr1, 50);
    field(m_ui->addr2Edit, &Contact::addr2, 50);
    field(m_ui->addr3Edit, &Contact::addr3, 50);
    field(m_ui->cityEdit, &Contact::city, 50);
    field(m_ui->stateCodeEdit, &Contact::stateCode, 50);
    field(m_ui->stateNameEdit, &Contact::stateName, 50);
    field(m_ui->postalCodeEdit, &Contact::postalCode, 25);
    field(m_ui->subPostalCodeEdit, &Contact::subPostalCode, 25);
    field(m_ui->countryCodeEdit, &Contact::countryCode, 50);
    field(m_ui->countryNameEdit, &Contact::countryName, 50);

    if (m_lists)
        connect(m_lists, &ListsModel::loaded, this, [this] { fillLists(checkedListShortIds()); });
    auto *nameFields = new QPushButton(tr("&Name These Fields…"), m_ui->customPage);
    nameFields->setObjectName(QStringLiteral("nameCustomFieldsButton"));
    nameFields->setAccessibleName(tr("Name the custom fields"));
    connect(nameFields, &QPushButton::clicked, this, &ContactEditor::editCustomFieldLabels);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(nameFields);
    m_ui->customPageLayout->insertLayout(0, row);
    applyCustomFieldLabels();
}

void ContactEditor::applyCustomFieldLabels()
{
    const QStringList labels =
        context().settings ? context().settings->customFieldLabels(context().accountKey) : QStringList();
    for (int i = 0; i < CustomFieldCount; ++i) {
        const QString name = Settings::customFieldLabel(labels, i);
        if (auto *label = findChild<QLabel *>(QStringLiteral("customField%1EditLabel").arg(i + 1)))
            label->setText(name + u':');
        if (auto *edit = findChild<QLineEdit *>(QStringLiteral("customField%1Edit").arg(i + 1)))
            edit->setAccessibleName(name);
    }
}

void ContactEditor::editCustomFieldLabels()
{
    Settings *settings = context().settings;
    auto *dialog =
        new CustomFieldLabelsDialog(settings ? settings->customFieldLabels(context().accountKey) : QStringList(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, settings] {
        const QStringList labels = dialog->labels();
        if (settings)
            settings->setCustomFieldLabels(context().accountKey, labels);
        applyCustomFieldLabels();
        emit customFieldLabelsChanged(labels);
    });
    dialog->open();
}

ContactEditor::~ContactEditor() = default;

void ContactEditor::editContact(const QString &id)
{
    m_original = Contact{};
    m_original.id = id;
    setWindowTitle(tr("Edit Contact"));
    startEdit(operations() ? operations()->getContact(id) : nullptr, tr("Loading the contact…"),
              tr("The contact could not be loaded: %1"));
}

void ContactEditor::newContact(const QStringList &listIds)
{
    m_original = Contact{};
    setWindowTitle(tr("New Contact"));
    fill(m_original);
    QStringList shortIds;
    for (const QString &id : listIds)
        shortIds.append(shortIdOf(id));
    fillLists(shortIds);
    startNew();
    m_ui->tabs->setCurrentWidget(m_ui->contactPage);
    m_ui->emailEdit->setFocus();
}

bool ContactEditor::readEntry(const ApiResult &result, QString *error)
{
    atom::Parsed<Contact> parsed = parseEntry<Contact>(result);
    if (!parsed.ok()) {
        *error = parsed.error.toString();
        return false;
    }
    m_original = *parsed.value;
    setWindowTitle(tr("Edit Contact — %1").arg(m_original.emailAddress));
    fill(m_original);
    if (m_original.statusValue() == ContactStatus::DoNotMail)
        setNotice(tr("This contact opted out (Do Not Mail). The server refuses changes made by the account owner: "
                     "only the contact can subscribe again."));
    m_ui->firstNameEdit->setFocus();
    return true;
}

void ContactEditor::fill(const Contact &c)
{
    for (const Field &f : m_fields)
        f.edit->setText(c.*f.member);
    const int type = m_ui->emailTypeCombo->findData(c.emailType.isEmpty() ? QStringLiteral("HTML") : c.emailType,
                                                    Qt::UserRole, Qt::MatchFixedString);
    m_ui->emailTypeCombo->setCurrentIndex(std::max(0, type));
    m_ui->noteEdit->setPlainText(c.note);
    for (int i = 0; i < CustomFieldCount; ++i) {
        auto *edit = findChild<QLineEdit *>(QStringLiteral("customField%1Edit").arg(i + 1));
        if (edit)
            edit->setText(c.customField(i));
    }
    QStringList shortIds;
    for (const ContactListMembership &m : c.contactLists)
        shortIds.append(shortIdOf(m.listId));
    fillLists(shortIds);
}

void ContactEditor::fillLists(const QStringList &checkedShortIds)
{
    QListWidget *w = m_ui->listsWidget;
    w->clear();
    QStringList missing = checkedShortIds;
    const QList<ContactList> lists = m_lists ? m_lists->userLists() : QList<ContactList>{};
    for (const ContactList &l : lists) {
        const QString shortId = l.shortId();
        auto *item = new QListWidgetItem(l.name, w);
        item->setData(Qt::UserRole, l.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checkedShortIds.contains(shortId) ? Qt::Checked : Qt::Unchecked);
        missing.removeAll(shortId);
    }
    // Memberships of lists the sidebar does not know (yet) stay ticked, under their id.
    for (const QString &shortId : std::as_const(missing)) {
        auto *item = new QListWidgetItem(tr("List %1").arg(shortId), w);
        item->setData(Qt::UserRole, operations() ? operations()->listUri(shortId) : shortId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    if (w->count() > 0)
        w->setCurrentRow(0);
}

QStringList ContactEditor::checkedListShortIds() const
{
    QStringList ids;
    for (int i = 0; i < m_ui->listsWidget->count(); ++i) {
        const QListWidgetItem *item = m_ui->listsWidget->item(i);
        if (item->checkState() == Qt::Checked)
            ids.append(shortIdOf(item->data(Qt::UserRole).toString()));
    }
    return ids;
}

Contact ContactEditor::editedContact() const
{
    Contact c = m_original;
    for (const Field &f : m_fields)
        c.*f.member = f.edit->text().trimmed();
    c.emailType = m_ui->emailTypeCombo->currentData().toString();
    c.note = m_ui->noteEdit->toPlainText().trimmed();
    for (int i = 0; i < CustomFieldCount; ++i) {
        const auto *edit = findChild<QLineEdit *>(QStringLiteral("customField%1Edit").arg(i + 1));
        c.setCustomField(i, edit ? edit->text().trimmed() : QString());
    }
    QList<ContactListMembership> lists;
    for (int i = 0; i < m_ui->listsWidget->count(); ++i) {
        const QListWidgetItem *item = m_ui->listsWidget->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const QString id = item->data(Qt::UserRole).toString();
        ContactListMembership membership;
        membership.listId = id;
        for (const ContactListMembership &m : m_original.contactLists) {
            if (shortIdOf(m.listId) == shortIdOf(id))
                membership = m; // a membership that stays keeps what the server said of it
        }
        lists.append(membership);
    }
    c.contactLists = lists;
    c.hasContactLists = true;
    // The account owner is the one acting here (api-contract §3.3).
    c.optInSource = QString::fromUtf16(ActionByCustomer);
    return c;
}

QStringList ContactEditor::validate(QWidget **firstInvalid) const
{
    QStringList problems;
    QWidget *first = nullptr;
    const auto problem = [&](QWidget *where, const QString &text) {
        problems.append(text);
        if (!first)
            first = where;
    };
    const QString email = m_ui->emailEdit->text().trimmed();
    if (email.isEmpty())
        problem(m_ui->emailEdit, tr("Enter an e-mail address: every contact needs one."));
    else if (!importing::isValidEmail(email))
        problem(m_ui->emailEdit, tr("“%1” is not a valid e-mail address.").arg(email));
    for (const Field &f : m_fields) {
        const qsizetype length = f.edit->text().trimmed().size();
        if (length > f.limit)
            problem(f.edit, tr("%1 is too long: %2 characters, at most %3 are allowed.")
                                .arg(buddyLabel(f.edit))
                                .arg(length)
                                .arg(f.limit));
    }
    const qsizetype noteLength = m_ui->noteEdit->toPlainText().trimmed().size();
    if (noteLength > kNoteLimit)
        problem(m_ui->noteEdit,
                tr("The note is too long: %1 characters, at most %2 are allowed.").arg(noteLength).arg(kNoteLimit));
    for (int i = 0; i < CustomFieldCount; ++i) {
        auto *edit = findChild<QLineEdit *>(QStringLiteral("customField%1Edit").arg(i + 1));
        const qsizetype length = edit ? edit->text().trimmed().size() : 0;
        if (length > kCustomFieldLimit)
            problem(edit, tr("Custom field %1 is too long: %2 characters, at most %3 are allowed.")
                              .arg(i + 1)
                              .arg(length)
                              .arg(kCustomFieldLimit));
    }
    if (isCreating() && checkedListShortIds().isEmpty())
        problem(m_ui->listsWidget, tr("Tick at least one list: the API adds a new contact to a list."));
    if (firstInvalid)
        *firstInvalid = first;
    return problems;
}

ApiJob *ContactEditor::sendSave()
{
    if (!operations())
        return nullptr;
    const Contact contact = editedContact();
    qCDebug(lcUiContacts) << (isCreating() ? "creating" : "saving") << contact.id;
    return isCreating() ? operations()->createContact(contact) : operations()->updateContact(contact, originalXml());
}

QString ContactEditor::savingNotice() const
{
    return isCreating() ? tr("Adding the contact…") : tr("Saving…");
}

void ContactEditor::saveAccepted(const ApiResult &result)
{
    Contact contact = editedContact();
    if (isCreating()) {
        atom::Parsed<Contact> parsed = parseEntry<Contact>(result);
        if (parsed.ok())
            contact = *parsed.value;
        else if (!result.location.isEmpty())
            contact.id = result.location.toString();
    }
    emit saved(contact, isCreating());
}

QString ContactEditor::failureText(const ApiResult &result) const
{
    if (result.error == ApiError::Conflict)
        return tr("Another contact already has the e-mail address %1: an address can belong to only one contact "
                  "of the account. The server said: %2")
            .arg(m_ui->emailEdit->text().trimmed(), result.message);
    FailureWords words;
    words.badRequest = tr("The server did not accept the contact. The server said: %1");
    words.forbidden = tr("The server refused the change. A contact who opted out can only be subscribed again by "
                         "the contact. The server said: %1");
    words.notFound = tr("The contact no longer exists on the server. The server said: %1");
    return describeFailure(result, words);
}

} // namespace ctct::ui
