// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfrontend.h"

#include "logging.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
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

// Gives every accepted connection its guard before Qt HttpServer connects to the socket.
class GuardedTcpServer final : public QTcpServer
{
public:
    GuardedTcpServer(ConnectionGuard::Admission admission, const ConnectionGuard::Limits &limits)
        : m_admission(std::move(admission))
        , m_limits(limits)
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        new ConnectionGuard(socket, m_limits, m_admission);
        addPendingConnection(socket);
    }

private:
    ConnectionGuard::Admission m_admission;
    ConnectionGuard::Limits m_limits;
};

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

HttpFrontend::HttpFrontend(Handler handler, ConnectionGuard::Admission admission, const ConnectionGuard::Limits &limits,
                           QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_admission(std::move(admission))
    , m_limits(limits)
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
            if (auto *guard = pending->socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly))
                guard->answered();
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
    auto tcp = std::make_unique<GuardedTcpServer>(m_admission, m_limits);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = u"cannot listen on 127.0.0.1:%1: %2"_s.arg(port).arg(tcp->errorString());
        return false;
    }
    m_port = tcp->serverPort();
    m_server->bind(tcp.release()); // parented to the server
    return true;
}

} // namespace ctct::sandbox
