// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/accountcache.h"

#include "api/apiclient.h"
#include "platform/logging.h"

#include <QLocale>

namespace ctct::cache {

AccountCache::AccountCache(std::unique_ptr<AccountStore> store, const Operations &operations, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_operations(operations)
{
    m_store->setParent(nullptr);
    m_complete = m_store->syncState().fullSyncDone;
    connect(m_store.get(), &AccountStore::syncStateChanged, this, [this] {
        if (!m_complete && m_store->syncState().fullSyncDone) {
            m_complete = true;
            emit completed();
        }
    });
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { syncNow(); });
}

AccountCache::~AccountCache()
{
    if (SyncJob *job = m_job) {
        disconnect(job, nullptr, this, nullptr);
        delete job; // ends its request without a word
    }
    if (ApiClient *client = m_operations.client(); client && m_offline)
        client->setWritesRefused(std::nullopt);
}

QString AccountCache::path() const
{
    return m_store->path();
}

QDateTime AccountCache::lastSynced() const
{
    return m_store->syncState().lastComplete;
}

void AccountCache::syncNow(bool full)
{
    if (m_job) {
        m_again = true;
        return;
    }
    m_again = false;
    m_timer.stop();
    auto *job = new SyncJob(m_store.get(), m_operations, full ? SyncJob::Mode::Full : SyncJob::Mode::Auto, this);
    m_job = job;
    connect(job, &SyncJob::progress, this, &AccountCache::syncProgress);
    connect(job, &SyncJob::finished, this, &AccountCache::onFinished);
    job->start();
    emit syncStarted();
    emit stateChanged();
}

void AccountCache::cancelSync()
{
    if (SyncJob *job = m_job)
        job->cancel();
}

void AccountCache::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    if (!m_job)
        scheduleNext();
}

void AccountCache::onFinished()
{
    SyncJob *job = m_job;
    m_job = nullptr;
    if (!job)
        return;
    job->deleteLater();
    m_lastSummary = job->summary();
    m_lastFailure = job->result();
    if (job->result().ok()) {
        m_retryDelay = m_firstRetry;
        setOffline(false);
    } else if (job->failedOffline()) {
        qCInfo(lcCacheSync) << "offline:" << job->result().toString();
        setOffline(true);
    } else if (job->result().error == ApiError::Canceled) {
        m_lastFailure = {};
    }
    scheduleNext();
    emit syncFinished();
    emit stateChanged();
    if (std::exchange(m_again, false) && !m_offline && job->result().error != ApiError::Canceled)
        syncNow();
}

void AccountCache::scheduleNext()
{
    m_timer.stop();
    m_nextRetry = QDateTime();
    if (m_offline) {
        const auto delay = m_interval.count() > 0 ? std::min(m_retryDelay, m_interval) : m_retryDelay;
        m_timer.start(delay);
        m_nextRetry = QDateTime::currentDateTime().addMSecs(delay.count());
        m_retryDelay = std::min<std::chrono::milliseconds>(m_retryDelay * 2, DefaultInterval);
        return;
    }
    if (m_interval.count() > 0)
        m_timer.start(m_interval);
}

void AccountCache::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    ApiClient *client = m_operations.client();
    if (!client)
        return;
    if (!offline) {
        client->setWritesRefused(std::nullopt);
        return;
    }
    ApiResult refusal;
    refusal.error = ApiError::Network;
    const QDateTime synced = lastSynced();
    refusal.message =
        synced.isValid()
            ? tr("You are offline: the server did not answer (%1). Changes cannot be saved until it answers again; "
                 "what you see is the local copy of %2.")
                  .arg(m_lastFailure.message, QLocale().toString(synced.toLocalTime(), QLocale::ShortFormat))
            : tr("You are offline: the server did not answer (%1). Changes cannot be saved until it answers again.")
                  .arg(m_lastFailure.message);
    client->setWritesRefused(refusal);
}

QString AccountCache::statusText() const
{
    const QDateTime synced = lastSynced();
    const QString when =
        synced.isValid() ? QLocale().toString(synced.toLocalTime().time(), QLocale::ShortFormat) : QString();
    const QString whenLong =
        synced.isValid() ? QLocale().toString(synced.toLocalTime(), QLocale::ShortFormat) : QString();
    if (m_offline) {
        if (m_job)
            return tr("Offline, trying to reach the server…");
        return synced.isValid() ? tr("Offline — last synced at %1").arg(whenLong) : tr("Offline — not synced yet");
    }
    if (m_job)
        return m_job->isFull() ? tr("Copying the account…") : tr("Syncing…");
    if (!synced.isValid())
        return tr("Not synced yet");
    if (synced.date() == QDate::currentDate())
        return tr("Synced at %1").arg(when);
    return tr("Synced at %1").arg(whenLong);
}

} // namespace ctct::cache
