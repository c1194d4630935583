// SPDX-License-Identifier: GPL-3.0-or-later
#include "api.h"

#include "activityrunner.h"
#include "logging.h"
#include "store.h"
#include "xml.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ctct::sandbox {

const QList<ContactField> kContactFields = {
    {u"EmailAddress", u"EMAIL ADDRESS", 80},
    {u"EmailType", u"EMAIL TYPE", 0},
    {u"FirstName", u"FIRST NAME", 50},
    {u"MiddleName", u"MIDDLE NAME", 50},
    {u"LastName", u"LAST NAME", 50},
    {u"JobTitle", u"JOB TITLE", 50},
    {u"CompanyName", u"COMPANY NAME", 100},
    {u"HomePhone", u"HOME PHONE", 50},
    {u"WorkPhone", u"WORK PHONE", 50},
    {u"Addr1", u"ADDRESS LINE 1", 50},
    {u"Addr2", u"ADDRESS LINE 2", 50},
    {u"Addr3", u"ADDRESS LINE 3", 50},
    {u"City", u"CITY", 50},
    {u"StateCode", u"STATE", 50},
    {u"StateName", u"STATE/PROVINCE (US/CANADA)", 50},
    {u"CountryCode", u"COUNTRY CODE", 50},
    {u"CountryName", u"COUNTRY", 50},
    {u"PostalCode", u"POSTAL CODE", 25},
    {u"SubPostalCode", u"SUB POSTAL CODE", 25},
    {u"Note", u"NOTES", 500},
    {u"CustomField1", u"CUSTOM FIELD 1", 50},
    {u"CustomField2", u"CUSTOM FIELD 2", 50},
    {u"CustomField3", u"CUSTOM FIELD 3", 50},
    {u"CustomField4", u"CUSTOM FIELD 4", 50},
    {u"CustomField5", u"CUSTOM FIELD 5", 50},
    {u"CustomField6", u"CUSTOM FIELD 6", 50},
    {u"CustomField7", u"CUSTOM FIELD 7", 50},
    {u"CustomField8", u"CUSTOM FIELD 8", 50},
    {u"CustomField9", u"CUSTOM FIELD 9", 50},
    {u"CustomField10", u"CUSTOM FIELD 10", 50},
    {u"CustomField11", u"CUSTOM FIELD 11", 50},
    {u"CustomField12", u"CUSTOM FIELD 12", 50},
    {u"CustomField13", u"CUSTOM FIELD 13", 50},
    {u"CustomField14", u"CUSTOM FIELD 14", 50},
    {u"CustomField15", u"CUSTOM FIELD 15", 50},
};

const ContactField *contactFieldByColumn(QStringView column)
{
    for (const ContactField &f : kContactFields) {
        if (column.compare(f.csvColumn, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

QString PageQuery::value(QStringView key) const
{
    for (const auto &[k, v] : items) {
        if (k == key)
            return v;
    }
    return {};
}

QStringList PageQuery::values(QStringView key) const
{
    QStringList result;
    for (const auto &[k, v] : items) {
        if (k == key)
            result.append(v);
    }
    return result;
}

bool PageQuery::has(QStringView key) const
{
    for (const auto &item : items) {
        if (item.first == key)
            return true;
    }
    return false;
}

QString atomTime(qint64 msecs)
{
    // Hand-made yyyy-MM-ddTHH:mm:ss.zzzZ: QDateTime::toString dominated page profiles.
    qint64 days = msecs / 86400000;
    qint64 rest = msecs % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    const QDate date = QDate::fromJulianDay(2440588 + days);
    const int year = date.year();
    if (year < 0 || year > 9999)
        return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs);
    const int ms = int(rest % 1000);
    const int secs = int(rest / 1000);
    char16_t buf[24];
    const auto put = [&buf](int pos, int value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            buf[pos + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    buf[4] = u'-';
    put(5, date.month(), 2);
    buf[7] = u'-';
    put(8, date.day(), 2);
    buf[10] = u'T';
    put(11, secs / 3600, 2);
    buf[13] = u':';
    put(14, secs / 60 % 60, 2);
    buf[16] = u':';
    put(17, secs % 60, 2);
    buf[19] = u'.';
    put(20, ms, 3);
    buf[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(buf), 24);
}

std::optional<qint64> parseUtcTime(const QString &text)
{
    static const QRegularExpression dateTime(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$"_s);
    static const QRegularExpression dateOnly(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (dateTime.match(text).hasMatch()) {
        const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (dt.isValid())
            return dt.toMSecsSinceEpoch();
    } else if (dateOnly.match(text).hasMatch()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            return QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    return std::nullopt;
}

bool isValidEmail(QStringView email)
{
    static const QRegularExpression re(
        u"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@"
        "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$"_s);
    return email.size() <= 80 && re.match(email.toString()).hasMatch();
}

Api::Api(Store &store, const QString &user, int activityStepMs, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_user(user)
    , m_idBase(u"http://api.constantcontact.com/ws/customers/%1/"_s.arg(user))
    , m_pathBase(u"/ws/customers/%1/"_s.arg(user))
    , m_runner(std::make_unique<ActivityRunner>(*this, activityStepMs))
{}

Api::~Api() = default;

QString Api::idUri(const XmlText &path) const
{
    return m_idBase + path.view();
}

QString Api::editPath(const XmlText &path) const
{
    return m_pathBase + path.view();
}

std::optional<QString> Api::idFromUri(const QString &uri, QStringView collection) const
{
    QString path = uri.trimmed();
    if (path.startsWith(u"http://") || path.startsWith(u"https://")) {
        const qsizetype hostStart = path.indexOf(u"//") + 2;
        const qsizetype slash = path.indexOf(u'/', hostStart);
        if (slash < 0)
            return std::nullopt;
        path = path.mid(slash);
    }
    const QString prefix = m_pathBase + collection + u'/';
    if (!path.startsWith(prefix))
        return std::nullopt;
    QString id = path.mid(prefix.size());
    if (id.isEmpty() || id.contains(u'/'))
        return std::nullopt;
    return id;
}

std::optional<qint64> Api::listIdFromUri(const QString &uri) const
{
    const auto id = idFromUri(uri, u"lists");
    if (!id)
        return std::nullopt;
    bool ok = false;
    const qint64 n = id->toLongLong(&ok);
    if (!ok || n <= 0)
        return std::nullopt;
    if (!m_store.scalar(u"SELECT 1 FROM lists WHERE id = ?"_s, {n}).isValid())
        return std::nullopt;
    return n;
}

HttpResponse Api::handle(const HttpRequest &request, const QString &rest)
{
    const bool trailingSlash = rest.endsWith(u'/');
    const QStringList segments = rest.split(u'/', Qt::SkipEmptyParts);
    return dispatch(request, segments, trailingSlash);
}

HttpResponse Api::unsupported(const HttpRequest &request)
{
    return HttpResponse::error(
        415, u"method %1 is not supported on %2"_s.arg(QString::fromLatin1(request.method), request.path));
}

std::optional<HttpResponse> Api::checkAtomContentType(const HttpRequest &request)
{
    const QByteArray type = request.header("Content-Type").split(';').first().trimmed().toLower();
    if (type == "application/atom+xml" || type == "application/xml" || type == "text/xml")
        return std::nullopt;
    return HttpResponse::error(415, u"content type \"%1\" is not accepted here; send application/atom+xml"_s.arg(
                                        QString::fromUtf8(request.header("Content-Type"))));
}

HttpResponse Api::dispatch(const HttpRequest &request, const QStringList &s, bool trailingSlash)
{
    const QByteArray &m = request.method;
    const qsizetype n = s.size();
    const auto notFound = [&request] { return HttpResponse::error(404, u"no resource at %1"_s.arg(request.path)); };

    if (n == 0) {
        if (m != "GET")
            return unsupported(request);
        return serviceDocument();
    }
    const QString &top = s.first();
    if (top == u"contacts") {
        if (n == 1)
            return contactsCollection(request);
        if (n == 2)
            return contactResource(request, s.at(1));
        if (s.at(2) == u"events" && (n == 3 || n == 4)) {
            bool ok = false;
            const qint64 id = s.at(1).toLongLong(&ok);
            if (!ok || !m_store.scalar(u"SELECT 1 FROM contacts WHERE id = ?"_s, {id}).isValid())
                return HttpResponse::error(404, u"no contact %1"_s.arg(s.at(1)));
            if (m != "GET")
                return unsupported(request);
            if (n == 3) {
                if (!trailingSlash)
                    return HttpResponse::error(404, u"the events service document needs a trailing '/'"_s);
                return eventsServiceDocument(u"Contact", s.at(1));
            }
            return eventFeed(request, false, id, s.at(3));
        }
        return notFound();
    }
    if (top == u"lists") {
        if (n == 1)
            return listsCollection(request);
        if (n == 2)
            return listResource(request, s.at(1));
        if (n == 3 && s.at(2) == u"members")
            return listMembers(request, s.at(1));
        return notFound();
    }
    if (top == u"campaigns") {
        if (n == 1)
            return campaignsCollection(request);
        if (n == 2)
            return campaignResource(request, s.at(1));
        bool ok = false;
        const qint64 id = s.at(1).toLongLong(&ok);
        if (!ok || !m_store.scalar(u"SELECT 1 FROM campaigns WHERE id = ?"_s, {id}).isValid())
            return HttpResponse::error(404, u"no campaign %1"_s.arg(s.at(1)));
        if (s.at(2) == u"events" && (n == 3 || n == 4)) {
            if (m != "GET")
                return unsupported(request);
            if (n == 3) {
                if (!trailingSlash)
                    return HttpResponse::error(404, u"the events service document needs a trailing '/'"_s);
                return eventsServiceDocument(u"Campaign", s.at(1));
            }
            return eventFeed(request, true, id, s.at(3));
        }
        if (s.at(2) == u"schedules" && n <= 4)
            return campaignSchedules(request, id, s.mid(3));
        return notFound();
    }
    if (top == u"settings") {
        if (n >= 2 && n <= 3 && s.at(1) == u"emailaddresses")
            return emailAddresses(request, s.mid(2));
        return notFound();
    }
    if (top == u"activities") {
        if (n == 1)
            return activitiesCollection(request);
        if (n == 2)
            return activityResource(request, s.at(1));
        return notFound();
    }
    if (top == u"events")
        return eventMarketing(request, s.mid(1));
    return notFound();
}

PageQuery Api::pageQuery(const HttpRequest &request) const
{
    PageQuery q;
    q.items = request.queryItems();
    QString token;
    for (const auto &[k, v] : std::as_const(q.items)) {
        if (k == u"next")
            token = v;
    }
    if (token.isEmpty())
        return q;
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                              QByteArray::OmitTrailingEquals |
                                                                              QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype bar = decoded.decoded.indexOf('|');
    if (!decoded || bar < 1) {
        q.valid = false;
        return q;
    }
    q.cursor = QString::fromUtf8(decoded.decoded.left(bar));
    q.items = parseFormEncoded(decoded.decoded.mid(bar + 1));
    return q;
}

QString Api::nextHref(const QString &path, const QString &cursor, const PageQuery &query) const
{
    QByteArray packed = cursor.toUtf8() + '|';
    bool first = true;
    for (const auto &[k, v] : query.items) {
        if (k == u"next")
            continue;
        if (!first)
            packed += '&';
        first = false;
        packed += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    const QByteArray token = packed.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return editPath(path) + u"?next="_s + QString::fromLatin1(token);
}

void Api::writeLink(XmlWriter &out, QStringView href) const
{
    out.empty(u"link", {{u"xmlns", kAtomNs}, {u"href", href}, {u"rel", u"self"}});
}

void Api::beginFeed(XmlWriter &out, const XmlText &pathText, const XmlText &title, const PageQuery &query,
                    const QString &next, qint64 updated) const
{
    const QStringView path = pathText.view();
    const QString last = path.mid(path.lastIndexOf(u'/') + 1).toString();
    out.open(u"feed", {{u"xmlns", kAtomNs}});
    out.element(u"id", idUri(path));
    out.element(u"title", {{u"type", u"text"}}, title);
    out.empty(u"link", {{u"href", last}});
    out.empty(u"link", {{u"href", last}, {u"rel", u"self"}});
    out.open(u"author").element(u"name", m_user).close();
    out.element(u"updated", atomTime(updated));
    if (!next.isEmpty())
        out.empty(u"link", {{u"href", next}, {u"rel", u"next"}});
    const QString first = editPath(path);
    out.empty(u"link", {{u"href", first}, {u"rel", u"first"}});
    QString current = first;
    if (!query.cursor.isEmpty() || !query.items.isEmpty()) {
        QStringList parts;
        for (const auto &[k, v] : query.items)
            parts.append(QString::fromLatin1(QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v)));
        if (!parts.isEmpty())
            current += u'?' + parts.join(u'&');
    }
    out.empty(u"link", {{u"href", current}, {u"rel", u"current"}});
}

void Api::beginEntry(XmlWriter &out, const XmlText &editText, const XmlText &idPath, const XmlText &title,
                     qint64 updated, bool standalone) const
{
    const QStringView edit = editText.view();
    if (standalone)
        out.open(u"entry", {{u"xmlns", kAtomNs}});
    else
        out.open(u"entry");
    if (!edit.isEmpty())
        out.empty(u"link", {{u"href", edit}, {u"rel", u"edit"}});
    out.element(u"id", idUri(idPath));
    out.element(u"title", {{u"type", u"text"}}, title);
    out.element(u"updated", atomTime(updated));
    out.open(u"author").element(u"name", u"Constant Contact").close();
    out.open(u"content", {{u"type", u"application/vnd.ctct+xml"}});
}

void Api::writeSource(XmlWriter &out, const XmlText &collectionText, const XmlText &title, qint64 updated) const
{
    const QStringView collectionPath = collectionText.view();
    const QString last = collectionPath.mid(collectionPath.lastIndexOf(u'/') + 1).toString();
    out.open(u"source");
    out.element(u"id", idUri(collectionPath));
    out.element(u"title", {{u"type", u"text"}}, title);
    out.empty(u"link", {{u"href", last}});
    out.empty(u"link", {{u"href", last}, {u"rel", u"self"}});
    out.open(u"author").element(u"name", m_user).close();
    out.element(u"updated", atomTime(updated));
    out.close();
}

HttpResponse Api::serviceDocument()
{
    XmlWriter out;
    out.open(u"service", {{u"xmlns", kAppNs}, {u"xmlns:atom", kAtomNs}});
    out.open(u"workspace");
    out.element(u"atom:title", u"Web Services for Customer: "_s + m_user);
    const auto collection = [&](QStringView path, QStringView title, QList<QStringView> accepts) {
        out.open(u"collection", {{u"href", idUri(path)}});
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

HttpResponse Api::eventsServiceDocument(QStringView owner, const QString &ownerId)
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
        out.open(u"collection", {{u"href", idUri(base + kind)}});
        out.element(u"atom:title", title + suffix);
        out.element(u"accept", u"application/atom+xml; type=entry");
        out.close();
    }
    return HttpResponse::atom(200, out.finish());
}

HttpResponse Api::emailAddresses(const HttpRequest &request, const QStringList &segments)
{
    if (request.method != "GET")
        return unsupported(request);
    const auto writeEntry = [this](XmlWriter &out, QSqlQuery &q, bool standalone) {
        const QString path = u"settings/emailaddresses/"_s + q.value(0).toString();
        beginEntry(out, editPath(path), path, q.value(1).toString(), q.value(4).toLongLong(), standalone);
        out.open(u"Email", {{u"xmlns", kCtctNs}, {u"id", idUri(path)}});
        out.element(u"EmailAddress", q.value(1).toString());
        out.element(u"Status", q.value(2).toString());
        if (!q.value(3).isNull())
            out.element(u"VerifiedTime", atomTime(q.value(3).toLongLong()));
        out.close().close();
    };
    if (segments.isEmpty()) {
        const PageQuery query = pageQuery(request);
        XmlWriter out;
        beginFeed(out, u"settings/emailaddresses", u"Email Addresses for Customer: "_s + m_user, query, {},
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
    writeSource(out, u"settings/emailaddresses", u"Email Addresses for Customer: "_s + m_user, updated);
    return HttpResponse::atom(200, out.finish());
}

void Api::touchContact(qint64 contactId, qint64 now)
{
    m_store.exec(u"UPDATE contacts SET LastUpdateTime = ? WHERE id = ?"_s, {now, contactId});
}

void Api::replaceMemberships(qint64 contactId, const QList<qint64> &lists, const QString &source, qint64 now)
{
    // Keep the opt-in time of lists the contact stays on; new lists get `now`.
    QSqlQuery &current = m_store.query(u"SELECT list_id FROM memberships WHERE contact_id = ?"_s);
    current.bindValue(0, contactId);
    current.exec();
    QList<qint64> existing;
    while (current.next())
        existing.append(current.value(0).toLongLong());
    current.finish();
    for (qint64 l : std::as_const(existing)) {
        if (!lists.contains(l))
            m_store.exec(u"DELETE FROM memberships WHERE list_id = ? AND contact_id = ?"_s, {l, contactId});
    }
    for (qint64 l : lists) {
        if (!existing.contains(l))
            m_store.exec(u"INSERT OR IGNORE INTO memberships(list_id, contact_id, OptInSource, OptInTime) "
                         "VALUES(?, ?, ?, ?)"_s,
                         {l, contactId, source, now});
    }
}

void Api::settleStatus(qint64 contactId, qint64 now)
{
    m_store.exec(u"UPDATE contacts SET Status = 'Removed', LastUpdateTime = ? WHERE id = ? "
                 "AND Status IN ('Active', 'Unconfirmed') "
                 "AND NOT EXISTS (SELECT 1 FROM memberships WHERE contact_id = contacts.id)"_s,
                 {now, contactId});
}

} // namespace ctct::sandbox
