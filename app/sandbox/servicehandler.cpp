// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicehandler.h"

#include "store.h"
#include "xml.h"

using namespace Qt::StringLiterals;

namespace ctct::sandbox {

HttpResponse ServiceHandler::serviceDocument()
{
    XmlWriter out;
    out.open(u"service", {{u"xmlns", kAppNs}, {u"xmlns:atom", kAtomNs}});
    out.open(u"workspace");
    out.element(u"atom:title", u"Web Services for Customer: "_s + m_user);
    const auto collection = [&](QStringView path, QStringView title, QList<QStringView> accepts) {
        out.open(u"collection", {{u"href", m_ctx.idUri(path)}});
        out.element(u"atom:title", title);
        if (accepts.isEmpty())
            out.empty(u"accept");
        for (QStringView a : accepts)
            out.element(u"accept", a);
        out.close();
    };
    collection(u"contacts", u"Contacts", {u"application/atom+xml;type=entry"});
    collection(u"lists", u"Contact Lists", {u"application/atom+xml;type=entry"});
    collection(u"campaigns", u"Campaigns", {u"application/atom+xml;type=entry"});
    collection(u"activities", u"Bulk Activity", {u"application/x-www-form-urlencoded", u"multipart/form-data"});
    collection(u"settings/emailaddresses", u"Email Addresses", {});
    collection(u"events", u"Events", {u"application/atom+xml;type=entry"});
    return HttpResponse::atom(200, out.finish());
}

HttpResponse ServiceHandler::eventsServiceDocument(QStringView owner, const QString &ownerId)
{
    const QString base = (owner == u"Campaign" ? u"campaigns/"_s : u"contacts/"_s) + ownerId + u"/events/"_s;
    const QString suffix = u" Events for Customer: %1, %2 id: %3"_s.arg(m_user, owner, ownerId);
    XmlWriter out;
    out.open(u"service", {{u"xmlns", kAppNs}, {u"xmlns:atom", kAtomNs}});
    out.open(u"workspace");
    out.element(u"atom:title", u"Events for Customer: %1, %2 id: %3"_s.arg(m_user, owner, ownerId));
    const QList<QPair<QString, QString>> kinds = {{u"bounces"_s, u"Bounce"_s},   {u"clicks"_s, u"Click"_s},
                                                  {u"forwards"_s, u"Forward"_s}, {u"opens"_s, u"Open"_s},
                                                  {u"optouts"_s, u"OptOut"_s},   {u"sends"_s, u"Send"_s}};
    for (const auto &[kind, title] : kinds) {
        out.open(u"collection", {{u"href", m_ctx.idUri(base + kind)}});
        out.element(u"atom:title", title + suffix);
        out.element(u"accept", u"application/atom+xml; type=entry");
        out.close();
    }
    return HttpResponse::atom(200, out.finish());
}

HttpResponse ServiceHandler::emailAddresses(const HttpRequest &request, const QStringList &segments)
{
    if (request.method != "GET")
        return m_ctx.unsupported(request);
    const auto writeEntry = [this](XmlWriter &out, QSqlQuery &q, bool standalone) {
        const QString path = u"settings/emailaddresses/"_s + q.value(0).toString();
        m_ctx.beginEntry(out, m_ctx.editPath(path), path, q.value(1).toString(), q.value(4).toLongLong(), standalone);
        out.open(u"Email", {{u"xmlns", kCtctNs}, {u"id", m_ctx.idUri(path)}});
        out.element(u"EmailAddress", q.value(1).toString());
        out.element(u"Status", q.value(2).toString());
        if (!q.value(3).isNull())
            out.element(u"VerifiedTime", atomTime(q.value(3).toLongLong()));
        out.close().close();
    };
    if (segments.isEmpty()) {
        const PageQuery query = m_ctx.pageQuery(request);
        XmlWriter out;
        m_ctx.beginFeed(out, u"settings/emailaddresses", u"Email Addresses for Customer: "_s + m_user, query, {},
                        m_store.now());
        QSqlQuery &q = m_store.query(u"SELECT id, EmailAddress, Status, VerifiedTime, updated FROM emailaddresses "
                                     "ORDER BY id"_s);
        q.exec();
        while (q.next()) {
            writeEntry(out, q, false);
            out.close();
        }
        q.finish();
        return HttpResponse::atom(200, out.finish());
    }
    QSqlQuery &q =
        m_store.query(u"SELECT id, EmailAddress, Status, VerifiedTime, updated FROM emailaddresses WHERE id = ?"_s);
    q.bindValue(0, segments.first().toLongLong());
    if (!q.exec() || !q.next()) {
        q.finish();
        return HttpResponse::error(404, u"no e-mail address %1"_s.arg(segments.first()));
    }
    XmlWriter out;
    writeEntry(out, q, true);
    const qint64 updated = q.value(4).toLongLong();
    q.finish();
    m_ctx.writeSource(out, u"settings/emailaddresses", u"Email Addresses for Customer: "_s + m_user, updated);
    return HttpResponse::atom(200, out.finish());
}

} // namespace ctct::sandbox
