// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A new list, or a list's name and properties (OptInDefault, DisplayOnSignup, SortOrder). Like
// the contact editor it stays open with the user's input until the server accepts the change,
// and shows a refusal (a name another list has: 409) in plain words with the server's message.

#include "domain/contactlist.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class ListDialog;
}

namespace ctct {
class ApiJob;
class Operations;
struct ApiResult;
} // namespace ctct

namespace ctct::ui {

class ListDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListDialog)

public:
    ListDialog(const Operations *operations, QWidget *parent = nullptr);
    ~ListDialog() override;

    void newList();
    // Loads the list (its entry is what a save patches) and fills the form.
    void editList(const QString &listId);

    bool isBusy() const;
    QString errorText() const;

    void accept() override;

Q_SIGNALS:
    void saved(const ctct::ContactList &list, bool created);

private:
    void setBusy(bool busy);
    void showError(const QString &text);
    void onSaved(const ApiResult &result);

    const std::unique_ptr<::Ui::ListDialog> m_ui;
    const Operations *m_operations;
    ContactList m_list;
    QByteArray m_original; // the entry as the server sent it
    QPointer<ApiJob> m_job;
    bool m_creating = true;
};

} // namespace ctct::ui
