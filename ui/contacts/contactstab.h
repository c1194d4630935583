// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Contacts tab: the sidebar of lists, the contacts of the list chosen there (paged as the
// user scrolls, or all at once behind "Load all"), search as you type over the loaded rows
// with an exact e-mail lookup on the server, a status filter, and the detail pane. Edits go
// through the ContactEditor; opt-outs ask first.

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QSplitter;
class QTableView;
class QTimer;

namespace ctct {
class ApiJob;
class ContactFilterModel;
class ContactTableModel;
class Operations;
class Pager;
struct ApiResult;
struct Contact;
template<typename T>
class TypedPager;
} // namespace ctct

namespace ctct::ui {

class ContactDetails;
class ContactEditor;
class ListDialog;
class ListsModel;
class MessageBar;
class ProgressPanel;
class Settings;

class ContactsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsTab)

public:
    ContactsTab(const Operations *operations, Settings *settings, MessageBar *messages, ProgressPanel *progress,
                QWidget *parent = nullptr);
    ~ContactsTab() override;

    QAction *newContactAction() const { return m_newAction; }
    QAction *editContactAction() const { return m_editAction; }
    QAction *optOutAction() const { return m_optOutAction; }
    QAction *loadAllAction() const { return m_loadAllAction; }
    QAction *removeFromListAction() const { return m_removeFromListAction; }
    QAction *removeFromAllListsAction() const { return m_removeFromAllAction; }
    // The sidebar's list management (also its context menu).
    QMenu *listsMenu() const { return m_listsMenu; }
    // Check boxes for the table's columns (also the header's context menu).
    QMenu *columnsMenu() const { return m_columnsMenu; }

    // F5: the lists and the contacts of the current view again.
    void refresh();
    // Ctrl+F
    void focusSearch();
    void loadAll();
    void newContact();
    // The contact under the cursor, or the one selected.
    void editCurrent();
    void editContact(const QString &id);
    void optOutSelected();
    // List membership of the selected contacts (or of contacts dropped on a list): below 25
    // contact by contact, from 25 as one bulk activity (MembershipJob), with progress and Cancel.
    void addToList(const QString &listId, const QList<std::pair<QString, QString>> &contacts);
    void removeSelectedFromList();
    void removeSelectedFromAllLists();
    bool isChangingMembership() const;
    // Lists: new, properties, delete (with a confirmation that names the member count).
    void newList();
    void editCurrentList();
    void deleteCurrentList();
    ListDialog *listDialog() const;
    // Shows the contacts of the sidebar row (0 is All contacts).
    void showList(int sidebarRow);
    void saveSettings();

    QStringList selectedIds() const;
    ContactTableModel *model() const { return m_model; }
    ContactFilterModel *proxy() const { return m_proxy; }
    ListsModel *listsModel() const { return m_lists; }
    ContactEditor *editor() const;
    bool isLoading() const;

private:
    void buildActions();
    void buildLayout();
    void restoreSettings();
    void startView(const QUrl &firstPage, bool keepRows);
    QUrl currentViewUrl() const;
    int currentSidebarRow() const;
    void onPageFailed(const ApiResult &result);
    void onViewFinished();
    void onSearchEdited();
    void applySearch();
    void lookupEmail(const QString &email);
    void onSelectionChanged();
    void updateActions();
    void updateCount();
    void showColumnsMenu(const QPoint &pos);
    void populateColumnsMenu();
    void onContactSaved(const Contact &contact, bool created);
    void refreshContact(const QString &id, bool select);
    void onDetailsLoaded(const Contact &contact);
    void startOptOut(const QStringList &ids);
    void optOutNext();
    void markOptedOut(const QString &id);
    void finishOptOut();
    void selectContact(const QString &id);
    void onListsReset();
    ContactEditor *createEditor();
    void runMembership(int mode, const QStringList &listIds, const QList<std::pair<QString, QString>> &contacts,
                       const QString &what);
    QList<std::pair<QString, QString>> selectedContacts() const;
    void openListDialog(const QString &listId);

    const Operations *m_operations;
    Settings *m_settings;
    MessageBar *m_messages;
    ProgressPanel *m_progress;

    ContactTableModel *m_model;
    ContactFilterModel *m_proxy;
    ListsModel *m_lists;

    QSplitter *m_splitter = nullptr;
    QListView *m_sidebar = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_searchNote = nullptr;
    QTableView *m_table = nullptr;
    ContactDetails *m_details = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_detailsTimer = nullptr;
    QMenu *m_columnsMenu = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_optOutAction = nullptr;
    QAction *m_loadAllAction = nullptr;
    QAction *m_removeFromListAction = nullptr;
    QAction *m_removeFromAllAction = nullptr;
    QAction *m_newListAction = nullptr;
    QAction *m_listPropertiesAction = nullptr;
    QAction *m_deleteListAction = nullptr;
    QMenu *m_listsMenu = nullptr;
    QPointer<QObject> m_membershipJob;
    QPointer<ListDialog> m_listDialog;

    QPointer<ContactEditor> m_editor;
    QPointer<Pager> m_lookup;
    int m_viewGeneration = 0;
    QString m_viewListId; // id of the sidebar entry shown ("" = All contacts)
    QString m_restoreListId;
    QString m_showListAfterReload; // a list just created: shown once the sidebar has it
    bool m_loadingAll = false;

    QStringList m_optOutQueue;
    int m_optOutTotal = 0;
    int m_optOutDone = 0;
    QPointer<ApiJob> m_optOutJob;
};

} // namespace ctct::ui
