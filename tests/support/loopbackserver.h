// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A minimal HTTP/1.1 server on 127.0.0.1:0 with canned answers, for the few tests that must go
// through Qt's real network stack (what is really on the wire; how Qt reports statuses and
// transfer timeouts). One request per connection.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <utility>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace ctct::test {

class LoopbackServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackServer)

public:
    struct Response
    {
        int status = 200;
        QByteArray reason = QByteArrayLiteral("OK");
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        bool hang = false; // read the request, never answer
        int trickleMs = 0; // > 0: after the head, the body goes out one byte every trickleMs ms
    };

    explicit LoopbackServer(QObject *parent = nullptr);
    ~LoopbackServer() override;

    bool listen();
    // http://127.0.0.1:<port>
    QUrl url() const;
    void enqueue(const Response &response);
    // Bytes written as soon as a client connects, before any request: not HTTP, not TLS, so a
    // TLS client's handshake fails on them.
    void setGreeting(const QByteArray &greeting) { m_greeting = greeting; }
    // The raw requests received (request line, headers, body).
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    QList<Response> m_queue;
    QList<QByteArray> m_requests;
    QByteArray m_greeting;
};

} // namespace ctct::test
