// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonexport.h"

#include "mappers_p.h"

namespace ctct::atom {

using namespace detail;

namespace {

void writeEntryHeader(JsonWriter &j, const Resource &r)
{
    if (r.id.isEmpty())
        j.key(u"id"), j.null();
    else
        j.field(u"id", r.id);
    if (!r.editLink.isEmpty())
        j.field(u"editLink", r.editLink);
}

void writeExtra(JsonWriter &j, const Resource &r)
{
    for (const ExtraElement &e : r.extra)
        j.field(e.name, e.text);
}

void writeLink(JsonWriter &j, QStringView name, const QString &href)
{
    j.key(name);
    if (href.isEmpty())
        j.null();
    else
        j.value(href);
}

template<typename T>
void writePage(JsonWriter &j, const Page<T> &page)
{
    j.key(u"entries");
    j.beginArray();
    for (const T &entry : page.entries)
        writeJsonEntry(j, entry);
    j.endArray();
    j.key(u"links");
    j.beginObject();
    writeLink(j, u"next", page.next);
    writeLink(j, u"first", page.first);
    writeLink(j, u"current", page.current);
    j.endObject();
}

void writePage(JsonWriter &j, const ServiceDocument &doc)
{
    j.key(u"collections");
    j.beginArray();
    for (const ServiceWorkspace &ws : doc.workspaces) {
        for (const ServiceCollection &c : ws.collections) {
            j.beginObject();
            j.field(u"href", c.href);
            j.field(u"title", c.title);
            j.key(u"accept");
            j.beginArray();
            for (const QString &a : c.accept)
                j.value(a);
            j.endArray();
            j.field(u"workspace", ws.title);
            j.endObject();
        }
    }
    j.endArray();
}

} // namespace

template<typename T>
void writeJsonEntry(JsonWriter &j, const T &value)
{
    j.beginObject();
    writeEntryHeader(j, value);
    if constexpr (std::is_same_v<T, GenericEntry>) {
        writeExtra(j, value);
    } else {
        jsonFields(j, Mapper<T>::fields(), value,
                   [](JsonWriter &jj, const T &v, const Field<T> &f) { Mapper<T>::jsonCustom(jj, v, f); });
        writeExtra(j, value);
    }
    j.endObject();
}

#define CTCT_INSTANTIATE(Type) template void writeJsonEntry<Type>(JsonWriter &, const Type &);
CTCT_INSTANTIATE(Contact)
CTCT_INSTANTIATE(ContactList)
CTCT_INSTANTIATE(ContactListMember)
CTCT_INSTANTIATE(Campaign)
CTCT_INSTANTIATE(CampaignEvent)
CTCT_INSTANTIATE(EmailAddress)
CTCT_INSTANTIATE(Activity)
CTCT_INSTANTIATE(Event)
CTCT_INSTANTIATE(Registrant)
CTCT_INSTANTIATE(Guest)
CTCT_INSTANTIATE(AttendanceStatus)
CTCT_INSTANTIATE(PaymentStatus)
CTCT_INSTANTIATE(GenericEntry)
#undef CTCT_INSTANTIATE

QByteArray documentToJson(const Document &document, bool indented)
{
    JsonWriter j(indented);
    j.beginObject();
    j.key(u"kind");
    if (document.kind.isEmpty())
        j.null();
    else
        j.value(document.kind);
    std::visit([&j](const auto &content) { writePage(j, content); }, document.content);
    j.endObject();
    QByteArray out = j.data();
    out.append('\n');
    return out;
}

} // namespace ctct::atom
