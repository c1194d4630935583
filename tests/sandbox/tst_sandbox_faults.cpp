// SPDX-License-Identifier: GPL-3.0-or-later
// Fault switches: latency, 5xx failures, hanging requests (which must not block others),
// malformed bodies and the rate limit (decision 4).
#include "harness.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ctct::test;
using ctct::sandbox::Sandbox;

class TestSandboxFaults final : public QObject
{
    Q_OBJECT

private slots:
    void latency();
    void failRate();
    void partialFailRate();
    void failOnlyMatchingTimes();
    void hangRateNeverAnswers();
    void hangsDoNotBlockOthers();
    void malformedRate();
    void rateLimit();
    void noFaultsByDefault();
};

void TestSandboxFaults::latency()
{
    Sandbox::Options o = Harness::defaults();
    o.latencyMs = 300;
    Harness h(o);
    QSignalSpy delayed(&h.sandbox(), &Sandbox::answerDelayed);
    const Reply r = h.get(u"lists"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(delayed.size(), 1); // held back, then answered
    // Delays overlap: while the first answer is held back, the sandbox takes the next request.
    o.latencyMs = 60000;
    Harness slow(o);
    QSignalSpy held(&slow.sandbox(), &Sandbox::answerDelayed);
    QNetworkRequest request(QUrl(slow.origin() + u"/ws/customers/demo/lists"_s));
    request.setRawHeader("Authorization", "Bearer sandbox-token");
    QNetworkReply *a = slow.network().get(request);
    QVERIFY(held.wait(10000));
    QNetworkReply *b = slow.network().get(request);
    QTRY_COMPARE_WITH_TIMEOUT(held.size(), 2, 10000);
    QVERIFY(!a->isFinished() && !b->isFinished());
    a->abort();
    b->abort();
    a->deleteLater();
    b->deleteLater();
}

void TestSandboxFaults::failRate()
{
    Sandbox::Options o = Harness::defaults();
    o.failRate = 1.0;
    Harness h(o);
    QSet<int> statuses;
    for (int i = 0; i < 20; ++i) {
        const Reply r = h.get(u"contacts"_s);
        statuses.insert(r.status);
        QVERIFY(r.body.startsWith("Error 50"));
    }
    QCOMPARE(statuses, (QSet<int>{500, 503}));
}

void TestSandboxFaults::partialFailRate()
{
    Sandbox::Options o = Harness::defaults();
    o.failRate = 0.5;
    Harness h(o);
    int failed = 0;
    for (int i = 0; i < 60; ++i)
        failed += h.get(u"lists"_s).status >= 500;
    QVERIFY2(failed > 10 && failed < 50, qPrintable(QString::number(failed)));
}

void TestSandboxFaults::failOnlyMatchingTimes()
{
    Sandbox::Options o = Harness::defaults();
    o.failRate = 1.0;
    o.failOnly = u"GET /ws/customers/demo/lists/1"_s;
    o.failTimes = 2;
    Harness h(o);
    QCOMPARE(h.get(u"lists"_s).status, 200); // not matched
    QVERIFY(h.get(u"lists/1"_s).status >= 500);
    QCOMPARE(h.get(u"contacts"_s).status, 200);
    QVERIFY(h.get(u"lists/1"_s).status >= 500);
    QCOMPARE(h.get(u"lists/1"_s).status, 200); // the two failures are spent
    QCOMPARE(h.get(u"lists/1"_s).status, 200);
}

void TestSandboxFaults::hangRateNeverAnswers()
{
    Sandbox::Options o = Harness::defaults();
    o.hangRate = 1.0;
    Harness h(o);
    QSignalSpy withheld(&h.sandbox(), &Sandbox::answerWithheld);
    QNetworkRequest request(QUrl(h.origin() + u"/ws/customers/demo/lists"_s));
    request.setRawHeader("Authorization", "Bearer sandbox-token");
    QNetworkReply *reply = h.network().get(request);
    QVERIFY(withheld.wait(10000));
    QCOMPARE(withheld.first().first().toString(), u"/ws/customers/demo/lists"_s);
    // The sandbox has dealt with the request and written nothing back.
    QCoreApplication::processEvents();
    QVERIFY(!reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
    reply->abort();
    reply->deleteLater();
}

void TestSandboxFaults::hangsDoNotBlockOthers()
{
    Sandbox::Options o = Harness::defaults();
    o.hangRate = 0.5;
    Harness h(o);
    QSignalSpy withheld(&h.sandbox(), &Sandbox::answerWithheld);
    QList<QNetworkReply *> replies;
    int finished = 0;
    // A manager each: one manager sends at most six requests to a host at a time, and the others
    // would wait behind the withheld ones on the client's side.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    for (int i = 0; i < 16; ++i) {
        QNetworkRequest request(QUrl(h.origin() + u"/ws/customers/demo/lists"_s));
        request.setRawHeader("Authorization", "Bearer sandbox-token");
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        replies.append(managers.back()->get(request));
        QObject::connect(replies.last(), &QNetworkReply::finished, [&finished] { ++finished; });
    }
    // Every request is either withheld or answered; the answered ones did not wait for the others.
    QTRY_COMPARE_WITH_TIMEOUT(withheld.size() + finished, 16, 20000);
    QVERIFY2(withheld.size() > 0 && finished > 0, qPrintable(QString::number(finished)));
    for (QNetworkReply *r : std::as_const(replies)) {
        if (r->isFinished())
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }
    for (QNetworkReply *r : std::as_const(replies)) {
        r->disconnect();
        r->abort();
        r->deleteLater();
    }
}

void TestSandboxFaults::malformedRate()
{
    Sandbox::Options o = Harness::defaults();
    o.malformedRate = 1.0;
    Harness h(o);
    for (const QString &path : {u"contacts"_s, u"lists/1"_s, u"events"_s}) {
        const Reply r = h.get(path);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.isEmpty());
        QVERIFY2(!xml::wellFormed(r.body), r.body.constData());
    }
    // Errors and empty answers are left alone.
    const Reply missing = h.get(u"contacts/999999"_s);
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.body.startsWith("Error 404: "));
}

void TestSandboxFaults::rateLimit()
{
    Sandbox::Options o = Harness::defaults();
    o.rateLimit = 5;
    qint64 now = 0; // the sandbox's clock, turned by hand
    o.clock = [&now] { return now; };
    Harness h(o);
    const auto statuses = [&h](int n) {
        QList<int> out;
        for (int i = 0; i < n; ++i) {
            const Reply r = h.get(u"lists"_s);
            out.append(r.status == 403 && r.body != "Error 403: over rate limit" ? -403 : r.status);
        }
        return out;
    };
    QCOMPARE(statuses(7), (QList<int>{200, 200, 200, 200, 200, 403, 403}));
    now = 999; // the same second
    QCOMPARE(statuses(1), QList<int>{403});
    now = 1000; // a new second, a new allowance
    QCOMPARE(statuses(6), (QList<int>{200, 200, 200, 200, 200, 403}));
}

void TestSandboxFaults::noFaultsByDefault()
{
    Harness h;
    for (int i = 0; i < 30; ++i) {
        const Reply r = h.get(u"contacts"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(xml::wellFormed(r.body));
    }
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
