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
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &ApiJob::onDeadline);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        // Destroyed while in flight (its owner went away): stop the transfer, say nothing.
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

ApiJob *ApiJob::setOwner(QObject *owner)
{
    if (!owner)
        return this;
    connect(owner, &QObject::destroyed, this, &ApiJob::abandon);
    return this;
}

void ApiJob::abandon()
{
    if (m_finished)
        return;        // the deferred delete is on its way
    m_finished = true; // nothing is emitted from here on
    m_retryTimer.stop();
    m_deadlineTimer.stop();
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    deleteLater();
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
    m_maxBytes = m_request.maxResponseBytes > 0 ? m_request.maxResponseBytes : m_access->maxResponseBytes();
    m_deadlineTimer.start(m_request.deadline.count() > 0 ? m_request.deadline : m_access->deadline());
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
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] { checkSize(0); });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        checkSize(received);
        if (m_reply)
            emit downloadProgress(received, total);
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the job reports ApiError::Tls with these.
        for (const QSslError &error : errors)
            m_tlsErrors.append(error.errorString());
        qCWarning(lcApiJob).noquote() << "TLS errors for" << AccessManager::redactedUrl(m_request.url) << ':'
                                      << m_tlsErrors.join(QStringLiteral("; "));
    });
}

void ApiJob::checkSize(qint64 received)
{
    if (!m_reply || m_finished || m_maxBytes <= 0)
        return;
    bool announced = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&announced);
    if (received <= m_maxBytes && !(announced && length > m_maxBytes))
        return;
    qCWarning(lcApiJob).noquote() << httpMethodName(m_request.method) << AccessManager::redactedUrl(m_request.url)
                                  << "response over the limit of" << m_maxBytes << "bytes (" << received << "received,"
                                  << (announced ? length : -1) << "announced): aborted";
    m_abort = Abort::TooLarge;
    m_reply->abort(); // finishes the reply, and onReplyFinished() the job
}

void ApiJob::onDeadline()
{
    if (m_finished)
        return;
    m_abort = Abort::Deadline;
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->abort(); // finishes the reply, and onReplyFinished() the job
        if (m_finished)
            return;
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    // Waiting for a retry: the last failure says what went wrong before.
    ApiResult r = m_result;
    r.url = m_request.url;
    r.error = ApiError::Timeout;
    const QString last = m_result.message.isEmpty() ? QString() : m_result.toString();
    r.message = last.isEmpty() ? deadlineMessage() : tr("%1 (last attempt: %2)").arg(deadlineMessage(), last);
    finish(r);
}

QString ApiJob::deadlineMessage() const
{
    return tr("No complete response from %1 within %2 s.")
        .arg(m_request.url.host(), QString::number(double(m_deadlineTimer.interval()) / 1000.0, 'g', 4));
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
    if (!m_abortedByUs && m_abort == Abort::TooLarge) {
        r.error = ApiError::TooLarge;
        r.body.clear();
    } else if (!m_abortedByUs && m_abort == Abort::Deadline) {
        r.error = ApiError::Timeout;
    }

    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    switch (r.error) {
    case ApiError::None:
        r.message = reason;
        break;
    case ApiError::Canceled:
        r.message = tr("Canceled.");
        break;
    case ApiError::Timeout: {
        if (m_abort == Abort::Deadline) {
            r.message = deadlineMessage();
            break;
        }
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
    case ApiError::TooLarge:
        r.message = tr("The response from %1 is larger than the limit of %2 MiB; it was not read.")
                        .arg(r.url.host(), QString::number(double(m_maxBytes) / double(1 << 20), 'g', 4));
        break;
    case ApiError::Redirect: {
        const QString where = r.location.isEmpty() ? tr("no address given") : AccessManager::redactedUrl(r.location);
        r.message =
            tr("The server answered %1 %2 and sent the request elsewhere (%3). Redirects are not followed, "
               "so credentials never go to another address: check the server address.")
                .arg(QString::number(r.httpStatus), reason.isEmpty() ? QStringLiteral("Redirect") : reason, where);
        break;
    }
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
    if (!m_abortedByUs && m_abort == Abort::None && m_retry.shouldRetry(m_request.method, r.error, retriesDone)) {
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
    m_deadlineTimer.stop();
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
