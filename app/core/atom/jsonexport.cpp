// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonexport.h"

#include "mappers_p.h"

#include <QHash>

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

namespace {

QString csvCell(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

template<typename T>
QByteArray entriesToCsv(const QList<T> &entries)
{
    // Each entry as (name, text) pairs in the API's order; structured values as compact JSON.
    QStringList columns{QStringLiteral("id")};
    QList<QHash<QString, QString>> rows;
    for (const T &entry : entries) {
        QHash<QString, QString> row;
        row.insert(QStringLiteral("id"), entry.id);
        const auto add = [&](const QString &name, const QString &text) {
            if (text.isEmpty())
                return;
            if (!columns.contains(name))
                columns.append(name);
            row.insert(name, text);
        };
        if constexpr (!std::is_same_v<T, GenericEntry>) {
            for (const Field<T> &f : Mapper<T>::fields()) {
                if (f.kind != Kind::Custom) {
                    add(f.name, fieldText(f, entry));
                    continue;
                }
                JsonWriter j(false);
                j.beginObject();
                Mapper<T>::jsonCustom(j, entry, f);
                j.endObject();
                const QByteArray json = j.data();
                // {"Name": value} -> value; an object that is only a reference -> its id.
                const qsizetype colon = json.indexOf(':');
                if (colon <= 0)
                    continue;
                QByteArray value = json.mid(colon + 1, json.size() - colon - 2);
                static const QByteArray onlyId = "{\"id\":\"";
                if (value.startsWith(onlyId) && value.endsWith("\"}") && value.count('"') == 4)
                    value = value.mid(onlyId.size(), value.size() - onlyId.size() - 2);
                add(f.name, QString::fromUtf8(value));
            }
        }
        for (const ExtraElement &e : entry.extra)
            add(e.name, e.text);
        rows.append(row);
    }
    QString out = columns.join(u',') + u'\n';
    for (const auto &row : rows) {
        QStringList cells;
        for (const QString &c : columns)
            cells.append(csvCell(row.value(c)));
        out += cells.join(u',') + u'\n';
    }
    return out.toUtf8();
}

template<typename T>
bool setField(T &value, QStringView name, const QString &text, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if constexpr (std::is_same_v<T, GenericEntry>) {
        return fail(QStringLiteral("this resource has no fields to set"));
    } else {
        qsizetype guess = 0;
        const Field<T> *f = findField(Mapper<T>::fields(), name, guess);
        if (!f)
            return fail(QStringLiteral("unknown field \"%1\"").arg(name));
        if (!f->writable)
            return fail(QStringLiteral("%1 is set by the server and cannot be changed").arg(name));
        switch (f->kind) {
        case Kind::Text:
            value.*(f->text) = text;
            return true;
        case Kind::Indexed:
            setIndexedValue(*f, value, text);
            return true;
        case Kind::Date: {
            const QDateTime d = parseDateTime(text);
            if (!d.isValid() && !text.isEmpty())
                return fail(QStringLiteral("%1 needs a date such as 2024-05-01T12:00:00Z").arg(name));
            value.*(f->date) = d;
            return true;
        }
        case Kind::Integer: {
            const std::optional<qint64> n = parseInteger(text);
            if (!n && !text.isEmpty())
                return fail(QStringLiteral("%1 needs a whole number").arg(name));
            value.*(f->number) = n;
            return true;
        }
        case Kind::Bool:
        case Kind::YesNo: {
            const std::optional<bool> b = parseBool(text);
            if (!b && !text.isEmpty())
                return fail(QStringLiteral("%1 needs true or false").arg(name));
            value.*(f->flag) = b;
            return true;
        }
        case Kind::Custom:
            break;
        }
        return fail(QStringLiteral("%1 is structured and has an option of its own").arg(name));
    }
}

#define CTCT_INSTANTIATE(Type)                                                                                         \
    template void writeJsonEntry<Type>(JsonWriter &, const Type &);                                                    \
    template QByteArray entriesToCsv<Type>(const QList<Type> &);                                                       \
    template bool setField<Type>(Type &, QStringView, const QString &, QString *);
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
