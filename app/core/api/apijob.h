// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One request to the API (house style 7): finished() is emitted exactly once, then the job
// deletes itself later. The reply is owned by the job; GETs are retried per the RetryPolicy.
// Besides the transfer timeout of each attempt, the job as a whole has a deadline, and a
// response body over the size limit is aborted (ApiError::TooLarge) rather than read.
//
// The one async style of the code base: hand the job to the object that waits for it, with
// the handler, before returning to the event loop:
//     operations.getContact(id)->then(this, [this](const ApiResult &result) { ... });
// The handler runs with the owner as its context object; when the owner goes first, the job
// is aborted without a word (no finished(), no handler), so nobody writes "disconnect and
// cancel" in a destructor.

#include "api/apierror.h"
#include "api/apirequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace ctct {

class AccessManager;

class ApiJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    ApiJob(AccessManager *access, const ApiRequest &request, const RetryPolicy &retry = {}, QObject *parent = nullptr);
    ~ApiJob() override;

    // Sends the request. Nothing is emitted before the caller returns to the event loop.
    void start();
    // Does not send the request: finishes with failure (its url set to the request's) on the
    // next turn of the event loop, as a request that failed would. For a request the client
    // refuses to make, e.g. a write that would lose data.
    void refuse(const ApiResult &failure);
    // Aborts the request or the wait before a retry; finished() is emitted before cancel()
    // returns, with ApiError::Canceled. Does nothing once the job has finished.
    void cancel();
    // Ends the job without a word: the request is aborted, finished() is never emitted, the
    // job deletes itself later. For whoever no longer waits for it (its owner went away, a
    // newer request replaces it).
    void abandon();

    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    const ApiRequest &request() const { return m_request; }
    // Complete once finished() has been emitted.
    const ApiResult &result() const { return m_result; }

    // The object that waits for the job: when it is destroyed before the job has finished,
    // the job is abandoned (see the top of this file). Returns the job.
    ApiJob *setOwner(QObject *owner);
    // handler(const ApiResult &) runs once the job has finished, with owner as the context
    // object; owner becomes the job's owner as with setOwner(). Returns the job.
    template<typename Handler>
    ApiJob *then(QObject *owner, Handler &&handler)
    {
        setOwner(owner);
        connect(this, &ApiJob::finished, owner, [this, h = std::forward<Handler>(handler)]() mutable { h(m_result); });
        return this;
    }

    // The source of the jitter, a number in [0, 1); tests make it fixed.
    void setRandomSource(std::function<double()> random);

Q_SIGNALS:
    void finished();
    // A failed attempt will be repeated after delayMs; nextAttempt counts from 1.
    void retrying(int nextAttempt, qint64 delayMs, const ctct::ApiResult &failure);
    void downloadProgress(qint64 received, qint64 total);

private:
    // Why the job aborted a reply itself, besides a cancel.
    enum class Abort { None, Deadline, TooLarge };

    void sendAttempt();
    void checkSize(qint64 received);
    void onDeadline();
    void onReplyFinished();
    ApiResult resultOf(QNetworkReply *reply) const;
    QString deadlineMessage() const;
    void finish(const ApiResult &result);

    QPointer<AccessManager> m_access;
    ApiRequest m_request;
    RetryPolicy m_retry;
    std::function<double()> m_random;
    QNetworkReply *m_reply = nullptr;
    QTimer m_retryTimer;
    QTimer m_deadlineTimer;
    QElapsedTimer m_elapsed;
    QStringList m_tlsErrors;
    ApiResult m_result;
    qint64 m_maxBytes = 0;
    Abort m_abort = Abort::None;
    int m_attempts = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_abortedByUs = false;
};

} // namespace ctct
