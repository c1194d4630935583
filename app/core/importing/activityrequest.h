// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Bulk activities (api-contract §8.2, decisions 12-14): a user's CSV becomes one or more
// upload activities within the limits, each remembering which file line every row came from so
// the server's per-line errors can be shown against the user's own file.

#include "columnmapping.h"
#include "csvreader.h"

#include <QHash>

namespace ctct::importing {

// The API column a user's header stands for ("E-mail", "email address", "First Name",
// "Company", "Zip", "CUSTOM FIELD 3", ...); empty when there is none. Case-insensitive.
inline QString apiColumnFor(QStringView header)
{
    return apiColumnForHeader(header);
}

inline constexpr qsizetype MaxActivityRows = 40000;
inline constexpr qsizetype MaxActivityBytes = 4 * 1024 * 1024;

// Which user's file line each line of an activity's data came from, without the data.
struct LineMap
{
    QList<qsizetype> sourceLines; // per row
    QList<qsizetype> spans;       // lines of the data per row (1 + line breaks in its values)
    // The file line of an activity error's LineNumber (the data's header is line 1); 0 if unknown.
    qsizetype sourceLineOf(qsizetype activityLine) const;
};

struct ActivityUpload
{
    QString activityType;         // SV_ADD, ADD_CONTACTS or REMOVE_CONTACTS_FROM_LISTS
    QStringList columns;          // API column names; EMAIL ADDRESS first
    QList<QStringList> rows;      // values in column order
    QList<qsizetype> sourceLines; // the user's file line of each row
    QStringList lists;            // full list URIs

    // The activity's `data` parameter: header line, then one line per row, LF-terminated.
    QByteArray data() const;
    // The file line of an activity error's LineNumber (the data's header is line 1; a value with
    // line breaks makes its row span several lines); 0 if unknown.
    qsizetype sourceLineOf(qsizetype activityLine) const;
    LineMap lineMap() const;
};

enum class RowVerdict {
    Valid,
    NoEmail,       // the e-mail column is empty
    InvalidEmail,  // not an e-mail address
    TooLong,       // a field over its limit (decision 9)
    Duplicate,     // the address of an earlier row, ignoring case: only that row is sent
    TooFewFields,  // fewer fields than the header
    TooManyFields, // more fields than the header
};
inline constexpr int RowVerdictCount = 7;
// "valid", "no e-mail", "not an e-mail address", "too long", "duplicate", "too few fields",
// "too many fields"
QString verdictName(RowVerdict verdict);

struct RowProblem
{
    qsizetype line = 0; // in the user's file
    QString emailAddress;
    QString message;
    RowVerdict verdict = RowVerdict::Valid;
    qsizetype duplicateOf = 0; // the line of the first row with the address
    qsizetype rowIndex = 0;    // 0-based among the file's data rows
};

struct UploadPlan
{
    QList<ActivityUpload> batches;
    QList<RowProblem> rejected;  // rows that would fail: never sent
    QStringList unmappedColumns; // headers that match no API column (left out)
    QString error;               // set when nothing can be sent at all (e.g. no e-mail column)
    qsizetype rowCount() const;
};

struct UploadLimits
{
    qsizetype maxRows = MaxActivityRows;
    qsizetype maxBytes = MaxActivityBytes - 64 * 1024; // headroom for the other form fields
    bool formEncoded = false; // count the data as percent-encoded (formBody) rather than raw (multipart)
};

// Maps the table's columns (headerOverrides: user header -> API column, winning over the
// automatic match; an empty value leaves the column out), validates every row (e-mail syntax,
// field lengths) and cuts the rest into batches within the limits.
UploadPlan planUpload(const CsvTable &table, const QString &activityType, const QStringList &lists,
                      const QHash<QString, QString> &headerOverrides = {}, const UploadLimits &limits = {});

// Request bodies. Form-encoded repeats `lists` once per list (contract §8.2).
QByteArray formBody(const ActivityUpload &upload);
// multipart/form-data with `data` as a file part; contentType receives the header value.
QByteArray multipartBody(const ActivityUpload &upload, QByteArray *contentType);

QByteArray clearListsBody(const QStringList &lists);

struct ExportOptions
{
    QString listId;                           // full list URI; system lists allowed
    QStringList columns;                      // API column names; EMAIL ADDRESS is always exported
    QString fileType = QStringLiteral("CSV"); // or TXT
    bool exportOptDate = true;
    bool exportOptSource = true;
    bool exportListName = false;
    QString sortBy = QStringLiteral("EMAIL_ADDRESS"); // or DATE_DESC
};
QByteArray exportBody(const ExportOptions &options);

} // namespace ctct::importing
