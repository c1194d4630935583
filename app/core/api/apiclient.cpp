// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiclient.h"

#include "api/accessmanager.h"
#include "platform/logging.h"

namespace ctct {

namespace {

const QString kCustomersPath = QStringLiteral("/ws/customers/");

// The path and query of reference (which may be percent-encoded) on top of server.
QUrl withPathAndQuery(const QUrl &server, const QUrl &reference)
{
    QUrl result = server;
    result.setPath(reference.path(QUrl::FullyEncoded), QUrl::TolerantMode);
    if (reference.hasQuery())
        result.setQuery(reference.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    return result;
}

} // namespace

QUrl ApiClient::defaultServer()
{
    return QUrl(QStringLiteral("https://api.constantcontact.com"));
}

ApiClient::ApiClient(AccessManager *access, QObject *parent)
    : QObject(parent)
    , m_access(access)
    , m_server(defaultServer())
{}

ApiClient::~ApiClient() = default;

AccessManager *ApiClient::accessManager() const
{
    return m_access;
}

bool ApiClient::setServer(const QUrl &server)
{
    const QString refusal = AccessManager::transportRefusal(server);
    if (!refusal.isEmpty()) {
        m_error = refusal;
        qCWarning(lcApiClient).noquote() << "server not accepted:" << refusal;
        return false;
    }
    QUrl origin;
    origin.setScheme(server.scheme().toLower());
    origin.setHost(server.host());
    origin.setPort(server.port());
    m_server = origin;
    m_error.clear();
    qCDebug(lcApiClient).noquote() << "server:" << m_server.toString();
    return true;
}

void ApiClient::setUsername(const QString &username)
{
    m_username = username.trimmed().toLower();
}

QUrl ApiClient::accountUrl() const
{
    QUrl url = m_server;
    url.setPath(kCustomersPath + m_username + u'/');
    return url;
}

QUrl ApiClient::url(const QString &relativePath, const QUrlQuery &query) const
{
    QStringView relative(relativePath);
    while (relative.startsWith(u'/'))
        relative = relative.mid(1);
    QUrl url = m_server;
    url.setPath(kCustomersPath + m_username + u'/' + relative);
    if (!query.isEmpty()) {
        // QUrlQuery leaves '+' as it is, and servers read a '+' in a query as a space: an
        // e-mail search for "a+b@example.com" would ask for "a b@example.com". Encode every
        // reserved character of names and values instead.
        QStringList items;
        const auto pairs = query.queryItems(QUrl::FullyDecoded);
        for (const auto &[name, value] : pairs)
            items.append(QString::fromLatin1(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value)));
        url.setQuery(items.join(u'&'), QUrl::TolerantMode);
    }
    return url;
}

QUrl ApiClient::onServer(const QUrl &url) const
{
    if (url.isRelative())
        return accountUrl().resolved(url);
    return withPathAndQuery(m_server, url);
}

QUrl ApiClient::urlForId(const QString &id, const QString &collection) const
{
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty())
        return {};
    // Full URIs of any scheme or host, tag: ids and bare paths all carry the API path.
    const qsizetype at = trimmed.indexOf(kCustomersPath, 0, Qt::CaseInsensitive);
    if (at >= 0)
        return withPathAndQuery(m_server, QUrl(trimmed.mid(at), QUrl::TolerantMode));
    if (trimmed.startsWith(u'/'))
        return withPathAndQuery(m_server, QUrl(trimmed, QUrl::TolerantMode));
    if (trimmed.contains(u"://"))
        return onServer(QUrl(trimmed, QUrl::TolerantMode));
    if (trimmed.contains(u'/'))
        return url(trimmed);
    if (collection.isEmpty()) {
        qCDebug(lcApiClient).noquote() << "short id without a collection:" << trimmed;
        return {};
    }
    QString base = collection;
    while (base.endsWith(u'/'))
        base.chop(1);
    return url(base + u'/' + trimmed);
}

ApiJob *ApiClient::send(const ApiRequest &request)
{
    if (m_writesRefused && request.method != HttpMethod::Get) {
        ApiResult failure = *m_writesRefused;
        failure.url = request.url;
        return refuse(request, failure);
    }
    auto *job = new ApiJob(m_access, request, m_retry, this);
    job->start();
    return job;
}

ApiJob *ApiClient::get(const QUrl &url)
{
    return send(ApiRequest::get(url));
}

ApiJob *ApiClient::post(const QUrl &url, const QByteArray &body, const QByteArray &contentType)
{
    return send(ApiRequest::post(url, body, contentType));
}

ApiJob *ApiClient::put(const QUrl &url, const QByteArray &body, const QByteArray &contentType)
{
    return send(ApiRequest::put(url, body, contentType));
}

ApiJob *ApiClient::deleteResource(const QUrl &url)
{
    return send(ApiRequest::deleteResource(url));
}

ApiJob *ApiClient::refuse(const ApiRequest &request, const ApiResult &failure)
{
    auto *job = new ApiJob(m_access, request, m_retry, this);
    job->refuse(failure);
    return job;
}

} // namespace ctct
