// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitytracker.h"

#include "api/accessmanager.h"
#include "api/apijob.h"

namespace ctct {

ActivityTracker::ActivityTracker(const Operations &operations, const QString &activityId, QObject *parent)
    : QObject(parent)
    , m_operations(operations)
    , m_id(activityId)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ActivityTracker::poll);
}

ActivityTracker::~ActivityTracker()
{
    cancel();
}

void ActivityTracker::setIntervals(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_interval = first;
    m_max = std::max(first, max);
}

void ActivityTracker::start()
{
    poll();
}

void ActivityTracker::cancel()
{
    m_timer.stop();
    if (ApiJob *job = m_job)
        job->abandon();
}

void ActivityTracker::poll()
{
    ++m_polls;
    m_job = m_operations.getActivity(m_id)->then(this, [this](const ApiResult &result) {
        if (!result.ok()) {
            emit failed(result);
            return;
        }
        const atom::Parsed<Activity> parsed = parseEntry<Activity>(result);
        if (!parsed.ok()) {
            emit failed(parseFailure(result, parsed.error.toString()));
            return;
        }
        m_activity = *parsed.value;
        emit progressed(m_activity);
        if (m_activity.isFinished()) {
            emit finished(m_activity);
            return;
        }
        m_timer.start(m_interval);
        m_interval = std::min(m_max, m_interval + m_interval / 2);
    });
}

} // namespace ctct
