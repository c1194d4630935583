// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ctct::sandbox {

// One record of an activity's data, with the line it starts on (the header is line 1).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// Reads comma-separated text: fields may be enclosed in double quotes (a quote inside is doubled,
// commas and line breaks inside quotes are data); lines end in LF or CRLF; blank lines are skipped.
// Returns false with a message for an unterminated quote.
bool parseCsv(QStringView text, QList<CsvRecord> *records, QString *error);

// Writes one record, quoting where needed.
QString csvLine(const QStringList &fields, QChar separator);

// A part of a multipart/form-data body.
struct FormPart
{
    QString name;
    QString fileName;
    QByteArray data;
};

// Splits a multipart/form-data body; header names are matched case-insensitively. Linear in the
// body's size: *bytesScanned (when given) adds up the bytes every search looked at, at most a small
// multiple of the body's size however many parts it has.
bool parseMultipart(const QByteArray &contentType, const QByteArray &body, QList<FormPart> *parts, QString *error,
                    qint64 *bytesScanned = nullptr);

} // namespace ctct::sandbox
