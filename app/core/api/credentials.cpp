// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials.h"

#include <QDebug>
#include <QJsonDocument>
#include <QJsonObject>

namespace ctct {

Credentials Credentials::basic(const QString &apiKey, const QString &username, const QString &password)
{
    Credentials c;
    c.m_scheme = Scheme::Basic;
    c.m_apiKey = apiKey;
    c.m_username = username;
    c.m_secret = password;
    return c;
}

Credentials Credentials::bearer(const QString &token)
{
    Credentials c;
    c.m_scheme = Scheme::Bearer;
    c.m_secret = token;
    return c;
}

QByteArray Credentials::authorizationHeader() const
{
    switch (m_scheme) {
    case Scheme::None:
        return {};
    case Scheme::Basic: {
        // The literal '%' joins key and login (api-contract §2); it is not a percent-escape.
        const QByteArray userPass = m_apiKey.toUtf8() + '%' + m_username.toUtf8() + ':' + m_secret.toUtf8();
        return "Basic " + userPass.toBase64();
    }
    case Scheme::Bearer:
        return "Bearer " + m_secret.toUtf8();
    }
    return {};
}

QString Credentials::toString() const
{
    switch (m_scheme) {
    case Scheme::None:
        return QStringLiteral("Credentials(none)");
    case Scheme::Basic:
        return QStringLiteral("Credentials(Basic, user=%1, key=<redacted>, password=<redacted>)").arg(m_username);
    case Scheme::Bearer:
        return QStringLiteral("Credentials(Bearer, token=<redacted>)");
    }
    return {};
}

QString Credentials::toKeychainSecret() const
{
    QJsonObject o;
    switch (m_scheme) {
    case Scheme::None:
        return {};
    case Scheme::Basic:
        o.insert(QStringLiteral("scheme"), QStringLiteral("basic"));
        o.insert(QStringLiteral("apiKey"), m_apiKey);
        o.insert(QStringLiteral("username"), m_username);
        break;
    case Scheme::Bearer:
        o.insert(QStringLiteral("scheme"), QStringLiteral("bearer"));
        break;
    }
    o.insert(QStringLiteral("secret"), m_secret);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Credentials Credentials::fromKeychainSecret(const QString &secret)
{
    const QJsonObject o = QJsonDocument::fromJson(secret.toUtf8()).object();
    const QString scheme = o.value(QLatin1StringView("scheme")).toString();
    const QString value = o.value(QLatin1StringView("secret")).toString();
    if (scheme == u"basic")
        return basic(o.value(QLatin1StringView("apiKey")).toString(), o.value(QLatin1StringView("username")).toString(),
                     value);
    if (scheme == u"bearer")
        return bearer(value);
    return {};
}

QDebug operator<<(QDebug debug, const Credentials &credentials)
{
    const QDebugStateSaver saver(debug);
    debug.noquote().nospace() << credentials.toString();
    return debug;
}

} // namespace ctct
