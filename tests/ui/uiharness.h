// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The real app for GUI tests (house style 27): ctct-manager's Application on an in-memory
// sandbox with a few demo contacts, its main window shown offscreen, widgets found by
// objectName. Settings live in QStandardPaths' test location and start empty.

#include "logcapture.h"

#include "application.h"
#include "contacts/contacteditor.h"
#include "contacts/contactstab.h"
#include "domain/event.h"
#include "lists/listsmodel.h"
#include "mainwindow.h"
#include "models/contactfiltermodel.h"
#include "models/contacttablemodel.h"
#include "platform/credentialstore.h"

#include <QLineEdit>
#include <QTableView>

#include <memory>

namespace ctct::test {

// The keychain of a GUI test: entries in memory, answers on a later turn of the event loop
// like the real one. next decides every answer (Unavailable: no keychain, session-only mode).
struct FakeSecrets
{
    QHash<QString, QString> entries;
    SecretBackend::Result next = SecretBackend::Result::Ok;
    int reads = 0;
    int writes = 0;

    std::unique_ptr<SecretBackend> makeBackend();
};

// The requests the app sends while this lives, as its access manager logs them. A request
// leaves in the same call that decides to send it, so once a decision has been acted on (e.g.
// MessageBox::answersGiven() went up) a count of 0 proves that nothing was sent, without waiting.
class SentRequests final
{
public:
    SentRequests();

    // Requests sent with this method ("PUT") whose URL contains `path`.
    int count(const QString &method, const QString &path) const;

private:
    LogCapture m_log;
};

class UiHarness final
{
public:
    struct Options
    {
        int contacts = 120;
        int latencyMs = 0;
        int registrants = 0; // > 0: the sandbox adds one event with this many registrants
        // Sandbox faults: this share of the requests whose "METHOD /path" contains failOnly is
        // answered 500/503, at most failTimes of them (0: no limit).
        double failRate = 0;
        QString failOnly;
        int failTimes = 0;
        bool clearSettings = true;
        // The sandbox's data folder; empty: in memory.
        QString sandboxDataDir;
        // The keychain; a new, empty one when not given (a test may pass one on to the next run).
        std::shared_ptr<FakeSecrets> secrets;
        // The system keychain instead of FakeSecrets (tests/keychain runs these under a real
        // Secret Service).
        bool systemKeychain = false;
        // ctct-manager --sandbox
        bool sandboxOnly = false;
        // The folder of the local copies of accounts (issue 12); empty: none is kept, and the
        // tabs page through the server.
        QString cacheFolder;
    };

    // Call once per test program (initTestCase): test paths, the app's names.
    static void setUpProgram();
    // The settings file the app uses, emptied.
    static void clearSettings();

    UiHarness();
    explicit UiHarness(const Options &options);
    ~UiHarness();

    // Waits until the account is connected, the window active and the first page of contacts
    // and the lists are in. False on timeout.
    bool start();

    ui::Application &app() { return *m_app; }
    // What the app's CredentialStore has written (empty with systemKeychain).
    FakeSecrets &secrets() { return *m_secrets; }
    ui::MainWindow *window() const { return m_app->mainWindow(); }
    ui::ContactsTab *tab() const { return window()->page<ui::ContactsTab>(); }
    const Operations *operations() const { return m_app->operations(); }
    QTableView *table() const;
    QLineEdit *search() const;
    ContactTableModel *model() const { return tab()->model(); }
    ContactFilterModel *proxy() const { return tab()->proxy(); }
    ui::ListsModel *lists() const { return tab()->listsModel(); }
    ui::ContactEditor *editor() const { return tab()->editor(); }

    template<typename T>
    T find(const char *objectName) const
    {
        return window()->findChild<T>(QLatin1StringView(objectName));
    }

    // Selects the table row (of the view) and waits for the detail pane to show it.
    bool selectRow(int row);
    // The e-mail shown in a row of the view.
    QString emailAt(int row) const;
    // Row of the view showing this e-mail; -1 when none.
    int rowOfEmail(const QString &email) const;
    // The result of a job (copied before the job deletes itself); Timeout when none came.
    static ApiResult resultOf(ApiJob *job, int timeoutMs = 10000);
    // A contact as the server has it now; an empty one when it cannot be fetched.
    Contact contactOnServer(const QString &id) const;

    // The account's event with the most registrants (the one Options::registrants adds), every
    // page of events read; an empty one when they cannot be read.
    Event largestEvent() const;

    // Waits until no request is in flight and the view is not loading.
    bool waitIdle(int timeoutMs = 10000);
    // With a cacheFolder: waits until no sync runs, the first full sync is done and the
    // Contacts tab shows the local copy with its rows in.
    bool waitForLocalCopy(int timeoutMs = 30000);

    // Text of a window that is shown cut off: a word-wrapped label lower than its text needs at
    // its width, a label on one line, a button or a column narrower than its text or title. One
    // line for each.
    static QStringList cutOffText(QWidget *window);

private:
    Options m_options;
    std::shared_ptr<FakeSecrets> m_secrets = std::make_shared<FakeSecrets>();
    std::unique_ptr<ui::Application> m_app;
};

} // namespace ctct::test
