// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the Atom codec: a table per payload type maps element names, in the API's
// order, to members. One reader, one writer, one patcher and one JSON exporter walk the
// tables; a mapper adds hooks only for structured children (lists, nested elements).

#include "atomdate.h"
#include "jsonwriter.h"

#include "domain/contact.h"

#include <QLatin1StringView>
#include <QVarLengthArray>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <array>
#include <span>

namespace ctct::atom::detail {

inline constexpr QLatin1StringView AtomNs("http://www.w3.org/2005/Atom");
inline constexpr QLatin1StringView CtctNs("http://ws.constantcontact.com/ns/1.0/");
inline constexpr QLatin1StringView AppNs("http://www.w3.org/2007/app");

enum class Kind { Text, Date, Integer, Bool, YesNo, Indexed, Custom };

template<typename T>
struct Field
{
    QLatin1StringView name;
    Kind kind = Kind::Text;
    bool writable = true;
    QString T::*text = nullptr;
    QDateTime T::*date = nullptr;
    std::optional<qint64> T::*number = nullptr;
    std::optional<bool> T::*flag = nullptr;
    int index = 0;
};

template<typename T>
using Fields = std::span<const Field<T>>;

template<typename T>
Field<T> text(const char *name, QString T::*m, bool writable = true)
{
    Field<T> f{QLatin1StringView(name), Kind::Text, writable};
    f.text = m;
    return f;
}
template<typename T>
Field<T> date(const char *name, QDateTime T::*m, bool writable = false)
{
    Field<T> f{QLatin1StringView(name), Kind::Date, writable};
    f.date = m;
    return f;
}
template<typename T>
Field<T> integer(const char *name, std::optional<qint64> T::*m, bool writable = false)
{
    Field<T> f{QLatin1StringView(name), Kind::Integer, writable};
    f.number = m;
    return f;
}
template<typename T>
Field<T> boolean(const char *name, std::optional<bool> T::*m, bool writable = true)
{
    Field<T> f{QLatin1StringView(name), Kind::Bool, writable};
    f.flag = m;
    return f;
}
template<typename T>
Field<T> yesNo(const char *name, std::optional<bool> T::*m, bool writable = true)
{
    Field<T> f{QLatin1StringView(name), Kind::YesNo, writable};
    f.flag = m;
    return f;
}
template<typename T>
Field<T> custom(const char *name, bool writable = true)
{
    return Field<T>{QLatin1StringView(name), Kind::Custom, writable};
}

// Finds a field by element name. Elements usually arrive in table order, so the search
// starts at the guess (one past the last match) and wraps around.
template<typename T>
const Field<T> *findField(Fields<T> fields, QStringView name, qsizetype &guess)
{
    const qsizetype n = qsizetype(fields.size());
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype k = (guess + i) % n;
        const QLatin1StringView candidate = fields[size_t(k)].name;
        if (candidate.size() == name.size() && candidate == name) {
            guess = k + 1;
            return &fields[size_t(k)];
        }
    }
    return nullptr;
}

// Only Contact has indexed fields (CustomField1..15).
template<typename T>
QString indexedValue(const Field<T> &f, const T &obj)
{
    if constexpr (std::is_same_v<T, Contact>)
        return obj.customField(f.index);
    return {};
}
template<typename T>
void setIndexedValue(const Field<T> &f, T &obj, const QString &value)
{
    if constexpr (std::is_same_v<T, Contact>)
        obj.setCustomField(f.index, value);
}

std::optional<qint64> parseInteger(QStringView text);
std::optional<bool> parseBool(QStringView text);
// Text of the current element, including text inside any child elements; consumes the element.
QString readText(QXmlStreamReader &r);

using TextBuffer = QVarLengthArray<char16_t, 96>;
// The same into a caller's buffer: no heap allocation for short values (dates, numbers, ids).
QStringView readText(QXmlStreamReader &r, TextBuffer &buffer);

// Value of a field as element text; null QString when the field is unset.
template<typename T>
QString fieldText(const Field<T> &f, const T &obj)
{
    switch (f.kind) {
    case Kind::Text:
        return obj.*(f.text);
    case Kind::Date:
        return formatDateTime(obj.*(f.date));
    case Kind::Integer:
        return (obj.*(f.number)) ? QString::number(*(obj.*(f.number))) : QString();
    case Kind::Bool:
        return (obj.*(f.flag)) ? (*(obj.*(f.flag)) ? QStringLiteral("true") : QStringLiteral("false")) : QString();
    case Kind::YesNo:
        return (obj.*(f.flag)) ? (*(obj.*(f.flag)) ? QStringLiteral("Yes") : QStringLiteral("No")) : QString();
    case Kind::Indexed:
        return indexedValue(f, obj);
    case Kind::Custom:
        break;
    }
    return {};
}

// Reads the children of the current element into obj. Unknown children go to extra (when
// given) or are skipped; Custom fields go to the hook, which must consume the element.
template<typename T, typename Hook>
void readFields(QXmlStreamReader &r, Fields<T> fields, T &obj, QList<ExtraElement> *extra, Hook &&hook)
{
    qsizetype guess = 0;
    TextBuffer buffer;
    while (r.readNextStartElement()) {
        const Field<T> *f = findField(fields, r.name(), guess);
        if (!f) {
            if (extra) {
                QString name = r.name().toString();
                extra->append({std::move(name), readText(r)});
            } else {
                r.skipCurrentElement();
            }
            continue;
        }
        switch (f->kind) {
        case Kind::Text:
            obj.*(f->text) = readText(r);
            break;
        case Kind::Date:
            obj.*(f->date) = parseDateTime(readText(r, buffer));
            break;
        case Kind::Integer:
            obj.*(f->number) = parseInteger(readText(r, buffer));
            break;
        case Kind::Bool:
        case Kind::YesNo:
            obj.*(f->flag) = parseBool(readText(r, buffer));
            break;
        case Kind::Indexed: {
            const QString value = readText(r);
            if (!value.isEmpty() || !indexedValue(*f, obj).isEmpty())
                setIndexedValue(*f, obj, value);
            break;
        }
        case Kind::Custom:
            hook(r, obj, *f);
            break;
        }
    }
}

template<typename T>
void readPlainFields(QXmlStreamReader &r, Fields<T> fields, T &obj)
{
    readFields(r, fields, obj, nullptr, [](QXmlStreamReader &rr, T &, const Field<T> &) { rr.skipCurrentElement(); });
}

// Writes the set fields of obj as child elements, in table order. Custom fields go to the hook.
// onlyWritable leaves out what the server computes (for request bodies).
template<typename T, typename Hook>
void writeFields(QXmlStreamWriter &w, Fields<T> fields, const T &obj, bool onlyWritable, Hook &&hook)
{
    for (const Field<T> &f : fields) {
        if (onlyWritable && !f.writable)
            continue;
        if (f.kind == Kind::Custom) {
            hook(w, obj, f);
            continue;
        }
        const QString value = fieldText(f, obj);
        if (!value.isNull())
            w.writeTextElement(f.name, value);
    }
}

template<typename T>
void writePlainFields(QXmlStreamWriter &w, Fields<T> fields, const T &obj, bool onlyWritable)
{
    writeFields(w, fields, obj, onlyWritable, [](QXmlStreamWriter &, const T &, const Field<T> &) {});
}

// Writes the set, non-empty fields of obj as JSON members in table order.
template<typename T, typename Hook>
void jsonFields(JsonWriter &j, Fields<T> fields, const T &obj, Hook &&hook)
{
    for (const Field<T> &f : fields) {
        const QString name = f.name;
        switch (f.kind) {
        case Kind::Text:
        case Kind::Indexed:
        case Kind::Date:
        case Kind::YesNo: {
            const QString value = fieldText(f, obj);
            if (!value.isEmpty())
                j.field(name, value);
            break;
        }
        case Kind::Integer:
            if (obj.*(f.number))
                j.field(name, qint64(*(obj.*(f.number))));
            break;
        case Kind::Bool:
            if (obj.*(f.flag))
                j.field(name, bool(*(obj.*(f.flag))));
            break;
        case Kind::Custom:
            hook(j, obj, f);
            break;
        }
    }
}

template<typename T>
void jsonPlainFields(JsonWriter &j, Fields<T> fields, const T &obj)
{
    jsonFields(j, fields, obj, [](JsonWriter &, const T &, const Field<T> &) {});
}

} // namespace ctct::atom::detail
