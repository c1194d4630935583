// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resource.h"

namespace ctct {

enum class EventStatus { Draft, Active, Cancelled, Complete, Unknown };
EventStatus eventStatusFromString(QStringView status);

// A postal address as event marketing writes it (EventLocation, PaymentAddress).
struct EventAddress
{
    QString location; // EventLocation only
    QString address1;
    QString address2;
    QString address3;
    QString city;
    QString state;
    QString country;
    QString postalCode;
    bool isEmpty() const;
    friend bool operator==(const EventAddress &, const EventAddress &) = default;
};

struct PaymentOption
{
    QString type; // PAYPAL, CHECK, DOOR
    QString payPalAccountEmail;
    EventAddress paymentAddress;
    friend bool operator==(const PaymentOption &, const PaymentOption &) = default;
};

// Money stays as the text the server sent ("25.00"): no binary floating point.
struct EventFee
{
    QString label;
    QString fee;
    QString earlyFee;
    QString lateFee;
    QString feeScope;
    friend bool operator==(const EventFee &, const EventFee &) = default;
};

struct RegistrationType
{
    QString name;
    std::optional<qint64> registrationLimitCount;
    std::optional<bool> registrationClosedManually;
    std::optional<qint64> guestLimit;
    std::optional<bool> ticketing;
    QList<EventFee> eventFees;
    friend bool operator==(const RegistrationType &, const RegistrationType &) = default;
};

// An event-marketing event (api-contract §9.1). Ids are tag: URIs.
struct Event : Resource
{
    QString name;
    QString description;
    QString title;
    std::optional<qint64> registered;
    QDateTime createdDate;
    QString status;
    QString eventType;
    EventAddress location;
    bool hasLocation = false;
    QString registrationUrl;
    QDateTime startDate;
    QDateTime endDate;
    QDateTime publishDate;
    std::optional<qint64> attendedCount;
    std::optional<qint64> cancelledCount;
    std::optional<bool> eventFeeRequired;
    QString currencyType;
    QList<PaymentOption> paymentOptions;
    QList<RegistrationType> registrationTypes;

    EventStatus statusValue() const { return eventStatusFromString(status); }
};

} // namespace ctct

// Only Qt value types and std types of them inside: QList may move these with memcpy.
Q_DECLARE_TYPEINFO(ctct::EventAddress, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ctct::PaymentOption, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ctct::EventFee, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ctct::RegistrationType, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ctct::Event, Q_RELOCATABLE_TYPE);
