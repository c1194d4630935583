// SPDX-License-Identifier: GPL-3.0-or-later
// Contacts: the collection (with e-mail search and updatedsince), the resource and the status model
// of contract §3.5.
#include "contactshandler.h"

#include "store.h"
#include "xml.h"

#include <QSet>

#include <limits>

using namespace Qt::StringLiterals;

namespace ctct::sandbox {

namespace {

const QSet<QString> &readOnlyContactElements()
{
    static const QSet<QString> names = {u"Status"_s,     u"Name"_s,         u"OptInTime"_s,
                                        u"OptOutTime"_s, u"OptOutSource"_s, u"OptOutReason"_s,
                                        u"Confirmed"_s,  u"InsertTime"_s,   u"LastUpdateTime"_s};
    return names;
}

QString summaryColumns()
{
    return u"id, Status, EmailAddress, EmailType, FirstName, LastName, OptInTime, OptInSource, OptOutTime, "
           "OptOutSource, Confirmed, InsertTime, LastUpdateTime"_s;
}

QString detailColumns()
{
    QString cols = u"id, Status"_s;
    for (const ContactField &f : kContactFields)
        cols += u", "_s + f.element;
    cols +=
        u", OptInSource, OptInTime, OptOutSource, OptOutTime, OptOutReason, Confirmed, InsertTime, LastUpdateTime"_s;
    return cols;
}

struct ContactInput
{
    QHash<QString, QString> values; // element -> value, for the writable elements present
    bool hasLists = false;
    QList<qint64> lists;
    QString optInSource;
};

} // namespace

HttpResponse ContactsHandler::contactsCollection(const HttpRequest &request)
{
    if (request.method == "GET")
        return contactsGet(request);
    if (request.method == "POST")
        return contactsPost(request);
    return m_ctx.unsupported(request);
}

void ContactsHandler::writeContactSummary(XmlWriter &out, const QSqlQuery &q, bool search)
{
    const qint64 id = q.value(0).toLongLong();
    const QString path = u"contacts/"_s + QString::number(id);
    const QString email = q.value(2).toString();
    m_ctx.beginEntry(out, m_ctx.editPath(path), path, u"Contact: "_s + email, q.value(12).toLongLong(), false);
    out.open(u"Contact", {{u"xmlns", kCtctNs}, {u"id", m_ctx.idUri(path)}});
    out.element(u"Status", q.value(1).toString());
    out.element(u"EmailAddress", email);
    out.element(u"EmailType", q.value(3).toString());
    const QString first = q.value(4).toString();
    const QString last = q.value(5).toString();
    out.element(u"Name", last.isEmpty() ? first : first.isEmpty() ? last : last + u", "_s + first);
    if (!q.value(6).isNull())
        out.element(u"OptInTime", atomTime(q.value(6).toLongLong()));
    out.element(u"OptInSource", q.value(7).toString());
    if (!q.value(8).isNull() && q.value(1).toString() == u"Do Not Mail") {
        out.element(u"OptOutTime", atomTime(q.value(9).toLongLong()));
        out.element(u"OptOutSource", q.value(8).toString());
    }
    if (search) {
        out.element(u"Confirmed", q.value(10).toBool() ? u"true" : u"false");
        out.element(u"InsertTime", atomTime(q.value(11).toLongLong()));
    }
    out.close().close().close();
}

HttpResponse ContactsHandler::contactsGet(const HttpRequest &request)
{
    const PageQuery query = m_ctx.pageQuery(request);
    if (!query.valid)
        return HttpResponse::error(400, u"invalid next token"_s);

    const QStringList emails = query.values(u"email");
    if (!emails.isEmpty()) {
        if (emails.size() > 50)
            return HttpResponse::error(400, u"at most 50 email parameters per request (got %1)"_s.arg(emails.size()));
        QList<qint64> ids;
        QSqlQuery &q = m_store.query(u"SELECT id FROM contacts WHERE email_lc = ?"_s);
        for (const QString &e : emails) {
            q.bindValue(0, e.trimmed().toLower());
            if (q.exec() && q.next() && !ids.contains(q.value(0).toLongLong()))
                ids.append(q.value(0).toLongLong());
            q.finish();
        }
        std::sort(ids.begin(), ids.end(), std::greater<>());
        XmlWriter out;
        m_ctx.beginFeed(out, u"contacts", u"Contacts for Customer: "_s + m_user, query, {}, m_store.now());
        QSqlQuery &row = m_store.query(u"SELECT "_s + summaryColumns() + u" FROM contacts WHERE id = ?"_s);
        for (qint64 id : std::as_const(ids)) {
            row.bindValue(0, id);
            if (row.exec() && row.next())
                writeContactSummary(out, row, true);
            row.finish();
        }
        return HttpResponse::atom(200, out.finish());
    }

    const std::optional<qint64> after = query.position(std::numeric_limits<qint64>::max());
    if (!after)
        return FeedContext::invalidToken();

    QSqlQuery *q = nullptr;
    int unbound = 0;
    if (query.has(u"updatedsince")) {
        const auto since = parseUtcTime(query.value(u"updatedsince"));
        if (!since)
            return HttpResponse::error(400, u"updatedsince must be a UTC date-time such as 2010-04-21T18:35:34.279Z "
                                            "(got \"%1\")"_s.arg(query.value(u"updatedsince")));
        if (query.has(u"listtype")) {
            const QString type = query.value(u"listtype");
            QString statuses;
            if (type == u"active")
                statuses = u"'Active', 'Unconfirmed'"_s;
            else if (type == u"removed")
                statuses = u"'Removed'"_s;
            else if (type == u"do-not-mail")
                statuses = u"'Do Not Mail'"_s;
            else
                return HttpResponse::error(400,
                                           u"listtype must be active, removed or do-not-mail (got \"%1\")"_s.arg(type));
            q = &m_store.query(u"SELECT "_s + summaryColumns() + u" FROM contacts WHERE Status IN ("_s + statuses +
                               u") AND LastUpdateTime >= ? AND id < ? ORDER BY id DESC LIMIT ?"_s);
            q->bindValue(0, *since);
            unbound = 1;
        } else if (query.has(u"listid")) {
            bool ok = false;
            const qint64 listId = query.value(u"listid").toLongLong(&ok);
            if (!ok || !m_store.scalar(u"SELECT 1 FROM lists WHERE id = ?"_s, {listId}).isValid())
                return HttpResponse::error(
                    400, u"listid must be the number of an existing list (got \"%1\")"_s.arg(query.value(u"listid")));
            QString cols = summaryColumns();
            cols.replace(u"id, Status"_s, u"c.id, c.Status"_s);
            cols.replace(u", OptInTime, OptInSource"_s, u", c.OptInTime, c.OptInSource"_s);
            q = &m_store.query(u"SELECT "_s + cols +
                               u" FROM memberships m JOIN contacts c ON c.id = m.contact_id WHERE m.list_id = ? "
                               "AND c.LastUpdateTime >= ? AND m.contact_id < ? ORDER BY m.contact_id DESC LIMIT ?"_s);
            q->bindValue(0, listId);
            q->bindValue(1, *since);
            unbound = 2;
        } else {
            return HttpResponse::error(400, u"updatedsince needs listtype or listid"_s);
        }
    } else if (query.has(u"listtype") || query.has(u"listid")) {
        return HttpResponse::error(400, u"listtype and listid are only valid with updatedsince"_s);
    } else {
        q = &m_store.query(u"SELECT "_s + summaryColumns() + u" FROM contacts WHERE id < ? ORDER BY id DESC LIMIT ?"_s);
    }

    XmlWriter entries;
    const PageResult page = readPage(*q, unbound, Cursor::Key, *after, kPageSize,
                                     [&](const QSqlQuery &row) { writeContactSummary(entries, row, false); });
    if (!page.ok)
        return FeedContext::storageError();
    XmlWriter out;
    m_ctx.beginFeed(out, u"contacts", u"Contacts for Customer: "_s + m_user, query,
                    page.next ? m_ctx.nextHref(u"contacts"_s, QString::number(*page.next), query) : QString(),
                    m_store.now());
    out.append(entries);
    return HttpResponse::atom(200, out.finish());
}

// Reads a Contact payload (POST or PUT). Unknown elements in the ctct namespace are an error:
// element names are case-sensitive (contract §1.5), so <emailaddress> must not be silently dropped.
static std::optional<HttpResponse> readContact(FeedContext &api, const QByteArray &body, ContactInput &in)
{
    QString error;
    const auto root = parseXml(body, &error);
    if (!root)
        return HttpResponse::error(400, error);
    const XmlNode *payload = ctctPayload(*root, u"Contact", &error);
    if (!payload)
        return HttpResponse::error(400, error);
    for (const XmlNode &c : payload->children) {
        if (c.ns != kCtctNs)
            continue; // atom links and foreign extensions
        if (c.name == u"ContactLists") {
            in.hasLists = true;
            for (const XmlNode &l : c.children) {
                if (l.name != u"ContactList")
                    return HttpResponse::error(400, u"unknown element <%1> in ContactLists"_s.arg(l.name));
                const QString uri = l.attribute(u"id");
                const auto id = api.idFromUri(uri, u"lists");
                if (id && (*id == u"active" || *id == u"removed" || *id == u"do-not-mail"))
                    return HttpResponse::error(400, u"contacts cannot be put on the system list %1"_s.arg(*id));
                const auto listId = api.listIdFromUri(uri);
                if (!listId)
                    return HttpResponse::error(400, u"unknown contact list \"%1\""_s.arg(uri));
                if (!in.lists.contains(*listId))
                    in.lists.append(*listId);
            }
            continue;
        }
        if (c.name == u"OptInSource") {
            in.optInSource = c.text.trimmed();
            continue;
        }
        if (readOnlyContactElements().contains(c.name))
            continue;
        const auto field = std::find_if(kContactFields.begin(), kContactFields.end(),
                                        [&c](const ContactField &f) { return f.element == c.name; });
        if (field == kContactFields.end())
            return HttpResponse::error(
                400, u"unknown element <%1> in Contact (element names are case-sensitive)"_s.arg(c.name));
        const QString value = c.text.trimmed();
        if (field->maxLength > 0 && value.size() > field->maxLength)
            return HttpResponse::error(400, u"%1 is longer than %2 characters"_s.arg(c.name).arg(field->maxLength));
        in.values.insert(c.name, value);
    }
    const QString email = in.values.value(u"EmailAddress"_s);
    if (email.isEmpty())
        return HttpResponse::error(400, u"EmailAddress is required"_s);
    if (!isValidEmail(email))
        return HttpResponse::error(400, u"invalid e-mail address \"%1\""_s.arg(email));
    if (in.values.contains(u"EmailType"_s)) {
        const QString t = in.values.value(u"EmailType"_s);
        if (t.compare(u"HTML", Qt::CaseInsensitive) == 0)
            in.values.insert(u"EmailType"_s, u"HTML"_s);
        else if (t.compare(u"Text", Qt::CaseInsensitive) == 0)
            in.values.insert(u"EmailType"_s, u"Text"_s);
        else
            return HttpResponse::error(400, u"EmailType must be HTML or Text (got \"%1\")"_s.arg(t));
    }
    if (!in.optInSource.isEmpty() && in.optInSource != u"ACTION_BY_CUSTOMER" && in.optInSource != u"ACTION_BY_CONTACT")
        return HttpResponse::error(
            400, u"OptInSource must be ACTION_BY_CUSTOMER or ACTION_BY_CONTACT (got \"%1\")"_s.arg(in.optInSource));
    return std::nullopt;
}

HttpResponse ContactsHandler::contactsPost(const HttpRequest &request)
{
    if (auto bad = m_ctx.checkAtomContentType(request))
        return *bad;
    ContactInput in;
    if (auto bad = readContact(m_ctx, request.body, in))
        return *bad;
    if (in.optInSource.isEmpty())
        return HttpResponse::error(400, u"OptInSource is required (ACTION_BY_CUSTOMER or ACTION_BY_CONTACT)"_s);
    if (in.lists.isEmpty())
        return HttpResponse::error(400, u"The new contact must contain at least one valid ContactList"_s);
    const QString email = in.values.value(u"EmailAddress"_s);
    const QVariant existing = m_store.scalar(u"SELECT Status FROM contacts WHERE email_lc = ?"_s, {email.toLower()});
    if (existing.isValid())
        return HttpResponse::error(
            409, u"a contact with e-mail address %1 already exists (status %2)"_s.arg(email, existing.toString()));

    const qint64 now = m_store.now();
    QStringList cols{u"email_lc"_s,  u"Status"_s,     u"OptInSource"_s,   u"OptInTime"_s,
                     u"Confirmed"_s, u"InsertTime"_s, u"LastUpdateTime"_s};
    QVariantList values{
        email.toLower(), u"Active"_s, in.optInSource, now, in.optInSource == u"ACTION_BY_CONTACT", now, now};
    for (auto it = in.values.cbegin(); it != in.values.cend(); ++it) {
        cols.append(it.key());
        values.append(it.value());
    }
    const QString sql =
        u"INSERT INTO contacts(%1) VALUES(%2)"_s.arg(cols.join(u", "), QStringList(cols.size(), u"?"_s).join(u", "));
    qint64 id = 0;
    const bool stored = m_store.transact([&] {
        if (!m_store.exec(sql, values))
            return false;
        id = m_store.scalar(u"SELECT last_insert_rowid()"_s).toLongLong();
        return id > 0 && m_ctx.replaceMemberships(id, in.lists, in.optInSource, now);
    });
    if (!stored)
        return FeedContext::storageError();
    return FeedContext::created(m_ctx.idUri(u"contacts/"_s + QString::number(id)), contactEntry(id, false));
}

HttpResponse ContactsHandler::contactResource(const HttpRequest &request, const QString &idText)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || !m_store.scalar(u"SELECT 1 FROM contacts WHERE id = ?"_s, {id}).isValid())
        return HttpResponse::error(404, u"no contact %1"_s.arg(idText));
    if (request.method == "GET")
        return FeedContext::entry(contactEntry(id, true));
    if (request.method == "PUT")
        return contactPut(request, id);
    if (request.method == "DELETE")
        return contactDelete(id);
    return m_ctx.unsupported(request);
}

HttpResponse ContactsHandler::contactPut(const HttpRequest &request, qint64 id)
{
    if (auto bad = m_ctx.checkAtomContentType(request))
        return *bad;
    ContactInput in;
    if (auto bad = readContact(m_ctx, request.body, in))
        return *bad;
    const QString source = in.optInSource.isEmpty() ? u"ACTION_BY_CUSTOMER"_s : in.optInSource;
    const QString email = in.values.value(u"EmailAddress"_s);
    const QVariant other =
        m_store.scalar(u"SELECT id FROM contacts WHERE email_lc = ? AND id <> ?"_s, {email.toLower(), id});
    if (other.isValid())
        return HttpResponse::error(
            409, u"another contact (%1) already has the e-mail address %2"_s.arg(other.toString(), email));
    const QString status = m_store.scalar(u"SELECT Status FROM contacts WHERE id = ?"_s, {id}).toString();
    QString newStatus = status;
    if (status == u"Do Not Mail") {
        if (source != u"ACTION_BY_CONTACT" || in.lists.isEmpty())
            return HttpResponse::error(403, u"contact %1 is on the Do Not Mail list; only the contact can opt back in "
                                            "(OptInSource ACTION_BY_CONTACT with at least one list)"_s.arg(id));
        newStatus = u"Active"_s;
    } else if (in.lists.isEmpty()) {
        if (source == u"ACTION_BY_CONTACT")
            return HttpResponse::error(400, u"removing a contact from every list must be done with OptInSource "
                                            "ACTION_BY_CUSTOMER"_s);
        newStatus = u"Removed"_s;
    } else if (status == u"Removed") {
        newStatus = u"Active"_s;
    }

    const qint64 now = m_store.now();
    QStringList sets{u"email_lc = ?"_s, u"Status = ?"_s, u"LastUpdateTime = ?"_s};
    QVariantList values{email.toLower(), newStatus, now};
    for (const ContactField &f : kContactFields) {
        sets.append(f.element + u" = ?"_s);
        if (f.element == u"EmailType")
            values.append(in.values.value(u"EmailType"_s, u"HTML"_s));
        else
            values.append(in.values.value(f.element.toString()));
    }
    if (newStatus != status && newStatus == u"Active") {
        sets.append(u"OptInSource = ?"_s);
        values.append(source);
        sets.append(u"OptInTime = ?"_s);
        values.append(now);
        sets.append(u"OptOutSource = NULL, OptOutTime = NULL, OptOutReason = NULL"_s);
        if (source == u"ACTION_BY_CONTACT")
            sets.append(u"Confirmed = 1"_s);
    }
    values.append(id);
    const bool stored = m_store.transact([&] {
        return m_store.exec(u"UPDATE contacts SET %1 WHERE id = ?"_s.arg(sets.join(u", ")), values) &&
               m_ctx.replaceMemberships(id, in.lists, source, now);
    });
    if (!stored)
        return FeedContext::storageError();
    return HttpResponse::noContent();
}

HttpResponse ContactsHandler::contactDelete(qint64 id)
{
    const qint64 now = m_store.now();
    const bool stored = m_store.transact([&] {
        return m_store.exec(u"DELETE FROM memberships WHERE contact_id = ?"_s, {id}) &&
               m_store.exec(u"UPDATE contacts SET Status = 'Do Not Mail', OptOutSource = 'ACTION_BY_CUSTOMER', "
                            "OptOutTime = ?, LastUpdateTime = ? WHERE id = ? AND Status <> 'Do Not Mail'"_s,
                            {now, now, id});
    });
    if (!stored)
        return FeedContext::storageError();
    return HttpResponse::noContent();
}

QByteArray ContactsHandler::contactEntry(qint64 id, bool withSource)
{
    QSqlQuery &q = m_store.query(u"SELECT "_s + detailColumns() + u" FROM contacts WHERE id = ?"_s);
    q.bindValue(0, id);
    if (!q.exec() || !q.next()) {
        q.finish();
        return {};
    }
    XmlWriter out;
    const QString path = u"contacts/"_s + QString::number(id);
    const int base = 2 + int(kContactFields.size());
    const qint64 updated = q.value(base + 7).toLongLong();
    m_ctx.beginEntry(out, m_ctx.editPath(path), path, u"Contact: "_s + q.value(2).toString(), updated, true);
    writeContactDetail(out, q, id);
    q.finish();
    out.close(); // content
    if (withSource)
        m_ctx.writeSource(out, u"contacts", u"Contacts for Customer: "_s + m_user, m_store.now());
    return out.finish();
}

void ContactsHandler::writeContactDetail(XmlWriter &out, const QSqlQuery &q, qint64 id)
{
    const QString path = u"contacts/"_s + QString::number(id);
    out.open(u"Contact", {{u"xmlns", kCtctNs}, {u"id", m_ctx.idUri(path)}});
    const QString status = q.value(1).toString();
    out.element(u"Status", status);
    int col = 2;
    for (const ContactField &f : kContactFields) {
        const QString value = q.value(col++).toString();
        if (f.element == u"FirstName") {
            // Name (read-only, computed) sits before FirstName in the server's order.
            const QString lastName = q.value(col + 1).toString();
            out.element(u"Name", QString(value + u' ' + lastName).trimmed());
        }
        out.element(f.element, value);
    }
    out.open(u"ContactLists");
    QSqlQuery &lists = m_store.query(
        u"SELECT list_id, OptInSource, OptInTime FROM memberships WHERE contact_id = ? ORDER BY list_id"_s);
    lists.bindValue(0, id);
    lists.exec();
    while (lists.next()) {
        const QString listPath = u"lists/"_s + lists.value(0).toString();
        out.open(u"ContactList", {{u"id", m_ctx.idUri(listPath)}});
        out.empty(u"link", {{u"xmlns", kAtomNs}, {u"href", m_ctx.editPath(listPath)}, {u"rel", u"self"}});
        out.element(u"OptInSource", lists.value(1).toString());
        out.element(u"OptInTime", atomTime(lists.value(2).toLongLong()));
        out.close();
    }
    lists.finish();
    out.close();
    const QString optInSource = q.value(col).toString();
    const QVariant optInTime = q.value(col + 1);
    const QString optOutSource = q.value(col + 2).toString();
    const QVariant optOutTime = q.value(col + 3);
    const QString optOutReason = q.value(col + 4).toString();
    out.element(u"OptInSource", optInSource);
    if (!optInTime.isNull())
        out.element(u"OptInTime", atomTime(optInTime.toLongLong()));
    if (status == u"Do Not Mail" && !optOutTime.isNull()) {
        out.element(u"OptOutTime", atomTime(optOutTime.toLongLong()));
        out.element(u"OptOutSource", optOutSource);
        if (!optOutReason.isEmpty())
            out.element(u"OptOutReason", optOutReason);
    }
    out.element(u"Confirmed", q.value(col + 5).toBool() ? u"true" : u"false");
    out.element(u"InsertTime", atomTime(q.value(col + 6).toLongLong()));
    out.element(u"LastUpdateTime", atomTime(q.value(col + 7).toLongLong()));
    out.close();
}

} // namespace ctct::sandbox
