// SPDX-License-Identifier: GPL-3.0-or-later
#include "listdialog.h"
#include "ui_listdialog.h"

#include "api/operations.h"

#include <QPushButton>

namespace ctct::ui {

ListDialog::ListDialog(const Operations *operations, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::ListDialog>())
    , m_operations(operations)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("listDialog"));
    m_ui->errorLabel->hide();
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: palette(link-visited);"));
    m_ui->displayOnSignupCheck->setAccessibleName(m_ui->displayOnSignupCheck->text().remove(u'&'));
    m_ui->optInDefaultCheck->setAccessibleName(m_ui->optInDefaultCheck->text().remove(u'&'));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ListDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ListDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(!text.trimmed().isEmpty() && !m_job);
    });
}

ListDialog::~ListDialog()
{
    if (ApiJob *job = m_job) {
        job->disconnect(this);
        job->cancel();
    }
}

bool ListDialog::isBusy() const
{
    return m_job != nullptr;
}

QString ListDialog::errorText() const
{
    return m_ui->errorLabel->isVisible() ? m_ui->errorLabel->text() : QString();
}

void ListDialog::newList()
{
    m_creating = true;
    m_list = ContactList{};
    m_original.clear();
    setWindowTitle(tr("New List"));
    m_ui->nameEdit->clear();
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_ui->nameEdit->setFocus();
}

void ListDialog::editList(const QString &listId)
{
    m_creating = false;
    setWindowTitle(tr("List Properties"));
    setBusy(true);
    m_job = m_operations->getList(listId);
    connect(m_job, &ApiJob::finished, this, [this, job = m_job.data()] {
        m_job = nullptr;
        setBusy(false);
        const ApiResult &r = job->result();
        const atom::Parsed<ContactList> parsed = r.ok() ? parseEntry<ContactList>(r) : atom::Parsed<ContactList>{};
        if (!parsed.ok()) {
            showError(tr("The list could not be loaded: %1").arg(r.ok() ? parsed.error.toString() : r.message));
            m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(false);
            return;
        }
        m_list = *parsed.value;
        m_original = r.body;
        m_ui->nameEdit->setText(m_list.name);
        m_ui->sortOrderSpin->setValue(int(m_list.sortOrder.value_or(99)));
        m_ui->displayOnSignupCheck->setChecked(m_list.displayOnSignup.value_or(true));
        m_ui->optInDefaultCheck->setChecked(m_list.optInDefault.value_or(false));
        m_ui->nameEdit->selectAll();
        m_ui->nameEdit->setFocus();
    });
}

void ListDialog::setBusy(bool busy)
{
    m_ui->nameEdit->setEnabled(!busy);
    m_ui->sortOrderSpin->setEnabled(!busy);
    m_ui->displayOnSignupCheck->setEnabled(!busy);
    m_ui->optInDefaultCheck->setEnabled(!busy);
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(!busy && !m_ui->nameEdit->text().trimmed().isEmpty());
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void ListDialog::showError(const QString &text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

void ListDialog::accept()
{
    if (m_job)
        return;
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("A list needs a name."));
        return;
    }
    showError(QString());
    m_list.name = name;
    m_list.sortOrder = m_ui->sortOrderSpin->value();
    m_list.displayOnSignup = m_ui->displayOnSignupCheck->isChecked();
    m_list.optInDefault = m_ui->optInDefaultCheck->isChecked();
    setBusy(true);
    m_job = m_creating ? m_operations->createList(m_list) : m_operations->updateList(m_list, m_original);
    connect(m_job, &ApiJob::finished, this, [this, job = m_job.data()] { onSaved(job->result()); });
}

void ListDialog::onSaved(const ApiResult &r)
{
    m_job = nullptr;
    setBusy(false);
    if (!r.ok()) {
        QString text;
        switch (r.error) {
        case ApiError::Conflict:
            text = tr("Another list is already called \"%1\"; list names must differ. The server said: %2")
                       .arg(m_list.name, r.message);
            break;
        case ApiError::Forbidden:
            text = tr("This list cannot be changed. The server said: %1").arg(r.message);
            break;
        case ApiError::BadRequest:
            text = tr("The server did not accept the list: %1").arg(r.message);
            break;
        default:
            text = tr("The list could not be saved: %1").arg(r.message);
        }
        showError(text);
        return;
    }
    if (m_creating) {
        const atom::Parsed<ContactList> created = parseEntry<ContactList>(r);
        if (created.ok())
            m_list = *created.value;
    }
    emit saved(m_list, m_creating);
    QDialog::accept();
}

} // namespace ctct::ui
