// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QStringDecoder>

namespace ctct::importing {

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

// Windows-1252 differs from Latin-1 in 0x80-0x9F; spreadsheets on Windows write it.
QString decodeWindows1252(const QByteArray &bytes)
{
    static const char16_t high[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                      0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString out(bytes.size(), Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        d[i] = (c >= 0x80 && c < 0xA0) ? high[c - 0x80] : char16_t(c);
    }
    return out;
}

} // namespace

QString decodeText(const QByteArray &bytes, QString *encoding)
{
    const auto setEncoding = [encoding](const char *name) {
        if (encoding)
            *encoding = QString::fromLatin1(name);
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        setEncoding("UTF-8");
        return QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        setEncoding(le ? "UTF-16LE" : "UTF-16BE");
        QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return decoder.decode(QByteArrayView(bytes).sliced(2));
    }
    if (isValidUtf8(bytes)) {
        setEncoding("UTF-8");
        return QString::fromUtf8(bytes);
    }
    setEncoding("Windows-1252");
    return decodeWindows1252(bytes);
}

QChar sniffDelimiter(QStringView text)
{
    // Count candidates per line (outside quotes) over the first lines; the best delimiter
    // appears on every line the same number of times, and at least once.
    static const char16_t candidates[] = {u',', u';', u'\t', u'|'};
    QList<std::array<int, 4>> counts;
    std::array<int, 4> current{};
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < 20; ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            counts.append(current);
            current = {};
        } else if (!quoted) {
            for (int k = 0; k < 4; ++k) {
                if (c == candidates[k])
                    ++current[size_t(k)];
            }
        }
    }
    if (current != std::array<int, 4>{})
        counts.append(current);
    int best = -1;
    double bestScore = 0;
    for (int k = 0; k < 4; ++k) {
        if (counts.isEmpty() || counts.first()[size_t(k)] == 0)
            continue;
        int consistent = 0;
        for (const auto &line : counts)
            consistent += line[size_t(k)] == counts.first()[size_t(k)] ? 1 : 0;
        const double score = double(consistent) / double(counts.size()) * 1000 + counts.first()[size_t(k)];
        if (score > bestScore) {
            bestScore = score;
            best = k;
        }
    }
    return best < 0 ? QChar(u',') : QChar(candidates[best]);
}

CsvResult readCsv(const QByteArray &bytes, const CsvOptions &options)
{
    QString encoding;
    const QString text = decodeText(bytes, &encoding);
    CsvResult result = readCsvText(text, options);
    if (result.table)
        result.table->encoding = encoding;
    return result;
}

CsvResult readCsvText(QStringView text, const CsvOptions &options)
{
    CsvTable table;
    table.delimiter = options.delimiter.isNull() ? sniffDelimiter(text) : options.delimiter;
    const char16_t delimiter = table.delimiter.unicode();

    QList<QStringList> records;
    QList<qsizetype> recordLines;
    QStringList record;
    QString field;
    qsizetype line = 1;
    qsizetype recordLine = 1;
    bool quoted = false;
    bool fieldStarted = false; // something (even "") was read for the current field
    qsizetype quoteLine = 0;

    const auto endField = [&] {
        record.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        // Lines with nothing on them are skipped, as spreadsheets leave them at the end.
        if (!(record.size() == 1 && record.first().isEmpty())) {
            records.append(record);
            recordLines.append(recordLine);
        }
        record.clear();
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text[i + 1] == u'\n')))
                    ++line;
                field.append(QChar(c));
            }
            continue;
        }
        if (c == delimiter) {
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else if (c == u'"' && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else {
            // Text after a closing quote ("a"b) is kept as it is: lenient like spreadsheets.
            field.append(QChar(c));
            fieldStarted = true;
        }
    }
    if (quoted)
        return CsvResult{
            std::nullopt,
            CsvError{quoteLine, QStringLiteral("a quoted field starting on line %1 is never closed").arg(quoteLine)}};
    if (fieldStarted || !field.isEmpty() || !record.isEmpty())
        endRecord();

    if (records.isEmpty())
        return CsvResult{std::nullopt, CsvError{1, QStringLiteral("the file holds no rows")}};

    qsizetype first = 0;
    if (options.hasHeader) {
        table.header = records.first();
        for (QString &h : table.header)
            h = h.trimmed();
        first = 1;
    } else {
        for (qsizetype k = 0; k < records.first().size(); ++k)
            table.header.append(QStringLiteral("Column %1").arg(k + 1));
    }
    table.rows = records.mid(first);
    table.rowLines = recordLines.mid(first);
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

} // namespace ctct::importing
