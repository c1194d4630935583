// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxhost.h"

#include "logging.h"
#include "sandbox/sandbox.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QThread>

namespace ctct::ui {

namespace {

sandbox::Sandbox::Options sandboxOptions(const SandboxOptions &o)
{
    sandbox::Sandbox::Options options;
    options.port = 0; // a free loopback port
    options.dataDir = o.dataDir;
    options.memory = o.memory;
    if (o.contacts >= 0)
        options.contacts = o.contacts;
    options.latencyMs = o.latencyMs;
    options.registrants = o.registrants;
    options.failRate = o.failRate;
    options.failOnly = o.failOnly;
    options.failTimes = o.failTimes;
    if (o.activityStepMs >= 0)
        options.activityStepMs = o.activityStepMs;
    return options;
}

} // namespace

SandboxHost::SandboxHost(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_thread(new QThread) // no parent: see ~SandboxHost
{
    m_thread->setObjectName(QStringLiteral("sandbox"));
    m_worker = new QObject; // no parent: it moves to the thread and is deleted there
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

SandboxHost::~SandboxHost()
{
    m_thread->quit();
    if (m_thread->wait(QDeadlineTimer(m_options.stopWaitMs))) {
        delete m_thread;
        return;
    }
    // Deleting a running QThread aborts the process: the thread is deleted once it has ended (by
    // the event loop, if one still runs), and otherwise ends with the process.
    qCWarning(lcUiApp) << "the sandbox did not stop within" << m_options.stopWaitMs
                       << "ms; leaving it to finish on its own";
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    if (m_thread->isFinished())
        m_thread->deleteLater(); // it ended before the connection was made (deleteLater twice is safe)
}

void SandboxHost::runOnSandboxThread(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_worker, std::move(work));
}

QString SandboxHost::dataDir() const
{
    if (m_options.memory)
        return {};
    return m_options.dataDir.isEmpty() ? defaultDataDir() : m_options.dataDir;
}

QString SandboxHost::defaultDataDir()
{
    return sandbox::Sandbox::defaultDataDir();
}

bool SandboxHost::removeData(const QString &dir, QString *error)
{
    const QDir folder(dir);
    // The stores and their journals; a damaged file set aside (*.damaged-TIME) stays.
    QStringList patterns;
    for (const QString &store : {QStringLiteral("sandbox.sqlite"), QStringLiteral("sandbox-*.sqlite")})
        patterns << store << store + u"-wal" << store + u"-shm";
    const QStringList files = folder.entryList(patterns, QDir::Files);
    for (const QString &name : files) {
        if (!QFile::remove(folder.filePath(name))) {
            *error = tr("%1 could not be deleted.").arg(QDir::toNativeSeparators(folder.filePath(name)));
            return false;
        }
    }
    qCInfo(lcUiApp) << "sandbox data removed from" << dir << files;
    return true;
}

void SandboxHost::start()
{
    if (m_thread->isRunning())
        return;
    m_thread->start();
    const QPointer<SandboxHost> self(this);
    QMetaObject::invokeMethod(m_worker, [self, worker = m_worker, options = sandboxOptions(m_options)] {
        // Parented to the worker, so the sandbox goes with it on this thread when the thread ends.
        auto *box = new sandbox::Sandbox(options, worker);
        QString error;
        const bool ok = box->start(&error);
        const QUrl url = ok ? box->baseUrl() : QUrl();
        if (ok)
            qCInfo(lcUiApp) << "sandbox listening at" << url.toString() << "seeded in" << box->seedMillis() << "ms";
        QMetaObject::invokeMethod(
            self.get(),
            [self, ok, url, error] {
                if (!self)
                    return;
                if (ok) {
                    self->m_baseUrl = url;
                    emit self->started(url);
                } else {
                    emit self->failed(error);
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace ctct::ui
