// SPDX-License-Identifier: GPL-3.0-or-later
// Event marketing (EventSpot, contract §9, decisions 15-19, 22, 23): atom:-prefixed documents,
// payloads without a namespace, tag: ids, local times with an offset and ?pageNumber= paging.
#include "eventmarketinghandler.h"

#include "demodata.h"
#include "store.h"
#include "xml.h"

#include <QDateTime>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ctct::sandbox {

namespace {

bool isLocalTime(const QString &text)
{
    return QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs).isValid();
}

// The payload of an EventSpot entry; its namespace is not checked (none, or the ctct one).
const XmlNode *eventPayload(const std::optional<XmlNode> &root, QStringView expected, QString *error)
{
    const XmlNode *payload = entryPayload(*root, error);
    if (!payload)
        return nullptr;
    if (payload->name != expected) {
        *error = u"expected <%1>, got <%2>"_s.arg(expected, payload->name);
        return nullptr;
    }
    return payload;
}

// ?pageNumber=N of the event-marketing feeds (decision 6: 0-based); a 400 when it is not one.
std::optional<int> pageNumberOf(const PageQuery &query, std::optional<HttpResponse> &bad)
{
    bool ok = true;
    const int page = query.has(u"pageNumber") ? query.value(u"pageNumber").toInt(&ok) : 0;
    if (ok && page >= 0)
        return page;
    bad = HttpResponse::error(
        400, u"pageNumber must be a whole number from 0 (got \"%1\")"_s.arg(query.value(u"pageNumber")));
    return std::nullopt;
}

} // namespace

QString EventMarketingHandler::eventTag(const XmlText &path) const
{
    return u"tag:api.constantcontact.com,2010:"_s + m_ctx.editPath(path);
}

static void beginEventFeed(XmlWriter &out, const QString &tag, const QString &title, const QString &self,
                           std::optional<int> nextPage, qint64 updated)
{
    out.open(u"atom:feed", {{u"xmlns:atom", kAtomNs}});
    out.element(u"atom:title", title);
    out.element(u"atom:updated", eventTime(updated));
    out.element(u"atom:id", tag);
    out.empty(u"atom:link", {{u"rel", u"current"}, {u"href", self}});
    out.empty(u"atom:link", {{u"rel", u"first"}, {u"href", self}});
    if (nextPage)
        out.empty(u"atom:link", {{u"rel", u"next"}, {u"href", self + u"?pageNumber="_s + QString::number(*nextPage)}});
}

static void beginEventEntry(XmlWriter &out, bool standalone, const QString &title, const QString &edit,
                            const QString &updated, const QString &tag)
{
    if (standalone)
        out.open(u"atom:entry", {{u"xmlns:atom", kAtomNs}});
    else
        out.open(u"atom:entry");
    out.element(u"atom:title", title);
    out.empty(u"atom:link", {{u"rel", u"edit"}, {u"href", edit}});
    out.element(u"atom:updated", updated);
    out.element(u"atom:id", tag);
    out.open(u"atom:content");
}

HttpResponse EventMarketingHandler::eventMarketing(const HttpRequest &request, const QStringList &s)
{
    if (s.isEmpty())
        return eventsCollection(request);
    const QString &eventId = s.first();
    if (!m_store.scalar(u"SELECT 1 FROM events WHERE id = ?"_s, {eventId}).isValid())
        return HttpResponse::error(404, u"no event %1"_s.arg(eventId));
    if (s.size() == 1)
        return eventResource(request, eventId);
    if (s.at(1) != u"registrants" || s.size() > 5)
        return HttpResponse::error(404, u"no resource at %1"_s.arg(request.path));
    if (s.size() == 2)
        return registrants(request, eventId);
    return registrantResource(request, eventId, s.mid(2));
}

// The Event payload's summary elements (contract §9.1) from a row of the events queries, whose
// first 13 columns are id .. location; the three counts start at column `counts`.
static void writeEventSummary(XmlWriter &out, const QSqlQuery &q, int counts)
{
    out.element(u"Name", q.value(1).toString());
    out.element(u"Description", q.value(3).toString());
    out.element(u"Title", q.value(2).toString());
    out.element(u"Registered", q.value(counts).toLongLong());
    out.element(u"CreatedDate", q.value(10).toString());
    out.element(u"Status", q.value(4).toString());
    out.element(u"EventType", q.value(5).toString());
    out.raw(q.value(12).toString());
    out.element(u"RegistrationURL", q.value(6).toString());
    out.element(u"StartDate", q.value(7).toString());
    out.element(u"EndDate", q.value(8).toString());
    out.element(u"PublishDate", q.value(9).toString());
    out.element(u"AttendedCount", q.value(counts + 2).toLongLong());
    out.element(u"CancelledCount", q.value(counts + 1).toLongLong());
}

QByteArray EventMarketingHandler::eventEntry(const QString &id)
{
    XmlWriter out;
    QSqlQuery &q = m_store.query(
        u"SELECT id, Name, Title, Description, Status, EventType, RegistrationURL, StartDate, EndDate, PublishDate, "
        "CreatedDate, updated, location, details, "
        "(SELECT COUNT(*) FROM registrants r WHERE r.event_id = events.id AND r.RegistrationStatus = 'REGISTERED'), "
        "(SELECT COUNT(*) FROM registrants r WHERE r.event_id = events.id AND r.RegistrationStatus = 'CANCELLED'), "
        "(SELECT COUNT(*) FROM registrants r WHERE r.event_id = events.id AND r.AttendanceStatus = 'ATTENDED') "
        "FROM events WHERE id = ?"_s);
    q.bindValue(0, id);
    if (!q.exec() || !q.next()) {
        q.finish();
        return {};
    }
    const QString path = u"events/"_s + id;
    beginEventEntry(out, true, q.value(2).toString().isEmpty() ? q.value(1).toString() : q.value(2).toString(),
                    m_ctx.editPath(path), q.value(11).toString(), eventTag(path));
    out.open(u"Event");
    writeEventSummary(out, q, 14);
    out.raw(q.value(13).toString()); // the detail elements: fees, payment options
    q.finish();
    return out.finish();
}

HttpResponse EventMarketingHandler::eventsCollection(const HttpRequest &request)
{
    if (request.method == "POST")
        return eventWrite(request, std::nullopt);
    if (request.method != "GET")
        return m_ctx.unsupported(request);
    std::optional<HttpResponse> bad;
    const std::optional<int> pageNumber = pageNumberOf(m_ctx.pageQuery(request), bad);
    if (!pageNumber)
        return *bad;
    const int page = *pageNumber;
    QSqlQuery &q = m_store.query(
        u"SELECT id, Name, Title, Description, Status, EventType, RegistrationURL, StartDate, EndDate, PublishDate, "
        "CreatedDate, updated, location, "
        "(SELECT COUNT(*) FROM registrants r WHERE r.event_id = events.id AND r.RegistrationStatus = 'REGISTERED'), "
        "(SELECT COUNT(*) FROM registrants r WHERE r.event_id = events.id AND r.RegistrationStatus = 'CANCELLED'), "
        "(SELECT COUNT(*) FROM registrants r WHERE r.event_id = events.id AND r.AttendanceStatus = 'ATTENDED') "
        "FROM events ORDER BY start_ms, id LIMIT ?, ?"_s);
    XmlWriter entries;
    const PageResult result =
        readPage(q, 0, Cursor::Offset, qint64(page) * kPageSize, kPageSize, [&](const QSqlQuery &q) {
            const QString path = u"events/"_s + q.value(0).toString();
            beginEventEntry(entries, false,
                            q.value(2).toString().isEmpty() ? q.value(1).toString() : q.value(2).toString(),
                            m_ctx.editPath(path), q.value(11).toString(), eventTag(path));
            entries.open(u"Event");
            writeEventSummary(entries, q, 13);
            entries.close().close().close();
        });
    if (!result.ok)
        return FeedContext::storageError();
    XmlWriter out;
    beginEventFeed(out, eventTag(u"events"), u"Events"_s, m_ctx.editPath(u"events"),
                   result.next ? std::optional<int>(page + 1) : std::nullopt, m_store.now());
    out.append(entries);
    return HttpResponse::atom(200, out.finish());
}

HttpResponse EventMarketingHandler::eventResource(const HttpRequest &request, const QString &eventId)
{
    if (request.method == "GET")
        return FeedContext::entry(eventEntry(eventId));
    if (request.method == "PUT")
        return eventWrite(request, eventId);
    return m_ctx.unsupported(request);
}

HttpResponse EventMarketingHandler::eventWrite(const HttpRequest &request, const std::optional<QString> &id)
{
    if (auto bad = m_ctx.checkAtomContentType(request))
        return *bad;
    QString error;
    const auto root = parseXml(request.body, &error);
    if (!root)
        return HttpResponse::error(400, error);
    const XmlNode *payload = eventPayload(root, u"Event", &error);
    if (!payload)
        return HttpResponse::error(400, error);

    static const QStringList textFields = {u"Name"_s,      u"Title"_s,           u"Description"_s,
                                           u"EventType"_s, u"RegistrationURL"_s, u"StartDate"_s,
                                           u"EndDate"_s,   u"PublishDate"_s,     u"Status"_s};
    static const QStringList detailFields = {u"EventFeeRequired"_s, u"CurrencyType"_s, u"PaymentOptions"_s,
                                             u"RegistrationTypes"_s};
    static const QStringList locationFields = {u"Location"_s, u"Address1"_s, u"Address2"_s, u"Address3"_s,
                                               u"City"_s,     u"State"_s,    u"Country"_s,  u"PostalCode"_s};
    QHash<QString, QString> values;
    std::optional<QString> location;
    std::optional<QString> details;
    XmlWriter detailOut;
    bool anyDetail = false;
    for (const XmlNode &c : payload->children) {
        if (textFields.contains(c.name)) {
            if (!c.children.isEmpty())
                return HttpResponse::error(400, u"<%1> must hold text"_s.arg(c.name));
            values.insert(c.name, c.text.trimmed());
        } else if (c.name == u"EventLocation") {
            XmlWriter loc;
            loc.open(u"EventLocation");
            for (const XmlNode &l : c.children) {
                if (!locationFields.contains(l.name))
                    return HttpResponse::error(400, u"unknown element <%1> in EventLocation"_s.arg(l.name));
                loc.element(l.name, l.text.trimmed());
            }
            loc.close();
            location = loc.content().toString();
        } else if (detailFields.contains(c.name)) {
            c.write(detailOut);
            anyDetail = true;
        } else if (c.name == u"Registered" || c.name == u"CreatedDate" || c.name == u"AttendedCount" ||
                   c.name == u"CancelledCount") {
            continue; // computed
        } else {
            return HttpResponse::error(
                400, u"unknown element <%1> in Event (element names are case-sensitive)"_s.arg(c.name));
        }
    }
    if (anyDetail)
        details = detailOut.content().toString();
    if (!id && values.value(u"Name"_s).isEmpty())
        return HttpResponse::error(400, u"Name is required"_s);
    if (values.contains(u"Name"_s) && values.value(u"Name"_s).isEmpty())
        return HttpResponse::error(400, u"Name must not be empty"_s);
    if (values.value(u"Name"_s).size() > 100)
        return HttpResponse::error(400, u"Name is longer than 100 characters"_s);
    for (const QString &date : {u"StartDate"_s, u"EndDate"_s, u"PublishDate"_s}) {
        if (values.contains(date) && !values.value(date).isEmpty() && !isLocalTime(values.value(date)))
            return HttpResponse::error(400,
                                       u"%1 must be a date-time such as 2010-08-21T09:00:00-04:00 (got \"%2\")"_s.arg(
                                           date, values.value(date)));
    }
    if (values.contains(u"Status"_s)) {
        const QString status = values.value(u"Status"_s).toUpper();
        if (!QStringList{u"DRAFT"_s, u"ACTIVE"_s, u"CANCELLED"_s, u"COMPLETE"_s}.contains(status))
            return HttpResponse::error(400, u"Status must be DRAFT, ACTIVE, CANCELLED or COMPLETE (got \"%1\")"_s.arg(
                                                values.value(u"Status"_s)));
        values.insert(u"Status"_s, status);
    }
    const qint64 now = m_store.now();
    const auto startMs = [&values]() -> qint64 {
        const QDateTime dt = QDateTime::fromString(values.value(u"StartDate"_s), Qt::ISODateWithMs);
        return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
    };
    if (!id) {
        QString newId;
        do {
            newId = u"a07e"_s;
            const QString chars = u"abcdefghijklmnopqrstuvwxyz0123456789"_s;
            for (int i = 0; i < 15; ++i)
                newId += chars.at(QRandomGenerator::global()->bounded(int(chars.size())));
        } while (m_store.scalar(u"SELECT 1 FROM events WHERE id = ?"_s, {newId}).isValid());
        if (!m_store.exec(
                u"INSERT INTO events(id, Name, Title, Description, Status, EventType, RegistrationURL, StartDate, "
                "start_ms, EndDate, PublishDate, CreatedDate, updated, location, details) "
                "VALUES(?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {newId, values.value(u"Name"_s), values.value(u"Title"_s), values.value(u"Description"_s),
                 values.value(u"EventType"_s),
                 values.value(u"RegistrationURL"_s,
                              u"http://events.constantcontact.com/register/event?llr=q7wexbmab&oeidk="_s + newId),
                 values.value(u"StartDate"_s), startMs(), values.value(u"EndDate"_s), values.value(u"PublishDate"_s),
                 eventTime(now), eventTime(now), location.value_or(QString()), details.value_or(QString())}))
            return FeedContext::storageError();
        return FeedContext::created(m_ctx.editPath(u"events/"_s + newId), eventEntry(newId),
                                    "application/atom+xml; charset=utf-8"_ba);
    }
    // PUT changes the elements it carries and leaves the others as they are.
    const bool stored = m_store.transact([&] {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (!m_store.exec(u"UPDATE events SET %1 = ? WHERE id = ?"_s.arg(it.key()), {it.value(), *id}))
                return false;
        }
        return (!values.contains(u"StartDate"_s) ||
                m_store.exec(u"UPDATE events SET start_ms = ? WHERE id = ?"_s, {startMs(), *id})) &&
               (!location || m_store.exec(u"UPDATE events SET location = ? WHERE id = ?"_s, {*location, *id})) &&
               (!details || m_store.exec(u"UPDATE events SET details = ? WHERE id = ?"_s, {*details, *id})) &&
               m_store.exec(u"UPDATE events SET updated = ? WHERE id = ?"_s, {eventTime(now), *id});
    });
    if (!stored)
        return FeedContext::storageError();
    return HttpResponse::noContent();
}

HttpResponse EventMarketingHandler::registrants(const HttpRequest &request, const QString &eventId)
{
    if (request.method != "GET")
        return m_ctx.unsupported(request);
    std::optional<HttpResponse> bad;
    const std::optional<int> pageNumber = pageNumberOf(m_ctx.pageQuery(request), bad);
    if (!pageNumber)
        return *bad;
    const int page = *pageNumber;
    QSqlQuery &q = m_store.query(
        u"SELECT r.id, r.FirstName, r.LastName, r.EmailAddress, r.RegistrationStatus, r.RegistrationDate, "
        "r.AttendanceStatus, r.AttendanceType, r.PaymentStatus, r.updated, "
        "(SELECT COUNT(*) FROM guests g WHERE g.registrant_id = r.id) FROM registrants r WHERE r.event_id = ? "
        "ORDER BY r.reg_ms, r.id LIMIT ?, ?"_s);
    q.bindValue(0, eventId);
    const QString base = u"events/"_s + eventId + u"/registrants"_s;
    XmlWriter entries;
    const PageResult result =
        readPage(q, 1, Cursor::Offset, qint64(page) * kPageSize, kPageSize, [&](const QSqlQuery &q) {
            const QString path = base + u'/' + q.value(0).toString();
            beginEventEntry(entries, false, q.value(1).toString() + u' ' + q.value(2).toString(), m_ctx.editPath(path),
                            q.value(9).toString(), eventTag(path));
            entries.open(u"Registrant");
            entries.element(u"LastName", q.value(2).toString());
            entries.element(u"FirstName", q.value(1).toString());
            entries.element(u"EmailAddress", q.value(3).toString());
            entries.element(u"RegistrationStatus", q.value(4).toString());
            entries.element(u"RegistrationDate", q.value(5).toString());
            entries.open(u"AttendanceStatus")
                .element(u"Status", q.value(6).toString())
                .element(u"Type", q.value(7).toString())
                .close();
            entries.element(u"GuestCount", q.value(10).toLongLong());
            entries.element(u"PaymentStatus", q.value(8).toString());
            entries.close().close().close();
        });
    if (!result.ok)
        return FeedContext::storageError();
    XmlWriter out;
    beginEventFeed(out, eventTag(base), u"Registrants"_s, m_ctx.editPath(base),
                   result.next ? std::optional<int>(page + 1) : std::nullopt, m_store.now());
    out.append(entries);
    return HttpResponse::atom(200, out.finish());
}

HttpResponse EventMarketingHandler::registrantResource(const HttpRequest &request, const QString &eventId,
                                                       const QStringList &rest)
{
    const QString &rid = rest.first();
    QSqlQuery &q = m_store.query(
        u"SELECT r.id, r.FirstName, r.LastName, r.EmailAddress, r.RegistrationStatus, r.RegistrationDate, "
        "r.AttendanceStatus, r.AttendanceType, r.PaymentStatus, r.updated, r.TicketId, r.details, "
        "(SELECT COUNT(*) FROM guests g WHERE g.registrant_id = r.id) FROM registrants r "
        "WHERE r.event_id = ? AND r.id = ?"_s);
    q.bindValue(0, eventId);
    q.bindValue(1, rid);
    if (!q.exec() || !q.next()) {
        q.finish();
        return HttpResponse::error(404, u"no registrant %1 for event %2"_s.arg(rid, eventId));
    }
    const QString first = q.value(1).toString();
    const QString last = q.value(2).toString();
    const QString email = q.value(3).toString();
    const QString regStatus = q.value(4).toString();
    const QString regDate = q.value(5).toString();
    const QString attendance = q.value(6).toString();
    const QString attendanceType = q.value(7).toString();
    const QString payment = q.value(8).toString();
    const QString updated = q.value(9).toString();
    const QString ticket = q.value(10).toString();
    const QString details = q.value(11).toString();
    const qint64 guests = q.value(12).toLongLong();
    q.finish();
    const QString path = u"events/"_s + eventId + u"/registrants/"_s + rid;

    if (rest.size() == 1) {
        if (request.method != "GET")
            return m_ctx.unsupported(request);
        XmlWriter out;
        beginEventEntry(out, true, first + u' ' + last, m_ctx.editPath(path), updated, eventTag(path));
        out.open(u"Registrant");
        out.element(u"LastName", last);
        out.element(u"FirstName", first);
        out.element(u"EmailAddress", email);
        out.element(u"RegistrationStatus", regStatus);
        out.element(u"RegistrationDate", regDate);
        out.open(u"AttendanceStatus").element(u"Status", attendance).element(u"Type", attendanceType).close();
        out.element(u"GuestCount", guests);
        out.element(u"PaymentStatus", payment);
        out.element(u"TicketId", ticket);
        out.raw(details);
        return HttpResponse::atom(200, out.finish());
    }
    const QString &sub = rest.at(1);
    if (sub == u"guests") {
        if (rest.size() > 3)
            return HttpResponse::error(404, u"no resource at %1"_s.arg(request.path));
        if (request.method != "GET")
            return m_ctx.unsupported(request);
        const bool single = rest.size() == 3;
        bool ok = true;
        const qint64 number = single ? rest.at(2).toLongLong(&ok) : 0;
        if (!ok)
            return HttpResponse::error(404, u"no guest %1"_s.arg(rest.at(2)));
        QSqlQuery &g = m_store.query(u"SELECT number, FirstName, LastName, EmailAddress, details FROM guests "
                                     "WHERE registrant_id = ? AND (? = 0 OR number = ?) ORDER BY number"_s);
        g.bindValue(0, rid);
        g.bindValue(1, number);
        g.bindValue(2, number);
        g.exec();
        XmlWriter out;
        const QString base = path + u"/guests"_s;
        if (!single)
            beginEventFeed(out, eventTag(base), u"Guests"_s, m_ctx.editPath(base), std::nullopt, m_store.now());
        int found = 0;
        while (g.next()) {
            const QString gp = base + u'/' + g.value(0).toString();
            beginEventEntry(out, single, g.value(1).toString() + u' ' + g.value(2).toString(), m_ctx.editPath(gp),
                            regDate, eventTag(gp));
            out.open(u"Guest");
            out.element(u"GuestNumber", g.value(0).toLongLong());
            out.open(u"GuestInfo");
            out.element(u"FirstName", g.value(1).toString());
            out.element(u"LastName", g.value(2).toString());
            out.element(u"EmailAddress", g.value(3).toString());
            out.raw(g.value(4).toString());
            out.close().close().close().close();
            ++found;
        }
        g.finish();
        if (single && found == 0)
            return HttpResponse::error(404, u"no guest %1 for registrant %2"_s.arg(rest.at(2), rid));
        return HttpResponse::atom(200, out.finish());
    }
    const bool isAttendance = sub == u"attendancestatus";
    if ((!isAttendance && sub != u"paymentstatus") || rest.size() != 2)
        return HttpResponse::error(404, u"no resource at %1"_s.arg(request.path));
    const QString element = isAttendance ? u"AttendanceStatus"_s : u"PaymentStatus"_s;
    const QString subPath = path + u'/' + sub;
    if (request.method == "GET") {
        XmlWriter out;
        beginEventEntry(out, true, isAttendance ? u"Attendance Status"_s : u"Payment Status"_s, m_ctx.editPath(subPath),
                        updated, eventTag(subPath));
        out.open(element);
        if (isAttendance)
            out.element(u"Status", attendance).element(u"Type", attendanceType);
        else
            out.element(u"Status", payment);
        return HttpResponse::atom(200, out.finish());
    }
    if (request.method != "PUT")
        return m_ctx.unsupported(request);
    if (auto bad = m_ctx.checkAtomContentType(request))
        return *bad;
    QString error;
    const auto root = parseXml(request.body, &error);
    if (!root)
        return HttpResponse::error(400, error);
    const XmlNode *payload = eventPayload(root, element, &error);
    if (!payload)
        return HttpResponse::error(400, error);
    QString status;
    QString type = attendanceType;
    for (const XmlNode &c : payload->children) {
        if (c.name == u"Status")
            status = c.text.trimmed();
        else if (isAttendance && c.name == u"Type")
            type = c.text.trimmed();
        else
            return HttpResponse::error(400, u"unknown element <%1> in %2"_s.arg(c.name, element));
    }
    const QStringList allowed = isAttendance ? QStringList{u"ATTENDED"_s, u"NOT_ATTENDED"_s}
                                             : QStringList{u"PENDING"_s, u"COMPLETED"_s, u"CANCELLED"_s, u"REFUNDED"_s};
    if (!allowed.contains(status))
        return HttpResponse::error(400, u"Status must be %1 (got \"%2\")"_s.arg(allowed.join(u", "), status));
    if (isAttendance && type != u"GROUP" && type != u"INDIVIDUAL")
        return HttpResponse::error(400, u"Type must be GROUP or INDIVIDUAL (got \"%1\")"_s.arg(type));
    const QString now = eventTime(m_store.now());
    const bool stored = m_store.transact([&] {
        return (isAttendance ? m_store.exec(u"UPDATE registrants SET AttendanceStatus = ?, AttendanceType = ?, "
                                            "updated = ? WHERE id = ?"_s,
                                            {status, type, now, rid})
                             : m_store.exec(u"UPDATE registrants SET PaymentStatus = ?, updated = ? WHERE id = ?"_s,
                                            {status, now, rid})) &&
               m_store.exec(u"UPDATE events SET updated = ? WHERE id = ?"_s, {now, eventId});
    });
    if (!stored)
        return FeedContext::storageError();
    return HttpResponse::noContent();
}

} // namespace ctct::sandbox
