// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "accounts/accountdialog.h"
#include "activities/activitiestab.h"
#include "api/apisession.h"
#include "cache/accountcache.h"
#include "campaigns/campaignstab.h"
#include "events/eventstab.h"
#include "contacts/contactstab.h"
#include "dialogs/preferencesdialog.h"
#include "ctct_version.h"
#include "logging.h"
#include "mainwindow.h"
#include "platform/credentialstore.h"
#include "sandbox/sandbox.h"
#include "sandboxhost.h"
#include "settings.h"
#include "trackingaccessmanager.h"
#include "widgets/messagebar.h"
#include "widgets/messagebox.h"
#include "widgets/progresspanel.h"

#include <QActionGroup>
#include <QDir>
#include <QApplication>
#include <QLibraryInfo>
#include <QMenu>
#include <QTimer>
#include <QTranslator>

namespace ctct::ui {

void Application::setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ctct-manager"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("ctctmanager.org"));
    QCoreApplication::setApplicationName(QStringLiteral("ctct-manager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CTCT_VERSION));
    QGuiApplication::setApplicationDisplayName(tr("CTCT Account Manager"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.ctctmanager.CtctManager"));
}

QList<QTranslator *> Application::installTranslations(const QString &language)
{
    // The language chosen in Preferences also formats numbers and dates; the system's otherwise.
    const QString chosen = language.isNull() ? Settings().value(setting::Language) : language;
    if (!chosen.isEmpty())
        QLocale::setDefault(QLocale(chosen));
    const QLocale locale;
    QList<QTranslator *> installed;
    auto *translator = new QTranslator(QCoreApplication::instance());
    const QString dir = QStringLiteral(":/i18n");
    if (translator->load(locale, QStringLiteral("ctct-manager"), QStringLiteral("_"), dir) ||
        translator->load(QStringLiteral("ctct-manager_en"), dir)) {
        QCoreApplication::installTranslator(translator);
        installed.append(translator);
    } else {
        qCWarning(lcUiApp) << "no translation could be loaded from" << dir;
        delete translator;
    }
    // Qt's own words (the buttons of dialogs, context menus of text fields), where installed.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed.append(qt);
    } else {
        delete qt;
    }
    return installed;
}

QStringList Application::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString Application::sandboxLabel()
{
    return tr("Sandbox (demo data)");
}

Application::Application(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(std::make_unique<Settings>())
    , m_window(std::make_unique<MainWindow>(m_settings.get()))
    , m_store(std::make_unique<CredentialStore>(options.secretBackend ? options.secretBackend(this)
                                                                      : makeKeychainBackend(this)))
    , m_accountGroup(new QActionGroup(this))
{
    // The pages, in the order of their tabs.
    m_window->addPage(tr("&Contacts"), [](const TabContext &context, QWidget *parent) -> Page * {
        return new ContactsTab(context, parent);
    });
    m_window->addPage(tr("Ca&mpaigns"), [](const TabContext &context, QWidget *parent) -> Page * {
        return new CampaignsTab(context, parent);
    });
    m_window->addPage(tr("&Events"), [](const TabContext &context, QWidget *parent) -> Page * {
        return new EventsTab(context, parent);
    });
    m_window->addPage(tr("&Activities"), [](const TabContext &context, QWidget *parent) -> Page * {
        return new ActivitiesTab(context, parent);
    });
    connect(m_store.get(), &CredentialStore::loaded, this, &Application::onCredentialsLoaded);
    connect(m_store.get(), &CredentialStore::saved, this, &Application::onCredentialsSaved);
    connect(m_window->connectAction(), &QAction::triggered, this, &Application::connectAccount);
    connect(m_window->preferencesAction(), &QAction::triggered, this, &Application::showPreferences);
    m_window->connectAction()->setEnabled(false); // until the sandbox (the fallback account) runs
    rebuildAccountMenu();
}

Application::~Application()
{
    // The window (and every job it started) goes first, the sandbox last.
    if (m_window && m_ready)
        m_window->saveSettings();
    delete m_dialog;
    // The window's children end their requests while ~QWidget runs, after ~MainWindow: the
    // in-flight count must not reach the half-destroyed window (UBSan found this).
    if (m_session && m_window)
        m_session->accessManager()->disconnect(m_window.get());
    m_window.reset();
    m_cache.reset();
    m_session.reset();
    m_sandbox.reset();
}

void Application::start()
{
    // Said here rather than where the translation is installed: --help and --version print only
    // what they were asked for.
    qCInfo(lcUiApp) << "user interface language:" << QLocale().name()
                    << (m_settings->value(setting::Language).isEmpty() ? "(the system's)" : "(chosen)");
    if (m_options.showWindow)
        m_window->show();
    startSandbox();
}

void Application::startSandbox()
{
    SandboxOptions sandbox = m_options.sandbox;
    if (sandbox.dataDir.isEmpty() && !sandbox.memory)
        sandbox.dataDir = m_settings->value(setting::SandboxDataDir); // --sandbox-data first
    m_sandbox = std::make_unique<SandboxHost>(sandbox);
    m_window->progressPanel()->start(tr("Starting the sandbox…"), {});
    connect(m_sandbox.get(), &SandboxHost::started, this, &Application::onSandboxStarted);
    connect(m_sandbox.get(), &SandboxHost::failed, this, [this](const QString &error) {
        qCWarning(lcUiApp) << "the sandbox did not start:" << error;
        m_window->progressPanel()->finish();
        m_window->messageBar()->showError(tr("The sandbox could not start: %1").arg(error), [this] { startSandbox(); });
    });
    m_sandbox->start();
}

void Application::onSandboxStarted(const QUrl &baseUrl)
{
    m_window->progressPanel()->finish();
    m_sandboxServer = baseUrl.adjusted(QUrl::RemovePath);
    if (m_ready) { // started again (Preferences): the sandbox's tabs come back if it was in use
        if (!m_current.isValid())
            useAccount({}, {});
        emit sandboxRestarted();
        return;
    }
    m_ready = true;
    const QString last = m_settings->value(setting::LastAccount);
    useAccount({}, {});
    m_window->connectAction()->setEnabled(true);
    emit ready();
    if (m_options.sandboxOnly) {
        m_settings->setValue(setting::LastAccount, last); // asked for this run only
        return;
    }
    // The account used last time follows once its credentials are in (or asked for); the
    // sandbox stays if they are not given.
    const QList<Account> accounts = m_settings->accounts();
    for (const Account &account : accounts) {
        if (account.key() == last)
            switchToAccount(account);
    }
    // A first start asks for an account when the user would rather not begin on the sandbox.
    if (accounts.isEmpty() && !m_settings->value(setting::StartWithSandbox))
        connectAccount();
}

PreferencesDialog *Application::preferencesDialog() const
{
    return m_preferences;
}

void Application::showPreferences()
{
    if (m_preferences) {
        m_preferences->raise();
        m_preferences->activateWindow();
        return;
    }
    PreferencesDialog::Context context;
    context.settings = m_settings.get();
    context.accountKey = m_current.isValid() ? m_current.key() : QString::fromLatin1(kSandboxAccountKey);
    context.accountLabel = m_current.isValid() ? m_current.label() : sandboxLabel();
    context.sandboxDataDir = m_sandbox ? m_sandbox->dataDir() : QString();
    context.defaultSandboxDataDir = SandboxHost::defaultDataDir();
    context.sandboxDataDirFixed = m_options.sandbox.memory || !m_options.sandbox.dataDir.isEmpty();
    const QString folder = m_settings->value(setting::SandboxDataDir);
    const QStringList labels = m_settings->customFieldLabels(context.accountKey);
    m_preferences = new PreferencesDialog(context, m_window.get());
    m_preferences->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_preferences, &PreferencesDialog::applied, this,
            [this, folder, labels, key = context.accountKey, fixed = context.sandboxDataDirFixed] {
                applyPreferences();
                bool rebuilt = false;
                if (!fixed && m_settings->value(setting::SandboxDataDir) != folder) {
                    rebuilt = !m_current.isValid(); // the sandbox's tabs are made anew with it
                    restartSandbox(false);
                }
                if (!rebuilt && m_session && m_settings->customFieldLabels(key) != labels) {
                    // The custom field names of the account in use: the tabs show them when made anew.
                    m_window->setAccount(m_session.get(), m_window->accountLabel(), key,
                                         m_cache.get()); // a copy: setAccount() clears the context first
                }
            });
    connect(m_preferences, &PreferencesDialog::resetDemoDataRequested, this, [this] { restartSandbox(true); });
    connect(m_preferences, &PreferencesDialog::clearLocalDataRequested, this, &Application::clearLocalData);
    m_preferences->open();
}

void Application::restartSandbox(bool resetData)
{
    if (!m_ready)
        return; // the first start is still under way
    const bool inUse = !m_current.isValid();
    if (inUse) {
        m_window->clearAccount();
        closeSession();
    }
    const QString dir = m_sandbox ? m_sandbox->dataDir() : QString();
    const QString cache = cachePath({});
    m_sandbox.reset(); // stops it: its files are closed
    QString error;
    if (resetData && !dir.isEmpty() && !SandboxHost::removeData(dir, &error))
        m_window->messageBar()->showError(tr("The demo data could not be reset: %1").arg(error));
    // New demo data: the local copy of the old would only be wrong.
    if (resetData && !cache.isEmpty() && !cache::AccountStore::remove(cache, &error))
        m_window->messageBar()->showError(tr("The local copy of the demo data could not be removed: %1").arg(error));
    startSandbox();
}

void Application::clearLocalData()
{
    // The tabs save their layout when they go: clear after that, then make them anew.
    const QString label = m_window->accountLabel();
    const QString key = m_window->context().accountKey;
    m_window->clearAccount();
    m_settings->clearLocalData();
    // The local copies of every account: closed first, removed, and the one in use made anew
    // by a full sync.
    m_cache.reset();
    const QString folder = m_options.cacheFolder ? *m_options.cacheFolder : cache::AccountStore::defaultFolder();
    if (!folder.isEmpty()) {
        const QDir dir(folder);
        QStringList failed;
        for (const QString &name : dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files)) {
            QString error;
            if (!cache::AccountStore::remove(dir.filePath(name), &error))
                failed.append(error);
        }
        if (!failed.isEmpty())
            m_window->messageBar()->showError(tr("Not every local copy could be removed: %1").arg(failed.join(u' ')));
    }
    if (m_session) {
        openCache(m_current);
        m_window->setAccount(m_session.get(), label, key, m_cache.get());
    }
    qCInfo(lcUiApp) << "local data cleared";
}

QString Application::cachePath(const Account &account) const
{
    const QString folder = m_options.cacheFolder ? *m_options.cacheFolder : cache::AccountStore::defaultFolder();
    if (folder.isEmpty())
        return {};
    QString key;
    if (account.isValid())
        key = account.key();
    else if (m_sandbox && !m_sandbox->dataDir().isEmpty())
        key = cache::sandboxAccountKey(m_sandbox->dataDir());
    else
        key = cache::sandboxAccountKey(QStringLiteral(":memory:"));
    return QDir(folder).filePath(cache::AccountStore::fileName(key));
}

void Application::openCache(const Account &account)
{
    m_cache.reset();
    const QString path = cachePath(account);
    if (path.isEmpty() || !m_session)
        return;
    // A sandbox in memory has new demo data every start: a copy of the last one would be wrong.
    if (!account.isValid() && m_sandbox && m_sandbox->dataDir().isEmpty())
        cache::AccountStore::remove(path);
    cache::AccountStore::Opened opened = cache::AccountStore::open(path);
    if (!opened.store) {
        qCWarning(lcUiApp) << "no local copy:" << opened.error;
        const QString text =
            tr("No local copy of the account can be kept, so it is read from the server page by page: %1")
                .arg(opened.error);
        QTimer::singleShot(0, m_window.get(),
                           [window = m_window.get(), text] { window->messageBar()->showError(text); });
        return;
    }
    if (!opened.setAsidePath.isEmpty()) {
        // Said once the account's tabs exist (making them clears the message bar).
        const QString text = tr("The local copy of the account could not be read (%1). It was set aside as %2 and "
                                "is being copied again from the server.")
                                 .arg(opened.setAsideReason, QDir::toNativeSeparators(opened.setAsidePath));
        QTimer::singleShot(0, m_window.get(), [window = m_window.get(), text] {
            window->messageBar()->showMessage(MessageBar::Kind::Information, text);
        });
    }
    m_cache = std::make_unique<cache::AccountCache>(std::move(opened.store), m_session->operations());
    m_cache->setInterval(std::chrono::minutes(m_settings->value(setting::SyncIntervalMinutes)));
    m_cache->syncNow();
}

void Application::applyPreferences()
{
    if (m_session)
        m_session->accessManager()->setTimeout(std::chrono::seconds(m_settings->value(setting::RequestTimeoutSeconds)));
    if (m_cache)
        m_cache->setInterval(std::chrono::minutes(m_settings->value(setting::SyncIntervalMinutes)));
}

const Operations *Application::operations() const
{
    return m_session ? &m_session->operations() : nullptr;
}

void Application::closeSession()
{
    if (m_session && m_window)
        m_session->accessManager()->disconnect(m_window.get());
    m_cache.reset(); // its sync uses the session
    m_session.reset();
}

void Application::useAccount(const Account &account, const Credentials &credentials)
{
    // The tabs (and every job they started) go before the session they used.
    m_window->clearAccount();
    closeSession();

    const bool isSandbox = !account.isValid();
    ApiSession::Login login{account.server, account.username, credentials};
    if (isSandbox) {
        const sandbox::Sandbox::Account demo = sandbox::Sandbox::demoAccount();
        login = {m_sandboxServer, demo.user, Credentials::basic(demo.apiKey, demo.user, demo.password)};
    }
    auto access = std::make_unique<TrackingAccessManager>();
    TrackingAccessManager *tracking = access.get();
    QString error;
    m_session = ApiSession::open(login, &error, std::move(access));
    if (!m_session) {
        if (!isSandbox)
            useAccount({}, {}); // a hand-edited settings file: back to the sandbox, then say why
        m_window->messageBar()->showError(tr("%1 cannot be used: %2").arg(account.label(), error));
        return;
    }
    applyPreferences();
    connect(tracking, &TrackingAccessManager::requestsInFlightChanged, m_window.get(),
            &MainWindow::setRequestsInFlight);
    connect(tracking, &TrackingAccessManager::unauthorized, this, &Application::onUnauthorized);
    m_current = account;
    m_settings->setValue(setting::LastAccount, isSandbox ? QString() : account.key());
    qCInfo(lcUiApp) << "account:" << (isSandbox ? sandboxLabel() : account.label());
    openCache(account);
    m_window->setAccount(m_session.get(), isSandbox ? sandboxLabel() : account.label(),
                         isSandbox ? QString::fromLatin1(kSandboxAccountKey) : account.key(), m_cache.get());
    rebuildAccountMenu();
    emit accountChanged();
}

AccountDialog *Application::accountDialog() const
{
    return m_dialog;
}

void Application::connectAccount()
{
    askForCredentials({}, {});
}

void Application::askForCredentials(const Account &account, const QString &reason, const QString &apiKey)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new AccountDialog(m_window.get());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (account.isValid())
        m_dialog->setAccount(account, reason, apiKey);
    connect(m_dialog, &AccountDialog::verified, this, &Application::onVerified);
    m_dialog->open();
}

void Application::onVerified(const Account &account, const Credentials &credentials)
{
    m_store->save(account.key(), credentials);
    QList<Account> accounts = m_settings->accounts();
    const auto known = std::find_if(accounts.begin(), accounts.end(),
                                    [&account](const Account &a) { return a.key() == account.key(); });
    if (known != accounts.end())
        *known = account;
    else
        accounts.append(account);
    m_settings->setAccounts(accounts);

    if (account.key() == m_current.key()) {
        m_current = account; // the sign-in scheme may have changed
        // Signed in again after a 401: same client, so the window keeps its place and the
        // message bar's Retry repeats the failed action with the new credentials.
        if (m_session)
            m_session->setCredentials(credentials);
        rebuildAccountMenu();
        return;
    }
    useAccount(account, credentials);
}

void Application::switchToAccount(const Account &account)
{
    if (!m_ready || account == m_current)
        return;
    m_pendingSwitch = account.key();
    m_store->load(account.key());
}

void Application::switchToSandbox()
{
    m_pendingSwitch.clear();
    if (!m_ready || !m_current.isValid())
        return;
    useAccount({}, {});
}

void Application::onCredentialsLoaded(const QString &key, const Credentials &credentials, bool found,
                                      const QString &error)
{
    if (key != m_pendingSwitch)
        return; // a switch that was overtaken by another
    m_pendingSwitch.clear();
    const QList<Account> accounts = m_settings->accounts();
    const auto account =
        std::find_if(accounts.begin(), accounts.end(), [&key](const Account &a) { return a.key() == key; });
    if (account == accounts.end())
        return;
    if (found) {
        useAccount(*account, credentials);
        return;
    }
    askForCredentials(*account,
                      error.isEmpty()
                          ? tr("No saved credentials were found for this account. Enter them to connect.")
                          : tr("The keychain could not be read (%1). Enter the credentials to connect.").arg(error));
}

void Application::onCredentialsSaved(const QString &key, bool persisted, const QString &error)
{
    if (persisted)
        return;
    QString label = key;
    for (const Account &a : m_settings->accounts()) {
        if (a.key() == key)
            label = a.label();
    }
    if (m_store->isSessionOnly()) {
        if (std::exchange(m_toldSessionOnly, true))
            return; // once a session is enough
        m_window->messageBar()->showMessage(
            MessageBar::Kind::Information,
            tr("No keychain is available, so the credentials of %1 are kept only until the app quits; you will be "
               "asked for them next time.")
                .arg(label));
        return;
    }
    m_window->messageBar()->showError(
        tr("The keychain did not store the credentials of %1 (%2); they are kept only until the app quits.")
            .arg(label, error));
}

void Application::onUnauthorized()
{
    if (!m_current.isValid() || m_dialog)
        return; // the sandbox's demo credentials do not change; a sign-in is already asked for
    qCInfo(lcUiApp) << "401 from the server: asking for the credentials of" << m_current.label();
    askForCredentials(m_current,
                      tr("The server no longer accepts the credentials of %1. Sign in again; then use "
                         "Retry in the message bar to repeat what failed.")
                          .arg(m_current.label()),
                      m_session ? m_session->accessManager()->credentials().apiKey()
                                : QString()); // a changed password is the likelier cause
}

void Application::forgetCurrentAccount()
{
    if (!m_current.isValid())
        return;
    const Account account = m_current;
    MessageBox::question(
        m_window.get(),
        {tr("Forget Account"), tr("Forget the account %1?").arg(account.label()),
         tr("Its saved credentials are removed from the keychain. The account on the server is not changed.")},
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, account](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes)
                return;
            QList<Account> accounts = m_settings->accounts();
            accounts.removeIf([&account](const Account &a) { return a.key() == account.key(); });
            m_settings->setAccounts(accounts);
            m_store->remove(account.key());
            if (m_current == account)
                useAccount({}, {});
            else
                rebuildAccountMenu();
        },
        tr("&Forget"));
}

void Application::rebuildAccountMenu()
{
    QMenu *menu = m_window->accountMenu();
    menu->clear();
    const auto addAccount = [this, menu](const QString &label, bool current) {
        QAction *action = menu->addAction(QString(label).replace(u'&', QLatin1StringView("&&")));
        action->setCheckable(true);
        action->setChecked(current);
        action->setEnabled(m_ready || current);
        m_accountGroup->addAction(action);
        return action;
    };
    QAction *sandbox = addAccount(sandboxLabel(), !m_current.isValid());
    sandbox->setObjectName(QStringLiteral("sandboxAccountAction"));
    connect(sandbox, &QAction::triggered, this, &Application::switchToSandbox);
    for (const Account &account : m_settings->accounts()) {
        QAction *action = addAccount(account.label(), account == m_current);
        action->setObjectName(QStringLiteral("accountAction"));
        action->setData(account.key());
        connect(action, &QAction::triggered, this, [this, account] { switchToAccount(account); });
    }
    menu->addSeparator();
    QAction *forget = menu->addAction(tr("&Forget This Account…"));
    forget->setObjectName(QStringLiteral("forgetAccountAction"));
    forget->setEnabled(m_current.isValid());
    connect(forget, &QAction::triggered, this, &Application::forgetCurrentAccount);
}

} // namespace ctct::ui
