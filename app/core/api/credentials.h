// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The secrets of one account, held in memory only (design.md §5, api-contract §2). They are
// never printed: toString() and the QDebug operator show the scheme and the user name only.

#include <QByteArray>
#include <QString>

QT_BEGIN_NAMESPACE
class QDebug;
QT_END_NAMESPACE

namespace ctct {

class Credentials final
{
public:
    enum class Scheme { None, Basic, Bearer };

    Credentials() = default;
    // HTTP Basic: user "{apiKey}%{username}", the account password.
    static Credentials basic(const QString &apiKey, const QString &username, const QString &password);
    // OAuth 2.0: "Authorization: Bearer {token}".
    static Credentials bearer(const QString &token);

    Scheme scheme() const { return m_scheme; }
    bool isEmpty() const { return m_scheme == Scheme::None; }
    // The account login for Basic (not a secret); empty for Bearer.
    QString username() const { return m_username; }
    // The API key for Basic (identifies the application; kept out of logs like the rest);
    // empty for Bearer. The app offers it again when it asks for a changed password.
    QString apiKey() const { return m_apiKey; }

    // The value of the Authorization header; empty when there are no credentials.
    QByteArray authorizationHeader() const;

    // "Credentials(Basic, user=joe, key=<redacted>, password=<redacted>)"; never a secret.
    QString toString() const;

    // The whole secret as one string, for the system keychain only (CredentialStore).
    QString toKeychainSecret() const;
    // The reverse; empty credentials when the text is not one of ours.
    static Credentials fromKeychainSecret(const QString &secret);

    friend bool operator==(const Credentials &, const Credentials &) = default;

private:
    Scheme m_scheme = Scheme::None;
    QString m_apiKey;
    QString m_username;
    QString m_secret; // password or token
};

QDebug operator<<(QDebug debug, const Credentials &credentials);

} // namespace ctct
