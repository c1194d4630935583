// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Follows a bulk activity until it is COMPLETE or ERROR (decision 12): GET after GET, the wait
// growing from 0.5 s by half each time up to 10 s, so a quick job is seen at once and a long
// one is not polled hard. Cancellable; failures of single polls are retried by the job.

#include "api/operations.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace ctct {

class ActivityTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityTracker)

public:
    ActivityTracker(const Operations &operations, const QString &activityId, QObject *parent = nullptr);
    ~ActivityTracker() override;

    void setIntervals(std::chrono::milliseconds first, std::chrono::milliseconds max);
    void start();
    // Stops polling (the activity goes on on the server); finished() is not emitted.
    void cancel();

    const Activity &activity() const { return m_activity; }
    int polls() const { return m_polls; }
    // Whether a poll is in flight or waiting to be sent: false once cancel() has returned.
    bool isActive() const { return m_timer.isActive() || (m_job && m_job->isRunning()); }

Q_SIGNALS:
    // Every poll's state (PENDING, RUNNING, ...).
    void progressed(const ctct::Activity &activity);
    // COMPLETE or ERROR.
    void finished(const ctct::Activity &activity);
    void failed(const ctct::ApiResult &result);

private:
    void poll();

    Operations m_operations;
    QString m_id;
    QTimer m_timer;
    QPointer<ApiJob> m_job;
    Activity m_activity;
    std::chrono::milliseconds m_interval{500};
    std::chrono::milliseconds m_max{10000};
    int m_polls = 0;
};

} // namespace ctct
