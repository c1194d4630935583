// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CSV files as people export them from spreadsheets and address books, read as a stream.
//
// Encodings: UTF-8 with or without BOM, UTF-16 LE/BE with a BOM, Windows-1252 when the bytes
// are not valid UTF-8. Delimiters ',' ';' tab '|' are sniffed from the first lines; Excel's
// "sep=;" first line is honoured (the header is then line 2). RFC 4180 quoting: doubled quotes,
// line breaks (LF, CRLF, CR) inside quotes; a quote inside an unquoted field is a literal
// character; lines with nothing on them (or only delimiters) are no rows.
//
// CsvReader works on bytes: whatever the encoding, it parses UTF-8 (transcoding UTF-16 and
// Windows-1252 chunk by chunk), so memory is one chunk plus the current row, whatever the file
// size. It holds no thread affinity and no QObject: create and use it on a worker thread; the
// progress callback is called on that thread once per chunk, the cancel callback is polled as
// often. readCsv() is the small-file convenience that keeps every row.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QIODevice;

namespace ctct::importing {

enum class CsvEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };
// "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252"
QString encodingName(CsvEncoding encoding);

struct CsvError
{
    qsizetype line = 0; // the file line the problem is on (1-based); 0 when the file cannot be read
    QString message;
};

struct CsvReaderOptions
{
    char delimiter = 0; // 0: sniff (or the file's "sep=" line); otherwise one of , ; \t | or any byte
    // Unset: from the byte order mark, else UTF-8 when every byte says so, else Windows-1252.
    // Set: the file is read so (a byte order mark of that encoding is still skipped).
    std::optional<CsvEncoding> encoding;
    bool hasHeader = true; // false: header() is empty and rows start at line 1 (or 2 after "sep=")
    qsizetype chunkBytes = 1 << 20;
    // A row longer than this is an error (the reader must hold one row); an unterminated quote
    // is still reported as such, from the line it opened on.
    qsizetype maxRowBytes = 16 << 20;
    // Called once per chunk read (bytes of the file consumed so far, file size).
    std::function<void(qint64 done, qint64 total)> progress;
    // Polled once per chunk; returning true stops the reader (cancelled() then says so).
    std::function<bool()> cancelled;
};

// One row as read: its fields as UTF-8, valid until the next call of CsvReader::next().
class CsvRow
{
public:
    qsizetype line() const { return m_line; } // the file line the row starts on
    qsizetype size() const { return qsizetype(m_ends.size()); }
    QByteArrayView utf8(qsizetype i) const
    {
        const qsizetype from = i ? m_ends[size_t(i - 1)] : 0;
        return QByteArrayView(m_bytes.data() + from, m_ends[size_t(i)] - from);
    }
    QString text(qsizetype i) const { return QString::fromUtf8(utf8(i)); }
    QStringList texts() const;
    // A row made from values (for tables already in memory).
    static CsvRow fromTexts(qsizetype line, const QStringList &fields);

private:
    friend class CsvReader;
    std::string m_bytes;           // the fields one after another
    std::vector<qsizetype> m_ends; // where each field ends in m_bytes
    qsizetype m_line = 0;
};

class CsvReader
{
public:
    explicit CsvReader(CsvReaderOptions options = {});
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Opening detects the encoding (reading the whole file once when it has no BOM, to tell
    // UTF-8 from Windows-1252), the delimiter and reads the header. False: see error().
    bool openFile(const QString &path);
    bool openBytes(const QByteArray &bytes);
    // A random-access device, open for reading, that outlives the reader.
    bool openDevice(QIODevice *device);

    CsvEncoding encoding() const { return m_encoding; }
    char delimiter() const { return m_delimiter; }
    bool hadSepLine() const { return m_sepLine; }
    const QStringList &header() const { return m_header; }
    qsizetype headerLine() const { return m_headerLine; } // 0 without a header

    // Reads the next row: false at the end of the file, on an error and when cancelled.
    bool next();
    const CsvRow &row() const { return m_row; }

    bool hasError() const { return !m_error.message.isEmpty(); }
    const CsvError &error() const { return m_error; }
    bool cancelled() const { return m_cancelled; }
    qint64 bytesRead() const { return m_consumed; }
    qint64 totalBytes() const { return m_total; }

private:
    enum class State : quint8 { RecordStart, FieldStart, Unquoted, Quoted, QuoteInQuoted };
    bool start();
    bool detectEncoding();
    bool fill();
    void fail(qsizetype line, const QString &message);
    bool checkCancel();
    void endField();
    bool endRecord();
    bool parse();
    void append(const char *from, const char *to);

    CsvReaderOptions m_options;
    std::unique_ptr<QIODevice> m_owned;
    QIODevice *m_device = nullptr;
    CsvEncoding m_encoding = CsvEncoding::Utf8;
    char m_delimiter = ',';
    bool m_sepLine = false;
    QStringList m_header;
    qsizetype m_headerLine = 0;

    QByteArray m_raw;     // the last chunk as read
    QByteArray m_decoded; // the last chunk as UTF-8 when the file is not UTF-8
    struct Decoder;
    std::unique_ptr<Decoder> m_decoder;
    const char *m_pos = nullptr;
    const char *m_end = nullptr;
    bool m_eof = false;
    qint64 m_consumed = 0;
    qint64 m_total = 0;
    qint64 m_bomBytes = 0;
    qsizetype m_skip = 0; // bytes of the "sep=" line still to skip
    std::array<quint8, 256> m_stopUnquoted{};
    std::array<quint8, 256> m_stopQuoted{};

    State m_state = State::RecordStart;
    bool m_skipLf = false;     // the last line ended with CR: an LF right after it belongs to it
    bool m_prevCr = false;     // inside quotes, the last byte was CR (CRLF counts as one line)
    bool m_anyQuoted = false;  // the current row had a quoted field
    bool m_overlong = false;   // the current row is past maxRowBytes: scanned, not kept
    qsizetype m_line = 1;      // the line at the read position
    qsizetype m_quoteLine = 0; // where the open quote started
    CsvRow m_row;
    CsvError m_error;
    bool m_cancelled = false;
    bool m_done = false;
};

// --- small files: everything in memory ---------------------------------------------------

struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<qsizetype> rowLines; // the file line where each row starts (the header is line 1)
    QString encoding;          // encodingName()
    QChar delimiter;
};

struct CsvResult
{
    std::optional<CsvTable> table;
    CsvError error;
    bool ok() const { return table.has_value(); }
};

struct CsvOptions
{
    QChar delimiter;       // null: sniff from the first lines
    bool hasHeader = true; // false: header gets "Column 1", "Column 2", ...
};

CsvResult readCsv(const QByteArray &bytes, const CsvOptions &options = {});

// Quotes a field for CSV output when it holds the delimiter, a quote or a line break.
QString csvField(const QString &value, QChar delimiter = u',');

// A practical syntax check of an e-mail address (what the API would reject): one '@', a
// non-empty local part without spaces, a domain with a dot and no empty labels, at most 80
// characters (decision 9).
bool isValidEmail(QStringView email);
// The same check on UTF-8 bytes, without making a QString.
bool isValidEmail(QByteArrayView utf8);

} // namespace ctct::importing
