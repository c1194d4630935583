// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacteditor.h"

#include "ui_contacteditor.h"

#include "dialogs/customfieldlabelsdialog.h"

#include "api/operations.h"
#include "importing/csvreader.h"
#include "lists/listsmodel.h"
#include "logging.h"
#include "settings.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

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

ContactEditor::ContactEditor(const Operations *operations, ListsModel *lists, Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ContactEditor>())
    , m_operations(operations)
    , m_lists(lists)
    , m_settings(settings)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("contactEditor"));
    m_ui->emailTypeCombo->setItemData(0, QStringLiteral("HTML"));
    m_ui->emailTypeCombo->setItemData(1, QStringLiteral("Text"));
    m_ui->errorLabel->hide();
    m_ui->noticeLabel->hide();
    QPalette p = m_ui->errorLabel->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_ui->errorLabel->setPalette(p);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

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

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ContactEditor::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ContactEditor::reject);
    if (m_lists) {
        connect(m_lists, &ListsModel::loaded, this, [this] { fillLists(checkedListShortIds()); });
    }
    if (m_settings) {
        const QByteArray geometry = m_settings->contactEditorGeometry();
        if (!geometry.isEmpty())
            restoreGeometry(geometry);
    }
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
    const QStringList labels = m_settings ? m_settings->customFieldLabels() : QStringList();
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
    auto *dialog = new CustomFieldLabelsDialog(m_settings ? m_settings->customFieldLabels() : QStringList(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QStringList labels = dialog->labels();
        if (m_settings)
            m_settings->setCustomFieldLabels(labels);
        applyCustomFieldLabels();
        emit customFieldLabelsChanged(labels);
    });
    dialog->open();
}

ContactEditor::~ContactEditor()
{
    if (ApiJob *job = m_job) {
        job->disconnect(this);
        job->cancel();
    }
}

bool ContactEditor::isBusy() const
{
    return m_job != nullptr;
}

QString ContactEditor::problem() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void ContactEditor::startJob(ApiJob *job, void (ContactEditor::*slot)())
{
    m_job = job;
    connect(job, &ApiJob::finished, this, slot);
}

void ContactEditor::editContact(const QString &id)
{
    m_creating = false;
    m_loaded = false;
    m_original = Contact{};
    m_original.id = id;
    setWindowTitle(tr("Edit Contact"));
    setBusy(true, tr("Loading the contact…"));
    if (m_operations)
        startJob(m_operations->getContact(id), &ContactEditor::onLoaded);
}

void ContactEditor::newContact(const QStringList &listIds)
{
    m_creating = true;
    m_loaded = true;
    m_original = Contact{};
    m_originalXml.clear();
    setWindowTitle(tr("New Contact"));
    fill(m_original);
    QStringList shortIds;
    for (const QString &id : listIds)
        shortIds.append(shortIdOf(id));
    fillLists(shortIds);
    setBusy(false);
    m_ui->tabs->setCurrentWidget(m_ui->contactPage);
    m_ui->emailEdit->setFocus();
}

void ContactEditor::onLoaded()
{
    ApiJob *job = m_job;
    m_job = nullptr;
    if (!job)
        return;
    const ApiResult &result = job->result();
    if (!result.ok()) {
        setBusy(false);
        m_ui->tabs->setEnabled(false);
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
        showProblem(tr("The contact could not be loaded: %1").arg(result.message));
        return;
    }
    atom::Parsed<Contact> parsed = parseEntry<Contact>(result);
    if (!parsed.ok()) {
        setBusy(false);
        m_ui->tabs->setEnabled(false);
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
        showProblem(tr("The server's answer could not be read: %1").arg(parsed.error.toString()));
        return;
    }
    m_original = *parsed.value;
    m_originalXml = result.body;
    m_loaded = true;
    setWindowTitle(tr("Edit Contact — %1").arg(m_original.emailAddress));
    fill(m_original);
    setBusy(false);
    if (m_original.statusValue() == ContactStatus::DoNotMail) {
        m_ui->noticeLabel->setText(tr("This contact opted out (Do Not Mail). The server refuses changes made by "
                                      "the account owner: only the contact can subscribe again."));
        m_ui->noticeLabel->show();
    }
    m_ui->firstNameEdit->setFocus();
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
        item->setData(Qt::UserRole, m_operations ? m_operations->listUri(shortId) : shortId);
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
    if (m_creating && checkedListShortIds().isEmpty())
        problem(m_ui->listsWidget, tr("Tick at least one list: the API adds a new contact to a list."));
    if (firstInvalid)
        *firstInvalid = first;
    return problems;
}

void ContactEditor::save()
{
    if (m_job || !m_loaded)
        return;
    QWidget *invalid = nullptr;
    const QStringList problems = validate(&invalid);
    if (!problems.isEmpty()) {
        showProblem(problems.join(u'\n'));
        if (invalid) {
            for (int i = 0; i < m_ui->tabs->count(); ++i) {
                if (m_ui->tabs->widget(i)->isAncestorOf(invalid))
                    m_ui->tabs->setCurrentIndex(i);
            }
            invalid->setFocus();
        }
        return;
    }
    showProblem({});
    const Contact contact = editedContact();
    if (!m_operations)
        return;
    setBusy(true, m_creating ? tr("Adding the contact…") : tr("Saving…"));
    qCDebug(lcUiContacts) << (m_creating ? "creating" : "saving") << contact.id;
    startJob(m_creating ? m_operations->createContact(contact) : m_operations->updateContact(contact, m_originalXml),
             &ContactEditor::onSaved);
}

void ContactEditor::onSaved()
{
    ApiJob *job = m_job;
    m_job = nullptr;
    if (!job)
        return;
    const ApiResult &result = job->result();
    Contact contact = editedContact();
    if (!result.ok()) {
        setBusy(false);
        showProblem(describeFailure(result, contact.emailAddress));
        return;
    }
    if (m_creating) {
        atom::Parsed<Contact> parsed = parseEntry<Contact>(result);
        if (parsed.ok())
            contact = *parsed.value;
        else if (!result.location.isEmpty())
            contact.id = result.location.toString();
    }
    setBusy(false);
    emit saved(contact, m_creating);
    QDialog::accept();
}

QString ContactEditor::describeFailure(const ApiResult &result, const QString &email)
{
    switch (result.error) {
    case ApiError::Conflict:
        return tr("Another contact already has the e-mail address %1: an address can belong to only one contact "
                  "of the account. The server said: %2")
            .arg(email, result.message);
    case ApiError::BadRequest:
        return tr("The server did not accept the contact. The server said: %1").arg(result.message);
    case ApiError::Forbidden:
        return tr("The server refused the change. A contact who opted out can only be subscribed again by the "
                  "contact. The server said: %1")
            .arg(result.message);
    case ApiError::Unauthorized:
        return tr("The server did not accept the account's credentials. The server said: %1").arg(result.message);
    case ApiError::NotFound:
        return tr("The contact no longer exists on the server. The server said: %1").arg(result.message);
    default:
        return tr("The contact could not be saved: %1. Your input is still here; try Save again.").arg(result.message);
    }
}

void ContactEditor::setBusy(bool busy, const QString &notice)
{
    m_ui->tabs->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
    // A write that was sent cannot be called back: wait for its answer (the transfer timeout
    // bounds the wait).
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!(busy && m_loaded));
    m_ui->noticeLabel->setText(notice);
    m_ui->noticeLabel->setVisible(!notice.isEmpty());
}

void ContactEditor::showProblem(const QString &text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setAccessibleDescription(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

void ContactEditor::reject()
{
    if (m_job && m_loaded)
        return; // saving: see setBusy()
    QDialog::reject();
}

void ContactEditor::done(int result)
{
    if (m_settings)
        m_settings->setContactEditorGeometry(saveGeometry());
    QDialog::done(result);
}

} // namespace ctct::ui
