// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What came of one API request: the typed error, the HTTP status, the server's message and the
// body (design.md §5). Pure functions classify a finished reply; they hold no QObject.

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QDebug;
QT_END_NAMESPACE

namespace ctct {

enum class ApiError {
    None,
    Canceled,         // the caller canceled the job
    Timeout,          // the transfer timeout expired (a cancel the job did not ask for)
    Network,          // connection refused, reset, host not found, truncated transfer ...
    Tls,              // TLS handshake or certificate failure, or an insecure transport refused
    Unauthorized,     // 401
    Forbidden,        // 403
    NotFound,         // 404, 410
    Conflict,         // 409
    BadRequest,       // 400 and any other 4xx without a class of its own
    UnsupportedMedia, // 415 (v1 also uses it for an unsupported method), 405
    Server,           // 5xx, or a status this client cannot use (1xx)
    Parse,            // the body could not be read as the expected document
    Redirect,         // 3xx: the server sent the request elsewhere; never followed, never retried
    TooLarge,         // the response is larger than the request's limit; it was not read
};

// "Timeout", "NotFound", ... (stable names for logs and tests).
QString apiErrorName(ApiError error);
QDebug operator<<(QDebug debug, ApiError error);

// The class of an HTTP status; None for 2xx.
ApiError apiErrorForHttpStatus(int status);

// The class of a finished reply. Qt reports an abort() and an expired transfer timeout alike as
// OperationCanceledError; abortedByCaller tells them apart. Transport failures win over the
// status (a 200 whose body was cut off is a Network error); otherwise the status decides.
ApiError classifyReply(QNetworkReply::NetworkError networkError, int httpStatus, bool abortedByCaller);

// Whether a failed GET may be tried again: network errors, timeouts and 5xx only (a redirect or
// an oversized response would come back the same).
bool isRetryable(ApiError error);

// The server's message (decision 1): "Error <code>: <message>" gives <message>; a short
// text/plain body that does not follow the pattern is shown as sent (its first line); otherwise
// the reason phrase, or failing that a standard text for the status.
QString serverMessage(const QByteArray &body, const QByteArray &contentType, const QString &reasonPhrase, int status);

struct ApiResult
{
    ApiError error = ApiError::None;
    int httpStatus = 0;     // 0 when no HTTP response arrived
    QString message;        // for the user: the server's message or the transport error
    QByteArray body;        // the response body as received
    QByteArray contentType; // Content-Type of the response
    QUrl url;               // the URL requested
    QUrl location;          // Location header (201), resolved against url; empty if none
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    int attempts = 0; // requests sent, retries included

    bool ok() const { return error == ApiError::None; }
    // "404 Not Found: contact 42 does not exist", "Timeout: ...": one line for logs and stderr.
    QString toString() const;
};

// A result whose transport succeeded but whose body could not be read.
ApiResult parseFailure(const ApiResult &transport, const QString &parseMessage);

} // namespace ctct
