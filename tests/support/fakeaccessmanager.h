// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An AccessManager that never touches the network (house style 26): requests still go through
// AccessManager's preparation (headers, credentials, timeout, policy, log) and are recorded; the
// answer is a canned FakeReply: a payload, an HTTP error with status and body, a network error,
// a reply that hangs (until its transfer timeout, as Qt's do), one that trickles its body without
// end (each chunk resets the transfer timeout, as Qt's does), or any of them delayed.

#include "api/accessmanager.h"

#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <chrono>
#include <functional>
#include <utility>

namespace ctct::test {

struct FakeResponse
{
    enum class Kind { Reply, Hang, Trickle };

    Kind kind = Kind::Reply;
    int status = 200;  // 0: no HTTP response at all
    QByteArray reason; // empty: the standard phrase for status
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // transport error; HTTP errors are derived
    QString errorString;
    std::chrono::milliseconds delay{0};
    std::chrono::milliseconds interval{0}; // Trickle: time between chunks (body is the chunk)

    static FakeResponse payload(const QByteArray &body, int status = 200,
                                const QByteArray &contentType = QByteArrayLiteral("application/atom+xml"));
    // "Error <status>: <message>" as text/plain, the contract's error body (decision 1).
    static FakeResponse httpError(int status, const QString &message);
    static FakeResponse httpErrorBody(int status, const QByteArray &body, const QByteArray &contentType);
    static FakeResponse networkError(QNetworkReply::NetworkError error, const QString &errorString = {});
    static FakeResponse hang();
    // Status 200, then chunk after chunk, every interval, never finishing.
    static FakeResponse trickle(const QByteArray &chunk, std::chrono::milliseconds interval);

    FakeResponse delayed(std::chrono::milliseconds by) const;
    FakeResponse withHeader(const QByteArray &name, const QByteArray &value) const;
    // The body arrives, then the connection drops (a truncated transfer).
    FakeResponse cutOff() const;
};

struct RecordedRequest
{
    QNetworkAccessManager::Operation operation = QNetworkAccessManager::UnknownOperation;
    QNetworkRequest request; // as prepared by AccessManager
    QByteArray body;
};

class FakeReply final : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, const FakeResponse &response,
              QObject *parent);
    ~FakeReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

    // Qt's mapping of an HTTP error status to a NetworkError (QNetworkReplyHttpImpl).
    static NetworkError errorForStatus(int status);

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void deliver();
    void deliverChunk();
    void timeOut();
    void fail(NetworkError code, const QString &text);

    FakeResponse m_response;
    QTimer m_deliverTimer;
    QTimer m_timeoutTimer;
    QTimer m_trickleTimer;
    QByteArray m_buffer;
    qint64 m_offset = 0;
};

class FakeAccessManager final : public AccessManager
{
    Q_OBJECT

public:
    using Responder = std::function<FakeResponse(const RecordedRequest &)>;

    explicit FakeAccessManager(QObject *parent = nullptr);
    ~FakeAccessManager() override;

    // Answers in order of arrival; when the queue is empty the responder answers, and without
    // one the request fails with a network error naming it.
    void enqueue(const FakeResponse &response);
    void setResponder(Responder responder);

    const QList<RecordedRequest> &requests() const { return m_requests; }
    qsizetype requestCount() const { return m_requests.size(); }
    qsizetype pendingResponses() const { return m_queue.size(); }
    void clear();

protected:
    QNetworkReply *send(Operation op, const QNetworkRequest &prepared, QIODevice *outgoingData) override;

private:
    QList<FakeResponse> m_queue;
    Responder m_responder;
    QList<RecordedRequest> m_requests;
};

} // namespace ctct::test
