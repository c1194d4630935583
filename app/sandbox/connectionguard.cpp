// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionguard.h"

#include "logging.h"

#include <QTcpSocket>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ctct::sandbox {

namespace {

constexpr qsizetype kMaxChunkLine = 1024;
// After a refusal the rest of the request is read and dropped for a while (up to kMaxDrain bytes),
// so that a client still sending its body reads the answer instead of a connection reset.
constexpr int kDrainMs = 2000;
constexpr qint64 kMaxDrain = 64 * 1024 * 1024;

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

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const Limits &limits, Admission admission)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_admission(std::move(admission))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    m_readConnection = connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    restartTimer();
}

ConnectionGuard::~ConnectionGuard() = default;

QByteArray ConnectionGuard::serialise(const HttpResponse &response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &[key, value] : response.headers)
        out += key + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
    return out + response.body;
}

void ConnectionGuard::answered()
{
    if (m_unanswered > 0)
        --m_unanswered;
    restartTimer();
}

void ConnectionGuard::restartTimer()
{
    if (m_state == State::Refused)
        return; // the drain deadline stands
    const bool idle = m_state == State::Head && m_line.isEmpty();
    m_timer.start(idle ? m_limits.idleTimeoutMs : m_limits.requestTimeoutMs);
}

void ConnectionGuard::onReadyRead()
{
    if (m_state == State::Refused) {
        drain();
        return;
    }
    const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
    if (!feed(data))
        return;
    restartTimer();
    // Qt HttpServer parses these bytes right after this slot; when its parser fails it
    // disconnects every connection of the socket (ours too) and leaves the client waiting.
    QMetaObject::invokeMethod(this, &ConnectionGuard::checkHttpServer, Qt::QueuedConnection);
}

void ConnectionGuard::checkHttpServer()
{
    if (m_readConnection || m_state == State::Refused)
        return;
    qCDebug(lcHttp) << "Qt HttpServer could not parse a request; closing the connection";
    refuse(badRequest(u"malformed HTTP request"_s));
}

bool ConnectionGuard::feed(QByteArrayView data)
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
                    refuse(badRequest(u"request headers too large (at most %1 bytes)"_s.arg(m_limits.maxHeaderBytes)));
                    return false;
                }
                i += take;
                break;
            }
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
            if (m_line.size() > kMaxChunkLine) {
                refuse(badRequest(u"malformed chunked body: a chunk-size or trailer line is too long"_s));
                return false;
            }
            if (eol < 0)
                break;
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
            if (m_line == "\n" || m_line == "\r\n") {
                m_line.clear();
                m_state = State::ChunkSize;
            } else if (m_line != "\r") {
                refuse(badRequest(u"malformed chunked body: a chunk is not followed by CRLF"_s));
                return false;
            }
            break;
        }
        case State::Refused:
            return false;
        }
    }
    return true;
}

bool ConnectionGuard::chunkSizeLine(QByteArrayView line)
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
    m_line.clear();
    if (!ok) {
        refuse(badRequest(u"malformed chunked body: \"%1\" is not a chunk size"_s.arg(
            QString::fromLatin1(digits.first(std::min<qsizetype>(40, digits.size())).toByteArray()))));
        return false;
    }
    if (size == 0) {
        m_state = State::Trailer;
        return true;
    }
    m_bodyBytes += size;
    if (m_limits.maxBodyBytes > 0 && m_bodyBytes > m_limits.maxBodyBytes) {
        std::optional<HttpResponse> refusal = m_admission(m_head, m_bodyBytes);
        refuse(refusal ? *refusal
                       : HttpResponse::error(
                             413, u"request body too large (at most %1 bytes)"_s.arg(m_limits.maxBodyBytes)));
        return false;
    }
    m_remaining = size;
    m_state = State::ChunkData;
    return true;
}

bool ConnectionGuard::headComplete()
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
        refuse(badRequest(u"malformed request line"_s));
        return false;
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
            refuse(badRequest(u"malformed header line"_s));
            return false;
        }
        const QByteArray name = line.first(colon).toByteArray();
        const QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            const std::optional<qint64> length = decimal(value);
            if (!length || (contentLength && *contentLength != *length)) {
                refuse(badRequest(u"invalid Content-Length"_s));
                return false;
            }
            contentLength = length;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            if (value.compare("chunked", Qt::CaseInsensitive) != 0 || chunked) {
                refuse(badRequest(
                    u"unsupported Transfer-Encoding \"%1\" (only chunked)"_s.arg(QString::fromLatin1(value))));
                return false;
            }
            chunked = true;
        }
        head.headers.append({name, value});
    }
    if (chunked && contentLength) {
        refuse(badRequest(u"Content-Length and Transfer-Encoding exclude each other"_s));
        return false;
    }
    const qint64 declared = chunked ? -1 : contentLength.value_or(0);
    std::optional<HttpResponse> refusal = m_admission(head, declared);
    if (!refusal && m_limits.maxBodyBytes > 0 && declared > m_limits.maxBodyBytes)
        refusal = HttpResponse::error(413, u"request body too large (at most %1 bytes)"_s.arg(m_limits.maxBodyBytes));
    if (refusal) {
        refuse(*refusal);
        return false;
    }
    // Qt HttpServer 6.4 does not answer "Expect: 100-continue"; clients such as curl then wait a
    // second before they send the body.
    if (declared != 0 && head.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_head = std::move(head);
    m_line.clear();
    m_bodyBytes = 0;
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

void ConnectionGuard::requestComplete()
{
    ++m_unanswered;
    m_state = State::Head;
    m_line.clear();
}

void ConnectionGuard::refuse(const HttpResponse &response)
{
    qCDebug(lcHttp) << "refused before Qt HttpServer:" << response.status << response.body;
    m_state = State::Refused;
    drain();
    m_socket->write(serialise(response));
    m_timer.start(kDrainMs);
}

void ConnectionGuard::drain()
{
    // Read and dropped, so that Qt HttpServer, whose slot runs next, never parses it; its
    // transaction would keep every byte, so it is committed (emptied) as well.
    m_drained += m_socket->read(m_socket->bytesAvailable()).size();
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    if (m_drained > kMaxDrain)
        m_socket->abort();
}

void ConnectionGuard::onTimeout()
{
    if (m_state == State::Refused) {
        m_socket->disconnectFromHost();
        return;
    }
    if (m_state != State::Head || !m_line.isEmpty()) {
        refuse(HttpResponse::error(
            408, u"the request was not completed within %1 s"_s.arg(m_limits.requestTimeoutMs / 1000.0)));
        return;
    }
    if (m_unanswered > 0) {
        restartTimer(); // the server is still working on an answer (or --hang-rate keeps it)
        return;
    }
    qCDebug(lcHttp) << "closing an idle connection";
    m_socket->disconnectFromHost();
}

} // namespace ctct::sandbox
