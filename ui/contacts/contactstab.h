// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Contacts tab: the sidebar of lists, the contacts of the list chosen there (paged as the
// user scrolls, or all at once behind "Load all"), search as you type over the loaded rows
// with an exact e-mail lookup on the server, a status filter, and the detail pane. Edits go
// through the ContactEditor; opt-outs ask first and run as an OptOutJob; list membership as a
// MembershipJob. Built on the page frame (frame/page.h): what is here is particular to contacts.

#include "frame/page.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTimer;

namespace ctct {
class ContactFilterModel;
class ContactTableModel;
class MembershipJob;
class OptOutJob;
class Pager;
struct Contact;
} // namespace ctct

namespace ctct::ui {

class CampaignReportWindow;
class ContactDetails;
class ContactEditor;
class ListDialog;
class ListsModel;
class ListsSidebar;
class ResourceTableView;

class ContactsTab final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsTab)

public:
    explicit ContactsTab(const TabContext &context, QWidget *parent = nullptr);
    ~ContactsTab() override;

    Actions actions() const override;
    // F5: the lists and the contacts of the current view again.
    void refresh() override;
    bool hasSearch() const override { return true; }
    void focusSearch() override; // Ctrl+F
    void saveState() override;

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
    // The list dialog while the sidebar has one open.
    ListDialog *listDialog() const;
    // Shows the contacts of the sidebar row (0 is All contacts).
    void showList(int sidebarRow);

    QStringList selectedIds() const;
    // The view shows the local copy of the account (every contact at once), not pages of the
    // server.
    bool showsLocalCopy() const { return m_fromStore; }
    ContactTableModel *model() const { return m_model; }
    ContactFilterModel *proxy() const { return m_proxy; }
    ListsModel *listsModel() const { return m_lists; }
    ContactEditor *editor() const;
    bool isLoading() const;
    // A campaign's report, opened from the detail pane's history; the last one opened.
    CampaignReportWindow *openCampaignReport(const QString &campaignId);
    CampaignReportWindow *reportWindow() const;

private:
    void buildActions();
    void buildLayout();
    void startView();
    QUrl currentViewUrl() const;
    // The view from the local copy: read on a worker thread, shown in one reset.
    void loadFromStore();
    // What the sync (or an edit) changed in the local copy: those rows, or the whole view.
    void onStoreChanged(const QStringList &ids);
    bool inView(const QString &status, const QStringList &lists) const;
    void onLoadingChanged();
    void applySearch();
    void lookupEmail(const QString &email);
    void showDetailsOfSelection();
    void updateActions();
    void updateCount();
    void onContactSaved(const Contact &contact, bool created);
    void refreshContact(const QString &id, bool select);
    void startOptOut(const QStringList &ids);
    void markOptedOut(const QString &id);
    void selectContact(const QString &id);
    ContactEditor *createEditor();
    void runMembership(int mode, const QStringList &listIds, const QList<std::pair<QString, QString>> &contacts,
                       const QString &what);
    void onMembershipFinished(const QString &what, int mode, const QStringList &listIds, int total);
    QList<std::pair<QString, QString>> selectedContacts() const;
    QString emailOf(const QString &id) const;

    ContactTableModel *m_model;
    ContactFilterModel *m_proxy;
    ListsSidebar *m_sidebar;
    ListsModel *m_lists; // the sidebar's

    QSplitter *m_splitter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_searchNote = nullptr;
    ResourceTableView *m_table = nullptr;
    ContactDetails *m_details = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_detailsTimer = nullptr;
    QTimer *m_storeReload = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_optOutAction = nullptr;
    QAction *m_loadAllAction = nullptr;
    QAction *m_removeFromListAction = nullptr;
    QAction *m_removeFromAllAction = nullptr;

    QPointer<MembershipJob> m_membershipJob;
    QPointer<OptOutJob> m_optOutJob;
    QPointer<ContactEditor> m_editor;
    QPointer<CampaignReportWindow> m_reportWindow;
    QPointer<Pager> m_lookup;
    bool m_showingLoadAll = false; // the progress panel shows Load All
    bool m_fromStore = false;      // the view is the local copy's
    quint64 m_storeRead = 0;       // the read of the local copy whose rows are wanted
};

} // namespace ctct::ui
