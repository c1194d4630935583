// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The lists sidebar of the Contacts tab (design.md §7: list management lives with contacts):
// All contacts, the system lists and the account's lists with their member counts, and their
// management — New List, List Properties and Delete List (with a confirmation that names the
// member count), Import into List, Export List and Clear List — in its context menu and
// listsMenu(); a CSV file dropped on a list is imported onto it. It keeps the list shown across reloads
// (a list just created becomes the one shown) and says which one the user chose.

#include "frame/tabcontext.h"
#include "lists/listsmodel.h"

#include <QListView>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QMenu;

namespace ctct::ui {

class ListDialog;

class ListsSidebar final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListsSidebar)

public:
    ListsSidebar(const TabContext &context, QWidget *parent = nullptr);
    ~ListsSidebar() override;

    ListsModel *listsModel() const { return m_lists; }
    QMenu *listsMenu() const { return m_menu; }
    ListDialog *listDialog() const;

    // The entry shown (All contacts when none is current).
    const ListsModel::Entry &currentEntry() const;
    int currentRow() const;
    // Makes a row current (0 is All contacts).
    void showRow(int row);
    // The lists again from the server; the list shown stays when it still exists.
    void reload();
    // What Retry does after the lists could not be loaded (default: reload()). The Contacts tab
    // makes it its own refresh: an F5 whose requests all failed is repeated whole.
    void setRetry(std::function<void()> retry) { m_retry = std::move(retry); }

    void newList();
    void editCurrentList();
    void deleteCurrentList();
    // CLEAR_CONTACTS_FROM_LISTS after a confirmation that names the member count.
    void clearCurrentList();
    bool isClearing() const { return m_clearing; }

Q_SIGNALS:
    // Another entry became current (by the user, or because the list shown went away).
    void listChosen(const ctct::ui::ListsModel::Entry &entry);
    // The server has finished taking every contact off the list.
    void listCleared(const QString &listId);

private:
    void onReset();
    void openDialog(const QString &listId);
    void updateActions();
    void clearEnded();

    const TabContext m_context;
    ListsModel *m_lists;
    QMenu *m_menu;
    QAction *m_newAction;
    QAction *m_propertiesAction;
    QAction *m_deleteAction;
    QAction *m_importAction;
    QAction *m_exportAction;
    QAction *m_clearAction;
    bool m_clearing = false;
    QPointer<ListDialog> m_dialog;
    std::optional<QString> m_chosen; // id of the entry last announced ("" = All contacts)
    std::function<void()> m_retry;
    QString m_restoreId;
    QString m_showAfterReload; // a list just created: shown once the model has it
};

} // namespace ctct::ui
