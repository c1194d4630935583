// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity.h"
#include "campaign.h"
#include "campaignevent.h"
#include "contact.h"
#include "contactlist.h"
#include "event.h"
#include "registrant.h"

#include <array>

namespace ctct {

ContactStatus contactStatusFromString(QStringView status)
{
    if (status == u"Active")
        return ContactStatus::Active;
    if (status == u"Unconfirmed")
        return ContactStatus::Unconfirmed;
    if (status == u"Removed")
        return ContactStatus::Removed;
    if (status == u"Do Not Mail")
        return ContactStatus::DoNotMail;
    return ContactStatus::Unknown;
}

QString contactStatusToString(ContactStatus status)
{
    switch (status) {
    case ContactStatus::Active:
        return QStringLiteral("Active");
    case ContactStatus::Unconfirmed:
        return QStringLiteral("Unconfirmed");
    case ContactStatus::Removed:
        return QStringLiteral("Removed");
    case ContactStatus::DoNotMail:
        return QStringLiteral("Do Not Mail");
    case ContactStatus::Unknown:
        break;
    }
    return {};
}

void Contact::setCustomField(int index, const QString &value)
{
    if (index < 0 || index >= CustomFieldCount)
        return;
    if (customFields.size() < CustomFieldCount)
        customFields.resize(CustomFieldCount);
    customFields[index] = value;
}

bool isSystemListId(QStringView id)
{
    const QString tail = shortIdOf(id);
    return tail == u"active" || tail == u"removed" || tail == u"do-not-mail";
}

bool ContactList::isSystemList() const
{
    return isSystemListId(id);
}

CampaignStatus campaignStatusFromString(QStringView status)
{
    if (status.compare(u"Draft", Qt::CaseInsensitive) == 0)
        return CampaignStatus::Draft;
    if (status.compare(u"Running", Qt::CaseInsensitive) == 0)
        return CampaignStatus::Running;
    if (status.compare(u"Scheduled", Qt::CaseInsensitive) == 0)
        return CampaignStatus::Scheduled;
    if (status.compare(u"Sent", Qt::CaseInsensitive) == 0)
        return CampaignStatus::Sent;
    return CampaignStatus::Unknown;
}

namespace {
struct EventKindNames
{
    CampaignEventKind kind;
    const char16_t *collection;
    const char16_t *element;
};
constexpr std::array<EventKindNames, CampaignEventKindCount> kEventKinds{{
    {CampaignEventKind::Send, u"sends", u"SentEvent"},
    {CampaignEventKind::Open, u"opens", u"OpenEvent"},
    {CampaignEventKind::Click, u"clicks", u"ClickEvent"},
    {CampaignEventKind::Bounce, u"bounces", u"BounceEvent"},
    {CampaignEventKind::Forward, u"forwards", u"ForwardEvent"},
    {CampaignEventKind::OptOut, u"optouts", u"OptoutEvent"},
}};
} // namespace

QString campaignEventCollection(CampaignEventKind kind)
{
    return QString::fromUtf16(kEventKinds[static_cast<size_t>(kind)].collection);
}

QString campaignEventElement(CampaignEventKind kind)
{
    return QString::fromUtf16(kEventKinds[static_cast<size_t>(kind)].element);
}

std::optional<CampaignEventKind> campaignEventKindFromElement(QStringView element)
{
    for (const auto &k : kEventKinds) {
        if (element == QStringView(k.element))
            return k.kind;
    }
    return std::nullopt;
}

std::optional<CampaignEventKind> campaignEventKindFromCollection(QStringView collection)
{
    for (const auto &k : kEventKinds) {
        if (collection.compare(QStringView(k.collection), Qt::CaseInsensitive) == 0)
            return k.kind;
    }
    return std::nullopt;
}

ActivityStatus activityStatusFromString(QStringView status)
{
    if (status == u"PENDING")
        return ActivityStatus::Pending;
    if (status == u"QUEUED")
        return ActivityStatus::Queued;
    if (status == u"RUNNING")
        return ActivityStatus::Running;
    if (status == u"COMPLETE")
        return ActivityStatus::Complete;
    if (status == u"ERROR")
        return ActivityStatus::Error;
    return ActivityStatus::Unknown;
}

bool Activity::isFinished() const
{
    const ActivityStatus s = statusValue();
    return s == ActivityStatus::Complete || s == ActivityStatus::Error;
}

EventStatus eventStatusFromString(QStringView status)
{
    if (status == u"DRAFT")
        return EventStatus::Draft;
    if (status == u"ACTIVE")
        return EventStatus::Active;
    if (status == u"CANCELLED")
        return EventStatus::Cancelled;
    if (status == u"COMPLETE")
        return EventStatus::Complete;
    return EventStatus::Unknown;
}

bool EventAddress::isEmpty() const
{
    return *this == EventAddress{};
}

bool RegistrantInfo::isEmpty() const
{
    return *this == RegistrantInfo{};
}

} // namespace ctct
