// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where account secrets live (house style 23): the system keychain through QtKeychain, never
// settings files. When no keychain answers (no Secret Service, no D-Bus), the store keeps
// secrets for this session only and says so, so the user can be told; there is no insecure
// fallback. All calls are asynchronous; each ends with exactly one signal.

#include "api/credentials.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace ctct {

// The storage behind a CredentialStore: the system keychain, or a test double.
class SecretBackend
{
public:
    virtual ~SecretBackend() = default;
    enum class Result { Ok, NotFound, Unavailable, Failed };
    using Done = std::function<void(Result, const QString &secretOrError)>;
    virtual void read(const QString &key, Done done) = 0;
    virtual void write(const QString &key, const QString &secret, Done done) = 0;
    virtual void remove(const QString &key, Done done) = 0;
};

// QtKeychain, service "org.ctctmanager.CtctManager".
std::unique_ptr<SecretBackend> makeKeychainBackend(QObject *context);

class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    explicit CredentialStore(std::unique_ptr<SecretBackend> backend, QObject *parent = nullptr);
    ~CredentialStore() override;

    // "joe@https://api.constantcontact.com": one secret per account and server.
    static QString accountKey(const QString &username, const QString &server);

    void save(const QString &account, const Credentials &credentials);
    void load(const QString &account);
    void remove(const QString &account);

    // True once the keychain was found missing: secrets are then kept in memory only.
    bool isSessionOnly() const { return m_sessionOnly; }

Q_SIGNALS:
    // persisted: written to the keychain (false: kept for this session only).
    void saved(const QString &account, bool persisted, const QString &error);
    // found false: nothing stored for the account (credentials empty).
    void loaded(const QString &account, const ctct::Credentials &credentials, bool found, const QString &error);
    void removed(const QString &account);

private:
    std::unique_ptr<SecretBackend> m_backend;
    QHash<QString, Credentials> m_session; // secrets kept only in memory
    bool m_sessionOnly = false;
};

} // namespace ctct
