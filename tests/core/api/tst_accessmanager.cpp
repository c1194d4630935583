// SPDX-License-Identifier: GPL-3.0-or-later
// AccessManager: the headers, credentials and timeout of every request, the transport policy
// (https, or http to loopback only) and the redacted request log.
#include "api/accessmanager.h"
#include "fakeaccessmanager.h"
#include "logcapture.h"
#include "loopbackserver.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ctct;
using namespace ctct::test;
using namespace std::chrono_literals;

namespace {

const QString kApiKey = QStringLiteral("API-KEY-4d8e91");
const QString kPassword = QStringLiteral("PASSWORD-x7Qz");
const QString kToken = QStringLiteral("TOKEN-b5Kp20");

QNetworkReply *sendOne(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                       const QByteArray &contentType = {})
{
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (verb == "GET")
        return nam.get(request);
    if (verb == "POST")
        return nam.post(request, body);
    if (verb == "PUT")
        return nam.put(request, body);
    return nam.deleteResource(request);
}

} // namespace

class TestAccessManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headers_data();
    void headers();
    void bearer();
    void noCredentials();
    void callerHeadersKept();
    void timeout();
    void limits();
    void loopback_data();
    void loopback();
    void transportPolicy_data();
    void transportPolicy();
    void log_data();
    void log();
    void redactedUrl_data();
    void redactedUrl();
    void onTheWire();
};

void TestAccessManager::headers_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QNetworkAccessManager::Operation>("operation");
    QTest::addColumn<bool>("hasBody");
    QTest::newRow("GET") << QByteArray("GET") << QNetworkAccessManager::GetOperation << false;
    QTest::newRow("POST") << QByteArray("POST") << QNetworkAccessManager::PostOperation << true;
    QTest::newRow("PUT") << QByteArray("PUT") << QNetworkAccessManager::PutOperation << true;
    QTest::newRow("DELETE") << QByteArray("DELETE") << QNetworkAccessManager::DeleteOperation << false;
}

void TestAccessManager::headers()
{
    QFETCH(QByteArray, verb);
    QFETCH(QNetworkAccessManager::Operation, operation);
    QFETCH(bool, hasBody);

    FakeAccessManager nam;
    nam.setCredentials(Credentials::basic(kApiKey, QStringLiteral("joe"), kPassword));
    nam.enqueue(FakeResponse::payload("<feed/>"));
    std::unique_ptr<QNetworkReply> reply(
        sendOne(nam, verb, QUrl(QStringLiteral("https://api.constantcontact.com/ws/customers/joe/contacts")),
                hasBody ? QByteArray("<entry/>") : QByteArray()));
    QCOMPARE(nam.requestCount(), 1);
    const RecordedRequest &sent = nam.requests().constFirst();
    QCOMPARE(sent.operation, operation);
    QCOMPARE(sent.request.rawHeader("Accept"), QByteArrayLiteral("application/atom+xml"));
    QCOMPARE(sent.request.rawHeader("User-Agent"), AccessManager::userAgent());
    QVERIFY(AccessManager::userAgent().startsWith("ctct-manager/"));
    QVERIFY(AccessManager::userAgent().size() > int(sizeof("ctct-manager/")));
    QCOMPARE(sent.request.rawHeader("Authorization"),
             "Basic " + (kApiKey + QStringLiteral("%joe:") + kPassword).toUtf8().toBase64());
    QCOMPARE(sent.request.transferTimeout(), 30000);
    QCOMPARE(sent.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
    if (hasBody) {
        QCOMPARE(sent.request.rawHeader("Content-Type"), QByteArrayLiteral("application/atom+xml"));
        QCOMPARE(sent.body, QByteArrayLiteral("<entry/>"));
    } else {
        QVERIFY(!sent.request.hasRawHeader("Content-Type"));
    }
    QTRY_VERIFY(reply->isFinished());
}

void TestAccessManager::bearer()
{
    FakeAccessManager nam;
    nam.setCredentials(Credentials::bearer(kToken));
    nam.enqueue(FakeResponse::payload("<feed/>"));
    std::unique_ptr<QNetworkReply> reply(sendOne(nam, "GET", QUrl(QStringLiteral("https://h.example/ws/"))));
    QCOMPARE(nam.requests().constFirst().request.rawHeader("Authorization"), "Bearer " + kToken.toUtf8());
}

void TestAccessManager::noCredentials()
{
    FakeAccessManager nam;
    nam.enqueue(FakeResponse::payload("<feed/>"));
    std::unique_ptr<QNetworkReply> reply(sendOne(nam, "GET", QUrl(QStringLiteral("https://h.example/ws/"))));
    QVERIFY(!nam.requests().constFirst().request.hasRawHeader("Authorization"));
}

void TestAccessManager::callerHeadersKept()
{
    FakeAccessManager nam;
    nam.enqueue(FakeResponse::payload("ok"));
    QNetworkRequest request(QUrl(QStringLiteral("https://h.example/ws/customers/joe/activities")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "text/csv");
    std::unique_ptr<QNetworkReply> reply(nam.post(request, QByteArray("activityType=SV_ADD")));
    const QNetworkRequest &sent = nam.requests().constFirst().request;
    QCOMPARE(sent.rawHeader("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded"));
    QCOMPARE(sent.rawHeader("Accept"), QByteArrayLiteral("text/csv"));
}

void TestAccessManager::timeout()
{
    FakeAccessManager nam;
    QCOMPARE(nam.timeout(), AccessManager::DefaultTimeout);
    QCOMPARE(nam.timeout(), 30000ms);
    nam.setTimeout(5s);
    QCOMPARE(nam.timeout(), 5000ms);
    nam.setResponder([](const RecordedRequest &) { return FakeResponse::payload("x"); });

    std::unique_ptr<QNetworkReply> a(sendOne(nam, "GET", QUrl(QStringLiteral("https://h.example/a"))));
    QCOMPARE(nam.requests().at(0).request.transferTimeout(), 5000);

    QNetworkRequest own(QUrl(QStringLiteral("https://h.example/b")));
    own.setTransferTimeout(120000);
    std::unique_ptr<QNetworkReply> b(nam.get(own));
    QCOMPARE(nam.requests().at(1).request.transferTimeout(), 120000);

    nam.setTimeout(0ms); // never without a timeout: back to the default
    std::unique_ptr<QNetworkReply> c(sendOne(nam, "GET", QUrl(QStringLiteral("https://h.example/c"))));
    QCOMPARE(nam.requests().at(2).request.transferTimeout(), 30000);
}

void TestAccessManager::limits()
{
    // The deadline of a whole job and the largest body read: defaults, set, and never unbounded.
    FakeAccessManager nam;
    QCOMPARE(nam.deadline(), AccessManager::DefaultDeadline);
    QCOMPARE(nam.maxResponseBytes(), AccessManager::DefaultMaxResponseBytes);
    QCOMPARE(nam.maxResponseBytes(), qint64(64) * 1024 * 1024);
    nam.setDeadline(3s);
    nam.setMaxResponseBytes(1000);
    QCOMPARE(nam.deadline(), 3000ms);
    QCOMPARE(nam.maxResponseBytes(), qint64(1000));
    nam.setDeadline(0ms);
    nam.setMaxResponseBytes(-1);
    QCOMPARE(nam.deadline(), AccessManager::DefaultDeadline);
    QCOMPARE(nam.maxResponseBytes(), AccessManager::DefaultMaxResponseBytes);
}

void TestAccessManager::loopback_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("expected");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.1.2.3") << QStringLiteral("127.1.2.3") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LocalHost") << QStringLiteral("LocalHost") << true;
    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
    QTest::newRow("::2") << QStringLiteral("::2") << false;
    QTest::newRow("localhost.example") << QStringLiteral("localhost.example") << false;
    QTest::newRow("127.0.0.1.nip.io") << QStringLiteral("127.0.0.1.nip.io") << false;
    QTest::newRow("api host") << QStringLiteral("api.constantcontact.com") << false;
}

void TestAccessManager::loopback()
{
    QFETCH(QString, host);
    QFETCH(bool, expected);
    QCOMPARE(AccessManager::isLoopbackHost(host), expected);
}

void TestAccessManager::transportPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << QStringLiteral("https://api.constantcontact.com/ws/customers/joe/") << true;
    QTest::newRow("https on loopback") << QStringLiteral("https://127.0.0.1:8443/ws/") << true;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/ws/customers/joe/") << true;
    QTest::newRow("http 127.8.0.1") << QStringLiteral("http://127.8.0.1/ws/") << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080/ws/") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/ws/") << true;
    QTest::newRow("http api host") << QStringLiteral("http://api.constantcontact.com/ws/customers/joe/") << false;
    QTest::newRow("http LAN") << QStringLiteral("http://192.168.1.20:8080/ws/") << false;
    QTest::newRow("http lookalike") << QStringLiteral("http://localhost.evil.example/ws/") << false;
    QTest::newRow("ftp loopback") << QStringLiteral("ftp://127.0.0.1/ws/") << false;
    QTest::newRow("no host") << QStringLiteral("https:///ws/") << false;
}

void TestAccessManager::transportPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);

    FakeAccessManager nam;
    nam.setCredentials(Credentials::basic(kApiKey, QStringLiteral("joe"), kPassword));
    nam.setResponder([](const RecordedRequest &) { return FakeResponse::payload("<feed/>"); });
    std::unique_ptr<QNetworkReply> reply(sendOne(nam, "GET", QUrl(url)));
    QVERIFY(!reply->isFinished()); // never synchronously, allowed or not
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(2000));
    QCOMPARE(finished.count(), 1);
    if (allowed) {
        QCOMPARE(nam.requestCount(), 1);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QVERIFY(AccessManager::transportRefusal(QUrl(url)).isEmpty());
    } else {
        QCOMPARE(nam.requestCount(), 0); // nothing reached the wire
        QCOMPARE(reply->error(), QNetworkReply::ProtocolUnknownError);
        QVERIFY2(reply->errorString().startsWith(QStringLiteral("Refusing")), qPrintable(reply->errorString()));
        QCOMPARE(reply->errorString(), AccessManager::transportRefusal(QUrl(url)));
    }
}

void TestAccessManager::log_data()
{
    QTest::addColumn<Credentials>("credentials");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QStringList>("shown");
    const Credentials basic = Credentials::basic(kApiKey, QStringLiteral("joe"), kPassword);
    const QByteArray basicHeader = basic.authorizationHeader();
    QTest::newRow("basic") << basic
                           << QStringLiteral("https://api.constantcontact.com/ws/customers/joe/contacts?next=2")
                           << QStringList{kApiKey, kPassword, QString::fromLatin1(basicHeader.mid(6))}
                           << QStringList{QStringLiteral("GET"), QStringLiteral("/ws/customers/joe/contacts?next=2"),
                                          QStringLiteral("auth: Basic")};
    QTest::newRow("bearer") << Credentials::bearer(kToken)
                            << QStringLiteral("https://api.constantcontact.com/ws/customers/joe/lists")
                            << QStringList{kToken} << QStringList{QStringLiteral("auth: Bearer")};
    QTest::newRow("token in query") << Credentials()
                                    << QStringLiteral(
                                           "https://api.constantcontact.com/ws/customers/joe/lists?access_token=") +
                                           kToken + QStringLiteral("&next=3")
                                    << QStringList{kToken}
                                    << QStringList{QStringLiteral("access_token=<redacted>&next=3")};
    QTest::newRow("user info") << Credentials()
                               << QStringLiteral("https://joe:") + kPassword + QStringLiteral("@h.example/ws/")
                               << QStringList{kPassword} << QStringList{QStringLiteral("https://h.example/ws/")};
    QTest::newRow("refused http") << Credentials::bearer(kToken)
                                  << QStringLiteral("http://h.example/ws/?access_token=") + kToken
                                  << QStringList{kToken} << QStringList{QStringLiteral("refused")};
}

void TestAccessManager::log()
{
    QFETCH(Credentials, credentials);
    QFETCH(QString, url);
    QFETCH(QStringList, secrets);
    QFETCH(QStringList, shown);

    const LogCapture capture;
    {
        FakeAccessManager nam;
        nam.setCredentials(credentials);
        nam.setResponder([](const RecordedRequest &) { return FakeResponse::payload("<feed/>"); });
        std::unique_ptr<QNetworkReply> reply(sendOne(nam, "GET", QUrl(url)));
        QTRY_VERIFY(reply->isFinished());
        // The secret really was in the request, so its absence from the log means something.
        if (!credentials.isEmpty() && nam.requestCount() == 1)
            QCOMPARE(nam.requests().constFirst().request.rawHeader("Authorization"), credentials.authorizationHeader());
    }
    const QString log = capture.text();
    QVERIFY2(log.contains(QStringLiteral("ctct.api.access")), qPrintable(log));
    for (const QString &text : std::as_const(shown))
        QVERIFY2(log.contains(text), qPrintable(QStringLiteral("missing '%1' in:\n%2").arg(text, log)));
    for (const QString &secret : std::as_const(secrets))
        QVERIFY2(!log.contains(secret), qPrintable(QStringLiteral("secret '%1' in:\n%2").arg(secret, log)));
    QVERIFY(!log.contains(QStringLiteral("Authorization:")));
}

void TestAccessManager::redactedUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("https://h.example/ws/customers/joe/contacts?next=abc")
                           << QStringLiteral("https://h.example/ws/customers/joe/contacts?next=abc");
    QTest::newRow("token") << QStringLiteral("https://h.example/x?a=1&access_token=SECRET&b=2")
                           << QStringLiteral("https://h.example/x?a=1&access_token=<redacted>&b=2");
    QTest::newRow("token, any case") << QStringLiteral("https://h.example/x?Access_Token=SECRET")
                                     << QStringLiteral("https://h.example/x?Access_Token=<redacted>");
    QTest::newRow("encoded name") << QStringLiteral("https://h.example/x?access%5Ftoken=SECRET")
                                  << QStringLiteral("https://h.example/x?access_token=<redacted>");
    QTest::newRow("password") << QStringLiteral("https://h.example/x?password=SECRET")
                              << QStringLiteral("https://h.example/x?password=<redacted>");
    QTest::newRow("user info") << QStringLiteral("https://u:SECRET@h.example/x")
                               << QStringLiteral("https://h.example/x");
}

void TestAccessManager::redactedUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(AccessManager::redactedUrl(QUrl(url)), expected);
}

// The real network stack, on loopback: what actually goes out.
void TestAccessManager::onTheWire()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    server.enqueue({200,
                    "OK",
                    "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>",
                    {{"Content-Type", "application/atom+xml"}},
                    false});

    AccessManager nam;
    nam.setCredentials(Credentials::basic(kApiKey, QStringLiteral("joe"), kPassword));
    QUrl url = server.url();
    url.setPath(QStringLiteral("/ws/customers/joe/contacts"));
    std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(server.requests().size(), 1);
    const QByteArray raw = server.requests().constFirst();
    QVERIFY2(raw.startsWith("GET /ws/customers/joe/contacts HTTP/1.1\r\n"), raw.constData());
    const QByteArray auth =
        "Authorization: " + Credentials::basic(kApiKey, QStringLiteral("joe"), kPassword).authorizationHeader() +
        "\r\n";
    QVERIFY2(raw.contains(auth), raw.constData());
    QVERIFY2(raw.contains("Accept: application/atom+xml\r\n"), raw.constData());
    QVERIFY2(raw.contains(QByteArray("User-Agent: " + AccessManager::userAgent() + "\r\n")), raw.constData());
}

QTEST_GUILESS_MAIN(TestAccessManager)
#include "tst_accessmanager.moc"
