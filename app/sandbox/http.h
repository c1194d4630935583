// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>

namespace ctct::sandbox {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A request as the API layer sees it: no Qt HttpServer types beyond this point.
struct HttpRequest
{
    QByteArray method; // upper case, e.g. "GET"
    QString path;      // decoded path, e.g. "/ws/customers/demo/contacts"
    QString rawQuery;  // the query string as sent (percent-encoded)
    HeaderList headers;
    QByteArray body;

    // Case-insensitive header lookup; the first match wins.
    QByteArray header(QByteArrayView name) const;
    // Query items decoded ('+' is a space, as in HTML forms); repeated keys keep their order.
    QList<QPair<QString, QString>> queryItems() const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    HeaderList headers;
    QByteArray body;

    static HttpResponse error(int status, const QString &message);
    static HttpResponse atom(int status, QByteArray body);
    static HttpResponse noContent();
    static HttpResponse created(const QString &location, QByteArray body, QByteArray contentType = {});
};

// Answers one request, now or later; calling it more than once does nothing.
using Responder = std::function<void(const HttpResponse &)>;

// Parses "a=1&b=2" with '+' as space and percent-decoding to UTF-8.
QList<QPair<QString, QString>> parseFormEncoded(QByteArrayView data);

// The reason phrase of the status codes the sandbox uses.
QByteArray reasonPhrase(int status);

} // namespace ctct::sandbox
