// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Atom reader: bytes in, value types out (api-contract §1.2-§1.8). Pure functions: no
// QObject, no I/O, safe on any thread. DTDs are rejected, so entities are never expanded.

#include "domain/activity.h"
#include "domain/campaign.h"
#include "domain/campaignevent.h"
#include "domain/contact.h"
#include "domain/contactlist.h"
#include "domain/emailaddress.h"
#include "domain/event.h"
#include "domain/genericentry.h"
#include "domain/registrant.h"
#include "domain/servicedocument.h"

#include <QByteArray>

#include <variant>

namespace ctct::atom {

struct ParseError
{
    qint64 line = 0;
    qint64 column = 0;
    QString message;
    // "line L, column C: <reason>"
    QString toString() const;
};

template<typename T>
struct Parsed
{
    std::optional<T> value;
    ParseError error;
    bool ok() const { return value.has_value(); }
};

// Reads a feed or a single entry whose payload is T. A single entry gives a page of one.
// A payload of another type is an error. Instantiated for every domain type below.
template<typename T>
Parsed<Page<T>> readPage(const QByteArray &xml);

// Convenience for single-resource GETs: the first (only) entry.
template<typename T>
Parsed<T> readEntry(const QByteArray &xml);

Parsed<ServiceDocument> readServiceDocument(const QByteArray &xml);

using AnyContent =
    std::variant<Page<Contact>, Page<ContactList>, Page<ContactListMember>, Page<Campaign>, Page<CampaignEvent>,
                 Page<EmailAddress>, Page<Activity>, Page<Event>, Page<Registrant>, Page<Guest>, Page<AttendanceStatus>,
                 Page<PaymentStatus>, Page<GenericEntry>, ServiceDocument>;

// Any document of the API, typed by what it holds. kind is the payload element name
// ("Contact", "OpenEvent", "Email", ...), or "service" for a service document; for an empty
// feed it is guessed from the feed's id, and empty when that fails.
struct Document
{
    QString kind;
    AnyContent content;
};

Parsed<Document> readDocument(const QByteArray &xml);

} // namespace ctct::atom
