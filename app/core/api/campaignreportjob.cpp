// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignreportjob.h"

#include "api/apijob.h"

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

void CampaignReportJob::start()
{
    if (m_started)
        return;
    m_started = true;
    // The entry first (an unknown campaign ends here), then the six feeds at once.
    m_entryJob = m_operations.getCampaign(m_campaignId)->then(this, [this](const ApiResult &r) { onEntry(r); });
}

void CampaignReportJob::startFeeds()
{
    for (int k = 0; k < CampaignEventKindCount; ++k) {
        const auto kind = CampaignEventKind(k);
        TypedPager<CampaignEvent> *pager = m_operations.campaignEvents(m_campaignId, kind, PageSize, this);
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
    emit entryLoaded();
    emit progress(m_fetched, eventsExpected());
    startFeeds();
}

void CampaignReportJob::onPage(CampaignEventKind kind)
{
    auto *pager = static_cast<TypedPager<CampaignEvent> *>(m_pagers[size_t(kind)].data());
    if (!pager || m_finished)
        return;
    Page<CampaignEvent> page = pager->takePage();
    for (CampaignEvent &e : page.entries)
        keepReportFields(e);
    m_fetched += page.entries.size();
    ++m_pages;
    m_data->events[size_t(kind)].append(std::move(page.entries));
    emit progress(m_fetched, eventsExpected());
}

void CampaignReportJob::onPagerFinished(CampaignEventKind kind)
{
    Pager *pager = m_pagers[size_t(kind)];
    if (!pager || m_finished)
        return;
    if (!pager->result().ok()) {
        finish(pager->result());
        return;
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
    QThreadPool::globalInstance()->start([promise, data, zone = m_zone] {
        promise->start();
        data->report = reporting::aggregate(data->campaign, data->events, zone);
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
