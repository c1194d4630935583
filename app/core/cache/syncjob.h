// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Brings an AccountStore up to date with the server (issue 12):
// - the first time (or with Full), a full sync: the lists, every contact page, each list's
//   members, then the campaigns. It is resumable: the store keeps where it stopped
//   (SyncState::fullSyncCursor), so a cancelled or crashed sync continues there;
// - after that, incremental: the lists (a page), the contacts changed since the last sync through
//   updatedsince for each list type (active, removed, do-not-mail) and for each list, so status
//   and membership changes both arrive (a changed contact's lists are those whose query returned
//   it); a list whose ContactCount disagrees with the store's members is walked again; then the
//   campaigns.
// Campaigns, in both: the collection (a page or two); the full entry of each campaign that is new,
// changed, or went out within the API's 90 days; and of each feed whose entry count exceeds what
// the store holds, the events from where the last fetch stopped. Events stay in the store after
// the server has forgotten them.
// `since` is always the server's time (a feed's <updated>), never the local clock. Every page is
// applied in one store transaction as it arrives. progress() after each page, finished() exactly
// once (result(): None, Canceled, or the request that failed; the store keeps what was applied
// before it). Never blocks: requests are ApiJobs, writes are a page at a time.

#include "api/apierror.h"
#include "api/operations.h"
#include "cache/accountstore.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace ctct::cache {

// What a sync changed, for `ctct sync` and the status bar.
struct SyncSummary
{
    bool full = false;
    bool resumed = false;    // a full sync that continued where an earlier one stopped
    int requests = 0;        // HTTP requests sent (retries included)
    int contactsAdded = 0;   // ids the store did not have
    int contactsChanged = 0; // ids it had whose fields changed
    int membershipChanges = 0;
    int listsAdded = 0;
    int listsRemoved = 0;
    int listsRewalked = 0; // lists whose members were fetched again because the counts disagreed
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

    // Starts; nothing is emitted before the caller returns to the event loop.
    void start();
    // Aborts the request in flight; finished() follows before cancel() returns, with Canceled.
    void cancel();

    bool isRunning() const;
    bool isFull() const { return m_summary.full; }
    const ApiResult &result() const { return m_result; }
    const SyncSummary &summary() const { return m_summary; }
    // The failure says the server cannot be reached (network, timeout, 5xx after retries):
    // the app goes offline and tries again later.
    bool failedOffline() const { return !m_storeFailed && isOfflineFailure(m_result.error); }
    // The local copy could not be written (the result's message says why).
    bool storeFailed() const { return m_storeFailed; }
    static bool isOfflineFailure(ApiError error);

Q_SIGNALS:
    // done of total steps (0 total: not known yet); what: a sentence for the progress panel.
    void progress(qint64 done, qint64 total, const QString &what);
    void finished();

private:
    struct Private;
    std::unique_ptr<Private> d;
    QPointer<AccountStore> m_store;
    ApiResult m_result;
    SyncSummary m_summary;
    bool m_storeFailed = false;
};

} // namespace ctct::cache
