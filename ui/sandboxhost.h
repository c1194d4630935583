// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The embedded sandbox on a thread of its own, so that seeding demo data and answering
// requests never block the UI thread. start() returns at once; started() or failed() follows.

#include "sandbox/sandbox.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace ctct::ui {

class SandboxHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHost)

public:
    explicit SandboxHost(const sandbox::Sandbox::Options &options, QObject *parent = nullptr);
    // Stops the sandbox: it is deleted on its own thread, then the thread ends.
    ~SandboxHost() override;

    void start();
    bool isRunning() const { return m_baseUrl.isValid(); }
    // http://127.0.0.1:PORT/ws/customers/demo/ once started.
    QUrl baseUrl() const { return m_baseUrl; }
    const sandbox::Sandbox::Options &options() const { return m_options; }

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &error);

private:
    sandbox::Sandbox::Options m_options;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread; parent of the sandbox
    QUrl m_baseUrl;
};

} // namespace ctct::ui
