// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxhost.h"

#include "logging.h"

#include <QPointer>

namespace ctct::ui {

SandboxHost::SandboxHost(const sandbox::Sandbox::Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
    m_worker = new QObject; // no parent: it moves to the thread and is deleted there
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

SandboxHost::~SandboxHost()
{
    m_thread.quit();
    m_thread.wait();
}

void SandboxHost::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    const QPointer<SandboxHost> self(this);
    QMetaObject::invokeMethod(m_worker, [self, worker = m_worker, options = m_options] {
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
