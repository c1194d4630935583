// SPDX-License-Identifier: GPL-3.0-or-later
// Operations' update path, shared by the editor, the membership job and the command line: a PUT
// carries the entry the server sent, patched; when that entry cannot be patched nothing is sent.
#include "api/membershipjob.h"
#include "api/operations.h"
#include "apitest.h"
#include "fakeaccessmanager.h"
#include "testdata.h"

#include <QSignalSpy>
#include <QTest>

using namespace ctct;
using namespace ctct::test;

namespace {

const QString kContact7 = QStringLiteral("http://api.constantcontact.com/ws/customers/joe/contacts/7");

ApiResult run(ApiJob *job)
{
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(5000))
        return {};
    return job->result();
}

} // namespace

class TestOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void updatePatchesWhatTheReaderRepairs();
    void updateRefusedWhenNotPatchable_data();
    void updateRefusedWhenNotPatchable();
    void updateWithoutOriginalWritesFullEntry();
    void membership_data();
    void membership();

private:
    struct Fixture
    {
        FakeAccessManager nam;
        ApiClient client{&nam};
        Operations ops{&client};
        Fixture()
        {
            client.setServer(QUrl(QStringLiteral("https://api.example.com")));
            client.setUsername(QStringLiteral("joe"));
            client.setRetryPolicy(RetryPolicy::none());
        }
    };
};

void TestOperations::updatePatchesWhatTheReaderRepairs()
{
    // The reader repairs the bare '&' in a link; the update must send the patched entry with
    // FutureField, not an entry written from the known fields.
    const QByteArray original = readData(QStringLiteral("contacts/single-bare-ampersand.xml"));
    const atom::Parsed<Contact> parsed = atom::readEntry<Contact>(original);
    QVERIFY(parsed.ok());
    Contact c = *parsed.value;
    c.companyName = QStringLiteral("Acme");

    Fixture f;
    f.nam.enqueue(FakeResponse::payload({}, 204));
    const ApiResult r = run(f.ops.updateContact(c, original));
    QCOMPARE(r.error, ApiError::None);
    QCOMPARE(f.nam.requestCount(), 1);
    const RecordedRequest &put = f.nam.requests().first();
    QCOMPARE(put.operation, QNetworkAccessManager::PutOperation);
    QCOMPARE(put.request.url().path(), QStringLiteral("/ws/customers/joe/contacts/7"));
    QVERIFY2(put.body.contains("<FutureField>kept by the server</FutureField>"), put.body.constData());
    QVERIFY(put.body.contains("<CompanyName>Acme</CompanyName>"));
}

void TestOperations::updateRefusedWhenNotPatchable_data()
{
    QTest::addColumn<QByteArray>("original");
    // readEntry takes the first entry of a feed, but a feed is no entry to PUT back.
    QTest::newRow("a feed") << readData(QStringLiteral("contacts/feed-last.xml"));
    QTest::newRow("unreadable") << QByteArray("<entry xmlns=\"http://www.w3.org/2005/Atom\"><content>");
    QTest::newRow("no payload") << QByteArray("<entry xmlns=\"http://www.w3.org/2005/Atom\"><id>x</id></entry>");
}

void TestOperations::updateRefusedWhenNotPatchable()
{
    QFETCH(QByteArray, original);
    Contact c;
    c.id = kContact7;
    c.emailAddress = QStringLiteral("mia@example.com");
    c.companyName = QStringLiteral("Acme");

    Fixture f;
    f.nam.enqueue(FakeResponse::payload({}, 204));
    ApiJob *job = f.ops.updateContact(c, original);
    QSignalSpy finished(job, &ApiJob::finished);
    QCOMPARE(finished.count(), 0); // never before the caller is back in the event loop
    QVERIFY(finished.wait(5000));
    const ApiResult &r = job->result();
    QCOMPARE(r.error, ApiError::Parse);
    QVERIFY2(r.message.contains(u"not saved"), qPrintable(r.message));
    QVERIFY2(r.message.contains(u"line "), qPrintable(r.message));
    QCOMPARE(r.url.path(), QStringLiteral("/ws/customers/joe/contacts/7"));
    QCOMPARE(f.nam.requestCount(), 0); // nothing went out: no lossy write
    QCOMPARE(finished.count(), 1);
}

void TestOperations::updateWithoutOriginalWritesFullEntry()
{
    // Asked for explicitly (no original): a full entry from the known fields.
    Contact c;
    c.id = kContact7;
    c.emailAddress = QStringLiteral("mia@example.com");
    Fixture f;
    f.nam.enqueue(FakeResponse::payload({}, 204));
    QCOMPARE(run(f.ops.updateContact(c)).error, ApiError::None);
    QCOMPARE(f.nam.requestCount(), 1);
    QVERIFY(f.nam.requests().first().body.contains("<EmailAddress>mia@example.com</EmailAddress>"));
}

void TestOperations::membership_data()
{
    // Adding to a list goes through the same update path, one contact at a time.
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("saved");
    QTest::newRow("bare ampersand: patched, FutureField kept")
        << QStringLiteral("contacts/single-bare-ampersand.xml") << true;
    QTest::newRow("a feed: not patchable, not sent") << QStringLiteral("contacts/feed-last.xml") << false;
}

void TestOperations::membership()
{
    QFETCH(QString, fixture);
    QFETCH(bool, saved);
    Fixture f;
    f.nam.enqueue(FakeResponse::payload(readData(fixture)));
    f.nam.enqueue(FakeResponse::payload({}, 204));
    MembershipJob job(f.ops, MembershipJob::Mode::Add, QStringLiteral("4"), {{kContact7, QString()}});
    QSignalSpy finished(&job, &MembershipJob::finished);
    job.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(job.succeeded(), saved ? 1 : 0);
    QCOMPARE(f.nam.requestCount(), saved ? 2 : 1); // the GET, and the PUT only when it keeps everything
    if (saved) {
        const QByteArray put = f.nam.requests().at(1).body;
        QVERIFY2(put.contains("<FutureField>kept by the server</FutureField>"), put.constData());
        QVERIFY(put.contains("/lists/4"));
    } else {
        QCOMPARE(job.failures().size(), 1);
        QVERIFY2(job.failures().first().message.contains(u"not saved"), qPrintable(job.failures().first().message));
    }
}

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
