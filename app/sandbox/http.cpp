// SPDX-License-Identifier: GPL-3.0-or-later
#include "http.h"

using namespace Qt::StringLiterals;

namespace ctct::sandbox {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QList<QPair<QString, QString>> HttpRequest::queryItems() const
{
    return parseFormEncoded(rawQuery.toUtf8());
}

// Percent-decoding that leaves a broken escape ("%zz", a trailing "%") as it is.
static QString decodeComponent(const QByteArray &raw)
{
    QByteArray out;
    out.reserve(raw.size());
    const auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c == '%' && i + 2 < raw.size() && hex(raw.at(i + 1)) >= 0 && hex(raw.at(i + 2)) >= 0) {
            out += char(hex(raw.at(i + 1)) * 16 + hex(raw.at(i + 2)));
            i += 2;
        } else {
            out += c;
        }
    }
    return QString::fromUtf8(out);
}

QList<QPair<QString, QString>> parseFormEncoded(QByteArrayView data)
{
    QList<QPair<QString, QString>> items;
    qsizetype start = 0;
    while (start <= data.size()) {
        qsizetype end = data.indexOf('&', start);
        if (end < 0)
            end = data.size();
        QByteArray part = data.sliced(start, end - start).toByteArray();
        if (!part.isEmpty()) {
            part.replace('+', ' ');
            const qsizetype eq = part.indexOf('=');
            const QByteArray key = eq < 0 ? part : part.left(eq);
            const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
            items.append({decodeComponent(key), decodeComponent(value)});
        }
        start = end + 1;
    }
    return items;
}

HttpResponse HttpResponse::error(int status, const QString &message)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "text/plain; charset=utf-8"_ba;
    r.body = u"Error %1: %2"_s.arg(status).arg(message).toUtf8();
    return r;
}

HttpResponse HttpResponse::atom(int status, QByteArray body)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "application/atom+xml; charset=utf-8"_ba;
    r.body = std::move(body);
    return r;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse r;
    r.status = 204;
    return r;
}

HttpResponse HttpResponse::created(const QString &location, QByteArray body, QByteArray contentType)
{
    HttpResponse r = atom(201, std::move(body));
    if (!contentType.isEmpty())
        r.contentType = std::move(contentType);
    r.headers.append({"Location"_ba, location.toUtf8()});
    return r;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 201:
        return "Created"_ba;
    case 204:
        return "No Content"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 408:
        return "Request Timeout"_ba;
    case 409:
        return "Conflict"_ba;
    case 413:
        return "Payload Too Large"_ba;
    case 415:
        return "Unsupported Media Type"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    default:
        return "Unknown"_ba;
    }
}

} // namespace ctct::sandbox
