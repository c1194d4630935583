// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Brings an AccountStore up to date with the server (issue 12):
// - the first time (or with Full), a full sync: lists, every contact page, each list's members,
//   campaigns and their six event feeds. It is resumable: the store keeps where it stopped
//   (SyncState::fullSyncCursor), so a cancelled or crashed sync continues there;
// - after that, incremental: lists and campaigns again (a page or two), contacts changed since the
//   last sync through updatedsince for each list type (active, removed, do-not-mail) and for each
//   list, so status and membership changes both arrive, and the new events of each campaign's
//   feeds from where the last sync stopped.
// Every page is applied in one store transaction as it arrives. progress() after each page,
// finished() exactly once (result(): None, Canceled, or the request that failed; the store keeps
// what was applied before it). Never blocks: requests are ApiJobs, writes are a page at a time.

#include "api/apierror.h"
#include "api/operations.h"
#include "cache/accountstore.h"

#include <QObject>
#include <QPointer>

namespace ctct::cache {

// What a sync changed, for `ctct sync` and the status bar.
struct SyncSummary
{
    bool full = false;
    int requests = 0;        // HTTP requests made
    int contactsAdded = 0;   // ids the store did not have
    int contactsChanged = 0; // ids it had whose fields or lists changed
    int membershipChanges = 0;
    int listsAdded = 0;
    int listsRemoved = 0;
    int campaignsChanged = 0;
    int eventsAdded = 0;
    QDateTime serverTime; // the server's time at the start (becomes SyncState::lastSync)
};

class SyncJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncJob)

public:
    enum class Mode { Auto, Full }; // Auto: full when no full sync is done yet, else incremental

    SyncJob(AccountStore *store, const Operations &operations, Mode mode = Mode::Auto, QObject *parent = nullptr);
    ~SyncJob() override;

    void start();
    // Aborts the request in flight; finished() follows before cancel() returns, with Canceled.
    void cancel();

    bool isRunning() const;
    bool isFull() const;
    const ApiResult &result() const { return m_result; }
    const SyncSummary &summary() const { return m_summary; }
    // The failure says the server cannot be reached (network, timeout, 5xx after retries):
    // the app goes offline and tries again later.
    bool failedOffline() const;

Q_SIGNALS:
    // done of total steps (pages where known); what: a sentence for the progress panel.
    void progress(qint64 done, qint64 total, const QString &what);
    void finished();

private:
    struct Private;
    std::unique_ptr<Private> d;
    QPointer<AccountStore> m_store;
    ApiResult m_result;
    SyncSummary m_summary;
};

} // namespace ctct::cache
