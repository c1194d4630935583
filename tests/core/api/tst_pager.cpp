// SPDX-License-Identifier: GPL-3.0-or-later
// Pager: next links of every form resolved against the page just fetched, page-by-page and
// fetch-all modes, stop, cancel, errors and unreadable pages.
#include "api/apiclient.h"
#include "api/pager.h"
#include "apitest.h"
#include "fakeaccessmanager.h"
#include "logcapture.h"
#include "testdata.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace ctct;
using namespace ctct::test;
using namespace std::chrono_literals;

namespace {

const QString kServer = QStringLiteral("http://127.0.0.1:4321");

// A contacts feed with ids first, first-1, ... and an optional next link (href as given).
QByteArray contactsFeed(int first, int count, const QString &next)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                     "  <id>http://api.constantcontact.com/ws/customers/joe/contacts</id>\n"
                     "  <title type=\"text\">Contacts for Customer: joe</title>\n"
                     "  <updated>2010-04-21T18:40:05.882Z</updated>\n";
    if (!next.isEmpty())
        xml += "  <link href=\"" + next.toHtmlEscaped().toUtf8() + "\" rel=\"next\"/>\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray id = QByteArray::number(first - i);
        xml += "  <entry>\n"
               "    <link href=\"/ws/customers/joe/contacts/" +
               id +
               "\" rel=\"edit\"/>\n"
               "    <id>http://api.constantcontact.com/ws/customers/joe/contacts/" +
               id +
               "</id>\n"
               "    <title type=\"text\">Contact</title>\n"
               "    <updated>2010-01-08T16:21:09.844Z</updated>\n"
               "    <content type=\"application/vnd.ctct+xml\">\n"
               "      <Contact xmlns=\"http://ws.constantcontact.com/ns/1.0/\" "
               "id=\"http://api.constantcontact.com/ws/customers/joe/contacts/" +
               id +
               "\">\n"
               "        <Status>Active</Status>\n"
               "        <EmailAddress>c" +
               id +
               "@example.com</EmailAddress>\n"
               "      </Contact>\n"
               "    </content>\n"
               "  </entry>\n";
    }
    xml += "</feed>\n";
    return xml;
}

struct Fixture
{
    FakeAccessManager nam;
    ApiClient client{&nam};

    Fixture()
    {
        client.setServer(QUrl(kServer));
        client.setUsername(QStringLiteral("joe"));
        RetryPolicy fast;
        fast.backoff = {1ms};
        fast.jitter = 0.0;
        client.setRetryPolicy(fast);
    }

    QStringList requestedUrls() const
    {
        QStringList urls;
        for (const RecordedRequest &r : nam.requests())
            urls.append(r.request.url().toString());
        return urls;
    }
};

} // namespace

class TestPager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threePages_data();
    void threePages();
    void fixtures();
    void pageByPage();
    void typeErased();
    void cancelInFlight();
    void cancelFromPageReady();
    void stopAndResume();
    void parseError_data();
    void parseError();
    void httpErrorMidway();
    void retriedPage();
    void nextLoop();
    void emptyFeed();
    void destroyedInFlight();
    void logsHaveNoSecrets();
};

void TestPager::threePages_data()
{
    QTest::addColumn<QString>("next1");
    QTest::addColumn<QString>("next2");
    QTest::addColumn<QStringList>("expectedUrls");
    const QString base = kServer + QStringLiteral("/ws/customers/joe/");
    const QStringList urls{base + QStringLiteral("contacts"), base + QStringLiteral("contacts?next=p2"),
                           base + QStringLiteral("contacts?next=p3")};
    QTest::newRow("absolute, same server") << kServer + QStringLiteral("/ws/customers/joe/contacts?next=p2")
                                           << kServer + QStringLiteral("/ws/customers/joe/contacts?next=p3") << urls;
    QTest::newRow("absolute, production host")
        << QStringLiteral("http://api.constantcontact.com/ws/customers/joe/contacts?next=p2")
        << QStringLiteral("https://api.constantcontact.com/ws/customers/joe/contacts?next=p3") << urls;
    QTest::newRow("path-absolute") << QStringLiteral("/ws/customers/joe/contacts?next=p2")
                                   << QStringLiteral("/ws/customers/joe/contacts?next=p3") << urls;
    QTest::newRow("relative") << QStringLiteral("contacts?next=p2") << QStringLiteral("contacts?next=p3") << urls;
    QTest::newRow("query only") << QStringLiteral("?next=p2") << QStringLiteral("?next=p3") << urls;
    QTest::newRow("mixed") << QStringLiteral("contacts?next=p2")
                           << QStringLiteral("http://api.constantcontact.com/ws/customers/joe/contacts?next=p3")
                           << urls;
    QTest::newRow("relative to a deeper page")
        << QStringLiteral("/ws/customers/joe/lists/2/members?next=m2") << QStringLiteral("members?next=m3")
        << QStringList{base + QStringLiteral("contacts"), base + QStringLiteral("lists/2/members?next=m2"),
                       base + QStringLiteral("lists/2/members?next=m3")};
}

void TestPager::threePages()
{
    QFETCH(QString, next1);
    QFETCH(QString, next2);
    QFETCH(QStringList, expectedUrls);

    Fixture f;
    f.nam.enqueue(FakeResponse::payload(contactsFeed(300, 50, next1)));
    f.nam.enqueue(FakeResponse::payload(contactsFeed(250, 50, next2)));
    f.nam.enqueue(FakeResponse::payload(contactsFeed(200, 7, QString())));

    TypedPager<Contact> pager(&f.client, f.client.url(QStringLiteral("contacts")));
    QSignalSpy pages(&pager, &Pager::pageReady);
    QSignalSpy failed(&pager, &Pager::failed);
    QSignalSpy finished(&pager, &Pager::finished);
    QStringList firstIds;
    connect(&pager, &Pager::pageReady, this, [&] { firstIds.append(pager.page().entries.constFirst().shortId()); });
    pager.fetchAll();
    QVERIFY(finished.wait(5000));
    QCOMPARE(pages.count(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(pages.at(i).at(0).toInt(), i);
    QCOMPARE(firstIds, (QStringList{QStringLiteral("300"), QStringLiteral("250"), QStringLiteral("200")}));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(f.requestedUrls(), expectedUrls);
    QCOMPARE(pager.pagesFetched(), 3);
    QCOMPARE(pager.entriesFetched(), qsizetype(107));
    QCOMPARE(pager.result().error, ApiError::None);
    QVERIFY(pager.atEnd());
    QVERIFY(!pager.canFetchMore());
    QVERIFY(!pager.fetchNext());
}

void TestPager::fixtures()
{
    // The hand-written fixtures: a path-absolute next, then a relative one, then the last page.
    Fixture f;
    f.nam.enqueue(FakeResponse::payload(readData(QStringLiteral("contacts/feed-page1.xml"))));
    f.nam.enqueue(FakeResponse::payload(readData(QStringLiteral("contacts/feed-next-relative.xml"))));
    f.nam.enqueue(FakeResponse::payload(readData(QStringLiteral("contacts/feed-next-absolute.xml"))));
    f.nam.enqueue(FakeResponse::payload(readData(QStringLiteral("contacts/feed-last.xml"))));
    TypedPager<Contact> pager(&f.client, f.client.url(QStringLiteral("contacts")));
    qsizetype entries = 0;
    connect(&pager, &Pager::pageReady, this, [&] { entries += pager.takePage().entries.size(); });
    QSignalSpy finished(&pager, &Pager::finished);
    pager.fetchAll();
    QVERIFY(finished.wait(5000));
    const QString base = kServer + QStringLiteral("/ws/customers/joe/");
    QCOMPARE(f.requestedUrls(),
             (QStringList{base + QStringLiteral("contacts"), base + QStringLiteral("contacts?next=g24umerp-fymhqg"),
                          base + QStringLiteral("contacts?next=2"), base + QStringLiteral("contacts?next=abc123")}));
    QCOMPARE(pager.result().error, ApiError::None);
    QCOMPARE(entries, pager.entriesFetched());
    QVERIFY(entries > 4);
}

void TestPager::pageByPage()
{
    Fixture f;
    f.nam.enqueue(FakeResponse::payload(contactsFeed(100, 50, QStringLiteral("contacts?next=2"))).delayed(20ms));
    f.nam.enqueue(FakeResponse::payload(contactsFeed(50, 3, QString())).delayed(20ms));
    TypedPager<Contact> pager(&f.client, f.client.url(QStringLiteral("contacts")));
    QSignalSpy pages(&pager, &Pager::pageReady);
    QSignalSpy finished(&pager, &Pager::finished);

    QVERIFY(pager.canFetchMore());
    QVERIFY(!pager.isFetching());
    QVERIFY(pager.fetchNext());
    QVERIFY(pager.isFetching());
    QVERIFY(!pager.canFetchMore()); // one page in flight at a time
    QVERIFY(!pager.fetchNext());
    QVERIFY(pages.wait(2000));
    QCOMPARE(pager.page().entries.size(), 50);
    QVERIFY(!pager.isFetching()); // page-by-page: nothing more until asked
    QCOMPARE(f.nam.requestCount(), 1);
    QVERIFY(pager.canFetchMore());
    QCOMPARE(pager.nextUrl().toString(), kServer + QStringLiteral("/ws/customers/joe/contacts?next=2"));
    QCOMPARE(finished.count(), 0);

    QVERIFY(pager.fetchNext());
    QVERIFY(pages.wait(2000));
    QCOMPARE(pager.page().entries.size(), 3);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!pager.canFetchMore());
    QVERIFY(pager.nextUrl().isEmpty());
    QCOMPARE(f.nam.requestCount(), 2);
}

void TestPager::typeErased()
{
    Fixture f;
    f.nam.enqueue(FakeResponse::payload(readData(QStringLiteral("lists/feed.xml"))));
    f.nam.enqueue(FakeResponse::payload(contactsFeed(1, 1, QString())));
    QList<QString> names;
    Pager pager(&f.client, f.client.url(QStringLiteral("lists")), [&](const QByteArray &body) {
        const auto parsed = atom::readPage<ContactList>(body);
        if (!parsed.ok())
            return Pager::PageInfo{false, parsed.error.toString(), {}, 0};
        for (const ContactList &list : parsed.value->entries)
            names.append(list.name);
        return Pager::PageInfo{true, {}, parsed.value->next, parsed.value->entries.size()};
    });
    QSignalSpy finished(&pager, &Pager::finished);
    pager.fetchAll();
    QVERIFY(finished.wait(2000));
    // lists/feed.xml says next="lists?next=6"; the second page holds a contact, not a list.
    QCOMPARE(f.requestedUrls().value(1), kServer + QStringLiteral("/ws/customers/joe/lists?next=6"));
    QVERIFY(!names.isEmpty());
    QCOMPARE(pager.result().error, ApiError::Parse);
}

void TestPager::cancelInFlight()
{
    Fixture f;
    f.nam.enqueue(FakeResponse::hang());
    TypedPager<Contact> pager(&f.client, f.client.url(QStringLiteral("contacts")));
    QSignalSpy failed(&pager, &Pager::failed);
    QSignalSpy finished(&pager, &Pager::finished);
    pager.fetchAll();
    QTRY_COMPARE(f.nam.requestCount(), 1);
    QVERIFY(pager.isFetching());
    pager.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(pager.result().error, ApiError::Canceled);
    QVERIFY(pager.atEnd());
    QVERIFY(!pager.isFetching());
    QVERIFY(!pager.fetchNext());
    pager.cancel(); // again: nothing more
    QVERIFY(!pager.isFetching());
    QCOMPARE(finished.count(), 1);
}

void TestPager::cancelFromPageReady()
{
    Fixture f;
    int page = 0;
    f.nam.setResponder([&page](const RecordedRequest &) {
        ++page;
        return FakeResponse::payload(contactsFeed(100, 2, QStringLiteral("contacts?next=%1").arg(page)));
    });
    TypedPager<Contact> pager(&f.client, f.client.url(QStringLiteral("contacts")));
    QSignalSpy finished(&pager, &Pager::finished);
    connect(&pager, &Pager::pageReady, this, [&](int index) {
        if (index == 1)
            pager.cancel();
    });
    pager.fetchAll();
    QVERIFY(finished.wait(2000));
    QVERIFY(!pager.isFetching());
    QCOMPARE(f.nam.requestCount(), 2);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(pager.result().error, ApiError::Canceled);
}

void TestPager::stopAndResume()
{
    Fixture f;
    f.nam.enqueue(FakeResponse::payload(contactsFeed(9, 3, QStringLiteral("contacts?next=2"))));
    f.nam.enqueue(FakeResponse::payload(contactsFeed(6, 3, QStringLiteral("contacts?next=3"))));
    f.nam.enqueue(FakeResponse::payload(contactsFeed(3, 3, QString())));
    TypedPager<Contact> pager(&f.client, f.client.url(QStringLiteral("contacts")));
    QSignalSpy pages(&pager, &Pager::pageReady);
    QSignalSpy finished(&pager, &Pager::finished);
    connect(&pager, &Pager::pageReady, this, [&](int index) {
        if (index == 0)
            pager.stop();
    });
    pager.fetchAll();
    QVERIFY(pages.wait(2000));
    QVERIFY(!pager.isFetching()); // stopped: no request in flight, none started
    QCOMPARE(f.nam.requestCount(), 1);
    QVERIFY(pager.canFetchMore());
    QCOMPARE(finished.count(), 0);
    pager.fetchAll(); // resume
    QVERIFY(finished.wait(2000));
    QCOMPARE(pages.count(), 3);
    QCOMPARE(f.nam.requestCount(), 3);
    QCOMPARE(pager.result().error, ApiError::None);
}

void TestPager::parseError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not xml") << QByteArray("this is not XML");
    QTest::newRow("truncated") << readData(QStringLiteral("malformed/truncated.xml"));
    QTest::newRow("html") << readData(QStringLiteral("malformed/html-error.html"));
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("other resource") << readData(QStringLiteral("campaigns/feed.xml"));
}

void TestPager::parseError()
{
    QFETCH(QByteArray, body);
    Fixture f;
    f.nam.enqueue(FakeResponse::payload(contactsFeed(9, 3, QStringLiteral("contacts?next=2"))));
    f.nam.enqueue(FakeResponse::payload(body));
    TypedPager<Contact> pager(&f.client, f.client.url(QStringLiteral("contacts")));
    QSignalSpy pages(&pager, &Pager::pageReady);
    QSignalSpy failed(&pager, &Pager::failed);
    QSignalSpy finished(&pager, &Pager::finished);
    pager.fetchAll();
    QVERIFY(finished.wait(2000));
    QCOMPARE(pages.count(), 1);
    QCOMPARE(failed.count(), 1);
    const ApiResult r = failed.at(0).at(0).value<ApiResult>();
    QCOMPARE(r.error, ApiError::Parse);
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.body, body);
    QVERIFY(!r.message.isEmpty());
    QCOMPARE(pager.result().error, ApiError::Parse);
    QCOMPARE(f.nam.requestCount(), 2); // a parse error is not retried
}

void TestPager::httpErrorMidway()
{
    Fixture f;
    f.nam.enqueue(FakeResponse::payload(contactsFeed(9, 3, QStringLiteral("contacts?next=2"))));
    f.nam.enqueue(FakeResponse::httpError(404, QStringLiteral("page token expired")));
    TypedPager<Contact> pager(&f.client, f.client.url(QStringLiteral("contacts")));
    QSignalSpy failed(&pager, &Pager::failed);
    QSignalSpy finished(&pager, &Pager::finished);
    pager.fetchAll();
    QVERIFY(finished.wait(2000));
    QCOMPARE(failed.count(), 1);
    const ApiResult r = failed.at(0).at(0).value<ApiResult>();
    QCOMPARE(r.error, ApiError::NotFound);
    QCOMPARE(r.message, QStringLiteral("page token expired"));
    QCOMPARE(pager.pagesFetched(), 1);
    QCOMPARE(finished.count(), 1);
}

void TestPager::retriedPage()
{
    Fixture f;
    f.nam.enqueue(FakeResponse::payload(contactsFeed(9, 3, QStringLiteral("contacts?next=2"))));
    f.nam.enqueue(FakeResponse::httpError(503, QStringLiteral("busy")));
    f.nam.enqueue(FakeResponse::payload(contactsFeed(6, 3, QString())));
    TypedPager<Contact> pager(&f.client, f.client.url(QStringLiteral("contacts")));
    QSignalSpy failed(&pager, &Pager::failed);
    QSignalSpy finished(&pager, &Pager::finished);
    pager.fetchAll();
    QVERIFY(finished.wait(2000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(pager.pagesFetched(), 2);
    QCOMPARE(f.nam.requestCount(), 3);
}

void TestPager::nextLoop()
{
    // A next link back to a page already fetched would page forever.
    Fixture f;
    f.nam.setResponder([](const RecordedRequest &) {
        return FakeResponse::payload(contactsFeed(9, 3, QStringLiteral("contacts?next=2")));
    });
    TypedPager<Contact> pager(&f.client, f.client.url(QStringLiteral("contacts")));
    QSignalSpy failed(&pager, &Pager::failed);
    QSignalSpy finished(&pager, &Pager::finished);
    pager.fetchAll();
    QVERIFY(finished.wait(2000));
    QCOMPARE(f.nam.requestCount(), 2);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(pager.result().error, ApiError::Parse);
}

void TestPager::emptyFeed()
{
    Fixture f;
    f.nam.enqueue(FakeResponse::payload(readData(QStringLiteral("contacts/empty.xml"))));
    TypedPager<Contact> pager(&f.client, f.client.url(QStringLiteral("contacts")));
    QSignalSpy pages(&pager, &Pager::pageReady);
    QSignalSpy finished(&pager, &Pager::finished);
    pager.fetchAll();
    QVERIFY(finished.wait(2000));
    QCOMPARE(pages.count(), 1);
    QCOMPARE(pager.entriesFetched(), qsizetype(0));
    QCOMPARE(pager.result().error, ApiError::None);
}

void TestPager::destroyedInFlight()
{
    Fixture f;
    f.nam.enqueue(FakeResponse::hang());
    auto *pager = new TypedPager<Contact>(&f.client, f.client.url(QStringLiteral("contacts")));
    pager->fetchAll();
    QTRY_COMPARE(f.nam.requestCount(), 1);
    delete pager; // the job in flight is canceled, and nothing calls back into the pager
    QTRY_COMPARE(f.client.findChildren<ApiJob *>().size(), 0);
}

void TestPager::logsHaveNoSecrets()
{
    // Every layer logging at debug level, through a retry, two pages and a failure: the
    // credentials and a token carried in the URLs never appear.
    const QString key = QStringLiteral("KEY-61ac0f");
    const QString password = QStringLiteral("PASSWORD-9Tq");
    const QString token = QStringLiteral("TOKEN-q8Wd3");
    const Credentials credentials = Credentials::basic(key, QStringLiteral("joe"), password);
    const LogCapture capture;
    {
        Fixture f;
        f.nam.setCredentials(credentials);
        f.nam.enqueue(FakeResponse::httpError(503, QStringLiteral("busy")));
        f.nam.enqueue(
            FakeResponse::payload(contactsFeed(9, 3, QStringLiteral("contacts?next=2&access_token=") + token)));
        f.nam.enqueue(FakeResponse::httpError(404, QStringLiteral("gone")));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("access_token"), token);
        TypedPager<Contact> pager(&f.client, f.client.url(QStringLiteral("contacts"), query));
        QSignalSpy finished(&pager, &Pager::finished);
        pager.fetchAll();
        QVERIFY(finished.wait(2000));
        QCOMPARE(f.nam.requestCount(), 3);
        QCOMPARE(f.nam.requests().constLast().request.rawHeader("Authorization"), credentials.authorizationHeader());
        QVERIFY(f.nam.requests().constLast().request.url().toString().contains(token));
    }
    const QString log = capture.text();
    for (const char *category : {"ctct.api.access", "ctct.api.job", "ctct.api.pager"})
        QVERIFY2(log.contains(QLatin1String(category)), category);
    const QString header = QString::fromLatin1(credentials.authorizationHeader());
    for (const QString &secret : {key, password, token, header.mid(6)})
        QVERIFY2(!log.contains(secret), qPrintable(QStringLiteral("'%1' in:\n%2").arg(secret, log)));
}

QTEST_GUILESS_MAIN(TestPager)
#include "tst_pager.moc"
