// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

#include <QCoreApplication>
#include <QDebug>
#include <QRegularExpression>

namespace ctct {

namespace {

QString standardReason(int status)
{
    const char *text = nullptr;
    switch (status) {
    case 400:
        text = QT_TRANSLATE_NOOP("ctct::ApiError", "Bad Request");
        break;
    case 401:
        text = QT_TRANSLATE_NOOP("ctct::ApiError", "Unauthorized");
        break;
    case 403:
        text = QT_TRANSLATE_NOOP("ctct::ApiError", "Forbidden");
        break;
    case 404:
        text = QT_TRANSLATE_NOOP("ctct::ApiError", "Not Found");
        break;
    case 405:
        text = QT_TRANSLATE_NOOP("ctct::ApiError", "Method Not Allowed");
        break;
    case 409:
        text = QT_TRANSLATE_NOOP("ctct::ApiError", "Conflict");
        break;
    case 410:
        text = QT_TRANSLATE_NOOP("ctct::ApiError", "Gone");
        break;
    case 415:
        text = QT_TRANSLATE_NOOP("ctct::ApiError", "Unsupported Media Type");
        break;
    case 429:
        text = QT_TRANSLATE_NOOP("ctct::ApiError", "Too Many Requests");
        break;
    case 301:
        text = QT_TRANSLATE_NOOP("ctct::ApiError", "Moved Permanently");
        break;
    case 302:
        text = QT_TRANSLATE_NOOP("ctct::ApiError", "Found");
        break;
    case 303:
        text = QT_TRANSLATE_NOOP("ctct::ApiError", "See Other");
        break;
    case 307:
        text = QT_TRANSLATE_NOOP("ctct::ApiError", "Temporary Redirect");
        break;
    case 308:
        text = QT_TRANSLATE_NOOP("ctct::ApiError", "Permanent Redirect");
        break;
    case 500:
        text = QT_TRANSLATE_NOOP("ctct::ApiError", "Internal Server Error");
        break;
    case 502:
        text = QT_TRANSLATE_NOOP("ctct::ApiError", "Bad Gateway");
        break;
    case 503:
        text = QT_TRANSLATE_NOOP("ctct::ApiError", "Service Unavailable");
        break;
    case 504:
        text = QT_TRANSLATE_NOOP("ctct::ApiError", "Gateway Timeout");
        break;
    default:
        break;
    }
    if (text)
        return QCoreApplication::translate("ctct::ApiError", text);
    return QCoreApplication::translate("ctct::ApiError", "HTTP status %1").arg(status);
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    // Qt numbers connection-level errors below 100 and proxy errors from 101 to 199; the
    // content (2xx), protocol (3xx) and server (4xx) groups are derived from the HTTP status.
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

} // namespace

QString apiErrorName(ApiError error)
{
    switch (error) {
    case ApiError::None:
        return QStringLiteral("None");
    case ApiError::Canceled:
        return QStringLiteral("Canceled");
    case ApiError::Timeout:
        return QStringLiteral("Timeout");
    case ApiError::Network:
        return QStringLiteral("Network");
    case ApiError::Tls:
        return QStringLiteral("Tls");
    case ApiError::Unauthorized:
        return QStringLiteral("Unauthorized");
    case ApiError::Forbidden:
        return QStringLiteral("Forbidden");
    case ApiError::NotFound:
        return QStringLiteral("NotFound");
    case ApiError::Conflict:
        return QStringLiteral("Conflict");
    case ApiError::BadRequest:
        return QStringLiteral("BadRequest");
    case ApiError::UnsupportedMedia:
        return QStringLiteral("UnsupportedMedia");
    case ApiError::Server:
        return QStringLiteral("Server");
    case ApiError::Parse:
        return QStringLiteral("Parse");
    case ApiError::Redirect:
        return QStringLiteral("Redirect");
    case ApiError::TooLarge:
        return QStringLiteral("TooLarge");
    }
    return QStringLiteral("ApiError(%1)").arg(static_cast<int>(error));
}

QDebug operator<<(QDebug debug, ApiError error)
{
    const QDebugStateSaver saver(debug);
    debug.noquote().nospace() << "ApiError::" << apiErrorName(error);
    return debug;
}

ApiError apiErrorForHttpStatus(int status)
{
    if (status >= 200 && status < 300)
        return ApiError::None;
    switch (status) {
    case 400:
        return ApiError::BadRequest;
    case 401:
        return ApiError::Unauthorized;
    case 403:
        return ApiError::Forbidden;
    case 404:
    case 410:
        return ApiError::NotFound;
    case 409:
        return ApiError::Conflict;
    case 405:
    case 415:
        return ApiError::UnsupportedMedia;
    default:
        break;
    }
    if (status >= 300 && status < 400)
        return ApiError::Redirect;
    if (status >= 400 && status < 500)
        return ApiError::BadRequest;
    return ApiError::Server;
}

ApiError classifyReply(QNetworkReply::NetworkError networkError, int httpStatus, bool abortedByCaller)
{
    switch (networkError) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::OperationCanceledError:
        return abortedByCaller ? ApiError::Canceled : ApiError::Timeout;
    case QNetworkReply::TimeoutError:
        return ApiError::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::ProtocolUnknownError: // AccessManager's refusal of an insecure transport
        return ApiError::Tls;
    default:
        if (isTransportError(networkError) || httpStatus == 0)
            return ApiError::Network;
        break;
    }
    if (httpStatus == 0)
        return ApiError::None;
    return apiErrorForHttpStatus(httpStatus);
}

bool isRetryable(ApiError error)
{
    return error == ApiError::Network || error == ApiError::Timeout || error == ApiError::Server;
}

QString serverMessage(const QByteArray &body, const QByteArray &contentType, const QString &reasonPhrase, int status)
{
    const QString text = QString::fromUtf8(body).trimmed();
    const QString firstLine = text.section(u'\n', 0, 0).trimmed();
    static const QRegularExpression pattern(QStringLiteral("^Error\\s+\\d{3}\\s*:\\s*(.*)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(firstLine);
    if (match.hasMatch() && !match.capturedView(1).trimmed().isEmpty())
        return match.captured(1).trimmed();
    // Plain text that is not in the contract's form is still the server's own words; HTML or
    // XML error pages (proxies, load balancers) are not, and are left to the reason phrase.
    constexpr qsizetype kMaxPlainMessage = 300;
    if (!match.hasMatch() && contentType.trimmed().toLower().startsWith("text/plain") && !firstLine.isEmpty() &&
        firstLine.size() <= kMaxPlainMessage)
        return firstLine;
    if (!reasonPhrase.trimmed().isEmpty())
        return reasonPhrase.trimmed();
    return status > 0 ? standardReason(status) : QString();
}

QString ApiResult::toString() const
{
    if (httpStatus > 0 && error != ApiError::Parse)
        return QStringLiteral("HTTP %1 (%2): %3").arg(httpStatus).arg(apiErrorName(error), message);
    return QStringLiteral("%1: %2").arg(apiErrorName(error), message);
}

ApiResult parseFailure(const ApiResult &transport, const QString &parseMessage)
{
    ApiResult result = transport;
    result.error = ApiError::Parse;
    result.message = QCoreApplication::translate("ctct::ApiError", "Unreadable response from %1: %2")
                         .arg(transport.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), parseMessage);
    return result;
}

} // namespace ctct
