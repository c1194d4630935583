// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfrontend.h"

#include "logging.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace ctct::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET"_ba;
    case QHttpServerRequest::Method::Put:
        return "PUT"_ba;
    case QHttpServerRequest::Method::Delete:
        return "DELETE"_ba;
    case QHttpServerRequest::Method::Post:
        return "POST"_ba;
    case QHttpServerRequest::Method::Head:
        return "HEAD"_ba;
    case QHttpServerRequest::Method::Options:
        return "OPTIONS"_ba;
    case QHttpServerRequest::Method::Patch:
        return "PATCH"_ba;
    default:
        return "OTHER"_ba;
    }
}

// Keeps the responder of a request until it is answered; the socket may go away meanwhile.
struct PendingReply
{
    explicit PendingReply(QHttpServerResponder &&r)
        : responder(std::move(r))
        , socket(responder.socket())
    {}
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    bool answered = false;
};

} // namespace

HttpFrontend::HttpFrontend(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(std::make_unique<QHttpServer>())
{
    // No routes: every request reaches the missing handler and the API layer dispatches on the path.
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        HttpRequest req;
        req.method = methodName(request.method());
        const QUrl url = request.url();
        req.path = url.path();
        req.rawQuery = url.query(QUrl::FullyEncoded);
        req.headers = request.headers();
        req.body = request.body();
        auto pending = std::make_shared<PendingReply>(std::move(responder));
        Responder reply = [pending](const HttpResponse &response) {
            if (pending->answered)
                return;
            pending->answered = true;
            if (!pending->socket || !pending->socket->isOpen()) {
                qCDebug(lcHttp) << "client went away before the answer";
                return;
            }
            // The responder writes status line, headers and body separately; without TCP_NODELAY,
            // Nagle's algorithm and delayed ACKs hold larger answers back by ~40 ms each.
            pending->socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto &r = pending->responder;
            r.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
            if (!response.contentType.isEmpty())
                r.writeHeader("Content-Type"_ba, response.contentType);
            for (const auto &[key, value] : response.headers)
                r.writeHeader(key, value);
            r.writeHeader("Content-Length"_ba, QByteArray::number(response.body.size()));
            r.writeBody(response.body);
        };
        m_handler(req, std::move(reply));
    });
}

HttpFrontend::~HttpFrontend() = default;

bool HttpFrontend::listen(quint16 port, QString *error)
{
    const quint16 bound = m_server->listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        if (error)
            *error = u"cannot listen on 127.0.0.1:%1"_s.arg(port);
        return false;
    }
    m_port = bound;
    return true;
}

} // namespace ctct::sandbox
