// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: one mapper per payload type (api-contract §3-§9). A mapper names its payload
// element, its XML style, its field table in the API's order, and hooks for the structured
// children its table marks Custom.

#include "atomreader.h"
#include "fields_p.h"

#include "domain/activity.h"
#include "domain/campaign.h"
#include "domain/campaignevent.h"
#include "domain/contact.h"
#include "domain/contactlist.h"
#include "domain/emailaddress.h"
#include "domain/genericentry.h"
#include "domain/event.h"
#include "domain/registrant.h"

namespace ctct::atom::detail {

// Ctct: default Atom namespace, <content type="application/vnd.ctct+xml">, payload in the
// ctct namespace. EventSpot: atom:-prefixed elements and an unqualified payload (§1.2).
enum class Style { Ctct, EventSpot };

template<typename T>
struct Mapper;

// A mapper declares the three hooks only when its field table has Custom fields (structured
// children); the codec calls them through customRead/customWrite/customJson below.
#define CTCT_MAPPER_BASICS(Type, PayloadName, StyleValue)                                                              \
    static constexpr Style style = StyleValue;                                                                         \
    static bool acceptsPayload(QStringView name)                                                                       \
    {                                                                                                                  \
        return name == QLatin1StringView(PayloadName);                                                                 \
    }                                                                                                                  \
    static QString payloadName(const Type &)                                                                           \
    {                                                                                                                  \
        return QStringLiteral(PayloadName);                                                                            \
    }                                                                                                                  \
    static Fields<Type> fields();

#define CTCT_DECLARE_PLAIN_MAPPER(Type, PayloadName, StyleValue)                                                       \
    template<>                                                                                                         \
    struct Mapper<Type>                                                                                                \
    {                                                                                                                  \
        CTCT_MAPPER_BASICS(Type, PayloadName, StyleValue)                                                              \
    };

#define CTCT_DECLARE_MAPPER(Type, PayloadName, StyleValue)                                                             \
    template<>                                                                                                         \
    struct Mapper<Type>                                                                                                \
    {                                                                                                                  \
        CTCT_MAPPER_BASICS(Type, PayloadName, StyleValue)                                                              \
        static void readCustom(QXmlStreamReader &r, Type &obj, const Field<Type> &f);                                  \
        static void writeCustom(QXmlStreamWriter &w, const Type &obj, const Field<Type> &f, bool onlyWritable);        \
        static void jsonCustom(JsonWriter &j, const Type &obj, const Field<Type> &f);                                  \
    };

CTCT_DECLARE_MAPPER(Contact, "Contact", Style::Ctct)
CTCT_DECLARE_MAPPER(ContactList, "ContactList", Style::Ctct)
CTCT_DECLARE_PLAIN_MAPPER(ContactListMember, "ContactListMember", Style::Ctct)
CTCT_DECLARE_MAPPER(Campaign, "Campaign", Style::Ctct)
CTCT_DECLARE_PLAIN_MAPPER(CampaignSchedule, "Schedule", Style::Ctct)
CTCT_DECLARE_PLAIN_MAPPER(EmailAddress, "Email", Style::Ctct)
CTCT_DECLARE_MAPPER(Activity, "Activity", Style::Ctct)
CTCT_DECLARE_MAPPER(Event, "Event", Style::EventSpot)
CTCT_DECLARE_MAPPER(Registrant, "Registrant", Style::EventSpot)
CTCT_DECLARE_MAPPER(Guest, "Guest", Style::EventSpot)
CTCT_DECLARE_PLAIN_MAPPER(AttendanceStatus, "AttendanceStatus", Style::EventSpot)
CTCT_DECLARE_PLAIN_MAPPER(PaymentStatus, "PaymentStatus", Style::EventSpot)

#undef CTCT_DECLARE_MAPPER
#undef CTCT_DECLARE_PLAIN_MAPPER
#undef CTCT_MAPPER_BASICS

// Campaign and contact events: six payload names, one type.
template<>
struct Mapper<CampaignEvent>
{
    static constexpr Style style = Style::Ctct;
    static bool acceptsPayload(QStringView name) { return campaignEventKindFromElement(name).has_value(); }
    static QString payloadName(const CampaignEvent &e) { return campaignEventElement(e.kind); }
    static Fields<CampaignEvent> fields();
    static void readCustom(QXmlStreamReader &r, CampaignEvent &obj, const Field<CampaignEvent> &f);
    static void writeCustom(QXmlStreamWriter &w, const CampaignEvent &obj, const Field<CampaignEvent> &f, bool);
    static void jsonCustom(JsonWriter &j, const CampaignEvent &obj, const Field<CampaignEvent> &f);
};

// Called by the reader once the payload element is known (e.g. to set the event kind).
template<typename T>
void preparePayload(T &, QStringView)
{}
template<>
inline void preparePayload<CampaignEvent>(CampaignEvent &e, QStringView payload)
{
    e.kind = campaignEventKindFromElement(payload).value_or(CampaignEventKind::Send);
}

// Any other payload: everything goes to Resource::extra.
template<>
struct Mapper<GenericEntry>
{
    static constexpr Style style = Style::Ctct;
    static bool acceptsPayload(QStringView) { return true; }
    static QString payloadName(const GenericEntry &e) { return e.payloadName; }
    static Fields<GenericEntry> fields() { return {}; }
};

// The hooks of a mapper that has them: a Custom field of a mapper without hooks is skipped when
// read and written as nothing (no table declares one today).
template<typename T>
concept HasCustomFields = requires(QXmlStreamReader &r, T &obj, const Field<T> &f)
{
    Mapper<T>::readCustom(r, obj, f);
};

template<typename T>
void customRead(QXmlStreamReader &r, T &obj, const Field<T> &f)
{
    if constexpr (HasCustomFields<T>)
        Mapper<T>::readCustom(r, obj, f);
    else
        r.skipCurrentElement();
}

template<typename T>
void customWrite(QXmlStreamWriter &w, const T &obj, const Field<T> &f, bool onlyWritable)
{
    if constexpr (HasCustomFields<T>)
        Mapper<T>::writeCustom(w, obj, f, onlyWritable);
}

template<typename T>
void customJson(JsonWriter &j, const T &obj, const Field<T> &f)
{
    if constexpr (HasCustomFields<T>)
        Mapper<T>::jsonCustom(j, obj, f);
}

template<>
inline void preparePayload<GenericEntry>(GenericEntry &e, QStringView payload)
{
    e.payloadName = payload.toString();
}

// Recorded responses of the real service carry query strings with a bare '&' inside href
// attributes ("...?email=a%40x.com&email=b%40x.com"), which is not well-formed XML. A bare
// '&' is one that does not start "&name;", "&#123;" or "&#x1F;"; this escapes exactly those.
// Returns an empty array when there is none, so well-formed documents are never rewritten.
QByteArray escapeBareAmpersands(const QByteArray &xml);

// Elements may nest this deep and no deeper (libxml2's default limit). The API's documents need
// fewer than ten levels.
inline constexpr int MaxNesting = 256;

// The position of the first start tag nested deeper than maxDepth, as a parse error; nothing
// when there is none. A quick scan of the bytes (comments, CDATA, processing instructions and
// quoted attribute values are skipped), run before QXmlStreamReader walks a document, so that a
// deep document is refused with its position instead of being read in part.
std::optional<ParseError> nestingError(const QByteArray &xml, int maxDepth = MaxNesting);

// Runs a reader (or the patcher: whatever reads the document must see the same bytes); when it
// fails on a document with bare ampersands, runs it once more on the repaired bytes. The
// original error is what the caller sees if both fail.
template<typename Result, typename Read>
Result withAmpersandRepair(const QByteArray &xml, Read &&read)
{
    Result first = read(xml);
    if (first.ok())
        return first;
    const QByteArray repaired = escapeBareAmpersands(xml);
    if (repaired.isEmpty())
        return first;
    Result second = read(repaired);
    return second.ok() ? second : first;
}

} // namespace ctct::atom::detail
