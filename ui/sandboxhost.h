// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The embedded sandbox on a thread of its own, so that seeding demo data and answering
// requests never block the UI thread. start() returns at once; started() or failed() follows.
// Only this file and application.cpp know the sandbox library (ctct_ui links it privately).

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QThread;

namespace ctct::ui {

// What the app chooses of the embedded sandbox (the rest keeps the sandbox's defaults).
struct SandboxOptions
{
    QString dataDir;         // empty: the user's data directory, shared with ctct --sandbox
    bool memory = false;     // fresh demo data every start, nothing written
    int contacts = -1;       // demo contacts in a new store; -1: the sandbox's default
    int latencyMs = 0;       // delay every answer (tests, demos)
    int registrants = 0;     // > 0: one more event with this many registrants (check-in tests)
    double failRate = 0;     // share of requests answered 500/503 (tests) ...
    QString failOnly;        // ... among those whose "METHOD /path" contains this
    int failTimes = 0;       // ... at most this many (0: no limit)
    int activityStepMs = -1; // time between activity states; -1: the sandbox's default
    int stopWaitMs = 5000;   // how long quitting waits for a busy sandbox at most
};

class SandboxHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHost)

public:
    explicit SandboxHost(const SandboxOptions &options, QObject *parent = nullptr);
    // Stops the sandbox: it is deleted on its own thread, then the thread ends. The UI thread
    // waits for that a few seconds at most; a sandbox busy beyond that is left to the end of
    // the process (SQLite keeps its file consistent), so quitting never freezes the window.
    ~SandboxHost() override;

    void start();
    bool isRunning() const { return m_baseUrl.isValid(); }
    // http://127.0.0.1:PORT/ws/customers/demo/ once started.
    QUrl baseUrl() const { return m_baseUrl; }
    const SandboxOptions &options() const { return m_options; }
    // The folder of the data files; empty for an in-memory sandbox.
    QString dataDir() const;
    // Where the data lives when no folder is chosen (shared with ctct --sandbox).
    static QString defaultDataDir();
    // Deletes the sandbox's data files in dir (its SQLite stores and their journals), so that the
    // next start seeds the demo data anew. Only while no sandbox uses dir. False, with the
    // reason, when a file cannot be removed.
    static bool removeData(const QString &dir, QString *error);
    // Runs `work` on the sandbox's thread, after what is queued there (a seam for tests that
    // need the sandbox busy).
    void runOnSandboxThread(std::function<void()> work);

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &error);

private:
    SandboxOptions m_options;
    QThread *m_thread;           // deleted by ~SandboxHost, or once it ends if the sandbox did not stop in time
    QObject *m_worker = nullptr; // lives in m_thread; parent of the sandbox
    QUrl m_baseUrl;
};

} // namespace ctct::ui
