// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resource.h"

namespace ctct {

enum class ActivityStatus { Pending, Queued, Running, Complete, Error, Unknown };
ActivityStatus activityStatusFromString(QStringView status);

// Activity types of the API (kept as strings on the type; unknown ones survive).
namespace activitytype {
inline constexpr char16_t SvAdd[] = u"SV_ADD";
inline constexpr char16_t AddContacts[] = u"ADD_CONTACTS";
inline constexpr char16_t AddContactDetail[] = u"ADD_CONTACT_DETAIL";
inline constexpr char16_t RemoveContactsFromLists[] = u"REMOVE_CONTACTS_FROM_LISTS";
inline constexpr char16_t ClearContactsFromLists[] = u"CLEAR_CONTACTS_FROM_LISTS";
inline constexpr char16_t ExportContacts[] = u"EXPORT_CONTACTS";
} // namespace activitytype

struct ActivityError
{
    std::optional<qint64> lineNumber; // the header line counts as line 1
    QString emailAddress;
    QString message;
    friend bool operator==(const ActivityError &, const ActivityError &) = default;
};

// A bulk activity (api-contract §8.1).
struct Activity : Resource
{
    QString type;
    QString status;
    QList<ActivityError> errors;
    QString fileName;
    std::optional<qint64> transactionCount;
    QDateTime runStartTime;
    QDateTime runFinishTime;
    QDateTime insertTime;

    ActivityStatus statusValue() const { return activityStatusFromString(status); }
    bool isFinished() const;
};

} // namespace ctct

// Only Qt value types and std types of them inside: QList may move these with memcpy.
Q_DECLARE_TYPEINFO(ctct::ActivityError, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ctct::Activity, Q_RELOCATABLE_TYPE);
