// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk activities (contract §8, decisions 12-14): created from form-encoded or multipart bodies,
// run by the ActivityRunner, exports downloadable as /activities/{id}.csv or .txt.
#include "activitieshandler.h"

#include "activityrunner.h"
#include "csv.h"
#include "store.h"
#include "xml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ctct::sandbox {

namespace {

constexpr qsizetype kMaxActivityBytes = 4 * 1024 * 1024;
constexpr int kMaxActivityRows = 40000;

HttpResponse tooLarge()
{
    return HttpResponse::error(400, u"activity too large (limit 40000 rows / 4 MiB)"_s);
}

} // namespace

void ActivitiesHandler::writeActivity(XmlWriter &out, const QSqlQuery &q, bool standalone)
{
    const QString id = q.value(0).toString();
    const QString path = u"activities/"_s + id;
    const qint64 insert = q.value(3).toLongLong();
    const QVariant start = q.value(4);
    const QVariant finish = q.value(5);
    m_ctx.beginEntry(out, m_ctx.editPath(path), path, QString(), finish.isNull() ? insert : finish.toLongLong(),
                     standalone);
    out.open(u"Activity", {{u"xmlns", kCtctNs}, {u"id", m_ctx.idUri(path)}});
    out.element(u"Type", q.value(1).toString());
    out.element(u"Status", q.value(2).toString());
    const QJsonArray errors = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array();
    if (!errors.isEmpty()) {
        out.open(u"Errors");
        for (const QJsonValue &e : errors) {
            const QJsonObject o = e.toObject();
            out.open(u"Error");
            out.element(u"LineNumber", o.value(u"line"_s).toInteger());
            out.element(u"EmailAddress", o.value(u"email"_s).toString());
            out.element(u"Message", o.value(u"message"_s).toString());
            out.close();
        }
        out.close();
    }
    out.element(u"FileName", q.value(7).toString());
    out.element(u"TransactionCount", q.value(6).toLongLong());
    if (!start.isNull())
        out.element(u"RunStartTime", atomTime(start.toLongLong()));
    if (!finish.isNull())
        out.element(u"RunFinishTime", atomTime(finish.toLongLong()));
    out.element(u"InsertTime", atomTime(insert));
    out.close().close();
}

static const QString kActivityColumns =
    u"id, Type, Status, InsertTime, RunStartTime, RunFinishTime, TransactionCount, FileName, errors"_s;

QByteArray ActivitiesHandler::activityEntry(const QString &id, bool withSource)
{
    QSqlQuery &q = m_store.query(u"SELECT "_s + kActivityColumns + u" FROM activities WHERE id = ?"_s);
    q.bindValue(0, id);
    if (!q.exec() || !q.next()) {
        q.finish();
        return {};
    }
    XmlWriter out;
    writeActivity(out, q, true);
    q.finish();
    if (withSource)
        m_ctx.writeSource(out, u"activities", u"Bulk Activity"_s, m_store.now());
    return out.finish();
}

HttpResponse ActivitiesHandler::activitiesCollection(const HttpRequest &request)
{
    if (request.method == "POST")
        return activitiesPost(request);
    if (request.method != "GET")
        return m_ctx.unsupported(request);
    const PageQuery query = m_ctx.pageQuery(request);
    const std::optional<qint64> offset = query.position(0);
    if (!offset || *offset < 0)
        return FeedContext::invalidToken();
    QSqlQuery &q = m_store.query(u"SELECT "_s + kActivityColumns + u" FROM activities ORDER BY seq DESC LIMIT ?, ?"_s);
    XmlWriter entries;
    const PageResult page = readPage(q, 0, Cursor::Offset, *offset, kPageSize, [&](const QSqlQuery &row) {
        writeActivity(entries, row, false);
        entries.close();
    });
    if (!page.ok)
        return FeedContext::storageError();
    XmlWriter out;
    m_ctx.beginFeed(out, u"activities", u"Bulk Activity"_s, query,
                    page.next ? m_ctx.nextHref(u"activities"_s, QString::number(*page.next), query) : QString(),
                    m_store.now());
    out.append(entries);
    return HttpResponse::atom(200, out.finish());
}

HttpResponse ActivitiesHandler::activityResource(const HttpRequest &request, const QString &id)
{
    if (id.endsWith(u".csv") || id.endsWith(u".txt")) {
        const QString activity = id.left(id.size() - 4);
        QSqlQuery &q = m_store.query(u"SELECT a.FileName, f.content_type, f.content FROM activities a "
                                     "JOIN activity_files f ON f.activity_id = a.id WHERE a.id = ?"_s);
        q.bindValue(0, activity);
        if (!q.exec() || !q.next() || !q.value(0).toString().endsWith(id)) {
            q.finish();
            return HttpResponse::error(404, u"no export file %1"_s.arg(id));
        }
        HttpResponse r;
        r.status = 200;
        r.contentType = q.value(1).toString().toUtf8();
        r.body = q.value(2).toByteArray();
        q.finish();
        if (request.method != "GET")
            return m_ctx.unsupported(request);
        return r;
    }
    if (!m_store.scalar(u"SELECT 1 FROM activities WHERE id = ?"_s, {id}).isValid())
        return HttpResponse::error(404, u"no activity %1"_s.arg(id));
    if (request.method != "GET")
        return m_ctx.unsupported(request);
    return FeedContext::entry(activityEntry(id, true));
}

HttpResponse ActivitiesHandler::activitiesPost(const HttpRequest &request)
{
    if (request.body.size() > kMaxActivityBytes)
        return tooLarge();
    const QByteArray contentType = request.header("Content-Type");
    const QByteArray mediaType = contentType.split(';').first().trimmed().toLower();
    QList<QPair<QString, QString>> params;
    if (mediaType == "application/x-www-form-urlencoded") {
        params = parseFormEncoded(request.body);
    } else if (mediaType == "multipart/form-data") {
        QList<FormPart> parts;
        QString error;
        if (!parseMultipart(contentType, request.body, &parts, &error))
            return HttpResponse::error(400, error);
        for (const FormPart &p : std::as_const(parts))
            params.append({p.name, QString::fromUtf8(p.data)});
    } else {
        return HttpResponse::error(415, u"activities take application/x-www-form-urlencoded or multipart/form-data, "
                                        "not \"%1\""_s.arg(QString::fromUtf8(contentType)));
    }
    QString type;
    QString data;
    QStringList lists;
    QJsonArray stored;
    for (const auto &[k, v] : std::as_const(params)) {
        if (k == u"activityType")
            type = v.trimmed();
        else if (k == u"data")
            data = v;
        else {
            if (k == u"lists")
                lists.append(v);
            stored.append(QJsonArray{k, v});
        }
    }
    const auto values = [&params](QStringView key) {
        QStringList r;
        for (const auto &[k, v] : params) {
            if (k == key)
                r.append(v.trimmed());
        }
        return r;
    };
    static const QStringList uploadTypes = {u"SV_ADD"_s, u"ADD_CONTACTS"_s, u"ADD_CONTACT_DETAIL"_s,
                                            u"REMOVE_CONTACTS_FROM_LISTS"_s};
    const bool upload = uploadTypes.contains(type);
    if (type.isEmpty())
        return HttpResponse::error(400, u"activityType is required"_s);
    if (!upload && type != u"CLEAR_CONTACTS_FROM_LISTS" && type != u"EXPORT_CONTACTS")
        return HttpResponse::error(
            400, u"unknown activityType \"%1\" (SV_ADD, ADD_CONTACTS, ADD_CONTACT_DETAIL, "
                 "REMOVE_CONTACTS_FROM_LISTS, CLEAR_CONTACTS_FROM_LISTS, EXPORT_CONTACTS)"_s.arg(type));
    if (type != u"EXPORT_CONTACTS") {
        if (lists.isEmpty())
            return HttpResponse::error(400, u"%1 needs at least one lists parameter"_s.arg(type));
        for (const QString &uri : std::as_const(lists)) {
            if (!m_ctx.listIdFromUri(uri))
                return HttpResponse::error(
                    400, u"unknown contact list \"%1\" (system lists cannot be used here)"_s.arg(uri));
        }
    }
    if (upload) {
        if (data.trimmed().isEmpty())
            return HttpResponse::error(400, u"%1 needs a data parameter"_s.arg(type));
        QList<CsvRecord> records;
        QString error;
        if (!parseCsv(data, &records, &error))
            return HttpResponse::error(400, u"data: "_s + error);
        if (records.size() - 1 > kMaxActivityRows)
            return tooLarge();
        if (records.size() < 2)
            return HttpResponse::error(400, u"data needs a header line and at least one contact"_s);
        bool hasEmail = false;
        for (const QString &column : records.first().fields) {
            const QString name = column.trimmed();
            if (name.compare(u"EMAIL", Qt::CaseInsensitive) == 0) {
                hasEmail = true;
                continue;
            }
            const ContactField *f = contactFieldByColumn(name);
            if (!f)
                return HttpResponse::error(400, u"data: unknown column \"%1\" in the header line"_s.arg(name));
            if (f->element == u"EmailAddress")
                hasEmail = true;
        }
        if (!hasEmail)
            return HttpResponse::error(400, u"data: the header line has no EMAIL ADDRESS column"_s);
    }
    if (type == u"EXPORT_CONTACTS") {
        const QStringList listIds = values(u"listId");
        if (listIds.size() != 1)
            return HttpResponse::error(400, u"EXPORT_CONTACTS needs exactly one listId"_s);
        const auto part = m_ctx.idFromUri(listIds.first(), u"lists");
        if (!part || (*part != u"active" && *part != u"removed" && *part != u"do-not-mail" &&
                      !m_ctx.listIdFromUri(listIds.first())))
            return HttpResponse::error(400, u"unknown contact list \"%1\""_s.arg(listIds.first()));
        const QString fileType = values(u"fileType").value(0, u"CSV"_s).toUpper();
        if (fileType != u"CSV" && fileType != u"TXT")
            return HttpResponse::error(400, u"fileType must be CSV or TXT (got \"%1\")"_s.arg(fileType));
        const QString sortBy = values(u"sortBy").value(0, u"EMAIL_ADDRESS"_s).toUpper();
        if (sortBy != u"EMAIL_ADDRESS" && sortBy != u"DATE_DESC")
            return HttpResponse::error(400, u"sortBy must be EMAIL_ADDRESS or DATE_DESC (got \"%1\")"_s.arg(sortBy));
        for (const QString &flag : {u"exportOptDate"_s, u"exportOptSource"_s, u"exportListName"_s}) {
            const QStringList v = values(flag);
            if (!v.isEmpty() && v.first().toLower() != u"true" && v.first().toLower() != u"false")
                return HttpResponse::error(400, u"%1 must be true or false (got \"%2\")"_s.arg(flag, v.first()));
        }
        for (const QString &column : values(u"columns")) {
            if (!contactFieldByColumn(column))
                return HttpResponse::error(400, u"unknown export column \"%1\""_s.arg(column));
        }
    }

    QString id;
    const QString chars = u"abcdefghijklmnopqrstuvwxyz0123456789"_s;
    do {
        id = u"a07e"_s;
        for (int i = 0; i < 15; ++i)
            id += chars.at(QRandomGenerator::global()->bounded(int(chars.size())));
    } while (m_store.scalar(u"SELECT 1 FROM activities WHERE id = ?"_s, {id}).isValid());
    const qint64 seq = m_store.scalar(u"SELECT COALESCE(MAX(seq), 0) + 1 FROM activities"_s).toLongLong();
    if (!m_store.exec(u"INSERT INTO activities(id, seq, Type, Status, InsertTime, params, data) "
                      "VALUES(?, ?, ?, 'PENDING', ?, ?, ?)"_s,
                      {id, seq, type, m_store.now(),
                       QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)), data}))
        return FeedContext::storageError();
    m_runner.schedule(id);
    return FeedContext::created(m_ctx.idUri(u"activities/"_s + id), activityEntry(id, false));
}

} // namespace ctct::sandbox
