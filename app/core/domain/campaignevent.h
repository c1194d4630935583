// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resource.h"

namespace ctct {

// The six event kinds of campaign and contact event feeds (api-contract §6, decision 11).
enum class CampaignEventKind { Send, Open, Click, Bounce, Forward, OptOut };
inline constexpr int CampaignEventKindCount = 6;

// "sends", "opens", ... : the collection name under .../events/.
QString campaignEventCollection(CampaignEventKind kind);
// "SentEvent", "OpenEvent", ... : the payload element name.
QString campaignEventElement(CampaignEventKind kind);
std::optional<CampaignEventKind> campaignEventKindFromElement(QStringView element);
std::optional<CampaignEventKind> campaignEventKindFromCollection(QStringView collection);

struct CampaignEvent : Resource
{
    CampaignEventKind kind = CampaignEventKind::Send;
    QString contactId;
    QString contactEmail;
    QString campaignId;
    QString campaignName;
    QDateTime eventTime;
    QString linkUrl;       // ClickEvent
    QString code;          // BounceEvent: B, D, F, S, V, X, Z
    QString description;   // BounceEvent
    QString bounceMessage; // BounceEvent
    QString optOutSource;  // OptoutEvent
    QString optOutReason;  // OptoutEvent
};

} // namespace ctct

// Only Qt value types and std types of them inside: QList may move these with memcpy.
Q_DECLARE_TYPEINFO(ctct::CampaignEvent, Q_RELOCATABLE_TYPE);
