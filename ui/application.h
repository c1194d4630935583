// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The composition root of ctct-manager (design.md §3): settings, the account's AccessManager,
// ApiClient and Operations, the embedded sandbox and the main window. Nothing here blocks:
// start() shows the window at once and the account follows when the sandbox is listening.

#include "sandbox.h"

#include <QObject>

#include <memory>

namespace ctct {
class ApiClient;
class Operations;
} // namespace ctct

namespace ctct::ui {

class MainWindow;
class SandboxHost;
class Settings;
class TrackingAccessManager;

struct ApplicationOptions
{
    // The embedded sandbox, the account of a first start (design.md §7): a free loopback port,
    // data in the user's data directory (shared with ctct --sandbox).
    sandbox::Sandbox::Options sandbox = []() {
        sandbox::Sandbox::Options o;
        o.port = 0;
        return o;
    }();
    bool showWindow = true;
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
    // "Sandbox (demo data)"
    static QString sandboxLabel();

    explicit Application(const Options &options = {}, QObject *parent = nullptr);
    ~Application() override;

    void start();
    bool isReady() const { return m_ready; }

    MainWindow *mainWindow() const { return m_window.get(); }
    const Operations *operations() const { return m_operations.get(); }
    SandboxHost *sandbox() const { return m_sandbox.get(); }

Q_SIGNALS:
    // The account is connected and the tabs exist.
    void ready();

private:
    void startSandbox();
    void onSandboxStarted(const QUrl &baseUrl);

    Options m_options;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SandboxHost> m_sandbox;
    std::unique_ptr<TrackingAccessManager> m_access;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Operations> m_operations;
    std::unique_ptr<MainWindow> m_window;
    bool m_ready = false;
};

} // namespace ctct::ui
