// SPDX-License-Identifier: GPL-3.0-or-later
#include "pager.h"

#include "api/accessmanager.h"
#include "api/apiclient.h"
#include "api/apijob.h"
#include "platform/logging.h"

namespace ctct {

Pager::Pager(ApiClient *client, const QUrl &firstPage, Parser parser, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_parser(std::move(parser))
    , m_next(firstPage)
{}

Pager::~Pager()
{
    if (ApiJob *job = m_job)
        job->abandon();
}

void Pager::abandon()
{
    m_ended = true;
    m_fetchAll = false;
    if (ApiJob *job = std::exchange(m_job, nullptr))
        job->abandon();
    deleteLater();
}

ApiClient *Pager::client() const
{
    return m_client;
}

bool Pager::canFetchMore() const
{
    return !m_ended && !m_job && !m_next.isEmpty();
}

bool Pager::isFetching() const
{
    return m_job != nullptr;
}

bool Pager::fetchNext()
{
    if (!canFetchMore())
        return false;
    if (!m_client) {
        ApiResult r;
        r.error = ApiError::Network;
        r.url = m_next;
        r.message = tr("The account's API client went away.");
        emit failed(r);
        end(r);
        return false;
    }
    m_seen.insert(m_next);
    qCDebug(lcApiPager).noquote() << "fetching page" << m_pages << AccessManager::redactedUrl(m_next);
    ApiJob *job = m_client->get(m_next);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] { onJobFinished(job); });
    return true;
}

void Pager::fetchAll()
{
    m_fetchAll = true;
    fetchNext();
}

void Pager::stop()
{
    m_fetchAll = false;
}

void Pager::cancel()
{
    if (m_ended)
        return;
    m_fetchAll = false;
    if (ApiJob *job = std::exchange(m_job, nullptr))
        job->abandon(); // the pager says it below, once
    ApiResult r;
    r.error = ApiError::Canceled;
    r.url = m_next;
    r.message = tr("Canceled.");
    end(r);
}

void Pager::onJobFinished(ApiJob *job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    const ApiResult &r = job->result();
    if (!r.ok()) {
        if (r.error == ApiError::Canceled) { // canceled by someone holding the job
            end(r);
            return;
        }
        m_fetchAll = false;
        const QPointer<Pager> self(this);
        emit failed(r);
        if (self)
            end(r);
        return;
    }

    const PageInfo info = m_parser ? m_parser(r.body) : PageInfo{false, tr("no parser"), {}, 0};
    if (!info.ok) {
        m_fetchAll = false;
        const ApiResult failure = parseFailure(r, info.error);
        const QPointer<Pager> self(this);
        emit failed(failure);
        if (self)
            end(failure);
        return;
    }

    m_current = r.url;
    m_result = r;
    QUrl next;
    if (!info.next.isEmpty()) {
        // Absolute, path-absolute and relative forms all resolve against the page's URL; an
        // absolute link to another host (ids and links in XML name the production host even
        // on the sandbox) is brought back to the configured server with its path and query.
        next = m_client ? m_client->onServer(m_current.resolved(QUrl(info.next, QUrl::TolerantMode)))
                        : m_current.resolved(QUrl(info.next, QUrl::TolerantMode));
        if (m_seen.contains(next)) {
            m_fetchAll = false;
            const ApiResult failure =
                parseFailure(r, tr("the next link (%1) points to a page already fetched").arg(info.next));
            const QPointer<Pager> self(this);
            emit failed(failure);
            if (self)
                end(failure);
            return;
        }
    }
    m_next = next;
    const int index = m_pages++;
    m_entries += info.entries;
    qCDebug(lcApiPager).noquote() << "page" << index << "with" << info.entries << "entries; next:"
                                  << (m_next.isEmpty() ? QStringLiteral("none") : AccessManager::redactedUrl(m_next));

    const QPointer<Pager> self(this);
    emit pageReady(index);
    if (!self || m_ended)
        return;
    if (m_next.isEmpty()) {
        end(r);
        return;
    }
    if (m_fetchAll)
        fetchNext();
}

void Pager::end(const ApiResult &result)
{
    if (m_ended)
        return;
    m_ended = true;
    m_fetchAll = false;
    m_result = result;
    m_next = QUrl();
    emit finished();
}

} // namespace ctct
