// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpframing.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace ctct::sandbox {

namespace {

constexpr qsizetype kMaxChunkLine = 1024;

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

std::optional<qint64> decimal(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 n = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        n = n * 10 + (c - '0');
    }
    return n;
}

HttpResponse badRequest(const QString &message)
{
    return HttpResponse::error(400, message);
}

} // namespace

RequestFraming::RequestFraming(const Limits &limits, Admission admission, std::function<void()> continueRequested)
    : m_limits(limits)
    , m_admission(std::move(admission))
    , m_continueRequested(std::move(continueRequested))
{}

bool RequestFraming::feed(QByteArrayView data)
{
    qsizetype i = 0;
    const qsizetype n = data.size();
    while (i < n) {
        switch (m_state) {
        case State::Head: {
            if (m_line.isEmpty()) {
                while (i < n && (data[i] == '\r' || data[i] == '\n'))
                    ++i; // empty lines before a request line are allowed
                if (i == n)
                    break;
            }
            const qsizetype searchFrom = std::max<qsizetype>(0, m_line.size() - 3);
            const qsizetype take = n - i;
            m_line.append(data.sliced(i, take));
            qsizetype end = -1;
            for (qsizetype p = m_line.indexOf('\n', searchFrom); p >= 0; p = m_line.indexOf('\n', p + 1)) {
                if (p + 1 < m_line.size() && m_line.at(p + 1) == '\n') {
                    end = p + 2;
                    break;
                }
                if (p + 2 < m_line.size() && m_line.at(p + 1) == '\r' && m_line.at(p + 2) == '\n') {
                    end = p + 3;
                    break;
                }
            }
            if (end < 0) {
                if (m_line.size() > m_limits.maxHeaderBytes) {
                    return refuse(
                        badRequest(u"request headers too large (at most %1 bytes)"_s.arg(m_limits.maxHeaderBytes)));
                }
                i += take;
                break;
            }
            if (end > m_limits.maxHeaderBytes) // arrived in one piece, but too large all the same
                return refuse(
                    badRequest(u"request headers too large (at most %1 bytes)"_s.arg(m_limits.maxHeaderBytes)));
            i += take - (m_line.size() - end); // the bytes after the head belong to the body
            m_line.truncate(end);
            if (!headComplete())
                return false;
            break;
        }
        case State::Body: {
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, n - i));
            m_remaining -= take;
            i += take;
            if (m_remaining == 0)
                requestComplete();
            break;
        }
        case State::ChunkSize:
        case State::Trailer: {
            const qsizetype eol = data.indexOf('\n', i);
            const qsizetype take = eol < 0 ? n - i : eol - i + 1;
            m_line.append(data.sliced(i, take));
            i += take;
            m_framingBytes += take;
            if (m_line.size() > kMaxChunkLine)
                return refuse(badRequest(u"malformed chunked body: a chunk-size or trailer line is too long"_s));
            if (eol < 0)
                break;
            // Chunk-size lines and trailers are buffered with the body: they count towards its limit.
            if (m_limits.maxBodyBytes > 0 && m_bodyBytes + m_framingBytes > m_limits.maxBodyBytes)
                return refuseTooLarge();
            QByteArrayView line(m_line);
            line.chop(1);
            if (line.endsWith('\r'))
                line.chop(1);
            if (m_state == State::Trailer) {
                if (line.isEmpty())
                    requestComplete();
                else
                    m_line.clear();
                break;
            }
            if (!chunkSizeLine(line))
                return false;
            break;
        }
        case State::ChunkData: {
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, n - i));
            m_remaining -= take;
            i += take;
            if (m_remaining == 0) {
                m_state = State::ChunkEnd;
                m_line.clear();
            }
            break;
        }
        case State::ChunkEnd: {
            m_line.append(data[i++]);
            ++m_framingBytes;
            if (m_line == "\n" || m_line == "\r\n") {
                m_line.clear();
                m_state = State::ChunkSize;
            } else if (m_line != "\r") {
                return refuse(badRequest(u"malformed chunked body: a chunk is not followed by CRLF"_s));
            }
            break;
        }
        case State::Refused:
            return false;
        }
    }
    return true;
}

bool RequestFraming::chunkSizeLine(QByteArrayView line)
{
    const qsizetype semicolon = line.indexOf(';');
    const QByteArrayView digits = (semicolon < 0 ? line : line.first(semicolon)).trimmed();
    bool ok = digits.size() > 0 && digits.size() <= 15;
    qint64 size = 0;
    for (qsizetype k = 0; ok && k < digits.size(); ++k) {
        const char c = digits[k];
        const int v = c >= '0' && c <= '9'   ? c - '0'
                      : c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : -1;
        ok = v >= 0;
        size = size * 16 + v;
    }
    if (!ok) {
        // `digits` points into m_line: the message is made before m_line is cleared.
        return refuse(badRequest(u"malformed chunked body: \"%1\" is not a chunk size"_s.arg(
            QString::fromLatin1(digits.first(std::min<qsizetype>(40, digits.size())).toByteArray()))));
    }
    m_line.clear();
    if (size == 0) {
        m_state = State::Trailer;
        return true;
    }
    m_bodyBytes += size;
    if (m_limits.maxBodyBytes > 0 && m_bodyBytes + m_framingBytes > m_limits.maxBodyBytes)
        return refuseTooLarge();
    m_remaining = size;
    m_state = State::ChunkData;
    return true;
}

bool RequestFraming::headComplete()
{
    QList<QByteArrayView> lines;
    for (qsizetype start = 0; start < m_line.size();) {
        qsizetype eol = m_line.indexOf('\n', start);
        if (eol < 0)
            eol = m_line.size();
        QByteArrayView line = QByteArrayView(m_line).sliced(start, eol - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            lines.append(line);
        start = eol + 1;
    }
    HttpRequest head;
    const QList<QByteArray> requestLine =
        lines.isEmpty() ? QList<QByteArray>() : lines.first().toByteArray().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) ||
        !(requestLine.at(2) == "HTTP/1.1" || requestLine.at(2) == "HTTP/1.0") ||
        !(requestLine.at(1).startsWith('/') || requestLine.at(1).startsWith("http://"))) {
        return refuse(badRequest(u"malformed request line"_s));
    }
    head.method = requestLine.at(0);
    QByteArray target = requestLine.at(1);
    if (target.startsWith("http://")) {
        const qsizetype slash = target.indexOf('/', 7);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    const qsizetype question = target.indexOf('?');
    head.path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
    head.rawQuery = question < 0 ? QString() : QString::fromLatin1(target.mid(question + 1));
    std::optional<qint64> contentLength;
    bool chunked = false;
    for (qsizetype k = 1; k < lines.size(); ++k) {
        const QByteArrayView line = lines.at(k);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon))) {
            return refuse(badRequest(u"malformed header line"_s));
        }
        const QByteArray name = line.first(colon).toByteArray();
        const QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            const std::optional<qint64> length = decimal(value);
            if (!length || (contentLength && *contentLength != *length)) {
                return refuse(badRequest(u"invalid Content-Length"_s));
            }
            contentLength = length;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            if (value.compare("chunked", Qt::CaseInsensitive) != 0 || chunked) {
                return refuse(badRequest(
                    u"unsupported Transfer-Encoding \"%1\" (only chunked)"_s.arg(QString::fromLatin1(value))));
            }
            chunked = true;
        }
        head.headers.append({name, value});
    }
    if (chunked && contentLength) {
        return refuse(badRequest(u"Content-Length and Transfer-Encoding exclude each other"_s));
    }
    const qint64 declared = chunked ? -1 : contentLength.value_or(0);
    std::optional<HttpResponse> refusal = m_admission(head, declared);
    if (!refusal && m_limits.maxBodyBytes > 0 && declared > m_limits.maxBodyBytes)
        refusal = HttpResponse::error(413, u"request body too large (at most %1 bytes)"_s.arg(m_limits.maxBodyBytes));
    if (refusal) {
        return refuse(*refusal);
    }
    // Qt HttpServer 6.4 does not answer "Expect: 100-continue"; clients such as curl then wait a
    // second before they send the body.
    if (declared != 0 && head.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0 && m_continueRequested)
        m_continueRequested();
    m_head = std::move(head);
    m_line.clear();
    m_bodyBytes = 0;
    m_framingBytes = 0;
    if (chunked) {
        m_state = State::ChunkSize;
    } else if (declared > 0) {
        m_remaining = declared;
        m_state = State::Body;
    } else {
        requestComplete();
    }
    return true;
}

void RequestFraming::requestComplete()
{
    ++m_completed;
    m_state = State::Head;
    m_line.clear();
}

bool RequestFraming::refuseTooLarge()
{
    std::optional<HttpResponse> refusal = m_admission(m_head, m_bodyBytes + m_framingBytes);
    return refuse(
        refusal ? std::move(*refusal)
                : HttpResponse::error(413, u"request body too large (at most %1 bytes)"_s.arg(m_limits.maxBodyBytes)));
}

bool RequestFraming::refuse(HttpResponse response)
{
    m_state = State::Refused;
    m_refusal = std::move(response);
    return false;
}

} // namespace ctct::sandbox
