// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignreport.h"

#include "atom/jsonwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace ctct::reporting {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

// Who an event is about: the contact's URI, or its address when the feed gave no id.
QStringView contactKey(const CampaignEvent &e)
{
    return e.contactId.isEmpty() ? QStringView(e.contactEmail) : QStringView(e.contactId);
}

qint64 distinctContacts(const QList<CampaignEvent> &events)
{
    QSet<QStringView> seen;
    seen.reserve(events.size());
    for (const CampaignEvent &e : events)
        seen.insert(contactKey(e));
    return seen.size();
}

// Local midnight of date in zone; in a zone whose clocks skip midnight, the first time after.
qint64 dayStartMs(const QDate &date, const QTimeZone &zone)
{
    QDateTime start(date, QTime(0, 0), zone);
    if (!start.isValid())
        start = QDateTime(date, QTime(1, 0), zone);
    return start.toMSecsSinceEpoch();
}

void writeCount(JsonWriter &j, QStringView key, const std::optional<qint64> &value)
{
    j.key(key);
    if (value)
        j.value(*value);
    else
        j.null();
}

QByteArray rateText(double value)
{
    return QByteArray::number(value, 'g', 15);
}

} // namespace

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

qint64 CampaignReport::delivered() const
{
    return std::max<qint64>(0, eventCount(CampaignEventKind::Send) - eventCount(CampaignEventKind::Bounce));
}

bool CampaignReport::hasEvents() const
{
    return std::any_of(events.begin(), events.end(), [](qint64 n) { return n > 0; });
}

QString bounceCodeMeaning(QStringView code)
{
    // Decision 11's codes; the words are the ones Constant Contact's own reports use, in the
    // user's language.
    static const QHash<QString, const char *> meanings = {
        {QStringLiteral("B"), QT_TRANSLATE_NOOP("BounceCodes", "Non-existent address")},
        {QStringLiteral("D"), QT_TRANSLATE_NOOP("BounceCodes", "Undeliverable")},
        {QStringLiteral("F"), QT_TRANSLATE_NOOP("BounceCodes", "Mailbox full")},
        {QStringLiteral("S"), QT_TRANSLATE_NOOP("BounceCodes", "Suspended")},
        {QStringLiteral("V"), QT_TRANSLATE_NOOP("BounceCodes", "Vacation or auto-reply")},
        {QStringLiteral("X"), QT_TRANSLATE_NOOP("BounceCodes", "Other")},
        {QStringLiteral("Z"), QT_TRANSLATE_NOOP("BounceCodes", "Blocked")},
    };
    const char *meaning = meanings.value(code.trimmed().toString().toUpper());
    return meaning ? QCoreApplication::translate("BounceCodes", meaning) : QString();
}

bool lacksEvents(const CampaignReport &r)
{
    for (int k = 0; k < CampaignEventKindCount; ++k) {
        const std::optional<qint64> stated = r.counts.of(CampaignEventKind(k));
        if (stated && *stated > r.events[size_t(k)])
            return true;
    }
    return false;
}

double rate(qint64 numerator, qint64 denominator)
{
    return denominator > 0 ? double(numerator) / double(denominator) : 0.0;
}

std::optional<qint64> EntryCounts::of(CampaignEventKind kind) const
{
    switch (kind) {
    case CampaignEventKind::Send:
        return sent;
    case CampaignEventKind::Open:
        return opens;
    case CampaignEventKind::Click:
        return clicks;
    case CampaignEventKind::Bounce:
        return bounces;
    case CampaignEventKind::Forward:
        return forwards;
    case CampaignEventKind::OptOut:
        return optOuts;
    }
    return std::nullopt;
}

EntryCounts entryCounts(const Campaign &c)
{
    return EntryCounts{c.sent, c.opens, c.clicks, c.bounces, c.forwards, c.optOuts, c.spamReports};
}

CampaignReport fromEntry(const Campaign &campaign, const QDateTime &now)
{
    CampaignReport r;
    r.campaignId = campaign.id;
    r.name = campaign.name;
    r.status = campaign.status;
    r.counts = entryCounts(campaign);
    r.windowStart = now.addDays(-EventWindowDays);
    const QDateTime sentAt = campaign.lastRunDate.isValid() ? campaign.lastRunDate : campaign.date;
    r.windowLimited = campaign.statusValue() == CampaignStatus::Sent && sentAt.isValid() && sentAt < r.windowStart;
    return r;
}

QList<TimeBucket> timeBuckets(const QDateTime &first, const QDateTime &last, const QTimeZone &zone)
{
    QList<TimeBucket> buckets;
    if (!first.isValid() || !last.isValid() || last < first)
        return buckets;
    const qint64 firstMs = first.toMSecsSinceEpoch();
    const qint64 lastMs = last.toMSecsSinceEpoch();
    // The local hour the first event falls in, found with the offset in force at that moment.
    const qint64 offsetMs = qint64(zone.offsetFromUtc(first)) * 1000;
    const qint64 localMs = firstMs + offsetMs;
    const qint64 hourStart = (localMs - (((localMs % kHourMs) + kHourMs) % kHourMs)) - offsetMs;
    const QDate firstDay = first.toTimeZone(zone).date();
    // Hours of whole elapsed time, so a day with a DST change has 23 or 25 of them.
    const qint64 hourlyEnd = dayStartMs(firstDay.addDays(HourlyDays), zone);
    const auto add = [&](qint64 start, qint64 end, bool hourly) {
        buckets.append(TimeBucket{QDateTime::fromMSecsSinceEpoch(start, zone),
                                  QDateTime::fromMSecsSinceEpoch(end, zone), hourly, 0, 0});
    };
    for (qint64 t = hourStart; t < hourlyEnd; t += kHourMs)
        add(t, std::min(t + kHourMs, hourlyEnd), true);
    for (QDate day = firstDay.addDays(HourlyDays);; day = day.addDays(1)) {
        const qint64 start = dayStartMs(day, zone);
        if (start > lastMs)
            break;
        add(start, dayStartMs(day.addDays(1), zone), false);
    }
    return buckets;
}

QList<CampaignEvent> firstPerContact(const QList<CampaignEvent> &events)
{
    QHash<QStringView, qsizetype> index;
    index.reserve(events.size());
    QList<CampaignEvent> out;
    for (const CampaignEvent &e : events) {
        const auto it = index.constFind(contactKey(e));
        if (it == index.constEnd()) {
            index.insert(contactKey(e), out.size());
            out.append(e);
        } else if (e.eventTime.isValid() && (!out[*it].eventTime.isValid() || e.eventTime < out[*it].eventTime)) {
            out[*it] = e;
        }
    }
    return out;
}

CampaignReport aggregate(const Campaign &campaign, const EventSet &events, const QTimeZone &zone, const QDateTime &now)
{
    CampaignReport r = fromEntry(campaign, now);
    for (int k = 0; k < CampaignEventKindCount; ++k) {
        r.events[size_t(k)] = events[size_t(k)].size();
        r.unique[size_t(k)] = distinctContacts(events[size_t(k)]);
    }
    const auto &sends = events[size_t(CampaignEventKind::Send)];
    const auto &opens = events[size_t(CampaignEventKind::Open)];
    const auto &clicks = events[size_t(CampaignEventKind::Click)];
    const auto &bounces = events[size_t(CampaignEventKind::Bounce)];

    const qint64 delivered = r.delivered();
    r.rates.open = rate(r.uniqueCount(CampaignEventKind::Open), delivered);
    r.rates.click = rate(r.uniqueCount(CampaignEventKind::Click), delivered);
    r.rates.optOut = rate(r.eventCount(CampaignEventKind::OptOut), delivered);
    r.rates.bounce = rate(r.eventCount(CampaignEventKind::Bounce), r.eventCount(CampaignEventKind::Send));

    // Bounces by code, codes we do not know kept with the server's description.
    QHash<QString, qsizetype> byCode;
    std::vector<QSet<QStringView>> bouncedContacts;
    for (const CampaignEvent &e : bounces) {
        const QString code = e.code.trimmed().toUpper();
        auto it = byCode.find(code);
        if (it == byCode.end()) {
            QString meaning = bounceCodeMeaning(code);
            if (meaning.isEmpty())
                meaning = e.description.trimmed();
            it = byCode.insert(code, r.bounces.size());
            r.bounces.append(BounceReason{code, meaning, 0, 0});
            bouncedContacts.emplace_back();
        }
        ++r.bounces[*it].count;
        bouncedContacts[size_t(*it)].insert(contactKey(e));
    }
    for (qsizetype i = 0; i < r.bounces.size(); ++i)
        r.bounces[i].uniqueContacts = bouncedContacts[size_t(i)].size();
    std::stable_sort(r.bounces.begin(), r.bounces.end(), [](const BounceReason &a, const BounceReason &b) {
        return a.count != b.count ? a.count > b.count : a.code < b.code;
    });

    // Clicks per link: the entry's Urls first, in their order, then links only the events name.
    QHash<QString, qsizetype> byUrl;
    for (const CampaignUrl &u : campaign.urls) {
        const QString url = u.value.trimmed();
        if (byUrl.contains(url))
            continue;
        byUrl.insert(url, r.links.size());
        r.links.append(LinkClicks{url, 0, 0, u.clicks});
    }
    const qsizetype fromEntry = r.links.size();
    std::vector<QSet<QStringView>> clickers(size_t(r.links.size()));
    for (const CampaignEvent &e : clicks) {
        const QString url = e.linkUrl.trimmed();
        auto it = byUrl.find(url);
        if (it == byUrl.end()) {
            it = byUrl.insert(url, r.links.size());
            r.links.append(LinkClicks{url, 0, 0, std::nullopt});
            clickers.emplace_back();
        }
        ++r.links[*it].clicks;
        clickers[size_t(*it)].insert(contactKey(e));
    }
    for (qsizetype i = 0; i < r.links.size(); ++i)
        r.links[i].uniqueClicks = clickers[size_t(i)].size();
    std::stable_sort(r.links.begin() + fromEntry, r.links.end(),
                     [](const LinkClicks &a, const LinkClicks &b) { return a.clicks > b.clicks; });

    // Opens and clicks over time, from the hour of the first send (or open or click).
    qint64 firstMs = std::numeric_limits<qint64>::max();
    qint64 lastMs = std::numeric_limits<qint64>::min();
    const auto span = [&](const QList<CampaignEvent> &list, bool extendsEnd) {
        for (const CampaignEvent &e : list) {
            if (!e.eventTime.isValid())
                continue;
            const qint64 ms = e.eventTime.toMSecsSinceEpoch();
            firstMs = std::min(firstMs, ms);
            if (extendsEnd)
                lastMs = std::max(lastMs, ms);
        }
    };
    span(opens, true);
    span(clicks, true);
    if (lastMs != std::numeric_limits<qint64>::min()) {
        span(sends, false);
        r.timeline = timeBuckets(QDateTime::fromMSecsSinceEpoch(firstMs, Qt::UTC),
                                 QDateTime::fromMSecsSinceEpoch(lastMs, Qt::UTC), zone);
        std::vector<qint64> starts;
        starts.reserve(size_t(r.timeline.size()));
        for (const TimeBucket &b : std::as_const(r.timeline))
            starts.push_back(b.start.toMSecsSinceEpoch());
        const auto place = [&](const QList<CampaignEvent> &list, qint64 TimeBucket::*counter) {
            for (const CampaignEvent &e : list) {
                if (!e.eventTime.isValid())
                    continue;
                const auto it = std::upper_bound(starts.begin(), starts.end(), e.eventTime.toMSecsSinceEpoch());
                const auto index = std::max<qsizetype>(0, qsizetype(it - starts.begin()) - 1);
                ++(r.timeline[index].*counter);
            }
        };
        place(opens, &TimeBucket::opens);
        place(clicks, &TimeBucket::clicks);
    }

    // Older events than the feeds hold: the entry counts more than the feeds gave.
    if (lacksEvents(r))
        r.windowLimited = true;
    return r;
}

QByteArray toJson(const CampaignReport &r)
{
    JsonWriter j;
    j.beginObject();
    j.key(u"campaign");
    j.beginObject();
    j.field(u"id", r.campaignId);
    j.field(u"Name", r.name);
    j.field(u"Status", r.status);
    j.endObject();

    j.key(u"counts");
    j.beginObject();
    writeCount(j, u"Sent", r.counts.sent);
    writeCount(j, u"Opens", r.counts.opens);
    writeCount(j, u"Clicks", r.counts.clicks);
    writeCount(j, u"Bounces", r.counts.bounces);
    writeCount(j, u"Forwards", r.counts.forwards);
    writeCount(j, u"OptOuts", r.counts.optOuts);
    writeCount(j, u"SpamReports", r.counts.spamReports);
    j.endObject();

    j.key(u"events");
    j.beginObject();
    for (int k = 0; k < CampaignEventKindCount; ++k)
        j.field(campaignEventCollection(CampaignEventKind(k)), r.events[size_t(k)]);
    j.endObject();

    j.key(u"unique");
    j.beginObject();
    j.field(u"opens", r.uniqueCount(CampaignEventKind::Open));
    j.field(u"clicks", r.uniqueCount(CampaignEventKind::Click));
    j.field(u"forwards", r.uniqueCount(CampaignEventKind::Forward));
    j.endObject();

    j.key(u"rates");
    j.beginObject();
    j.key(u"open"), j.real(r.rates.open);
    j.key(u"click"), j.real(r.rates.click);
    j.key(u"bounce"), j.real(r.rates.bounce);
    j.key(u"optout"), j.real(r.rates.optOut);
    j.endObject();

    j.key(u"bounces");
    j.beginArray();
    for (const BounceReason &b : r.bounces) {
        j.beginObject();
        j.field(u"code", b.code);
        j.field(u"description", b.description);
        j.field(u"count", b.count);
        j.endObject();
    }
    j.endArray();

    j.key(u"links");
    j.beginArray();
    for (const LinkClicks &l : r.links) {
        j.beginObject();
        j.field(u"url", l.url);
        j.field(u"clicks", l.clicks);
        j.field(u"uniqueClicks", l.uniqueClicks);
        j.endObject();
    }
    j.endArray();

    j.key(u"timeline");
    j.beginArray();
    for (const TimeBucket &b : r.timeline) {
        j.beginObject();
        j.field(u"start", b.start.toString(Qt::ISODate));
        j.field(u"opens", b.opens);
        j.field(u"clicks", b.clicks);
        j.endObject();
    }
    j.endArray();
    if (r.fromLocalCopy) {
        // Where the numbers come from, only when not straight from the server's feeds.
        j.key(u"localCopy");
        j.beginObject();
        j.field(u"dataSince", r.dataSince.isValid() ? r.dataSince.toUTC().toString(Qt::ISODateWithMs) : QString());
        j.field(u"offline", r.offline);
        j.endObject();
    }
    j.endObject();
    QByteArray out = j.data();
    out.append('\n');
    return out;
}

QByteArray toCsv(const CampaignReport &r)
{
    const auto count = [](const std::optional<qint64> &v) { return v ? QByteArray::number(*v) : QByteArray(); };
    QByteArray out = "id,Name,Status,Sent,Opens,Clicks,Bounces,Forwards,OptOuts,SpamReports,"
                     "sends,opens,clicks,bounces,forwards,optouts,uniqueOpens,uniqueClicks,uniqueForwards,"
                     "openRate,clickRate,bounceRate,optoutRate\n";
    QByteArrayList row{csvField(r.campaignId),     csvField(r.name),         csvField(r.status),
                       count(r.counts.sent),       count(r.counts.opens),    count(r.counts.clicks),
                       count(r.counts.bounces),    count(r.counts.forwards), count(r.counts.optOuts),
                       count(r.counts.spamReports)};
    for (int k = 0; k < CampaignEventKindCount; ++k)
        row.append(QByteArray::number(r.events[size_t(k)]));
    row.append(QByteArray::number(r.uniqueCount(CampaignEventKind::Open)));
    row.append(QByteArray::number(r.uniqueCount(CampaignEventKind::Click)));
    row.append(QByteArray::number(r.uniqueCount(CampaignEventKind::Forward)));
    row.append(rateText(r.rates.open));
    row.append(rateText(r.rates.click));
    row.append(rateText(r.rates.bounce));
    row.append(rateText(r.rates.optOut));
    out += row.join(',');
    out += '\n';
    return out;
}

} // namespace ctct::reporting
