// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The contact editor (design.md §4 Edit): every field, grouped, and the account's lists as
// check boxes. It works on the entry as the server sent it and saves with update-by-patch, so
// elements this client does not know survive. Input is checked before anything is sent; the
// dialog stays open, with the user's input, until the server answers 2xx, and shows the
// server's refusal (400, 403, 409 ...) in plain words. Opened with open(), never exec().

#include "domain/contact.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLineEdit;

namespace Ui {
class ContactEditor;
}

namespace ctct {
class ApiJob;
class Operations;
struct ApiResult;
} // namespace ctct

namespace ctct::ui {

class ListsModel;
class Settings;

class ContactEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactEditor)

public:
    ContactEditor(const Operations *operations, ListsModel *lists, Settings *settings, QWidget *parent = nullptr);
    ~ContactEditor() override;

    // Loads the contact from the server; the fields are editable once it has arrived.
    void editContact(const QString &id);
    // An empty contact; listIds are ticked (a new contact needs at least one list).
    void newContact(const QStringList &listIds = {});

    bool isCreating() const { return m_creating; }
    bool isBusy() const;
    QString contactId() const { return m_original.id; }
    // The problem shown in the dialog; empty when there is none.
    QString problem() const;
    // What the user would send now, validation aside (for tests and for the caller).
    Contact editedContact() const;
    // Problems that keep the contact from being sent; empty when it may go.
    QStringList validate(QWidget **firstInvalid = nullptr) const;

    // A user-facing sentence for a failed save.
    static QString describeFailure(const ApiResult &result, const QString &email);

public Q_SLOTS:
    // Checks the input, then sends it; the dialog closes when the server says 2xx.
    void save();
    void reject() override;

    // Shows the user's names for the custom fields (Settings::customFieldLabels).
    void applyCustomFieldLabels();
    // "Name These Fields…": opens the dialog; customFieldLabelsChanged() follows a save.
    void editCustomFieldLabels();

Q_SIGNALS:
    // After a 2xx: the contact as sent (with its id; created is true for a new one).
    void saved(const ctct::Contact &contact, bool created);
    void customFieldLabelsChanged(const QStringList &labels);

protected:
    void done(int result) override;

private:
    struct Field
    {
        QLineEdit *edit;
        QString Contact::*member;
        int limit;
    };

    void onLoaded();
    void onSaved();
    void fill(const Contact &contact);
    void fillLists(const QStringList &checkedShortIds);
    QStringList checkedListShortIds() const;
    void setBusy(bool busy, const QString &notice = {});
    void showProblem(const QString &text);
    void startJob(ApiJob *job, void (ContactEditor::*slot)());

    const std::unique_ptr<Ui::ContactEditor> m_ui;
    const Operations *m_operations;
    QPointer<ListsModel> m_lists;
    Settings *m_settings;
    std::vector<Field> m_fields;
    Contact m_original;
    QByteArray m_originalXml;
    QPointer<ApiJob> m_job;
    bool m_creating = false;
    bool m_loaded = false;
};

} // namespace ctct::ui
