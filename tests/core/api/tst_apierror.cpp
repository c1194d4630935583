// SPDX-License-Identifier: GPL-3.0-or-later
// The pure rules of the transport: status -> ApiError, reply -> ApiError, the server's
// message, which failures are retried and the backoff.
#include "api/apierror.h"
#include "api/apirequest.h"
#include "apitest.h"

#include <QTest>

using namespace ctct;
using namespace std::chrono_literals;

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void httpStatus_data();
    void httpStatus();
    void classify_data();
    void classify();
    void retryable_data();
    void retryable();
    void message_data();
    void message();
    void shouldRetry_data();
    void shouldRetry();
    void defaultPolicy();
    void delay_data();
    void delay();
    void resultText();
};

void TestApiError::httpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError>("expected");
    QTest::newRow("200") << 200 << ApiError::None;
    QTest::newRow("201") << 201 << ApiError::None;
    QTest::newRow("204") << 204 << ApiError::None;
    QTest::newRow("301") << 301 << ApiError::Redirect;
    QTest::newRow("302") << 302 << ApiError::Redirect;
    QTest::newRow("304") << 304 << ApiError::Redirect;
    QTest::newRow("307") << 307 << ApiError::Redirect;
    QTest::newRow("308") << 308 << ApiError::Redirect;
    QTest::newRow("400") << 400 << ApiError::BadRequest;
    QTest::newRow("401") << 401 << ApiError::Unauthorized;
    QTest::newRow("403") << 403 << ApiError::Forbidden;
    QTest::newRow("404") << 404 << ApiError::NotFound;
    QTest::newRow("405") << 405 << ApiError::UnsupportedMedia;
    QTest::newRow("409") << 409 << ApiError::Conflict;
    QTest::newRow("410") << 410 << ApiError::NotFound;
    QTest::newRow("415") << 415 << ApiError::UnsupportedMedia;
    QTest::newRow("422") << 422 << ApiError::BadRequest;
    QTest::newRow("429") << 429 << ApiError::BadRequest;
    QTest::newRow("500") << 500 << ApiError::Server;
    QTest::newRow("502") << 502 << ApiError::Server;
    QTest::newRow("503") << 503 << ApiError::Server;
    QTest::newRow("504") << 504 << ApiError::Server;
}

void TestApiError::httpStatus()
{
    QFETCH(int, status);
    QFETCH(ApiError, expected);
    QCOMPARE(apiErrorForHttpStatus(status), expected);
}

void TestApiError::classify_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("networkError");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("abortedByCaller");
    QTest::addColumn<ApiError>("expected");
    QTest::newRow("ok") << QNetworkReply::NoError << 200 << false << ApiError::None;
    QTest::newRow("canceled by caller") << QNetworkReply::OperationCanceledError << 0 << true << ApiError::Canceled;
    QTest::newRow("transfer timeout") << QNetworkReply::OperationCanceledError << 0 << false << ApiError::Timeout;
    QTest::newRow("timeout after headers")
        << QNetworkReply::OperationCanceledError << 200 << false << ApiError::Timeout;
    QTest::newRow("socket timeout") << QNetworkReply::TimeoutError << 0 << false << ApiError::Timeout;
    QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << 0 << false << ApiError::Tls;
    QTest::newRow("insecure refused") << QNetworkReply::ProtocolUnknownError << 0 << false << ApiError::Tls;
    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << 0 << false << ApiError::Network;
    QTest::newRow("host not found") << QNetworkReply::HostNotFoundError << 0 << false << ApiError::Network;
    QTest::newRow("truncated 200") << QNetworkReply::RemoteHostClosedError << 200 << false << ApiError::Network;
    QTest::newRow("proxy") << QNetworkReply::ProxyConnectionRefusedError << 0 << false << ApiError::Network;
    QTest::newRow("400") << QNetworkReply::ProtocolInvalidOperationError << 400 << false << ApiError::BadRequest;
    QTest::newRow("401") << QNetworkReply::AuthenticationRequiredError << 401 << false << ApiError::Unauthorized;
    QTest::newRow("403") << QNetworkReply::ContentAccessDenied << 403 << false << ApiError::Forbidden;
    QTest::newRow("404") << QNetworkReply::ContentNotFoundError << 404 << false << ApiError::NotFound;
    QTest::newRow("409") << QNetworkReply::ContentConflictError << 409 << false << ApiError::Conflict;
    QTest::newRow("415") << QNetworkReply::UnknownContentError << 415 << false << ApiError::UnsupportedMedia;
    QTest::newRow("500") << QNetworkReply::InternalServerError << 500 << false << ApiError::Server;
    QTest::newRow("503") << QNetworkReply::ServiceUnavailableError << 503 << false << ApiError::Server;
    QTest::newRow("protocol failure, no status") << QNetworkReply::ProtocolFailure << 0 << false << ApiError::Network;
}

void TestApiError::classify()
{
    QFETCH(QNetworkReply::NetworkError, networkError);
    QFETCH(int, status);
    QFETCH(bool, abortedByCaller);
    QFETCH(ApiError, expected);
    QCOMPARE(classifyReply(networkError, status, abortedByCaller), expected);
}

void TestApiError::retryable_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("expected");
    QTest::newRow("None") << ApiError::None << false;
    QTest::newRow("Canceled") << ApiError::Canceled << false;
    QTest::newRow("Timeout") << ApiError::Timeout << true;
    QTest::newRow("Network") << ApiError::Network << true;
    QTest::newRow("Tls") << ApiError::Tls << false;
    QTest::newRow("Unauthorized") << ApiError::Unauthorized << false;
    QTest::newRow("Forbidden") << ApiError::Forbidden << false;
    QTest::newRow("NotFound") << ApiError::NotFound << false;
    QTest::newRow("Conflict") << ApiError::Conflict << false;
    QTest::newRow("BadRequest") << ApiError::BadRequest << false;
    QTest::newRow("UnsupportedMedia") << ApiError::UnsupportedMedia << false;
    QTest::newRow("Server") << ApiError::Server << true;
    QTest::newRow("Parse") << ApiError::Parse << false;
    QTest::newRow("Redirect") << ApiError::Redirect << false;
    QTest::newRow("TooLarge") << ApiError::TooLarge << false;
}

void TestApiError::retryable()
{
    QFETCH(ApiError, error);
    QFETCH(bool, expected);
    QCOMPARE(isRetryable(error), expected);
}

void TestApiError::message_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    const QByteArray plain = "text/plain; charset=utf-8";
    QTest::newRow("contract form") << QByteArray(
                                          "Error 400: The new contact must contain at least one valid ContactList")
                                   << plain << QStringLiteral("Bad Request") << 400
                                   << QStringLiteral("The new contact must contain at least one valid ContactList");
    QTest::newRow("trailing newline") << QByteArray("Error 404: Contact not found\r\n") << plain
                                      << QStringLiteral("Not Found") << 404 << QStringLiteral("Contact not found");
    QTest::newRow("any case, no space") << QByteArray("error 409:Email address already exists") << plain << QString()
                                        << 409 << QStringLiteral("Email address already exists");
    QTest::newRow("pattern wins over content type")
        << QByteArray("Error 403: over rate limit") << QByteArray("text/html") << QStringLiteral("Forbidden") << 403
        << QStringLiteral("over rate limit");
    QTest::newRow("other plain text") << QByteArray("Quota exceeded for today") << plain << QStringLiteral("Forbidden")
                                      << 403 << QStringLiteral("Quota exceeded for today");
    QTest::newRow("html page -> reason") << QByteArray("<html><body><h1>502</h1></body></html>")
                                         << QByteArray("text/html") << QStringLiteral("Bad Gateway") << 502
                                         << QStringLiteral("Bad Gateway");
    QTest::newRow("empty message -> reason")
        << QByteArray("Error 400:") << plain << QStringLiteral("Bad Request") << 400 << QStringLiteral("Bad Request");
    QTest::newRow("nothing -> standard text")
        << QByteArray() << QByteArray() << QString() << 503 << QStringLiteral("Service Unavailable");
    QTest::newRow("unknown status") << QByteArray() << QByteArray() << QString() << 599
                                    << QStringLiteral("HTTP status 599");
}

void TestApiError::message()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, reason);
    QFETCH(int, status);
    QFETCH(QString, expected);
    QCOMPARE(serverMessage(body, contentType, reason, status), expected);
}

void TestApiError::shouldRetry_data()
{
    QTest::addColumn<HttpMethod>("method");
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<int>("retriesDone");
    QTest::addColumn<bool>("expected");
    QTest::newRow("GET network") << HttpMethod::Get << ApiError::Network << 0 << true;
    QTest::newRow("GET timeout") << HttpMethod::Get << ApiError::Timeout << 1 << true;
    QTest::newRow("GET 5xx") << HttpMethod::Get << ApiError::Server << 2 << true;
    QTest::newRow("GET capped") << HttpMethod::Get << ApiError::Server << 3 << false;
    QTest::newRow("GET 400") << HttpMethod::Get << ApiError::BadRequest << 0 << false;
    QTest::newRow("GET 401") << HttpMethod::Get << ApiError::Unauthorized << 0 << false;
    QTest::newRow("GET 403") << HttpMethod::Get << ApiError::Forbidden << 0 << false;
    QTest::newRow("GET 404") << HttpMethod::Get << ApiError::NotFound << 0 << false;
    QTest::newRow("GET 409") << HttpMethod::Get << ApiError::Conflict << 0 << false;
    QTest::newRow("GET 415") << HttpMethod::Get << ApiError::UnsupportedMedia << 0 << false;
    QTest::newRow("GET tls") << HttpMethod::Get << ApiError::Tls << 0 << false;
    QTest::newRow("GET canceled") << HttpMethod::Get << ApiError::Canceled << 0 << false;
    QTest::newRow("GET parse") << HttpMethod::Get << ApiError::Parse << 0 << false;
    QTest::newRow("POST network") << HttpMethod::Post << ApiError::Network << 0 << false;
    QTest::newRow("POST 5xx") << HttpMethod::Post << ApiError::Server << 0 << false;
    QTest::newRow("PUT timeout") << HttpMethod::Put << ApiError::Timeout << 0 << false;
    QTest::newRow("PUT 5xx") << HttpMethod::Put << ApiError::Server << 0 << false;
    QTest::newRow("DELETE network") << HttpMethod::Delete << ApiError::Network << 0 << false;
    QTest::newRow("DELETE 5xx") << HttpMethod::Delete << ApiError::Server << 0 << false;
}

void TestApiError::shouldRetry()
{
    QFETCH(HttpMethod, method);
    QFETCH(ApiError, error);
    QFETCH(int, retriesDone);
    QFETCH(bool, expected);
    QCOMPARE(RetryPolicy{}.shouldRetry(method, error, retriesDone), expected);
    QVERIFY(!RetryPolicy::none().shouldRetry(method, error, retriesDone));
}

void TestApiError::defaultPolicy()
{
    const RetryPolicy p;
    QCOMPARE(p.maxRetries, 3);
    QCOMPARE(p.backoff, (QList<std::chrono::milliseconds>{500ms, 1000ms, 2000ms}));
    QVERIFY(p.jitter > 0.0 && p.jitter < 1.0);
}

void TestApiError::delay_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("1st, middle") << 1 << 0.5 << qint64(500);
    QTest::newRow("2nd, middle") << 2 << 0.5 << qint64(1000);
    QTest::newRow("3rd, middle") << 3 << 0.5 << qint64(2000);
    QTest::newRow("past the table") << 5 << 0.5 << qint64(2000);
    QTest::newRow("1st, lowest") << 1 << 0.0 << qint64(375);
    QTest::newRow("1st, highest") << 1 << 0.999999 << qint64(625);
    QTest::newRow("3rd, lowest") << 3 << 0.0 << qint64(1500);
    QTest::newRow("3rd, highest") << 3 << 0.999999 << qint64(2500);
}

void TestApiError::delay()
{
    QFETCH(int, retry);
    QFETCH(double, random);
    QFETCH(qint64, expectedMs);
    QCOMPARE(RetryPolicy{}.delayBefore(retry, random).count(), expectedMs);
}

void TestApiError::resultText()
{
    ApiResult r;
    r.error = ApiError::NotFound;
    r.httpStatus = 404;
    r.message = QStringLiteral("Contact not found");
    QCOMPARE(r.toString(), QStringLiteral("HTTP 404 (NotFound): Contact not found"));
    r = {};
    r.error = ApiError::Timeout;
    r.message = QStringLiteral("No response");
    QCOMPARE(r.toString(), QStringLiteral("Timeout: No response"));
    r.url = QUrl(QStringLiteral("https://h.example/ws/customers/joe/contacts?access_token=x"));
    const ApiResult parse = parseFailure(r, QStringLiteral("line 1, column 1: bad"));
    QCOMPARE(parse.error, ApiError::Parse);
    QVERIFY(parse.message.contains(QStringLiteral("line 1, column 1: bad")));
    QVERIFY(!parse.message.contains(QStringLiteral("access_token")));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
