// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resource.h"

namespace ctct {

inline constexpr char16_t Attended[] = u"ATTENDED";
inline constexpr char16_t NotAttended[] = u"NOT_ATTENDED";

// Attendance of a registrant (decision 17): Status ATTENDED / NOT_ATTENDED, Type GROUP / INDIVIDUAL.
struct AttendanceStatus : Resource
{
    QString status;
    QString type;
    bool isEmpty() const { return status.isEmpty() && type.isEmpty(); }
};

// Payment of a registrant (decision 18): PENDING, COMPLETED, CANCELLED, REFUNDED (others kept).
struct PaymentStatus : Resource
{
    QString status;
};

// A question and its answers (CustomInformation1/2, guests).
struct CustomAnswer
{
    QString question;
    QStringList answers;
    friend bool operator==(const CustomAnswer &, const CustomAnswer &) = default;
};

struct Cost
{
    std::optional<qint64> count;
    QString feeType;
    QString rate;
    QString total;
    friend bool operator==(const Cost &, const Cost &) = default;
};

// PersonalInformation and BusinessInformation share the address part; the business fields
// stay empty for personal information.
struct RegistrantInfo
{
    QString label;
    QString address1;
    QString address2;
    QString address3;
    QString city;
    QString state;
    QString zip;
    QString province;
    QString country;
    QString phone;
    QString cellPhone;
    QString fax;
    QString website;
    QString blog;
    QString company;
    QString jobTitle;
    QString department;
    bool isEmpty() const;
    friend bool operator==(const RegistrantInfo &, const RegistrantInfo &) = default;
};

// A registrant of an event (api-contract §9.2, §9.3).
struct Registrant : Resource
{
    QString title; // atom:title, the registrant's name
    QString lastName;
    QString firstName;
    QString emailAddress;
    QString registrationStatus; // REGISTERED, CANCELLED, ABANDONED
    QDateTime registrationDate;
    QString attendanceStatus; // AttendanceStatus/Status
    QString attendanceType;   // AttendanceStatus/Type
    std::optional<qint64> guestCount;
    QString paymentStatus;
    QString ticketId;
    RegistrantInfo personalInformation;
    bool hasPersonalInformation = false;
    RegistrantInfo businessInformation;
    bool hasBusinessInformation = false;
    QList<CustomAnswer> customInformation1;
    QList<CustomAnswer> customInformation2;
    QList<Cost> costs;
    QString orderAmount;
    QString currencyType;
    QString paymentType;
};

struct Guest : Resource
{
    std::optional<qint64> guestNumber;
    QString firstName;
    QString lastName;
    QString emailAddress;
    QList<CustomAnswer> customFields;
};

} // namespace ctct

// Only Qt value types and std types of them inside: QList may move these with memcpy.
Q_DECLARE_TYPEINFO(ctct::AttendanceStatus, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ctct::PaymentStatus, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ctct::CustomAnswer, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ctct::Cost, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ctct::RegistrantInfo, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ctct::Registrant, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ctct::Guest, Q_RELOCATABLE_TYPE);
