// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The local copy of the account in use, as the app lives with it (issue 12): the AccountStore and
// when it is brought up to date. A sync runs at once, on syncNow() (F5), and every few minutes
// while the app is open, always in the background (SyncJob). When the server cannot be reached
// (network down, timeouts, 5xx after the retries) the cache goes offline: the views keep showing
// the store, writes are refused at once by the client with one clear message instead of failing
// one by one, and a sync is tried again after 15 s, 30 s, 1 min … up to the interval; the first
// that succeeds brings the cache back online by itself.

#include "cache/syncjob.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

namespace ctct::cache {

class AccountCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountCache)

public:
    static constexpr std::chrono::minutes DefaultInterval{5};
    static constexpr std::chrono::seconds FirstRetry{15};

    // Takes the store; operations (the session's) must outlive the cache.
    AccountCache(std::unique_ptr<AccountStore> store, const Operations &operations, QObject *parent = nullptr);
    ~AccountCache() override;

    AccountStore *store() const { return m_store.get(); }
    QString path() const;

    // Starts a sync now; while one runs, another follows it (an edit made meanwhile may have
    // come too late for it). full: a new full sync from scratch. The periodic timer starts over
    // from the end of it.
    void syncNow(bool full = false);
    void cancelSync();
    // The time between syncs while the app is open (0: no periodic sync).
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    // The first wait before trying again while offline (it doubles up to the interval).
    void setFirstRetry(std::chrono::milliseconds delay) { m_firstRetry = m_retryDelay = delay; }

    bool isSyncing() const { return m_job != nullptr; }
    SyncJob *job() const { return m_job; }
    // A full sync has completed: the store holds the whole account.
    bool isComplete() const { return m_complete; }
    bool isOffline() const { return m_offline; }
    // The local time the last sync completed; invalid when none has.
    QDateTime lastSynced() const;
    // Why the last sync failed (ok() when it did not).
    const ApiResult &lastFailure() const { return m_lastFailure; }
    const SyncSummary &lastSummary() const { return m_lastSummary; }
    // When the next try is due while offline (invalid when online).
    QDateTime nextRetry() const { return m_nextRetry; }
    // "Synced at 14:05", "Syncing…", "Offline — last synced at 14:05": for the status bar.
    QString statusText() const;

Q_SIGNALS:
    void syncStarted();
    void syncProgress(qint64 done, qint64 total, const QString &what);
    void syncFinished();
    // The first full sync completed: the store holds the whole account from now on.
    void completed();
    // Offline or online, syncing or not, the last sync time: statusText() changed.
    void stateChanged();

private:
    void onFinished();
    void setOffline(bool offline);
    void scheduleNext();

    std::unique_ptr<AccountStore> m_store;
    Operations m_operations;
    QPointer<SyncJob> m_job;
    QTimer m_timer;
    std::chrono::milliseconds m_interval = DefaultInterval;
    std::chrono::milliseconds m_firstRetry = FirstRetry;
    std::chrono::milliseconds m_retryDelay = FirstRetry;
    ApiResult m_lastFailure;
    SyncSummary m_lastSummary;
    QDateTime m_nextRetry;
    bool m_offline = false;
    bool m_complete = false;
    bool m_again = false;
};

} // namespace ctct::cache
