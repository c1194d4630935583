// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionguard.h"
#include "http.h"

#include <QObject>

#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServer;
QT_END_NAMESPACE

namespace ctct::sandbox {

// The only class that knows Qt HttpServer (a technical preview in Qt 6.4): every request is turned
// into an HttpRequest and handed to one handler, which answers through a Responder, now or later.
// Each connection has a ConnectionGuard that sees its bytes before Qt HttpServer does and refuses
// a request (`admission`, the limits) before its body is read.
class HttpFrontend final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFrontend)

public:
    using Handler = std::function<void(const HttpRequest &, Responder)>;

    HttpFrontend(Handler handler, ConnectionGuard::Admission admission, const ConnectionGuard::Limits &limits,
                 QObject *parent = nullptr);
    ~HttpFrontend() override;

    // Listens on 127.0.0.1 only; port 0 picks a free port.
    bool listen(quint16 port, QString *error);
    quint16 port() const { return m_port; }

private:
    Handler m_handler;
    ConnectionGuard::Admission m_admission;
    ConnectionGuard::Limits m_limits;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
};

} // namespace ctct::sandbox
