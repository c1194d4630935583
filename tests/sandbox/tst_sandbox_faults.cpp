// SPDX-License-Identifier: GPL-3.0-or-later
// Fault switches: latency, 5xx failures, hanging requests (which must not block others),
// malformed bodies and the rate limit (decision 4).
#include "harness.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QtTest>

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
    const Reply r = h.get(u"lists"_s);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs >= 290, qPrintable(QString::number(r.elapsedMs)));
    // Delays overlap: two requests in flight take about one delay, not two.
    QElapsedTimer timer;
    timer.start();
    QNetworkRequest request(QUrl(h.origin() + u"/ws/customers/demo/lists"_s));
    request.setRawHeader("Authorization", "Bearer sandbox-token");
    QNetworkReply *a = h.network().get(request);
    QNetworkReply *b = h.network().get(request);
    QTRY_VERIFY_WITH_TIMEOUT(a->isFinished() && b->isFinished(), 5000);
    QVERIFY2(timer.elapsed() < 550, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(a->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
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
    const Reply r = h.request("GET", u"lists"_s, {}, {}, Auth::Basic, 1500);
    QCOMPARE(r.status, 0);
    QVERIFY(r.elapsedMs >= 1400);
}

void TestSandboxFaults::hangsDoNotBlockOthers()
{
    Sandbox::Options o = Harness::defaults();
    o.hangRate = 0.5;
    Harness h(o);
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 16; ++i) {
        QNetworkRequest request(QUrl(h.origin() + u"/ws/customers/demo/lists"_s));
        request.setRawHeader("Authorization", "Bearer sandbox-token");
        replies.append(h.network().get(request));
    }
    QTest::qWait(1500);
    int answered = 0;
    for (QNetworkReply *r : std::as_const(replies)) {
        if (r->isFinished()) {
            ++answered;
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        }
        r->abort();
        r->deleteLater();
    }
    QVERIFY2(answered > 0 && answered < 16, qPrintable(QString::number(answered)));
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
    Harness h(o);
    int ok = 0;
    int limited = 0;
    for (int i = 0; i < 12; ++i) {
        const Reply r = h.get(u"lists"_s);
        if (r.status == 200)
            ++ok;
        if (r.status == 403) {
            ++limited;
            QCOMPARE(r.body, QByteArray("Error 403: over rate limit"));
        }
    }
    QVERIFY2(ok >= 5 && ok <= 10, qPrintable(QString::number(ok))); // at most two windows
    QVERIFY(limited >= 2);
    QTest::qWait(1100);
    QCOMPARE(h.get(u"lists"_s).status, 200); // a new second, a new allowance
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
