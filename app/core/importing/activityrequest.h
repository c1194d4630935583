// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Bulk activities (api-contract §8.2, decisions 12-14): a user's CSV becomes one or more
// upload activities within the limits, each remembering which file line every row came from so
// the server's per-line errors can be shown against the user's own file.

#include "csvreader.h"

#include <QHash>

namespace ctct::importing {

// The API's column names for uploads and exports, in the API's order.
const QStringList &apiColumns();
// The API column a user's header stands for ("E-mail", "email address", "First Name",
// "Company", "Zip", "CUSTOM FIELD 3", ...); empty when there is none. Case-insensitive.
QString apiColumnFor(QStringView header);
// The longest value the API takes for a column (decision 9); 0 when it sets none.
int apiColumnLimit(QStringView apiColumn);

inline constexpr qsizetype MaxActivityRows = 40000;
inline constexpr qsizetype MaxActivityBytes = 4 * 1024 * 1024;

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
};

struct RowProblem
{
    qsizetype line = 0; // in the user's file
    QString emailAddress;
    QString message;
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
