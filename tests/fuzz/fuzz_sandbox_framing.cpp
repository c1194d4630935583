// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP framing the sandbox's ConnectionGuard reads before Qt HttpServer: request lines,
// headers, Content-Length and chunked bodies, trailers, pipelined requests. The first byte sets
// the size of the pieces the rest arrives in; the outcome must not depend on it (the same bytes in
// one piece give the same completed requests and the same refusal), and no piece may make the
// framing keep more than its limits allow.
#include "sandbox/httpframing.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using ctct::sandbox::HttpRequest;
using ctct::sandbox::HttpResponse;
using ctct::sandbox::RequestFraming;

namespace {

struct Outcome
{
    int completed = 0;
    int admissions = 0;
    bool refused = false;
    int status = 0;
    QByteArray body;
};

Outcome run(QByteArrayView bytes, qsizetype piece)
{
    Outcome out;
    // Small limits, so that the fuzzer reaches them; a request naming /refuse is refused by the
    // admission, as an unauthenticated one is by the sandbox.
    const RequestFraming::Limits limits{512, 2048};
    RequestFraming framing(limits, [&out](const HttpRequest &head, qint64 bodyBytes) -> std::optional<HttpResponse> {
        ++out.admissions;
        if (head.method.isEmpty() || !head.path.startsWith(u'/') || bodyBytes < -1)
            std::abort(); // the framing hands over only a parsed head
        if (head.path == u"/refuse")
            return HttpResponse::error(401, QStringLiteral("refused"));
        return std::nullopt;
    });
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        const bool ok = framing.feed(bytes.sliced(at, std::min(piece, bytes.size() - at)));
        out.completed += framing.takeCompleted();
        if (!ok) {
            if (!framing.refusal())
                std::abort(); // a refusal always says how to answer
            out.refused = true;
            out.status = framing.refusal()->status;
            out.body = framing.refusal()->body;
            if (framing.feed("GET / HTTP/1.1\r\n\r\n") || framing.takeCompleted() != 0)
                std::abort(); // nothing is read after a refusal
            break;
        }
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype piece = 1 + data[0] % 16;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const Outcome split = run(bytes, piece);
    const Outcome whole = run(bytes, std::max<qsizetype>(1, bytes.size()));
    if (split.completed != whole.completed || split.refused != whole.refused || split.status != whole.status ||
        split.body != whole.body || split.admissions != whole.admissions)
        std::abort();
    return 0;
}
