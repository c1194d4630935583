// SPDX-License-Identifier: GPL-3.0-or-later
// CampaignReportJob against the sandbox: for every sent campaign of the demo data the report's
// numbers equal the campaign entry's counts and what its event feeds hold (read again here,
// independently, 50 at a time), fetching takes one request per page of 200, an unknown
// campaign fails with 404, and a cancel ends the job at once.
#include "integration.h"

#include "api/campaignreportjob.h"

#include <QSet>
#include <QSignalSpy>

using namespace ctct;
using namespace ctct::test;

namespace {

bool runJob(CampaignReportJob &job, int timeoutMs = 20000)
{
    bool done = false;
    QObject::connect(&job, &CampaignReportJob::finished, &job, [&done] { done = true; });
    job.start();
    return QTest::qWaitFor([&done] { return done; }, timeoutMs);
}

qint64 distinct(const QList<CampaignEvent> &events)
{
    QSet<QString> ids;
    for (const CampaignEvent &e : events)
        ids.insert(e.contactId);
    return ids.size();
}

} // namespace

class TestIntCampaignReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        auto options = Integration::defaults();
        options.contacts = 600;
        m_f = std::make_unique<Integration>(options);
        QVERIFY(m_f->started());
        const Collected<Campaign> sent = Integration::collect(m_f->ops().campaigns(QStringLiteral("SENT")));
        QVERIFY(sent.result.ok());
        for (const Campaign &c : sent.entries)
            m_sent.append(c.id);
        QCOMPARE(m_sent.size(), 6);
    }
    void cleanupTestCase() { m_f.reset(); }

    void reportEqualsTheSandbox_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < 6; ++i)
            QTest::newRow(qPrintable(QStringLiteral("sent campaign %1").arg(i))) << i;
    }
    void reportEqualsTheSandbox()
    {
        QFETCH(int, index);
        const QString id = m_sent.at(index);
        CampaignReportJob job(m_f->ops(), id);
        QSignalSpy entry(&job, &CampaignReportJob::entryLoaded);
        QSignalSpy finished(&job, &CampaignReportJob::finished);
        QVERIFY(runJob(job));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(entry.size(), 1);
        QVERIFY2(job.result().ok(), qPrintable(job.result().toString()));
        const std::shared_ptr<const CampaignReportData> data = job.data();
        QVERIFY(data);
        const reporting::CampaignReport &r = data->report;

        // The entry's own counts, as the entry states them.
        const std::optional<Campaign> entry_ = Integration::fetch<Campaign>(m_f->ops().getCampaign(id));
        QVERIFY(entry_);
        const Campaign &c = *entry_;
        QCOMPARE(r.campaignId, c.id);
        QCOMPARE(r.name, c.name);
        QCOMPARE(r.counts.sent, c.sent);
        QCOMPARE(r.counts.opens, c.opens);
        QCOMPARE(r.counts.clicks, c.clicks);
        QCOMPARE(r.counts.bounces, c.bounces);
        QCOMPARE(r.counts.forwards, c.forwards);
        QCOMPARE(r.counts.optOuts, c.optOuts);
        QCOMPARE(r.counts.spamReports, c.spamReports);

        // The feeds, read again 50 entries a page.
        std::array<QList<CampaignEvent>, CampaignEventKindCount> feeds;
        int pagesOf200 = 0;
        for (int k = 0; k < CampaignEventKindCount; ++k) {
            const Collected<CampaignEvent> feed =
                Integration::collect(m_f->ops().campaignEvents(id, CampaignEventKind(k)));
            QVERIFY(feed.result.ok());
            feeds[size_t(k)] = feed.entries;
            QCOMPARE(r.events[size_t(k)], feed.entries.size());
            QCOMPARE(r.unique[size_t(k)], distinct(feed.entries));
            pagesOf200 += std::max<int>(1, int((feed.entries.size() + 199) / 200));
        }
        // One request per page of 200 (an empty feed is one page too).
        QCOMPARE(job.pagesFetched(), pagesOf200);
        // Every event of the demo data is inside the 90 days: the entry and the feeds agree.
        QCOMPARE(r.counts.sent.value_or(-1), r.eventCount(CampaignEventKind::Send));
        QCOMPARE(r.counts.opens.value_or(-1), r.eventCount(CampaignEventKind::Open));
        QCOMPARE(r.counts.clicks.value_or(-1), r.eventCount(CampaignEventKind::Click));
        QCOMPARE(r.counts.bounces.value_or(-1), r.eventCount(CampaignEventKind::Bounce));
        QVERIFY(!r.windowLimited);

        const auto &sends = feeds[size_t(CampaignEventKind::Send)];
        const auto &bounces = feeds[size_t(CampaignEventKind::Bounce)];
        const qint64 delivered = sends.size() - bounces.size();
        QVERIFY(delivered > 0);
        QCOMPARE(r.rates.open, double(distinct(feeds[size_t(CampaignEventKind::Open)])) / double(delivered));
        QCOMPARE(r.rates.click, double(distinct(feeds[size_t(CampaignEventKind::Click)])) / double(delivered));
        QCOMPARE(r.rates.bounce, double(bounces.size()) / double(sends.size()));
        QCOMPARE(r.rates.optOut, double(feeds[size_t(CampaignEventKind::OptOut)].size()) / double(delivered));

        // Bounces by code add up to the bounce feed, each code with what the feed said.
        qint64 bounced = 0;
        for (const reporting::BounceReason &b : r.bounces) {
            bounced += b.count;
            qint64 n = 0;
            for (const CampaignEvent &e : bounces) {
                if (e.code == b.code) {
                    ++n;
                    QCOMPARE(b.description, e.description); // the sandbox's words are the contract's
                }
            }
            QCOMPARE(b.count, n);
        }
        QCOMPARE(bounced, bounces.size());

        // Clicks per link: the entry's Urls in order, with the counts the entry gives.
        QCOMPARE(r.links.size(), c.urls.size());
        for (qsizetype i = 0; i < c.urls.size(); ++i) {
            QCOMPARE(r.links[i].url, c.urls[i].value);
            QCOMPARE(std::optional<qint64>(r.links[i].clicks), c.urls[i].clicks);
        }
        qint64 opens = 0, clicks = 0;
        for (const reporting::TimeBucket &b : r.timeline) {
            opens += b.opens;
            clicks += b.clicks;
        }
        QCOMPARE(opens, r.eventCount(CampaignEventKind::Open));
        QCOMPARE(clicks, r.eventCount(CampaignEventKind::Click));

        // The drill-down data: the events themselves, who they were about.
        QCOMPARE(data->events[size_t(CampaignEventKind::Open)].size(), r.eventCount(CampaignEventKind::Open));
        QVERIFY(data->events[size_t(CampaignEventKind::Open)].first().contactEmail.contains(u'@'));
    }

    void unknownCampaign()
    {
        CampaignReportJob job(m_f->ops(), QStringLiteral("999"));
        QSignalSpy finished(&job, &CampaignReportJob::finished);
        QVERIFY(runJob(job));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job.result().error, ApiError::NotFound);
        QVERIFY(!job.data());
    }

    void cancel()
    {
        CampaignReportJob job(m_f->ops(), m_sent.first());
        QSignalSpy finished(&job, &CampaignReportJob::finished);
        job.start();
        QVERIFY(job.isRunning());
        job.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job.result().error, ApiError::Canceled);
        QVERIFY(!job.data());
        job.cancel();
        QCOMPARE(finished.size(), 1);
    }

private:
    std::unique_ptr<Integration> m_f;
    QStringList m_sent;
};

QTEST_GUILESS_MAIN(TestIntCampaignReport)
#include "tst_int_campaignreport.moc"
