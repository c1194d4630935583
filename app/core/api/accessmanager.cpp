// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessmanager.h"

#include "platform/logging.h"
#include "ctct_version.h"

#include <QHostAddress>
#include <QNetworkReply>
#include <QTimer>

namespace ctct {

namespace {

// Query parameters whose values are secrets (decision 3 allows access_token= on any call).
bool isSecretQueryItem(const QString &name)
{
    static const QStringList secrets{QStringLiteral("access_token"), QStringLiteral("client_secret"),
                                     QStringLiteral("password"), QStringLiteral("apikey"), QStringLiteral("api_key")};
    return secrets.contains(name, Qt::CaseInsensitive);
}

QByteArray verbOf(QNetworkAccessManager::Operation op, const QNetworkRequest &request)
{
    switch (op) {
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::CustomOperation:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    case QNetworkAccessManager::UnknownOperation:
        break;
    }
    return "?";
}

QString schemeName(Credentials::Scheme scheme)
{
    switch (scheme) {
    case Credentials::Scheme::None:
        break;
    case Credentials::Scheme::Basic:
        return QStringLiteral("Basic");
    case Credentials::Scheme::Bearer:
        return QStringLiteral("Bearer");
    }
    return QStringLiteral("none");
}

// The reply for a request the policy refuses: it never touches the network and fails on the
// next event-loop turn, as a real reply would, so callers see one code path.
class RefusedReply final : public QNetworkReply
{
public:
    RefusedReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, const QString &reason,
                 QObject *parent)
        : QNetworkReply(parent)
    {
        setOperation(op);
        setRequest(request);
        setUrl(request.url());
        open(QIODevice::ReadOnly);
        QTimer::singleShot(0, this, [this, reason] {
            if (isFinished())
                return;
            fail(ProtocolUnknownError, reason);
        });
    }

    void abort() override
    {
        if (!isFinished())
            fail(OperationCanceledError, QStringLiteral("Operation canceled"));
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }

private:
    void fail(NetworkError code, const QString &reason)
    {
        setError(code, reason);
        setFinished(true);
        emit errorOccurred(code);
        emit finished();
    }
};

} // namespace

AccessManager::AccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
    // Credentials go out pre-emptively, so a redirect must never carry them elsewhere: the
    // API does not redirect, and a 3xx is reported to the caller as it is.
    setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    setTransferTimeout(static_cast<int>(DefaultTimeout.count()));
}

AccessManager::~AccessManager() = default;

void AccessManager::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    qCDebug(lcApiAccess) << "credentials set:" << m_credentials;
}

void AccessManager::setTimeout(std::chrono::milliseconds timeout)
{
    setTransferTimeout(static_cast<int>(timeout.count() > 0 ? timeout.count() : DefaultTimeout.count()));
}

std::chrono::milliseconds AccessManager::timeout() const
{
    return std::chrono::milliseconds(transferTimeout());
}

void AccessManager::setDeadline(std::chrono::milliseconds deadline)
{
    m_deadline = deadline.count() > 0 ? deadline : DefaultDeadline;
}

void AccessManager::setMaxResponseBytes(qint64 bytes)
{
    m_maxResponseBytes = bytes > 0 ? bytes : DefaultMaxResponseBytes;
}

QByteArray AccessManager::userAgent()
{
    return QByteArrayLiteral("ctct-manager/" CTCT_VERSION);
}

bool AccessManager::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    QString literal = host;
    if (literal.startsWith(u'[') && literal.endsWith(u']'))
        literal = literal.mid(1, literal.size() - 2);
    const QHostAddress address(literal);
    return !address.isNull() && address.isLoopback();
}

QString AccessManager::transportRefusal(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("Refusing to send a request to \"%1\": not a valid http or https URL.").arg(redactedUrl(url));
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http") {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("Refusing to send credentials over plain http:// to %1: only loopback hosts (127.0.0.1, ::1, "
                  "localhost) may use http. Use https://%1 instead.")
            .arg(url.host());
    }
    return tr("Refusing to send a request over \"%1\": only https (and http to loopback hosts) is allowed.")
        .arg(url.scheme());
}

QString AccessManager::redactedUrl(const QUrl &url)
{
    QString text = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    if (!url.hasQuery())
        return text;
    QStringList items = url.query(QUrl::FullyEncoded).split(u'&');
    for (QString &item : items) {
        const qsizetype eq = item.indexOf(u'=');
        const QString name = item.left(eq < 0 ? item.size() : eq);
        if (isSecretQueryItem(QUrl::fromPercentEncoding(name.toUtf8())))
            item = name + QStringLiteral("=<redacted>");
    }
    return text + u'?' + items.join(u'&');
}

QNetworkRequest AccessManager::prepare(const QNetworkRequest &request, bool hasBody) const
{
    QNetworkRequest prepared = request;
    if (!prepared.hasRawHeader("Accept"))
        prepared.setRawHeader("Accept", "application/atom+xml");
    if (!prepared.header(QNetworkRequest::UserAgentHeader).isValid())
        prepared.setHeader(QNetworkRequest::UserAgentHeader, QString::fromLatin1(userAgent()));
    if (hasBody && !prepared.header(QNetworkRequest::ContentTypeHeader).isValid())
        prepared.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/atom+xml"));
    if (!m_credentials.isEmpty())
        prepared.setRawHeader("Authorization", m_credentials.authorizationHeader());
    if (prepared.transferTimeout() <= 0)
        prepared.setTransferTimeout(transferTimeout());
    if (!prepared.attribute(QNetworkRequest::RedirectPolicyAttribute).isValid())
        prepared.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return prepared;
}

QNetworkReply *AccessManager::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    const QByteArray verb = verbOf(op, request);
    const QString refusal = transportRefusal(request.url());
    if (!refusal.isEmpty()) {
        qCWarning(lcApiAccess).noquote() << verb << redactedUrl(request.url()) << "refused:" << refusal;
        // Nothing is prepared: the credentials never get near a refused request.
        return new RefusedReply(op, request, refusal, this);
    }
    const QNetworkRequest prepared = prepare(request, outgoingData != nullptr);
    qCDebug(lcApiAccess).noquote() << verb << redactedUrl(prepared.url())
                                   << QStringLiteral("(auth: %1, timeout: %2 ms%3)")
                                          .arg(schemeName(m_credentials.scheme()))
                                          .arg(prepared.transferTimeout())
                                          .arg(outgoingData
                                                   ? QStringLiteral(", body: %1 bytes").arg(outgoingData->size())
                                                   : QString());
    return send(op, prepared, outgoingData);
}

QNetworkReply *AccessManager::send(Operation op, const QNetworkRequest &prepared, QIODevice *outgoingData)
{
    return QNetworkAccessManager::createRequest(op, prepared, outgoingData);
}

} // namespace ctct
