// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignreportjob.h"

#include "api/apijob.h"
#include "cache/accountstore.h"
#include "cache/syncjob.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

namespace ctct {

namespace {

// What a report and its drill-downs read of an event; the rest (its own id, the campaign's id
// and name repeated in every entry) would only take memory.
void keepReportFields(CampaignEvent &e)
{
    e.id.clear();
    e.editLink.clear();
    e.updated = {};
    e.extra.clear();
    e.campaignId.clear();
    e.campaignName.clear();
}

ApiResult canceled()
{
    ApiResult r;
    r.error = ApiError::Canceled;
    r.message = QStringLiteral("canceled");
    return r;
}

} // namespace

CampaignReportJob::CampaignReportJob(const Operations &operations, const QString &campaignId, QObject *parent)
    : QObject(parent)
    , m_operations(operations)
    , m_campaignId(campaignId)
{}

CampaignReportJob::~CampaignReportJob()
{
    for (const QPointer<Pager> &p : m_pagers) {
        if (p)
            p->abandon();
    }
}

qint64 CampaignReportJob::eventsExpected() const
{
    if (!m_hasEntry)
        return 0;
    const Campaign &c = m_data->campaign;
    qint64 n = 0;
    for (const std::optional<qint64> &v : {c.sent, c.opens, c.clicks, c.bounces, c.forwards, c.optOuts})
        n += v.value_or(0);
    return n;
}

reporting::CampaignReport CampaignReportJob::currentReport() const
{
    if (m_done)
        return m_done->report;
    return reporting::fromEntry(m_data->campaign);
}

void CampaignReportJob::setStore(cache::AccountStore *store, bool offlineOnly)
{
    m_store = store;
    m_storePath = store ? store->path() : QString();
    m_offlineOnly = store && offlineOnly;
}

void CampaignReportJob::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_offlineOnly) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                ApiResult none;
                none.error = ApiError::Network;
                none.message = tr("not asked: offline");
                if (!m_finished && !useStoredEntry(none))
                    finish(none);
            },
            Qt::QueuedConnection);
        return;
    }
    // The entry first (an unknown campaign ends here), then the six feeds at once.
    m_entryJob = m_operations.getCampaign(m_campaignId)->then(this, [this](const ApiResult &r) { onEntry(r); });
}

bool CampaignReportJob::useStoredEntry(const ApiResult &failure)
{
    cache::AccountStore *store = m_store;
    if (!store || !cache::SyncJob::isOfflineFailure(failure.error))
        return false;
    const QByteArray xml = store->campaignXml(m_campaignId);
    atom::Parsed<Campaign> parsed = atom::readEntry<Campaign>(xml);
    if (xml.isEmpty() || !parsed.ok())
        return false;
    m_data->campaign = std::move(*parsed.value);
    m_data->campaignXml = xml;
    m_hasEntry = true;
    m_offline = true;
    emit entryLoaded();
    m_feedDone.fill(true);
    maybeAggregate();
    return true;
}

void CampaignReportJob::startFeeds()
{
    const std::array<qint64, CampaignEventKindCount> kept =
        m_store ? m_store->eventCounts(m_campaignId) : std::array<qint64, CampaignEventKindCount>{};
    const reporting::EntryCounts stated = reporting::entryCounts(m_data->campaign);
    for (int k = 0; k < CampaignEventKindCount; ++k) {
        const auto kind = CampaignEventKind(k);
        QString from;
        if (cache::AccountStore *store = m_store) {
            if (const std::optional<qint64> n = stated.of(kind); n && *n <= kept[size_t(k)]) {
                m_feedDone[size_t(k)] = true; // the local copy has every event the entry counts
                continue;
            }
            from = store->eventCursor(m_campaignId, kind);
        }
        TypedPager<CampaignEvent> *pager = from.isEmpty()
                                               ? m_operations.campaignEvents(m_campaignId, kind, PageSize, this)
                                               : new TypedPager<CampaignEvent>(m_operations.client(), QUrl(from), this);
        m_pagers[size_t(k)] = pager;
        connect(pager, &Pager::pageReady, this, [this, kind] { onPage(kind); });
        connect(pager, &Pager::finished, this, [this, kind] { onPagerFinished(kind); });
        pager->fetchAll();
    }
}

void CampaignReportJob::cancel()
{
    if (!m_started || m_finished)
        return;
    finish(canceled());
}

void CampaignReportJob::onEntry(const ApiResult &result)
{
    m_entryJob = nullptr;
    if (m_finished)
        return;
    if (!result.ok()) {
        if (!useStoredEntry(result))
            finish(result);
        return;
    }
    atom::Parsed<Campaign> parsed = parseEntry<Campaign>(result);
    if (!parsed.ok()) {
        finish(parseFailure(result, parsed.error.toString()));
        return;
    }
    m_data->campaign = std::move(*parsed.value);
    m_data->campaignXml = result.body;
    m_hasEntry = true;
    if (cache::AccountStore *store = m_store)
        store->storeCampaign(m_data->campaign, result.body);
    emit entryLoaded();
    emit progress(m_fetched, eventsExpected());
    startFeeds();
    maybeAggregate(); // every feed may be in the local copy already
}

void CampaignReportJob::onPage(CampaignEventKind kind)
{
    auto *pager = static_cast<TypedPager<CampaignEvent> *>(m_pagers[size_t(kind)].data());
    if (!pager || m_finished)
        return;
    Page<CampaignEvent> page = pager->takePage();
    m_fetched += page.entries.size();
    ++m_pages;
    if (cache::AccountStore *store = m_store) {
        // Into the local copy; the report reads them from there with the ones it had.
        if (store->addCampaignEvents(m_campaignId, page.entries) >= 0)
            store->setEventCursor(m_campaignId, kind, pager->currentUrl().toString());
    } else {
        for (CampaignEvent &e : page.entries)
            keepReportFields(e);
        m_data->events[size_t(kind)].append(std::move(page.entries));
    }
    emit progress(m_fetched, eventsExpected());
}

void CampaignReportJob::onPagerFinished(CampaignEventKind kind)
{
    Pager *pager = m_pagers[size_t(kind)];
    if (!pager || m_finished)
        return;
    if (!pager->result().ok()) {
        // With a local copy, a server that stopped answering leaves the report to what it has.
        if (!m_store || !cache::SyncJob::isOfflineFailure(pager->result().error)) {
            finish(pager->result());
            return;
        }
        m_offline = true;
    }
    m_feedDone[size_t(kind)] = true;
    maybeAggregate();
}

void CampaignReportJob::maybeAggregate()
{
    if (!m_hasEntry || m_aggregating || m_finished)
        return;
    for (bool done : m_feedDone) {
        if (!done)
            return;
    }
    m_aggregating = true;
    // The worker gets its own reference to the data; nothing here touches it until it is done.
    std::shared_ptr<CampaignReportData> data = m_data;
    auto promise = std::make_shared<QPromise<std::shared_ptr<CampaignReportData>>>();
    m_watcher = new QFutureWatcher<std::shared_ptr<CampaignReportData>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_finished)
            return;
        const QFuture<std::shared_ptr<CampaignReportData>> future = m_watcher->future();
        m_done = future.resultCount() > 0 ? future.result() : nullptr;
        m_aggregating = false;
        finish(ApiResult{});
    });
    m_watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start(
        [promise, data, zone = m_zone, path = m_storePath, id = m_campaignId, offline = m_offline] {
            promise->start();
            QDateTime since;
            if (!path.isEmpty()) {
                data->events = cache::AccountStore::readCampaignEvents(path, id);
                for (QList<CampaignEvent> &list : data->events) {
                    for (CampaignEvent &e : list) {
                        if (e.eventTime.isValid() && (!since.isValid() || e.eventTime < since))
                            since = e.eventTime;
                        keepReportFields(e);
                    }
                }
            }
            data->report = reporting::aggregate(data->campaign, data->events, zone);
            if (!path.isEmpty()) {
                reporting::CampaignReport &r = data->report;
                r.fromLocalCopy = true;
                r.dataSince = since;
                r.offline = offline;
                // Limited only when the copy lacks events the entry counts (older than it has kept).
                r.windowLimited = reporting::lacksEvents(r);
            }
            promise->addResult(data);
            promise->finish();
        });
}

void CampaignReportJob::finish(const ApiResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    if (ApiJob *job = m_entryJob)
        job->abandon();
    for (const QPointer<Pager> &p : m_pagers) {
        if (p && !p->atEnd())
            p->abandon();
    }
    if (!result.ok())
        m_done = nullptr;
    // The data now belongs to m_done (or to nobody): a new one in case someone reads campaign().
    if (!m_done) {
        auto fresh = std::make_shared<CampaignReportData>();
        fresh->campaign = m_data->campaign;
        m_data = fresh;
    }
    emit finished();
}

} // namespace ctct
