// SPDX-License-Identifier: GPL-3.0-or-later
// ApiJob: one request, one finished(), a typed result; timeouts told apart from cancels;
// retries for GETs only. Canned replies from FakeAccessManager, plus a few runs through Qt's
// real network stack on loopback to pin down how Qt itself reports what the fake imitates.
#include "api/accessmanager.h"
#include "api/apijob.h"
#include "apitest.h"
#include "fakeaccessmanager.h"
#include "loopbackserver.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace ctct;
using namespace ctct::test;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(ctct::test::FakeResponse)

namespace {

const QUrl kUrl(QStringLiteral("https://api.constantcontact.com/ws/customers/joe/contacts/42"));

// Fast retries for tests: same rules, millisecond delays, no jitter.
RetryPolicy fastRetries()
{
    RetryPolicy p;
    p.backoff = {1ms, 2ms, 3ms};
    p.jitter = 0.0;
    return p;
}

ApiRequest requestFor(HttpMethod method, const QUrl &url = kUrl)
{
    switch (method) {
    case HttpMethod::Get:
        return ApiRequest::get(url);
    case HttpMethod::Post:
        return ApiRequest::post(url, "<entry/>");
    case HttpMethod::Put:
        return ApiRequest::put(url, "<entry/>");
    case HttpMethod::Delete:
        return ApiRequest::deleteResource(url);
    }
    return {};
}

// Runs one job to its end; the result is copied out before the job deletes itself.
ApiResult run(AccessManager *nam, const ApiRequest &request, const RetryPolicy &retry = RetryPolicy::none(),
              int *finishedCount = nullptr)
{
    auto *job = new ApiJob(nam, request, retry);
    QPointer<ApiJob> guard(job);
    ApiResult result;
    int count = 0;
    QObject::connect(job, &ApiJob::finished, job, [&] {
        ++count;
        result = job->result();
    });
    job->start();
    if (!QTest::qWaitFor([&] { return count > 0; }, 10000))
        qWarning("job did not finish");
    // Once the job (and with it its reply and timers) is gone, no second, wrong finished() can come.
    if (!QTest::qWaitFor([&] { return guard.isNull(); }, 2000))
        qWarning("job did not delete itself");
    if (finishedCount)
        *finishedCount = count;
    return result;
}

} // namespace

class TestApiJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void httpStatus_data();
    void httpStatus();
    void transportErrors_data();
    void transportErrors();
    void success();
    void location();
    void requestBody();
    void finishedOnce_data();
    void finishedOnce();
    void nothingBeforeEventLoop();
    void timeoutVsCancel();
    void cancelDuringDelay();
    void cancelDuringRetryWait();
    void retries_data();
    void retries();
    void retryDelays();
    void defaultDelaysHaveJitter();
    void noAccessManager();
    void insecureRefused();
    void realStatus_data();
    void realStatus();
    void realTimeout();
    void realCancel();
    void realTls();
    void tooLarge_data();
    void tooLarge();
    void deadline_data();
    void deadline();
    void realRedirectNotFollowed_data();
    void realRedirectNotFollowed();
    void realSlowReplyMeetsDeadline();
};

void TestApiJob::httpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError>("expected");
    QTest::newRow("400") << 400 << ApiError::BadRequest;
    QTest::newRow("401") << 401 << ApiError::Unauthorized;
    QTest::newRow("403") << 403 << ApiError::Forbidden;
    QTest::newRow("404") << 404 << ApiError::NotFound;
    QTest::newRow("405") << 405 << ApiError::UnsupportedMedia;
    QTest::newRow("409") << 409 << ApiError::Conflict;
    QTest::newRow("410") << 410 << ApiError::NotFound;
    QTest::newRow("415") << 415 << ApiError::UnsupportedMedia;
    QTest::newRow("422") << 422 << ApiError::BadRequest;
    QTest::newRow("500") << 500 << ApiError::Server;
    QTest::newRow("502") << 502 << ApiError::Server;
    QTest::newRow("503") << 503 << ApiError::Server;
}

void TestApiJob::httpStatus()
{
    QFETCH(int, status);
    QFETCH(ApiError, expected);
    FakeAccessManager nam;
    const QString message = QStringLiteral("message for %1").arg(status);
    nam.enqueue(FakeResponse::httpError(status, message));
    const ApiResult r = run(&nam, ApiRequest::get(kUrl));
    QCOMPARE(r.error, expected);
    QCOMPARE(r.httpStatus, status);
    QCOMPARE(r.message, message);
    QCOMPARE(r.body, QStringLiteral("Error %1: %2").arg(status).arg(message).toUtf8());
    QCOMPARE(r.contentType, QByteArrayLiteral("text/plain; charset=utf-8"));
    QCOMPARE(r.url, kUrl);
    QCOMPARE(r.attempts, 1);
    QVERIFY(!r.ok());
    QVERIFY(r.toString().contains(message));
}

void TestApiJob::transportErrors_data()
{
    QTest::addColumn<FakeResponse>("response");
    QTest::addColumn<ApiError>("expected");
    QTest::addColumn<QString>("message");
    QTest::newRow("refused") << FakeResponse::networkError(QNetworkReply::ConnectionRefusedError,
                                                           QStringLiteral("Connection refused"))
                             << ApiError::Network << QStringLiteral("Connection refused");
    QTest::newRow("host not found") << FakeResponse::networkError(QNetworkReply::HostNotFoundError,
                                                                  QStringLiteral("Host h not found"))
                                    << ApiError::Network << QStringLiteral("Host h not found");
    QTest::newRow("reset") << FakeResponse::networkError(QNetworkReply::RemoteHostClosedError,
                                                         QStringLiteral("Connection closed"))
                           << ApiError::Network << QStringLiteral("Connection closed");
    QTest::newRow("truncated 200") << FakeResponse::payload("<feed><entry>").cutOff() << ApiError::Network
                                   << QStringLiteral("Connection closed");
    QTest::newRow("tls") << FakeResponse::networkError(QNetworkReply::SslHandshakeFailedError,
                                                       QStringLiteral("SSL handshake failed"))
                         << ApiError::Tls << QStringLiteral("SSL handshake failed");
    QTest::newRow("socket timeout") << FakeResponse::networkError(QNetworkReply::TimeoutError,
                                                                  QStringLiteral("Socket timed out"))
                                    << ApiError::Timeout << QString();
    QTest::newRow("html 502 -> reason") << FakeResponse::httpErrorBody(502, "<html>bad gateway</html>", "text/html")
                                        << ApiError::Server << QStringLiteral("Bad Gateway");
}

void TestApiJob::transportErrors()
{
    QFETCH(FakeResponse, response);
    QFETCH(ApiError, expected);
    QFETCH(QString, message);
    FakeAccessManager nam;
    nam.enqueue(response);
    const ApiResult r = run(&nam, ApiRequest::post(kUrl, "<entry/>"));
    QCOMPARE(r.error, expected);
    if (!message.isEmpty())
        QCOMPARE(r.message, message);
    QVERIFY(!r.message.isEmpty());
}

void TestApiJob::success()
{
    FakeAccessManager nam;
    nam.enqueue(FakeResponse::payload("<entry>ok</entry>"));
    const ApiResult r = run(&nam, ApiRequest::get(kUrl));
    QCOMPARE(r.error, ApiError::None);
    QVERIFY(r.ok());
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.body, QByteArrayLiteral("<entry>ok</entry>"));
    QCOMPARE(r.contentType, QByteArrayLiteral("application/atom+xml"));
    QCOMPARE(r.networkError, QNetworkReply::NoError);
}

void TestApiJob::location()
{
    FakeAccessManager nam;
    nam.enqueue(FakeResponse::payload("<entry/>", 201).withHeader("Location", "/ws/customers/joe/contacts/77"));
    const ApiResult r =
        run(&nam, ApiRequest::post(QUrl(QStringLiteral("https://h.example/ws/customers/joe/contacts")), "<entry/>"));
    QCOMPARE(r.error, ApiError::None);
    QCOMPARE(r.httpStatus, 201);
    QCOMPARE(r.location, QUrl(QStringLiteral("https://h.example/ws/customers/joe/contacts/77")));
}

void TestApiJob::requestBody()
{
    FakeAccessManager nam;
    nam.enqueue(FakeResponse::payload({}, 204, {}));
    ApiRequest request = ApiRequest::put(kUrl, "a=1&b=2", "application/x-www-form-urlencoded");
    request.timeout = 7s;
    const ApiResult r = run(&nam, request);
    QCOMPARE(r.httpStatus, 204);
    QCOMPARE(nam.requestCount(), 1);
    const RecordedRequest &sent = nam.requests().constFirst();
    QCOMPARE(sent.operation, QNetworkAccessManager::PutOperation);
    QCOMPARE(sent.body, QByteArrayLiteral("a=1&b=2"));
    QCOMPARE(sent.request.rawHeader("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded"));
    QCOMPARE(sent.request.transferTimeout(), 7000);
}

void TestApiJob::finishedOnce_data()
{
    QTest::addColumn<FakeResponse>("response");
    QTest::addColumn<int>("cancelWhen"); // 0: never, 1: once sent, 2: once finished
    QTest::addColumn<ApiError>("expected");
    QTest::newRow("payload") << FakeResponse::payload("x") << 0 << ApiError::None;
    QTest::newRow("http error") << FakeResponse::httpError(404, QStringLiteral("nope")) << 0 << ApiError::NotFound;
    QTest::newRow("network error") << FakeResponse::networkError(QNetworkReply::ConnectionRefusedError) << 0
                                   << ApiError::Network;
    QTest::newRow("hang -> timeout") << FakeResponse::hang() << 0 << ApiError::Timeout;
    QTest::newRow("hang, canceled") << FakeResponse::hang() << 1 << ApiError::Canceled;
    QTest::newRow("delayed past the timeout") << FakeResponse::payload("x").delayed(300ms) << 0 << ApiError::Timeout;
    QTest::newRow("delayed within the timeout") << FakeResponse::payload("x").delayed(20ms) << 0 << ApiError::None;
    QTest::newRow("canceled before reply") << FakeResponse::payload("x").delayed(200ms) << 1 << ApiError::Canceled;
    QTest::newRow("cancel after finish") << FakeResponse::payload("x") << 2 << ApiError::None;
}

void TestApiJob::finishedOnce()
{
    QFETCH(FakeResponse, response);
    QFETCH(int, cancelWhen);
    QFETCH(ApiError, expected);

    FakeAccessManager nam;
    nam.setTimeout(60ms);
    nam.enqueue(response);
    auto *job = new ApiJob(&nam, ApiRequest::get(kUrl), RetryPolicy::none());
    QPointer<ApiJob> guard(job);
    QSignalSpy finished(job, &ApiJob::finished);
    ApiError error = ApiError::Parse;
    connect(job, &ApiJob::finished, this, [&] { error = job->result().error; });
    job->start();
    QCOMPARE(nam.requestCount(), 1); // sent at once
    if (cancelWhen == 2)
        QTRY_COMPARE(finished.count(), 1);
    if (cancelWhen > 0 && guard) {
        guard->cancel();
        if (guard)
            guard->cancel(); // twice: still one finished()
    }
    QTRY_COMPARE(finished.count(), 1);
    // Deleted itself, and its reply and timers with it: a late reply or timer cannot finish it again.
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(error, expected);
}

void TestApiJob::nothingBeforeEventLoop()
{
    FakeAccessManager nam;
    nam.enqueue(FakeResponse::networkError(QNetworkReply::ConnectionRefusedError));
    auto *job = new ApiJob(&nam, ApiRequest::get(kUrl), RetryPolicy::none());
    QSignalSpy finished(job, &ApiJob::finished);
    job->start();
    QCOMPARE(finished.count(), 0);
    QVERIFY(job->isRunning());
    QVERIFY(finished.wait(2000));
}

void TestApiJob::timeoutVsCancel()
{
    // Both end a hanging reply with OperationCanceledError; only the job knows which it was.
    FakeAccessManager nam;
    nam.setTimeout(50ms);
    nam.enqueue(FakeResponse::hang());
    const ApiResult timedOut = run(&nam, ApiRequest::get(kUrl));
    QCOMPARE(timedOut.networkError, QNetworkReply::OperationCanceledError);
    QCOMPARE(timedOut.error, ApiError::Timeout);
    QVERIFY2(timedOut.message.contains(QStringLiteral("0.05 s")), qPrintable(timedOut.message));

    nam.setTimeout(10s);
    nam.enqueue(FakeResponse::hang());
    auto *job = new ApiJob(&nam, ApiRequest::get(kUrl), RetryPolicy::none());
    QSignalSpy finished(job, &ApiJob::finished);
    ApiResult canceled;
    connect(job, &ApiJob::finished, this, [&] { canceled = job->result(); });
    job->start();
    QCOMPARE(nam.requestCount(), 2); // the first job's, then this one: in flight, hanging
    job->cancel();
    QCOMPARE(finished.count(), 1); // before cancel() returns
    QCOMPARE(canceled.networkError, QNetworkReply::OperationCanceledError);
    QCOMPARE(canceled.error, ApiError::Canceled);
}

void TestApiJob::cancelDuringDelay()
{
    // A delayed reply that has not arrived is canceled; the late answer changes nothing.
    FakeAccessManager nam;
    nam.enqueue(FakeResponse::payload("late").delayed(100ms));
    auto *job = new ApiJob(&nam, ApiRequest::get(kUrl), RetryPolicy::none());
    QPointer<ApiJob> guard(job);
    QSignalSpy finished(job, &ApiJob::finished);
    job->start();
    QCOMPARE(nam.requestCount(), 1);
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QTRY_VERIFY(guard.isNull()); // the job, its reply and the reply's delivery timer are gone
    QCOMPARE(finished.count(), 1);
}

void TestApiJob::cancelDuringRetryWait()
{
    FakeAccessManager nam;
    nam.enqueue(FakeResponse::httpError(503, QStringLiteral("busy")));
    nam.enqueue(FakeResponse::payload("ok"));
    RetryPolicy slow = fastRetries();
    slow.backoff = {5s};
    auto *job = new ApiJob(&nam, ApiRequest::get(kUrl), slow);
    QSignalSpy finished(job, &ApiJob::finished);
    QSignalSpy retrying(job, &ApiJob::retrying);
    ApiResult result;
    connect(job, &ApiJob::finished, this, [&] { result = job->result(); });
    job->start();
    QVERIFY(retrying.wait(2000));
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(result.error, ApiError::Canceled);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(nam.requestCount(), 1);
}

void TestApiJob::retries_data()
{
    QTest::addColumn<HttpMethod>("method");
    QTest::addColumn<QList<FakeResponse>>("responses");
    QTest::addColumn<int>("expectedRequests");
    QTest::addColumn<ApiError>("expected");

    const FakeResponse ok = FakeResponse::payload("<feed/>");
    const FakeResponse e500 = FakeResponse::httpError(500, QStringLiteral("boom"));
    const FakeResponse e503 = FakeResponse::httpError(503, QStringLiteral("busy"));
    const FakeResponse reset = FakeResponse::networkError(QNetworkReply::RemoteHostClosedError);
    const FakeResponse hang = FakeResponse::hang();
    const QList<FakeResponse> fiveServerErrors{e500, e500, e500, e500, e500};

    QTest::newRow("GET 503, 503, ok") << HttpMethod::Get << QList<FakeResponse>{e503, e503, ok} << 3 << ApiError::None;
    QTest::newRow("GET network, ok") << HttpMethod::Get << QList<FakeResponse>{reset, ok} << 2 << ApiError::None;
    QTest::newRow("GET timeout, timeout, ok")
        << HttpMethod::Get << QList<FakeResponse>{hang, hang, ok} << 3 << ApiError::None;
    QTest::newRow("GET truncated, ok") << HttpMethod::Get << QList<FakeResponse>{ok.cutOff(), ok} << 2
                                       << ApiError::None;
    QTest::newRow("GET capped at 1 + 3") << HttpMethod::Get << fiveServerErrors << 4 << ApiError::Server;
    QTest::newRow("GET network capped") << HttpMethod::Get << QList<FakeResponse>{reset, reset, reset, reset, ok} << 4
                                        << ApiError::Network;
    for (int status : {400, 401, 403, 404, 409, 415}) {
        const FakeResponse e = FakeResponse::httpError(status, QStringLiteral("no"));
        QTest::addRow("GET %d never retried", status)
            << HttpMethod::Get << QList<FakeResponse>{e, ok} << 1 << apiErrorForHttpStatus(status);
    }
    QTest::newRow("GET tls never retried")
        << HttpMethod::Get
        << QList<FakeResponse>{FakeResponse::networkError(QNetworkReply::SslHandshakeFailedError), ok} << 1
        << ApiError::Tls;
    const QList<std::pair<HttpMethod, const char *>> writes{
        {HttpMethod::Post, "POST"}, {HttpMethod::Put, "PUT"}, {HttpMethod::Delete, "DELETE"}};
    for (const auto &[method, name] : writes) {
        QTest::addRow("%s 500 never retried", name) << method << QList<FakeResponse>{e500, ok} << 1 << ApiError::Server;
        QTest::addRow("%s network never retried", name)
            << method << QList<FakeResponse>{reset, ok} << 1 << ApiError::Network;
        QTest::addRow("%s timeout never retried", name)
            << method << QList<FakeResponse>{hang, ok} << 1 << ApiError::Timeout;
    }
}

void TestApiJob::retries()
{
    QFETCH(HttpMethod, method);
    QFETCH(QList<FakeResponse>, responses);
    QFETCH(int, expectedRequests);
    QFETCH(ApiError, expected);

    FakeAccessManager nam;
    nam.setTimeout(40ms);
    for (const FakeResponse &r : std::as_const(responses))
        nam.enqueue(r);
    auto *job = new ApiJob(&nam, requestFor(method), fastRetries());
    QPointer<ApiJob> guard(job);
    QSignalSpy retrying(job, &ApiJob::retrying);
    QSignalSpy finished(job, &ApiJob::finished);
    ApiResult result;
    connect(job, &ApiJob::finished, this, [&] { result = job->result(); });
    job->start();
    QVERIFY(finished.wait(5000));
    QTRY_VERIFY(guard.isNull()); // gone with its retry timer: no further attempt can follow
    QCOMPARE(finished.count(), 1);
    QCOMPARE(nam.requestCount(), expectedRequests);
    QCOMPARE(result.attempts, expectedRequests);
    QCOMPARE(retrying.count(), expectedRequests - 1);
    QCOMPARE(result.error, expected);
    for (const RecordedRequest &sent : nam.requests())
        QCOMPARE(sent.request.url(), kUrl);
}

void TestApiJob::retryDelays()
{
    FakeAccessManager nam;
    for (int i = 0; i < 4; ++i)
        nam.enqueue(FakeResponse::httpError(503, QStringLiteral("busy")));
    RetryPolicy policy;
    policy.backoff = {5ms, 10ms, 20ms};
    policy.jitter = 0.5;
    auto *job = new ApiJob(&nam, ApiRequest::get(kUrl), policy);
    job->setRandomSource([] { return 0.75; }); // factor 1 + 0.5 * (2 * 0.75 - 1) = 1.25
    QSignalSpy retrying(job, &ApiJob::retrying);
    QSignalSpy finished(job, &ApiJob::finished);
    job->start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(retrying.count(), 3);
    const QList<qint64> expectedDelays{6, 13, 25}; // 6.25, 12.5, 25 rounded
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(retrying.at(i).at(0).toInt(), i + 2);
        QCOMPARE(retrying.at(i).at(1).toLongLong(), expectedDelays.at(i));
        QCOMPARE(retrying.at(i).at(2).value<ApiResult>().httpStatus, 503);
    }
}

void TestApiJob::defaultDelaysHaveJitter()
{
    // The default policy and random source: 0.5 s +- 25 % before the first retry.
    FakeAccessManager nam;
    nam.enqueue(FakeResponse::httpError(500, QStringLiteral("x")));
    auto *job = new ApiJob(&nam, ApiRequest::get(kUrl));
    QSignalSpy retrying(job, &ApiJob::retrying);
    job->start();
    QVERIFY(retrying.wait(2000));
    const qint64 delay = retrying.at(0).at(1).toLongLong();
    QVERIFY2(delay >= 375 && delay <= 625, qPrintable(QString::number(delay)));
    job->cancel();
}

void TestApiJob::noAccessManager()
{
    const ApiResult r = run(nullptr, ApiRequest::get(kUrl));
    QCOMPARE(r.error, ApiError::Network);
    QVERIFY(!r.message.isEmpty());
}

void TestApiJob::insecureRefused()
{
    // Plain http to a host that is not loopback never leaves the machine, is not retried, and
    // says why.
    FakeAccessManager nam;
    nam.setCredentials(Credentials::bearer(QStringLiteral("TOKEN")));
    nam.setResponder([](const RecordedRequest &) { return FakeResponse::payload("<feed/>"); });
    const ApiResult r = run(
        &nam, ApiRequest::get(QUrl(QStringLiteral("http://api.constantcontact.com/ws/customers/joe/"))), fastRetries());
    QCOMPARE(r.error, ApiError::Tls);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(nam.requestCount(), 0);
    QVERIFY2(r.message.startsWith(QStringLiteral("Refusing")), qPrintable(r.message));
    QVERIFY(r.message.contains(QStringLiteral("api.constantcontact.com")));
}

void TestApiJob::realStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError>("expected");
    QTest::addColumn<QString>("message");
    QTest::newRow("200") << 200 << QByteArray("OK") << QByteArray("<feed/>") << ApiError::None << QStringLiteral("OK");
    QTest::newRow("400") << 400 << QByteArray("Bad Request") << QByteArray("Error 400: bad element case")
                         << ApiError::BadRequest << QStringLiteral("bad element case");
    QTest::newRow("401") << 401 << QByteArray("Unauthorized") << QByteArray("Error 401: bad credentials")
                         << ApiError::Unauthorized << QStringLiteral("bad credentials");
    QTest::newRow("403") << 403 << QByteArray("Forbidden") << QByteArray("Error 403: not your account")
                         << ApiError::Forbidden << QStringLiteral("not your account");
    QTest::newRow("404") << 404 << QByteArray("Not Found") << QByteArray("Error 404: no such contact")
                         << ApiError::NotFound << QStringLiteral("no such contact");
    QTest::newRow("409") << 409 << QByteArray("Conflict") << QByteArray("Error 409: duplicate") << ApiError::Conflict
                         << QStringLiteral("duplicate");
    QTest::newRow("415") << 415 << QByteArray("Unsupported Media Type") << QByteArray("Error 415: wrong type")
                         << ApiError::UnsupportedMedia << QStringLiteral("wrong type");
    QTest::newRow("500") << 500 << QByteArray("Internal Server Error") << QByteArray() << ApiError::Server
                         << QStringLiteral("Internal Server Error");
    QTest::newRow("503") << 503 << QByteArray("Service Unavailable") << QByteArray("Error 503: maintenance")
                         << ApiError::Server << QStringLiteral("maintenance");
}

void TestApiJob::realStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    QFETCH(QByteArray, body);
    QFETCH(ApiError, expected);
    QFETCH(QString, message);

    LoopbackServer server;
    QVERIFY(server.listen());
    LoopbackServer::Response response{status, reason, body, {{"Content-Type", "text/plain; charset=utf-8"}}, false};
    if (status == 401)
        response.headers.append(
            std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Basic realm=\"api.constantcontact.com\""));
    server.enqueue(response);
    AccessManager nam;
    nam.setCredentials(Credentials::basic(QStringLiteral("k"), QStringLiteral("joe"), QStringLiteral("p")));
    QUrl url = server.url();
    url.setPath(QStringLiteral("/ws/customers/joe/contacts"));
    const ApiResult r = run(&nam, ApiRequest::get(url));
    QCOMPARE(r.error, expected);
    QCOMPARE(r.httpStatus, status);
    QCOMPARE(r.message, message);
    QCOMPARE(r.body, body);
    QCOMPARE(server.requests().size(), 1);
}

void TestApiJob::realTimeout()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    server.enqueue({200, "OK", {}, {}, true}); // never answers
    AccessManager nam;
    nam.setTimeout(200ms);
    const ApiResult r = run(&nam, ApiRequest::get(server.url()));
    QCOMPARE(r.networkError, QNetworkReply::OperationCanceledError); // what Qt reports for a timeout
    QCOMPARE(r.error, ApiError::Timeout);
}

void TestApiJob::realCancel()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    server.enqueue({200, "OK", {}, {}, true});
    AccessManager nam;
    auto *job = new ApiJob(&nam, ApiRequest::get(server.url()), RetryPolicy::none());
    QSignalSpy finished(job, &ApiJob::finished);
    ApiResult result;
    connect(job, &ApiJob::finished, this, [&] { result = job->result(); });
    job->start();
    QTRY_COMPARE(server.requests().size(), 1);
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(result.networkError, QNetworkReply::OperationCanceledError);
    QCOMPARE(result.error, ApiError::Canceled);
}

void TestApiJob::realTls()
{
    // https to a server that does not speak TLS: the handshake fails and nothing is ignored.
    LoopbackServer server;
    QVERIFY(server.listen());
    server.setGreeting("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
    AccessManager nam;
    nam.setTimeout(5s);
    QUrl url = server.url();
    url.setScheme(QStringLiteral("https"));
    const ApiResult r = run(&nam, ApiRequest::get(url), fastRetries());
    QCOMPARE(r.error, ApiError::Tls);
    QCOMPARE(r.attempts, 1);
    QVERIFY(!r.message.isEmpty());
}

void TestApiJob::tooLarge_data()
{
    QTest::addColumn<FakeResponse>("response");
    QTest::addColumn<qint64>("requestLimit"); // 0: the access manager's (set to 1000 here)
    QTest::addColumn<ApiError>("expected");
    const QByteArray kilobyte(1000, 'x');
    QTest::newRow("at the limit") << FakeResponse::payload(kilobyte) << qint64(0) << ApiError::None;
    QTest::newRow("one byte over") << FakeResponse::payload(kilobyte + 'x') << qint64(0) << ApiError::TooLarge;
    QTest::newRow("announced over, nothing sent yet")
        << FakeResponse::trickle("x", 1000ms).withHeader("Content-Length", "1073741824") << qint64(0)
        << ApiError::TooLarge;
    QTest::newRow("received over, never announced")
        << FakeResponse::trickle(kilobyte, 1ms) << qint64(0) << ApiError::TooLarge;
    QTest::newRow("the request's own limit") << FakeResponse::payload(kilobyte + 'x') << qint64(4000) << ApiError::None;
}

void TestApiJob::tooLarge()
{
    // A response over the limit is aborted, not read, and not fetched again.
    QFETCH(FakeResponse, response);
    QFETCH(qint64, requestLimit);
    QFETCH(ApiError, expected);
    FakeAccessManager nam;
    nam.setMaxResponseBytes(1000);
    for (int i = 0; i < 4; ++i)
        nam.enqueue(response);
    ApiRequest request = ApiRequest::get(kUrl);
    request.maxResponseBytes = requestLimit;
    const ApiResult r = run(&nam, request, fastRetries());
    QCOMPARE(r.error, expected);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(nam.requestCount(), 1);
    if (expected == ApiError::TooLarge) {
        QVERIFY(r.body.isEmpty());
        QVERIFY2(r.message.contains(u"larger than the limit"), qPrintable(r.message));
    }
}

void TestApiJob::deadline_data()
{
    QTest::addColumn<QList<FakeResponse>>("responses");
    QTest::addColumn<QString>("message");
    // Data keeps coming, so the transfer timeout (10 s) never fires: only the deadline ends it.
    QTest::newRow("a byte every 5 ms") << QList<FakeResponse>{FakeResponse::trickle("x", 5ms)}
                                       << QStringLiteral(
                                              "No complete response from api.constantcontact.com within 0.1 s.");
    // The deadline covers the waits between retries too.
    QTest::newRow("waiting for a retry") << QList<FakeResponse>{FakeResponse::httpError(503, QStringLiteral("busy"))}
                                         << QStringLiteral("last attempt: HTTP 503 (Server): busy");
}

void TestApiJob::deadline()
{
    QFETCH(QList<FakeResponse>, responses);
    QFETCH(QString, message);
    FakeAccessManager nam;
    nam.setTimeout(10s);
    nam.setDeadline(100ms);
    for (const FakeResponse &r : std::as_const(responses))
        nam.enqueue(r);
    nam.enqueue(FakeResponse::payload("too late"));
    RetryPolicy slow = fastRetries();
    slow.backoff = {10s};
    const ApiResult r = run(&nam, ApiRequest::get(kUrl), slow);
    QCOMPARE(r.error, ApiError::Timeout);
    QVERIFY2(r.message.contains(message), qPrintable(r.message));
    QCOMPARE(r.attempts, 1);
    QCOMPARE(nam.requestCount(), 1);
}

void TestApiJob::realRedirectNotFollowed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("301") << 301 << QByteArray("Moved Permanently");
    QTest::newRow("302") << 302 << QByteArray("Found");
    QTest::newRow("307") << 307 << QByteArray("Temporary Redirect");
    QTest::newRow("308") << 308 << QByteArray("Permanent Redirect");
}

void TestApiJob::realRedirectNotFollowed()
{
    // Through Qt's own stack: one request, no retry, no second request to the Location.
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    LoopbackServer server;
    QVERIFY(server.listen());
    QUrl elsewhere = server.url();
    elsewhere.setPath(QStringLiteral("/elsewhere"));
    server.enqueue({status, reason, {}, {{"Location", elsewhere.toEncoded()}}});
    server.enqueue({200, "OK", "<feed/>", {}});
    AccessManager nam;
    nam.setCredentials(Credentials::basic(QStringLiteral("k"), QStringLiteral("joe"), QStringLiteral("p")));
    QUrl url = server.url();
    url.setPath(QStringLiteral("/ws/customers/joe/lists"));
    const ApiResult r = run(&nam, ApiRequest::get(url), fastRetries());
    QCOMPARE(r.error, ApiError::Redirect);
    QCOMPARE(r.httpStatus, status);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(server.requests().size(), 1);
    QVERIFY2(r.message.contains(elsewhere.toString()), qPrintable(r.message));
    QVERIFY2(r.message.contains(u"not followed"), qPrintable(r.message));
}

void TestApiJob::realSlowReplyMeetsDeadline()
{
    // A server that sends one byte every 20 ms keeps Qt's transfer timeout from firing; the
    // deadline ends the job all the same.
    LoopbackServer server;
    QVERIFY(server.listen());
    LoopbackServer::Response slow{200, "OK", QByteArray(100000, ' '), {}};
    slow.trickleMs = 20;
    server.enqueue(slow);
    AccessManager nam;
    nam.setTimeout(5s);
    nam.setDeadline(300ms);
    const ApiResult r = run(&nam, ApiRequest::get(server.url()), fastRetries());
    QCOMPARE(r.error, ApiError::Timeout);
    QVERIFY2(r.message.startsWith(u"No complete response"), qPrintable(r.message));
    QCOMPARE(r.attempts, 1);
}

QTEST_GUILESS_MAIN(TestApiJob)
#include "tst_apijob.moc"
