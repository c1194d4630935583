// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A new list, or a list's name and properties (OptInDefault, DisplayOnSignup, SortOrder), on
// the EntryEditor frame: it stays open with the user's input until the server accepts the
// change, and shows a refusal (a name another list has: 409) in plain words.

#include "domain/contactlist.h"
#include "frame/entryeditor.h"

#include <memory>

namespace Ui {
class ListDialog;
}

namespace ctct::ui {

class ListDialog final : public EntryEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListDialog)

public:
    explicit ListDialog(const TabContext &context, QWidget *parent = nullptr);
    ~ListDialog() override;

    void newList();
    // Loads the list (its entry is what a save patches) and fills the form.
    void editList(const QString &listId);

    QString errorText() const { return problem(); }

Q_SIGNALS:
    void saved(const ctct::ContactList &list, bool created);

protected:
    bool readEntry(const ApiResult &result, QString *error) override;
    QStringList validate(QWidget **firstInvalid) const override;
    ApiJob *sendSave() override;
    void saveAccepted(const ApiResult &result) override;
    QString failureText(const ApiResult &result) const override;
    bool canSave() const override;

private:
    ContactList editedList() const;

    const std::unique_ptr<::Ui::ListDialog> m_ui;
    ContactList m_list;
};

} // namespace ctct::ui
