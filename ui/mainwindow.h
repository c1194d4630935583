// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main window (design.md §7): one tab per page (frame/page.h; a tab appears when its
// feature works), menus, a toolbar, the message bar above the tabs and a status bar with the
// account, the requests in flight and the progress of long work. The pages are registered by
// the composition root and created when their tab is first shown; the Edit menu, the page's
// part of the View menu and the toolbar show the current page's actions.

#include "frame/tabcontext.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QTabWidget;

namespace ctct {
class ApiSession;
}
namespace ctct::cache {
class AccountCache;
}

namespace ctct::ui {

class ActivityWatch;
class ImportWizard;
class MessageBar;
class Page;
class ProgressPanel;
class Settings;
class SyncStatus;
class UserGuideWindow;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    using PageFactory = std::function<Page *(const TabContext &context, QWidget *parent)>;
    // A tab for every account, in the order added; its page is made when the tab is first shown.
    void addPage(const QString &title, PageFactory factory);

    // Builds the tabs for the account's session; label says which account it is ("Sandbox
    // (demo data)"), accountKey keys its settings (TabContext::accountKey); cache: the local copy
    // of the account, if any (the status bar says how current it is, F5 syncs it).
    void setAccount(const ApiSession *session, const QString &label, const QString &accountKey,
                    cache::AccountCache *cache = nullptr);
    QString accountLabel() const { return m_account; }
    // Accounts: removes the tabs of the account in use (their settings saved, their messages
    // and progress gone) before the app switches to another; setAccount() builds them anew.
    void clearAccount();
    // File → Connect to Constant Contact… and File → Account (filled by the Application).
    QAction *connectAction() const { return m_connectAction; }
    QMenu *accountMenu() const { return m_accountMenu; }
    // Edit → Preferences… (the Application opens them).
    QAction *preferencesAction() const { return m_preferencesAction; }

    // Starts an import (the wizard; without a path it asks for a file), as File → Import
    // Contacts… and a file dropped on the window do. nullptr without an account.
    ImportWizard *importFile(const QString &path, const QStringList &listIds = {});

    MessageBar *messageBar() const { return m_messageBar; }
    ActivityWatch *activityWatch() const { return m_watch; }
    // What the pages of the account in use get (empty without one).
    const TabContext &context() const { return m_context; }
    ProgressPanel *progressPanel() const { return m_progress; }
    SyncStatus *syncStatus() const { return m_syncStatus; }
    // The page of a tab (nullptr until the tab was shown), the current one, the first of a type.
    Page *page(int index) const;
    Page *currentPage() const;
    template<typename T>
    T *page() const
    {
        for (int i = 0; i < m_pages.size(); ++i) {
            if (T *p = qobject_cast<T *>(page(i)))
                return p;
        }
        return nullptr;
    }

    // Help → User Guide (F1): one window, raised when open again.
    UserGuideWindow *showUserGuide();

    void setRequestsInFlight(int count);
    void saveSettings();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct PageSlot
    {
        QString title;
        PageFactory factory;
        QWidget *container = nullptr; // the tab; holds the page once it exists
        Page *page = nullptr;
    };

    void buildMenus();
    void showAbout();
    void updateTitle();
    Page *ensurePage(int index);
    void showPageActions(Page *page);

    Settings *m_settings;
    QString m_account;
    MessageBar *m_messageBar;
    QTabWidget *m_tabs;
    ProgressPanel *m_progress;
    QLabel *m_accountLabel;
    QLabel *m_requestsLabel;
    SyncStatus *m_syncStatus;
    TabContext m_context;
    QList<PageSlot> m_pages;
    QList<QAction *> m_pageViewActions; // what the current page added to the View menu

    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_viewSeparator = nullptr;
    QAction *m_connectAction = nullptr;
    ActivityWatch *m_watch = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_exportAction = nullptr;
    QMenu *m_accountMenu = nullptr;
    QAction *m_preferencesAction = nullptr;
    QPointer<UserGuideWindow> m_guide;
};

} // namespace ctct::ui
