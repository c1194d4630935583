// SPDX-License-Identifier: GPL-3.0-or-later
// Campaigns (decision 10), schedules, and campaign event feeds whose counts agree with the campaign
// entry and whose clicks agree with the Urls (decision 11).
#include "harness.h"

#include <QDateTime>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ctct::test;

namespace {

const QString kSent = u"1100546096289"_s;

} // namespace

class TestSandboxCampaigns final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void collectionAndStatusFilter_data();
    void collectionAndStatusFilter();
    void sentCampaignDetail();
    void countsAgreeWithEventFeeds();
    void clicksAgreeWithUrls();
    void eventsWithinNinetyDays();
    void eventFeedPaging_data();
    void eventFeedPaging();
    void bounceAndOptoutDetails();
    void createDraft();
    void createValidation_data();
    void createValidation();
    void sentCampaignsAreFrozen();
    void updateAndDeleteDraft();
    void entryAsReadIsAcceptedBack();
    void schedules();

private:
    std::unique_ptr<Harness> m_h;
};

void TestSandboxCampaigns::initTestCase()
{
    m_h = std::make_unique<Harness>();
    QVERIFY(m_h->started());
}

void TestSandboxCampaigns::cleanupTestCase()
{
    m_h.reset();
}

void TestSandboxCampaigns::collectionAndStatusFilter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("status");
    QTest::newRow("all") << QString() << 12 << QString();
    QTest::newRow("SENT") << u"?status=SENT"_s << 6 << u"Sent"_s;
    QTest::newRow("sent lower case") << u"?status=sent"_s << 6 << u"Sent"_s;
    QTest::newRow("SCHEDULED") << u"?status=SCHEDULED"_s << 2 << u"Scheduled"_s;
    QTest::newRow("DRAFT") << u"?status=DRAFT"_s << 4 << u"Draft"_s;
    QTest::newRow("RUNNING") << u"?status=RUNNING"_s << 0 << u"Running"_s;
}

void TestSandboxCampaigns::collectionAndStatusFilter()
{
    QFETCH(QString, query);
    QFETCH(int, count);
    QFETCH(QString, status);
    const Reply r = m_h->get(u"campaigns"_s + query);
    QCOMPARE(r.status, 200);
    const auto campaigns = xml::records(r.body, u"Campaign"_s);
    QCOMPARE(campaigns.size(), count);
    for (const auto &c : campaigns) {
        QCOMPARE(c.size(), 4); // @id, Name, Status, Date
        if (!status.isEmpty())
            QCOMPARE(c.value(u"Status"_s), status);
    }
    QCOMPARE(m_h->get(u"campaigns?status=ARCHIVED"_s).status, 400);
}

void TestSandboxCampaigns::sentCampaignDetail()
{
    const Reply r = m_h->get(u"campaigns/"_s + kSent);
    QCOMPARE(r.status, 200);
    QCOMPARE(xml::text(r.body, u"Status"_s), u"Sent"_s);
    QCOMPARE(xml::text(r.body, u"CampaignType"_s), u"CUSTOM"_s);
    QVERIFY(xml::text(r.body, u"EmailTextContent"_s).startsWith(u"<Text>"_s));
    QVERIFY(xml::text(r.body, u"EmailContent"_s).contains(u"<html"_s));
    QCOMPARE(xml::attributes(r.body, u"Email"_s, u"id"_s).value(0),
             u"http://api.constantcontact.com/ws/customers/demo/settings/emailaddresses/1"_s);
    QCOMPARE(xml::count(r.body, u"Url"_s), 3);
    QCOMPARE(xml::count(r.body, u"source"_s), 1);
    QCOMPARE(xml::namespaceOf(r.body, u"link"_s), u"http://www.w3.org/2005/Atom"_s);
}

void TestSandboxCampaigns::countsAgreeWithEventFeeds()
{
    const QByteArray sent = m_h->get(u"campaigns?status=SENT"_s).body;
    const QStringList ids = xml::attributes(sent, u"Campaign"_s, u"id"_s);
    QCOMPARE(ids.size(), 6);
    const QList<QPair<QString, QString>> kinds = {{u"sends"_s, u"Sent"_s},        {u"opens"_s, u"Opens"_s},
                                                  {u"clicks"_s, u"Clicks"_s},     {u"bounces"_s, u"Bounces"_s},
                                                  {u"forwards"_s, u"Forwards"_s}, {u"optouts"_s, u"OptOuts"_s}};
    for (const QString &uri : ids) {
        const QString id = uri.mid(uri.lastIndexOf(u'/') + 1);
        const QByteArray detail = m_h->get(u"campaigns/"_s + id).body;
        for (const auto &[kind, element] : kinds) {
            int events = 0;
            for (const QByteArray &page : m_h->allPages(u"campaigns/%1/events/%2?pageSize=200"_s.arg(id, kind)))
                events += xml::count(page, u"entry"_s);
            QVERIFY2(events > 0, qPrintable(id + u' ' + kind)); // every kind occurs
            QCOMPARE(events, xml::text(detail, element).toInt());
        }
    }
}

void TestSandboxCampaigns::clicksAgreeWithUrls()
{
    const QByteArray detail = m_h->get(u"campaigns/"_s + kSent).body;
    QHash<QString, int> fromEvents;
    for (const QByteArray &page : m_h->allPages(u"campaigns/%1/events/clicks?pageSize=200"_s.arg(kSent)))
        for (const QString &url : xml::texts(page, u"LinkUrl"_s))
            fromEvents[url]++;
    int total = 0;
    for (const auto &url : xml::records(detail, u"Url"_s)) {
        QCOMPARE(url.value(u"Clicks"_s).toInt(), fromEvents.value(url.value(u"Value"_s)));
        total += url.value(u"Clicks"_s).toInt();
    }
    QCOMPARE(total, xml::text(detail, u"Clicks"_s).toInt());
}

void TestSandboxCampaigns::eventsWithinNinetyDays()
{
    const QDateTime limit = QDateTime::currentDateTimeUtc().addDays(-90);
    for (const QString &kind : {u"sends"_s, u"opens"_s, u"bounces"_s}) {
        const QByteArray page = m_h->get(u"campaigns/%1/events/%2?pageSize=200"_s.arg(kSent, kind)).body;
        for (const QString &t : xml::texts(page, u"EventTime"_s)) {
            const QDateTime when = QDateTime::fromString(t, Qt::ISODateWithMs);
            QVERIFY(when.isValid());
            QVERIFY2(when > limit && when <= QDateTime::currentDateTimeUtc(), qPrintable(t));
        }
    }
}

void TestSandboxCampaigns::eventFeedPaging_data()
{
    QTest::addColumn<QString>("pageSize");
    QTest::addColumn<int>("status");
    QTest::newRow("default") << QString() << 200;
    QTest::newRow("1") << u"1"_s << 200;
    QTest::newRow("7") << u"7"_s << 200;
    QTest::newRow("200") << u"200"_s << 200;
    QTest::newRow("0") << u"0"_s << 400;
    QTest::newRow("201") << u"201"_s << 400;
    QTest::newRow("text") << u"many"_s << 400;
}

void TestSandboxCampaigns::eventFeedPaging()
{
    QFETCH(QString, pageSize);
    QFETCH(int, status);
    const QString path =
        u"campaigns/%1/events/sends"_s.arg(kSent) + (pageSize.isEmpty() ? QString() : u"?pageSize="_s + pageSize);
    const Reply first = m_h->get(path);
    QCOMPARE(first.status, status);
    if (status != 200)
        return;
    const int size = pageSize.isEmpty() ? 50 : pageSize.toInt();
    const int total = xml::text(m_h->get(u"campaigns/"_s + kSent).body, u"Sent"_s).toInt();
    QCOMPARE(xml::count(first.body, u"entry"_s), std::min(size, total));
    // The next link keeps pageSize; walk a few pages and check ids never repeat.
    QStringList ids;
    const QList<QByteArray> pages = m_h->allPages(path, 4);
    for (const QByteArray &p : pages) {
        QVERIFY(xml::count(p, u"entry"_s) <= size);
        ids += xml::attributes(p, u"SentEvent"_s, u"id"_s);
    }
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    if (total > size)
        QCOMPARE(xml::count(pages.at(1), u"entry"_s), std::min(size, total - size));
}

void TestSandboxCampaigns::bounceAndOptoutDetails()
{
    const QByteArray bounces = m_h->get(u"campaigns/%1/events/bounces"_s.arg(kSent)).body;
    const auto records = xml::records(bounces, u"BounceEvent"_s);
    QVERIFY(!records.isEmpty());
    for (const auto &b : records) {
        QVERIFY(QStringList({u"B"_s, u"D"_s, u"F"_s, u"S"_s, u"V"_s, u"X"_s, u"Z"_s}).contains(b.value(u"Code"_s)));
        QVERIFY(!b.value(u"Description"_s).isEmpty());
        QVERIFY(!b.value(u"BounceMessage"_s).isEmpty());
        QVERIFY(b.value(u"@id"_s).contains(u"/events/bounces/"_s));
    }
    const QByteArray optouts = m_h->get(u"campaigns/%1/events/optouts"_s.arg(kSent)).body;
    for (const auto &o : xml::records(optouts, u"OptoutEvent"_s))
        QVERIFY(o.value(u"OptOutSource"_s) == u"ACTION_BY_CONTACT"_s ||
                o.value(u"OptOutSource"_s) == u"ACTION_BY_CUSTOMER"_s);
    QCOMPARE(xml::text(optouts, u"Name"_s), xml::text(m_h->get(u"campaigns/"_s + kSent).body, u"Name"_s));
}

void TestSandboxCampaigns::createDraft()
{
    const Reply r = m_h->post(u"campaigns"_s, campaignEntry(u"Autumn Newsletter"_s));
    QCOMPARE(r.status, 201);
    const QString location = QString::fromUtf8(r.header("Location"));
    QVERIFY(location.startsWith(u"http://api.constantcontact.com/ws/customers/demo/campaigns/"_s));
    QCOMPARE(xml::text(r.body, u"Status"_s), u"Draft"_s);
    QCOMPARE(xml::text(r.body, u"PermissionReminder"_s), u"YES"_s); // normalised
    QCOMPARE(xml::text(r.body, u"Sent"_s), u"0"_s);
    QCOMPARE(xml::text(m_h->get(u"campaigns"_s).body, u"Name"_s), u"Autumn Newsletter"_s); // newest first
    QCOMPARE(m_h->post(u"campaigns"_s, campaignEntry(u"Autumn Newsletter"_s)).status, 409);
}

void TestSandboxCampaigns::createValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no name") << campaignEntry(QString());
    QTest::newRow("text without wrapper") << campaignEntry(u"T1"_s, {}, u"Hello"_s);
    QTest::newRow("bad GreetingName") << campaignEntry(u"T2"_s, u"<GreetingName>Nickname</GreetingName>"_s);
    QTest::newRow("bad format") << campaignEntry(u"T3"_s, u"<EmailContentFormat>MIME</EmailContentFormat>"_s);
    QTest::newRow("bad YES/NO") << campaignEntry(u"T4"_s, u"<IncludeForwardEmail>sometimes</IncludeForwardEmail>"_s);
    QTest::newRow("unknown element") << campaignEntry(u"T5"_s, u"<subject>x</subject>"_s);
    QTest::newRow("unverified sender") << campaignEntry(
        u"T6"_s, {}, u"&lt;Text&gt;x&lt;/Text&gt;"_s,
        u"http://api.constantcontact.com/ws/customers/demo/settings/emailaddresses/2"_s);
    QTest::newRow("unknown sender") << campaignEntry(u"T7"_s, {}, u"&lt;Text&gt;x&lt;/Text&gt;"_s, u"mailto:x"_s);
    QTest::newRow("sent status") << QByteArray(campaignEntry(u"T8"_s).replace("<Status>Draft", "<Status>Sent"));
    QTest::newRow("bad xhtml") << QByteArray(campaignEntry(u"T9"_s, u"<EmailContentFormat>XHTML</EmailContentFormat>"_s)
                                                 .replace("&lt;/p&gt;", "&lt;br&gt;"));
    QTest::newRow("html without html element") << QByteArray(campaignEntry(u"T10"_s).replace("&lt;html&gt;", ""));
}

void TestSandboxCampaigns::createValidation()
{
    QFETCH(QByteArray, body);
    const Reply r = m_h->post(u"campaigns"_s, body);
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.startsWith("Error 400: "));
}

void TestSandboxCampaigns::sentCampaignsAreFrozen()
{
    QCOMPARE(m_h->put(u"campaigns/"_s + kSent, campaignEntry(u"Renamed"_s)).status, 400);
    QCOMPARE(m_h->del(u"campaigns/"_s + kSent).status, 400);
    QCOMPARE(xml::text(m_h->get(u"campaigns/"_s + kSent).body, u"Status"_s), u"Sent"_s);
}

void TestSandboxCampaigns::updateAndDeleteDraft()
{
    const Reply created = m_h->post(u"campaigns"_s, campaignEntry(u"Draft To Edit"_s));
    QCOMPARE(created.status, 201);
    const QString location = QString::fromUtf8(created.header("Location"));
    const QString id = location.mid(location.lastIndexOf(u'/') + 1);
    QCOMPARE(
        m_h->put(u"campaigns/"_s + id, campaignEntry(u"Draft Edited"_s, u"<GreetingString>Ahoy!</GreetingString>"_s))
            .status,
        204);
    const QByteArray after = m_h->get(u"campaigns/"_s + id).body;
    QCOMPARE(xml::text(after, u"Name"_s), u"Draft Edited"_s);
    QCOMPARE(xml::text(after, u"GreetingString"_s), u"Ahoy!"_s);
    QCOMPARE(m_h->put(u"campaigns/"_s + id, campaignEntry(u"Summer Rental Specials"_s)).status, 409);
    QCOMPARE(m_h->del(u"campaigns/"_s + id).status, 204);
    QCOMPARE(m_h->get(u"campaigns/"_s + id).status, 404);
}

void TestSandboxCampaigns::entryAsReadIsAcceptedBack()
{
    // A draft created without the optional YES/NO elements is read with them empty; sent back
    // as it was read, it is accepted.
    QByteArray body = campaignEntry(u"Read And Write Back"_s);
    body.replace("<ViewAsWebpage>NO</ViewAsWebpage><PermissionReminder>yes</PermissionReminder>", "");
    const Reply created = m_h->post(u"campaigns"_s, body);
    QCOMPARE(created.status, 201);
    const QString location = QString::fromUtf8(created.header("Location"));
    const QString path = u"campaigns/"_s + location.mid(location.lastIndexOf(u'/') + 1);
    const QByteArray read = m_h->get(path).body;
    QCOMPARE(xml::text(read, u"ViewAsWebpage"_s), QString());
    QCOMPARE(m_h->put(path, read).status, 204);
    QCOMPARE(xml::text(m_h->get(path).body, u"Name"_s), u"Read And Write Back"_s);
    QVERIFY(read.contains("<ViewAsWebpage/>"));
    QCOMPARE(
        m_h->put(path, QByteArray(read).replace("<ViewAsWebpage/>", "<ViewAsWebpage>maybe</ViewAsWebpage>")).status,
        400);
}

void TestSandboxCampaigns::schedules()
{
    const Reply created = m_h->post(u"campaigns"_s, campaignEntry(u"To Schedule"_s));
    const QString location = QString::fromUtf8(created.header("Location"));
    const QString id = location.mid(location.lastIndexOf(u'/') + 1);
    const QString base = u"campaigns/%1/schedules"_s.arg(id);
    QCOMPARE(xml::count(m_h->get(base).body, u"entry"_s), 0);
    QCOMPARE(m_h->get(base + u"/1"_s).status, 404);
    QCOMPARE(m_h->post(base, scheduleEntry(u"2001-01-01T00:00:00.000Z"_s)).status, 400); // in the past
    const QString when = QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODateWithMs);
    const Reply scheduled = m_h->post(base, scheduleEntry(when));
    QCOMPARE(scheduled.status, 201);
    QVERIFY(scheduled.header("Location").endsWith("/schedules/1"));
    QCOMPARE(xml::text(m_h->get(u"campaigns/"_s + id).body, u"Status"_s), u"Scheduled"_s);
    QCOMPARE(xml::text(m_h->get(base).body, u"ScheduledTime"_s), when);
    QCOMPARE(m_h->post(base, scheduleEntry(when)).status, 400); // already scheduled
    QCOMPARE(m_h->del(base + u"/1"_s).status, 204);
    QCOMPARE(xml::text(m_h->get(u"campaigns/"_s + id).body, u"Status"_s), u"Draft"_s);
    QCOMPARE(m_h->post(u"campaigns/%1/schedules"_s.arg(kSent), scheduleEntry(when)).status, 400);
}

QTEST_GUILESS_MAIN(TestSandboxCampaigns)
#include "tst_sandbox_campaigns.moc"
