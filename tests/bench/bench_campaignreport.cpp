// SPDX-License-Identifier: GPL-3.0-or-later
// Campaign report aggregation (design.md §10: 100,000 sends + 60,000 other events in under
// 150 ms). Generates a campaign's six feeds as CampaignReportJob keeps them, then times
// reporting::aggregate() (best of --runs) in a time zone with DST. The reference, in the same
// run: putting every event's contact id into one QSet<QString>, the least any unique count does.
//   bench_campaignreport [--sends N] [--others N] [--runs N]
#include "reporting/campaignreport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>

#include <cstdio>

using namespace ctct;
using namespace ctct::reporting;

namespace {

QString contactUri(quint32 n)
{
    return QStringLiteral("http://api.constantcontact.com/ws/customers/demo/contacts/%1").arg(n);
}

EventSet generate(int sends, int others, Campaign &campaign)
{
    QRandomGenerator rng(42);
    const QDateTime sent(QDate(2026, 10, 20), QTime(13, 0), Qt::UTC); // the feeds span the end of DST
    campaign.id = QStringLiteral("http://api.constantcontact.com/ws/customers/demo/campaigns/1100546096289");
    campaign.name = QStringLiteral("Benchmark");
    campaign.status = QStringLiteral("Sent");
    campaign.date = sent;
    const QStringList links = {QStringLiteral("http://www.example.com/a"), QStringLiteral("http://www.example.com/b"),
                               QStringLiteral("http://www.example.com/c?x=1&y=2")};
    for (const QString &l : links)
        campaign.urls.append(CampaignUrl{QString(), l, std::nullopt});
    const char *codes[] = {"B", "D", "F", "S", "V", "X", "Z"};

    EventSet set;
    const auto make = [&](CampaignEventKind kind, quint32 contact, qint64 afterMs) {
        CampaignEvent e;
        e.kind = kind;
        e.contactId = contactUri(contact);
        e.contactEmail = QStringLiteral("person%1@example.com").arg(contact);
        e.eventTime = sent.addMSecs(afterMs);
        return e;
    };
    auto &s = set[size_t(CampaignEventKind::Send)];
    s.reserve(sends);
    for (int i = 0; i < sends; ++i)
        s.append(make(CampaignEventKind::Send, quint32(i), rng.bounded(600) * 1000));
    // The others in the demo data's proportions: opens, clicks, a few bounces, forwards, opt-outs.
    const int bounces = others / 30;
    const int forwards = others / 60;
    const int optOuts = others / 40;
    const int clicks = others / 4;
    const int opens = others - bounces - forwards - optOuts - clicks;
    const auto someone = [&] { return quint32(rng.bounded(sends)); };
    const auto later = [&] { return qint64(rng.bounded(30 * 24 * 60)) * 60000; }; // within 30 days
    for (int i = 0; i < opens; ++i)
        set[size_t(CampaignEventKind::Open)].append(make(CampaignEventKind::Open, someone(), later()));
    for (int i = 0; i < clicks; ++i) {
        CampaignEvent e = make(CampaignEventKind::Click, someone(), later());
        e.linkUrl = links.at(rng.bounded(int(links.size())));
        set[size_t(CampaignEventKind::Click)].append(e);
    }
    for (int i = 0; i < bounces; ++i) {
        CampaignEvent e = make(CampaignEventKind::Bounce, someone(), 2000);
        e.code = QString::fromLatin1(codes[rng.bounded(7)]);
        e.description = bounceCodeMeaning(e.code);
        e.bounceMessage = QStringLiteral("550 5.1.1 user unknown");
        set[size_t(CampaignEventKind::Bounce)].append(e);
    }
    for (int i = 0; i < forwards; ++i)
        set[size_t(CampaignEventKind::Forward)].append(make(CampaignEventKind::Forward, someone(), later()));
    for (int i = 0; i < optOuts; ++i)
        set[size_t(CampaignEventKind::OptOut)].append(make(CampaignEventKind::OptOut, someone(), later()));
    return set;
}

int intOption(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int sends = intOption(args, QStringLiteral("--sends"), 100000);
    const int others = intOption(args, QStringLiteral("--others"), 60000);
    const int runs = std::max(1, intOption(args, QStringLiteral("--runs"), 5));
    const QTimeZone zone("America/New_York");

    Campaign campaign;
    const EventSet set = generate(sends, others, campaign);
    qint64 total = 0;
    for (const auto &list : set)
        total += list.size();

    double best = 1e300;
    double bestReference = 1e300;
    CampaignReport report;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        report = aggregate(campaign, set, zone);
        best = std::min(best, double(t.nsecsElapsed()) / 1e6);

        t.restart();
        QSet<QString> ids;
        for (const auto &list : set) {
            for (const CampaignEvent &e : list)
                ids.insert(e.contactId);
        }
        bestReference = std::min(bestReference, double(t.nsecsElapsed()) / 1e6);
        if (ids.isEmpty())
            return 1;
    }
    std::printf("events: %d sends + %lld others = %lld\n", sends, static_cast<long long>(total - sends),
                static_cast<long long>(total));
    std::printf("aggregate (best of %d): %.2f ms  (%.0f events/ms)\n", runs, best, double(total) / best);
    std::printf("reference, QSet<QString> of every contact id: %.2f ms\n", bestReference);
    std::printf("report: %lld unique opens, %lld unique clicks, %lld bounce codes, %lld links, %lld time buckets, "
                "open rate %.4f\n",
                static_cast<long long>(report.uniqueCount(CampaignEventKind::Open)),
                static_cast<long long>(report.uniqueCount(CampaignEventKind::Click)),
                static_cast<long long>(report.bounces.size()), static_cast<long long>(report.links.size()),
                static_cast<long long>(report.timeline.size()), report.rates.open);
    return report.eventCount(CampaignEventKind::Send) == sends ? 0 : 1;
}
