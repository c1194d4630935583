// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resource.h"

#include <array>

namespace ctct {

// Status values of the API; unknown values are kept verbatim in Contact::status.
enum class ContactStatus { Active, Unconfirmed, Removed, DoNotMail, Unknown };
ContactStatus contactStatusFromString(QStringView status);
QString contactStatusToString(ContactStatus status);

// Who acted: ACTION_BY_CUSTOMER (the account owner) or ACTION_BY_CONTACT.
inline constexpr char16_t ActionByCustomer[] = u"ACTION_BY_CUSTOMER";
inline constexpr char16_t ActionByContact[] = u"ACTION_BY_CONTACT";

// One list membership of a contact (ContactLists/ContactList).
struct ContactListMembership
{
    QString listId; // full list URI
    QString optInSource;
    QDateTime optInTime;
    friend bool operator==(const ContactListMembership &, const ContactListMembership &) = default;
};

inline constexpr int CustomFieldCount = 15;

// A contact (api-contract §3.4). Summary entries of collections fill only a few fields.
struct Contact : Resource
{
    QString status;
    QString emailAddress;
    QString emailType;
    QString name; // computed by the server, read-only
    QString firstName;
    QString middleName;
    QString lastName;
    QString jobTitle;
    QString companyName;
    QString homePhone;
    QString workPhone;
    QString addr1;
    QString addr2;
    QString addr3;
    QString city;
    QString stateCode;
    QString stateName;
    QString countryCode;
    QString countryName;
    QString postalCode;
    QString subPostalCode;
    QString note;
    std::array<QString, CustomFieldCount> customFields;
    QList<ContactListMembership> contactLists;
    bool hasContactLists = false; // the element was present (even if empty)
    QString optInSource;
    QDateTime optInTime;
    QDateTime optOutTime;
    QString optOutSource;
    QString optOutReason;
    std::optional<bool> confirmed;
    QDateTime insertTime;
    QDateTime lastUpdateTime;

    ContactStatus statusValue() const { return contactStatusFromString(status); }
};

} // namespace ctct
