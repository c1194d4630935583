// SPDX-License-Identifier: GPL-3.0-or-later
#include "optoutjob.h"

#include "api/apijob.h"

namespace ctct {

OptOutJob::OptOutJob(const Operations &operations, QStringList contactIds, QObject *parent)
    : QObject(parent)
    , m_operations(operations)
    , m_ids(std::move(contactIds))
{}

OptOutJob::~OptOutJob() = default;

void OptOutJob::start()
{
    emit progress(0, total());
    if (m_ids.isEmpty()) {
        QMetaObject::invokeMethod(this, &OptOutJob::finish, Qt::QueuedConnection);
        return;
    }
    next();
}

void OptOutJob::cancel()
{
    m_canceled = true;
}

QStringList OptOutJob::remaining() const
{
    if (m_failedId.isEmpty() && !m_canceled)
        return {};
    // m_next is past the refused contact: it was the last one tried.
    const qsizetype from = m_failedId.isEmpty() ? m_next : m_next - 1;
    return m_ids.mid(from);
}

void OptOutJob::next()
{
    if (m_canceled || m_next >= m_ids.size()) {
        finish();
        return;
    }
    const QString id = m_ids.at(m_next++);
    m_operations.optOutContact(id)->then(this, [this, id](const ApiResult &result) {
        if (!result.ok()) {
            m_failure = result;
            m_failedId = id;
            finish();
            return;
        }
        ++m_succeeded;
        emit optedOut(id);
        emit progress(m_succeeded, total());
        next();
    });
}

void OptOutJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

} // namespace ctct
