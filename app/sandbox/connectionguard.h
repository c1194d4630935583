// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpframing.h"

#include <QMetaObject>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace ctct::sandbox {

// Reads the HTTP framing of one connection before Qt HttpServer 6.4 sees it. Qt HttpServer
// buffers a whole request, body included, before any handler runs, has no hook before that,
// and leaves a connection open and silent when its parser fails (a malformed chunked body).
// The guard is connected to the socket's readyRead before Qt HttpServer is, so it sees every
// byte first: a RequestFraming checks the request line, the headers and the body framing
// (Content-Length or chunked) as they arrive and asks `admission` about each request as soon as
// its headers are complete (Host, credentials, size) and again when a chunked body passes the
// limit; the guard refuses a
// request by answering it itself and closing the connection (Qt HttpServer never gets its
// bytes), and closes connections whose request stalls or that stay idle.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

public:
    struct Limits
    {
        qint64 maxHeaderBytes = 64 * 1024;
        qint64 maxBodyBytes = 0;      // 0 = no limit here
        int requestTimeoutMs = 10000; // a started request must complete within this
        int idleTimeoutMs = 60000;    // a connection without a request is closed after this
    };
    using Admission = RequestFraming::Admission;

    // Becomes a child of the socket; call before anything else connects to it.
    ConnectionGuard(QTcpSocket *socket, const Limits &limits, Admission admission);
    ~ConnectionGuard() override;

    // The server answered a request of this connection.
    void answered();

    // Writes `response` as a complete HTTP/1.1 message that closes the connection.
    static QByteArray serialise(const HttpResponse &response);

private:
    void onReadyRead();
    void refuse(const HttpResponse &response);
    void drain();
    void checkHttpServer();
    void onTimeout();
    void restartTimer();

    QTcpSocket *m_socket;
    Limits m_limits;
    RequestFraming m_framing;
    QTimer m_timer;
    QMetaObject::Connection m_readConnection;
    bool m_refused = false;
    int m_unanswered = 0; // requests complete but not answered yet
    qint64 m_drained = 0; // bytes dropped after a refusal
};

} // namespace ctct::sandbox
