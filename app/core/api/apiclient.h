// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The account's entry point: the server, the user whose resources the paths name, and the
// AccessManager that carries the credentials. It builds /ws/customers/{user}/... URLs, maps ids
// of any form onto the configured server and starts ApiJobs.

#include "api/apijob.h"
#include "api/apirequest.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace ctct {

class AccessManager;

class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    // https://api.constantcontact.com
    static QUrl defaultServer();

    explicit ApiClient(AccessManager *access, QObject *parent = nullptr);
    ~ApiClient() override;

    AccessManager *accessManager() const;

    // Scheme, host and port are used; any path, query or user info is dropped (the API always
    // lives at /ws/customers/). Returns false, keeping the previous server, when the URL is not usable: not http(s),
    // or plain http to a host that is not loopback; error() then says why.
    bool setServer(const QUrl &server);
    QUrl server() const { return m_server; }
    // The account login; stored lower-cased, as the path requires (api-contract §1.1).
    void setUsername(const QString &username);
    QString username() const { return m_username; }
    // Why the last setServer() failed; empty after a success.
    QString error() const { return m_error; }

    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }

    // https://server/ws/customers/{user}/ (the service document; the trailing '/' is required).
    QUrl accountUrl() const;
    // A path below the account: "contacts", "lists/3/members", "campaigns/1/events/" (a trailing
    // '/' is kept, the event service documents need it), with an optional query.
    QUrl url(const QString &relativePath, const QUrlQuery &query = {}) const;
    // The request URL for an id in any form, on the configured server:
    //  - a full URI ("http://api.constantcontact.com/ws/customers/joe/contacts/42", any host
    //    or scheme: ids in XML always name the production host, decision 21) or an event
    //    marketing tag: id ("tag:api.constantcontact.com,2010:/ws/customers/joe/events/x");
    //  - a path ("/ws/customers/joe/contacts/42") or a path below the account ("contacts/42");
    //  - a short id ("42"), which needs the collection ("contacts").
    // Mapping is by path, so credentials only ever go to the configured server. An empty QUrl
    // when the id cannot be mapped (a short id without a collection, an empty id).
    QUrl urlForId(const QString &id, const QString &collection = {}) const;
    // Rebases an absolute URL onto the configured server (path and query kept); a relative
    // reference is resolved against the account URL.
    QUrl onServer(const QUrl &url) const;

    // Jobs are started, children of the client, and delete themselves after finished().
    ApiJob *send(const ApiRequest &request);
    ApiJob *get(const QUrl &url);
    ApiJob *post(const QUrl &url, const QByteArray &body, const QByteArray &contentType = {});
    ApiJob *put(const QUrl &url, const QByteArray &body, const QByteArray &contentType = {});
    ApiJob *deleteResource(const QUrl &url);
    // A job for a request the client will not send: it finishes with failure, nothing goes out.
    ApiJob *refuse(const ApiRequest &request, const ApiResult &failure);
    // While set, every write (POST, PUT, DELETE) is refused at once with this failure, and only
    // reads go out: the app is offline, and writes would fail one by one after their retries.
    void setWritesRefused(const std::optional<ApiResult> &failure) { m_writesRefused = failure; }
    bool writesRefused() const { return m_writesRefused.has_value(); }

private:
    QPointer<AccessManager> m_access;
    QUrl m_server;
    QString m_username;
    QString m_error;
    RetryPolicy m_retry;
    std::optional<ApiResult> m_writesRefused;
};

} // namespace ctct
