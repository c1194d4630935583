// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts: "Connect to Constant Contact…" against the in-process sandbox (a 401 is shown and
// nothing is saved; good credentials go to the keychain, the account without its secret to the
// settings, and the window switches), switching back and forth, forgetting, session-only mode,
// a 401 during use asking again without losing the user's place, keyboard use and accessible
// names of the dialog.
#include "uiharness.h"

#include "accounts/accountdialog.h"
#include "api/pager.h"
#include "api/apisession.h"
#include "lists/listssidebar.h"
#include "platform/credentialstore.h"
#include "sandboxhost.h"
#include "settings.h"
#include "trackingaccessmanager.h"
#include "widgets/messagebar.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace ctct;
using namespace ctct::test;

namespace {

struct Login
{
    QString username;
    QString apiKey;
    QString password;
};

const Login kOther{QStringLiteral("other"), QStringLiteral("other-key"), QStringLiteral("other-pass")};
const Login kDemo{QStringLiteral("demo"), QStringLiteral("sandbox-key"), QStringLiteral("sandbox")};

QString sandboxServer(UiHarness &h)
{
    return h.app().sandbox()->baseUrl().adjusted(QUrl::RemovePath).toString();
}

QString settingsFileText()
{
    QSettings settings(QStringLiteral("org.ctctmanager"), QStringLiteral("CtctManager"));
    settings.sync();
    QFile file(settings.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QList<ui::Account> savedAccounts()
{
    return ui::Settings().accounts();
}

template<typename T>
T child(QWidget *dialog, const char *name)
{
    return dialog->findChild<T>(QLatin1StringView(name));
}

QAction *action(UiHarness &h, const char *name)
{
    return h.window()->findChild<QAction *>(QLatin1StringView(name));
}

// Opens File → Connect to Constant Contact… and waits for the dialog.
ui::AccountDialog *openDialog(UiHarness &h)
{
    action(h, "connectAction")->trigger();
    if (!QTest::qWaitFor([&h] { return h.app().accountDialog() && h.app().accountDialog()->isVisible(); }, 5000))
        return nullptr;
    return h.app().accountDialog();
}

void fill(ui::AccountDialog *dialog, const QString &server, const Login &login)
{
    child<QLineEdit *>(dialog, "serverEdit")->setText(server);
    child<QLineEdit *>(dialog, "usernameEdit")->setText(login.username);
    child<QRadioButton *>(dialog, "passwordRadio")->setChecked(true);
    child<QLineEdit *>(dialog, "apiKeyEdit")->setText(login.apiKey);
    child<QLineEdit *>(dialog, "secretEdit")->setText(login.password);
}

QPushButton *connectButton(ui::AccountDialog *dialog)
{
    return child<QPushButton *>(dialog, "connectButton");
}

// Connects through the dialog and waits until the window shows the account.
bool connectAs(UiHarness &h, const Login &login)
{
    ui::AccountDialog *dialog = openDialog(h);
    if (!dialog)
        return false;
    fill(dialog, sandboxServer(h), login);
    QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
    return QTest::qWaitFor(
        [&h, &login] { return h.app().currentAccount().username == login.username && h.tab() && h.waitIdle(100); },
        10000);
}

// To the sandbox and back to the saved account: its credentials come from the store, no dialog.
bool backToTheAccountWithoutADialog(UiHarness &h)
{
    action(h, "sandboxAccountAction")->trigger();
    if (!QTest::qWaitFor([&h] { return !h.app().currentAccount().isValid(); }, 5000))
        return false;
    action(h, "accountAction")->trigger();
    return QTest::qWaitFor([&h] { return h.window()->windowTitle().contains(QStringLiteral("other @ ")); }, 5000) &&
           !h.app().accountDialog();
}

// A run of the app that connects to the other account and ends: its settings and keychain stay
// for the next run.
bool useTheOtherAccountOnce(const std::shared_ptr<FakeSecrets> &secrets, ui::Account *account)
{
    UiHarness::Options options;
    options.secrets = secrets;
    UiHarness h(options);
    if (!h.start() || !connectAs(h, kOther) || !QTest::qWaitFor([&secrets] { return secrets->entries.size() == 1; }))
        return false;
    *account = h.app().currentAccount();
    return true;
}

} // namespace

class TestUiAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiHarness::setUpProgram(); }
    void wrongPasswordShows401AndSavesNothing();
    void plainHttpIsRefusedWithTheClientsReason();
    void unreachableServerIsShownAtOnce();
    void cancelStopsTheCheckAndKeepsTheInput();
    void rightCredentialsAreSavedAndTheWindowSwitches();
    void switchesBackAndForthAndForgets();
    void noSavedSecretAsksAgainPrefilled();
    void reopensTheLastAccount();
    void sandboxFlagKeepsTheSandbox();
    void sessionOnlyModeTellsTheUser();
    void systemKeychainStoresReadsAndForgets();
    void unauthorizedDuringUseAsksAgainAndKeepsThePlace();
    void keyboardOnly();
    void everyControlHasAnAccessibleName();
};

void TestUiAccounts::wrongPasswordShows401AndSavesNothing()
{
    UiHarness h;
    QVERIFY(h.start());
    ui::AccountDialog *dialog = openDialog(h);
    QVERIFY(dialog);
    // The production server is the default.
    QCOMPARE(child<QLineEdit *>(dialog, "serverEdit")->text(), QStringLiteral("https://api.constantcontact.com"));

    fill(dialog, sandboxServer(h), {kOther.username, kOther.apiKey, QStringLiteral("wrong")});
    QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isChecking());
    QVERIFY(dialog->isVisible()); // the input stays
    const QString status = dialog->statusText();
    QVERIFY2(status.contains(QStringLiteral("Wrong username, API key or password")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("invalid credentials")), qPrintable(status)); // the server's message
    QCOMPARE(child<QLineEdit *>(dialog, "secretEdit")->text(), QStringLiteral("wrong"));

    QCOMPARE(h.secrets().writes, 0);
    QVERIFY(h.secrets().entries.isEmpty());
    QVERIFY(savedAccounts().isEmpty());
    QVERIFY(!settingsFileText().contains(QStringLiteral("Accounts")));
    QVERIFY(h.window()->windowTitle().contains(QStringLiteral("Sandbox (demo data)")));

    dialog->reject();
    QTRY_VERIFY(!h.app().accountDialog());
}

void TestUiAccounts::plainHttpIsRefusedWithTheClientsReason()
{
    UiHarness h;
    QVERIFY(h.start());
    ui::AccountDialog *dialog = openDialog(h);
    QVERIFY(dialog);
    fill(dialog, QStringLiteral("http://api.example.com"), kOther);
    QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
    QVERIFY(!dialog->isChecking()); // refused before any request
    const QString status = dialog->statusText();
    QVERIFY2(status.contains(QStringLiteral("plain http://")), qPrintable(status));
    QVERIFY(dialog->isVisible());
    QCOMPARE(h.secrets().writes, 0);
    QVERIFY(savedAccounts().isEmpty());
    dialog->reject();
}

void TestUiAccounts::unreachableServerIsShownAtOnce()
{
    UiHarness h;
    QVERIFY(h.start());
    ui::AccountDialog *dialog = openDialog(h);
    QVERIFY(dialog);
    fill(dialog, QStringLiteral("http://127.0.0.1:1"), kOther); // nothing listens there
    QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
    QVERIFY(dialog->isChecking());
    auto *check = dialog->findChild<Pager *>();
    QVERIFY(check);
    QSignalSpy failed(check, &Pager::failed);
    QTRY_VERIFY(!dialog->isChecking());
    // No retries while the user waits: the one request sent is the answer.
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<ApiResult>().attempts, 1);
    const QString status = dialog->statusText();
    QVERIFY2(status.contains(QStringLiteral("could not be reached")), qPrintable(status));
    QVERIFY(dialog->isVisible());
    QCOMPARE(h.secrets().writes, 0);
    QVERIFY(savedAccounts().isEmpty());
    dialog->reject();
}

void TestUiAccounts::cancelStopsTheCheckAndKeepsTheInput()
{
    UiHarness::Options options;
    options.latencyMs = 400; // every answer is slow enough to cancel
    UiHarness h(options);
    QVERIFY(h.start());
    ui::AccountDialog *dialog = openDialog(h);
    QVERIFY(dialog);
    fill(dialog, sandboxServer(h), kOther);
    QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
    QVERIFY(dialog->isChecking());
    QVERIFY(child<QProgressBar *>(dialog, "busyIndicator")->isVisible());
    QVERIFY(!connectButton(dialog)->isEnabled());
    QVERIFY(!child<QLineEdit *>(dialog, "secretEdit")->isEnabled());
    QVERIFY(dialog->statusText().contains(QStringLiteral("Checking")));
    const QPointer<Pager> check = dialog->findChild<Pager *>();
    QVERIFY(check);

    QTest::mouseClick(child<QPushButton *>(dialog, "cancelButton"), Qt::LeftButton);
    QVERIFY(!dialog->isChecking());
    QVERIFY(dialog->isVisible());
    QVERIFY(!child<QProgressBar *>(dialog, "busyIndicator")->isVisible());
    QVERIFY(connectButton(dialog)->isEnabled());
    QCOMPARE(child<QLineEdit *>(dialog, "secretEdit")->text(), kOther.password);
    QVERIFY(dialog->statusText().contains(QStringLiteral("nothing was saved")));
    // The check's request is gone with it: no answer can switch the window or save anything.
    QTRY_VERIFY(!check);
    QCOMPARE(h.app().currentAccount(), ui::Account{});
    QCOMPARE(h.secrets().writes, 0);

    // Cancel again closes.
    QTest::mouseClick(child<QPushButton *>(dialog, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(!h.app().accountDialog());
}

void TestUiAccounts::rightCredentialsAreSavedAndTheWindowSwitches()
{
    UiHarness h;
    QVERIFY(h.start());
    QVERIFY(connectAs(h, kOther));
    QVERIFY(!h.app().accountDialog());

    const QString server = sandboxServer(h);
    const QString host = QUrl(server).host() + u':' + QString::number(QUrl(server).port());
    const QString label = QStringLiteral("other @ ") + host;
    QVERIFY2(h.window()->windowTitle().contains(label), qPrintable(h.window()->windowTitle()));
    QVERIFY(h.find<QLabel *>("accountLabel")->text().contains(label));
    QVERIFY(!h.window()->windowTitle().contains(QStringLiteral("Sandbox")));

    // The secret went to the keychain, under the account's key...
    QTRY_COMPARE(h.secrets().entries.size(), 1);
    const QString key = h.secrets().entries.keys().constFirst();
    QCOMPARE(key, QStringLiteral("other@") + server);
    QVERIFY(h.secrets().entries.value(key).contains(kOther.password));
    // ... the account to the settings, without it.
    const QList<ui::Account> accounts = savedAccounts();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.constFirst().username, kOther.username);
    QCOMPARE(accounts.constFirst().server, QUrl(server));
    const QString file = settingsFileText();
    QVERIFY(file.contains(QStringLiteral("other")));
    QVERIFY(!file.contains(kOther.password));
    QVERIFY(!file.contains(kOther.apiKey));

    // The window works on the account: its own lists and contacts were loaded.
    QVERIFY(h.lists()->rowCount() > 0);
    QVERIFY(h.find<QWidget *>("messageBar")->isHidden() || h.window()->messageBar()->text().isEmpty());
}

void TestUiAccounts::switchesBackAndForthAndForgets()
{
    UiHarness h;
    QVERIFY(h.start());
    const int sandboxRows = h.model()->rowCount();
    QVERIFY(connectAs(h, kOther));
    QTRY_COMPARE(h.secrets().entries.size(), 1);

    // File → Account lists the sandbox first, then the saved account.
    QMenu *menu = h.window()->accountMenu();
    QStringList items;
    for (QAction *a : menu->actions()) {
        if (!a->isSeparator())
            items.append(a->text());
    }
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0), QStringLiteral("Sandbox (demo data)"));
    QVERIFY(items.at(1).startsWith(QStringLiteral("other @ ")));
    QVERIFY(action(h, "accountAction")->isChecked());

    action(h, "sandboxAccountAction")->trigger();
    QTRY_VERIFY(h.window()->windowTitle().contains(QStringLiteral("Sandbox (demo data)")));
    QVERIFY(h.find<QLabel *>("accountLabel")->text().contains(QStringLiteral("Sandbox (demo data)")));
    QTRY_COMPARE(h.model()->rowCount(), sandboxRows);
    QVERIFY(!action(h, "forgetAccountAction")->isEnabled());

    // Back to the account: its credentials come from the keychain, no dialog.
    action(h, "accountAction")->trigger();
    QTRY_VERIFY(h.window()->windowTitle().contains(QStringLiteral("other @ ")));
    QVERIFY(!h.app().accountDialog());
    QVERIFY(h.waitIdle());

    // Forget it: gone from the settings and the keychain, the sandbox is back.
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    action(h, "forgetAccountAction")->trigger();
    QTRY_VERIFY(h.window()->windowTitle().contains(QStringLiteral("Sandbox (demo data)")));
    QVERIFY(ui::MessageBox::lastQuestion().text.contains(QStringLiteral("other @ ")));
    QTRY_VERIFY(h.secrets().entries.isEmpty());
    QVERIFY(savedAccounts().isEmpty());
    QVERIFY(!action(h, "accountAction"));
}

void TestUiAccounts::noSavedSecretAsksAgainPrefilled()
{
    UiHarness h;
    QVERIFY(h.start());
    QVERIFY(connectAs(h, kOther));
    QTRY_COMPARE(h.secrets().entries.size(), 1);
    action(h, "sandboxAccountAction")->trigger();
    QTRY_VERIFY(!h.app().currentAccount().isValid());

    h.secrets().entries.clear(); // the keychain lost it
    action(h, "accountAction")->trigger();
    QTRY_VERIFY(h.app().accountDialog() && h.app().accountDialog()->isVisible());
    ui::AccountDialog *dialog = h.app().accountDialog();
    QCOMPARE(child<QLineEdit *>(dialog, "usernameEdit")->text(), kOther.username);
    QCOMPARE(child<QLineEdit *>(dialog, "serverEdit")->text(), sandboxServer(h));
    QVERIFY(child<QLineEdit *>(dialog, "usernameEdit")->isReadOnly());
    QVERIFY(dialog->statusText().contains(QStringLiteral("No saved credentials")));
    QVERIFY(h.window()->windowTitle().contains(QStringLiteral("Sandbox (demo data)"))); // not switched yet

    child<QLineEdit *>(dialog, "apiKeyEdit")->setText(kOther.apiKey);
    child<QLineEdit *>(dialog, "secretEdit")->setText(kOther.password);
    QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(h.window()->windowTitle().contains(QStringLiteral("other @ ")));
    QTRY_COMPARE(h.secrets().entries.size(), 1);
    QCOMPARE(savedAccounts().size(), 1);
}

void TestUiAccounts::reopensTheLastAccount()
{
    auto secrets = std::make_shared<FakeSecrets>();
    ui::Account account;
    QVERIFY(useTheOtherAccountOnce(secrets, &account));
    UiHarness::Options options;
    options.secrets = secrets;
    options.clearSettings = false;
    UiHarness h(options);
    h.app().start();
    // The sandbox first (the app is usable at once), then the account of last time, with its
    // credentials from the keychain. (Its server was the last run's sandbox: it may not answer.)
    QTRY_VERIFY(h.app().isReady());
    QTRY_COMPARE(h.app().currentAccount(), account);
    QVERIFY(h.window()->windowTitle().contains(account.label()));
    QVERIFY(!h.app().accountDialog());

    // Back on the sandbox, the next start stays there.
    action(h, "sandboxAccountAction")->trigger();
    QTRY_VERIFY(!h.app().currentAccount().isValid());
    QVERIFY(ui::Settings().value(ui::setting::LastAccount).isEmpty());
}

void TestUiAccounts::sandboxFlagKeepsTheSandbox()
{
    auto secrets = std::make_shared<FakeSecrets>();
    ui::Account account;
    QVERIFY(useTheOtherAccountOnce(secrets, &account));
    const QString key = account.key();
    // ctct-manager --sandbox: the sandbox, although another account was used last; the keychain
    // is not even asked (a start without the flag reopens that account within a turn or two).
    secrets->next = SecretBackend::Result::Failed;
    secrets->reads = 0;
    UiHarness::Options options;
    options.secrets = secrets;
    options.clearSettings = false;
    options.sandboxOnly = true;
    UiHarness h(options);
    QVERIFY(h.start());
    // The account of last time would be asked for as the app became ready (start() waited for
    // that); the keychain was not even read.
    QCOMPARE(secrets->reads, 0);
    QVERIFY(!h.app().currentAccount().isValid());
    QVERIFY(!h.app().accountDialog());
    QVERIFY(h.window()->windowTitle().contains(QStringLiteral("Sandbox (demo data)")));
    // The next start without it still reopens the account.
    QCOMPARE(ui::Settings().value(ui::setting::LastAccount), key);
}

void TestUiAccounts::sessionOnlyModeTellsTheUser()
{
    UiHarness h;
    QVERIFY(h.start());
    h.secrets().next = SecretBackend::Result::Unavailable; // no Secret Service
    QVERIFY(connectAs(h, kOther));
    QTRY_VERIFY(h.window()->messageBar()->text().contains(QStringLiteral("No keychain is available")));
    QVERIFY(h.window()->messageBar()->isVisible());
    QVERIFY(h.secrets().entries.isEmpty());
    QCOMPARE(savedAccounts().size(), 1); // the account is remembered, its secret is not
    QVERIFY(!settingsFileText().contains(kOther.password));

    // Within the session the credentials are still at hand.
    QVERIFY(backToTheAccountWithoutADialog(h));
}

void TestUiAccounts::unauthorizedDuringUseAsksAgainAndKeepsThePlace()
{
    UiHarness h;
    QVERIFY(h.start());
    QVERIFY(connectAs(h, kDemo)); // the demo data as a real account
    // The switch has settled: the account's lists are in the sidebar, All contacts is shown.
    auto *sidebar = h.find<ui::ListsSidebar *>("listsView");
    QVERIFY(sidebar);
    QTRY_VERIFY(!h.lists()->isLoading() && h.lists()->rowCount() > 4 && !h.tab()->isLoading() &&
                h.model()->rowCount() > 0);

    // The user's place: one of the account's lists in the sidebar and a contact of it.
    const int listRow = 4;
    QCOMPARE(h.lists()->entry(listRow).kind, ui::ListsModel::Kind::UserList);
    const QString listId = h.lists()->entry(listRow).id;
    sidebar->showRow(listRow);
    QCOMPARE(sidebar->currentEntry().id, listId);
    QVERIFY(h.tab()->isLoading()); // the list's members replace All contacts
    QTRY_VERIFY(!h.tab()->isLoading() && h.model()->rowCount() > 1);
    QVERIFY(h.selectRow(1));
    const QString email = h.emailAt(1);

    // The password was changed elsewhere: the next request is answered 401.
    h.app().session()->accessManager()->setCredentials(
        Credentials::basic(kDemo.apiKey, kDemo.username, QStringLiteral("changed-elsewhere")));
    action(h, "refreshAction")->trigger();
    QTRY_VERIFY(h.app().accountDialog() && h.app().accountDialog()->isVisible());
    ui::AccountDialog *dialog = h.app().accountDialog();
    QCOMPARE(child<QLineEdit *>(dialog, "usernameEdit")->text(), kDemo.username);
    QCOMPARE(child<QLineEdit *>(dialog, "serverEdit")->text(), sandboxServer(h));
    QVERIFY(dialog->statusText().contains(QStringLiteral("no longer accepts")));
    QCOMPARE(child<QLineEdit *>(dialog, "apiKeyEdit")->text(), kDemo.apiKey); // only the password is asked
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget *>(dialog, "secretEdit"));
    QVERIFY(child<QLineEdit *>(dialog, "secretEdit")->text().isEmpty());
    QTRY_VERIFY(h.window()->messageBar()->hasRetry());

    QTest::keyClicks(child<QLineEdit *>(dialog, "secretEdit"), kDemo.password);
    QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!h.app().accountDialog());

    // Same window, same place; Retry repeats what failed, with the new credentials.
    QCOMPARE(sidebar->currentIndex().row(), listRow);
    QCOMPARE(sidebar->currentEntry().id, listId);
    QVERIFY(h.window()->messageBar()->hasRetry());
    auto *retry = h.window()->messageBar()->findChild<QPushButton *>();
    QVERIFY(retry);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(h.waitIdle());
    QTRY_VERIFY(h.window()->messageBar()->text().isEmpty());
    QCOMPARE(sidebar->currentIndex().row(), listRow);
    QCOMPARE(sidebar->currentEntry().id, listId);
    QTRY_VERIFY(h.rowOfEmail(email) >= 0);
    QVERIFY(h.secrets().entries.value(h.app().currentAccount().key()).contains(kDemo.password));
}

void TestUiAccounts::keyboardOnly()
{
    UiHarness h;
    QVERIFY(h.start());
    ui::AccountDialog *dialog = openDialog(h);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *server = child<QLineEdit *>(dialog, "serverEdit");
    auto *apiKey = child<QLineEdit *>(dialog, "apiKeyEdit");
    auto *secret = child<QLineEdit *>(dialog, "secretEdit");
    // The server has its default; the username comes first.
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget *>(dialog, "usernameEdit"));

    // Alt+S to the server, replace it.
    QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), server);
    server->selectAll();
    QTest::keyClicks(QApplication::focusWidget(), sandboxServer(h));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), kOther.username);

    // Alt+T picks the access token: no API key then; Alt+P back to the password.
    QTest::keyClick(dialog, Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(child<QRadioButton *>(dialog, "tokenRadio")->isChecked()); // a mnemonic click is animated
    QVERIFY(!apiKey->isEnabled());
    QCOMPARE(child<QLabel *>(dialog, "secretEditLabel")->text().remove(u'&'), QStringLiteral("Token:"));
    QCOMPARE(secret->accessibleName(), QStringLiteral("Access token"));
    QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(child<QRadioButton *>(dialog, "passwordRadio")->isChecked());
    QVERIFY(apiKey->isEnabled());

    // Tab reaches the API key and then the password.
    for (int i = 0; i < 4 && QApplication::focusWidget() != apiKey; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), apiKey);
    QTest::keyClicks(apiKey, kOther.apiKey);
    QTest::keyClick(apiKey, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), secret);
    QTest::keyClicks(secret, QStringLiteral("nope"));

    // Enter connects; the 401 keeps the dialog, focus back on the password.
    QTest::keyClick(secret, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isChecking() && !dialog->statusText().isEmpty());
    QVERIFY(dialog->statusText().contains(QStringLiteral("Wrong username")));
    QTRY_COMPARE(QApplication::focusWidget(), secret);
    secret->selectAll();
    QTest::keyClicks(secret, kOther.password);
    QTest::keyClick(secret, Qt::Key_Enter);
    QTRY_VERIFY(h.window()->windowTitle().contains(QStringLiteral("other @ ")));

    // Escape closes a dialog that is not checking.
    dialog = openDialog(h);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!h.app().accountDialog());
}

void TestUiAccounts::everyControlHasAnAccessibleName()
{
    UiHarness h;
    QVERIFY(h.start());
    ui::AccountDialog *dialog = openDialog(h);
    QVERIFY(dialog);
    QVERIFY(!dialog->accessibleName().isEmpty());
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *w : widgets) {
        if (w->focusPolicy() == Qt::NoFocus || qobject_cast<QDialogButtonBox *>(w))
            continue;
        QVERIFY2(!w->accessibleName().isEmpty(),
                 qPrintable(w->objectName() + u' ' + QLatin1StringView(w->metaObject()->className())));
        ++checked;
    }
    QVERIFY(checked >= 7); // server, username, two choices, key, secret, buttons
    // Labels lead to their fields (Alt+letter).
    for (const char *name : {"serverEditLabel", "usernameEditLabel", "apiKeyEditLabel", "secretEditLabel"})
        QVERIFY2(child<QLabel *>(dialog, name)->buddy(), name);
    dialog->reject();
}

void TestUiAccounts::systemKeychainStoresReadsAndForgets()
{
    // The system keychain through the app: tests/keychain/with-keyring.sh runs this under a
    // Secret Service of its own and sets CTCT_REQUIRE_KEYCHAIN; the plain run has none.
    if (!qEnvironmentVariableIsSet("CTCT_REQUIRE_KEYCHAIN"))
        QSKIP("needs a Secret Service: run through tests/keychain/with-keyring.sh (ctest -L keychain)");
    QObject context;
    const auto readKeychain = [&context](const QString &key, bool *found) {
        CredentialStore store(makeKeychainBackend(&context));
        QSignalSpy loaded(&store, &CredentialStore::loaded);
        store.load(key);
        if (!loaded.wait(20000))
            return Credentials();
        *found = loaded.first().at(2).toBool();
        return loaded.first().at(1).value<Credentials>();
    };
    UiHarness::Options options;
    options.systemKeychain = true;
    UiHarness h(options);
    QVERIFY(h.start());
    QVERIFY(connectAs(h, kOther));
    const QString key = h.app().currentAccount().key();

    // Stored: another store reads it from the keychain, the password and API key in it.
    bool found = false;
    Credentials stored;
    QTRY_VERIFY_WITH_TIMEOUT((stored = readKeychain(key, &found), found), 10000);
    QVERIFY(!h.app().credentialStore()->isSessionOnly());
    QVERIFY(!h.window()->messageBar()->text().contains(QStringLiteral("keychain")));
    QCOMPARE(stored.apiKey(), kOther.apiKey);
    QVERIFY(stored.toKeychainSecret().contains(kOther.password));
    QVERIFY(!settingsFileText().contains(kOther.password));

    // Read: back and forth without a dialog.
    QVERIFY(backToTheAccountWithoutADialog(h));

    // Forgotten: gone from the keychain.
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    action(h, "forgetAccountAction")->trigger();
    QTRY_VERIFY(!h.app().currentAccount().isValid());
    QTRY_VERIFY_WITH_TIMEOUT((readKeychain(key, &found), !found), 10000);
}

QTEST_MAIN(TestUiAccounts)
#include "tst_ui_accounts.moc"
