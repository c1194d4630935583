// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One AccessManager per account, injected wherever requests are made, never global (house
// style 6). It is the single place for the headers, the credentials, the transfer timeout, the
// transport policy and the redacted request log.

#include "api/credentials.h"

#include <QNetworkAccessManager>

#include <chrono>

namespace ctct {

class AccessManager : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessManager)

public:
    static constexpr std::chrono::milliseconds DefaultTimeout{30000};
    static constexpr std::chrono::milliseconds DefaultDeadline{120000};
    // The largest page of the API is a few MiB; an export download has its own limit
    // (Operations::MaxDownloadBytes).
    static constexpr qint64 DefaultMaxResponseBytes = qint64(64) << 20;

    explicit AccessManager(QObject *parent = nullptr);
    ~AccessManager() override;

    void setCredentials(const Credentials &credentials);
    const Credentials &credentials() const { return m_credentials; }

    // Applied to every request that does not carry its own (QNetworkRequest::setTransferTimeout):
    // a transfer that makes no progress for this long is aborted. Zero or negative restores the
    // default; a request can never go without one.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;

    // How long one ApiJob may take from start to end, retries and their waits included, however
    // steadily the data arrives; for jobs whose request does not set its own. Zero or negative
    // restores the default.
    void setDeadline(std::chrono::milliseconds deadline);
    std::chrono::milliseconds deadline() const { return m_deadline; }

    // The largest response body an ApiJob reads, for requests that do not set their own: a
    // larger one is aborted as soon as its size (announced or received) is over. Zero or
    // negative restores the default.
    void setMaxResponseBytes(qint64 bytes);
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    // "ctct-manager/0.1.0"
    static QByteArray userAgent();
    // 127.0.0.0/8, ::1 and "localhost".
    static bool isLoopbackHost(const QString &host);
    // Empty when requests to url are allowed (https, or http to a loopback host); otherwise the
    // reason, for the user.
    static QString transportRefusal(const QUrl &url);
    // The URL as it may appear in a log: no user info, secret query values replaced.
    static QString redactedUrl(const QUrl &url);

protected:
    // Adds the headers, the credentials and the timeout, refuses insecure transports (the
    // reply then fails asynchronously with ProtocolUnknownError and the reason), logs the
    // request, then hands the prepared request to send().
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) final;

    // Where a prepared request goes on the wire. Tests override it to answer with canned
    // replies; the default is QNetworkAccessManager's own implementation.
    virtual QNetworkReply *send(Operation op, const QNetworkRequest &prepared, QIODevice *outgoingData);

private:
    QNetworkRequest prepare(const QNetworkRequest &request, bool hasBody) const;

    Credentials m_credentials;
    std::chrono::milliseconds m_deadline = DefaultDeadline;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
};

} // namespace ctct
