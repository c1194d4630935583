// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main window (design.md §7): tabs (Contacts for now; a tab appears when its feature
// works), menus, a toolbar, the message bar above the tabs and a status bar with the account,
// the requests in flight and the progress of long work.

#include <QMainWindow>

class QAction;
class QLabel;
class QTabWidget;

namespace ctct {
class Operations;
}

namespace ctct::ui {

class ContactsTab;
class MessageBar;
class ProgressPanel;
class Settings;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Builds the tabs for the account; label says which account it is ("Sandbox (demo data)").
    void setAccount(const Operations *operations, const QString &label);
    QString accountLabel() const { return m_account; }
    // Accounts: removes the tabs of the account in use (their settings saved, their messages
    // and progress gone) before the app switches to another; setAccount() builds them anew.
    void clearAccount();
    // File → Connect to Constant Contact… and File → Account (filled by the Application).
    QAction *connectAction() const { return m_connectAction; }
    QMenu *accountMenu() const { return m_accountMenu; }

    MessageBar *messageBar() const { return m_messageBar; }
    ProgressPanel *progressPanel() const { return m_progress; }
    ContactsTab *contactsTab() const { return m_contacts; }

    void setRequestsInFlight(int count);
    void saveSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void showAbout();
    void updateTitle();

    Settings *m_settings;
    QString m_account;
    MessageBar *m_messageBar;
    QTabWidget *m_tabs;
    ProgressPanel *m_progress;
    QLabel *m_accountLabel;
    QLabel *m_requestsLabel;
    ContactsTab *m_contacts = nullptr;

    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_viewSeparator = nullptr;
    QAction *m_connectAction = nullptr;
    QMenu *m_accountMenu = nullptr;
};

} // namespace ctct::ui
