// SPDX-License-Identifier: GPL-3.0-or-later
// The client against the sandbox's fault switches and access rules: latency, 5xx answers (GETs
// retried, writes never), hangs that end in a Timeout, malformed bodies that end in a Parse
// error, the rate limit, wrong credentials, another account's path and Bearer tokens.
#include "api/activitytracker.h"
#include "integration.h"
#include "logcapture.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace ctct;
using namespace ctct::test;
using namespace std::chrono_literals;
using Options = ctct::sandbox::Sandbox::Options;

namespace {

Options with(const std::function<void(Options &)> &change)
{
    Options o = Integration::defaults();
    change(o);
    return o;
}

} // namespace

class TestIntFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latency();
    void serverErrorsAfterRetries();
    void someFailuresAreRetriedAway();
    void writesAreNeverRetried();
    void hangsEndInTimeout();
    void refusedConnections();
    void malformedBodies();
    void rateLimit();
    void wrongPassword();
    void otherAccountsPath();
    void bearerToken();
    void secretsStayOutOfTheLog();
};

void TestIntFaults::latency()
{
    Integration f(with([](Options &o) { o.latencyMs = 150; }));
    QVERIFY(f.started());
    QSignalSpy delayed(&f.sandbox(), &sandbox::Sandbox::answerDelayed);
    const Collected<Contact> all = f.contacts();
    QCOMPARE(all.result.error, ApiError::None);
    QCOMPARE(all.entries.size(), 120);
    QCOMPARE(delayed.size(), 3); // every page was held back, and arrived
    const ApiResult one = Integration::run(f.ops().getContact(all.entries.first().id));
    QCOMPARE(one.error, ApiError::None);
    QCOMPARE(one.attempts, 1);
    // Requests in flight together each get their own answer.
    QHash<QString, QString> emailById;
    for (const Contact &c : all.entries.mid(0, 12)) {
        ApiJob *job = f.ops().getContact(c.id);
        QObject::connect(job, &ApiJob::finished, job, [job, &emailById] {
            const atom::Parsed<Contact> parsed = parseEntry<Contact>(job->result());
            emailById.insert(job->result().url.path().section(u'/', -1),
                             parsed.ok() ? parsed.value->emailAddress : job->result().toString());
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(emailById.size(), 12, 5000);
    for (const Contact &c : all.entries.mid(0, 12))
        QCOMPARE(emailById.value(c.shortId()), c.emailAddress);
}

void TestIntFaults::serverErrorsAfterRetries()
{
    Integration f(with([](Options &o) { o.failRate = 1.0; }));
    QVERIFY(f.started());
    f.client().setRetryPolicy(Integration::fastRetries());
    ApiJob *job = f.ops().getList(QStringLiteral("1"));
    QSignalSpy retrying(job, &ApiJob::retrying);
    const ApiResult r = Integration::run(job);
    QCOMPARE(r.error, ApiError::Server);
    QVERIFY2(r.httpStatus == 500 || r.httpStatus == 503, qPrintable(QString::number(r.httpStatus)));
    QCOMPARE(r.attempts, 1 + RetryPolicy().maxRetries);
    QCOMPARE(r.attempts, 4);
    QCOMPARE(retrying.size(), 3);
    QCOMPARE(retrying.at(2).at(0).toInt(), 4);
    QCOMPARE(r.message, QStringLiteral("simulated server failure (--fail-rate)"));
    // A pager gives up the same way, with failed() before finished().
    TypedPager<ContactList> *pager = f.ops().lists();
    QSignalSpy failed(pager, &Pager::failed);
    const Collected<ContactList> lists = Integration::collect(pager);
    QCOMPARE(lists.result.error, ApiError::Server);
    QCOMPARE(lists.result.attempts, 4);
    QVERIFY(lists.entries.isEmpty());
    QCOMPARE(failed.size(), 1);
}

void TestIntFaults::someFailuresAreRetriedAway()
{
    Integration f(with([](Options &o) { o.failRate = 0.4; }));
    QVERIFY(f.started());
    RetryPolicy retries = Integration::fastRetries();
    retries.maxRetries = 10; // the fault generator is seeded: requests in a row always see the same faults
    f.client().setRetryPolicy(retries);
    int retried = 0;
    for (int i = 0; i < 20; ++i) {
        const ApiResult r = Integration::run(f.ops().getList(QStringLiteral("1")));
        QCOMPARE(r.error, ApiError::None);
        QCOMPARE(r.httpStatus, 200);
        retried += r.attempts > 1;
    }
    QVERIFY2(retried >= 3, qPrintable(QString::number(retried)));
    // Every page of a collection arrives.
    const Collected<Contact> all = f.contacts();
    QCOMPARE(all.result.error, ApiError::None);
    QCOMPARE(all.entries.size(), 120);
}

void TestIntFaults::writesAreNeverRetried()
{
    Integration f(with([](Options &o) { o.failRate = 0.5; }));
    QVERIFY(f.started());
    f.client().setRetryPolicy(Integration::fastRetries());
    int failed = 0;
    int created = 0;
    for (int i = 0; i < 12; ++i) {
        ContactList list;
        list.name = QStringLiteral("Retry %1").arg(i);
        list.sortOrder = 1;
        const ApiResult r = Integration::run(f.ops().createList(list));
        QCOMPARE(r.attempts, 1);
        QVERIFY2(r.error == ApiError::None || r.error == ApiError::Server, qPrintable(r.toString()));
        failed += r.error == ApiError::Server;
        created += r.httpStatus == 201;
    }
    QVERIFY2(failed > 0 && created > 0, qPrintable(QStringLiteral("%1 failed, %2 created").arg(failed).arg(created)));
    // Exactly the lists whose POST succeeded exist: a failed one was not sent twice.
    f.client().setRetryPolicy([] {
        RetryPolicy many = Integration::fastRetries();
        many.maxRetries = 12;
        return many;
    }());
    const Collected<ContactList> lists = Integration::collect(f.ops().lists());
    QCOMPARE(lists.result.error, ApiError::None);
    QCOMPARE(lists.entries.size(), 9 + created);
}

void TestIntFaults::hangsEndInTimeout()
{
    Integration f(with([](Options &o) { o.hangRate = 1.0; }));
    QVERIFY(f.started());
    f.access().setTimeout(200ms);
    f.client().setRetryPolicy(Integration::fastRetries());
    QSignalSpy withheld(&f.sandbox(), &sandbox::Sandbox::answerWithheld);
    const ApiResult get = Integration::run(f.ops().getList(QStringLiteral("1")));
    QCOMPARE(get.error, ApiError::Timeout); // not Canceled: the job did not abort itself
    QCOMPARE(get.attempts, 4);
    QCOMPARE(get.httpStatus, 0);
    QCOMPARE(withheld.size(), 4); // each attempt reached the sandbox and waited for its timeout
    const ApiResult post = Integration::run(f.ops().createContact(Contact{}));
    QCOMPARE(post.error, ApiError::Timeout);
    QCOMPARE(post.attempts, 1);
    // A cancel is told apart from a timeout: canceled once the sandbox holds the request, with
    // no timeout that could come first.
    f.access().setTimeout(60s);
    ApiJob *job = f.ops().getList(QStringLiteral("1"));
    QObject::connect(&f.sandbox(), &sandbox::Sandbox::answerWithheld, job, &ApiJob::cancel);
    QCOMPARE(Integration::run(job).error, ApiError::Canceled);
    QCOMPARE(withheld.size(), 6);
}

void TestIntFaults::refusedConnections()
{
    Integration f;
    QVERIFY(f.started());
    f.client().setRetryPolicy(Integration::fastRetries());
    quint16 closed = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closed = probe.serverPort();
    } // nothing listens there any more
    QVERIFY(f.client().setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed))));
    const ApiResult get = Integration::run(f.ops().getList(QStringLiteral("1")));
    QCOMPARE(get.error, ApiError::Network);
    QCOMPARE(get.attempts, 4);
    QCOMPARE(get.httpStatus, 0);
    QVERIFY(!get.message.isEmpty());
    QCOMPARE(Integration::run(f.ops().createList(ContactList{})).attempts, 1);
    // Back on the sandbox, the same client works again.
    QVERIFY(f.client().setServer(f.server()));
    QCOMPARE(Integration::run(f.ops().getList(QStringLiteral("1"))).error, ApiError::None);
}

void TestIntFaults::malformedBodies()
{
    Integration f(with([](Options &o) { o.malformedRate = 1.0; }));
    QVERIFY(f.started());
    const Collected<Contact> page = f.contacts();
    QCOMPARE(page.result.error, ApiError::Parse);
    QCOMPARE(page.result.httpStatus, 200);
    QCOMPARE(page.result.attempts, 1); // a body that cannot be read is not a transport fault
    QVERIFY(!page.result.message.isEmpty());
    QVERIFY(page.entries.isEmpty());
    const ApiResult one = Integration::run(f.ops().getList(QStringLiteral("1")));
    QCOMPARE(one.error, ApiError::None); // the transport is fine ...
    const atom::Parsed<ContactList> parsed = parseEntry<ContactList>(one);
    QVERIFY(!parsed.ok()); // ... the document is not
    QCOMPARE(parseFailure(one, parsed.error.toString()).error, ApiError::Parse);
    // The activity tracker reports it as a failure.
    const ApiResult created = Integration::run(f.ops().createClear({QStringLiteral("3")}));
    QCOMPARE(created.httpStatus, 201); // only 200 answers are garbled
    ActivityTracker tracker(f.ops(), created.location.toString());
    QSignalSpy failed(&tracker, &ActivityTracker::failed);
    tracker.start();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<ApiResult>().error, ApiError::Parse);
    // Error answers are left alone.
    QCOMPARE(Integration::run(f.ops().getContact(QStringLiteral("999999"))).error, ApiError::NotFound);
}

void TestIntFaults::rateLimit()
{
    qint64 now = 0; // the sandbox's clock, turned by hand
    Integration f(with([&now](Options &o) {
        o.rateLimit = 5;
        o.clock = [&now] { return now; };
    }));
    QVERIFY(f.started());
    int ok = 0;
    int limited = 0;
    for (int i = 0; i < 12; ++i) {
        const ApiResult r = Integration::run(f.ops().getList(QStringLiteral("1")));
        if (r.ok())
            ++ok;
        if (r.error == ApiError::Forbidden) {
            ++limited;
            QCOMPARE(r.httpStatus, 403);
            QCOMPARE(r.message, QStringLiteral("over rate limit"));
            QCOMPARE(r.attempts, 1); // a 4xx is never retried
        }
    }
    QCOMPARE(ok, 5);
    QCOMPARE(limited, 7);
    now = 1000; // the next second
    QVERIFY(Integration::run(f.ops().getList(QStringLiteral("1"))).ok());
}

void TestIntFaults::wrongPassword()
{
    Integration f;
    QVERIFY(f.started());
    f.access().setCredentials(Credentials::basic(QString::fromLatin1(sandbox::Sandbox::kDemoApiKey),
                                                 QStringLiteral("demo"), QStringLiteral("not-the-password")));
    const ApiResult r = Integration::run(f.ops().getList(QStringLiteral("1")));
    QCOMPARE(r.error, ApiError::Unauthorized);
    QCOMPARE(r.httpStatus, 401);
    QCOMPARE(r.attempts, 1);
    const Collected<Contact> page = f.contacts();
    QCOMPARE(page.result.error, ApiError::Unauthorized);
    f.access().setCredentials({});
    QCOMPARE(Integration::run(f.ops().getList(QStringLiteral("1"))).error, ApiError::Unauthorized);
}

void TestIntFaults::otherAccountsPath()
{
    Integration f;
    QVERIFY(f.started());
    // The demo account's credentials on the other account's path ...
    f.client().setUsername(QStringLiteral("Other"));
    QCOMPARE(f.client().username(), QStringLiteral("other"));
    const ApiResult r = Integration::run(f.ops().getList(QStringLiteral("1")));
    QCOMPARE(r.error, ApiError::Forbidden);
    QCOMPARE(r.httpStatus, 403);
    QVERIFY(r.url.path().startsWith(QStringLiteral("/ws/customers/other/")));
    const ApiResult write = Integration::run(f.ops().createList(ContactList{}));
    QCOMPARE(write.error, ApiError::Forbidden);
    // ... and the other account's credentials on the demo path.
    const sandbox::Sandbox::Account &other = f.sandbox().accounts().at(1);
    f.client().setUsername(QStringLiteral("demo"));
    f.access().setCredentials(Credentials::basic(other.apiKey, other.user, other.password));
    QCOMPARE(Integration::run(f.ops().getList(QStringLiteral("1"))).error, ApiError::Forbidden);
    // With its own path they are fine.
    f.client().setUsername(other.user);
    QCOMPARE(Integration::run(f.ops().getList(QStringLiteral("active"))).error, ApiError::None);
}

void TestIntFaults::bearerToken()
{
    Integration f;
    QVERIFY(f.started());
    f.access().setCredentials(Credentials::bearer(QString::fromLatin1(sandbox::Sandbox::kDemoToken)));
    const Collected<ContactList> lists = Integration::collect(f.ops().lists());
    QCOMPARE(lists.result.error, ApiError::None);
    QCOMPARE(lists.entries.size(), 9);
    const ApiResult created = Integration::run(f.ops().createList([] {
        ContactList l;
        l.name = QStringLiteral("By token");
        l.sortOrder = 1;
        return l;
    }()));
    QCOMPARE(created.httpStatus, 201);
    f.access().setCredentials(Credentials::bearer(QStringLiteral("expired-token")));
    const ApiResult bad = Integration::run(f.ops().getList(QStringLiteral("1")));
    QCOMPARE(bad.error, ApiError::Unauthorized);
    QCOMPARE(bad.httpStatus, 401);
}

void TestIntFaults::secretsStayOutOfTheLog()
{
    Integration f;
    QVERIFY(f.started());
    const LogCapture log(QStringLiteral("ctct.*.debug=true"));
    QCOMPARE(Integration::run(f.ops().getList(QStringLiteral("1"))).error, ApiError::None);
    f.access().setCredentials(Credentials::bearer(QString::fromLatin1(sandbox::Sandbox::kDemoToken)));
    QCOMPARE(Integration::run(f.ops().getList(QStringLiteral("1"))).error, ApiError::None);
    // A token in the query (decision 3) is accepted by the server and redacted in the log.
    f.access().setCredentials({});
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("access_token"), QString::fromLatin1(sandbox::Sandbox::kDemoToken));
    QCOMPARE(Integration::run(f.client().get(f.client().url(QStringLiteral("lists/1"), query))).error, ApiError::None);
    const QString text = log.text();
    QVERIFY2(text.contains(QStringLiteral("/lists/1")), qPrintable(text)); // the requests were logged
    const QByteArray basic = Integration::demoCredentials().authorizationHeader();
    for (const QString &secret :
         {QString::fromLatin1(sandbox::Sandbox::kDemoApiKey), QString::fromLatin1(sandbox::Sandbox::kDemoToken),
          QString::fromLatin1(basic.mid(6)), QStringLiteral("sandbox-key%demo")})
        QVERIFY2(!text.contains(secret), qPrintable(secret));
}

QTEST_GUILESS_MAIN(TestIntFaults)
#include "tst_int_faults.moc"
