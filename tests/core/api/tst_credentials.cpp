// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/credentials.h"

#include <QDebug>
#include <QTest>

using namespace ctct;

class TestCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void basicHeader();
    void bearerHeader();
    void none();
    void neverPrinted_data();
    void neverPrinted();
};

void TestCredentials::basicHeader()
{
    const Credentials c =
        Credentials::basic(QStringLiteral("0b4c1e2a-key"), QStringLiteral("Joe"), QStringLiteral("s3cret:pw"));
    QCOMPARE(c.scheme(), Credentials::Scheme::Basic);
    QCOMPARE(c.username(), QStringLiteral("Joe"));
    QCOMPARE(c.apiKey(), QStringLiteral("0b4c1e2a-key"));
    const QByteArray header = c.authorizationHeader();
    QVERIFY(header.startsWith("Basic "));
    // The user is "{apikey}%{username}" with a literal '%'; everything after the first ':' is
    // the password.
    QCOMPARE(QByteArray::fromBase64(header.mid(6)), QByteArrayLiteral("0b4c1e2a-key%Joe:s3cret:pw"));
}

void TestCredentials::bearerHeader()
{
    const Credentials c = Credentials::bearer(QStringLiteral("tok-123"));
    QCOMPARE(c.scheme(), Credentials::Scheme::Bearer);
    QCOMPARE(c.authorizationHeader(), QByteArrayLiteral("Bearer tok-123"));
    QVERIFY(c.apiKey().isEmpty());
}

void TestCredentials::none()
{
    const Credentials c;
    QVERIFY(c.isEmpty());
    QVERIFY(c.authorizationHeader().isEmpty());
    QCOMPARE(c.toString(), QStringLiteral("Credentials(none)"));
}

void TestCredentials::neverPrinted_data()
{
    QTest::addColumn<Credentials>("credentials");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QString>("shown");
    QTest::newRow("basic") << Credentials::basic(QStringLiteral("KEY-8f3a"), QStringLiteral("joe"),
                                                 QStringLiteral("PW-77x"))
                           << QStringList{QStringLiteral("KEY-8f3a"), QStringLiteral("PW-77x")}
                           << QStringLiteral("Credentials(Basic, user=joe, key=<redacted>, password=<redacted>)");
    QTest::newRow("bearer") << Credentials::bearer(QStringLiteral("TOKEN-55q"))
                            << QStringList{QStringLiteral("TOKEN-55q")}
                            << QStringLiteral("Credentials(Bearer, token=<redacted>)");
}

void TestCredentials::neverPrinted()
{
    QFETCH(Credentials, credentials);
    QFETCH(QStringList, secrets);
    QFETCH(QString, shown);

    QString debugText;
    QDebug(&debugText) << credentials;
    QCOMPARE(credentials.toString(), shown);
    QCOMPARE(debugText.trimmed(), shown);
    const QString base64 = QString::fromLatin1(credentials.authorizationHeader().mid(7));
    for (const QString &secret : std::as_const(secrets)) {
        QVERIFY2(!credentials.toString().contains(secret), qPrintable(secret));
        QVERIFY2(!debugText.contains(secret), qPrintable(secret));
    }
    QVERIFY(!debugText.contains(base64));
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
