// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resource.h"

namespace ctct {

enum class CampaignStatus { Draft, Running, Scheduled, Sent, Unknown };
CampaignStatus campaignStatusFromString(QStringView status); // case-insensitive

// FromEmail / ReplyToEmail: a verified account address (api-contract §5.2).
struct EmailRef
{
    QString id; // .../settings/emailaddresses/{n}
    QString emailAddress;
    bool isEmpty() const { return id.isEmpty() && emailAddress.isEmpty(); }
    friend bool operator==(const EmailRef &, const EmailRef &) = default;
};

// Campaign/Urls/Url of a sent campaign.
struct CampaignUrl
{
    QString id;
    QString value;
    std::optional<qint64> clicks;
    friend bool operator==(const CampaignUrl &, const CampaignUrl &) = default;
};

// An e-mail campaign (api-contract §5.4). Collection entries carry only Name, Status, Date.
struct Campaign : Resource
{
    QString name;
    QString status;
    QDateTime date;
    QDateTime lastEditDate;
    QDateTime lastRunDate;
    QDateTime nextRunDate;
    std::optional<qint64> sent;
    std::optional<qint64> opens;
    std::optional<qint64> clicks;
    std::optional<qint64> bounces;
    std::optional<qint64> forwards;
    std::optional<qint64> optOuts;
    std::optional<qint64> spamReports;
    QString sharePageUrl;
    QString subject;
    QString fromName;
    QString campaignType;
    QString viewAsWebpage; // YES / NO
    QString viewAsWebpageLinkText;
    QString viewAsWebpageText;
    QString permissionReminder; // YES / NO
    QString permissionReminderText;
    QString greetingSalutation;
    QString greetingName;
    QString greetingString;
    QString organizationName;
    QString organizationAddress1;
    QString organizationAddress2;
    QString organizationAddress3;
    QString organizationCity;
    QString organizationState;
    QString organizationInternationalState;
    QString organizationCountry;
    QString organizationPostalCode;
    QString includeForwardEmail; // YES / NO
    QString forwardEmailLinkText;
    QString includeSubscribeLink; // YES / NO
    QString subscribeLinkText;
    QString emailContentFormat;
    QString emailContent;
    QString emailTextContent;
    QString styleSheet;
    QString archiveStatus;
    QString archiveUrl;
    QStringList contactLists; // list URIs
    bool hasContactLists = false;
    EmailRef fromEmail;
    EmailRef replyToEmail;
    QList<CampaignUrl> urls;

    CampaignStatus statusValue() const { return campaignStatusFromString(status); }
};

// When a draft is to be sent (api-contract §5.5): the one entry of /campaigns/{id}/schedules.
// Its id is the schedule's URI ({campaign URI}/schedules/1).
struct CampaignSchedule : Resource
{
    QDateTime scheduledTime;
};

} // namespace ctct

// Only Qt value types and std types of them inside: QList may move these with memcpy.
Q_DECLARE_TYPEINFO(ctct::EmailRef, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ctct::CampaignUrl, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ctct::Campaign, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ctct::CampaignSchedule, Q_RELOCATABLE_TYPE);
