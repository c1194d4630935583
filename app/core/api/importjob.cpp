// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "api/activitytracker.h"
#include "api/apijob.h"
#include "platform/worker.h"

#include <atomic>

namespace ctct {

using importing::ActivityUpload;
using importing::RowProblem;

// What the worker thread reads with: the plan, and the source made from it on first use.
struct ImportJob::Shared
{
    QString path;
    importing::ImportPlan plan;
    QString type;
    QStringList lists;
    std::unique_ptr<importing::UploadSource> source;
};

namespace {

struct NextBatch
{
    std::shared_ptr<ActivityUpload> upload; // null: no more, or the error below
    QString error;
};

} // namespace

ImportJob::ImportJob(const Operations &operations, QString path, importing::ImportPlan plan, QString activityType,
                     QStringList listUris, Options options, QObject *parent)
    : QObject(parent)
    , m_operations(operations)
    , m_path(std::move(path))
    , m_type(std::move(activityType))
    , m_options(options)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->path = m_path;
    m_shared->plan = std::move(plan);
    m_shared->type = m_type;
    m_shared->lists = std::move(listUris);
}

ImportJob::~ImportJob() = default;

const importing::ImportPlan &ImportJob::plan() const
{
    return m_shared->plan;
}

void ImportJob::start()
{
    if (m_started)
        return;
    m_started = true;
    emit progress(0, batches());
    readNext();
}

void ImportJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    // Nothing more is sent; what is followed goes on (finishIfDone() waits for it).
    if (!m_sending)
        finishIfDone();
}

void ImportJob::retry()
{
    if (!canRetry())
        return;
    m_finished = false;
    m_failure = {};
    std::unique_ptr<ActivityUpload> upload = std::move(m_pending);
    send(std::make_shared<ActivityUpload>(std::move(*upload)));
}

void ImportJob::readNext()
{
    if (m_cancelled) {
        m_sending = false;
        finishIfDone();
        return;
    }
    m_sending = true;
    runInWorker(
        this,
        [shared = m_shared] {
            if (!shared->source)
                shared->source =
                    std::make_unique<importing::UploadSource>(shared->path, shared->plan, shared->type, shared->lists);
            NextBatch next;
            if (std::optional<ActivityUpload> upload = shared->source->next())
                next.upload = std::make_shared<ActivityUpload>(std::move(*upload));
            else
                next.error = shared->source->error();
            return next;
        },
        [this](NextBatch next) {
            if (!next.upload) {
                m_readError = next.error;
                m_sending = false;
                finishIfDone();
                return;
            }
            send(std::move(next.upload));
        });
}

void ImportJob::send(std::shared_ptr<ActivityUpload> upload)
{
    m_sending = true;
    m_operations.createUpload(*upload, m_options.multipart)->then(this, [this, upload](const ApiResult &result) {
        const atom::Parsed<Activity> parsed = result.ok() ? parseEntry<Activity>(result) : atom::Parsed<Activity>{};
        if (!result.ok() || !parsed.ok()) {
            m_failure = result.ok() ? parseFailure(result, parsed.error.toString()) : result;
            m_pending = std::make_unique<ActivityUpload>(std::move(*upload));
            m_sending = false;
            finishIfDone();
            return;
        }
        const qsizetype index = m_activities.size();
        m_activities.append(*parsed.value);
        m_sentBatches.append(Sent{upload->lineMap(), upload->rows.size()});
        m_sent += upload->rows.size();
        emit activityCreated(*parsed.value);
        emit progress(batchesSent(), batches());
        if (m_options.follow)
            follow(index);
        readNext();
    });
}

void ImportJob::follow(qsizetype index)
{
    auto *tracker = new ActivityTracker(m_operations, m_activities[index].id, this);
    tracker->setIntervals(m_options.firstPoll, m_options.maxPoll);
    ++m_following;
    connect(tracker, &ActivityTracker::progressed, this, [this, index](const Activity &a) {
        m_activities[index] = a;
        emit activityProgressed(a);
    });
    connect(tracker, &ActivityTracker::finished, this, [this, index, tracker](const Activity &a) {
        tracker->deleteLater();
        onFollowed(index, a);
    });
    connect(tracker, &ActivityTracker::failed, this, [this, tracker](const ApiResult &r) {
        tracker->deleteLater();
        m_followFailure = r;
        --m_following;
        finishIfDone();
    });
    tracker->start();
}

void ImportJob::onFollowed(qsizetype index, const Activity &activity)
{
    m_activities[index] = activity;
    const Sent &sent = m_sentBatches[index];
    QList<RowProblem> rejected;
    rejected.reserve(activity.errors.size());
    for (const ActivityError &e : activity.errors) {
        RowProblem p;
        p.line = e.lineNumber ? sent.lines.sourceLineOf(*e.lineNumber) : 0;
        p.emailAddress = e.emailAddress;
        p.message = e.message;
        rejected.append(p);
    }
    // An activity in ERROR without row errors took none of its rows.
    if (activity.statusValue() == ActivityStatus::Error && rejected.isEmpty()) {
        for (qsizetype line : sent.lines.sourceLines) {
            RowProblem p;
            p.line = line;
            p.message = tr("the server ended the activity in ERROR");
            rejected.append(p);
        }
    }
    const qsizetype refused = std::min(sent.rows, rejected.size());
    m_accepted += sent.rows - refused;
    m_serverRejected.append(rejected.mid(0, refused));
    ++m_followed;
    --m_following;
    emit activityFinished(activity, rejected);
    finishIfDone();
}

void ImportJob::finishIfDone()
{
    if (m_finished || m_sending || m_following > 0)
        return;
    m_finished = true;
    emit finished();
}

} // namespace ctct
