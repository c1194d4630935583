// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "api/operations.h"
#include "logging.h"
#include "mainwindow.h"
#include "sandboxhost.h"
#include "settings.h"
#include "trackingaccessmanager.h"
#include "widgets/messagebar.h"
#include "widgets/progresspanel.h"

#include <QApplication>

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

QString Application::sandboxLabel()
{
    return tr("Sandbox (demo data)");
}

Application::Application(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(std::make_unique<Settings>())
    , m_access(std::make_unique<TrackingAccessManager>())
    , m_client(std::make_unique<ApiClient>(m_access.get()))
    , m_operations(std::make_unique<Operations>(m_client.get()))
    , m_window(std::make_unique<MainWindow>(m_settings.get()))
{
    connect(m_access.get(), &TrackingAccessManager::requestsInFlightChanged, m_window.get(),
            &MainWindow::setRequestsInFlight);
}

Application::~Application()
{
    // The window (and every job it started) goes first, the sandbox last.
    if (m_window && m_ready)
        m_window->saveSettings();
    m_window.reset();
    m_operations.reset();
    m_client.reset();
    m_access.reset();
    m_sandbox.reset();
}

void Application::start()
{
    if (m_options.showWindow)
        m_window->show();
    startSandbox();
}

void Application::startSandbox()
{
    m_sandbox = std::make_unique<SandboxHost>(m_options.sandbox);
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
    QUrl server = baseUrl;
    server.setPath(QString());
    if (!m_client->setServer(server)) {
        m_window->messageBar()->showError(m_client->error());
        return;
    }
    const QString user = QString::fromLatin1(sandbox::Sandbox::kDemoUser);
    m_client->setUsername(user);
    m_access->setCredentials(Credentials::basic(QString::fromLatin1(sandbox::Sandbox::kDemoApiKey), user,
                                                QString::fromLatin1(sandbox::Sandbox::kDemoPassword)));
    m_window->setAccount(m_operations.get(), sandboxLabel());
    m_ready = true;
    emit ready();
}

} // namespace ctct::ui
