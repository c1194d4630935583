// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace ctct::importing {

namespace {

// The translation context of the reader's errors (in the user's language; the command line has
// no translation and says them in English).
struct CsvReaderWords
{
    Q_DECLARE_TR_FUNCTIONS(CsvReaderWords)
};

constexpr qsizetype kSampleBytes = 64 * 1024; // what delimiter sniffing looks at
constexpr qsizetype kScanChunk = 1 << 20;     // the UTF-8 check's reads

// Windows-1252 differs from Latin-1 in 0x80-0x9F; spreadsheets on Windows write it. The five
// bytes it leaves undefined keep their C1 code points, so nothing is lost.
constexpr char16_t kCp1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                      0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Appends Windows-1252 bytes to out as UTF-8.
void cp1252ToUtf8(const char *in, qsizetype n, QByteArray &out)
{
    const qsizetype start = out.size();
    out.resize(start + n * 3);
    char *d = out.data() + start;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(in[i]);
        if (c < 0x80) {
            *d++ = char(c);
            continue;
        }
        const char16_t u = c < 0xA0 ? kCp1252High[c - 0x80] : char16_t(c);
        if (u < 0x800) {
            *d++ = char(0xC0 | (u >> 6));
            *d++ = char(0x80 | (u & 0x3F));
        } else {
            *d++ = char(0xE0 | (u >> 12));
            *d++ = char(0x80 | ((u >> 6) & 0x3F));
            *d++ = char(0x80 | (u & 0x3F));
        }
    }
    out.resize(d - out.constData());
}

// Checks UTF-8 strictly (no overlong forms, surrogates or code points past U+10FFFF). Returns
// -1 on an invalid sequence, else how many bytes at the end start a sequence that is not
// complete yet (0 when the text ends on a character boundary).
qsizetype checkUtf8(const unsigned char *p, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            const quint64 high = word & 0x8080808080808080ULL;
            if (!high) {
                i += 8;
                continue;
            }
            if constexpr (std::endian::native == std::endian::little)
                i += std::countr_zero(high) / 8; // skip the ASCII bytes before the first other one
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        qsizetype len;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return -1;
        }
        if (i + len > n) {
            // Incomplete here: what is there must fit, the rest comes with the next chunk.
            if (i + 1 < n && (p[i + 1] < lo || p[i + 1] > hi))
                return -1;
            for (qsizetype k = i + 2; k < n; ++k) {
                if ((p[k] & 0xC0) != 0x80)
                    return -1;
            }
            return n - i;
        }
        if (p[i + 1] < lo || p[i + 1] > hi)
            return -1;
        for (qsizetype k = 2; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return -1;
        }
        i += len;
    }
    return 0;
}

// The scanning loops' inner part: the first byte at or after p that stop marks.
inline const char *scan(const char *p, const char *end, const quint8 *stop)
{
    while (end - p >= 4) {
        if (stop[static_cast<unsigned char>(p[0])])
            return p;
        if (stop[static_cast<unsigned char>(p[1])])
            return p + 1;
        if (stop[static_cast<unsigned char>(p[2])])
            return p + 2;
        if (stop[static_cast<unsigned char>(p[3])])
            return p + 3;
        p += 4;
    }
    while (p < end && !stop[static_cast<unsigned char>(*p)])
        ++p;
    return p;
}

// The most likely delimiter of a sample (UTF-8): the candidate that appears on every line the
// same number of times, and at least once on the first line; ',' when none does.
char sniffDelimiter(QByteArrayView sample, bool complete)
{
    static constexpr char candidates[] = {',', ';', '\t', '|'};
    QList<std::array<int, 4>> counts;
    std::array<int, 4> current{};
    bool quoted = false;
    bool lineHasText = false;
    for (qsizetype i = 0; i < sample.size() && counts.size() < 20; ++i) {
        const char c = sample[i];
        if (c == '"') {
            quoted = !quoted;
            lineHasText = true;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (lineHasText)
                counts.append(current);
            current = {};
            lineHasText = false;
        } else if (!quoted) {
            lineHasText = true;
            for (size_t k = 0; k < 4; ++k) {
                if (c == candidates[k])
                    ++current[k];
            }
        }
    }
    // A line cut off by the end of the sample is not counted, unless it is the file's end.
    if (lineHasText && (complete || counts.isEmpty()))
        counts.append(current);
    int best = -1;
    double bestScore = 0;
    for (size_t k = 0; k < 4; ++k) {
        if (counts.isEmpty() || counts.first()[k] == 0)
            continue;
        int consistent = 0;
        for (const auto &line : counts)
            consistent += line[k] == counts.first()[k] ? 1 : 0;
        const double score = double(consistent) / double(counts.size()) * 1000 + counts.first()[k];
        if (score > bestScore) {
            bestScore = score;
            best = int(k);
        }
    }
    return best < 0 ? ',' : candidates[best];
}

bool isUtf16(CsvEncoding e)
{
    return e == CsvEncoding::Utf16LE || e == CsvEncoding::Utf16BE;
}

} // namespace

QString encodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case CsvEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case CsvEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return QString();
}

QStringList CsvRow::texts() const
{
    QStringList out;
    out.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        out.append(text(i));
    return out;
}

CsvRow CsvRow::fromTexts(qsizetype line, const QStringList &fields)
{
    CsvRow row;
    row.m_line = line;
    for (const QString &f : fields) {
        row.m_bytes += f.toStdString();
        row.m_ends.push_back(qsizetype(row.m_bytes.size()));
    }
    return row;
}

// Turns the file's bytes into UTF-8, chunk by chunk.
struct CsvReader::Decoder
{
    explicit Decoder(CsvEncoding e)
        : utf16(e == CsvEncoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE)
    {}
    // A surrogate pair cut by the chunk's end waits for its second half.
    QByteArray toUtf8(const QByteArray &bytes, bool last)
    {
        QString text = pendingHigh + QString(utf16.decode(bytes));
        pendingHigh.clear();
        if (!last && !text.isEmpty() && text.back().isHighSurrogate()) {
            pendingHigh = text.back();
            text.chop(1);
        }
        return text.toUtf8();
    }
    QStringDecoder utf16;
    QString pendingHigh;
};

CsvReader::CsvReader(CsvReaderOptions options)
    : m_options(std::move(options))
{
    if (m_options.chunkBytes < 1)
        m_options.chunkBytes = 1;
}

CsvReader::~CsvReader() = default;

bool CsvReader::openFile(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        fail(0, CsvReaderWords::tr("cannot read %1: %2").arg(path, file->errorString()));
        return false;
    }
    m_owned = std::move(file);
    m_device = m_owned.get();
    return start();
}

bool CsvReader::openBytes(const QByteArray &bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    m_owned = std::move(buffer);
    m_device = m_owned.get();
    return start();
}

bool CsvReader::openDevice(QIODevice *device)
{
    m_device = device;
    if (!device || !device->isReadable() || device->isSequential()) {
        fail(0, CsvReaderWords::tr("cannot read the file: it is not an open, seekable file"));
        return false;
    }
    return start();
}

void CsvReader::fail(qsizetype line, const QString &message)
{
    if (m_error.message.isEmpty())
        m_error = CsvError{line, message};
    m_done = true;
}

bool CsvReader::checkCancel()
{
    if (m_options.cancelled && m_options.cancelled()) {
        m_cancelled = true;
        m_done = true;
    }
    return m_cancelled;
}

bool CsvReader::detectEncoding()
{
    // No BOM: UTF-8 if every byte of the file says so, else Windows-1252. One pass, one chunk
    // in memory, carrying a character cut by the chunk's end over to the next.
    const qsizetype chunk = qsizetype(std::clamp<qint64>(m_total, 16, kScanChunk));
    QByteArray buffer(chunk + 4, Qt::Uninitialized);
    qsizetype carry = 0;
    for (;;) {
        if (checkCancel())
            return false;
        const qint64 n = m_device->read(buffer.data() + carry, chunk);
        if (n < 0) {
            fail(0, CsvReaderWords::tr("cannot read the file: %1").arg(m_device->errorString()));
            return false;
        }
        const qsizetype have = carry + qsizetype(n);
        const qsizetype rest = checkUtf8(reinterpret_cast<const unsigned char *>(buffer.constData()), have);
        if (rest < 0 || (n == 0 && rest > 0)) {
            m_encoding = CsvEncoding::Windows1252;
            break;
        }
        if (n == 0) {
            m_encoding = CsvEncoding::Utf8;
            break;
        }
        std::memmove(buffer.data(), buffer.constData() + have - rest, size_t(rest));
        carry = rest;
    }
    if (!m_device->seek(0)) {
        fail(0, CsvReaderWords::tr("cannot read the file: %1").arg(m_device->errorString()));
        return false;
    }
    return true;
}

bool CsvReader::start()
{
    m_total = m_device->size();
    const QByteArray head = m_device->peek(4);
    if (m_options.encoding) {
        m_encoding = *m_options.encoding;
        if (m_encoding == CsvEncoding::Utf8 && head.startsWith("\xEF\xBB\xBF"))
            m_bomBytes = 3;
        else if ((m_encoding == CsvEncoding::Utf16LE && head.startsWith("\xFF\xFE")) ||
                 (m_encoding == CsvEncoding::Utf16BE && head.startsWith("\xFE\xFF")))
            m_bomBytes = 2;
    } else if (head.startsWith("\xEF\xBB\xBF")) {
        m_encoding = CsvEncoding::Utf8;
        m_bomBytes = 3;
    } else if (head.startsWith("\xFF\xFE")) {
        m_encoding = CsvEncoding::Utf16LE;
        m_bomBytes = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        m_encoding = CsvEncoding::Utf16BE;
        m_bomBytes = 2;
    } else if (!detectEncoding()) {
        return false;
    }

    // A sample of the start, as UTF-8, for the "sep=" line and the delimiter.
    if (!m_device->seek(m_bomBytes)) {
        fail(0, CsvReaderWords::tr("cannot read the file: %1").arg(m_device->errorString()));
        return false;
    }
    const QByteArray raw = m_device->read(kSampleBytes);
    const bool complete = m_bomBytes + raw.size() >= m_total;
    QByteArray sample;
    if (m_encoding == CsvEncoding::Utf8) {
        sample = raw;
    } else if (m_encoding == CsvEncoding::Windows1252) {
        cp1252ToUtf8(raw.constData(), raw.size(), sample);
    } else {
        QStringDecoder decoder(m_encoding == CsvEncoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        sample = QString(decoder.decode(raw)).toUtf8();
    }
    qsizetype skip = 0;
    if (sample.size() >= 5 && QByteArrayView(sample).first(4).compare("sep=", Qt::CaseInsensitive) == 0 &&
        sample[4] != '\r' && sample[4] != '\n' && sample[4] != '"' && sample[4] != '\0' &&
        (sample.size() == 5 || sample[5] == '\r' || sample[5] == '\n')) {
        m_sepLine = true;
        m_delimiter = sample[4];
        skip = 5;
        if (sample.size() > 5)
            skip += (sample[5] == '\r' && sample.size() > 6 && sample[6] == '\n') ? 2 : 1;
        m_line = 2;
    }
    if (m_options.delimiter)
        m_delimiter = m_options.delimiter;
    else if (!m_sepLine)
        m_delimiter = sniffDelimiter(QByteArrayView(sample).sliced(skip), complete);
    if (m_delimiter == '"' || m_delimiter == '\r' || m_delimiter == '\n' || m_delimiter == '\0') {
        fail(0, CsvReaderWords::tr("the delimiter cannot be a quote, a line break or a NUL"));
        return false;
    }

    m_stopUnquoted.fill(0);
    m_stopQuoted.fill(0);
    for (const char c : {m_delimiter, '\n', '\r', '\0'})
        m_stopUnquoted[static_cast<unsigned char>(c)] = 1;
    for (const char c : {'"', '\n', '\r', '\0'})
        m_stopQuoted[static_cast<unsigned char>(c)] = 1;

    if (!m_device->seek(m_bomBytes)) {
        fail(0, CsvReaderWords::tr("cannot read the file: %1").arg(m_device->errorString()));
        return false;
    }
    m_consumed = m_bomBytes;
    if (isUtf16(m_encoding))
        m_decoder = std::make_unique<Decoder>(m_encoding);
    m_skip = skip;

    if (m_options.hasHeader) {
        if (!next()) {
            if (!hasError() && !m_cancelled)
                fail(m_sepLine ? 2 : 1, CsvReaderWords::tr("the file holds no rows, not even a header"));
            return false;
        }
        m_header = m_row.texts();
        for (QString &h : m_header)
            h = h.trimmed();
        m_headerLine = m_row.line();
    }
    return true;
}

bool CsvReader::fill()
{
    if (m_done || m_eof)
        return false;
    if (checkCancel())
        return false;
    m_raw.resize(m_options.chunkBytes);
    const qint64 n = m_device->read(m_raw.data(), m_options.chunkBytes);
    if (n < 0) {
        fail(m_line, CsvReaderWords::tr("cannot read the file: %1").arg(m_device->errorString()));
        return false;
    }
    m_raw.resize(qsizetype(n));
    m_consumed += n;
    if (n == 0)
        m_eof = true;
    if (m_encoding == CsvEncoding::Utf8) {
        m_pos = m_raw.constData();
        m_end = m_pos + m_raw.size();
    } else {
        m_decoded.resize(0);
        if (m_encoding == CsvEncoding::Windows1252)
            cp1252ToUtf8(m_raw.constData(), m_raw.size(), m_decoded);
        else
            m_decoded = m_decoder->toUtf8(m_raw, m_eof);
        m_pos = m_decoded.constData();
        m_end = m_pos + m_decoded.size();
    }
    if (m_skip > 0) { // the "sep=" line
        const qsizetype k = std::min<qsizetype>(m_skip, m_end - m_pos);
        m_pos += k;
        m_skip -= k;
    }
    if (m_options.progress)
        m_options.progress(m_consumed, m_total);
    return !m_eof;
}

[[gnu::always_inline]] inline void CsvReader::append(const char *from, const char *to)
{
    if (from == to || m_overlong)
        return;
    if (qsizetype(m_row.m_bytes.size()) + (to - from) > m_options.maxRowBytes) {
        m_overlong = true;
        return;
    }
    m_row.m_bytes.append(from, size_t(to - from));
}

[[gnu::always_inline]] inline void CsvReader::endField()
{
    if (m_overlong)
        return;
    if (qsizetype(m_row.m_ends.size()) >= m_options.maxRowBytes / 16) {
        m_overlong = true;
        return;
    }
    m_row.m_ends.push_back(qsizetype(m_row.m_bytes.size()));
}

bool CsvReader::endRecord()
{
    if (m_row.m_bytes.empty() && !m_anyQuoted) {
        // Nothing but delimiters (spreadsheets write ",,," for formatted empty rows): no row.
        m_row.m_bytes.clear();
        m_row.m_ends.clear();
        m_overlong = false;
        return false;
    }
    if (m_overlong) {
        fail(m_row.m_line, CsvReaderWords::tr("the row is longer than %1 bytes").arg(m_options.maxRowBytes));
        return false;
    }
    return true;
}

bool CsvReader::parse()
{
    const char *p = m_pos;
    const char *const end = m_end;
    const char delimiter = m_delimiter;
    const auto binary = [this] {
        fail(m_line,
             isUtf16(m_encoding)
                 ? CsvReaderWords::tr("the file holds binary data (a NUL byte), not text")
                 : CsvReaderWords::tr("the file holds binary data (a NUL byte), not text (UTF-16 without a byte-order "
                                      "mark is not read)"));
    };
    while (p < end) {
        switch (m_state) {
        case State::RecordStart: {
            const char c = *p;
            if (m_skipLf) {
                m_skipLf = false;
                if (c == '\n') {
                    ++p;
                    continue;
                }
            }
            if (c == '\n' || c == '\r') { // a blank line
                ++m_line;
                m_skipLf = c == '\r';
                ++p;
                continue;
            }
            m_row.m_line = m_line;
            m_state = State::FieldStart;
            [[fallthrough]];
        }
        case State::FieldStart:
            if (*p == '"') {
                m_state = State::Quoted;
                m_anyQuoted = true;
                m_quoteLine = m_line;
                m_prevCr = false;
                ++p;
                continue;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            const char *q = scan(p, end, m_stopUnquoted.data());
            append(p, q);
            p = q;
            if (p == end)
                break;
            const char c = *p++;
            if (c == delimiter) {
                endField();
                m_state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                endField();
                ++m_line;
                m_skipLf = c == '\r';
                m_state = State::RecordStart;
                const bool row = endRecord();
                if (row || hasError()) {
                    m_pos = p;
                    return row;
                }
            } else {
                binary();
                m_pos = p;
                return false;
            }
            continue;
        }
        case State::Quoted: {
            const char *q = scan(p, end, m_stopQuoted.data());
            if (q != p) {
                append(p, q);
                m_prevCr = false;
                p = q;
            }
            if (p == end)
                break;
            const char c = *p++;
            if (c == '"') {
                m_state = State::QuoteInQuoted;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' || !m_prevCr)
                    ++m_line;
                m_prevCr = c == '\r';
                append(p - 1, p);
            } else {
                binary();
                m_pos = p;
                return false;
            }
            continue;
        }
        case State::QuoteInQuoted:
            if (*p == '"') { // a doubled quote
                append(p, p + 1);
                ++p;
                m_prevCr = false;
                m_state = State::Quoted;
                continue;
            }
            // The quote closed the field; text after it up to the delimiter is kept as it is.
            m_state = State::Unquoted;
            continue;
        }
        break; // the buffer ended inside a state
    }
    m_pos = p;
    return false;
}

bool CsvReader::next()
{
    if (m_done)
        return false;
    m_row.m_bytes.clear();
    m_row.m_ends.clear();
    m_anyQuoted = false;
    m_overlong = false;
    for (;;) {
        if (m_pos == m_end) {
            if (fill())
                continue;
            if (m_done) // error or cancelled
                return false;
            // The end of the file.
            m_done = true;
            switch (m_state) {
            case State::RecordStart:
                return false;
            case State::Quoted:
                fail(m_quoteLine, CsvReaderWords::tr("a quoted field that opens on this line is never closed"));
                return false;
            case State::FieldStart:
            case State::Unquoted:
            case State::QuoteInQuoted:
                m_state = State::RecordStart;
                endField();
                return endRecord();
            }
            return false;
        }
        if (parse())
            return true;
        if (m_done)
            return false;
    }
}

// ------------------------------------------------------------------------------ small files

CsvResult readCsv(const QByteArray &bytes, const CsvOptions &options)
{
    CsvReaderOptions o;
    o.delimiter = options.delimiter.isNull() ? 0 : options.delimiter.toLatin1();
    o.hasHeader = options.hasHeader;
    CsvReader reader(o);
    if (!reader.openBytes(bytes))
        return CsvResult{std::nullopt, reader.error()};
    CsvTable table;
    table.header = reader.header();
    table.encoding = encodingName(reader.encoding());
    table.delimiter = QChar::fromLatin1(reader.delimiter());
    while (reader.next()) {
        table.rows.append(reader.row().texts());
        table.rowLines.append(reader.row().line());
    }
    if (reader.hasError())
        return CsvResult{std::nullopt, reader.error()};
    if (!options.hasHeader) {
        if (table.rows.isEmpty())
            return CsvResult{std::nullopt, CsvError{1, CsvReaderWords::tr("the file holds no rows")}};
        for (qsizetype k = 0; k < table.rows.first().size(); ++k)
            table.header.append(QStringLiteral("Column %1").arg(k + 1));
    }
    return CsvResult{std::move(table), {}};
}

QString csvField(const QString &value, QChar delimiter)
{
    if (!value.contains(delimiter) && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

bool isValidEmail(QStringView email)
{
    if (email.isEmpty() || email.size() > 80)
        return false;
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@') || at == email.size() - 1)
        return false;
    const QStringView local = email.left(at);
    const QStringView domain = email.mid(at + 1);
    for (const QChar c : email) {
        if (c.isSpace() || c < QChar(0x21) || c == u',' || c == u';' || c == u'<' || c == u'>' || c == u'(' ||
            c == u')' || c == u'[' || c == u']' || c == u'\\' || c == u'"')
            return false;
    }
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
        return false;
    if (!domain.contains(u'.') || domain.startsWith(u'.') || domain.endsWith(u'.') || domain.contains(u"..") ||
        domain.startsWith(u'-'))
        return false;
    const QStringView tld = domain.mid(domain.lastIndexOf(u'.') + 1);
    return tld.size() >= 2;
}

bool isValidEmail(QByteArrayView email)
{
    // The same rules as the QStringView overload, on ASCII bytes; anything else goes there.
    static const std::array<bool, 128> bad = [] {
        std::array<bool, 128> t{};
        for (int c = 0; c < 0x21; ++c)
            t[size_t(c)] = true;
        for (const char c : {',', ';', '<', '>', '(', ')', '[', ']', '\\', '"'})
            t[static_cast<unsigned char>(c)] = true;
        return t;
    }();
    const qsizetype n = email.size();
    if (n == 0 || n > 4 * 80)
        return false;
    // One pass: one '@' with text on both sides, no ".." and no '.' next to the '@' or at
    // either end, a domain with a dot, not starting with '-', and a top-level part of two or more.
    qsizetype at = -1;
    qsizetype lastDot = -1;
    char prev = '@'; // so that a leading '.' or '@' fails like one after the '@'
    for (qsizetype i = 0; i < n; ++i) {
        const char c = email[i];
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80)
            return isValidEmail(QStringView(QString::fromUtf8(email)));
        if (bad[u])
            return false;
        if (c == '@') {
            if (at >= 0 || prev == '.' || prev == '@')
                return false;
            at = i;
        } else if (c == '.') {
            if (prev == '.' || prev == '@')
                return false;
            lastDot = i;
        }
        prev = c;
    }
    if (n > 80 || at <= 0 || at == n - 1 || lastDot < at || prev == '.' || email[at + 1] == '-')
        return false;
    return n - lastDot - 1 >= 2;
}

} // namespace ctct::importing
