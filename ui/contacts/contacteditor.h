// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The contact editor: every field, grouped, and the account's lists as check boxes, on the
// EntryEditor frame (load, patch-save, stay open until 2xx, refusals in plain words). A 409 or
// 403 gets a sentence about contacts: an address belongs to one contact only; a contact who
// opted out can only subscribe again themselves.

#include "domain/contact.h"
#include "frame/entryeditor.h"

#include <QPointer>

#include <memory>

class QLineEdit;

namespace Ui {
class ContactEditor;
}

namespace ctct::ui {

class ListsModel;

class ContactEditor final : public EntryEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactEditor)

public:
    ContactEditor(const TabContext &context, ListsModel *lists, QWidget *parent = nullptr);
    ~ContactEditor() override;

    // Loads the contact from the server; the fields are editable once it has arrived.
    void editContact(const QString &id);
    // An empty contact; listIds are ticked (a new contact needs at least one list).
    void newContact(const QStringList &listIds = {});

    QString contactId() const { return m_original.id; }
    // What the user would send now, validation aside (for tests and for the caller).
    Contact editedContact() const;
    // Problems that keep the contact from being sent; empty when it may go.
    QStringList validate(QWidget **firstInvalid = nullptr) const override;

public Q_SLOTS:
    // Shows the user's names for the custom fields (Settings::customFieldLabels).
    void applyCustomFieldLabels();
    // "Name These Fields…": opens the dialog; customFieldLabelsChanged() follows a save.
    void editCustomFieldLabels();

Q_SIGNALS:
    // After a 2xx: the contact as sent (with its id; created is true for a new one).
    void saved(const ctct::Contact &contact, bool created);
    void customFieldLabelsChanged(const QStringList &labels);

protected:
    bool readEntry(const ApiResult &result, QString *error) override;
    ApiJob *sendSave() override;
    void saveAccepted(const ApiResult &result) override;
    QString failureText(const ApiResult &result) const override;
    QString savingNotice() const override;

private:
    struct Field
    {
        QLineEdit *edit;
        QString Contact::*member;
        int limit;
    };

    void fill(const Contact &contact);
    void fillLists(const QStringList &checkedShortIds);
    QStringList checkedListShortIds() const;

    const std::unique_ptr<Ui::ContactEditor> m_ui;
    QPointer<ListsModel> m_lists;
    std::vector<Field> m_fields;
    Contact m_original;
};

} // namespace ctct::ui
