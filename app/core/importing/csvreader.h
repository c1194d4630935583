// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CSV files as people export them from spreadsheets: any of UTF-8 (with or without BOM),
// UTF-16 with a BOM, or Windows-1252/Latin-1; comma, semicolon, tab or pipe delimited (sniffed);
// quoted fields with doubled quotes and line breaks inside; CRLF, LF or CR line ends.
// Pure functions: bytes in, rows out, safe on a worker thread.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ctct::importing {

struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<qsizetype> rowLines; // 1-based line in the file where each row starts (the header is line 1)
    QString encoding;          // "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252"
    QChar delimiter;
};

struct CsvError
{
    qsizetype line = 0;
    QString message;
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

// Decodes bytes to text, detecting the encoding; encoding receives its name.
QString decodeText(const QByteArray &bytes, QString *encoding = nullptr);
// The most likely delimiter of CSV text (',' when nothing better is found).
QChar sniffDelimiter(QStringView text);

CsvResult readCsv(const QByteArray &bytes, const CsvOptions &options = {});
CsvResult readCsvText(QStringView text, const CsvOptions &options = {});

// Quotes a field for CSV output when it holds the delimiter, a quote or a line break.
QString csvField(const QString &value, QChar delimiter = u',');

// A practical syntax check of an e-mail address (what the API would reject): one '@', a
// non-empty local part without spaces, a domain with a dot and no empty labels, at most 80
// characters (decision 9).
bool isValidEmail(QStringView email);

} // namespace ctct::importing
