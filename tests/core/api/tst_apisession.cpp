// SPDX-License-Identifier: GPL-3.0-or-later
// ApiSession: one account's access manager, client and operations opened together with a
// clear error, and torn down in order with requests still in flight. ApiJob::then/setOwner:
// the handler runs with its owner as context; an owner that goes first ends its job quietly.
#include "api/apijob.h"
#include "api/apisession.h"
#include "apitest.h"
#include "fakeaccessmanager.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace ctct;
using namespace ctct::test;

namespace {

const QUrl kServer(QStringLiteral("https://api.example.test"));
const QByteArray kContact = QByteArrayLiteral(
    "<entry xmlns=\"http://www.w3.org/2005/Atom\"><id>http://api.constantcontact.com/ws/customers/joe/contacts/7</id>"
    "<content type=\"application/vnd.ctct+xml\"><Contact xmlns=\"http://ws.constantcontact.com/ns/1.0/\" "
    "id=\"http://api.constantcontact.com/ws/customers/joe/contacts/7\"><EmailAddress>a@example.com</EmailAddress>"
    "</Contact></content></entry>");

// A session over a FakeAccessManager; fake points at it.
std::unique_ptr<ApiSession> fakeSession(FakeAccessManager **fake)
{
    auto access = std::make_unique<FakeAccessManager>();
    *fake = access.get();
    QString error;
    auto session = ApiSession::open({kServer, QStringLiteral("Joe"), Credentials::bearer(QStringLiteral("t"))}, &error,
                                    std::move(access));
    if (!session)
        qWarning("no session: %s", qPrintable(error));
    return session;
}

} // namespace

class TestApiSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesUnusableLogins_data()
    {
        QTest::addColumn<QUrl>("server");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("plain http to a remote host")
            << QUrl(QStringLiteral("http://api.example.test")) << QStringLiteral("joe") << QStringLiteral("http");
        QTest::newRow("not a web address")
            << QUrl(QStringLiteral("ftp://api.example.test")) << QStringLiteral("joe") << QString();
        QTest::newRow("no user") << kServer << QStringLiteral("  ") << QStringLiteral("username");
    }
    void refusesUnusableLogins()
    {
        QFETCH(QUrl, server);
        QFETCH(QString, user);
        QFETCH(QString, errorPart);
        QString error;
        const auto session = ApiSession::open({server, user, Credentials::bearer(QStringLiteral("t"))}, &error);
        QVERIFY(!session);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(errorPart, Qt::CaseInsensitive), qPrintable(error));
    }

    void opensWithEverythingWired()
    {
        FakeAccessManager *fake = nullptr;
        const auto session = fakeSession(&fake);
        QVERIFY(session);
        QCOMPARE(session->accessManager(), fake);
        QCOMPARE(session->client()->accessManager(), fake);
        QCOMPARE(session->operations().client(), session->client());
        QCOMPARE(session->client()->username(), QStringLiteral("joe")); // lower-cased for the path
        QCOMPARE(session->client()->server(), kServer);
        QCOMPARE(fake->credentials().scheme(), Credentials::Scheme::Bearer);

        // The sandbox's base URL carries a path: only the origin counts.
        QString error;
        const auto sandbox = ApiSession::open(
            {QUrl(QStringLiteral("http://127.0.0.1:8080/ws/customers/demo/")), QStringLiteral("demo"), {}}, &error);
        QVERIFY2(sandbox, qPrintable(error));
        QCOMPARE(sandbox->client()->accountUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080/ws/customers/demo/")));
    }

    void credentialsChangeInPlace()
    {
        FakeAccessManager *fake = nullptr;
        const auto session = fakeSession(&fake);
        QVERIFY(session);
        ApiClient *client = session->client();
        session->setCredentials(Credentials::basic(QStringLiteral("key"), QStringLiteral("joe"), QStringLiteral("pw")));
        QCOMPARE(session->client(), client); // the same client: its users keep their place
        QCOMPARE(fake->credentials().scheme(), Credentials::Scheme::Basic);
        QCOMPARE(session->login().credentials.apiKey(), QStringLiteral("key"));
    }

    void closesWithRequestsInFlight()
    {
        FakeAccessManager *fake = nullptr;
        auto session = fakeSession(&fake);
        QVERIFY(session);
        fake->enqueue(FakeResponse::hang());
        QPointer<ApiJob> job = session->operations().getContact(QStringLiteral("7"));
        int finished = 0;
        QObject::connect(job, &ApiJob::finished, job, [&finished] { ++finished; });
        QTRY_COMPARE(fake->requestCount(), 1);
        session.reset(); // jobs go with the client, before the access manager
        QVERIFY(job.isNull());
        QCOMPARE(finished, 0);
    }

    void thenRunsTheHandlerWithItsOwner()
    {
        FakeAccessManager *fake = nullptr;
        const auto session = fakeSession(&fake);
        QVERIFY(session);
        fake->enqueue(FakeResponse::payload(kContact));
        QObject owner;
        std::optional<ApiResult> got;
        session->operations().getContact(QStringLiteral("7"))->then(&owner, [&got](const ApiResult &r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QCOMPARE(got->body, kContact);
    }

    void anOwnerThatGoesEndsItsJobQuietly()
    {
        FakeAccessManager *fake = nullptr;
        const auto session = fakeSession(&fake);
        QVERIFY(session);
        fake->enqueue(FakeResponse::payload(kContact).delayed(std::chrono::milliseconds(30)));
        auto owner = std::make_unique<QObject>();
        int handled = 0;
        int finished = 0;
        QPointer<ApiJob> job =
            session->operations().getContact(QStringLiteral("7"))->then(owner.get(), [&handled](const ApiResult &) {
                ++handled;
            });
        QObject::connect(job, &ApiJob::finished, session->client(), [&finished] { ++finished; });
        QTRY_COMPARE(fake->requestCount(), 1);
        owner.reset();
        QVERIFY(job);
        QVERIFY(job->isFinished()); // abandoned: it can emit nothing any more
        QTRY_VERIFY(job.isNull());  // and deletes itself
        QCOMPARE(handled, 0);
        QCOMPARE(finished, 0);
    }

    void anOwnerThatOutlivesItsJobIsNotTouched()
    {
        FakeAccessManager *fake = nullptr;
        const auto session = fakeSession(&fake);
        QVERIFY(session);
        fake->enqueue(FakeResponse::payload(kContact));
        auto owner = std::make_unique<QObject>();
        int handled = 0;
        QPointer<ApiJob> job =
            session->operations().getContact(QStringLiteral("7"))->then(owner.get(), [&handled](const ApiResult &) {
                ++handled;
            });
        QTRY_COMPARE(handled, 1);
        QTRY_VERIFY(job.isNull()); // deleted later, as every job
        owner.reset();             // the connection to its destroyed() went with the job
        QCOMPARE(handled, 1);
    }
};

QTEST_GUILESS_MAIN(TestApiSession)
#include "tst_apisession.moc"
