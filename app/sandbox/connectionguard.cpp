// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionguard.h"

#include "logging.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace ctct::sandbox {

namespace {

// After a refusal the rest of the request is read and dropped for a while (up to kMaxDrain bytes),
// so that a client still sending its body reads the answer instead of a connection reset.
constexpr int kDrainMs = 2000;
constexpr qint64 kMaxDrain = 64 * 1024 * 1024;

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const Limits &limits, Admission admission)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_framing({limits.maxHeaderBytes, limits.maxBodyBytes}, std::move(admission),
                // Qt HttpServer 6.4 does not answer "Expect: 100-continue"; clients such as curl
                // then wait a second before they send the body.
                [socket] { socket->write("HTTP/1.1 100 Continue\r\n\r\n"); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    m_readConnection = connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    restartTimer();
}

ConnectionGuard::~ConnectionGuard() = default;

QByteArray ConnectionGuard::serialise(const HttpResponse &response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &[key, value] : response.headers)
        out += key + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
    return out + response.body;
}

void ConnectionGuard::answered()
{
    if (m_unanswered > 0)
        --m_unanswered;
    restartTimer();
}

void ConnectionGuard::restartTimer()
{
    if (m_refused)
        return; // the drain deadline stands
    m_timer.start(m_framing.idle() ? m_limits.idleTimeoutMs : m_limits.requestTimeoutMs);
}

void ConnectionGuard::onReadyRead()
{
    if (m_refused) {
        drain();
        return;
    }
    const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
    const bool admitted = m_framing.feed(data);
    m_unanswered += m_framing.takeCompleted();
    if (!admitted) {
        refuse(*m_framing.refusal());
        return;
    }
    restartTimer();
    // Qt HttpServer parses these bytes right after this slot; when its parser fails it
    // disconnects every connection of the socket (ours too) and leaves the client waiting.
    QMetaObject::invokeMethod(this, &ConnectionGuard::checkHttpServer, Qt::QueuedConnection);
}

void ConnectionGuard::checkHttpServer()
{
    if (m_readConnection || m_refused)
        return;
    qCDebug(lcHttp) << "Qt HttpServer could not parse a request; closing the connection";
    refuse(HttpResponse::error(400, u"malformed HTTP request"_s));
}

void ConnectionGuard::refuse(const HttpResponse &response)
{
    qCDebug(lcHttp) << "refused before Qt HttpServer:" << response.status << response.body;
    m_refused = true;
    drain();
    m_socket->write(serialise(response));
    m_timer.start(kDrainMs);
}

void ConnectionGuard::drain()
{
    // Read and dropped, so that Qt HttpServer, whose slot runs next, never parses it; its
    // transaction would keep every byte, so it is committed (emptied) as well.
    m_drained += m_socket->read(m_socket->bytesAvailable()).size();
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    if (m_drained > kMaxDrain)
        m_socket->abort();
}

void ConnectionGuard::onTimeout()
{
    if (m_refused) {
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_framing.idle()) {
        refuse(HttpResponse::error(
            408, u"the request was not completed within %1 s"_s.arg(m_limits.requestTimeoutMs / 1000.0)));
        return;
    }
    if (m_unanswered > 0) {
        restartTimer(); // the server is still working on an answer (or --hang-rate keeps it)
        return;
    }
    qCDebug(lcHttp) << "closing an idle connection";
    m_socket->disconnectFromHost();
}

} // namespace ctct::sandbox
