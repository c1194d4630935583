// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedcontext.h"

#include "store.h"

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

std::optional<qint64> PageQuery::position(qint64 first) const
{
    if (!valid)
        return std::nullopt;
    if (cursor.isEmpty())
        return first;
    bool ok = false;
    const qint64 n = cursor.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return n;
}

PageResult readPage(QSqlQuery &q, int firstUnbound, Cursor kind, qint64 cursor, int pageSize,
                    const std::function<void(const QSqlQuery &)> &row)
{
    PageResult result;
    q.bindValue(firstUnbound, cursor);
    q.bindValue(firstUnbound + 1, pageSize + 1);
    if (!q.exec()) {
        q.finish();
        return result;
    }
    result.ok = true;
    qint64 lastKey = 0;
    while (q.next()) {
        if (result.count == pageSize) {
            result.next = kind == Cursor::Key ? lastKey : cursor + result.count;
            break;
        }
        row(q);
        lastKey = q.value(0).toLongLong();
        ++result.count;
    }
    q.finish();
    return result;
}

FeedContext::FeedContext(Store &store, const QString &user)
    : m_store(store)
    , m_user(user)
    , m_idBase(u"http://api.constantcontact.com/ws/customers/%1/"_s.arg(user))
    , m_pathBase(u"/ws/customers/%1/"_s.arg(user))
{}

QString FeedContext::idUri(const XmlText &path) const
{
    return m_idBase + path.view();
}

QString FeedContext::editPath(const XmlText &path) const
{
    return m_pathBase + path.view();
}

std::optional<QString> FeedContext::idFromUri(const QString &uri, QStringView collection) const
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

std::optional<qint64> FeedContext::listIdFromUri(const QString &uri) const
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

HttpResponse FeedContext::unsupported(const HttpRequest &request)
{
    return HttpResponse::error(
        415, u"method %1 is not supported on %2"_s.arg(QString::fromLatin1(request.method), request.path));
}

std::optional<HttpResponse> FeedContext::checkAtomContentType(const HttpRequest &request)
{
    const QByteArray type = request.header("Content-Type").split(';').first().trimmed().toLower();
    if (type == "application/atom+xml" || type == "application/xml" || type == "text/xml")
        return std::nullopt;
    return HttpResponse::error(415, u"content type \"%1\" is not accepted here; send application/atom+xml"_s.arg(
                                        QString::fromUtf8(request.header("Content-Type"))));
}

PageQuery FeedContext::pageQuery(const HttpRequest &request) const
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

QString FeedContext::nextHref(const QString &path, const QString &cursor, const PageQuery &query) const
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

void FeedContext::writeLink(XmlWriter &out, QStringView href) const
{
    out.empty(u"link", {{u"xmlns", kAtomNs}, {u"href", href}, {u"rel", u"self"}});
}

void FeedContext::beginFeed(XmlWriter &out, const XmlText &pathText, const XmlText &title, const PageQuery &query,
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

void FeedContext::beginEntry(XmlWriter &out, const XmlText &editText, const XmlText &idPath, const XmlText &title,
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

void FeedContext::writeSource(XmlWriter &out, const XmlText &collectionText, const XmlText &title, qint64 updated) const
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

bool FeedContext::touchContact(qint64 contactId, qint64 now)
{
    return m_store.exec(u"UPDATE contacts SET LastUpdateTime = ? WHERE id = ?"_s, {now, contactId});
}

bool FeedContext::replaceMemberships(qint64 contactId, const QList<qint64> &lists, const QString &source, qint64 now)
{
    // Keep the opt-in time of lists the contact stays on; new lists get `now`.
    QList<qint64> existing;
    if (!m_store.numbers(u"SELECT list_id FROM memberships WHERE contact_id = ?"_s, {contactId}, &existing))
        return false;
    for (qint64 l : std::as_const(existing)) {
        if (!lists.contains(l) &&
            !m_store.exec(u"DELETE FROM memberships WHERE list_id = ? AND contact_id = ?"_s, {l, contactId}))
            return false;
    }
    for (qint64 l : lists) {
        if (!existing.contains(l) &&
            !m_store.exec(u"INSERT OR IGNORE INTO memberships(list_id, contact_id, OptInSource, OptInTime) "
                          "VALUES(?, ?, ?, ?)"_s,
                          {l, contactId, source, now}))
            return false;
    }
    return true;
}

bool FeedContext::settleStatus(qint64 contactId, qint64 now)
{
    return m_store.exec(u"UPDATE contacts SET Status = 'Removed', LastUpdateTime = ? WHERE id = ? "
                        "AND Status IN ('Active', 'Unconfirmed') "
                        "AND NOT EXISTS (SELECT 1 FROM memberships WHERE contact_id = contacts.id)"_s,
                        {now, contactId});
}

HttpResponse FeedContext::invalidToken()
{
    return HttpResponse::error(400, u"invalid next token"_s);
}

HttpResponse FeedContext::storageError()
{
    return HttpResponse::error(500,
                               u"storage error: the sandbox could not read or write its data; nothing was changed"_s);
}

HttpResponse FeedContext::entry(QByteArray body)
{
    if (body.isEmpty())
        return storageError();
    return HttpResponse::atom(200, std::move(body));
}

HttpResponse FeedContext::created(const QString &location, QByteArray body, QByteArray contentType)
{
    if (body.isEmpty())
        return storageError();
    return HttpResponse::created(location, std::move(body), std::move(contentType));
}

ResourceHandler::ResourceHandler(FeedContext &context)
    : m_ctx(context)
    , m_store(context.store())
    , m_user(context.user())
{}

} // namespace ctct::sandbox
