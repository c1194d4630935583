// SPDX-License-Identifier: GPL-3.0-or-later
// Campaigns through the real client against the sandbox: the collection by status, a sent
// campaign whose counters agree with its six event feeds (and its Urls with the click events),
// event paging by pageSize, the events service document, a draft's create/update/delete, and
// scheduling a draft and unscheduling it again (§5.5).
#include "integration.h"

#include <QSet>
#include <QTest>

using namespace ctct;
using namespace ctct::test;

namespace {

const QString kSent = QStringLiteral("1100546096289");

std::optional<qint64> counterOf(const Campaign &c, CampaignEventKind kind)
{
    switch (kind) {
    case CampaignEventKind::Send:
        return c.sent;
    case CampaignEventKind::Open:
        return c.opens;
    case CampaignEventKind::Click:
        return c.clicks;
    case CampaignEventKind::Bounce:
        return c.bounces;
    case CampaignEventKind::Forward:
        return c.forwards;
    case CampaignEventKind::OptOut:
        return c.optOuts;
    }
    return std::nullopt;
}

} // namespace

class TestIntCampaigns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listByStatus_data();
    void listByStatus();
    void sentCampaign();
    void countersAgreeWithEventFeeds();
    void clicksAgreeWithUrls();
    void eventPaging();
    void eventsServiceDocument();
    void draftLifecycle();
    void createErrors();
    void sentCampaignIsFrozen();
    void scheduleLifecycle();
    void scheduleRefusals();

private:
    Campaign draft(const QString &name);
    std::unique_ptr<Integration> m_f;
    std::optional<Campaign> m_sent;
};

void TestIntCampaigns::initTestCase()
{
    m_f = std::make_unique<Integration>();
    QVERIFY(m_f->started());
    m_sent = Integration::fetch<Campaign>(m_f->ops().getCampaign(kSent));
    QVERIFY(m_sent);
}

void TestIntCampaigns::cleanupTestCase()
{
    m_f.reset();
}

Campaign TestIntCampaigns::draft(const QString &name)
{
    Campaign c;
    c.name = name;
    c.status = QStringLiteral("Draft");
    c.subject = QStringLiteral("Spring news");
    c.fromName = QStringLiteral("Bluewater");
    c.greetingName = QStringLiteral("FirstName");
    c.organizationName = QStringLiteral("Bluewater Kayak");
    c.emailContentFormat = QStringLiteral("HTML");
    c.emailContent = QStringLiteral("<html><body><p>Hi</p></body></html>");
    c.emailTextContent = QStringLiteral("<Text>Hi</Text>");
    c.contactLists = {demoListUri(QStringLiteral("1"))};
    c.hasContactLists = true;
    // The sender must be a verified account address.
    const Collected<EmailAddress> addresses = Integration::collect(m_f->ops().emailAddresses());
    for (const EmailAddress &a : addresses.entries) {
        if (a.status == u"Verified" && c.fromEmail.isEmpty())
            c.fromEmail = {a.id, a.emailAddress};
    }
    c.replyToEmail = c.fromEmail;
    return c;
}

void TestIntCampaigns::listByStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("expected");
    QTest::newRow("all") << QString() << 12 << int(CampaignStatus::Unknown);
    QTest::newRow("SENT") << QStringLiteral("SENT") << 6 << int(CampaignStatus::Sent);
    QTest::newRow("draft, lower case") << QStringLiteral("draft") << 4 << int(CampaignStatus::Draft);
    QTest::newRow("Scheduled") << QStringLiteral("Scheduled") << 2 << int(CampaignStatus::Scheduled);
    QTest::newRow("RUNNING") << QStringLiteral("RUNNING") << 0 << int(CampaignStatus::Running);
}

void TestIntCampaigns::listByStatus()
{
    QFETCH(QString, status);
    QFETCH(int, count);
    QFETCH(int, expected);
    const Collected<Campaign> campaigns = Integration::collect(m_f->ops().campaigns(status));
    QCOMPARE(campaigns.result.error, ApiError::None);
    QCOMPARE(campaigns.entries.size(), count);
    for (const Campaign &c : campaigns.entries) {
        QVERIFY(!c.name.isEmpty());
        QVERIFY(c.date.isValid());
        if (expected != int(CampaignStatus::Unknown))
            QCOMPARE(int(c.statusValue()), expected);
    }
}

void TestIntCampaigns::sentCampaign()
{
    const Campaign &c = *m_sent;
    QCOMPARE(c.statusValue(), CampaignStatus::Sent);
    QCOMPARE(c.shortId(), kSent);
    QCOMPARE(c.campaignType, QStringLiteral("CUSTOM"));
    QVERIFY(c.emailTextContent.startsWith(QStringLiteral("<Text>")));
    QVERIFY(c.emailContent.contains(QStringLiteral("<html")));
    QCOMPARE(c.fromEmail.id,
             QStringLiteral("http://api.constantcontact.com/ws/customers/demo/settings/emailaddresses/1"));
    QVERIFY(!c.fromEmail.emailAddress.isEmpty());
    QCOMPARE(c.urls.size(), 3);
    QVERIFY(c.sent.value_or(0) > 0);
    QVERIFY(c.lastRunDate.isValid());
}

void TestIntCampaigns::countersAgreeWithEventFeeds()
{
    const Collected<Campaign> sent = Integration::collect(m_f->ops().campaigns(QStringLiteral("SENT")));
    QCOMPARE(sent.entries.size(), 6);
    for (const Campaign &summary : sent.entries) {
        const std::optional<Campaign> c = Integration::fetch<Campaign>(m_f->ops().getCampaign(summary.id));
        QVERIFY(c);
        for (int k = 0; k < CampaignEventKindCount; ++k) {
            const auto kind = CampaignEventKind(k);
            const Collected<CampaignEvent> events =
                Integration::collect(m_f->ops().campaignEvents(summary.id, kind, 200));
            QCOMPARE(events.result.error, ApiError::None);
            const QString what = c->shortId() + u' ' + campaignEventCollection(kind);
            QVERIFY2(!events.entries.isEmpty(), qPrintable(what));
            QVERIFY2(events.entries.size() == counterOf(*c, kind).value_or(-1), qPrintable(what));
            QSet<QString> ids;
            for (const CampaignEvent &e : events.entries) {
                QVERIFY(e.kind == kind);
                QCOMPARE(shortIdOf(e.campaignId), c->shortId());
                QVERIFY(!e.contactEmail.isEmpty());
                ids.insert(e.id);
            }
            QCOMPARE(ids.size(), events.entries.size());
        }
    }
}

void TestIntCampaigns::clicksAgreeWithUrls()
{
    const Collected<CampaignEvent> clicks =
        Integration::collect(m_f->ops().campaignEvents(kSent, CampaignEventKind::Click, 200));
    QHash<QString, qint64> byLink;
    for (const CampaignEvent &e : clicks.entries)
        ++byLink[e.linkUrl];
    qint64 total = 0;
    for (const CampaignUrl &u : m_sent->urls) {
        QVERIFY(u.clicks.has_value());
        QCOMPARE(*u.clicks, byLink.value(u.value));
        total += *u.clicks;
    }
    QCOMPARE(total, m_sent->clicks.value_or(-1));
    QCOMPARE(qint64(clicks.entries.size()), total);
    // Bounce and opt-out events carry their extras (decision 11).
    for (const CampaignEvent &b :
         Integration::collect(m_f->ops().campaignEvents(kSent, CampaignEventKind::Bounce, 200)).entries) {
        QVERIFY2(QStringList({QStringLiteral("B"), QStringLiteral("D"), QStringLiteral("F"), QStringLiteral("S"),
                              QStringLiteral("V"), QStringLiteral("X"), QStringLiteral("Z")})
                     .contains(b.code),
                 qPrintable(b.code));
        QVERIFY(!b.description.isEmpty());
    }
    for (const CampaignEvent &o :
         Integration::collect(m_f->ops().campaignEvents(kSent, CampaignEventKind::OptOut, 200)).entries)
        QVERIFY(o.optOutSource == ActionByContact || o.optOutSource == ActionByCustomer);
}

void TestIntCampaigns::eventPaging()
{
    const Collected<CampaignEvent> big =
        Integration::collect(m_f->ops().campaignEvents(kSent, CampaignEventKind::Send, 200));
    const Collected<CampaignEvent> small =
        Integration::collect(m_f->ops().campaignEvents(kSent, CampaignEventKind::Send, 5));
    QCOMPARE(small.result.error, ApiError::None);
    const qsizetype total = m_sent->sent.value_or(0);
    QVERIFY(total > 10);
    QCOMPARE(big.entries.size(), total);
    QCOMPARE(big.pageUrls.size(), (total + 199) / 200);
    QCOMPARE(small.entries.size(), total);
    QCOMPARE(small.pageUrls.size(), (total + 4) / 5);
    QStringList bigIds;
    QStringList smallIds;
    for (const CampaignEvent &e : big.entries)
        bigIds.append(e.id);
    for (const CampaignEvent &e : small.entries)
        smallIds.append(e.id);
    QCOMPARE(smallIds, bigIds); // same events, same order
    // The server's default page is 50.
    const Collected<CampaignEvent> dflt =
        Integration::collect(m_f->ops().campaignEvents(kSent, CampaignEventKind::Send));
    QCOMPARE(dflt.pageUrls.size(), (total + 49) / 50);
}

void TestIntCampaigns::eventsServiceDocument()
{
    const QStringList collections = Integration::collectionNames(m_f->ops().campaignEventsService(kSent));
    for (int k = 0; k < CampaignEventKindCount; ++k)
        QVERIFY2(collections.contains(campaignEventCollection(CampaignEventKind(k))),
                 qPrintable(collections.join(u' ')));
}

void TestIntCampaigns::draftLifecycle()
{
    const Campaign c = draft(QStringLiteral("Autumn Newsletter"));
    QVERIFY(!c.fromEmail.id.isEmpty());
    const ApiResult created = Integration::run(m_f->ops().createCampaign(c));
    QCOMPARE(created.error, ApiError::None);
    QCOMPARE(created.httpStatus, 201);
    const atom::Parsed<Campaign> entry = parseEntry<Campaign>(created);
    QVERIFY(entry.ok());
    QCOMPARE(entry.value->id, created.location.toString());
    QCOMPARE(entry.value->statusValue(), CampaignStatus::Draft);
    QCOMPARE(entry.value->sent, std::optional<qint64>(0));
    const QString id = entry.value->shortId();
    QCOMPARE(Integration::collect(m_f->ops().campaigns(QStringLiteral("DRAFT"))).entries.size(), 5);

    const ApiResult original = Integration::run(m_f->ops().getCampaign(id));
    QCOMPARE(original.error, ApiError::None);
    Campaign edited = parseEntry<Campaign>(original).value.value();
    QCOMPARE(edited.subject, c.subject);
    QCOMPARE(edited.fromEmail.id, c.fromEmail.id);
    QCOMPARE(edited.contactLists, c.contactLists);
    edited.subject = QStringLiteral("Autumn news, at last");
    edited.contactLists.append(demoListUri(QStringLiteral("2")));
    const ApiResult put = Integration::run(m_f->ops().updateCampaign(edited, original.body));
    QVERIFY2(put.error == ApiError::None, qPrintable(put.toString()));
    QCOMPARE(put.httpStatus, 204);
    const std::optional<Campaign> after = Integration::fetch<Campaign>(m_f->ops().getCampaign(id));
    QVERIFY(after);
    QCOMPARE(after->subject, QStringLiteral("Autumn news, at last"));
    QCOMPARE(after->name, c.name);
    QCOMPARE(after->emailContent, c.emailContent);
    QCOMPARE(after->contactLists, edited.contactLists);
    // Without the original, the entry is written in full from the value.
    Campaign full = *after;
    full.greetingString = QStringLiteral("Ahoy!");
    const ApiResult fullPut = Integration::run(m_f->ops().updateCampaign(full));
    QVERIFY2(fullPut.httpStatus == 204, qPrintable(fullPut.toString()));
    QCOMPARE(Integration::fetch<Campaign>(m_f->ops().getCampaign(id)).value().greetingString, QStringLiteral("Ahoy!"));

    const ApiResult del = Integration::run(m_f->ops().deleteCampaign(id));
    QCOMPARE(del.error, ApiError::None);
    QCOMPARE(del.httpStatus, 204);
    QCOMPARE(Integration::run(m_f->ops().getCampaign(id)).error, ApiError::NotFound);
}

void TestIntCampaigns::createErrors()
{
    Campaign unverified = draft(QStringLiteral("Unverified"));
    unverified.fromEmail.id =
        QStringLiteral("http://api.constantcontact.com/ws/customers/demo/settings/emailaddresses/2");
    const std::optional<EmailAddress> two =
        Integration::fetch<EmailAddress>(m_f->ops().getEmailAddress(QStringLiteral("2")));
    QVERIFY(two);
    QVERIFY(two->status != u"Verified");
    const ApiResult r = Integration::run(m_f->ops().createCampaign(unverified));
    QCOMPARE(r.error, ApiError::BadRequest);
    QVERIFY2(r.message.contains(QStringLiteral("not verified")), qPrintable(r.message));
    const ApiResult duplicate = Integration::run(m_f->ops().createCampaign(draft(m_sent->name)));
    QCOMPARE(duplicate.error, ApiError::Conflict);
}

void TestIntCampaigns::sentCampaignIsFrozen()
{
    const ApiResult original = Integration::run(m_f->ops().getCampaign(kSent));
    Campaign edited = parseEntry<Campaign>(original).value.value();
    edited.subject = QStringLiteral("Too late");
    const ApiResult put = Integration::run(m_f->ops().updateCampaign(edited, original.body));
    QCOMPARE(put.error, ApiError::BadRequest);
    QCOMPARE(put.httpStatus, 400);
    QCOMPARE(Integration::run(m_f->ops().deleteCampaign(kSent)).error, ApiError::BadRequest);
    const std::optional<Campaign> still = Integration::fetch<Campaign>(m_f->ops().getCampaign(kSent));
    QVERIFY(still);
    QCOMPARE(still->subject, m_sent->subject);
    QCOMPARE(still->statusValue(), CampaignStatus::Sent);
}

void TestIntCampaigns::scheduleLifecycle()
{
    const ApiResult created = Integration::run(m_f->ops().createCampaign(draft(QStringLiteral("Winter Sale"))));
    QCOMPARE(created.httpStatus, 201);
    const QString id = parseEntry<Campaign>(created).value.value().shortId();
    // No schedule yet: an empty feed.
    const ApiResult none = Integration::run(m_f->ops().campaignSchedule(id));
    QCOMPARE(none.error, ApiError::None);
    QVERIFY(atom::readPage<CampaignSchedule>(none.body).value.value().entries.isEmpty());

    const QDateTime when =
        QDateTime::currentDateTimeUtc().addDays(3).addMSecs(-QDateTime::currentDateTimeUtc().time().msec());
    const ApiResult posted = Integration::run(m_f->ops().scheduleCampaign(id, when.toOffsetFromUtc(3600)));
    QVERIFY2(posted.error == ApiError::None, qPrintable(posted.toString()));
    QCOMPARE(posted.httpStatus, 201);
    QVERIFY2(posted.location.toString().endsWith(u"/campaigns/" + id + u"/schedules/1"),
             qPrintable(posted.location.toString()));

    const std::optional<Campaign> scheduled = Integration::fetch<Campaign>(m_f->ops().getCampaign(id));
    QVERIFY(scheduled);
    QCOMPARE(scheduled->statusValue(), CampaignStatus::Scheduled);
    QCOMPARE(scheduled->nextRunDate, when);
    const ApiResult feed = Integration::run(m_f->ops().campaignSchedule(id));
    const atom::Parsed<Page<CampaignSchedule>> schedules = atom::readPage<CampaignSchedule>(feed.body);
    QVERIFY2(schedules.ok(), qPrintable(schedules.error.toString()));
    QCOMPARE(schedules.value->entries.size(), 1);
    QCOMPARE(schedules.value->entries.first().scheduledTime, when);
    QVERIFY(schedules.value->entries.first().id.endsWith(u"/schedules/1"));
    QVERIFY(Integration::collect(m_f->ops().campaigns(QStringLiteral("SCHEDULED"))).entries.size() >= 1);

    // Scheduled twice: only a draft can be.
    QCOMPARE(Integration::run(m_f->ops().scheduleCampaign(id, when.addDays(1))).error, ApiError::BadRequest);

    const ApiResult removed = Integration::run(m_f->ops().unscheduleCampaign(id));
    QCOMPARE(removed.error, ApiError::None);
    QCOMPARE(removed.httpStatus, 204);
    const std::optional<Campaign> draftAgain = Integration::fetch<Campaign>(m_f->ops().getCampaign(id));
    QVERIFY(draftAgain);
    QCOMPARE(draftAgain->statusValue(), CampaignStatus::Draft);
    QVERIFY(!draftAgain->nextRunDate.isValid());
    // Nothing left to unschedule.
    QCOMPARE(Integration::run(m_f->ops().unscheduleCampaign(id)).error, ApiError::NotFound);
    QCOMPARE(Integration::run(m_f->ops().deleteCampaign(id)).httpStatus, 204);
}

void TestIntCampaigns::scheduleRefusals()
{
    // A time that has passed, a sent campaign, a draft without lists: 400 with the reason.
    const ApiResult created = Integration::run(m_f->ops().createCampaign(draft(QStringLiteral("Too Early"))));
    const QString id = parseEntry<Campaign>(created).value.value().shortId();
    const ApiResult past =
        Integration::run(m_f->ops().scheduleCampaign(id, QDateTime::currentDateTimeUtc().addSecs(-60)));
    QCOMPARE(past.error, ApiError::BadRequest);
    QVERIFY2(past.message.contains(u"future"), qPrintable(past.message));
    const ApiResult sent =
        Integration::run(m_f->ops().scheduleCampaign(kSent, QDateTime::currentDateTimeUtc().addDays(1)));
    QCOMPARE(sent.error, ApiError::BadRequest);
    QCOMPARE(Integration::fetch<Campaign>(m_f->ops().getCampaign(id)).value().statusValue(), CampaignStatus::Draft);
    QCOMPARE(Integration::run(m_f->ops().deleteCampaign(id)).httpStatus, 204);
}

QTEST_GUILESS_MAIN(TestIntCampaigns)
#include "tst_int_campaigns.moc"
