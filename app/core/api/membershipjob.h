// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Adds contacts to a list or takes them off it, the way the API's usage rules ask (api-contract
// §10): fewer than 25 contacts one by one (GET, change the memberships, PUT the patched entry),
// 25 or more as one bulk activity (ADD_CONTACTS or REMOVE_CONTACTS_FROM_LISTS) followed to its
// end. Reports progress and a result with every contact that could not be changed and why.

#include "api/activitytracker.h"
#include "api/operations.h"

#include <QObject>
#include <QPointer>

namespace ctct {

struct MembershipTarget
{
    QString contactId;
    QString emailAddress; // needed for the activity path
};

struct MembershipFailure
{
    QString contactId;
    QString emailAddress;
    QString message;
};

class MembershipJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MembershipJob)

public:
    enum class Mode { Add, Remove };
    static constexpr int ActivityThreshold = 25;

    MembershipJob(const Operations &operations, Mode mode, const QString &listId, QList<MembershipTarget> contacts,
                  QObject *parent = nullptr);
    // Several lists at once (e.g. every list of the account, for "remove from all lists").
    MembershipJob(const Operations &operations, Mode mode, const QStringList &listIds, QList<MembershipTarget> contacts,
                  QObject *parent = nullptr);
    ~MembershipJob() override;

    // Tests shorten the activity polling.
    void setPollIntervals(std::chrono::milliseconds first, std::chrono::milliseconds max);
    void start();
    // Stops after the request in flight; finished() follows with what was done so far.
    void cancel();

    bool usesActivity() const { return m_contacts.size() >= ActivityThreshold; }
    int succeeded() const { return m_succeeded; }
    const QList<MembershipFailure> &failures() const { return m_failures; }
    bool wasCanceled() const { return m_canceled; }
    const Activity &activity() const { return m_activity; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    void nextContact();
    void runActivity();
    void finish();

    Operations m_operations;
    Mode m_mode;
    QStringList m_listUris;
    QList<MembershipTarget> m_contacts;
    qsizetype m_next = 0;
    int m_succeeded = 0;
    QList<MembershipFailure> m_failures;
    QPointer<ActivityTracker> m_tracker;
    Activity m_activity;
    std::chrono::milliseconds m_pollFirst{500};
    std::chrono::milliseconds m_pollMax{10000};
    bool m_canceled = false;
    bool m_finished = false;
};

} // namespace ctct
