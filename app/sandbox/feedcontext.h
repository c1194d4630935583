// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http.h"
#include "xml.h"

#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

namespace ctct::sandbox {

class Store;

// A writable contact element, its column and its length limit (decision 9; 0 = no limit here).
struct ContactField
{
    QStringView element;
    QStringView csvColumn; // activity column name, upper case; empty when activities do not carry it
    int maxLength;
};
extern const QList<ContactField> kContactFields;
const ContactField *contactFieldByColumn(QStringView column);

// The decoded query of a collection GET: the items of the original request (carried inside an
// opaque `next` token on later pages) and the position the page starts at.
struct PageQuery
{
    QList<QPair<QString, QString>> items;
    QString cursor;
    bool valid = true;

    QString value(QStringView key) const;
    QStringList values(QStringView key) const;
    bool has(QStringView key) const;
    // The cursor as a number (a key or an offset), `first` when there is none; nothing when the
    // token was not one this server wrote.
    std::optional<qint64> position(qint64 first) const;
};

// Entries per page of every collection (decision 6).
inline constexpr int kPageSize = 50;

// How a collection query continues on its next page.
enum class Cursor {
    Key,    // after the key (column 0) of the last row written; the query orders by it
    Offset, // after the rows written so far (the query ends in "LIMIT ?, ?": offset, count)
};

// One page of a collection query: `q` has every placeholder bound except its last two, the
// cursor and the row limit, which readPage binds (one row more than the page, to learn whether
// there is another page) before it runs the query and hands each row of the page to `row`.
struct PageResult
{
    bool ok = false;            // the query ran
    int count = 0;              // rows handed to `row`
    std::optional<qint64> next; // the cursor of the next page, when there is one
};
PageResult readPage(QSqlQuery &q, int firstUnbound, Cursor kind, qint64 cursor, int pageSize,
                    const std::function<void(const QSqlQuery &)> &row);

QString atomTime(qint64 msecs);
// Accepts yyyy-MM-ddTHH:mm:ss[.zzz]Z and yyyy-MM-dd (UTC).
std::optional<qint64> parseUtcTime(const QString &text);
bool isValidEmail(QStringView email);

// What every resource handler of one account needs: the store, the account's id and path bases,
// the request-independent Atom writing, the paging tokens and the contact helpers that several
// resources (and the activity runner) share.
class FeedContext final
{
    Q_DISABLE_COPY_MOVE(FeedContext)

public:
    FeedContext(Store &store, const QString &user);

    Store &store() const { return m_store; }
    const QString &user() const { return m_user; }

    // http://api.constantcontact.com/ws/customers/{user}/{path}
    QString idUri(const XmlText &path) const;
    // /ws/customers/{user}/{path}
    QString editPath(const XmlText &path) const;
    // Resolves an id sent back by a client (http, https or a bare path) to the segment after
    // {collection}/, e.g. "lists" + "http://…/ws/customers/demo/lists/3" -> "3".
    std::optional<QString> idFromUri(const QString &uri, QStringView collection) const;
    // A list reference (numeric list or system list name).
    std::optional<qint64> listIdFromUri(const QString &uri) const;

    // Requests
    static HttpResponse unsupported(const HttpRequest &request);
    static std::optional<HttpResponse> checkAtomContentType(const HttpRequest &request);
    static HttpResponse invalidToken();
    // 500 for a statement, a transaction begin or a commit that failed (the caller rolled back).
    static HttpResponse storageError();
    // An entry read back from the store: 200 (or 201 with Location) with it, or 500 when the
    // reading failed (the writers return an empty document then).
    static HttpResponse entry(QByteArray body);
    static HttpResponse created(const QString &location, QByteArray body, QByteArray contentType = {});
    PageQuery pageQuery(const HttpRequest &request) const;
    QString nextHref(const QString &path, const QString &cursor, const PageQuery &query) const;

    // Atom writing
    void beginFeed(XmlWriter &out, const XmlText &path, const XmlText &title, const PageQuery &query,
                   const QString &next, qint64 updated) const;
    void beginEntry(XmlWriter &out, const XmlText &editPath, const XmlText &idPath, const XmlText &title,
                    qint64 updated, bool standalone) const;
    void writeSource(XmlWriter &out, const XmlText &collectionPath, const XmlText &title, qint64 updated) const;
    void writeLink(XmlWriter &out, QStringView href) const;

    // Contact helpers (several resources and the activity runner); each returns false when a
    // statement failed, and the caller rolls its transaction back.
    bool replaceMemberships(qint64 contactId, const QList<qint64> &lists, const QString &source, qint64 now);
    bool touchContact(qint64 contactId, qint64 now);
    // A contact left on no list becomes Removed (Do Not Mail stays as it is).
    bool settleStatus(qint64 contactId, qint64 now);

private:
    Store &m_store;
    QString m_user;
    QString m_idBase;   // http://api.constantcontact.com/ws/customers/{user}/
    QString m_pathBase; // /ws/customers/{user}/
};

// The base of the resource handlers: the shared context and its store at hand.
class ResourceHandler
{
    Q_DISABLE_COPY_MOVE(ResourceHandler)

protected:
    explicit ResourceHandler(FeedContext &context);
    ~ResourceHandler() = default;

    FeedContext &m_ctx;
    Store &m_store;
    const QString &m_user;
};

} // namespace ctct::sandbox
