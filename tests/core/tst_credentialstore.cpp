// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/credentialstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace ctct;
using namespace Qt::StringLiterals;

namespace {

// An in-memory keychain whose answers the test sets; answers come later, as real ones do.
class FakeBackend final : public SecretBackend
{
public:
    QHash<QString, QString> entries;
    Result next = Result::Ok; // what every call answers, unless Ok (then it acts on entries)
    int writes = 0;

    void read(const QString &key, Done done) override
    {
        later([this, key, done] {
            if (next != Result::Ok)
                done(next, QStringLiteral("backend says no"));
            else if (!entries.contains(key))
                done(Result::NotFound, QStringLiteral("not found"));
            else
                done(Result::Ok, entries.value(key));
        });
    }
    void write(const QString &key, const QString &secret, Done done) override
    {
        ++writes;
        later([this, key, secret, done] {
            if (next == Result::Ok)
                entries.insert(key, secret);
            done(next, next == Result::Ok ? QString() : QStringLiteral("backend says no"));
        });
    }
    void remove(const QString &key, Done done) override
    {
        later([this, key, done] {
            entries.remove(key);
            done(Result::Ok, QString());
        });
    }

private:
    static void later(std::function<void()> f) { QTimer::singleShot(0, QCoreApplication::instance(), f); }
};

const Credentials kBasic =
    Credentials::basic(QStringLiteral("key-123"), QStringLiteral("Joe"), QStringLiteral("p\"w%d"));

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void secretRoundTrip();
    void keychainRoundTrip();
    void notFound();
    void noKeychainKeepsForSession();
    void failureIsReported();
    void remove();
    void systemKeychainOrSessionOnly();
};

void TestCredentialStore::secretRoundTrip()
{
    QCOMPARE(Credentials::fromKeychainSecret(kBasic.toKeychainSecret()), kBasic);
    const Credentials token = Credentials::bearer(QStringLiteral("tok en"));
    QCOMPARE(Credentials::fromKeychainSecret(token.toKeychainSecret()), token);
    QVERIFY(Credentials::fromKeychainSecret(QStringLiteral("garbage")).isEmpty());
    QVERIFY(!kBasic.toString().contains(u"p\"w%d")); // the printable form never shows it
}

void TestCredentialStore::keychainRoundTrip()
{
    auto backend = std::make_unique<FakeBackend>();
    FakeBackend *fake = backend.get();
    CredentialStore store(std::move(backend));
    const QString account = CredentialStore::accountKey(QStringLiteral("Joe"), QStringLiteral("https://api.example"));
    QCOMPARE(account, QStringLiteral("joe@https://api.example"));
    QSignalSpy saved(&store, &CredentialStore::saved);
    store.save(account, kBasic);
    QVERIFY(saved.wait());
    QCOMPARE(saved.first().at(1).toBool(), true);
    QVERIFY(fake->entries.contains(account));
    QVERIFY(!store.isSessionOnly());
    QSignalSpy loaded(&store, &CredentialStore::loaded);
    store.load(account);
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.first().at(1).value<Credentials>(), kBasic);
    QCOMPARE(loaded.first().at(2).toBool(), true);
}

void TestCredentialStore::notFound()
{
    CredentialStore store(std::make_unique<FakeBackend>());
    QSignalSpy loaded(&store, &CredentialStore::loaded);
    store.load(QStringLiteral("nobody@x"));
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.first().at(2).toBool(), false);
    QVERIFY(loaded.first().at(3).toString().isEmpty()); // not an error
}

void TestCredentialStore::noKeychainKeepsForSession()
{
    auto backend = std::make_unique<FakeBackend>();
    FakeBackend *fake = backend.get();
    fake->next = SecretBackend::Result::Unavailable;
    CredentialStore store(std::move(backend));
    QSignalSpy saved(&store, &CredentialStore::saved);
    store.save(QStringLiteral("joe@x"), kBasic);
    QVERIFY(saved.wait());
    QCOMPARE(saved.first().at(1).toBool(), false); // not persisted
    QVERIFY(store.isSessionOnly());
    QVERIFY(fake->entries.isEmpty());
    // Still usable for this session, and later saves do not knock on the keychain again.
    QSignalSpy loaded(&store, &CredentialStore::loaded);
    store.load(QStringLiteral("joe@x"));
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.first().at(1).value<Credentials>(), kBasic);
    store.save(QStringLiteral("ann@x"), kBasic);
    QVERIFY(saved.wait());
    QCOMPARE(fake->writes, 1);
}

void TestCredentialStore::failureIsReported()
{
    auto backend = std::make_unique<FakeBackend>();
    backend->next = SecretBackend::Result::Failed; // e.g. the user denied access
    CredentialStore store(std::move(backend));
    QSignalSpy saved(&store, &CredentialStore::saved);
    store.save(QStringLiteral("joe@x"), kBasic);
    QVERIFY(saved.wait());
    QCOMPARE(saved.first().at(1).toBool(), false);
    QVERIFY(!saved.first().at(2).toString().isEmpty());
    QVERIFY(!store.isSessionOnly());
}

void TestCredentialStore::remove()
{
    auto backend = std::make_unique<FakeBackend>();
    FakeBackend *fake = backend.get();
    CredentialStore store(std::move(backend));
    QSignalSpy saved(&store, &CredentialStore::saved);
    store.save(QStringLiteral("joe@x"), kBasic);
    QVERIFY(saved.wait());
    QSignalSpy removed(&store, &CredentialStore::removed);
    store.remove(QStringLiteral("joe@x"));
    QVERIFY(removed.wait());
    QVERIFY(fake->entries.isEmpty());
    QSignalSpy loaded(&store, &CredentialStore::loaded);
    store.load(QStringLiteral("joe@x"));
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.first().at(2).toBool(), false);
}

void TestCredentialStore::systemKeychainOrSessionOnly()
{
    // The real QtKeychain. tests/keychain/with-keyring.sh runs this under a Secret Service of its
    // own (gnome-keyring, unlocked with a throwaway password) and sets CTCT_REQUIRE_KEYCHAIN: then
    // the secret must be stored, read back by another store, and be gone once forgotten. Without
    // it (no session bus) the store may fall back to this session. Either way it answers.
    const bool required = qEnvironmentVariableIsSet("CTCT_REQUIRE_KEYCHAIN");
    const QString account = QStringLiteral("ctct-test-%1@http://127.0.0.1").arg(QCoreApplication::applicationPid());
    CredentialStore store(makeKeychainBackend(this));
    QSignalSpy saved(&store, &CredentialStore::saved);
    store.save(account, kBasic);
    QVERIFY(saved.wait(20000));
    const bool persisted = saved.first().at(1).toBool();
    QCOMPARE(store.isSessionOnly(), !persisted);
    if (required)
        QVERIFY2(persisted, qPrintable(u"the keychain did not store the secret: "_s + saved.first().at(2).toString()));
    QSignalSpy loaded(&store, &CredentialStore::loaded);
    store.load(account);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().at(1).value<Credentials>(), kBasic);

    // Another store (nothing in its memory) reads it from the keychain itself.
    const auto loadFresh = [this, &account](bool *found) {
        CredentialStore fresh(makeKeychainBackend(this));
        QSignalSpy spy(&fresh, &CredentialStore::loaded);
        fresh.load(account);
        if (!spy.wait(20000))
            return Credentials();
        *found = spy.first().at(2).toBool();
        return spy.first().at(1).value<Credentials>();
    };
    if (persisted) {
        bool found = false;
        QCOMPARE(loadFresh(&found), kBasic);
        QVERIFY(found);
    }

    QSignalSpy removed(&store, &CredentialStore::removed);
    store.remove(account);
    QVERIFY(removed.wait(20000));
    if (persisted) {
        bool found = true;
        QVERIFY(loadFresh(&found).isEmpty());
        QVERIFY2(!found, "the forgotten secret is still in the keychain");
    }
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
