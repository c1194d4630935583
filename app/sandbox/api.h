// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http.h"
#include "xml.h"

#include <QObject>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace ctct::sandbox {

class ActivityRunner;
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
};

QString atomTime(qint64 msecs);
// Accepts yyyy-MM-ddTHH:mm:ss[.zzz]Z and yyyy-MM-dd (UTC).
std::optional<qint64> parseUtcTime(const QString &text);
bool isValidEmail(QStringView email);

// Serves one account: every resource under /ws/customers/{user}/.
class Api final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Api)

public:
    Api(Store &store, const QString &user, int activityStepMs, QObject *parent = nullptr);
    ~Api() override;

    // `rest` is the path after /ws/customers/{user} (it may be empty or start with '/').
    HttpResponse handle(const HttpRequest &request, const QString &rest);

    const QString &user() const { return m_user; }
    Store &store() { return m_store; }
    ActivityRunner &activityRunner() { return *m_runner; }
    // Picks up activities a previous run left PENDING or RUNNING.
    void resumeActivities();

    // http://api.constantcontact.com/ws/customers/{user}/{path}
    QString idUri(const XmlText &path) const;
    // /ws/customers/{user}/{path}
    QString editPath(const XmlText &path) const;
    // Resolves an id sent back by a client (http, https or a bare path) to the segment after
    // {collection}/, e.g. "lists" + "http://…/ws/customers/demo/lists/3" -> "3".
    std::optional<QString> idFromUri(const QString &uri, QStringView collection) const;
    // A list reference (numeric list or system list name).
    std::optional<qint64> listIdFromUri(const QString &uri) const;

    // Contact helpers shared with the activity runner.
    void replaceMemberships(qint64 contactId, const QList<qint64> &lists, const QString &source, qint64 now);
    void touchContact(qint64 contactId, qint64 now);
    // A contact left on no list becomes Removed (Do Not Mail stays as it is).
    void settleStatus(qint64 contactId, qint64 now);

public:
    // Shared Atom writing
    void beginFeed(XmlWriter &out, const XmlText &path, const XmlText &title, const PageQuery &query,
                   const QString &next, qint64 updated) const;
    void beginEntry(XmlWriter &out, const XmlText &editPath, const XmlText &idPath, const XmlText &title,
                    qint64 updated, bool standalone) const;
    void writeSource(XmlWriter &out, const XmlText &collectionPath, const XmlText &title, qint64 updated) const;
    void writeLink(XmlWriter &out, QStringView href) const;

private:
    friend class ActivityRunner;

    // Router helpers
    HttpResponse dispatch(const HttpRequest &request, const QStringList &segments, bool trailingSlash);
    static HttpResponse unsupported(const HttpRequest &request);
    static std::optional<HttpResponse> checkAtomContentType(const HttpRequest &request);
    PageQuery pageQuery(const HttpRequest &request) const;
    QString nextHref(const QString &path, const QString &cursor, const PageQuery &query) const;

    // Service documents and settings (api.cpp)
    HttpResponse serviceDocument();
    HttpResponse eventsServiceDocument(QStringView owner, const QString &ownerId);
    HttpResponse emailAddresses(const HttpRequest &request, const QStringList &segments);

    // Contacts (apicontacts.cpp)
    HttpResponse contactsCollection(const HttpRequest &request);
    HttpResponse contactsGet(const HttpRequest &request);
    HttpResponse contactsPost(const HttpRequest &request);
    HttpResponse contactResource(const HttpRequest &request, const QString &id);
    HttpResponse contactPut(const HttpRequest &request, qint64 id);
    HttpResponse contactDelete(qint64 id);
    QByteArray contactEntry(qint64 id, bool withSource);
    void writeContactDetail(XmlWriter &out, const QSqlQuery &row, qint64 id);
    void writeContactSummary(XmlWriter &out, const QSqlQuery &row, bool search);

    // Campaign and contact event feeds (apicampaigns.cpp)
    HttpResponse eventFeed(const HttpRequest &request, bool byCampaign, qint64 ownerId, const QString &kind);

    // Lists (apilists.cpp)
    HttpResponse listsCollection(const HttpRequest &request);
    HttpResponse listResource(const HttpRequest &request, const QString &id);
    HttpResponse listMembers(const HttpRequest &request, const QString &id);
    HttpResponse listWrite(const HttpRequest &request, std::optional<qint64> id);
    QByteArray listEntry(qint64 id, bool withSource);
    void writeListEntry(XmlWriter &out, const QSqlQuery &row, bool standalone);

    // Campaigns (apicampaigns.cpp)
    HttpResponse campaignsCollection(const HttpRequest &request);
    HttpResponse campaignResource(const HttpRequest &request, const QString &id);
    HttpResponse campaignWrite(const HttpRequest &request, std::optional<qint64> id);
    HttpResponse campaignSchedules(const HttpRequest &request, qint64 id, const QStringList &rest);
    QByteArray campaignEntry(qint64 id, bool withSource);

    // Event marketing (apieventmarketing.cpp)
    HttpResponse eventMarketing(const HttpRequest &request, const QStringList &segments);
    HttpResponse eventsCollection(const HttpRequest &request);
    HttpResponse eventWrite(const HttpRequest &request, const std::optional<QString> &id);
    HttpResponse eventResource(const HttpRequest &request, const QString &eventId);
    HttpResponse registrants(const HttpRequest &request, const QString &eventId);
    HttpResponse registrantResource(const HttpRequest &request, const QString &eventId, const QStringList &rest);
    QString eventTag(const XmlText &path) const;
    QByteArray eventEntry(const QString &id);

    // Activities (apiactivities.cpp)
    HttpResponse activitiesCollection(const HttpRequest &request);
    HttpResponse activitiesPost(const HttpRequest &request);
    HttpResponse activityResource(const HttpRequest &request, const QString &id);
    QByteArray activityEntry(const QString &id, bool withSource);
    void writeActivity(XmlWriter &out, const QSqlQuery &row, bool standalone);

    Store &m_store;
    QString m_user;
    QString m_idBase;   // http://api.constantcontact.com/ws/customers/{user}/
    QString m_pathBase; // /ws/customers/{user}/
    std::unique_ptr<ActivityRunner> m_runner;
};

} // namespace ctct::sandbox
