// SPDX-License-Identifier: GPL-3.0-or-later
// ApiClient: the server and the user, /ws/customers/{user}/ URLs, ids of any form mapped onto
// the configured server, and the jobs it starts.
#include "api/apiclient.h"
#include "apitest.h"
#include "fakeaccessmanager.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace ctct;
using namespace ctct::test;
using namespace std::chrono_literals;

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void server_data();
    void server();
    void urls();
    void urlForId_data();
    void urlForId();
    void onServer_data();
    void onServer();
    void jobs_data();
    void jobs();
    void retryPolicyUsed();
};

void TestApiClient::defaults()
{
    FakeAccessManager nam;
    ApiClient client(&nam);
    QCOMPARE(client.server(), QUrl(QStringLiteral("https://api.constantcontact.com")));
    QCOMPARE(ApiClient::defaultServer(), client.server());
    QCOMPARE(client.accessManager(), &nam);
    QCOMPARE(client.retryPolicy().maxRetries, 3);
}

void TestApiClient::server_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("stored");
    QTest::newRow("https") << QStringLiteral("https://api.example.com") << true
                           << QStringLiteral("https://api.example.com");
    QTest::newRow("https, path and query dropped") << QStringLiteral("https://u:p@API.example.com:8443/x?y=1") << true
                                                   << QStringLiteral("https://api.example.com:8443");
    QTest::newRow("sandbox") << QStringLiteral("http://127.0.0.1:45678") << true
                             << QStringLiteral("http://127.0.0.1:45678");
    QTest::newRow("localhost") << QStringLiteral("http://localhost:8080/") << true
                               << QStringLiteral("http://localhost:8080");
    QTest::newRow("http elsewhere") << QStringLiteral("http://api.constantcontact.com") << false << QString();
    QTest::newRow("not http") << QStringLiteral("file:///tmp/x") << false << QString();
    QTest::newRow("garbage") << QStringLiteral("not a url") << false << QString();
}

void TestApiClient::server()
{
    QFETCH(QString, server);
    QFETCH(bool, accepted);
    QFETCH(QString, stored);
    FakeAccessManager nam;
    ApiClient client(&nam);
    const QUrl before = client.server();
    QCOMPARE(client.setServer(QUrl(server)), accepted);
    if (accepted) {
        QCOMPARE(client.server().toString(), stored);
        QVERIFY(client.error().isEmpty());
    } else {
        QCOMPARE(client.server(), before);
        QVERIFY(client.error().startsWith(QStringLiteral("Refusing")));
    }
}

void TestApiClient::urls()
{
    FakeAccessManager nam;
    ApiClient client(&nam);
    client.setUsername(QStringLiteral(" JoeSmith "));
    QCOMPARE(client.username(), QStringLiteral("joesmith"));
    QCOMPARE(client.accountUrl().toString(), QStringLiteral("https://api.constantcontact.com/ws/customers/joesmith/"));
    QCOMPARE(client.url(QStringLiteral("contacts")).toString(),
             QStringLiteral("https://api.constantcontact.com/ws/customers/joesmith/contacts"));
    QCOMPARE(client.url(QStringLiteral("/lists/3/members")).toString(),
             QStringLiteral("https://api.constantcontact.com/ws/customers/joesmith/lists/3/members"));
    // The event service documents need their trailing '/'.
    QCOMPARE(client.url(QStringLiteral("campaigns/1100546096289/events/")).path(),
             QStringLiteral("/ws/customers/joesmith/campaigns/1100546096289/events/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("email"), QStringLiteral("a+b@example.com"));
    query.addQueryItem(QStringLiteral("updatedsince"), QStringLiteral("2010-01-01T00:00:00.000Z"));
    const QUrl search = client.url(QStringLiteral("contacts"), query);
    QCOMPARE(search.path(), QStringLiteral("/ws/customers/joesmith/contacts"));
    // '+' must reach the server encoded, or it reads as a space.
    QCOMPARE(search.query(QUrl::FullyEncoded),
             QStringLiteral("email=a%2Bb%40example.com&updatedsince=2010-01-01T00%3A00%3A00.000Z"));
    QVERIFY(client.setServer(QUrl(QStringLiteral("http://127.0.0.1:4321"))));
    QCOMPARE(client.url(QStringLiteral("lists")).toString(),
             QStringLiteral("http://127.0.0.1:4321/ws/customers/joesmith/lists"));
}

void TestApiClient::urlForId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("expected"); // on the sandbox server http://127.0.0.1:4321
    const QString base = QStringLiteral("http://127.0.0.1:4321/ws/customers/joe/");
    QTest::newRow("http id (decision 21)")
        << QStringLiteral("http://api.constantcontact.com/ws/customers/joe/contacts/42") << QString()
        << base + QStringLiteral("contacts/42");
    QTest::newRow("https id") << QStringLiteral("https://api.constantcontact.com/ws/customers/joe/lists/3") << QString()
                              << base + QStringLiteral("lists/3");
    QTest::newRow("foreign host") << QStringLiteral("https://evil.example/ws/customers/joe/contacts/42") << QString()
                                  << base + QStringLiteral("contacts/42");
    QTest::newRow("edit link path") << QStringLiteral("/ws/customers/joe/campaigns/1100546096289") << QString()
                                    << base + QStringLiteral("campaigns/1100546096289");
    QTest::newRow("below the account") << QStringLiteral("lists/2/members") << QString()
                                       << base + QStringLiteral("lists/2/members");
    QTest::newRow("short id") << QStringLiteral("42") << QStringLiteral("contacts")
                              << base + QStringLiteral("contacts/42");
    QTest::newRow("short id, collection with slash")
        << QStringLiteral("a07e1ffaxjxffmvj6qd") << QStringLiteral("activities/")
        << base + QStringLiteral("activities/a07e1ffaxjxffmvj6qd");
    QTest::newRow("short id, nested collection")
        << QStringLiteral("001xn3Y4OR91_zwO") << QStringLiteral("events/a07e1hoasmu0e644426/registrants")
        << base + QStringLiteral("events/a07e1hoasmu0e644426/registrants/001xn3Y4OR91_zwO");
    QTest::newRow("tag id (decision 23)")
        << QStringLiteral("tag:api.constantcontact.com,2010:/ws/customers/joe/events/a07e1hoasmu0e644426") << QString()
        << base + QStringLiteral("events/a07e1hoasmu0e644426");
    QTest::newRow("export file") << QStringLiteral(
                                        "http://api.constantcontact.com/ws/customers/joe/activities/a07e1.csv")
                                 << QString() << base + QStringLiteral("activities/a07e1.csv");
    QTest::newRow("query kept") << QStringLiteral("/ws/customers/joe/contacts?next=g24umerp-fymhqg") << QString()
                                << base + QStringLiteral("contacts?next=g24umerp-fymhqg");
    QTest::newRow("whitespace") << QStringLiteral("  42\n") << QStringLiteral("contacts")
                                << base + QStringLiteral("contacts/42");
    QTest::newRow("short id without collection") << QStringLiteral("42") << QString() << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("contacts") << QString();
}

void TestApiClient::urlForId()
{
    QFETCH(QString, id);
    QFETCH(QString, collection);
    QFETCH(QString, expected);
    FakeAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.setServer(QUrl(QStringLiteral("http://127.0.0.1:4321"))));
    client.setUsername(QStringLiteral("joe"));
    const QUrl url = client.urlForId(id, collection);
    QCOMPARE(url.toString(), expected);
    QCOMPARE(url.isEmpty(), expected.isEmpty());
}

void TestApiClient::onServer_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("same server") << QStringLiteral("https://api.example.com/ws/customers/joe/contacts?next=2")
                                 << QStringLiteral("https://api.example.com/ws/customers/joe/contacts?next=2");
    QTest::newRow("production host over http")
        << QStringLiteral("http://api.constantcontact.com/ws/customers/joe/contacts?next=abc123")
        << QStringLiteral("https://api.example.com/ws/customers/joe/contacts?next=abc123");
    QTest::newRow("relative") << QStringLiteral("lists?next=6")
                              << QStringLiteral("https://api.example.com/ws/customers/joe/lists?next=6");
    QTest::newRow("encoded query kept")
        << QStringLiteral("https://x.example/ws/customers/joe/contacts?email=a%2Bb%40c.d")
        << QStringLiteral("https://api.example.com/ws/customers/joe/contacts?email=a%2Bb%40c.d");
}

void TestApiClient::onServer()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    FakeAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.setServer(QUrl(QStringLiteral("https://api.example.com"))));
    client.setUsername(QStringLiteral("joe"));
    QCOMPARE(client.onServer(QUrl(url, QUrl::TolerantMode)).toString(QUrl::FullyEncoded), expected);
}

void TestApiClient::jobs_data()
{
    QTest::addColumn<HttpMethod>("method");
    QTest::addColumn<QNetworkAccessManager::Operation>("operation");
    QTest::newRow("get") << HttpMethod::Get << QNetworkAccessManager::GetOperation;
    QTest::newRow("post") << HttpMethod::Post << QNetworkAccessManager::PostOperation;
    QTest::newRow("put") << HttpMethod::Put << QNetworkAccessManager::PutOperation;
    QTest::newRow("delete") << HttpMethod::Delete << QNetworkAccessManager::DeleteOperation;
}

void TestApiClient::jobs()
{
    QFETCH(HttpMethod, method);
    QFETCH(QNetworkAccessManager::Operation, operation);
    FakeAccessManager nam;
    nam.enqueue(FakeResponse::payload("<entry/>"));
    ApiClient client(&nam);
    client.setUsername(QStringLiteral("joe"));
    const QUrl url = client.urlForId(QStringLiteral("42"), QStringLiteral("contacts"));
    ApiJob *job = nullptr;
    switch (method) {
    case HttpMethod::Get:
        job = client.get(url);
        break;
    case HttpMethod::Post:
        job = client.post(url, "<entry/>");
        break;
    case HttpMethod::Put:
        job = client.put(url, "<entry/>", "application/atom+xml;type=entry");
        break;
    case HttpMethod::Delete:
        job = client.deleteResource(url);
        break;
    }
    QVERIFY(job);
    QCOMPARE(job->parent(), &client);
    QVERIFY(job->isRunning()); // started
    QCOMPARE(job->request().method, method);
    QPointer<ApiJob> guard(job);
    QSignalSpy finished(job, &ApiJob::finished);
    QVERIFY(finished.wait(2000));
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(nam.requestCount(), 1);
    QCOMPARE(nam.requests().constFirst().operation, operation);
    QCOMPARE(nam.requests().constFirst().request.url(), url);
    if (method == HttpMethod::Put)
        QCOMPARE(nam.requests().constFirst().request.rawHeader("Content-Type"),
                 QByteArrayLiteral("application/atom+xml;type=entry"));
}

void TestApiClient::retryPolicyUsed()
{
    FakeAccessManager nam;
    nam.setResponder([](const RecordedRequest &) { return FakeResponse::httpError(503, QStringLiteral("busy")); });
    ApiClient client(&nam);
    RetryPolicy policy;
    policy.maxRetries = 1;
    policy.backoff = {1ms};
    client.setRetryPolicy(policy);
    ApiJob *job = client.get(client.url(QStringLiteral("contacts")));
    QSignalSpy finished(job, &ApiJob::finished);
    QVERIFY(finished.wait(2000));
    QCOMPARE(nam.requestCount(), 2);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
