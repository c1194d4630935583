// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resource.h"

#include <QStringList>

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
    // CustomField1..15, by index 0..14; empty until one is set (keeps summaries small).
    QStringList customFields;
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
    QString customField(int index) const { return customFields.value(index); }
    void setCustomField(int index, const QString &value);
};

} // namespace ctct

// Only Qt value types and std types of them inside: QList may move these with memcpy.
Q_DECLARE_TYPEINFO(ctct::ContactListMembership, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ctct::Contact, Q_RELOCATABLE_TYPE);
