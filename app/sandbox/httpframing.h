// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <optional>
#include <utility>

namespace ctct::sandbox {

// The HTTP/1.1 request framing of one connection, without the connection: request lines,
// headers and bodies (Content-Length or chunked) are checked as bytes arrive, in pieces of any
// size. ConnectionGuard feeds it what its socket receives; the fuzz target feeds it directly.
class RequestFraming final
{
public:
    struct Limits
    {
        qint64 maxHeaderBytes = 64 * 1024;
        qint64 maxBodyBytes = 0; // 0 = no limit here
    };
    // Asked about each request as soon as its head is complete, and again when a chunked body
    // passes the limit. `head` has no body; bodyBytes is the declared length, -1 for a chunked body
    // whose length is not known yet, or the bytes received so far once a chunked body passed the
    // limit. A response refuses the request.
    using Admission = std::function<std::optional<HttpResponse>(const HttpRequest &head, qint64 bodyBytes)>;

    RequestFraming(const Limits &limits, Admission admission, std::function<void()> continueRequested = {});

    // Reads the next bytes of the connection; false once a request was refused (refusal() says
    // how to answer it), after which nothing more is read.
    bool feed(QByteArrayView data);
    const std::optional<HttpResponse> &refusal() const { return m_refusal; }
    // Requests whose last byte arrived, since the last call.
    int takeCompleted() { return std::exchange(m_completed, 0); }
    // Between requests: no byte of the next one has arrived.
    bool idle() const { return m_state == State::Head && m_line.isEmpty(); }

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailer, Refused };

    bool headComplete();
    bool chunkSizeLine(QByteArrayView line);
    void requestComplete();
    bool refuseTooLarge();
    bool refuse(HttpResponse response);

    Limits m_limits;
    Admission m_admission;
    std::function<void()> m_continueRequested;
    State m_state = State::Head;
    QByteArray m_line; // the head, a chunk-size line or a trailer line being read
    HttpRequest m_head;
    qint64 m_remaining = 0;    // bytes of the body or chunk still to come
    qint64 m_bodyBytes = 0;    // chunk data of a chunked body so far
    qint64 m_framingBytes = 0; // its chunk-size lines, line ends and trailers so far
    int m_completed = 0;
    std::optional<HttpResponse> m_refusal;
};

} // namespace ctct::sandbox
