// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

using namespace Qt::StringLiterals;

namespace ctct::sandbox {

bool parseCsv(QStringView text, QList<CsvRecord> *records, QString *error)
{
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (n > 0 && text.at(0) == QChar(0xfeff))
        i = 1; // a byte order mark from a spreadsheet export
    while (i < n) {
        CsvRecord record;
        record.line = line;
        QString field;
        bool quoted = false;
        bool inQuotes = false;
        bool endOfRecord = false;
        int quoteLine = line;
        while (i < n && !endOfRecord) {
            const QChar c = text.at(i);
            if (inQuotes) {
                if (c == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    inQuotes = false;
                    ++i;
                    // Blanks between the closing quote and the separator are not data.
                    while (i < n && (text.at(i) == u' ' || text.at(i) == u'\t'))
                        ++i;
                    continue;
                }
                if (c == u'\n')
                    ++line;
                field += c;
                ++i;
                continue;
            }
            if (c == u'"' && field.trimmed().isEmpty() && !quoted) {
                field.clear();
                quoted = true;
                inQuotes = true;
                quoteLine = line;
                ++i;
            } else if (c == u',') {
                record.fields.append(quoted ? field : field.trimmed());
                field.clear();
                quoted = false;
                ++i;
            } else if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
                i += 2;
                ++line;
                endOfRecord = true;
            } else if (c == u'\n' || c == u'\r') {
                ++i;
                ++line;
                endOfRecord = true;
            } else {
                field += c;
                ++i;
            }
        }
        if (inQuotes) {
            *error = u"unterminated quoted field starting on line %1"_s.arg(quoteLine);
            return false;
        }
        record.fields.append(quoted ? field : field.trimmed());
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank)
            records->append(std::move(record));
    }
    return true;
}

QString csvLine(const QStringList &fields, QChar separator)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (QString v : fields) {
        if (v.contains(separator) || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
            v = u'"' + v.replace(u"\""_s, u"\"\""_s) + u'"';
        cells.append(v);
    }
    return cells.join(separator) + u"\r\n"_s;
}

static QByteArray parameter(const QByteArray &header, QByteArrayView name)
{
    for (const QByteArray &piece : header.split(';')) {
        const QByteArray p = piece.trimmed();
        const qsizetype eq = p.indexOf('=');
        if (eq < 0 || QByteArrayView(p.left(eq).trimmed()).compare(name, Qt::CaseInsensitive) != 0)
            continue;
        QByteArray v = p.mid(eq + 1).trimmed();
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
            v = v.mid(1, v.size() - 2);
        return v;
    }
    return {};
}

namespace {

// Searches of one body that add up the bytes they looked at.
class Scanner final
{
public:
    explicit Scanner(const QByteArray &body, qint64 *scanned)
        : m_body(body)
        , m_scanned(scanned)
    {}
    qsizetype find(QByteArrayView what, qsizetype from)
    {
        const qsizetype at = m_body.indexOf(what, from);
        if (m_scanned)
            *m_scanned += (at < 0 ? m_body.size() : at + what.size()) - from;
        return at;
    }

private:
    const QByteArray &m_body;
    qint64 *m_scanned;
};

} // namespace

bool parseMultipart(const QByteArray &contentType, const QByteArray &body, QList<FormPart> *parts, QString *error,
                    qint64 *bytesScanned)
{
    if (bytesScanned)
        *bytesScanned = 0;
    Scanner scan(body, bytesScanned);
    const QByteArray boundary = parameter(contentType, "boundary");
    if (boundary.isEmpty()) {
        *error = u"multipart/form-data without a boundary"_s;
        return false;
    }
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = scan.find(delimiter, 0);
    if (pos < 0) {
        *error = u"the multipart body does not contain its boundary"_s;
        return false;
    }
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return true; // closing delimiter
        // Skip the line break after the delimiter.
        if (body.mid(pos, 2) == "\r\n")
            pos += 2;
        else if (body.mid(pos, 1) == "\n")
            pos += 1;
        // The headers end at the first empty line. Looking line by line keeps the search inside
        // this part's headers; searching the body for "\n\n" ran to its end for every part.
        qsizetype headerEnd = -1;
        qsizetype bodyStart = -1;
        for (qsizetype line = pos; line < body.size();) {
            if (QByteArrayView(body).sliced(line).startsWith(delimiter))
                break; // the next part began before this one's headers ended
            const qsizetype eol = scan.find("\n", line);
            if (eol < 0)
                break;
            const qsizetype length = eol - line - (eol > line && body.at(eol - 1) == '\r' ? 1 : 0);
            if (length == 0) {
                headerEnd = line;
                bodyStart = eol + 1;
                break;
            }
            line = eol + 1;
        }
        if (headerEnd < 0) {
            *error = u"a multipart part has no header end"_s;
            return false;
        }
        const qsizetype next = scan.find(delimiter, bodyStart);
        if (next < 0) {
            *error = u"the multipart body is not terminated by its boundary"_s;
            return false;
        }
        qsizetype dataEnd = next;
        if (dataEnd >= 2 && body.mid(dataEnd - 2, 2) == "\r\n")
            dataEnd -= 2;
        else if (dataEnd >= 1 && body.at(dataEnd - 1) == '\n')
            dataEnd -= 1;
        FormPart part;
        const QList<QByteArray> headers = body.mid(pos, headerEnd - pos).split('\n');
        for (const QByteArray &raw : headers) {
            const QByteArray h = raw.trimmed();
            const qsizetype colon = h.indexOf(':');
            if (colon < 0)
                continue;
            if (QByteArrayView(h.left(colon).trimmed()).compare("content-disposition", Qt::CaseInsensitive) == 0) {
                const QByteArray value = h.mid(colon + 1);
                part.name = QString::fromUtf8(parameter(value, "name"));
                part.fileName = QString::fromUtf8(parameter(value, "filename"));
            }
        }
        part.data = body.mid(bodyStart, std::max<qsizetype>(0, dataEnd - bodyStart));
        if (part.name.isEmpty()) {
            *error = u"a multipart part has no Content-Disposition name"_s;
            return false;
        }
        parts->append(std::move(part));
        pos = next;
    }
}

} // namespace ctct::sandbox
