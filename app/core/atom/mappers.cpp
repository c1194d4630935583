// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappers_p.h"

namespace ctct::atom::detail {

std::optional<qint64> parseInteger(QStringView text)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

std::optional<bool> parseBool(QStringView text)
{
    text = text.trimmed();
    if (text.compare(u"true", Qt::CaseInsensitive) == 0 || text.compare(u"yes", Qt::CaseInsensitive) == 0 ||
        text == u"1")
        return true;
    if (text.compare(u"false", Qt::CaseInsensitive) == 0 || text.compare(u"no", Qt::CaseInsensitive) == 0 ||
        text == u"0")
        return false;
    return std::nullopt;
}

QString readText(QXmlStreamReader &r)
{
    // Iterative: QXmlStreamReader::readElementText(IncludeChildElements) recurses once per
    // nesting level and overflows the stack on hostile input.
    QString text;
    int depth = 1;
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::Characters:
            if (text.isNull())
                text = r.text().toString(); // the usual single chunk: one exact allocation
            else
                text += r.text();
            break;
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            if (--depth == 0)
                return text;
            break;
        default:
            break;
        }
    }
    return text;
}

QStringView readText(QXmlStreamReader &r, TextBuffer &buffer)
{
    buffer.clear();
    int depth = 1;
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::Characters: {
            const QStringView t = r.text();
            buffer.append(t.utf16(), t.size());
            break;
        }
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            if (--depth == 0)
                return QStringView(buffer.constData(), buffer.size());
            break;
        default:
            break;
        }
    }
    return QStringView(buffer.constData(), buffer.size());
}

namespace {

const QLatin1StringView kId("id");

// "/ws/customers/joe/lists/1" for "http://api.constantcontact.com/ws/customers/joe/lists/1".
QString pathOf(const QString &uri)
{
    const qsizetype ws = uri.indexOf(u"/ws/");
    return ws < 0 ? uri : uri.mid(ws);
}

void writeSelfLink(QXmlStreamWriter &w, const QString &id)
{
    w.writeStartElement(QStringLiteral("link"));
    w.writeDefaultNamespace(AtomNs);
    w.writeAttribute(QStringLiteral("href"), pathOf(id));
    w.writeAttribute(QStringLiteral("rel"), QStringLiteral("self"));
    w.writeEndElement();
}

template<typename S>
QList<S> readItems(QXmlStreamReader &r, QLatin1StringView item, Fields<S> fields)
{
    QList<S> out;
    while (r.readNextStartElement()) {
        if (r.name() != item) {
            r.skipCurrentElement();
            continue;
        }
        S s;
        readPlainFields(r, fields, s);
        out.append(std::move(s));
    }
    return out;
}

template<typename S>
void writeItems(QXmlStreamWriter &w, QLatin1StringView container, QLatin1StringView item, Fields<S> fields,
                const QList<S> &items, bool onlyWritable)
{
    w.writeStartElement(container);
    for (const S &s : items) {
        w.writeStartElement(item);
        writePlainFields(w, fields, s, onlyWritable);
        w.writeEndElement();
    }
    w.writeEndElement();
}

template<typename S>
void jsonItems(JsonWriter &j, QStringView name, Fields<S> fields, const QList<S> &items)
{
    if (items.isEmpty())
        return;
    j.key(name);
    j.beginArray();
    for (const S &s : items) {
        j.beginObject();
        jsonPlainFields(j, fields, s);
        j.endObject();
    }
    j.endArray();
}

template<typename S>
void jsonObject(JsonWriter &j, QStringView name, Fields<S> fields, const S &s)
{
    j.key(name);
    j.beginObject();
    jsonPlainFields(j, fields, s);
    j.endObject();
}

// ---------------------------------------------------------------------------------- contacts

const std::vector<Field<Contact>> &contactFields()
{
    static const std::vector<Field<Contact>> fields = [] {
        std::vector<Field<Contact>> f{
            text("Status", &Contact::status, false),
            text("EmailAddress", &Contact::emailAddress),
            text("EmailType", &Contact::emailType),
            text("Name", &Contact::name, false),
            text("FirstName", &Contact::firstName),
            text("MiddleName", &Contact::middleName),
            text("LastName", &Contact::lastName),
            text("JobTitle", &Contact::jobTitle),
            text("CompanyName", &Contact::companyName),
            text("HomePhone", &Contact::homePhone),
            text("WorkPhone", &Contact::workPhone),
            text("Addr1", &Contact::addr1),
            text("Addr2", &Contact::addr2),
            text("Addr3", &Contact::addr3),
            text("City", &Contact::city),
            text("StateCode", &Contact::stateCode),
            text("StateName", &Contact::stateName),
            text("CountryCode", &Contact::countryCode),
            text("CountryName", &Contact::countryName),
            text("PostalCode", &Contact::postalCode),
            text("SubPostalCode", &Contact::subPostalCode),
            text("Note", &Contact::note),
        };
        static const char *const names[CustomFieldCount] = {
            "CustomField1",  "CustomField2",  "CustomField3",  "CustomField4",  "CustomField5",
            "CustomField6",  "CustomField7",  "CustomField8",  "CustomField9",  "CustomField10",
            "CustomField11", "CustomField12", "CustomField13", "CustomField14", "CustomField15"};
        for (int i = 0; i < CustomFieldCount; ++i) {
            Field<Contact> c{QLatin1StringView(names[i]), Kind::Indexed, true};
            c.index = i;
            f.push_back(c);
        }
        f.push_back(custom<Contact>("ContactLists"));
        f.push_back(text("OptInSource", &Contact::optInSource));
        f.push_back(date("OptInTime", &Contact::optInTime));
        f.push_back(date("OptOutTime", &Contact::optOutTime));
        f.push_back(text("OptOutSource", &Contact::optOutSource, false));
        f.push_back(text("OptOutReason", &Contact::optOutReason, false));
        f.push_back(boolean("Confirmed", &Contact::confirmed, false));
        f.push_back(date("InsertTime", &Contact::insertTime));
        f.push_back(date("LastUpdateTime", &Contact::lastUpdateTime));
        return f;
    }();
    return fields;
}

} // namespace

Fields<Contact> Mapper<Contact>::fields()
{
    return contactFields();
}

void Mapper<Contact>::readCustom(QXmlStreamReader &r, Contact &c, const Field<Contact> &)
{
    // ContactLists
    c.hasContactLists = true;
    while (r.readNextStartElement()) {
        if (r.name() != u"ContactList") {
            r.skipCurrentElement();
            continue;
        }
        ContactListMembership m;
        m.listId = r.attributes().value(kId).toString();
        while (r.readNextStartElement()) {
            if (r.name() == u"OptInSource")
                m.optInSource = readText(r);
            else if (r.name() == u"OptInTime")
                m.optInTime = parseDateTime(readText(r));
            else
                r.skipCurrentElement();
        }
        c.contactLists.append(std::move(m));
    }
}

void Mapper<Contact>::writeCustom(QXmlStreamWriter &w, const Contact &c, const Field<Contact> &, bool onlyWritable)
{
    if (!c.hasContactLists && c.contactLists.isEmpty())
        return;
    w.writeStartElement(QStringLiteral("ContactLists"));
    for (const ContactListMembership &m : c.contactLists) {
        w.writeStartElement(QStringLiteral("ContactList"));
        w.writeAttribute(kId, m.listId);
        if (!onlyWritable) {
            writeSelfLink(w, m.listId);
            if (!m.optInSource.isEmpty())
                w.writeTextElement(QStringLiteral("OptInSource"), m.optInSource);
            if (m.optInTime.isValid())
                w.writeTextElement(QStringLiteral("OptInTime"), formatDateTime(m.optInTime));
        }
        w.writeEndElement();
    }
    w.writeEndElement();
}

void Mapper<Contact>::jsonCustom(JsonWriter &j, const Contact &c, const Field<Contact> &)
{
    if (!c.hasContactLists && c.contactLists.isEmpty())
        return;
    j.key(u"ContactLists");
    j.beginArray();
    for (const ContactListMembership &m : c.contactLists) {
        j.beginObject();
        j.field(u"id", m.listId);
        if (!m.optInSource.isEmpty())
            j.field(u"OptInSource", m.optInSource);
        if (m.optInTime.isValid())
            j.field(u"OptInTime", formatDateTime(m.optInTime));
        j.endObject();
    }
    j.endArray();
}

// ------------------------------------------------------------------------------------- lists

Fields<ContactList> Mapper<ContactList>::fields()
{
    static const Field<ContactList> f[] = {
        boolean("OptInDefault", &ContactList::optInDefault), text("Name", &ContactList::name),
        text("ShortName", &ContactList::shortName, false),   yesNo("DisplayOnSignup", &ContactList::displayOnSignup),
        integer("SortOrder", &ContactList::sortOrder, true), custom<ContactList>("Members", false),
        integer("ContactCount", &ContactList::contactCount),
    };
    return f;
}

void Mapper<ContactList>::readCustom(QXmlStreamReader &r, ContactList &l, const Field<ContactList> &)
{
    l.membersId = r.attributes().value(kId).toString();
    r.skipCurrentElement();
}

void Mapper<ContactList>::writeCustom(QXmlStreamWriter &w, const ContactList &l, const Field<ContactList> &, bool)
{
    if (l.membersId.isEmpty())
        return;
    w.writeStartElement(QStringLiteral("Members"));
    w.writeAttribute(kId, l.membersId);
    w.writeEndElement();
}

void Mapper<ContactList>::jsonCustom(JsonWriter &j, const ContactList &l, const Field<ContactList> &)
{
    if (!l.membersId.isEmpty()) {
        j.key(u"Members");
        j.beginObject();
        j.field(u"id", l.membersId);
        j.endObject();
    }
}

Fields<ContactListMember> Mapper<ContactListMember>::fields()
{
    static const Field<ContactListMember> f[] = {
        text("EmailAddress", &ContactListMember::emailAddress, false),
        text("Name", &ContactListMember::name, false),
    };
    return f;
}

// --------------------------------------------------------------------------------- campaigns

namespace {
const Field<CampaignUrl> kUrlFields[] = {
    text("Value", &CampaignUrl::value, false),
    integer("Clicks", &CampaignUrl::clicks),
};
} // namespace

Fields<Campaign> Mapper<Campaign>::fields()
{
    using C = Campaign;
    static const Field<C> f[] = {
        text("Name", &C::name),
        text("Status", &C::status),
        date("Date", &C::date),
        date("LastEditDate", &C::lastEditDate),
        date("LastRunDate", &C::lastRunDate),
        date("NextRunDate", &C::nextRunDate),
        integer("Sent", &C::sent),
        integer("Opens", &C::opens),
        integer("Clicks", &C::clicks),
        integer("Bounces", &C::bounces),
        integer("Forwards", &C::forwards),
        integer("OptOuts", &C::optOuts),
        integer("SpamReports", &C::spamReports),
        text("SharePageURL", &C::sharePageUrl, false),
        text("Subject", &C::subject),
        text("FromName", &C::fromName),
        text("CampaignType", &C::campaignType, false),
        text("ViewAsWebpage", &C::viewAsWebpage),
        text("ViewAsWebpageLinkText", &C::viewAsWebpageLinkText),
        text("ViewAsWebpageText", &C::viewAsWebpageText),
        text("PermissionReminder", &C::permissionReminder),
        text("PermissionReminderText", &C::permissionReminderText),
        text("GreetingSalutation", &C::greetingSalutation),
        text("GreetingName", &C::greetingName),
        text("GreetingString", &C::greetingString),
        text("OrganizationName", &C::organizationName),
        text("OrganizationAddress1", &C::organizationAddress1),
        text("OrganizationAddress2", &C::organizationAddress2),
        text("OrganizationAddress3", &C::organizationAddress3),
        text("OrganizationCity", &C::organizationCity),
        text("OrganizationState", &C::organizationState),
        text("OrganizationInternationalState", &C::organizationInternationalState),
        text("OrganizationCountry", &C::organizationCountry),
        text("OrganizationPostalCode", &C::organizationPostalCode),
        text("IncludeForwardEmail", &C::includeForwardEmail),
        text("ForwardEmailLinkText", &C::forwardEmailLinkText),
        text("IncludeSubscribeLink", &C::includeSubscribeLink),
        text("SubscribeLinkText", &C::subscribeLinkText),
        text("EmailContentFormat", &C::emailContentFormat),
        text("EmailContent", &C::emailContent),
        text("EmailTextContent", &C::emailTextContent),
        text("StyleSheet", &C::styleSheet),
        text("ArchiveStatus", &C::archiveStatus, false),
        text("ArchiveURL", &C::archiveUrl, false),
        custom<C>("ContactLists"),
        custom<C>("FromEmail"),
        custom<C>("ReplyToEmail"),
        custom<C>("Urls", false),
    };
    return f;
}

namespace {
EmailRef readEmailRef(QXmlStreamReader &r)
{
    EmailRef e;
    while (r.readNextStartElement()) {
        if (r.name() == u"Email") {
            e.id = r.attributes().value(kId).toString();
            r.skipCurrentElement();
        } else if (r.name() == u"EmailAddress") {
            e.emailAddress = readText(r);
        } else {
            r.skipCurrentElement();
        }
    }
    return e;
}
} // namespace

void Mapper<Campaign>::readCustom(QXmlStreamReader &r, Campaign &c, const Field<Campaign> &f)
{
    if (f.name == QLatin1StringView("ContactLists")) {
        c.hasContactLists = true;
        while (r.readNextStartElement()) {
            if (r.name() == u"ContactList")
                c.contactLists.append(r.attributes().value(kId).toString());
            r.skipCurrentElement();
        }
    } else if (f.name == QLatin1StringView("FromEmail")) {
        c.fromEmail = readEmailRef(r);
    } else if (f.name == QLatin1StringView("ReplyToEmail")) {
        c.replyToEmail = readEmailRef(r);
    } else { // Urls
        while (r.readNextStartElement()) {
            if (r.name() != u"Url") {
                r.skipCurrentElement();
                continue;
            }
            CampaignUrl u;
            u.id = r.attributes().value(kId).toString();
            readPlainFields<CampaignUrl>(r, kUrlFields, u);
            c.urls.append(std::move(u));
        }
    }
}

void Mapper<Campaign>::writeCustom(QXmlStreamWriter &w, const Campaign &c, const Field<Campaign> &f, bool onlyWritable)
{
    const auto writeEmail = [&](const QString &name, const EmailRef &e) {
        if (e.isEmpty())
            return;
        w.writeStartElement(name);
        w.writeStartElement(QStringLiteral("Email"));
        w.writeAttribute(kId, e.id);
        writeSelfLink(w, e.id);
        w.writeEndElement();
        w.writeTextElement(QStringLiteral("EmailAddress"), e.emailAddress);
        w.writeEndElement();
    };
    if (f.name == QLatin1StringView("ContactLists")) {
        if (!c.hasContactLists && c.contactLists.isEmpty())
            return;
        w.writeStartElement(QStringLiteral("ContactLists"));
        for (const QString &id : c.contactLists) {
            w.writeStartElement(QStringLiteral("ContactList"));
            w.writeAttribute(kId, id);
            writeSelfLink(w, id);
            w.writeEndElement();
        }
        w.writeEndElement();
    } else if (f.name == QLatin1StringView("FromEmail")) {
        writeEmail(QStringLiteral("FromEmail"), c.fromEmail);
    } else if (f.name == QLatin1StringView("ReplyToEmail")) {
        writeEmail(QStringLiteral("ReplyToEmail"), c.replyToEmail);
    } else if (!onlyWritable && !c.urls.isEmpty()) {
        w.writeStartElement(QStringLiteral("Urls"));
        for (const CampaignUrl &u : c.urls) {
            w.writeStartElement(QStringLiteral("Url"));
            w.writeAttribute(kId, u.id);
            writePlainFields<CampaignUrl>(w, kUrlFields, u, false);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
}

void Mapper<Campaign>::jsonCustom(JsonWriter &j, const Campaign &c, const Field<Campaign> &f)
{
    const auto jsonEmail = [&](QStringView name, const EmailRef &e) {
        if (e.isEmpty())
            return;
        j.key(name);
        j.beginObject();
        j.field(u"id", e.id);
        j.field(u"EmailAddress", e.emailAddress);
        j.endObject();
    };
    if (f.name == QLatin1StringView("ContactLists")) {
        if (!c.hasContactLists && c.contactLists.isEmpty())
            return;
        j.key(u"ContactLists");
        j.beginArray();
        for (const QString &id : c.contactLists) {
            j.beginObject();
            j.field(u"id", id);
            j.endObject();
        }
        j.endArray();
    } else if (f.name == QLatin1StringView("FromEmail")) {
        jsonEmail(u"FromEmail", c.fromEmail);
    } else if (f.name == QLatin1StringView("ReplyToEmail")) {
        jsonEmail(u"ReplyToEmail", c.replyToEmail);
    } else if (!c.urls.isEmpty()) {
        j.key(u"Urls");
        j.beginArray();
        for (const CampaignUrl &u : c.urls) {
            j.beginObject();
            j.field(u"id", u.id);
            jsonPlainFields<CampaignUrl>(j, kUrlFields, u);
            j.endObject();
        }
        j.endArray();
    }
}

// ---------------------------------------------------------------------------- campaign events

Fields<CampaignEvent> Mapper<CampaignEvent>::fields()
{
    using E = CampaignEvent;
    static const Field<E> f[] = {
        custom<E>("Contact", false),
        custom<E>("Campaign", false),
        date("EventTime", &E::eventTime),
        text("LinkUrl", &E::linkUrl, false),
        text("Code", &E::code, false),
        text("Description", &E::description, false),
        text("BounceMessage", &E::bounceMessage, false),
        text("OptOutSource", &E::optOutSource, false),
        text("OptOutReason", &E::optOutReason, false),
    };
    return f;
}

void Mapper<CampaignEvent>::readCustom(QXmlStreamReader &r, CampaignEvent &e, const Field<CampaignEvent> &f)
{
    const bool contact = f.name == QLatin1StringView("Contact");
    (contact ? e.contactId : e.campaignId) = r.attributes().value(kId).toString();
    while (r.readNextStartElement()) {
        if (contact && r.name() == u"EmailAddress")
            e.contactEmail = readText(r);
        else if (!contact && r.name() == u"Name")
            e.campaignName = readText(r);
        else
            r.skipCurrentElement();
    }
}

void Mapper<CampaignEvent>::writeCustom(QXmlStreamWriter &w, const CampaignEvent &e, const Field<CampaignEvent> &f,
                                        bool)
{
    const bool contact = f.name == QLatin1StringView("Contact");
    w.writeStartElement(f.name);
    w.writeAttribute(kId, contact ? e.contactId : e.campaignId);
    if (contact)
        w.writeTextElement(QStringLiteral("EmailAddress"), e.contactEmail);
    writeSelfLink(w, contact ? e.contactId : e.campaignId);
    if (!contact && !e.campaignName.isEmpty())
        w.writeTextElement(QStringLiteral("Name"), e.campaignName);
    w.writeEndElement();
}

void Mapper<CampaignEvent>::jsonCustom(JsonWriter &j, const CampaignEvent &e, const Field<CampaignEvent> &f)
{
    const bool contact = f.name == QLatin1StringView("Contact");
    const QString &id = contact ? e.contactId : e.campaignId;
    const QString &second = contact ? e.contactEmail : e.campaignName;
    if (id.isEmpty() && second.isEmpty())
        return;
    j.key(contact ? u"Contact" : u"Campaign");
    j.beginObject();
    j.field(u"id", id);
    if (!second.isEmpty())
        j.field(contact ? u"EmailAddress" : u"Name", second);
    j.endObject();
}

// ------------------------------------------------------------------ e-mail addresses, activities

Fields<EmailAddress> Mapper<EmailAddress>::fields()
{
    static const Field<EmailAddress> f[] = {
        text("EmailAddress", &EmailAddress::emailAddress, false),
        text("Status", &EmailAddress::status, false),
        date("VerifiedTime", &EmailAddress::verifiedTime),
    };
    return f;
}

namespace {
const Field<ActivityError> kActivityErrorFields[] = {
    integer("LineNumber", &ActivityError::lineNumber),
    text("EmailAddress", &ActivityError::emailAddress),
    text("Message", &ActivityError::message),
};
} // namespace

Fields<Activity> Mapper<Activity>::fields()
{
    using A = Activity;
    static const Field<A> f[] = {
        text("Type", &A::type),
        text("Status", &A::status, false),
        custom<A>("Errors", false),
        text("FileName", &A::fileName, false),
        integer("TransactionCount", &A::transactionCount),
        date("RunStartTime", &A::runStartTime),
        date("RunFinishTime", &A::runFinishTime),
        date("InsertTime", &A::insertTime),
    };
    return f;
}
void Mapper<Activity>::readCustom(QXmlStreamReader &r, Activity &a, const Field<Activity> &)
{
    a.errors = readItems<ActivityError>(r, QLatin1StringView("Error"), kActivityErrorFields);
}
void Mapper<Activity>::writeCustom(QXmlStreamWriter &w, const Activity &a, const Field<Activity> &, bool onlyWritable)
{
    if (!onlyWritable && !a.errors.isEmpty())
        writeItems<ActivityError>(w, QLatin1StringView("Errors"), QLatin1StringView("Error"), kActivityErrorFields,
                                  a.errors, false);
}
void Mapper<Activity>::jsonCustom(JsonWriter &j, const Activity &a, const Field<Activity> &)
{
    jsonItems<ActivityError>(j, u"Errors", kActivityErrorFields, a.errors);
}

// ------------------------------------------------------------------------ event marketing

namespace {
const Field<EventAddress> kLocationFields[] = {
    text("Location", &EventAddress::location), text("Address1", &EventAddress::address1),
    text("Address2", &EventAddress::address2), text("Address3", &EventAddress::address3),
    text("City", &EventAddress::city),         text("State", &EventAddress::state),
    text("Country", &EventAddress::country),   text("PostalCode", &EventAddress::postalCode),
};
const Field<EventFee> kFeeFields[] = {
    text("Label", &EventFee::label),     text("Fee", &EventFee::fee),           text("EarlyFee", &EventFee::earlyFee),
    text("LateFee", &EventFee::lateFee), text("FeeScope", &EventFee::feeScope),
};
const Field<PaymentOption> kPaymentOptionFields[] = {
    text("Type", &PaymentOption::type),
    text("PayPalAccountEmail", &PaymentOption::payPalAccountEmail),
    custom<PaymentOption>("PaymentAddress"),
};
const Field<RegistrationType> kRegistrationTypeFields[] = {
    text("Name", &RegistrationType::name),
    integer("RegistrationLimitCount", &RegistrationType::registrationLimitCount, true),
    boolean("RegistrationClosedManually", &RegistrationType::registrationClosedManually),
    integer("GuestLimit", &RegistrationType::guestLimit, true),
    boolean("Ticketing", &RegistrationType::ticketing),
    custom<RegistrationType>("EventFees"),
};

PaymentOption readPaymentOption(QXmlStreamReader &r)
{
    PaymentOption p;
    readFields<PaymentOption>(r, kPaymentOptionFields, p, nullptr,
                              [](QXmlStreamReader &rr, PaymentOption &o, const Field<PaymentOption> &) {
                                  readPlainFields<EventAddress>(rr, kLocationFields, o.paymentAddress);
                              });
    return p;
}

RegistrationType readRegistrationType(QXmlStreamReader &r)
{
    RegistrationType t;
    readFields<RegistrationType>(r, kRegistrationTypeFields, t, nullptr,
                                 [](QXmlStreamReader &rr, RegistrationType &o, const Field<RegistrationType> &) {
                                     o.eventFees = readItems<EventFee>(rr, QLatin1StringView("EventFee"), kFeeFields);
                                 });
    return t;
}
} // namespace

Fields<Event> Mapper<Event>::fields()
{
    using E = Event;
    static const Field<E> f[] = {
        text("Name", &E::name),
        text("Description", &E::description),
        text("Title", &E::title),
        integer("Registered", &E::registered),
        date("CreatedDate", &E::createdDate),
        text("Status", &E::status),
        text("EventType", &E::eventType),
        custom<E>("EventLocation"),
        text("RegistrationURL", &E::registrationUrl, false),
        date("StartDate", &E::startDate, true),
        date("EndDate", &E::endDate, true),
        date("PublishDate", &E::publishDate, true),
        integer("AttendedCount", &E::attendedCount),
        integer("CancelledCount", &E::cancelledCount),
        boolean("EventFeeRequired", &E::eventFeeRequired),
        text("CurrencyType", &E::currencyType),
        custom<E>("PaymentOptions"),
        custom<E>("RegistrationTypes"),
    };
    return f;
}

void Mapper<Event>::readCustom(QXmlStreamReader &r, Event &e, const Field<Event> &f)
{
    if (f.name == QLatin1StringView("EventLocation")) {
        e.hasLocation = true;
        readPlainFields<EventAddress>(r, kLocationFields, e.location);
        return;
    }
    const bool payments = f.name == QLatin1StringView("PaymentOptions");
    while (r.readNextStartElement()) {
        if (payments && r.name() == u"PaymentOption")
            e.paymentOptions.append(readPaymentOption(r));
        else if (!payments && r.name() == u"RegistrationType")
            e.registrationTypes.append(readRegistrationType(r));
        else
            r.skipCurrentElement();
    }
}

void Mapper<Event>::writeCustom(QXmlStreamWriter &w, const Event &e, const Field<Event> &f, bool)
{
    if (f.name == QLatin1StringView("EventLocation")) {
        if (!e.hasLocation && e.location.isEmpty())
            return;
        w.writeStartElement(QStringLiteral("EventLocation"));
        writePlainFields<EventAddress>(w, kLocationFields, e.location, false);
        w.writeEndElement();
    } else if (f.name == QLatin1StringView("PaymentOptions")) {
        if (e.paymentOptions.isEmpty())
            return;
        w.writeStartElement(QStringLiteral("PaymentOptions"));
        for (const PaymentOption &p : e.paymentOptions) {
            w.writeStartElement(QStringLiteral("PaymentOption"));
            writeFields<PaymentOption>(w, kPaymentOptionFields, p, false,
                                       [](QXmlStreamWriter &ww, const PaymentOption &o, const Field<PaymentOption> &) {
                                           if (o.paymentAddress.isEmpty())
                                               return;
                                           ww.writeStartElement(QStringLiteral("PaymentAddress"));
                                           writePlainFields<EventAddress>(ww, kLocationFields, o.paymentAddress, false);
                                           ww.writeEndElement();
                                       });
            w.writeEndElement();
        }
        w.writeEndElement();
    } else {
        if (e.registrationTypes.isEmpty())
            return;
        w.writeStartElement(QStringLiteral("RegistrationTypes"));
        for (const RegistrationType &t : e.registrationTypes) {
            w.writeStartElement(QStringLiteral("RegistrationType"));
            writeFields<RegistrationType>(
                w, kRegistrationTypeFields, t, false,
                [](QXmlStreamWriter &ww, const RegistrationType &o, const Field<RegistrationType> &) {
                    writeItems<EventFee>(ww, QLatin1StringView("EventFees"), QLatin1StringView("EventFee"), kFeeFields,
                                         o.eventFees, false);
                });
            w.writeEndElement();
        }
        w.writeEndElement();
    }
}

void Mapper<Event>::jsonCustom(JsonWriter &j, const Event &e, const Field<Event> &f)
{
    if (f.name == QLatin1StringView("EventLocation")) {
        if (e.hasLocation || !e.location.isEmpty())
            jsonObject<EventAddress>(j, u"EventLocation", kLocationFields, e.location);
    } else if (f.name == QLatin1StringView("PaymentOptions")) {
        if (e.paymentOptions.isEmpty())
            return;
        j.key(u"PaymentOptions");
        j.beginArray();
        for (const PaymentOption &p : e.paymentOptions) {
            j.beginObject();
            jsonFields<PaymentOption>(
                j, kPaymentOptionFields, p, [](JsonWriter &jj, const PaymentOption &o, const Field<PaymentOption> &) {
                    if (!o.paymentAddress.isEmpty())
                        jsonObject<EventAddress>(jj, u"PaymentAddress", kLocationFields, o.paymentAddress);
                });
            j.endObject();
        }
        j.endArray();
    } else {
        if (e.registrationTypes.isEmpty())
            return;
        j.key(u"RegistrationTypes");
        j.beginArray();
        for (const RegistrationType &t : e.registrationTypes) {
            j.beginObject();
            jsonFields<RegistrationType>(
                j, kRegistrationTypeFields, t,
                [](JsonWriter &jj, const RegistrationType &o, const Field<RegistrationType> &) {
                    jsonItems<EventFee>(jj, u"EventFees", kFeeFields, o.eventFees);
                });
            j.endObject();
        }
        j.endArray();
    }
}

// ------------------------------------------------------------------------------ registrants

namespace {
const Field<RegistrantInfo> kInfoFields[] = {
    text("Label", &RegistrantInfo::label),
    text("Address1", &RegistrantInfo::address1),
    text("Address2", &RegistrantInfo::address2),
    text("Address3", &RegistrantInfo::address3),
    text("City", &RegistrantInfo::city),
    text("State", &RegistrantInfo::state),
    text("Zip", &RegistrantInfo::zip),
    text("Province", &RegistrantInfo::province),
    text("Country", &RegistrantInfo::country),
    text("Phone", &RegistrantInfo::phone),
    text("CellPhone", &RegistrantInfo::cellPhone),
    text("Fax", &RegistrantInfo::fax),
    text("Website", &RegistrantInfo::website),
    text("Blog", &RegistrantInfo::blog),
    text("Company", &RegistrantInfo::company),
    text("JobTitle", &RegistrantInfo::jobTitle),
    text("Department", &RegistrantInfo::department),
};
const Field<Cost> kCostFields[] = {
    integer("Count", &Cost::count),
    text("FeeType", &Cost::feeType),
    text("Rate", &Cost::rate),
    text("Total", &Cost::total),
};

QList<CustomAnswer> readCustomAnswers(QXmlStreamReader &r)
{
    QList<CustomAnswer> out;
    while (r.readNextStartElement()) {
        if (r.name() != u"CustomField") {
            r.skipCurrentElement();
            continue;
        }
        CustomAnswer a;
        while (r.readNextStartElement()) {
            if (r.name() == u"Question") {
                a.question = readText(r);
            } else if (r.name() == u"Answers") {
                while (r.readNextStartElement()) {
                    if (r.name() == u"Answer")
                        a.answers.append(readText(r));
                    else
                        r.skipCurrentElement();
                }
            } else {
                r.skipCurrentElement();
            }
        }
        out.append(std::move(a));
    }
    return out;
}

void writeCustomAnswer(QXmlStreamWriter &w, const CustomAnswer &a)
{
    w.writeStartElement(QStringLiteral("CustomField"));
    w.writeTextElement(QStringLiteral("Question"), a.question);
    w.writeStartElement(QStringLiteral("Answers"));
    for (const QString &answer : a.answers)
        w.writeTextElement(QStringLiteral("Answer"), answer);
    w.writeEndElement();
    w.writeEndElement();
}

void jsonCustomAnswers(JsonWriter &j, QStringView name, const QList<CustomAnswer> &answers)
{
    if (answers.isEmpty())
        return;
    j.key(name);
    j.beginArray();
    for (const CustomAnswer &a : answers) {
        j.beginObject();
        j.field(u"Question", a.question);
        j.key(u"Answers");
        j.beginArray();
        for (const QString &answer : a.answers)
            j.value(answer);
        j.endArray();
        j.endObject();
    }
    j.endArray();
}
} // namespace

Fields<Registrant> Mapper<Registrant>::fields()
{
    using R = Registrant;
    static const Field<R> f[] = {
        text("LastName", &R::lastName),
        text("FirstName", &R::firstName),
        text("EmailAddress", &R::emailAddress),
        text("RegistrationStatus", &R::registrationStatus),
        date("RegistrationDate", &R::registrationDate),
        custom<R>("AttendanceStatus"),
        integer("GuestCount", &R::guestCount),
        custom<R>("PaymentStatus"),
        text("TicketId", &R::ticketId),
        custom<R>("PersonalInformation"),
        custom<R>("BusinessInformation"),
        custom<R>("CustomInformation1"),
        custom<R>("CustomInformation2"),
        custom<R>("Costs"),
        text("OrderAmount", &R::orderAmount),
        text("CurrencyType", &R::currencyType),
        text("PaymentType", &R::paymentType),
    };
    return f;
}

void Mapper<Registrant>::readCustom(QXmlStreamReader &r, Registrant &g, const Field<Registrant> &f)
{
    const QLatin1StringView n = f.name;
    if (n == QLatin1StringView("AttendanceStatus") || n == QLatin1StringView("PaymentStatus")) {
        // Either plain text or a nested <Status> (and <Type> for attendance).
        const bool attendance = n == QLatin1StringView("AttendanceStatus");
        QString &status = attendance ? g.attendanceStatus : g.paymentStatus;
        QString direct;
        while (!r.atEnd()) {
            const auto token = r.readNext();
            if (token == QXmlStreamReader::Characters) {
                direct += r.text();
            } else if (token == QXmlStreamReader::StartElement) {
                if (r.name() == u"Status")
                    status = readText(r);
                else if (attendance && r.name() == u"Type")
                    g.attendanceType = readText(r);
                else
                    r.skipCurrentElement();
            } else if (token == QXmlStreamReader::EndElement) {
                break;
            }
        }
        if (status.isEmpty())
            status = direct.trimmed();
    } else if (n == QLatin1StringView("PersonalInformation")) {
        g.hasPersonalInformation = true;
        readPlainFields<RegistrantInfo>(r, kInfoFields, g.personalInformation);
    } else if (n == QLatin1StringView("BusinessInformation")) {
        g.hasBusinessInformation = true;
        readPlainFields<RegistrantInfo>(r, kInfoFields, g.businessInformation);
    } else if (n == QLatin1StringView("CustomInformation1")) {
        g.customInformation1 = readCustomAnswers(r);
    } else if (n == QLatin1StringView("CustomInformation2")) {
        g.customInformation2 = readCustomAnswers(r);
    } else {
        g.costs = readItems<Cost>(r, QLatin1StringView("Cost"), kCostFields);
    }
}

void Mapper<Registrant>::writeCustom(QXmlStreamWriter &w, const Registrant &g, const Field<Registrant> &f, bool)
{
    const QLatin1StringView n = f.name;
    if (n == QLatin1StringView("AttendanceStatus")) {
        if (g.attendanceStatus.isEmpty() && g.attendanceType.isEmpty())
            return;
        w.writeStartElement(n);
        w.writeTextElement(QStringLiteral("Status"), g.attendanceStatus);
        if (!g.attendanceType.isEmpty())
            w.writeTextElement(QStringLiteral("Type"), g.attendanceType);
        w.writeEndElement();
    } else if (n == QLatin1StringView("PaymentStatus")) {
        if (!g.paymentStatus.isEmpty())
            w.writeTextElement(n, g.paymentStatus);
    } else if (n == QLatin1StringView("PersonalInformation") || n == QLatin1StringView("BusinessInformation")) {
        const bool personal = n == QLatin1StringView("PersonalInformation");
        const RegistrantInfo &info = personal ? g.personalInformation : g.businessInformation;
        if (info.isEmpty() && !(personal ? g.hasPersonalInformation : g.hasBusinessInformation))
            return;
        w.writeStartElement(n);
        writePlainFields<RegistrantInfo>(w, kInfoFields, info, false);
        w.writeEndElement();
    } else if (n == QLatin1StringView("CustomInformation1") || n == QLatin1StringView("CustomInformation2")) {
        const auto &answers =
            n == QLatin1StringView("CustomInformation1") ? g.customInformation1 : g.customInformation2;
        if (answers.isEmpty())
            return;
        w.writeStartElement(n);
        for (const CustomAnswer &a : answers)
            writeCustomAnswer(w, a);
        w.writeEndElement();
    } else if (!g.costs.isEmpty()) {
        writeItems<Cost>(w, QLatin1StringView("Costs"), QLatin1StringView("Cost"), kCostFields, g.costs, false);
    }
}

void Mapper<Registrant>::jsonCustom(JsonWriter &j, const Registrant &g, const Field<Registrant> &f)
{
    const QLatin1StringView n = f.name;
    if (n == QLatin1StringView("AttendanceStatus")) {
        if (g.attendanceStatus.isEmpty() && g.attendanceType.isEmpty())
            return;
        j.key(u"AttendanceStatus");
        j.beginObject();
        if (!g.attendanceStatus.isEmpty())
            j.field(u"Status", g.attendanceStatus);
        if (!g.attendanceType.isEmpty())
            j.field(u"Type", g.attendanceType);
        j.endObject();
    } else if (n == QLatin1StringView("PaymentStatus")) {
        if (!g.paymentStatus.isEmpty())
            j.field(u"PaymentStatus", g.paymentStatus);
    } else if (n == QLatin1StringView("PersonalInformation")) {
        if (g.hasPersonalInformation || !g.personalInformation.isEmpty())
            jsonObject<RegistrantInfo>(j, u"PersonalInformation", kInfoFields, g.personalInformation);
    } else if (n == QLatin1StringView("BusinessInformation")) {
        if (g.hasBusinessInformation || !g.businessInformation.isEmpty())
            jsonObject<RegistrantInfo>(j, u"BusinessInformation", kInfoFields, g.businessInformation);
    } else if (n == QLatin1StringView("CustomInformation1")) {
        jsonCustomAnswers(j, u"CustomInformation1", g.customInformation1);
    } else if (n == QLatin1StringView("CustomInformation2")) {
        jsonCustomAnswers(j, u"CustomInformation2", g.customInformation2);
    } else {
        jsonItems<Cost>(j, u"Costs", kCostFields, g.costs);
    }
}

// ----------------------------------------------------------------- guests, attendance, payment

Fields<Guest> Mapper<Guest>::fields()
{
    static const Field<Guest> f[] = {
        integer("GuestNumber", &Guest::guestNumber),
        custom<Guest>("GuestInfo"),
    };
    return f;
}

void Mapper<Guest>::readCustom(QXmlStreamReader &r, Guest &g, const Field<Guest> &)
{
    while (r.readNextStartElement()) {
        const QStringView n = r.name();
        if (n == u"FirstName") {
            g.firstName = readText(r);
        } else if (n == u"LastName") {
            g.lastName = readText(r);
        } else if (n == u"EmailAddress") {
            g.emailAddress = readText(r);
        } else if (n == u"CustomField") {
            CustomAnswer a;
            while (r.readNextStartElement()) {
                if (r.name() == u"Question") {
                    a.question = readText(r);
                } else if (r.name() == u"Answers") {
                    while (r.readNextStartElement()) {
                        if (r.name() == u"Answer")
                            a.answers.append(readText(r));
                        else
                            r.skipCurrentElement();
                    }
                } else {
                    r.skipCurrentElement();
                }
            }
            g.customFields.append(std::move(a));
        } else if (n == u"CustomInformation1" || n == u"CustomInformation2") {
            g.customFields.append(readCustomAnswers(r));
        } else {
            r.skipCurrentElement();
        }
    }
}

void Mapper<Guest>::writeCustom(QXmlStreamWriter &w, const Guest &g, const Field<Guest> &, bool)
{
    w.writeStartElement(QStringLiteral("GuestInfo"));
    w.writeTextElement(QStringLiteral("FirstName"), g.firstName);
    w.writeTextElement(QStringLiteral("LastName"), g.lastName);
    w.writeTextElement(QStringLiteral("EmailAddress"), g.emailAddress);
    for (const CustomAnswer &a : g.customFields)
        writeCustomAnswer(w, a);
    w.writeEndElement();
}

void Mapper<Guest>::jsonCustom(JsonWriter &j, const Guest &g, const Field<Guest> &)
{
    j.key(u"GuestInfo");
    j.beginObject();
    if (!g.firstName.isEmpty())
        j.field(u"FirstName", g.firstName);
    if (!g.lastName.isEmpty())
        j.field(u"LastName", g.lastName);
    if (!g.emailAddress.isEmpty())
        j.field(u"EmailAddress", g.emailAddress);
    jsonCustomAnswers(j, u"CustomFields", g.customFields);
    j.endObject();
}

Fields<AttendanceStatus> Mapper<AttendanceStatus>::fields()
{
    static const Field<AttendanceStatus> f[] = {
        text("Status", &AttendanceStatus::status),
        text("Type", &AttendanceStatus::type),
    };
    return f;
}

Fields<CampaignSchedule> Mapper<CampaignSchedule>::fields()
{
    static const Field<CampaignSchedule> f[] = {
        date("ScheduledTime", &CampaignSchedule::scheduledTime, true),
    };
    return f;
}

Fields<PaymentStatus> Mapper<PaymentStatus>::fields()
{
    static const Field<PaymentStatus> f[] = {
        text("Status", &PaymentStatus::status),
    };
    return f;
}

} // namespace ctct::atom::detail
