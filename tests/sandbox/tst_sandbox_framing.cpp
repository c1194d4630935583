// SPDX-License-Identifier: GPL-3.0-or-later
// RequestFraming, the HTTP framing ConnectionGuard reads before Qt HttpServer, without a socket:
// the outcome is the same whatever pieces the bytes arrive in, the header limit holds for a head
// that arrives in one piece, and a chunked body's framing counts towards the body limit.
#include "sandbox/httpframing.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using ctct::sandbox::HttpRequest;
using ctct::sandbox::HttpResponse;
using ctct::sandbox::RequestFraming;

namespace {

struct Outcome
{
    int completed = 0;
    QStringList admitted; // "METHOD path bodyBytes" for each admission asked
    int status = 0;       // of the refusal, 0 when none
    QByteArray body;
};

Outcome feed(const QByteArray &bytes, qsizetype piece, const RequestFraming::Limits &limits = {512, 2048})
{
    Outcome out;
    RequestFraming framing(limits, [&out](const HttpRequest &head, qint64 bodyBytes) -> std::optional<HttpResponse> {
        out.admitted.append(u"%1 %2 %3"_s.arg(QString::fromLatin1(head.method), head.path).arg(bodyBytes));
        return std::nullopt;
    });
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        const bool ok = framing.feed(QByteArrayView(bytes).sliced(at, std::min(piece, bytes.size() - at)));
        out.completed += framing.takeCompleted();
        if (!ok) {
            out.status = framing.refusal()->status;
            out.body = framing.refusal()->body;
            break;
        }
    }
    return out;
}

QByteArray chunked(const QByteArray &chunks)
{
    return "POST /ws/customers/demo/activities HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n" +
           chunks;
}

} // namespace

class TestSandboxFraming final : public QObject
{
    Q_OBJECT

private slots:
    void sameOutcomeInAnyPieces_data();
    void sameOutcomeInAnyPieces();
    void headerLimitHoldsForOnePiece();
    void chunkFramingCountsTowardsTheLimit();
    void malformedChunkSizeIsNamed();
};

void TestSandboxFraming::sameOutcomeInAnyPieces_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("completed");
    QTest::addColumn<int>("status");
    QTest::newRow("GET") << "GET /ws/customers/demo/lists HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba << 1 << 0;
    QTest::newRow("pipelined with a body")
        << "POST /a HTTP/1.1\r\nContent-Length: 5\r\n\r\nhelloGET /b HTTP/1.1\r\n\r\n\r\nGET /c HTTP/1.0\n\n"_ba << 3
        << 0;
    QTest::newRow("chunked with extensions and a trailer")
        << chunked("5;name=value\r\nhello\r\n3\r\nabc\r\n0\r\nX-Trailer: 1\r\n\r\nGET / HTTP/1.1\r\n\r\n") << 2 << 0;
    QTest::newRow("chunk without CRLF") << chunked("3\r\nabcX\r\n0\r\n\r\n") << 0 << 400;
    QTest::newRow("bad request line") << "GET /a\r\n\r\n"_ba << 0 << 400;
    QTest::newRow("two lengths") << "POST /a HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab"_ba << 0
                                 << 400;
    QTest::newRow("declared too large") << "POST /a HTTP/1.1\r\nContent-Length: 4096\r\n\r\n"_ba << 0 << 413;
    QTest::newRow("chunks too large") << chunked("800\r\n" + QByteArray(2048, 'x') + "\r\n1\r\nx\r\n0\r\n\r\n") << 0
                                      << 413;
    QTest::newRow("head too large") << "GET /a HTTP/1.1\r\nX-Big: "_ba + QByteArray(600, 'b') + "\r\n\r\n" << 0 << 400;
}

void TestSandboxFraming::sameOutcomeInAnyPieces()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, completed);
    QFETCH(int, status);
    const Outcome whole = feed(bytes, bytes.size());
    QCOMPARE(whole.completed, completed);
    QCOMPARE(whole.status, status);
    for (qsizetype piece = 1; piece <= 17; ++piece) {
        const Outcome split = feed(bytes, piece);
        QCOMPARE(split.completed, whole.completed);
        QCOMPARE(split.status, whole.status);
        QCOMPARE(split.body, whole.body);
        QCOMPARE(split.admitted, whole.admitted);
    }
}

void TestSandboxFraming::headerLimitHoldsForOnePiece()
{
    // A head larger than the limit is refused also when all of it arrives in one read.
    const QByteArray head = "GET /a HTTP/1.1\r\nX-Big: "_ba + QByteArray(100 * 1024, 'b') + "\r\n\r\n";
    const Outcome r = feed(head, head.size(), {64 * 1024, 0});
    QCOMPARE(r.status, 400);
    QVERIFY2(r.body.contains("request headers too large"), r.body.constData());
    QVERIFY(r.admitted.isEmpty());
}

void TestSandboxFraming::chunkFramingCountsTowardsTheLimit()
{
    // 100 bytes of data in one-byte chunks, each with a 1000-byte extension: Qt HttpServer would
    // keep all 100 KB, so the framing counts against the 2 KiB limit too.
    QByteArray chunks;
    for (int i = 0; i < 100; ++i)
        chunks += "1;" + QByteArray(1000, 'e') + "\r\nx\r\n";
    const Outcome r = feed(chunked(chunks + "0\r\n\r\n"), 4096);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.completed, 0);
    QCOMPARE(r.admitted.size(), 2); // the head, then the body over the limit
    QVERIFY2(r.admitted.last().section(u' ', -1).toInt() > 2048, qPrintable(r.admitted.join(u'|')));
    // Trailers count too.
    QByteArray trailers;
    for (int i = 0; i < 10; ++i)
        trailers += "X-T: " + QByteArray(500, 't') + "\r\n";
    QCOMPARE(feed(chunked("1\r\nx\r\n0\r\n" + trailers + "\r\n"), 4096).status, 413);
}

void TestSandboxFraming::malformedChunkSizeIsNamed()
{
    const Outcome r = feed(chunked("zz;ext\r\nxx\r\n0\r\n\r\n"), 4096);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body, "Error 400: malformed chunked body: \"zz\" is not a chunk size"_ba);
}

QTEST_GUILESS_MAIN(TestSandboxFraming)
#include "tst_sandbox_framing.moc"
