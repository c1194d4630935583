// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The embedded sandbox on a thread of its own, so that seeding demo data and answering
// requests never block the UI thread. start() returns at once; started() or failed() follows.
// Only this file and application.cpp know the sandbox library (ctct_ui links it privately).

#include <QObject>
#include <QString>
#include <QUrl>

class QThread;

namespace ctct::ui {

// What the app chooses of the embedded sandbox (the rest keeps the sandbox's defaults).
struct SandboxOptions
{
    QString dataDir;         // empty: the user's data directory, shared with ctct --sandbox
    bool memory = false;     // fresh demo data every start, nothing written
    int contacts = -1;       // demo contacts in a new store; -1: the sandbox's default
    int latencyMs = 0;       // delay every answer (tests, demos)
    int activityStepMs = -1; // time between activity states; -1: the sandbox's default
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

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &error);

private:
    SandboxOptions m_options;
    QThread *m_thread;           // deleted by ~SandboxHost, unless the sandbox does not stop in time
    QObject *m_worker = nullptr; // lives in m_thread; parent of the sandbox
    QUrl m_baseUrl;
};

} // namespace ctct::ui
