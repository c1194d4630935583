// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeaccessmanager.h"

#include <cstring>

namespace ctct::test {

namespace {

QByteArray standardReason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return {};
    }
}

} // namespace

FakeResponse FakeResponse::payload(const QByteArray &body, int status, const QByteArray &contentType)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    if (!contentType.isEmpty())
        r.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    return r;
}

FakeResponse FakeResponse::httpError(int status, const QString &message)
{
    return httpErrorBody(status, QStringLiteral("Error %1: %2").arg(status).arg(message).toUtf8(),
                         QByteArrayLiteral("text/plain; charset=utf-8"));
}

FakeResponse FakeResponse::httpErrorBody(int status, const QByteArray &body, const QByteArray &contentType)
{
    return payload(body, status, contentType);
}

FakeResponse FakeResponse::networkError(QNetworkReply::NetworkError error, const QString &errorString)
{
    FakeResponse r;
    r.status = 0;
    r.error = error;
    r.errorString = errorString.isEmpty() ? QStringLiteral("Fake network error %1").arg(int(error)) : errorString;
    return r;
}

FakeResponse FakeResponse::hang()
{
    FakeResponse r;
    r.kind = Kind::Hang;
    return r;
}

FakeResponse FakeResponse::trickle(const QByteArray &chunk, std::chrono::milliseconds interval)
{
    FakeResponse r;
    r.kind = Kind::Trickle;
    r.body = chunk;
    r.interval = interval;
    return r;
}

FakeResponse FakeResponse::delayed(std::chrono::milliseconds by) const
{
    FakeResponse r = *this;
    r.delay = by;
    return r;
}

FakeResponse FakeResponse::withHeader(const QByteArray &name, const QByteArray &value) const
{
    FakeResponse r = *this;
    r.headers.append({name, value});
    return r;
}

FakeResponse FakeResponse::cutOff() const
{
    FakeResponse r = *this;
    r.error = QNetworkReply::RemoteHostClosedError;
    r.errorString = QStringLiteral("Connection closed");
    return r;
}

FakeReply::FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, const FakeResponse &response,
                     QObject *parent)
    : QNetworkReply(parent)
    , m_response(response)
{
    setOperation(op);
    setRequest(request);
    setUrl(request.url());
    open(QIODevice::ReadOnly);

    m_deliverTimer.setSingleShot(true);
    m_timeoutTimer.setSingleShot(true);
    connect(&m_deliverTimer, &QTimer::timeout, this, &FakeReply::deliver);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &FakeReply::timeOut);
    connect(&m_trickleTimer, &QTimer::timeout, this, &FakeReply::deliverChunk);

    // Like Qt, a transfer that makes no progress for transferTimeout() ms is aborted.
    if (request.transferTimeout() > 0)
        m_timeoutTimer.start(request.transferTimeout());
    if (m_response.kind != FakeResponse::Kind::Hang)
        m_deliverTimer.start(m_response.delay);
}

FakeReply::~FakeReply() = default;

QNetworkReply::NetworkError FakeReply::errorForStatus(int status)
{
    switch (status) {
    case 400:
        return ProtocolInvalidOperationError;
    case 401:
        return AuthenticationRequiredError;
    case 403:
        return ContentAccessDenied;
    case 404:
        return ContentNotFoundError;
    case 405:
        return ContentOperationNotPermittedError;
    case 407:
        return ProxyAuthenticationRequiredError;
    case 409:
        return ContentConflictError;
    case 410:
        return ContentGoneError;
    case 418:
        return ProtocolInvalidOperationError;
    case 500:
        return InternalServerError;
    case 501:
        return OperationNotImplementedError;
    case 503:
        return ServiceUnavailableError;
    default:
        break;
    }
    if (status > 500)
        return UnknownServerError;
    if (status >= 400)
        return UnknownContentError;
    return NoError;
}

void FakeReply::deliver()
{
    if (isFinished())
        return;
    if (m_response.kind == FakeResponse::Kind::Trickle) {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 200);
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, QStringLiteral("OK"));
        for (const auto &[name, value] : std::as_const(m_response.headers))
            setRawHeader(name, value);
        emit metaDataChanged();
        m_trickleTimer.start(m_response.interval);
        return;
    }
    m_timeoutTimer.stop();
    if (m_response.status > 0) {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        const QByteArray reason = m_response.reason.isEmpty() ? standardReason(m_response.status) : m_response.reason;
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, QString::fromLatin1(reason));
        for (const auto &[name, value] : std::as_const(m_response.headers))
            setRawHeader(name, value);
        m_buffer = m_response.body;
        emit metaDataChanged();
        if (!m_buffer.isEmpty()) {
            emit readyRead();
            emit downloadProgress(m_buffer.size(), m_buffer.size());
        }
    }
    NetworkError code = m_response.error;
    QString text = m_response.errorString;
    if (code == NoError && m_response.status >= 400) {
        code = errorForStatus(m_response.status);
        text = QStringLiteral("Error transferring %1 - server replied: %2")
                   .arg(url().toString(), QString::fromLatin1(standardReason(m_response.status)));
    }
    if (code != NoError) {
        fail(code, text);
        return;
    }
    setFinished(true);
    emit finished();
}

void FakeReply::deliverChunk()
{
    if (isFinished())
        return;
    m_buffer.append(m_response.body);
    if (request().transferTimeout() > 0)
        m_timeoutTimer.start(request().transferTimeout()); // progress: the transfer timeout starts again
    emit readyRead();
    emit downloadProgress(m_buffer.size(), -1);
}

void FakeReply::timeOut()
{
    if (isFinished())
        return;
    m_deliverTimer.stop();
    // What QNetworkReplyHttpImpl does when its transfer timer fires: abort().
    abort();
}

void FakeReply::abort()
{
    if (isFinished())
        return;
    m_deliverTimer.stop();
    m_timeoutTimer.stop();
    m_trickleTimer.stop();
    fail(OperationCanceledError, QStringLiteral("Operation canceled"));
}

void FakeReply::fail(NetworkError code, const QString &text)
{
    setError(code, text);
    setFinished(true);
    emit errorOccurred(code);
    emit finished();
}

qint64 FakeReply::bytesAvailable() const
{
    return m_buffer.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    if (m_offset >= m_buffer.size())
        return isFinished() ? -1 : 0;
    const qint64 n = qMin(maxSize, m_buffer.size() - m_offset);
    std::memcpy(data, m_buffer.constData() + m_offset, static_cast<size_t>(n));
    m_offset += n;
    return n;
}

FakeAccessManager::FakeAccessManager(QObject *parent)
    : AccessManager(parent)
{}

FakeAccessManager::~FakeAccessManager() = default;

void FakeAccessManager::enqueue(const FakeResponse &response)
{
    m_queue.append(response);
}

void FakeAccessManager::setResponder(Responder responder)
{
    m_responder = std::move(responder);
}

void FakeAccessManager::clear()
{
    m_queue.clear();
    m_requests.clear();
    m_responder = nullptr;
}

QNetworkReply *FakeAccessManager::send(Operation op, const QNetworkRequest &prepared, QIODevice *outgoingData)
{
    RecordedRequest recorded;
    recorded.operation = op;
    recorded.request = prepared;
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    m_requests.append(recorded);

    FakeResponse response;
    if (!m_queue.isEmpty())
        response = m_queue.takeFirst();
    else if (m_responder)
        response = m_responder(recorded);
    else
        response = FakeResponse::networkError(
            QNetworkReply::ProtocolFailure,
            QStringLiteral("FakeAccessManager: no canned reply for %1").arg(prepared.url().toString()));
    return new FakeReply(op, prepared, response, this);
}

} // namespace ctct::test
