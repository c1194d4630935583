// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityrequest.h"

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

// Lower-case, letters and digits only: "E-Mail Address" -> "emailaddress".
QString squash(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        for (const QString &c : apiColumns())
            m.insert(squash(c), c);
        const auto add = [&m](std::initializer_list<const char *> names, const char *column) {
            for (const char *n : names)
                m.insert(squash(QString::fromLatin1(n)), QString::fromLatin1(column));
        };
        add({"email", "e-mail", "mail", "emailaddr", "e-mail address"}, "EMAIL ADDRESS");
        add({"first", "firstname", "given name", "forename"}, "FIRST NAME");
        add({"middle", "middlename"}, "MIDDLE NAME");
        add({"last", "lastname", "surname", "family name"}, "LAST NAME");
        add({"title", "job", "position"}, "JOB TITLE");
        add({"company", "organization", "organisation", "companyname"}, "COMPANY NAME");
        add({"work phone", "business phone", "phone", "telephone"}, "WORK PHONE");
        add({"home phone", "private phone"}, "HOME PHONE");
        add({"address", "address1", "street", "addr1"}, "ADDRESS LINE 1");
        add({"address2", "addr2"}, "ADDRESS LINE 2");
        add({"address3", "addr3"}, "ADDRESS LINE 3");
        add({"town"}, "CITY");
        add({"state code", "province", "region"}, "STATE");
        add({"zip", "zip code", "postcode", "postal"}, "POSTAL CODE");
        add({"sub postal", "zip4", "zip+4"}, "SUB POSTAL CODE");
        return m;
    }();
    return map;
}

} // namespace

const QStringList &apiColumns()
{
    static const QStringList columns = [] {
        QStringList c{kEmail,
                      QStringLiteral("FIRST NAME"),
                      QStringLiteral("MIDDLE NAME"),
                      QStringLiteral("LAST NAME"),
                      QStringLiteral("JOB TITLE"),
                      QStringLiteral("COMPANY NAME"),
                      QStringLiteral("WORK PHONE"),
                      QStringLiteral("HOME PHONE"),
                      QStringLiteral("ADDRESS LINE 1"),
                      QStringLiteral("ADDRESS LINE 2"),
                      QStringLiteral("ADDRESS LINE 3"),
                      QStringLiteral("CITY"),
                      QStringLiteral("STATE"),
                      QStringLiteral("STATE/PROVINCE (US/CANADA)"),
                      QStringLiteral("COUNTRY"),
                      QStringLiteral("POSTAL CODE"),
                      QStringLiteral("SUB POSTAL CODE")};
        for (int i = 1; i <= 15; ++i)
            c.append(QStringLiteral("CUSTOM FIELD %1").arg(i));
        return c;
    }();
    return columns;
}

QString apiColumnFor(QStringView header)
{
    return aliases().value(squash(header));
}

int apiColumnLimit(QStringView column)
{
    if (column == kEmail)
        return 80;
    if (column == u"COMPANY NAME")
        return 100;
    if (column == u"POSTAL CODE")
        return 25;
    return 50; // names, job title, phones, address lines, city, state, country, custom fields
}

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

qsizetype ActivityUpload::sourceLineOf(qsizetype activityLine) const
{
    // Line 1 is the header. A row whose values hold line breaks is written quoted and spans
    // several lines of the data, as the server counts them, so the rows are walked.
    qsizetype line = 2;
    for (qsizetype i = 0; i < rows.size() && line <= activityLine; ++i) {
        qsizetype span = 1;
        for (const QString &value : rows[i])
            span += value.count(u'\n');
        if (activityLine < line + span)
            return i < sourceLines.size() ? sourceLines[i] : 0;
        line += span;
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
    UploadPlan plan;
    // Which file column feeds which API column; the first file column for an API column wins.
    QList<qsizetype> sourceColumn;
    QStringList columns;
    for (qsizetype k = 0; k < table.header.size(); ++k) {
        const QString &h = table.header[k];
        const QString api = headerOverrides.contains(h) ? headerOverrides.value(h) : apiColumnFor(h);
        if (api.isEmpty() || !apiColumns().contains(api)) {
            if (!h.isEmpty())
                plan.unmappedColumns.append(h);
            continue;
        }
        if (columns.contains(api))
            continue;
        columns.append(api);
        sourceColumn.append(k);
    }
    const qsizetype emailAt = columns.indexOf(kEmail);
    if (emailAt < 0) {
        plan.error = QStringLiteral("no column holds e-mail addresses (expected a header such as \"Email Address\")");
        return plan;
    }
    // EMAIL ADDRESS first, as the API's examples have it.
    columns.move(emailAt, 0);
    sourceColumn.move(emailAt, 0);

    const QByteArray headerLine = columns.join(u',').toUtf8() + '\n';
    ActivityUpload batch;
    qsizetype batchBytes = 0;
    const auto startBatch = [&] {
        batch = ActivityUpload{activityType, columns, {}, {}, lists};
        batchBytes = headerLine.size();
    };
    startBatch();

    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList &in = table.rows[r];
        const qsizetype line = r < table.rowLines.size() ? table.rowLines[r] : r + 2;
        QStringList values;
        values.reserve(columns.size());
        for (qsizetype k = 0; k < columns.size(); ++k) {
            const qsizetype from = sourceColumn[k];
            values.append(from < in.size() ? in[from].trimmed() : QString());
        }
        const QString &email = values.first();
        QString problem;
        if (email.isEmpty())
            problem = QStringLiteral("no e-mail address");
        else if (!isValidEmail(email))
            problem = QStringLiteral("\"%1\" is not a valid e-mail address").arg(email);
        for (qsizetype k = 1; problem.isEmpty() && k < columns.size(); ++k) {
            const int limit = apiColumnLimit(columns[k]);
            if (limit > 0 && values[k].size() > limit)
                problem = QStringLiteral("%1 is longer than %2 characters").arg(columns[k]).arg(limit);
        }
        if (!problem.isEmpty()) {
            plan.rejected.append({line, email, problem});
            continue;
        }
        qsizetype lineBytes = 1; // '\n'
        for (qsizetype k = 0; k < values.size(); ++k)
            lineBytes += csvField(values[k]).toUtf8().size() + (k ? 1 : 0);
        if (!batch.rows.isEmpty() &&
            (batch.rows.size() >= limits.maxRows || batchBytes + lineBytes > limits.maxBytes)) {
            plan.batches.append(batch);
            startBatch();
        }
        batch.rows.append(values);
        batch.sourceLines.append(line);
        batchBytes += lineBytes;
    }
    if (!batch.rows.isEmpty())
        plan.batches.append(batch);
    return plan;
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
