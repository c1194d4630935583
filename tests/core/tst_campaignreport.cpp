// SPDX-License-Identifier: GPL-3.0-or-later
// reporting:: (campaign report aggregation): unique counting, the rates with nothing to divide
// by, clicks per link with and without the entry's Urls, bounce codes we do not know, time
// buckets across DST changes, the 90-day window, and the JSON and CSV of `ctct campaigns report`.
#include "reporting/campaignreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ctct;
using namespace ctct::reporting;

namespace {

const QDateTime kSent(QDate(2026, 6, 10), QTime(13, 0), Qt::UTC);
const QDateTime kNow(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC);

CampaignEvent makeEvent(CampaignEventKind kind, int contact, const QDateTime &time, const QString &link = {})
{
    CampaignEvent e;
    e.kind = kind;
    e.contactId = QStringLiteral("http://api.constantcontact.com/ws/customers/demo/contacts/%1").arg(contact);
    e.contactEmail = QStringLiteral("c%1@example.com").arg(contact);
    e.eventTime = time;
    e.linkUrl = link;
    return e;
}

CampaignEvent bounce(int contact, const QString &code, const QString &description = {})
{
    CampaignEvent e = makeEvent(CampaignEventKind::Bounce, contact, kSent.addSecs(2));
    e.code = code;
    e.description = description;
    e.bounceMessage = QStringLiteral("550 5.1.1 no such user");
    return e;
}

Campaign sentCampaign()
{
    Campaign c;
    c.id = QStringLiteral("http://api.constantcontact.com/ws/customers/demo/campaigns/1100546096289");
    c.name = QStringLiteral("Spring Paddle Newsletter");
    c.status = QStringLiteral("Sent");
    c.date = kSent;
    c.lastRunDate = kSent;
    return c;
}

// sends to contacts 1..sends, of which the first `bounced` bounced.
EventSet sendsAndBounces(int sends, int bounced)
{
    EventSet set;
    for (int i = 1; i <= sends; ++i)
        set[size_t(CampaignEventKind::Send)].append(makeEvent(CampaignEventKind::Send, i, kSent));
    for (int i = 1; i <= bounced; ++i)
        set[size_t(CampaignEventKind::Bounce)].append(bounce(i, QStringLiteral("B")));
    return set;
}

void add(EventSet &set, CampaignEventKind kind, const QList<int> &contacts, const QDateTime &time = kSent.addSecs(3600))
{
    for (int c : contacts)
        set[size_t(kind)].append(makeEvent(kind, c, time));
}

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out.append(QString::fromLatin1(n));
    return out;
}

} // namespace

class TestCampaignReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsTotalAndUnique()
    {
        EventSet set = sendsAndBounces(10, 0);
        add(set, CampaignEventKind::Open, {1, 1, 1, 2, 3});
        add(set, CampaignEventKind::Click, {1, 2, 2});
        add(set, CampaignEventKind::Forward, {4, 4});
        add(set, CampaignEventKind::OptOut, {5});
        const CampaignReport r = aggregate(sentCampaign(), set, QTimeZone::utc(), kNow);
        QCOMPARE(r.eventCount(CampaignEventKind::Send), 10);
        QCOMPARE(r.eventCount(CampaignEventKind::Open), 5);
        QCOMPARE(r.uniqueCount(CampaignEventKind::Open), 3);
        QCOMPARE(r.eventCount(CampaignEventKind::Click), 3);
        QCOMPARE(r.uniqueCount(CampaignEventKind::Click), 2);
        QCOMPARE(r.eventCount(CampaignEventKind::Forward), 2);
        QCOMPARE(r.uniqueCount(CampaignEventKind::Forward), 1);
        QCOMPARE(r.uniqueCount(CampaignEventKind::OptOut), 1);
        QCOMPARE(r.delivered(), 10);
        QCOMPARE(r.rates.open, 0.3);
        QCOMPARE(r.rates.click, 0.2);
        QCOMPARE(r.rates.optOut, 0.1);
        QCOMPARE(r.rates.bounce, 0.0);
    }

    void uniqueFallsBackToTheAddress()
    {
        EventSet set;
        CampaignEvent a = makeEvent(CampaignEventKind::Open, 1, kSent);
        a.contactId.clear();
        CampaignEvent b = a;
        b.contactEmail = QStringLiteral("other@example.com");
        set[size_t(CampaignEventKind::Open)] = {a, a, b};
        const CampaignReport r = aggregate(sentCampaign(), set, QTimeZone::utc(), kNow);
        QCOMPARE(r.uniqueCount(CampaignEventKind::Open), 2);
    }

    void rates_data()
    {
        QTest::addColumn<int>("sends");
        QTest::addColumn<int>("bounced");
        QTest::addColumn<int>("openers");
        QTest::addColumn<double>("open");
        QTest::addColumn<double>("bounce");
        QTest::newRow("nothing sent") << 0 << 0 << 0 << 0.0 << 0.0;
        QTest::newRow("opens but no sends in the window") << 0 << 0 << 3 << 0.0 << 0.0;
        QTest::newRow("all bounced") << 4 << 4 << 0 << 0.0 << 1.0;
        QTest::newRow("half bounced") << 4 << 2 << 1 << 0.5 << 0.5;
        QTest::newRow("none bounced") << 8 << 0 << 2 << 0.25 << 0.0;
    }
    void rates()
    {
        QFETCH(int, sends);
        QFETCH(int, bounced);
        QFETCH(int, openers);
        QFETCH(double, open);
        QFETCH(double, bounce);
        EventSet set = sendsAndBounces(sends, bounced);
        QList<int> who;
        for (int i = 0; i < openers; ++i)
            who.append(100 + i);
        add(set, CampaignEventKind::Open, who);
        const CampaignReport r = aggregate(sentCampaign(), set, QTimeZone::utc(), kNow);
        QCOMPARE(r.rates.open, open);
        QCOMPARE(r.rates.bounce, bounce);
        QVERIFY(qIsFinite(r.rates.click) && qIsFinite(r.rates.optOut));
        QCOMPARE(r.delivered(), std::max(0, sends - bounced));
    }

    void linksFromTheEntryAndTheEvents()
    {
        Campaign c = sentCampaign();
        c.urls = {{QStringLiteral("u1"), QStringLiteral("http://example.com/a"), 4},
                  {QStringLiteral("u2"), QStringLiteral("http://example.com/b"), 0},
                  {QStringLiteral("u3"), QStringLiteral("http://example.com/never"), std::nullopt}};
        EventSet set;
        auto &clicks = set[size_t(CampaignEventKind::Click)];
        clicks.append(makeEvent(CampaignEventKind::Click, 1, kSent, QStringLiteral("http://example.com/a")));
        clicks.append(makeEvent(CampaignEventKind::Click, 1, kSent, QStringLiteral("http://example.com/a")));
        clicks.append(makeEvent(CampaignEventKind::Click, 2, kSent, QStringLiteral("http://example.com/a ")));
        clicks.append(makeEvent(CampaignEventKind::Click, 2, kSent, QStringLiteral("http://example.com/b")));
        clicks.append(makeEvent(CampaignEventKind::Click, 3, kSent, QStringLiteral("http://example.com/elsewhere")));
        clicks.append(makeEvent(CampaignEventKind::Click, 3, kSent, QStringLiteral("http://example.com/elsewhere")));
        clicks.append(makeEvent(CampaignEventKind::Click, 4, kSent, QStringLiteral("http://example.com/rare")));
        const CampaignReport r = aggregate(c, set, QTimeZone::utc(), kNow);
        QCOMPARE(r.links.size(), 5);
        // The entry's links in their order (one never clicked), then the others, most clicked first.
        QCOMPARE(r.links[0].url, QStringLiteral("http://example.com/a"));
        QCOMPARE(r.links[0].clicks, 3);
        QCOMPARE(r.links[0].uniqueClicks, 2);
        QCOMPARE(r.links[0].entryClicks, std::optional<qint64>(4));
        QCOMPARE(r.links[1].clicks, 1);
        QCOMPARE(r.links[2].url, QStringLiteral("http://example.com/never"));
        QCOMPARE(r.links[2].clicks, 0);
        QCOMPARE(r.links[2].uniqueClicks, 0);
        QCOMPARE(r.links[3].url, QStringLiteral("http://example.com/elsewhere"));
        QCOMPARE(r.links[3].clicks, 2);
        QCOMPARE(r.links[3].uniqueClicks, 1);
        QVERIFY(!r.links[3].entryClicks);
        QCOMPARE(r.links[4].url, QStringLiteral("http://example.com/rare"));
    }

    void linksWithoutUrls()
    {
        EventSet set;
        auto &clicks = set[size_t(CampaignEventKind::Click)];
        clicks.append(makeEvent(CampaignEventKind::Click, 1, kSent, QStringLiteral("http://example.com/x")));
        clicks.append(makeEvent(CampaignEventKind::Click, 2, kSent, QStringLiteral("http://example.com/y")));
        clicks.append(makeEvent(CampaignEventKind::Click, 3, kSent, QStringLiteral("http://example.com/y")));
        clicks.append(makeEvent(CampaignEventKind::Click, 3, kSent)); // no LinkUrl
        const CampaignReport r = aggregate(sentCampaign(), set, QTimeZone::utc(), kNow);
        QCOMPARE(r.links.size(), 3);
        QCOMPARE(r.links[0].url, QStringLiteral("http://example.com/y"));
        QCOMPARE(r.links[0].clicks, 2);
        QCOMPARE(r.links[0].uniqueClicks, 2);
        qint64 total = 0;
        for (const LinkClicks &l : r.links)
            total += l.clicks;
        QCOMPARE(total, r.eventCount(CampaignEventKind::Click));
    }

    void bouncesByCode()
    {
        EventSet set = sendsAndBounces(10, 0);
        auto &bounces = set[size_t(CampaignEventKind::Bounce)];
        bounces = {bounce(1, QStringLiteral("F")),
                   bounce(2, QStringLiteral("f")),
                   bounce(3, QStringLiteral("Q"), QStringLiteral("Quarantined by the receiver")),
                   bounce(4, QStringLiteral("B"), QStringLiteral("whatever the server says")),
                   bounce(5, QStringLiteral("F")),
                   bounce(5, QStringLiteral("F"))};
        const CampaignReport r = aggregate(sentCampaign(), set, QTimeZone::utc(), kNow);
        QCOMPARE(r.bounces.size(), 3);
        QCOMPARE(r.bounces[0].code, QStringLiteral("F"));
        QCOMPARE(r.bounces[0].description, QStringLiteral("Mailbox full"));
        QCOMPARE(r.bounces[0].count, 4);
        QCOMPARE(r.bounces[0].uniqueContacts, 3);
        // Same count: by code. A code we know takes our meaning; one we do not, the server's words.
        QCOMPARE(r.bounces[1].code, QStringLiteral("B"));
        QCOMPARE(r.bounces[1].description, QStringLiteral("Non-existent address"));
        QCOMPARE(r.bounces[2].code, QStringLiteral("Q"));
        QCOMPARE(r.bounces[2].description, QStringLiteral("Quarantined by the receiver"));
        QCOMPARE(r.rates.bounce, 0.6);
        QCOMPARE(r.delivered(), 4);
    }

    void bounceMeanings_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("meaning");
        QTest::newRow("B") << "B"
                           << "Non-existent address";
        QTest::newRow("D") << "D"
                           << "Undeliverable";
        QTest::newRow("F") << "F"
                           << "Mailbox full";
        QTest::newRow("S") << "S"
                           << "Suspended";
        QTest::newRow("V") << "V"
                           << "Vacation or auto-reply";
        QTest::newRow("X") << "X"
                           << "Other";
        QTest::newRow("Z") << "Z"
                           << "Blocked";
        QTest::newRow("lower case") << "z"
                                    << "Blocked";
        QTest::newRow("unknown") << "Q"
                                 << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void bounceMeanings()
    {
        QFETCH(QString, code);
        QFETCH(QString, meaning);
        QCOMPARE(bounceCodeMeaning(code), meaning);
    }

    void timelineByHourThenByDay()
    {
        const QTimeZone zone = QTimeZone::utc();
        EventSet set = sendsAndBounces(3, 0);
        set[size_t(CampaignEventKind::Open)] = {makeEvent(CampaignEventKind::Open, 1, kSent.addSecs(10 * 60)),
                                                makeEvent(CampaignEventKind::Open, 2, kSent.addSecs(70 * 60)),
                                                makeEvent(CampaignEventKind::Open, 3, kSent.addDays(5))};
        set[size_t(CampaignEventKind::Click)] = {makeEvent(CampaignEventKind::Click, 1, kSent.addSecs(11 * 60))};
        const CampaignReport r = aggregate(sentCampaign(), set, zone, kNow);
        // 13:00 on day 1 to midnight after day 2: 11 + 24 hours, then days 3 to 6.
        QCOMPARE(r.timeline.size(), 35 + 4);
        QCOMPARE(r.timeline.first().start, kSent);
        QVERIFY(r.timeline.first().hourly);
        QCOMPARE(r.timeline[0].opens, 1);
        QCOMPARE(r.timeline[0].clicks, 1);
        QCOMPARE(r.timeline[1].opens, 1);
        QVERIFY(!r.timeline[35].hourly);
        QCOMPARE(r.timeline[35].start, QDateTime(QDate(2026, 6, 12), QTime(0, 0), Qt::UTC));
        QCOMPARE(r.timeline.last().start, QDateTime(QDate(2026, 6, 15), QTime(0, 0), Qt::UTC));
        QCOMPARE(r.timeline.last().opens, 1);
        qint64 opens = 0;
        for (const TimeBucket &b : r.timeline)
            opens += b.opens;
        QCOMPARE(opens, 3);
    }

    void timelineStartsInTheUsersZone()
    {
        const QTimeZone zone("Asia/Kolkata"); // +05:30: the local hour is not the UTC hour
        QVERIFY(zone.isValid());
        const QList<TimeBucket> buckets = timeBuckets(kSent.addSecs(45 * 60), kSent.addSecs(46 * 60), zone);
        QVERIFY(!buckets.isEmpty());
        // 13:45 UTC is 19:15 in Kolkata: the first bucket is 19:00 local, 13:30 UTC.
        QCOMPARE(buckets.first().start.toTimeZone(zone).time(), QTime(19, 0));
        QCOMPARE(buckets.first().start.toUTC().time(), QTime(13, 30));
        // Until midnight after the next day: 5 + 24 hours.
        QCOMPARE(buckets.size(), 29);
        QCOMPARE(buckets.last().end.toTimeZone(zone).time(), QTime(0, 0));
    }

    void timeBucketsAcrossDst_data()
    {
        QTest::addColumn<QDateTime>("first");
        QTest::addColumn<int>("hourly");
        QTest::addColumn<int>("lastDayHours");
        // New York: clocks go forward on 8 March 2026 (a 23-hour day) and back on 1 November
        // 2026 (a 25-hour day). The first event at 10:00 local the day before each change.
        QTest::newRow("spring forward in the hourly part")
            << QDateTime(QDate(2026, 3, 7), QTime(15, 0), Qt::UTC) << 14 + 23 << 24;
        QTest::newRow("fall back in the hourly part")
            << QDateTime(QDate(2026, 10, 31), QTime(14, 0), Qt::UTC) << 14 + 25 << 24;
        QTest::newRow("spring forward in the daily part")
            << QDateTime(QDate(2026, 3, 5), QTime(15, 0), Qt::UTC) << 14 + 24 << 23;
        QTest::newRow("fall back in the daily part")
            << QDateTime(QDate(2026, 10, 29), QTime(14, 0), Qt::UTC) << 14 + 24 << 25;
    }
    void timeBucketsAcrossDst()
    {
        QFETCH(QDateTime, first);
        QFETCH(int, hourly);
        QFETCH(int, lastDayHours);
        const QTimeZone zone("America/New_York");
        QVERIFY(zone.isValid());
        const QDateTime last = first.addDays(4);
        const QList<TimeBucket> buckets = timeBuckets(first, last, zone);
        QCOMPARE(buckets.first().start.toTimeZone(zone).time(), QTime(10, 0));
        int hours = 0;
        for (const TimeBucket &b : buckets) {
            if (b.hourly) {
                ++hours;
                QCOMPARE(b.start.secsTo(b.end), 3600);
            } else {
                // Every day bucket runs from local midnight to local midnight.
                QCOMPARE(b.start.toTimeZone(zone).time(), QTime(0, 0));
                QCOMPARE(b.end.toTimeZone(zone).time(), QTime(0, 0));
                QCOMPARE(b.start.toTimeZone(zone).date().addDays(1), b.end.toTimeZone(zone).date());
            }
        }
        QCOMPARE(hours, hourly);
        // Buckets are contiguous, and the day with the change is as long as it is.
        for (qsizetype i = 1; i < buckets.size(); ++i)
            QCOMPARE(buckets[i].start, buckets[i - 1].end);
        int changeDay = 24;
        for (const TimeBucket &b : buckets) {
            const qint64 h = b.start.secsTo(b.end) / 3600;
            if (!b.hourly && h != 24)
                changeDay = int(h);
        }
        QCOMPARE(changeDay, lastDayHours);
        // The events in the hour after a change land in that hour's bucket.
        EventSet set;
        set[size_t(CampaignEventKind::Open)] = {makeEvent(CampaignEventKind::Open, 1, first),
                                                makeEvent(CampaignEventKind::Open, 2, last)};
        const CampaignReport r = aggregate(sentCampaign(), set, zone, kNow);
        QCOMPARE(r.timeline.size(), buckets.size());
        QCOMPARE(r.timeline.first().opens, 1);
        QCOMPARE(r.timeline.last().opens, 1);
    }

    void noOpensNoTimeline()
    {
        const CampaignReport r = aggregate(sentCampaign(), sendsAndBounces(5, 1), QTimeZone::utc(), kNow);
        QVERIFY(r.timeline.isEmpty());
        QVERIFY(r.hasEvents());
    }

    void windowLimited()
    {
        Campaign c = sentCampaign();
        c.sent = 5;
        c.opens = 2;
        EventSet set = sendsAndBounces(5, 0);
        add(set, CampaignEventKind::Open, {1, 2});
        QVERIFY(!aggregate(c, set, QTimeZone::utc(), kNow).windowLimited);
        c.opens = 3; // one open is older than the feeds hold
        QVERIFY(aggregate(c, set, QTimeZone::utc(), kNow).windowLimited);
        c.opens = 2;
        QVERIFY(aggregate(c, set, QTimeZone::utc(), kSent.addDays(91)).windowLimited);
        QCOMPARE(aggregate(c, set, QTimeZone::utc(), kNow).windowStart, kNow.addDays(-90));
        c.status = QStringLiteral("Draft");
        QVERIFY(!fromEntry(c, kSent.addDays(91)).windowLimited);
    }

    void firstPerContactKeepsTheEarliest()
    {
        const QList<CampaignEvent> events = {makeEvent(CampaignEventKind::Open, 1, kSent.addSecs(300)),
                                             makeEvent(CampaignEventKind::Open, 2, kSent.addSecs(200)),
                                             makeEvent(CampaignEventKind::Open, 1, kSent.addSecs(100))};
        const QList<CampaignEvent> first = firstPerContact(events);
        QCOMPARE(first.size(), 2);
        QCOMPARE(first[0].contactEmail, QStringLiteral("c1@example.com"));
        QCOMPARE(first[0].eventTime, kSent.addSecs(100));
        QCOMPARE(first[1].contactEmail, QStringLiteral("c2@example.com"));
    }

    void json()
    {
        Campaign c = sentCampaign();
        c.sent = 4;
        c.opens = 3;
        c.clicks = 1;
        c.bounces = 1;
        c.forwards = 0;
        c.optOuts = 0;
        c.urls = {{QStringLiteral("u1"), QStringLiteral("http://example.com/a"), 1}};
        EventSet set = sendsAndBounces(4, 1);
        add(set, CampaignEventKind::Open, {2, 2, 3});
        set[size_t(CampaignEventKind::Click)] = {
            makeEvent(CampaignEventKind::Click, 2, kSent.addSecs(60), QStringLiteral("http://example.com/a"))};
        const CampaignReport r = aggregate(c, set, QTimeZone::utc(), kNow);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(toJson(r), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject o = doc.object();
        QCOMPARE(o.keys(), keys({"bounces", "campaign", "counts", "events", "links", "rates", "timeline", "unique"}));
        QCOMPARE(o[u"campaign"].toObject().keys(), keys({"Name", "Status", "id"}));
        QCOMPARE(o[u"campaign"][u"id"].toString(), c.id);
        const QJsonObject counts = o[u"counts"].toObject();
        QCOMPARE(counts.keys(), keys({"Bounces", "Clicks", "Forwards", "Opens", "OptOuts", "Sent", "SpamReports"}));
        QCOMPARE(counts[u"Sent"].toInt(), 4);
        QVERIFY(counts[u"SpamReports"].isNull()); // the entry did not say
        const QJsonObject events = o[u"events"].toObject();
        QCOMPARE(events.keys(), keys({"bounces", "clicks", "forwards", "opens", "optouts", "sends"}));
        QCOMPARE(events[u"opens"].toInt(), 3);
        QCOMPARE(o[u"unique"].toObject().keys(), keys({"clicks", "forwards", "opens"}));
        QCOMPARE(o[u"unique"][u"opens"].toInt(), 2);
        const QJsonObject rates = o[u"rates"].toObject();
        QCOMPARE(rates.keys(), keys({"bounce", "click", "open", "optout"}));
        QCOMPARE(rates[u"open"].toDouble(), 2.0 / 3.0);
        QCOMPARE(rates[u"bounce"].toDouble(), 0.25);
        const QJsonArray bounces = o[u"bounces"].toArray();
        QCOMPARE(bounces.size(), 1);
        QCOMPARE(bounces[0].toObject().keys(), keys({"code", "count", "description"}));
        QCOMPARE(bounces[0][u"description"].toString(), QStringLiteral("Non-existent address"));
        const QJsonArray links = o[u"links"].toArray();
        QCOMPARE(links[0].toObject().keys(), keys({"clicks", "uniqueClicks", "url"}));
        QCOMPARE(links[0][u"uniqueClicks"].toInt(), 1);
        const QJsonArray timeline = o[u"timeline"].toArray();
        QVERIFY(!timeline.isEmpty());
        QCOMPARE(timeline[0].toObject().keys(), keys({"clicks", "opens", "start"}));
        QCOMPARE(QDateTime::fromString(timeline[0][u"start"].toString(), Qt::ISODate), kSent);
    }

    void csvIsOneRow()
    {
        Campaign c = sentCampaign();
        c.name = QStringLiteral("News, \"June\"");
        c.sent = 2;
        EventSet set = sendsAndBounces(2, 0);
        add(set, CampaignEventKind::Open, {1});
        const QList<QByteArray> lines = toCsv(aggregate(c, set, QTimeZone::utc(), kNow)).split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[2].isEmpty());
        QVERIFY(lines[0].startsWith("id,Name,Status,Sent,"));
        QVERIFY(lines[0].endsWith(",openRate,clickRate,bounceRate,optoutRate"));
        QVERIFY(lines[1].contains(",\"News, \"\"June\"\"\",Sent,2,"));
        QVERIFY(lines[1].endsWith(",0.5,0,0,0"));
    }
};

QTEST_GUILESS_MAIN(TestCampaignReport)
#include "tst_campaignreport.moc"
