// SPDX-License-Identifier: GPL-3.0-or-later
#include "listdialog.h"
#include "ui_listdialog.h"

#include "api/operations.h"
#include "frame/failure.h"

namespace ctct::ui {

ListDialog::ListDialog(const TabContext &context, QWidget *parent)
    : EntryEditor(context, parent)
    , m_ui(std::make_unique<::Ui::ListDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("listDialog"));
    setFrame(m_ui->formWidget, m_ui->buttons, m_ui->errorLabel);
    m_ui->displayOnSignupCheck->setAccessibleName(m_ui->displayOnSignupCheck->text().remove(u'&'));
    m_ui->optInDefaultCheck->setAccessibleName(m_ui->optInDefaultCheck->text().remove(u'&'));
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &ListDialog::updateSaveButton);
}

ListDialog::~ListDialog() = default;

void ListDialog::newList()
{
    m_list = ContactList{};
    setWindowTitle(tr("New List"));
    m_ui->nameEdit->clear();
    startNew();
    m_ui->nameEdit->setFocus();
}

void ListDialog::editList(const QString &listId)
{
    setWindowTitle(tr("List Properties"));
    startEdit(operations() ? operations()->getList(listId) : nullptr, tr("Loading the list…"),
              tr("The list could not be loaded: %1"));
}

bool ListDialog::readEntry(const ApiResult &result, QString *error)
{
    const atom::Parsed<ContactList> parsed = parseEntry<ContactList>(result);
    if (!parsed.ok()) {
        *error = parsed.error.toString();
        return false;
    }
    m_list = *parsed.value;
    m_ui->nameEdit->setText(m_list.name);
    m_ui->sortOrderSpin->setValue(int(m_list.sortOrder.value_or(99)));
    m_ui->displayOnSignupCheck->setChecked(m_list.displayOnSignup.value_or(true));
    m_ui->optInDefaultCheck->setChecked(m_list.optInDefault.value_or(false));
    m_ui->nameEdit->selectAll();
    m_ui->nameEdit->setFocus();
    return true;
}

bool ListDialog::canSave() const
{
    return !m_ui->nameEdit->text().trimmed().isEmpty();
}

QStringList ListDialog::validate(QWidget **firstInvalid) const
{
    if (!m_ui->nameEdit->text().trimmed().isEmpty())
        return {};
    *firstInvalid = m_ui->nameEdit;
    return {tr("A list needs a name.")};
}

ContactList ListDialog::editedList() const
{
    ContactList list = m_list;
    list.name = m_ui->nameEdit->text().trimmed();
    list.sortOrder = m_ui->sortOrderSpin->value();
    list.displayOnSignup = m_ui->displayOnSignupCheck->isChecked();
    list.optInDefault = m_ui->optInDefaultCheck->isChecked();
    return list;
}

ApiJob *ListDialog::sendSave()
{
    if (!operations())
        return nullptr;
    const ContactList list = editedList();
    return isCreating() ? operations()->createList(list) : operations()->updateList(list, originalXml());
}

void ListDialog::saveAccepted(const ApiResult &result)
{
    m_list = editedList();
    if (isCreating()) {
        const atom::Parsed<ContactList> created = parseEntry<ContactList>(result);
        if (created.ok())
            m_list = *created.value;
    }
    emit saved(m_list, isCreating());
}

QString ListDialog::failureText(const ApiResult &result) const
{
    if (result.error == ApiError::Conflict)
        return tr("Another list is already called \"%1\"; list names must differ. The server said: %2")
            .arg(m_ui->nameEdit->text().trimmed(), result.message);
    FailureWords words;
    words.forbidden = tr("This list cannot be changed. The server said: %1");
    words.badRequest = tr("The server did not accept the list. The server said: %1");
    return describeFailure(result, words);
}

} // namespace ctct::ui
