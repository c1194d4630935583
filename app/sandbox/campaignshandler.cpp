// SPDX-License-Identifier: GPL-3.0-or-later
// E-mail campaigns (decision 10), their schedules and the campaign / contact event feeds (§6).
#include "campaignshandler.h"

#include "store.h"
#include "xml.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <limits>

using namespace Qt::StringLiterals;

namespace ctct::sandbox {

namespace {

constexpr qint64 kNinetyDays = 90LL * 24 * 3600 * 1000;

// Writable text elements in the order the server writes them.
const QStringList &campaignTextFields()
{
    static const QStringList fields = {u"Subject"_s,
                                       u"FromName"_s,
                                       u"ViewAsWebpage"_s,
                                       u"ViewAsWebpageLinkText"_s,
                                       u"ViewAsWebpageText"_s,
                                       u"PermissionReminder"_s,
                                       u"PermissionReminderText"_s,
                                       u"GreetingSalutation"_s,
                                       u"GreetingName"_s,
                                       u"GreetingString"_s,
                                       u"OrganizationName"_s,
                                       u"OrganizationAddress1"_s,
                                       u"OrganizationAddress2"_s,
                                       u"OrganizationAddress3"_s,
                                       u"OrganizationCity"_s,
                                       u"OrganizationState"_s,
                                       u"OrganizationInternationalState"_s,
                                       u"OrganizationCountry"_s,
                                       u"OrganizationPostalCode"_s,
                                       u"IncludeForwardEmail"_s,
                                       u"ForwardEmailLinkText"_s,
                                       u"IncludeSubscribeLink"_s,
                                       u"SubscribeLinkText"_s,
                                       u"EmailContentFormat"_s,
                                       u"EmailContent"_s,
                                       u"EmailTextContent"_s,
                                       u"StyleSheet"_s};
    return fields;
}

const QSet<QString> &campaignReadOnly()
{
    static const QSet<QString> names = {u"Date"_s,         u"LastEditDate"_s,  u"LastRunDate"_s, u"NextRunDate"_s,
                                        u"Sent"_s,         u"Opens"_s,         u"Clicks"_s,      u"Bounces"_s,
                                        u"Forwards"_s,     u"OptOuts"_s,       u"SpamReports"_s, u"SharePageURL"_s,
                                        u"CampaignType"_s, u"ArchiveStatus"_s, u"ArchiveURL"_s,  u"Urls"_s};
    return names;
}

struct EventKind
{
    QString collection;
    QString element;
    QString title;
};

const EventKind *eventKind(QStringView collection)
{
    static const QList<EventKind> kinds = {
        {u"sends"_s, u"SentEvent"_s, u"Send"_s},          {u"opens"_s, u"OpenEvent"_s, u"Open"_s},
        {u"clicks"_s, u"ClickEvent"_s, u"Click"_s},       {u"bounces"_s, u"BounceEvent"_s, u"Bounce"_s},
        {u"forwards"_s, u"ForwardEvent"_s, u"Forward"_s}, {u"optouts"_s, u"OptoutEvent"_s, u"OptOut"_s},
    };
    for (const EventKind &k : kinds) {
        if (k.collection == collection)
            return &k;
    }
    return nullptr;
}

QString campaignStatusFromQuery(const QString &value)
{
    const QString v = value.trimmed().toUpper();
    if (v == u"DRAFT")
        return u"Draft"_s;
    if (v == u"RUNNING")
        return u"Running"_s;
    if (v == u"SENT")
        return u"Sent"_s;
    if (v == u"SCHEDULED")
        return u"Scheduled"_s;
    return {};
}

} // namespace

HttpResponse CampaignsHandler::campaignsCollection(const HttpRequest &request)
{
    if (request.method == "POST")
        return campaignWrite(request, std::nullopt);
    if (request.method != "GET")
        return m_ctx.unsupported(request);
    const PageQuery query = m_ctx.pageQuery(request);
    const std::optional<qint64> offset = query.position(0);
    if (!offset || *offset < 0)
        return FeedContext::invalidToken();
    QString status;
    if (query.has(u"status")) {
        status = campaignStatusFromQuery(query.value(u"status"));
        if (status.isEmpty())
            return HttpResponse::error(
                400, u"status must be DRAFT, RUNNING, SENT or SCHEDULED (got \"%1\")"_s.arg(query.value(u"status")));
    }
    QSqlQuery &q = m_store.query(
        u"SELECT id, Name, Status, Date, updated FROM campaigns WHERE (COALESCE(?, '') = '' OR Status = ?) "
        "ORDER BY id DESC LIMIT ?, ?"_s);
    q.bindValue(0, status);
    q.bindValue(1, status);
    XmlWriter entries;
    const PageResult page = readPage(q, 2, Cursor::Offset, *offset, kPageSize, [&](const QSqlQuery &row) {
        const QString path = u"campaigns/"_s + row.value(0).toString();
        m_ctx.beginEntry(entries, m_ctx.editPath(path), path, row.value(1).toString(), row.value(4).toLongLong(),
                         false);
        entries.open(u"Campaign", {{u"xmlns", kCtctNs}, {u"id", m_ctx.idUri(path)}});
        entries.element(u"Name", row.value(1).toString());
        entries.element(u"Status", row.value(2).toString());
        entries.element(u"Date", atomTime(row.value(3).toLongLong()));
        entries.close().close().close();
    });
    if (!page.ok)
        return FeedContext::storageError();
    XmlWriter out;
    m_ctx.beginFeed(out, u"campaigns", u"Campaigns for customer: "_s + m_user, query,
                    page.next ? m_ctx.nextHref(u"campaigns"_s, QString::number(*page.next), query) : QString(),
                    m_store.now());
    out.append(entries);
    return HttpResponse::atom(200, out.finish());
}

QByteArray CampaignsHandler::campaignEntry(qint64 id, bool withSource)
{
    QSqlQuery &q =
        m_store.query(u"SELECT id, Name, Status, Date, LastEditDate, LastRunDate, NextRunDate, CampaignType, "
                      "SpamReports, from_email, reply_email, fields, updated FROM campaigns WHERE id = ?"_s);
    q.bindValue(0, id);
    if (!q.exec() || !q.next()) {
        q.finish();
        return {};
    }
    const QString name = q.value(1).toString();
    const QString status = q.value(2).toString();
    const qint64 date = q.value(3).toLongLong();
    const QVariant lastEdit = q.value(4);
    const QVariant lastRun = q.value(5);
    const QVariant nextRun = q.value(6);
    const QString type = q.value(7).toString();
    const qint64 spam = q.value(8).toLongLong();
    const qint64 fromEmail = q.value(9).toLongLong();
    const qint64 replyEmail = q.value(10).toLongLong();
    const QJsonObject fields = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
    const qint64 updated = q.value(12).toLongLong();
    q.finish();

    QHash<QString, qint64> counts;
    QSqlQuery &c = m_store.query(u"SELECT kind, COUNT(*) FROM campaign_events WHERE campaign_id = ? GROUP BY kind"_s);
    c.bindValue(0, id);
    c.exec();
    while (c.next())
        counts.insert(c.value(0).toString(), c.value(1).toLongLong());
    c.finish();

    const QString path = u"campaigns/"_s + QString::number(id);
    XmlWriter out;
    m_ctx.beginEntry(out, m_ctx.editPath(path), path, name, updated, true);
    out.open(u"Campaign", {{u"xmlns", kCtctNs}, {u"id", m_ctx.idUri(path)}});
    out.element(u"Name", name);
    out.element(u"Status", status);
    out.element(u"Date", atomTime(date));
    out.element(u"LastEditDate", lastEdit.isNull() ? QString() : atomTime(lastEdit.toLongLong()));
    out.element(u"LastRunDate", lastRun.isNull() ? QString() : atomTime(lastRun.toLongLong()));
    out.element(u"NextRunDate", nextRun.isNull() ? QString() : atomTime(nextRun.toLongLong()));
    out.element(u"Sent", counts.value(u"sends"_s));
    out.element(u"Opens", counts.value(u"opens"_s));
    out.element(u"Clicks", counts.value(u"clicks"_s));
    out.element(u"Bounces", counts.value(u"bounces"_s));
    out.element(u"Forwards", counts.value(u"forwards"_s));
    out.element(u"OptOuts", counts.value(u"optouts"_s));
    out.element(u"SpamReports", spam);
    out.element(u"SharePageURL",
                status == u"Sent"
                    ? u"http://campaign.r20.constantcontact.com/render?llr=q7wexbmab&v="_s + QString::number(id)
                    : QString());
    const auto text = [&fields](const QString &key) { return fields.value(key).toString(); };
    for (const QString &f : campaignTextFields()) {
        if (f == u"ViewAsWebpage")
            out.element(u"CampaignType", type);
        out.element(f, text(f));
    }
    out.element(u"ArchiveStatus", status == u"Sent" ? u"Archived" : u"");
    out.element(u"ArchiveURL", status == u"Sent"
                                   ? u"http://archive.constantcontact.com/fs041/1102938475566/archive/"_s +
                                         QString::number(id) + u".html"_s
                                   : QString());
    out.open(u"ContactLists");
    QSqlQuery &lists = m_store.query(u"SELECT list_id FROM campaign_lists WHERE campaign_id = ? ORDER BY list_id"_s);
    lists.bindValue(0, id);
    lists.exec();
    while (lists.next()) {
        const QString lp = u"lists/"_s + lists.value(0).toString();
        out.open(u"ContactList", {{u"id", m_ctx.idUri(lp)}});
        m_ctx.writeLink(out, m_ctx.editPath(lp));
        out.close();
    }
    lists.finish();
    out.close();
    const auto email = [&](QStringView element, qint64 emailId) {
        const QString address =
            m_store.scalar(u"SELECT EmailAddress FROM emailaddresses WHERE id = ?"_s, {emailId}).toString();
        const QString ep = u"settings/emailaddresses/"_s + QString::number(emailId);
        out.open(element);
        out.open(u"Email", {{u"id", m_ctx.idUri(ep)}});
        m_ctx.writeLink(out, m_ctx.editPath(ep));
        out.close();
        out.element(u"EmailAddress", address);
        out.close();
    };
    email(u"FromEmail", fromEmail);
    email(u"ReplyToEmail", replyEmail);
    QSqlQuery &urls = m_store.query(
        u"SELECT u.idx, u.url, (SELECT COUNT(*) FROM campaign_events e WHERE e.campaign_id = u.campaign_id "
        "AND e.kind = 'clicks' AND e.url_idx = u.idx) FROM campaign_urls u WHERE u.campaign_id = ? ORDER BY u.idx"_s);
    urls.bindValue(0, id);
    urls.exec();
    bool anyUrl = false;
    while (urls.next()) {
        if (!anyUrl)
            out.open(u"Urls");
        anyUrl = true;
        out.open(u"Url", {{u"id", m_ctx.idUri(path + u"/urls/"_s + urls.value(0).toString())}});
        out.element(u"Value", urls.value(1).toString());
        out.element(u"Clicks", urls.value(2).toLongLong());
        out.close();
    }
    urls.finish();
    if (anyUrl)
        out.close();
    out.close().close(); // Campaign, content
    if (withSource)
        m_ctx.writeSource(out, u"campaigns", u"Campaigns for customer: "_s + m_user, updated);
    return out.finish();
}

HttpResponse CampaignsHandler::campaignResource(const HttpRequest &request, const QString &idText)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || !m_store.scalar(u"SELECT 1 FROM campaigns WHERE id = ?"_s, {id}).isValid())
        return HttpResponse::error(404, u"no campaign %1"_s.arg(idText));
    if (request.method == "GET")
        return FeedContext::entry(campaignEntry(id, true));
    if (request.method == "PUT")
        return campaignWrite(request, id);
    if (request.method == "DELETE") {
        const QString status = m_store.scalar(u"SELECT Status FROM campaigns WHERE id = ?"_s, {id}).toString();
        if (status != u"Draft" && status != u"Scheduled")
            return HttpResponse::error(
                400, u"campaign %1 is %2; only Draft and Scheduled campaigns can be deleted"_s.arg(idText, status));
        const bool stored = m_store.transact([&] {
            return m_store.exec(u"DELETE FROM campaign_lists WHERE campaign_id = ?"_s, {id}) &&
                   m_store.exec(u"DELETE FROM campaign_urls WHERE campaign_id = ?"_s, {id}) &&
                   m_store.exec(u"DELETE FROM campaign_events WHERE campaign_id = ?"_s, {id}) &&
                   m_store.exec(u"DELETE FROM campaigns WHERE id = ?"_s, {id});
        });
        if (!stored)
            return FeedContext::storageError();
        return HttpResponse::noContent();
    }
    return m_ctx.unsupported(request);
}

HttpResponse CampaignsHandler::campaignWrite(const HttpRequest &request, std::optional<qint64> id)
{
    if (auto bad = m_ctx.checkAtomContentType(request))
        return *bad;
    QString currentStatus;
    if (id) {
        currentStatus = m_store.scalar(u"SELECT Status FROM campaigns WHERE id = ?"_s, {*id}).toString();
        if (currentStatus != u"Draft" && currentStatus != u"Scheduled")
            return HttpResponse::error(
                400,
                u"campaign %1 is %2; only Draft and Scheduled campaigns can be changed"_s.arg(*id).arg(currentStatus));
    }
    QString error;
    const auto root = parseXml(request.body, &error);
    if (!root)
        return HttpResponse::error(400, error);
    const XmlNode *payload = ctctPayload(*root, u"Campaign", &error);
    if (!payload)
        return HttpResponse::error(400, error);

    QJsonObject fields;
    QString name;
    QList<qint64> lists;
    std::optional<qint64> fromEmail;
    std::optional<qint64> replyEmail;
    const QStringList &textFields = campaignTextFields();
    for (const XmlNode &c : payload->children) {
        if (c.ns != kCtctNs)
            continue;
        if (c.name == u"Name") {
            name = c.text.trimmed();
        } else if (c.name == u"Status") {
            const QString s = campaignStatusFromQuery(c.text);
            if (s.isEmpty())
                return HttpResponse::error(
                    400, u"Status must be Draft, Scheduled, Running or Sent (got \"%1\")"_s.arg(c.text));
            if (!id && s != u"Draft")
                return HttpResponse::error(400, u"a new campaign must be a Draft (got \"%1\")"_s.arg(c.text));
        } else if (textFields.contains(c.name)) {
            fields.insert(c.name, c.text);
        } else if (c.name == u"ContactLists") {
            for (const XmlNode &l : c.children) {
                if (l.name != u"ContactList")
                    return HttpResponse::error(400, u"unknown element <%1> in ContactLists"_s.arg(l.name));
                const auto listId = m_ctx.listIdFromUri(l.attribute(u"id"));
                if (!listId)
                    return HttpResponse::error(400, u"unknown contact list \"%1\""_s.arg(l.attribute(u"id")));
                if (!lists.contains(*listId))
                    lists.append(*listId);
            }
        } else if (c.name == u"FromEmail" || c.name == u"ReplyToEmail") {
            const XmlNode *email = c.child(u"Email");
            const QString uri = email ? email->attribute(u"id") : QString();
            const auto emailId = m_ctx.idFromUri(uri, u"settings/emailaddresses");
            const QString status =
                emailId ? m_store.scalar(u"SELECT Status FROM emailaddresses WHERE id = ?"_s, {emailId->toLongLong()})
                              .toString()
                        : QString();
            if (status.isEmpty())
                return HttpResponse::error(400, u"%1 must name an account e-mail address: <Email id=\"…/settings/"
                                                "emailaddresses/N\"> (got \"%2\")"_s.arg(c.name, uri));
            if (status != u"Verified")
                return HttpResponse::error(400, u"%1 %2 is not verified"_s.arg(c.name, uri));
            (c.name == u"FromEmail" ? fromEmail : replyEmail) = emailId->toLongLong();
        } else if (campaignReadOnly().contains(c.name)) {
            continue;
        } else {
            return HttpResponse::error(
                400, u"unknown element <%1> in Campaign (element names are case-sensitive)"_s.arg(c.name));
        }
    }
    // Required elements (the documented minimal campaign).
    if (name.isEmpty())
        return HttpResponse::error(400, u"Name is required"_s);
    if (name.size() > 80)
        return HttpResponse::error(400, u"Name is longer than 80 characters"_s);
    for (const QString &required : {u"Subject"_s, u"FromName"_s, u"EmailContent"_s, u"EmailTextContent"_s}) {
        if (fields.value(required).toString().trimmed().isEmpty())
            return HttpResponse::error(400, u"%1 is required"_s.arg(required));
    }
    if (!fromEmail)
        return HttpResponse::error(400, u"FromEmail is required"_s);
    if (!replyEmail)
        return HttpResponse::error(400, u"ReplyToEmail is required"_s);
    // Enumerations
    const auto checkEnum = [&fields](const QString &key, const QStringList &allowed, bool upper) -> QString {
        // Absent or empty: not set. GET writes an unset value as an empty element, and an entry
        // sent back as it was read must be accepted.
        if (fields.value(key).toString().trimmed().isEmpty())
            return {};
        QString v = fields.value(key).toString().trimmed();
        if (upper)
            v = v.toUpper();
        if (!allowed.contains(v))
            return u"%1 must be one of %2 (got \"%3\")"_s.arg(key, allowed.join(u", "), fields.value(key).toString());
        fields.insert(key, v);
        return {};
    };
    for (const QString &yesNo :
         {u"ViewAsWebpage"_s, u"PermissionReminder"_s, u"IncludeForwardEmail"_s, u"IncludeSubscribeLink"_s}) {
        const QString bad = checkEnum(yesNo, {u"YES"_s, u"NO"_s}, true);
        if (!bad.isEmpty())
            return HttpResponse::error(400, bad);
    }
    QString bad =
        checkEnum(u"GreetingName"_s, {u"FirstName"_s, u"LastName"_s, u"FirstAndLastName"_s, u"None"_s}, false);
    if (bad.isEmpty())
        bad = checkEnum(u"EmailContentFormat"_s, {u"HTML"_s, u"XHTML"_s}, false);
    if (!bad.isEmpty())
        return HttpResponse::error(400, bad);
    static const QRegularExpression textWrapper(u"^\\s*<Text>.*</Text>\\s*$"_s,
                                                QRegularExpression::DotMatchesEverythingOption);
    if (!textWrapper.match(fields.value(u"EmailTextContent"_s).toString()).hasMatch())
        return HttpResponse::error(400, u"EmailTextContent must be wrapped in <Text>…</Text>"_s);
    const QString content = fields.value(u"EmailContent"_s).toString();
    if (fields.value(u"EmailContentFormat"_s).toString() == u"XHTML") {
        QXmlStreamReader check(content);
        while (!check.atEnd())
            check.readNext();
        if (check.hasError())
            return HttpResponse::error(400, u"EmailContent is not well-formed XHTML: %1"_s.arg(check.errorString()));
    } else if (!content.contains(u"<html", Qt::CaseInsensitive)) {
        return HttpResponse::error(400, u"EmailContent must be an HTML document (<html>…</html>)"_s);
    }
    if (fields.value(u"ViewAsWebpage"_s).toString() == u"YES" &&
        (fields.value(u"ViewAsWebpageLinkText"_s).toString().isEmpty() ||
         fields.value(u"ViewAsWebpageText"_s).toString().isEmpty()))
        return HttpResponse::error(400, u"ViewAsWebpage YES needs ViewAsWebpageLinkText and ViewAsWebpageText"_s);
    if (!fields.contains(u"EmailContentFormat"_s))
        fields.insert(u"EmailContentFormat"_s, u"HTML"_s);

    const QVariant clash =
        m_store.scalar(u"SELECT id FROM campaigns WHERE Name = ? AND id <> ?"_s, {name, id.value_or(-1)});
    if (clash.isValid())
        return HttpResponse::error(409, u"a campaign named %1 already exists"_s.arg(name));

    const qint64 now = m_store.now();
    const QString json = QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    qint64 cid = 0;
    const bool stored = m_store.transact([&] {
        if (id) {
            cid = *id;
            if (!m_store.exec(u"UPDATE campaigns SET Name = ?, LastEditDate = ?, from_email = ?, reply_email = ?, "
                              "fields = ?, updated = ? WHERE id = ?"_s,
                              {name, now, *fromEmail, *replyEmail, json, now, cid}) ||
                !m_store.exec(u"DELETE FROM campaign_lists WHERE campaign_id = ?"_s, {cid}))
                return false;
        } else {
            const QVariant max = m_store.scalar(u"SELECT MAX(id) FROM campaigns"_s);
            cid = max.isNull() ? 1100546096289LL : max.toLongLong() + 1009;
            if (!m_store.exec(u"INSERT INTO campaigns(id, Name, Status, Date, LastEditDate, CampaignType, from_email, "
                              "reply_email, fields, updated) VALUES(?, ?, 'Draft', ?, ?, 'CUSTOM', ?, ?, ?, ?)"_s,
                              {cid, name, now, now, *fromEmail, *replyEmail, json, now}))
                return false;
        }
        for (qint64 l : std::as_const(lists)) {
            if (!m_store.exec(u"INSERT INTO campaign_lists(campaign_id, list_id) VALUES(?, ?)"_s, {cid, l}))
                return false;
        }
        return true;
    });
    if (!stored)
        return FeedContext::storageError();
    if (id)
        return HttpResponse::noContent();
    return FeedContext::created(m_ctx.idUri(u"campaigns/"_s + QString::number(cid)), campaignEntry(cid, false));
}

HttpResponse CampaignsHandler::campaignSchedules(const HttpRequest &request, qint64 id, const QStringList &rest)
{
    const QString status = m_store.scalar(u"SELECT Status FROM campaigns WHERE id = ?"_s, {id}).toString();
    const QVariant next = m_store.scalar(u"SELECT NextRunDate FROM campaigns WHERE id = ?"_s, {id});
    const QString base = u"campaigns/"_s + QString::number(id) + u"/schedules"_s;
    const auto writeSchedule = [&](XmlWriter &out, bool standalone) {
        const QString path = base + u"/1"_s;
        m_ctx.beginEntry(out, m_ctx.editPath(path), path, u"Schedule"_s, next.toLongLong(), standalone);
        out.open(u"Schedule", {{u"xmlns", kCtctNs}, {u"id", m_ctx.idUri(path)}});
        out.element(u"ScheduledTime", atomTime(next.toLongLong()));
        out.close().close();
    };
    const bool scheduled = status == u"Scheduled" && !next.isNull();
    if (rest.isEmpty()) {
        if (request.method == "GET") {
            XmlWriter out;
            m_ctx.beginFeed(out, base, u"Schedules"_s, PageQuery(), QString(), m_store.now());
            if (scheduled) {
                writeSchedule(out, false);
                out.close();
            }
            return HttpResponse::atom(200, out.finish());
        }
        if (request.method != "POST")
            return m_ctx.unsupported(request);
        if (auto bad = m_ctx.checkAtomContentType(request))
            return *bad;
        if (status != u"Draft")
            return HttpResponse::error(400, u"only a Draft campaign can be scheduled (this one is %1)"_s.arg(status));
        QString error;
        const auto root = parseXml(request.body, &error);
        if (!root)
            return HttpResponse::error(400, error);
        const XmlNode *payload = entryPayload(*root, &error);
        if (!payload)
            return HttpResponse::error(400, error);
        if (payload->name != u"Schedule")
            return HttpResponse::error(400, u"expected a <Schedule>, got <%1>"_s.arg(payload->name));
        const auto when = parseUtcTime(payload->childText(u"ScheduledTime").trimmed());
        if (!when)
            return HttpResponse::error(400, u"ScheduledTime must be a UTC date-time"_s);
        if (*when <= m_store.now())
            return HttpResponse::error(400, u"ScheduledTime must be in the future"_s);
        if (m_store.scalar(u"SELECT COUNT(*) FROM campaign_lists WHERE campaign_id = ?"_s, {id}).toLongLong() == 0)
            return HttpResponse::error(400, u"the campaign has no contact lists to send to"_s);
        if (!m_store.exec(
                u"UPDATE campaigns SET Status = 'Scheduled', NextRunDate = ?, Date = ?, updated = ? WHERE id = ?"_s,
                {*when, *when, m_store.now(), id}))
            return FeedContext::storageError();
        return HttpResponse::created(m_ctx.idUri(base + u"/1"_s), [&] {
            XmlWriter out;
            const QString path = base + u"/1"_s;
            m_ctx.beginEntry(out, m_ctx.editPath(path), path, u"Schedule"_s, *when, true);
            out.open(u"Schedule", {{u"xmlns", kCtctNs}, {u"id", m_ctx.idUri(path)}});
            out.element(u"ScheduledTime", atomTime(*when));
            return out.finish();
        }());
    }
    if (rest.size() != 1 || rest.first() != u"1" || !scheduled)
        return HttpResponse::error(404, u"no schedule %1 for campaign %2"_s.arg(rest.join(u'/')).arg(id));
    if (request.method == "GET") {
        XmlWriter out;
        writeSchedule(out, true);
        return HttpResponse::atom(200, out.finish());
    }
    if (request.method == "DELETE") {
        if (!m_store.exec(u"UPDATE campaigns SET Status = 'Draft', NextRunDate = NULL, updated = ? WHERE id = ?"_s,
                          {m_store.now(), id}))
            return FeedContext::storageError();
        return HttpResponse::noContent();
    }
    return m_ctx.unsupported(request);
}

HttpResponse CampaignsHandler::eventFeed(const HttpRequest &request, bool byCampaign, qint64 ownerId,
                                         const QString &kindName)
{
    const EventKind *kind = eventKind(kindName);
    if (!kind)
        return HttpResponse::error(
            404, u"no event collection %1 (bounces, clicks, forwards, opens, optouts, sends)"_s.arg(kindName));
    const PageQuery query = m_ctx.pageQuery(request);
    const std::optional<qint64> after = query.position(0);
    if (!after)
        return FeedContext::invalidToken();
    int pageSize = kPageSize;
    bool ok = true;
    if (query.has(u"pageSize")) {
        pageSize = query.value(u"pageSize").toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > 200)
            return HttpResponse::error(400,
                                       u"pageSize must be from 1 to 200 (got \"%1\")"_s.arg(query.value(u"pageSize")));
    }
    const QString owner = (byCampaign ? u"campaigns/"_s : u"contacts/"_s) + QString::number(ownerId);
    const QString feedPath = owner + u"/events/"_s + kind->collection;
    QSqlQuery &q = m_store.query(
        u"SELECT e.id, e.contact_id, c.EmailAddress, e.campaign_id, k.Name, e.time, u.url, e.code, e.description, "
        "e.message, e.source, e.reason FROM campaign_events e JOIN contacts c ON c.id = e.contact_id "
        "JOIN campaigns k ON k.id = e.campaign_id "
        "LEFT JOIN campaign_urls u ON u.campaign_id = e.campaign_id AND u.idx = e.url_idx "
        "WHERE "_s +
        (byCampaign ? u"e.campaign_id"_s : u"e.contact_id"_s) +
        u" = ? AND e.kind = ? AND e.time >= ? AND e.id > ? ORDER BY e.id LIMIT ?"_s);
    q.bindValue(0, ownerId);
    q.bindValue(1, kind->collection);
    q.bindValue(2, m_store.now() - kNinetyDays);
    XmlWriter entries;
    qint64 newest = 0;
    const PageResult page = readPage(q, 3, Cursor::Key, *after, pageSize, [&](const QSqlQuery &q) {
        const qint64 eid = q.value(0).toLongLong();
        const QString entryPath = feedPath + u'/' + QString::number(eid);
        const QString contactPath = u"contacts/"_s + q.value(1).toString();
        const QString campaignPath = u"campaigns/"_s + q.value(3).toString();
        const qint64 time = q.value(5).toLongLong();
        newest = std::max(newest, time);
        m_ctx.beginEntry(
            entries, QString(), entryPath,
            u"%1 Event for Customer: %2, Campaign: %3"_s.arg(kind->title, m_user, m_ctx.idUri(campaignPath)), time,
            false);
        entries.open(kind->element, {{u"xmlns", kCtctNs}, {u"id", m_ctx.idUri(entryPath)}});
        entries.open(u"Contact", {{u"id", m_ctx.idUri(contactPath)}});
        entries.element(u"EmailAddress", q.value(2).toString());
        m_ctx.writeLink(entries, m_ctx.idUri(contactPath));
        entries.close();
        entries.open(u"Campaign", {{u"id", m_ctx.idUri(campaignPath)}});
        m_ctx.writeLink(entries, m_ctx.idUri(campaignPath));
        entries.element(u"Name", q.value(4).toString());
        entries.close();
        entries.element(u"EventTime", atomTime(time));
        if (kind->collection == u"clicks")
            entries.element(u"LinkUrl", q.value(6).toString());
        if (kind->collection == u"bounces") {
            entries.element(u"Code", q.value(7).toString());
            entries.element(u"Description", q.value(8).toString());
            entries.element(u"BounceMessage", q.value(9).toString());
        }
        if (kind->collection == u"optouts") {
            entries.element(u"OptOutSource", q.value(10).toString());
            entries.element(u"OptOutReason", q.value(11).toString());
        }
        entries.close().close().close();
    });
    if (!page.ok)
        return FeedContext::storageError();
    XmlWriter out;
    m_ctx.beginFeed(
        out, feedPath,
        u"%1 Events for Customer: %2, %3 id: %4"_s.arg(kind->title, m_user, byCampaign ? u"Campaign"_s : u"Contact"_s)
            .arg(ownerId),
        query, page.next ? m_ctx.nextHref(feedPath, QString::number(*page.next), query) : QString(),
        newest > 0 ? newest : m_store.now());
    out.append(entries);
    return HttpResponse::atom(200, out.finish());
}

} // namespace ctct::sandbox
