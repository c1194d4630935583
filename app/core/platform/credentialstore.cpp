// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace ctct {

namespace {

const QString kService = QStringLiteral("org.ctctmanager.CtctManager");

SecretBackend::Result resultOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretBackend::Result::Ok;
    case QKeychain::EntryNotFound:
        return SecretBackend::Result::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretBackend::Result::Unavailable;
    case QKeychain::OtherError:
        // Without a session bus QtKeychain reports "Cannot autolaunch D-Bus" as OtherError.
        return SecretBackend::Result::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        break;
    }
    return SecretBackend::Result::Failed;
}

class KeychainBackend final : public SecretBackend
{
public:
    explicit KeychainBackend(QObject *context)
        : m_context(context)
    {}

    void read(const QString &key, Done done) override
    {
        auto *job = new QKeychain::ReadPasswordJob(kService, m_context);
        job->setKey(key);
        job->setInsecureFallback(false);
        QObject::connect(job, &QKeychain::Job::finished, m_context, [job, done] {
            done(resultOf(job->error()), job->error() == QKeychain::NoError ? job->textData() : job->errorString());
        });
        job->start();
    }

    void write(const QString &key, const QString &secret, Done done) override
    {
        auto *job = new QKeychain::WritePasswordJob(kService, m_context);
        job->setKey(key);
        job->setInsecureFallback(false);
        job->setTextData(secret);
        QObject::connect(job, &QKeychain::Job::finished, m_context,
                         [job, done] { done(resultOf(job->error()), job->errorString()); });
        job->start();
    }

    void remove(const QString &key, Done done) override
    {
        auto *job = new QKeychain::DeletePasswordJob(kService, m_context);
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, m_context,
                         [job, done] { done(resultOf(job->error()), job->errorString()); });
        job->start();
    }

private:
    QObject *m_context;
};

} // namespace

std::unique_ptr<SecretBackend> makeKeychainBackend(QObject *context)
{
    return std::make_unique<KeychainBackend>(context);
}

CredentialStore::CredentialStore(std::unique_ptr<SecretBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
{}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::accountKey(const QString &username, const QString &server)
{
    return username.toLower() + u'@' + server;
}

void CredentialStore::save(const QString &account, const Credentials &credentials)
{
    m_session.insert(account, credentials);
    if (m_sessionOnly) {
        // Answer later, like the keychain would, so callers see one behaviour.
        QTimer::singleShot(0, this, [this, account] { emit saved(account, false, QString()); });
        return;
    }
    QPointer<CredentialStore> self(this);
    m_backend->write(account, credentials.toKeychainSecret(),
                     [self, account](SecretBackend::Result r, const QString &e) {
                         if (!self)
                             return;
                         if (r == SecretBackend::Result::Ok) {
                             self->m_session.remove(account); // the keychain has it now
                             emit self->saved(account, true, QString());
                             return;
                         }
                         if (r == SecretBackend::Result::Unavailable)
                             self->m_sessionOnly = true;
                         emit self->saved(account, false, e);
                     });
}

void CredentialStore::load(const QString &account)
{
    if (m_session.contains(account) || m_sessionOnly) {
        const Credentials c = m_session.value(account);
        QTimer::singleShot(0, this, [this, account, c] { emit loaded(account, c, !c.isEmpty(), QString()); });
        return;
    }
    QPointer<CredentialStore> self(this);
    m_backend->read(account, [self, account](SecretBackend::Result r, const QString &secretOrError) {
        if (!self)
            return;
        switch (r) {
        case SecretBackend::Result::Ok: {
            const Credentials c = Credentials::fromKeychainSecret(secretOrError);
            emit self->loaded(account, c, !c.isEmpty(),
                              c.isEmpty() ? QStringLiteral("unreadable keychain entry") : QString());
            return;
        }
        case SecretBackend::Result::NotFound:
            emit self->loaded(account, {}, false, QString());
            return;
        case SecretBackend::Result::Unavailable:
            self->m_sessionOnly = true;
            break;
        case SecretBackend::Result::Failed:
            break;
        }
        emit self->loaded(account, {}, false, secretOrError);
    });
}

void CredentialStore::remove(const QString &account)
{
    m_session.remove(account);
    if (m_sessionOnly) {
        QTimer::singleShot(0, this, [this, account] { emit removed(account); });
        return;
    }
    QPointer<CredentialStore> self(this);
    m_backend->remove(account, [self, account](SecretBackend::Result, const QString &) {
        if (self)
            emit self->removed(account);
    });
}

} // namespace ctct
