// SPDX-License-Identifier: GPL-3.0-or-later
// Contact lists, their members and the three system lists (decision 20).
#include "listshandler.h"

#include "store.h"
#include "xml.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace ctct::sandbox {

namespace {

struct SystemList
{
    QString id;
    QString name;
    QString statuses; // SQL list of contact statuses the list stands for
};

const QList<SystemList> &systemLists()
{
    static const QList<SystemList> lists = {
        {u"active"_s, u"Active"_s, u"'Active', 'Unconfirmed'"_s},
        {u"do-not-mail"_s, u"Do Not Mail"_s, u"'Do Not Mail'"_s},
        {u"removed"_s, u"Removed"_s, u"'Removed'"_s},
    };
    return lists;
}

const SystemList *systemList(QStringView id)
{
    for (const SystemList &l : systemLists()) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

const QString kListColumns = u"id, Name, OptInDefault, DisplayOnSignup, SortOrder, updated, "
                             "(SELECT COUNT(*) FROM memberships WHERE list_id = lists.id)"_s;

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"true" || t == u"yes")
        return true;
    if (t == u"false" || t == u"no")
        return false;
    return std::nullopt;
}

} // namespace

void ListsHandler::writeListEntry(XmlWriter &out, const QSqlQuery &q, bool standalone)
{
    const QString path = u"lists/"_s + q.value(0).toString();
    const QString name = q.value(1).toString();
    m_ctx.beginEntry(out, m_ctx.editPath(path), path, name, q.value(5).toLongLong(), standalone);
    out.open(u"ContactList", {{u"xmlns", kCtctNs}, {u"id", m_ctx.idUri(path)}});
    out.element(u"OptInDefault", q.value(2).toBool() ? u"true" : u"false");
    out.element(u"Name", name);
    out.element(u"ShortName", name);
    out.element(u"DisplayOnSignup", q.value(3).toBool() ? u"Yes" : u"No");
    out.element(u"SortOrder", q.value(4).toLongLong());
    out.empty(u"Members", {{u"id", m_ctx.idUri(path + u"/members"_s)}});
    out.element(u"ContactCount", q.value(6).toLongLong());
    out.close().close();
}

static void writeSystemListEntry(const FeedContext &api, XmlWriter &out, const SystemList &l, qint64 updated,
                                 bool standalone)
{
    const QString path = u"lists/"_s + l.id;
    api.beginEntry(out, api.editPath(path), path, l.name, updated, standalone);
    out.open(u"ContactList", {{u"xmlns", kCtctNs}, {u"id", api.idUri(path)}});
    out.element(u"Name", l.name);
    out.element(u"ShortName", l.name);
    out.close().close();
}

HttpResponse ListsHandler::listsCollection(const HttpRequest &request)
{
    if (request.method == "POST")
        return listWrite(request, std::nullopt);
    if (request.method != "GET")
        return m_ctx.unsupported(request);
    const PageQuery query = m_ctx.pageQuery(request);
    const std::optional<qint64> offset = query.position(0);
    if (!offset || *offset < 0)
        return FeedContext::invalidToken();

    // The system lists come first (decision 20); the cursor counts them.
    const qint64 now = m_store.now();
    XmlWriter entries;
    qint64 position = *offset;
    int written = 0;
    const qint64 systemCount = systemLists().size();
    for (; position < systemCount && written < kPageSize; ++position, ++written) {
        writeSystemListEntry(m_ctx, entries, systemLists().at(position), now, false);
        entries.close();
    }
    QSqlQuery &q = m_store.query(u"SELECT "_s + kListColumns + u" FROM lists ORDER BY SortOrder, Name LIMIT ?, ?"_s);
    const PageResult page =
        readPage(q, 0, Cursor::Offset, position - systemCount, kPageSize - written, [&](const QSqlQuery &row) {
            writeListEntry(entries, row, false);
            entries.close();
        });
    if (!page.ok)
        return FeedContext::storageError();
    XmlWriter out;
    m_ctx.beginFeed(
        out, u"lists", u"Contact Lists for Customer: "_s + m_user, query,
        page.next ? m_ctx.nextHref(u"lists"_s, QString::number(systemCount + *page.next), query) : QString(), now);
    out.append(entries);
    return HttpResponse::atom(200, out.finish());
}

QByteArray ListsHandler::listEntry(qint64 id, bool withSource)
{
    QSqlQuery &q = m_store.query(u"SELECT "_s + kListColumns + u" FROM lists WHERE id = ?"_s);
    q.bindValue(0, id);
    if (!q.exec() || !q.next()) {
        q.finish();
        return {};
    }
    XmlWriter out;
    writeListEntry(out, q, true);
    const qint64 updated = q.value(5).toLongLong();
    q.finish();
    if (withSource)
        m_ctx.writeSource(out, u"lists", u"Contact Lists for Customer: "_s + m_user, updated);
    return out.finish();
}

HttpResponse ListsHandler::listResource(const HttpRequest &request, const QString &idText)
{
    if (const SystemList *sys = systemList(idText)) {
        if (request.method == "GET") {
            XmlWriter out;
            const qint64 now = m_store.now();
            writeSystemListEntry(m_ctx, out, *sys, now, true);
            m_ctx.writeSource(out, u"lists", u"Contact Lists for Customer: "_s + m_user, now);
            return HttpResponse::atom(200, out.finish());
        }
        if (request.method == "PUT" || request.method == "DELETE")
            return HttpResponse::error(403, u"the system list %1 cannot be changed or deleted"_s.arg(idText));
        return m_ctx.unsupported(request);
    }
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || !m_store.scalar(u"SELECT 1 FROM lists WHERE id = ?"_s, {id}).isValid())
        return HttpResponse::error(404, u"no contact list %1"_s.arg(idText));
    if (request.method == "GET")
        return FeedContext::entry(listEntry(id, true));
    if (request.method == "PUT")
        return listWrite(request, id);
    if (request.method == "DELETE")
        return listDelete(id);
    return m_ctx.unsupported(request);
}

HttpResponse ListsHandler::listDelete(qint64 id)
{
    const qint64 now = m_store.now();
    const bool stored = m_store.transact([&] {
        QList<qint64> members;
        if (!m_store.numbers(u"SELECT contact_id FROM memberships WHERE list_id = ?"_s, {id}, &members) ||
            !m_store.exec(u"DELETE FROM memberships WHERE list_id = ?"_s, {id}) ||
            !m_store.exec(u"DELETE FROM campaign_lists WHERE list_id = ?"_s, {id}) ||
            !m_store.exec(u"DELETE FROM lists WHERE id = ?"_s, {id}))
            return false;
        for (qint64 c : std::as_const(members)) {
            if (!m_ctx.touchContact(c, now) || !m_ctx.settleStatus(c, now))
                return false;
        }
        return true;
    });
    if (!stored)
        return FeedContext::storageError();
    return HttpResponse::noContent();
}

HttpResponse ListsHandler::listWrite(const HttpRequest &request, std::optional<qint64> id)
{
    if (auto bad = m_ctx.checkAtomContentType(request))
        return *bad;
    QString error;
    const auto root = parseXml(request.body, &error);
    if (!root)
        return HttpResponse::error(400, error);
    const XmlNode *payload = ctctPayload(*root, u"ContactList", &error);
    if (!payload)
        return HttpResponse::error(400, error);
    QString name;
    bool hasName = false;
    bool optInDefault = false;
    bool displayOnSignup = true;
    qint64 sortOrder = 99;
    for (const XmlNode &c : payload->children) {
        if (c.ns != kCtctNs)
            continue;
        if (c.name == u"Name") {
            name = c.text.trimmed();
            hasName = true;
        } else if (c.name == u"OptInDefault") {
            const auto b = parseBool(c.text);
            if (!b)
                return HttpResponse::error(400, u"OptInDefault must be true or false (got \"%1\")"_s.arg(c.text));
            optInDefault = *b;
        } else if (c.name == u"DisplayOnSignup") {
            const auto b = parseBool(c.text);
            if (!b)
                return HttpResponse::error(400, u"DisplayOnSignup must be Yes or No (got \"%1\")"_s.arg(c.text));
            displayOnSignup = *b;
        } else if (c.name == u"SortOrder") {
            bool ok = false;
            sortOrder = c.text.trimmed().toLongLong(&ok);
            if (!ok)
                return HttpResponse::error(400, u"SortOrder must be an integer (got \"%1\")"_s.arg(c.text));
        } else if (c.name == u"ShortName" || c.name == u"Members" || c.name == u"ContactCount") {
            continue; // read-only
        } else {
            return HttpResponse::error(
                400, u"unknown element <%1> in ContactList (element names are case-sensitive)"_s.arg(c.name));
        }
    }
    if (!hasName || name.isEmpty())
        return HttpResponse::error(400, u"Name is required"_s);
    if (name.size() > 50)
        return HttpResponse::error(400, u"Name is longer than 50 characters"_s);
    for (const SystemList &l : systemLists()) {
        if (name.compare(l.name, Qt::CaseInsensitive) == 0)
            return HttpResponse::error(409, u"a list named %1 already exists"_s.arg(name));
    }
    const QVariant clash =
        m_store.scalar(u"SELECT id FROM lists WHERE Name = ? AND id <> ?"_s, {name, id.value_or(-1)});
    if (clash.isValid())
        return HttpResponse::error(409, u"a list named %1 already exists"_s.arg(name));
    const qint64 now = m_store.now();
    if (id) {
        if (!m_store.exec(u"UPDATE lists SET Name = ?, OptInDefault = ?, DisplayOnSignup = ?, SortOrder = ?, "
                          "updated = ? WHERE id = ?"_s,
                          {name, optInDefault, displayOnSignup, sortOrder, now, *id}))
            return FeedContext::storageError();
        return HttpResponse::noContent();
    }
    if (!m_store.exec(
            u"INSERT INTO lists(Name, OptInDefault, DisplayOnSignup, SortOrder, updated) VALUES(?, ?, ?, ?, ?)"_s,
            {name, optInDefault, displayOnSignup, sortOrder, now}))
        return FeedContext::storageError();
    const qint64 newId = m_store.scalar(u"SELECT last_insert_rowid()"_s).toLongLong();
    return FeedContext::created(m_ctx.idUri(u"lists/"_s + QString::number(newId)), listEntry(newId, false));
}

HttpResponse ListsHandler::listMembers(const HttpRequest &request, const QString &idText)
{
    const SystemList *sys = systemList(idText);
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!sys && (!ok || !m_store.scalar(u"SELECT 1 FROM lists WHERE id = ?"_s, {id}).isValid()))
        return HttpResponse::error(404, u"no contact list %1"_s.arg(idText));
    if (request.method != "GET")
        return m_ctx.unsupported(request);
    const PageQuery query = m_ctx.pageQuery(request);
    const std::optional<qint64> after = query.position(std::numeric_limits<qint64>::max());
    if (!after)
        return FeedContext::invalidToken();
    QSqlQuery *q = nullptr;
    int unbound = 0;
    if (sys) {
        q = &m_store.query(
            u"SELECT id, EmailAddress, FirstName, LastName, LastUpdateTime FROM contacts WHERE Status IN ("_s +
            sys->statuses + u") AND id < ? ORDER BY id DESC LIMIT ?"_s);
    } else {
        q = &m_store.query(u"SELECT c.id, c.EmailAddress, c.FirstName, c.LastName, c.LastUpdateTime FROM memberships m "
                           "JOIN contacts c ON c.id = m.contact_id WHERE m.list_id = ? AND m.contact_id < ? "
                           "ORDER BY m.contact_id DESC LIMIT ?"_s);
        q->bindValue(0, id);
        unbound = 1;
    }
    const QString listPath = u"lists/"_s + idText;
    XmlWriter entries;
    const PageResult page = readPage(*q, unbound, Cursor::Key, *after, kPageSize, [&](const QSqlQuery &row) {
        const QString contactId = row.value(0).toString();
        const QString contactPath = u"contacts/"_s + contactId;
        const QString email = row.value(1).toString();
        m_ctx.beginEntry(entries, m_ctx.editPath(listPath + u"/members/"_s + contactId), contactPath,
                         u"Contact: "_s + email, row.value(4).toLongLong(), false);
        entries.open(u"ContactListMember", {{u"xmlns", kCtctNs}, {u"id", m_ctx.idUri(contactPath)}});
        entries.element(u"EmailAddress", email);
        const QString first = row.value(2).toString();
        const QString last = row.value(3).toString();
        entries.element(u"Name", last.isEmpty() ? first : first.isEmpty() ? last : last + u", "_s + first);
        entries.close().close().close();
    });
    if (!page.ok)
        return FeedContext::storageError();
    XmlWriter out;
    m_ctx.beginFeed(out, QString(listPath + u"/members"_s), u"Contacts for Customer: "_s + m_user, query,
                    page.next ? m_ctx.nextHref(listPath + u"/members"_s, QString::number(*page.next), query)
                              : QString(),
                    m_store.now());
    out.append(entries);
    return HttpResponse::atom(200, out.finish());
}

} // namespace ctct::sandbox
