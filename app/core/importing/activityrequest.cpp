// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityrequest.h"

#include "importplan.h"

#include <QHash>
#include <QRandomGenerator>
#include <QUrl>

namespace ctct::importing {

namespace {

const QString kEmail = QStringLiteral("EMAIL ADDRESS");

QByteArray formValue(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

} // namespace

QByteArray ActivityUpload::data() const
{
    QString text;
    text += columns.join(u',');
    text += u'\n';
    for (const QStringList &row : rows) {
        for (qsizetype k = 0; k < row.size(); ++k) {
            if (k)
                text += u',';
            text += csvField(row[k]);
        }
        text += u'\n';
    }
    return text.toUtf8();
}

LineMap ActivityUpload::lineMap() const
{
    LineMap map;
    map.sourceLines = sourceLines;
    map.spans.reserve(rows.size());
    for (const QStringList &row : rows) {
        qsizetype span = 1;
        for (const QString &value : row)
            span += value.count(u'\n');
        map.spans.append(span);
    }
    return map;
}

qsizetype ActivityUpload::sourceLineOf(qsizetype activityLine) const
{
    return lineMap().sourceLineOf(activityLine);
}

qsizetype LineMap::sourceLineOf(qsizetype activityLine) const
{
    // Line 1 is the header. A row whose values hold line breaks is written quoted and spans
    // several lines of the data, as the server counts them, so the rows are walked.
    qsizetype line = 2;
    for (qsizetype i = 0; i < spans.size() && line <= activityLine; ++i) {
        if (activityLine < line + spans[i])
            return i < sourceLines.size() ? sourceLines[i] : 0;
        line += spans[i];
    }
    return 0;
}

qsizetype UploadPlan::rowCount() const
{
    qsizetype n = 0;
    for (const ActivityUpload &b : batches)
        n += b.rows.size();
    return n;
}

UploadPlan planUpload(const CsvTable &table, const QString &activityType, const QStringList &lists,
                      const QHash<QString, QString> &headerOverrides, const UploadLimits &limits)
{
    ColumnMapping mapping = ColumnMapping::automatic(table.header);
    for (qsizetype k = 0; k < mapping.size(); ++k) {
        const auto it = headerOverrides.find(mapping.columns()[k].header);
        if (it != headerOverrides.end())
            mapping.setColumn(k, it.value());
    }
    ImportPlanner planner(mapping, limits);
    for (qsizetype r = 0; r < table.rows.size(); ++r)
        planner.add(CsvRow::fromTexts(r < table.rowLines.size() ? table.rowLines[r] : r + 2, table.rows[r]));
    const ImportPlan plan = planner.finish();
    UploadPlan out;
    out.error = plan.error;
    for (const MappedColumn &c : mapping.columns()) {
        if (c.apiColumn.isEmpty() && !c.header.isEmpty())
            out.unmappedColumns.append(c.header);
    }
    if (!plan.ok())
        return out;
    out.rejected = plan.rejected;
    UploadSource source(table, plan, activityType, lists);
    while (std::optional<ActivityUpload> upload = source.next())
        out.batches.append(std::move(*upload));
    if (!source.error().isEmpty())
        out.error = source.error();
    return out;
}

QByteArray formBody(const ActivityUpload &upload)
{
    QByteArray body = "activityType=" + formValue(upload.activityType);
    body += "&data=" + QUrl::toPercentEncoding(QString::fromUtf8(upload.data()));
    for (const QString &list : upload.lists)
        body += "&lists=" + formValue(list);
    return body;
}

QByteArray multipartBody(const ActivityUpload &upload, QByteArray *contentType)
{
    const QByteArray boundary = "ctct-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    QByteArray body;
    const auto part = [&](const QByteArray &name, const QByteArray &value, const QByteArray &extra = {}) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + '"' + extra + "\r\n";
        if (!extra.isEmpty())
            body += "Content-Type: text/csv; charset=utf-8\r\n";
        body += "\r\n" + value + "\r\n";
    };
    part("activityType", upload.activityType.toUtf8());
    for (const QString &list : upload.lists)
        part("lists", list.toUtf8());
    part("data", upload.data(), "; filename=\"contacts.csv\"");
    body += "--" + boundary + "--\r\n";
    if (contentType)
        *contentType = "multipart/form-data; boundary=" + boundary;
    return body;
}

QByteArray clearListsBody(const QStringList &lists)
{
    QByteArray body = "activityType=CLEAR_CONTACTS_FROM_LISTS";
    for (const QString &list : lists)
        body += "&lists=" + formValue(list);
    return body;
}

QByteArray exportBody(const ExportOptions &o)
{
    QByteArray body = "activityType=EXPORT_CONTACTS&fileType=" + formValue(o.fileType);
    body += "&exportOptDate=" + QByteArray(o.exportOptDate ? "true" : "false");
    body += "&exportOptSource=" + QByteArray(o.exportOptSource ? "true" : "false");
    body += "&exportListName=" + QByteArray(o.exportListName ? "true" : "false");
    body += "&sortBy=" + formValue(o.sortBy);
    QStringList columns = o.columns;
    if (!columns.contains(kEmail))
        columns.prepend(kEmail);
    for (const QString &c : columns)
        body += "&columns=" + formValue(c);
    body += "&listId=" + formValue(o.listId);
    return body;
}

} // namespace ctct::importing
