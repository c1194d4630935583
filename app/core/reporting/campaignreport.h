// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How a campaign did (design.md §4 Report): the campaign entry's own counts, the entries of its
// six event feeds, unique counts (distinct contacts), rates over delivered mail, bounces by code,
// clicks per link and opens and clicks over time. Pure functions over plain values: no
// requests, no QObject, no chart types; the GUI and `ctct campaigns report` both use them.
//
// Definitions (issue "Campaigns and campaign reports"):
//   delivered   = sends - bounces (entries of the two feeds)
//   open rate   = unique opens / delivered     click rate  = unique clicks / delivered
//   opt-out rate = opt-outs / delivered        bounce rate = bounces / sends
// and 0 where there is nothing to divide by. The feeds cover the last 90 days only (api-contract
// §6.1); the entry's counts may include older events, which windowLimited says.

#include "domain/campaign.h"
#include "domain/campaignevent.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <array>
#include <optional>

namespace ctct::reporting {

// The entries of the six feeds, indexed by CampaignEventKind.
using EventSet = std::array<QList<CampaignEvent>, CampaignEventKindCount>;

inline constexpr qint64 EventWindowDays = 90;
// The timeline is by hour for this many days from its first hour, then by calendar day.
inline constexpr int HourlyDays = 2;

// The counts the campaign entry states (api-contract §5.4); absent when the entry has none.
struct EntryCounts
{
    std::optional<qint64> sent;
    std::optional<qint64> opens;
    std::optional<qint64> clicks;
    std::optional<qint64> bounces;
    std::optional<qint64> forwards;
    std::optional<qint64> optOuts;
    std::optional<qint64> spamReports;

    // The count the entry states for a feed's kind (spam reports have no feed).
    std::optional<qint64> of(CampaignEventKind kind) const;
};

struct Rates
{
    double open = 0;
    double click = 0;
    double bounce = 0;
    double optOut = 0;
};

struct BounceReason
{
    QString code;
    QString description; // the code's meaning (decision 11), or what the server said for a code we do not know
    qint64 count = 0;
    qint64 uniqueContacts = 0;
};

struct LinkClicks
{
    QString url;
    qint64 clicks = 0;                 // click events with this LinkUrl
    qint64 uniqueClicks = 0;           // distinct contacts among them
    std::optional<qint64> entryClicks; // Campaign/Urls/Url/Clicks, when the entry lists the link
};

struct TimeBucket
{
    QDateTime start; // in the report's time zone
    QDateTime end;
    bool hourly = true;
    qint64 opens = 0;
    qint64 clicks = 0;
};

struct CampaignReport
{
    QString campaignId;
    QString name;
    QString status;
    EntryCounts counts;
    std::array<qint64, CampaignEventKindCount> events{}; // entries in each feed
    std::array<qint64, CampaignEventKindCount> unique{}; // distinct contacts in each feed
    Rates rates;
    QList<BounceReason> bounces; // most frequent first
    QList<LinkClicks> links;     // the entry's Urls in their order, then links only the events name
    QList<TimeBucket> timeline;  // opens and clicks; empty when there are none
    QDateTime windowStart;       // the oldest event time the feeds can hold (now - 90 days)
    // The entry's counts exceed the feeds' (older events fell out of the 90 days), or the
    // campaign went out before the window began.
    bool windowLimited = false;
    // Made from the local copy of the account, which keeps events after the server's 90 days:
    // its events go back to dataSince (the oldest it has), and are as of syncedAt.
    bool fromLocalCopy = false;
    QDateTime dataSince;
    // The server could not be reached: the entry and the events are the local copy's alone.
    bool offline = false;

    qint64 eventCount(CampaignEventKind kind) const { return events[size_t(kind)]; }
    qint64 uniqueCount(CampaignEventKind kind) const { return unique[size_t(kind)]; }
    qint64 delivered() const;
    bool hasEvents() const;
};

// "Non-existent address" for B, ... (decision 11); empty for a code not in the contract.
QString bounceCodeMeaning(QStringView code);

// 0 when denominator <= 0.
double rate(qint64 numerator, qint64 denominator);

// The entry counts more events of some kind than the report has (older ones were not seen).
bool lacksEvents(const CampaignReport &report);

EntryCounts entryCounts(const Campaign &campaign);

// Everything but the timeline's zone comes from the data; now fixes the 90-day window.
CampaignReport aggregate(const Campaign &campaign, const EventSet &events, const QTimeZone &zone,
                         const QDateTime &now = QDateTime::currentDateTimeUtc());

// The report before the feeds are in: the entry's counts only.
CampaignReport fromEntry(const Campaign &campaign, const QDateTime &now = QDateTime::currentDateTimeUtc());

// The buckets of a timeline starting at the hour of first (in zone) and covering last; exposed
// for tests of the DST behaviour.
QList<TimeBucket> timeBuckets(const QDateTime &first, const QDateTime &last, const QTimeZone &zone);

// The events of one kind, one per contact: the earliest of each (for "unique" drill-downs).
QList<CampaignEvent> firstPerContact(const QList<CampaignEvent> &events);

// `ctct campaigns report` output: the JSON document of the issue, and the key figures as a CSV
// header line and one row.
QByteArray toJson(const CampaignReport &report);
QByteArray toCsv(const CampaignReport &report);
// One CSV cell, quoted when it must be (RFC 4180), UTF-8.
QByteArray csvField(const QString &text);

} // namespace ctct::reporting
