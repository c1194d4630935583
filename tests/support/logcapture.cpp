// SPDX-License-Identifier: GPL-3.0-or-later
#include "logcapture.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>

namespace ctct::test {

namespace {

QMutex g_mutex;
QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&g_mutex);
        g_messages.append(QString::fromUtf8(context.category ? context.category : "default") + u": " + message);
    }
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

LogCapture::LogCapture(const QString &filterRules)
{
    {
        const QMutexLocker lock(&g_mutex);
        g_messages.clear();
    }
    QLoggingCategory::setFilterRules(filterRules);
    m_previous = qInstallMessageHandler(capture);
    g_previous = m_previous;
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(m_previous);
    g_previous = nullptr;
    QLoggingCategory::setFilterRules(QString());
}

QStringList LogCapture::messages() const
{
    const QMutexLocker lock(&g_mutex);
    return g_messages;
}

} // namespace ctct::test
