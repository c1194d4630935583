// SPDX-License-Identifier: GPL-3.0-or-later
#include "apijob.h"

#include "api/accessmanager.h"
#include "platform/logging.h"

#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>

namespace ctct {

ApiJob::ApiJob(AccessManager *access, const ApiRequest &request, const RetryPolicy &retry, QObject *parent)
    : QObject(parent)
    , m_access(access)
    , m_request(request)
    , m_retry(retry)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::sendAttempt);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        // Destroyed while in flight (its owner went away): stop the transfer, say nothing.
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ApiJob::setRandomSource(std::function<double()> random)
{
    m_random = std::move(random);
}

void ApiJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_elapsed.start();
    if (!m_access) {
        // Fail on the next turn of the event loop, like a reply would, so callers connected
        // after start() still hear about it.
        QTimer::singleShot(0, this, [this] {
            if (m_finished)
                return;
            ApiResult r;
            r.error = ApiError::Network;
            r.url = m_request.url;
            r.message = tr("No network access manager for this request.");
            finish(r);
        });
        return;
    }
    sendAttempt();
}

void ApiJob::refuse(const ApiResult &failure)
{
    if (m_started)
        return;
    m_started = true;
    m_elapsed.start();
    ApiResult r = failure;
    r.url = m_request.url;
    qCWarning(lcApiJob).noquote() << httpMethodName(m_request.method) << AccessManager::redactedUrl(m_request.url)
                                  << "not sent:" << r.toString();
    QTimer::singleShot(0, this, [this, r] { finish(r); });
}

void ApiJob::sendAttempt()
{
    if (m_finished)
        return;
    if (!m_access) {
        ApiResult r = m_result;
        r.error = ApiError::Network;
        r.message = tr("The account's network access manager went away.");
        finish(r);
        return;
    }
    ++m_attempts;
    m_tlsErrors.clear();

    QNetworkRequest request(m_request.url);
    request.setRawHeader("Accept",
                         m_request.accept.isEmpty() ? QByteArrayLiteral("application/atom+xml") : m_request.accept);
    if (!m_request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    if (m_request.timeout.count() > 0)
        request.setTransferTimeout(static_cast<int>(m_request.timeout.count()));

    switch (m_request.method) {
    case HttpMethod::Get:
        m_reply = m_access->get(request);
        break;
    case HttpMethod::Post:
        m_reply = m_access->post(request, m_request.body);
        break;
    case HttpMethod::Put:
        m_reply = m_access->put(request, m_request.body);
        break;
    case HttpMethod::Delete:
        m_reply = m_access->deleteResource(request);
        break;
    }
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiJob::downloadProgress);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the job reports ApiError::Tls with these.
        for (const QSslError &error : errors)
            m_tlsErrors.append(error.errorString());
        qCWarning(lcApiJob).noquote() << "TLS errors for" << AccessManager::redactedUrl(m_request.url) << ':'
                                      << m_tlsErrors.join(QStringLiteral("; "));
    });
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    m_abortedByUs = true;
    m_retryTimer.stop();
    if (m_reply) {
        // Qt answers abort() with OperationCanceledError, as it does an expired transfer
        // timeout; m_abortedByUs is what makes this one a cancel.
        m_reply->abort();
    }
    if (!m_finished) {
        // Not started yet, waiting for a retry, or a reply that does not finish on abort().
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->deleteLater();
            m_reply = nullptr;
        }
        ApiResult r = m_result;
        r.error = ApiError::Canceled;
        r.url = m_request.url;
        r.networkError = QNetworkReply::OperationCanceledError;
        r.message = tr("Canceled.");
        r.attempts = m_attempts;
        finish(r);
    }
}

ApiResult ApiJob::resultOf(QNetworkReply *reply) const
{
    ApiResult r;
    r.url = m_request.url;
    r.attempts = m_attempts;
    r.networkError = reply->error();
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen()) // Qt closes an aborted reply
        r.body = reply->readAll();
    r.contentType = reply->rawHeader("Content-Type");
    const QByteArray location = reply->rawHeader("Location");
    if (!location.isEmpty())
        r.location = m_request.url.resolved(QUrl::fromEncoded(location));
    r.error = classifyReply(r.networkError, r.httpStatus, m_abortedByUs);

    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    switch (r.error) {
    case ApiError::None:
        r.message = reason;
        break;
    case ApiError::Canceled:
        r.message = tr("Canceled.");
        break;
    case ApiError::Timeout: {
        const int ms = reply->request().transferTimeout();
        r.message =
            ms > 0 ? tr("No response from %1 within %2 s.").arg(r.url.host()).arg(QString::number(ms / 1000.0, 'g', 3))
                   : tr("No response from %1 in time.").arg(r.url.host());
        break;
    }
    case ApiError::Tls:
        r.message = m_tlsErrors.isEmpty()
                        ? reply->errorString()
                        : reply->errorString() + QStringLiteral(" (") + m_tlsErrors.join(QStringLiteral("; ")) + u')';
        break;
    case ApiError::Network:
        r.message = reply->errorString();
        break;
    default:
        r.message = serverMessage(r.body, r.contentType, reason, r.httpStatus);
        break;
    }
    return r;
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    if (!reply)
        return;
    reply->disconnect(this);
    reply->deleteLater();
    if (m_finished)
        return;

    const ApiResult r = resultOf(reply);
    const int retriesDone = m_attempts - 1;
    if (!m_abortedByUs && m_retry.shouldRetry(m_request.method, r.error, retriesDone)) {
        const auto delay = m_retry.delayBefore(retriesDone + 1, m_random ? m_random() : 0.5);
        qCDebug(lcApiJob).noquote() << httpMethodName(m_request.method) << AccessManager::redactedUrl(r.url)
                                    << "failed:" << r.toString() << "- retry" << retriesDone + 1 << "of"
                                    << m_retry.maxRetries << "in" << delay.count() << "ms";
        m_result = r;
        emit retrying(m_attempts + 1, delay.count(), r);
        if (m_finished) // canceled from a slot connected to retrying()
            return;
        m_retryTimer.start(delay);
        return;
    }
    finish(r);
}

void ApiJob::finish(const ApiResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    m_result = result;
    m_result.attempts = m_attempts;
    qCDebug(lcApiJob).noquote() << httpMethodName(m_request.method) << AccessManager::redactedUrl(m_request.url) << "->"
                                << (m_result.ok() ? QStringLiteral("HTTP %1").arg(m_result.httpStatus)
                                                  : m_result.toString())
                                << QStringLiteral("(%1 ms, %2 attempt(s), %3 bytes)")
                                       .arg(m_elapsed.isValid() ? m_elapsed.elapsed() : 0)
                                       .arg(m_attempts)
                                       .arg(m_result.body.size());
    emit finished();
    deleteLater();
}

} // namespace ctct
