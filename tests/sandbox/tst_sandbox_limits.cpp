// SPDX-License-Identifier: GPL-3.0-or-later
// One request cannot stall or exhaust the sandbox: the Host must be a loopback name, a body is read
// for authenticated requests only and not beyond the limit, a malformed chunked body is answered,
// stalled and idle connections are closed, the XML of an entry has an element cap, and a long
// activity runs in steps. Raw sockets, because a real client would not send most of this.
#include "harness.h"

#include "sandbox/xml.h"

#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ctct::test;
using ctct::sandbox::Sandbox;

namespace {

// One raw connection; everything it receives, and whether the server closed it.
class RawClient final
{
public:
    explicit RawClient(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { m_received += m_socket.readAll(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, [this] { m_closed = true; });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    bool waitConnected() { return m_socket.waitForConnected(5000); }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    const QByteArray &received() const { return m_received; }
    bool closed() const { return m_closed; }
    // The status of the first answer, once its status line is in; 0 before.
    int status() const
    {
        if (!m_received.startsWith("HTTP/1.1 ") || m_received.size() < 12)
            return 0;
        return m_received.mid(9, 3).toInt();
    }
    QByteArray body() const { return m_received.mid(m_received.indexOf("\r\n\r\n") + 4); }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_closed = false;
};

const QByteArray kAuth = "Authorization: Bearer sandbox-token\r\n";

QByteArray head(const QByteArray &requestLine, const QByteArray &host, const QByteArray &extra = {})
{
    QByteArray h = requestLine + "\r\n";
    if (!host.isNull())
        h += "Host: " + host + "\r\n";
    return h + extra + "\r\n";
}

} // namespace

class TestSandboxLimits final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void hostMustBeLoopback_data();
    void hostMustBeLoopback();
    void largeBodyIsRefusedBeforeItIsRead_data();
    void largeBodyIsRefusedBeforeItIsRead();
    void unauthenticatedBodyIsNotRead();
    void expectContinueIsAnswered();
    void malformedChunkedBodyIsAnswered_data();
    void malformedChunkedBodyIsAnswered();
    void wellFormedChunkedBodyIsAccepted();
    void stalledRequestIsClosed();
    void idleConnectionIsClosed();
    void xmlElementCap();
    void longActivityRunsInSteps();

private:
    std::unique_ptr<Harness> m_h;
    QByteArray m_host;
};

void TestSandboxLimits::init()
{
    Sandbox::Options o = Harness::defaults();
    o.requestTimeoutMs = 400;
    o.idleTimeoutMs = 400;
    m_h = std::make_unique<Harness>(o);
    QVERIFY(m_h->started());
    m_host = "127.0.0.1:" + QByteArray::number(m_h->sandbox().port());
}

void TestSandboxLimits::hostMustBeLoopback_data()
{
    QTest::addColumn<QByteArray>("host"); // %P is the port; null = no Host header
    QTest::addColumn<int>("status");
    QTest::newRow("127.0.0.1:port") << QByteArray("127.0.0.1:%P") << 200;
    QTest::newRow("localhost:port") << QByteArray("localhost:%P") << 200;
    QTest::newRow("LOCALHOST") << QByteArray("LOCALHOST") << 200;
    QTest::newRow("[::1]:port") << QByteArray("[::1]:%P") << 200;
    QTest::newRow("127.45.6.7") << QByteArray("127.45.6.7") << 200;
    QTest::newRow("rebinding name") << QByteArray("attacker.example:%P") << 400;
    QTest::newRow("loopback-looking name") << QByteArray("127.0.0.1.attacker.example") << 400;
    QTest::newRow("other address") << QByteArray("192.168.1.20:%P") << 400;
    QTest::newRow("bad port") << QByteArray("localhost:http") << 400;
    QTest::newRow("no Host") << QByteArray() << 400;
}

void TestSandboxLimits::hostMustBeLoopback()
{
    QFETCH(QByteArray, host);
    QFETCH(int, status);
    RawClient c(m_h->sandbox().port());
    QVERIFY(c.waitConnected());
    const QByteArray value =
        host.isNull() ? QByteArray() : QByteArray(host).replace("%P", QByteArray::number(m_h->sandbox().port()));
    c.send(head("GET /ws/customers/demo/lists HTTP/1.1", value, kAuth));
    QTRY_VERIFY_WITH_TIMEOUT(c.status() != 0, 5000);
    QCOMPARE(c.status(), status);
    if (status == 400)
        QVERIFY2(c.body().startsWith("Error 400: the sandbox answers requests for localhost"), c.body().constData());
}

void TestSandboxLimits::largeBodyIsRefusedBeforeItIsRead_data()
{
    QTest::addColumn<QByteArray>("requestLine");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("entry") << QByteArray("POST /ws/customers/demo/contacts HTTP/1.1")
                           << QByteArray("application/atom+xml") << 413
                           << QByteArray("Error 413: request body too large");
    QTest::newRow("activity") << QByteArray("POST /ws/customers/demo/activities HTTP/1.1")
                              << QByteArray("application/x-www-form-urlencoded") << 400
                              << QByteArray("Error 400: activity too large (limit 40000 rows / 4 MiB)");
}

void TestSandboxLimits::largeBodyIsRefusedBeforeItIsRead()
{
    QFETCH(QByteArray, requestLine);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QByteArray, message);
    RawClient c(m_h->sandbox().port());
    QVERIFY(c.waitConnected());
    // Only the head: the answer must come without the 50 MB being sent.
    c.send(head(requestLine, m_host, kAuth + "Content-Type: " + contentType + "\r\nContent-Length: 50000000\r\n"));
    QTRY_VERIFY_WITH_TIMEOUT(c.status() != 0, 5000);
    QCOMPARE(c.status(), status);
    QVERIFY2(c.body().startsWith(message), c.body().constData());
    QTRY_VERIFY_WITH_TIMEOUT(c.closed(), 10000);
}

void TestSandboxLimits::unauthenticatedBodyIsNotRead()
{
    RawClient c(m_h->sandbox().port());
    QVERIFY(c.waitConnected());
    c.send(head("POST /ws/customers/demo/contacts HTTP/1.1", m_host,
                "Content-Type: application/atom+xml\r\nContent-Length: 100000\r\n"));
    QTRY_VERIFY_WITH_TIMEOUT(c.status() != 0, 5000); // before any byte of the body
    QCOMPARE(c.status(), 401);
    QVERIFY(c.received().contains("WWW-Authenticate: Basic realm=\"api.constantcontact.com\""));
}

void TestSandboxLimits::expectContinueIsAnswered()
{
    const QByteArray entry = listEntry(u"Continued List"_s);
    RawClient c(m_h->sandbox().port());
    QVERIFY(c.waitConnected());
    c.send(head("POST /ws/customers/demo/lists HTTP/1.1", m_host,
                kAuth + "Content-Type: application/atom+xml\r\nExpect: 100-continue\r\nContent-Length: " +
                    QByteArray::number(entry.size()) + "\r\n"));
    QTRY_VERIFY_WITH_TIMEOUT(c.status() != 0, 5000); // before the body
    QCOMPARE(c.status(), 100);
    c.send(entry);
    QTRY_VERIFY_WITH_TIMEOUT(c.received().contains("HTTP/1.1 201"), 5000);
}

void TestSandboxLimits::malformedChunkedBodyIsAnswered_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("size not hex") << QByteArray("zz\r\nhello\r\n0\r\n\r\n");
    QTest::newRow("chunk longer than its size") << QByteArray("3\r\nhello\r\n0\r\n\r\n");
    QTest::newRow("empty size line") << QByteArray("\r\nhello\r\n0\r\n\r\n");
    QTest::newRow("size too large") << QByteArray("ffffffffffffffffff\r\nhello\r\n");
}

void TestSandboxLimits::malformedChunkedBodyIsAnswered()
{
    QFETCH(QByteArray, body);
    RawClient c(m_h->sandbox().port());
    QVERIFY(c.waitConnected());
    c.send(head("POST /ws/customers/demo/contacts HTTP/1.1", m_host,
                kAuth + "Content-Type: application/atom+xml\r\nTransfer-Encoding: chunked\r\n") +
           body);
    QTRY_VERIFY_WITH_TIMEOUT(c.status() != 0, 5000);
    QCOMPARE(c.status(), 400);
    QVERIFY2(c.body().startsWith("Error 400: malformed chunked body"), c.body().constData());
    QTRY_VERIFY_WITH_TIMEOUT(c.closed(), 10000);
}

void TestSandboxLimits::wellFormedChunkedBodyIsAccepted()
{
    const QByteArray entry = listEntry(u"Chunked List"_s);
    QByteArray chunked;
    for (qsizetype i = 0; i < entry.size(); i += 100) {
        const QByteArray piece = entry.mid(i, 100);
        chunked += QByteArray::number(piece.size(), 16) + ";ext=1\r\n" + piece + "\r\n";
    }
    chunked += "0\r\n\r\n";
    RawClient c(m_h->sandbox().port());
    QVERIFY(c.waitConnected());
    c.send(head("POST /ws/customers/demo/lists HTTP/1.1", m_host,
                kAuth + "Content-Type: application/atom+xml\r\nTransfer-Encoding: chunked\r\n") +
           chunked);
    QTRY_VERIFY_WITH_TIMEOUT(c.status() != 0, 5000);
    QCOMPARE(c.status(), 201);
}

void TestSandboxLimits::stalledRequestIsClosed()
{
    RawClient c(m_h->sandbox().port());
    QVERIFY(c.waitConnected());
    c.send("POST /ws/customers/demo/lists HTTP/1.1\r\nHost: " + m_host + "\r\n"); // the head never ends
    QTRY_VERIFY_WITH_TIMEOUT(c.closed(), 10000);
    QCOMPARE(c.status(), 408);
}

void TestSandboxLimits::idleConnectionIsClosed()
{
    RawClient c(m_h->sandbox().port());
    QVERIFY(c.waitConnected());
    c.send(head("GET /ws/customers/demo/lists HTTP/1.1", m_host, kAuth)); // answered, then nothing
    QTRY_VERIFY_WITH_TIMEOUT(c.status() != 0, 5000);
    QCOMPARE(c.status(), 200);
    QTRY_VERIFY_WITH_TIMEOUT(c.closed(), 10000);
}

void TestSandboxLimits::xmlElementCap()
{
    // Elements of a foreign namespace are skipped by the contact reader, so only the cap stops them.
    QString many;
    for (int i = 0; i < ctct::sandbox::kMaxXmlElements; ++i)
        many += u"<f:x/>"_s;
    QByteArray body = contactEntry(u"capped@example.com"_s, {listUri(1)}, u"ACTION_BY_CUSTOMER"_s, many);
    body.replace("<entry xmlns=\"http://www.w3.org/2005/Atom\"",
                 "<entry xmlns=\"http://www.w3.org/2005/Atom\" xmlns:f=\"urn:x-foreign\"");
    const Reply r = m_h->post(u"contacts"_s, body);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.body.startsWith("Error 400: too many elements"), r.body.constData());
    QCOMPARE(xml::count(m_h->get(u"contacts?email=capped%40example.com"_s).body, u"entry"_s), 0);
}

void TestSandboxLimits::longActivityRunsInSteps()
{
    QByteArray data = "EMAIL ADDRESS\n";
    for (int i = 0; i < 40000; ++i)
        data += "bulk" + QByteArray::number(i) + "@example.com\n";
    const QByteArray body = "activityType=SV_ADD&lists=http%3A%2F%2Fapi.constantcontact.com%2Fws%2Fcustomers%2F"
                            "demo%2Flists%2F1&data=" +
                            QUrl::toPercentEncoding(QString::fromLatin1(data));
    const Reply r = m_h->post(u"activities"_s, body, "application/x-www-form-urlencoded");
    QCOMPARE(r.status, 201);
    const QString location = QString::fromUtf8(r.header("Location"));
    const QString path = location.mid(location.indexOf(u"/ws/"_s));
    // Requests are answered while it runs: some answer shows it part-way.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QByteArray a = m_h->get(path).body;
            const int done = xml::text(a, u"TransactionCount"_s).toInt();
            return xml::text(a, u"Status"_s) == u"RUNNING" && done > 0 && done < 40000;
        }(),
        60000);
    QTRY_COMPARE_WITH_TIMEOUT(xml::text(m_h->get(path).body, u"Status"_s), u"COMPLETE"_s, 60000);
    QCOMPARE(xml::text(m_h->get(path).body, u"TransactionCount"_s), u"40000"_s);
}

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandbox_limits.moc"
