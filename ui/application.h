// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The composition root of ctct-manager (design.md §3): settings, the account's ApiSession, the
// embedded sandbox, the main window and the pages it shows. Nothing here blocks: start() shows
// the window at once and the account follows when the sandbox is listening.
// Accounts: the sandbox first; "Connect to Constant Contact…" adds a real one, File → Account
// switches (each account gets its own session, and the window rebuilds its tabs), and a 401
// asks for the credentials again without rebuilding anything.
// A start reopens the account used last, after the sandbox is up (not with --sandbox).

#include "accounts/account.h"
#include "sandboxhost.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QActionGroup;
class QTranslator;

namespace ctct::cache {
class AccountCache;
}

namespace ctct {
class ApiSession;
class CredentialStore;
class Operations;
class SecretBackend;
} // namespace ctct

namespace ctct::ui {

class AccountDialog;
class PreferencesDialog;
class MainWindow;
class SandboxHost;
class Settings;
class TrackingAccessManager;

struct ApplicationOptions
{
    // The embedded sandbox, the account of a first start (design.md §7): a free loopback port,
    // data in the user's data directory (shared with ctct --sandbox) unless told otherwise.
    SandboxOptions sandbox;
    // ctct-manager --sandbox: stay on the sandbox this time, whatever account was used last
    // (the next start without it reopens that account).
    bool sandboxOnly = false;
    bool showWindow = true;
    // The folder of the local copies of accounts (issue 12): nullopt for the default
    // (AccountStore::defaultFolder()), an empty string for none (the pages page through the
    // server as they go).
    std::optional<QString> cacheFolder;
    // Where secrets are kept; empty: the system keychain (tests pass a fake).
    std::function<std::unique_ptr<SecretBackend>(QObject *context)> secretBackend;
};

class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    using Options = ApplicationOptions;

    // Names the application for QSettings, QStandardPaths and the desktop (call before anything
    // reads settings; main() does).
    static void setIdentity();
    // The translation for the language chosen in Preferences (a null language: read from the
    // settings; empty: the system's), or the English plural forms ("1 contact") when there is
    // none, and Qt's own translation where installed. Call once, after the QApplication exists.
    // The translators installed (children of the application).
    static QList<QTranslator *> installTranslations(const QString &language = QString());
    // The languages the app speaks: "en", "de", "fr".
    static QStringList languages();
    // "Sandbox (demo data)"
    static QString sandboxLabel();

    explicit Application(const Options &options = {}, QObject *parent = nullptr);
    ~Application() override;

    void start();
    bool isReady() const { return m_ready; }

    MainWindow *mainWindow() const { return m_window.get(); }
    // The account's session; nullptr until the sandbox (the first account) is up.
    const ApiSession *session() const { return m_session.get(); }
    const Operations *operations() const;
    SandboxHost *sandbox() const { return m_sandbox.get(); }
    CredentialStore *credentialStore() const { return m_store.get(); }
    // The local copy of the account in use (nullptr when there is none).
    cache::AccountCache *accountCache() const { return m_cache.get(); }
    // The file of the local copy of an account (invalid: the sandbox); empty when none is kept.
    QString cachePath(const Account &account) const;

    // Accounts. The current one is invalid (empty) while the sandbox is in use.
    Account currentAccount() const { return m_current; }
    // The connect (or sign-in) dialog while one is open.
    AccountDialog *accountDialog() const;
    // File → Connect to Constant Contact…
    void connectAccount();
    // Loads the account's credentials (or asks for them) and switches the window to it.
    void switchToAccount(const Account &account);
    void switchToSandbox();
    // Asks, then removes the current account and its secret, and goes back to the sandbox.
    void forgetCurrentAccount();
    // Edit → Preferences…, and the dialog while it is open.
    void showPreferences();
    PreferencesDialog *preferencesDialog() const;
    // Applies what Preferences changed to the session in use (the request timeout).
    void applyPreferences();

Q_SIGNALS:
    // The account is connected and the tabs exist.
    void ready();
    // The window shows another account (after a switch).
    void accountChanged();
    // The sandbox started again (a new data folder, or its demo data reset).
    void sandboxRestarted();

private:
    void startSandbox();
    void onSandboxStarted(const QUrl &baseUrl);
    void closeSession();
    void useAccount(const Account &account, const Credentials &credentials);
    void askForCredentials(const Account &account, const QString &reason, const QString &apiKey = {});
    void onVerified(const Account &account, const Credentials &credentials);
    void onCredentialsLoaded(const QString &key, const Credentials &credentials, bool found, const QString &error);
    void onCredentialsSaved(const QString &key, bool persisted, const QString &error);
    void onUnauthorized();
    void rebuildAccountMenu();
    // Stops the sandbox and starts it again, after deleting its data when resetData.
    void restartSandbox(bool resetData);
    void clearLocalData();
    // Opens the local copy of the account in use and starts its sync.
    void openCache(const Account &account);

    Options m_options;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SandboxHost> m_sandbox;
    std::unique_ptr<ApiSession> m_session;
    std::unique_ptr<cache::AccountCache> m_cache;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<CredentialStore> m_store;
    QActionGroup *m_accountGroup;
    QPointer<AccountDialog> m_dialog;
    QPointer<PreferencesDialog> m_preferences;
    QUrl m_sandboxServer;
    Account m_current;       // invalid: the sandbox
    QString m_pendingSwitch; // the key whose credentials are being loaded
    bool m_toldSessionOnly = false;
    bool m_ready = false;
};

} // namespace ctct::ui
