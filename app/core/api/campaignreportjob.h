// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fetches what a campaign report needs (design.md §4 Report): the campaign entry, then its six
// event feeds (api-contract §6.2) with pageSize=200, all at once, then aggregates them
// (reporting::aggregate) on a worker thread, so a campaign of 100,000 sends never stalls the
// window. The entry arrives first (entryLoaded(): its own counts can be shown at once), then
// progress() after every page, then finished() exactly once: with the report, a failure (the
// first request that failed; the others are canceled), or Canceled. Beside MembershipJob and
// OptOutJob; the GUI and `ctct campaigns report` both run it.
//
// With the local copy of the account (setStore()), the events come from it: only the feeds whose
// entry count exceeds what it holds are fetched, from where the last fetch stopped, and what they
// bring goes into it, so a report stays complete after the server's 90 days. When the server
// cannot be reached, the report is made from the local copy alone (report().offline); with
// offlineOnly (`ctct campaigns report --offline`) nothing is asked of the server at all.

#include "api/apierror.h"
#include "api/operations.h"
#include "reporting/campaignreport.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <memory>

template<typename T>
class QFutureWatcher;

namespace ctct::cache {
class AccountStore;
}

namespace ctct {

// A finished report with the events behind it (for drill-downs). Shared and immutable: the
// worker thread writes it once, then everyone reads it.
struct CampaignReportData
{
    Campaign campaign;
    QByteArray campaignXml; // the entry as the server sent it
    reporting::EventSet events;
    reporting::CampaignReport report;
};

class CampaignReportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignReportJob)

public:
    static constexpr int PageSize = 200;

    CampaignReportJob(const Operations &operations, const QString &campaignId, QObject *parent = nullptr);
    ~CampaignReportJob() override;

    // The zone of the timeline (default: the system's). Set before start().
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // The local copy to read and keep the events in (nullptr: none). Set before start().
    void setStore(cache::AccountStore *store, bool offlineOnly = false);
    void start();
    // Aborts every request (or ignores the aggregation under way); finished() follows before
    // cancel() returns, with ApiError::Canceled.
    void cancel();

    QString campaignId() const { return m_campaignId; }
    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    bool hasEntry() const { return m_hasEntry; }
    // After entryLoaded().
    const Campaign &campaign() const { return m_data->campaign; }
    // The report of the entry alone (before the feeds are in), then the full one.
    reporting::CampaignReport currentReport() const;
    // ok() once the report is complete; otherwise the failure or Canceled.
    const ApiResult &result() const { return m_result; }
    // After a successful finished().
    std::shared_ptr<const CampaignReportData> data() const { return m_done; }
    qint64 eventsFetched() const { return m_fetched; }
    int pagesFetched() const { return m_pages; }
    // The entries the feeds should hold, from the entry's counts (0 until it is in).
    qint64 eventsExpected() const;
    // Aggregation is under way (every page is in).
    bool isAggregating() const { return m_aggregating; }

Q_SIGNALS:
    void entryLoaded();
    void progress(qint64 fetched, qint64 expected);
    void finished();

private:
    void onEntry(const ApiResult &result);
    // The entry from the local copy instead (offline); false when it has none.
    bool useStoredEntry(const ApiResult &failure);
    void startFeeds();
    void onPage(CampaignEventKind kind);
    void onPagerFinished(CampaignEventKind kind);
    void maybeAggregate();
    void finish(const ApiResult &result);

    Operations m_operations;
    QString m_campaignId;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    std::shared_ptr<CampaignReportData> m_data = std::make_shared<CampaignReportData>();
    std::shared_ptr<const CampaignReportData> m_done;
    std::array<QPointer<Pager>, CampaignEventKindCount> m_pagers;
    std::array<bool, CampaignEventKindCount> m_feedDone{};
    QPointer<ApiJob> m_entryJob;
    QFutureWatcher<std::shared_ptr<CampaignReportData>> *m_watcher = nullptr;
    QPointer<cache::AccountStore> m_store;
    QString m_storePath;
    ApiResult m_result;
    qint64 m_fetched = 0;
    int m_pages = 0;
    bool m_hasEntry = false;
    bool m_started = false;
    bool m_aggregating = false;
    bool m_finished = false;
    bool m_offlineOnly = false;
    bool m_offline = false; // the server did not answer: the local copy alone
};

} // namespace ctct
