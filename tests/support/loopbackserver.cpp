// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopbackserver.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

namespace ctct::test {

LoopbackServer::LoopbackServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackServer::onNewConnection);
}

LoopbackServer::~LoopbackServer() = default;

bool LoopbackServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl LoopbackServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

void LoopbackServer::enqueue(const Response &response)
{
    m_queue.append(response);
}

void LoopbackServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (!m_greeting.isEmpty()) {
            socket->write(m_greeting);
            socket->disconnectFromHost();
        }
    }
}

void LoopbackServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    qsizetype length = 0;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
    }
    if (buffer.size() < headEnd + 4 + length)
        return;
    if (socket->property("answered").toBool())
        return;
    socket->setProperty("answered", true);
    m_requests.append(buffer.left(headEnd + 4 + length));

    Response response;
    if (m_queue.isEmpty()) {
        response.status = 404;
        response.reason = "Not Found";
        response.body = "Error 404: no canned response";
    } else {
        response = m_queue.takeFirst();
    }
    if (response.hang)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
    for (const auto &[name, value] : std::as_const(response.headers))
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
    if (response.trickleMs > 0) {
        socket->write(out);
        auto *timer = new QTimer(socket);
        const QByteArray body = response.body;
        connect(timer, &QTimer::timeout, socket, [socket, timer, body, sent = qsizetype(0)]() mutable {
            if (sent < body.size())
                socket->write(body.constData() + sent++, 1);
            if (sent >= body.size()) {
                timer->stop();
                socket->disconnectFromHost();
            }
        });
        timer->start(response.trickleMs);
        return;
    }
    out += response.body;
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace ctct::test
