// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sends an import plan (importing/importplan.h) to the account: its batches one after another —
// the API takes one upload at a time (decision 13) — each as one activity, read from the user's
// file on a worker thread just before it is sent, and follows every activity to its end with
// an ActivityTracker. The server's per-line errors come back against the user's file lines, and
// the totals account for every row of the file:
//   rows = accepted + rejected before sending + rejected by the server + not sent + unconfirmed.
// The app's import wizard and `ctct activities import` both send imports through it.

#include "api/apierror.h"
#include "api/operations.h"
#include "importing/importplan.h"

#include <QObject>

#include <chrono>
#include <memory>

namespace ctct {

class ActivityTracker;

class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    struct Options
    {
        bool multipart = true; // false: form-encoded bodies
        bool follow = true;    // false: finished once every activity is created
        std::chrono::milliseconds firstPoll{500};
        std::chrono::milliseconds maxPoll{10000};
    };

    ImportJob(const Operations &operations, QString path, importing::ImportPlan plan, QString activityType,
              QStringList listUris, Options options, QObject *parent = nullptr);
    ImportJob(const Operations &operations, QString path, importing::ImportPlan plan, QString activityType,
              QStringList listUris, QObject *parent = nullptr)
        : ImportJob(operations, std::move(path), std::move(plan), std::move(activityType), std::move(listUris),
                    Options{}, parent)
    {}
    ~ImportJob() override;

    void start();
    // No batch after the one in flight; the activities already created are still followed.
    void cancel();
    // After a refused POST (canRetry()): sends that batch again, then goes on with the rest.
    void retry();

    const importing::ImportPlan &plan() const;
    const QString &path() const { return m_path; }
    const QString &activityType() const { return m_type; }
    const QList<Activity> &activities() const { return m_activities; }
    int batches() const { return int(plan().batches.size()); }
    int batchesSent() const { return int(m_activities.size()); }
    int activitiesFinished() const { return m_followed; }

    // The totals (final once isFinished()).
    qsizetype rows() const { return plan().rows; }
    qsizetype rowsSent() const { return m_sent; }
    qsizetype accepted() const { return m_accepted; }
    qsizetype rejectedBeforeSending() const { return plan().rejected.size(); }
    const QList<importing::RowProblem> &serverRejected() const { return m_serverRejected; }
    qsizetype notSent() const { return plan().valid() - m_sent; }
    // Sent, but the server's verdict is not known: not followed, or following failed.
    qsizetype unconfirmed() const { return m_sent - m_accepted - m_serverRejected.size(); }

    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    bool wasCancelled() const { return m_cancelled; }
    // Why sending stopped before the end: a refused POST, or the file could not be read again.
    const ApiResult &failure() const { return m_failure; }
    const QString &readError() const { return m_readError; }
    bool canRetry() const { return m_finished && m_pending != nullptr; }
    // A poll of an activity failed (after the tracker's retries): its rows are unconfirmed.
    const ApiResult &followFailure() const { return m_followFailure; }

Q_SIGNALS:
    void progress(int batchesSent, int batches);
    void activityCreated(const ctct::Activity &activity);
    // Every poll of a followed activity (its status).
    void activityProgressed(const ctct::Activity &activity);
    // COMPLETE or ERROR, with the server's row errors against the file's lines.
    void activityFinished(const ctct::Activity &activity, const QList<ctct::importing::RowProblem> &rejected);
    void finished();

private:
    struct Shared;
    struct Sent
    {
        importing::LineMap lines;
        qsizetype rows = 0;
    };

    void readNext();
    void send(std::shared_ptr<importing::ActivityUpload> upload);
    void follow(qsizetype index);
    void onFollowed(qsizetype index, const Activity &activity);
    void finishIfDone();

    Operations m_operations;
    QString m_path;
    QString m_type;
    Options m_options;
    std::shared_ptr<Shared> m_shared;
    QList<Activity> m_activities;
    QList<Sent> m_sentBatches;
    QList<importing::RowProblem> m_serverRejected;
    std::unique_ptr<importing::ActivityUpload> m_pending; // a batch the server refused
    ApiResult m_failure;
    ApiResult m_followFailure;
    QString m_readError;
    qsizetype m_sent = 0;
    qsizetype m_accepted = 0;
    int m_followed = 0;
    int m_following = 0;
    bool m_started = false;
    bool m_sending = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace ctct
