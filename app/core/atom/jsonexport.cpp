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

// Unknown elements by name, at the place of the first: a name that occurs more than once gives
// an array of the texts in document order (a JSON object must not repeat a key).
void writeExtra(JsonWriter &j, const Resource &r)
{
    for (qsizetype i = 0; i < r.extra.size(); ++i) {
        const QString &name = r.extra[i].name;
        const auto same = [&name](const ExtraElement &e) { return e.name == name; };
        if (std::any_of(r.extra.begin(), r.extra.begin() + i, same))
            continue; // written with the first of its name
        if (std::count_if(r.extra.begin() + i, r.extra.end(), same) == 1) {
            j.field(name, r.extra[i].text);
            continue;
        }
        j.key(name);
        j.beginArray();
        for (qsizetype k = i; k < r.extra.size(); ++k) {
            if (r.extra[k].name == name)
                j.value(r.extra[k].text);
        }
        j.endArray();
    }
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
                   [](JsonWriter &jj, const T &v, const Field<T> &f) { customJson(jj, v, f); });
        writeExtra(j, value);
    }
    j.endObject();
}

namespace {

// A structured value as JsonWriter wrote it (compact, well-formed), read back in its order so
// that CSV columns follow the API's order.
struct JsonNode
{
    enum class Type { Null, Scalar, Object, Array } type = Type::Null;
    QString text; // Scalar: a string unescaped, a number or true/false as written
    QList<std::pair<QString, JsonNode>> members;
    QList<JsonNode> items;

    // {"id": "..."} and nothing else: a reference, shown as its id.
    bool isReference() const
    {
        return type == Type::Object && members.size() == 1 && members.first().first == u"id" &&
               members.first().second.type == Type::Scalar;
    }
};

class JsonReader
{
public:
    explicit JsonReader(const QByteArray &json)
        : m_text(QString::fromUtf8(json))
    {}

    JsonNode value()
    {
        JsonNode node;
        skipSpace();
        if (m_at >= m_text.size())
            return node;
        const QChar c = m_text.at(m_at);
        if (c == u'{') {
            node.type = JsonNode::Type::Object;
            ++m_at;
            while (skipSpace(), m_at < m_text.size() && m_text.at(m_at) != u'}') {
                QString key = string();
                skipSpace();
                ++m_at; // ':'
                node.members.append({std::move(key), value()});
                skipSpace();
                if (m_at < m_text.size() && m_text.at(m_at) == u',')
                    ++m_at;
            }
            ++m_at;
        } else if (c == u'[') {
            node.type = JsonNode::Type::Array;
            ++m_at;
            while (skipSpace(), m_at < m_text.size() && m_text.at(m_at) != u']') {
                node.items.append(value());
                skipSpace();
                if (m_at < m_text.size() && m_text.at(m_at) == u',')
                    ++m_at;
            }
            ++m_at;
        } else if (c == u'"') {
            node.type = JsonNode::Type::Scalar;
            node.text = string();
        } else {
            const qsizetype start = m_at;
            while (m_at < m_text.size() && !QStringView(u",}] \n").contains(m_text.at(m_at)))
                ++m_at;
            const QStringView word = QStringView(m_text).mid(start, m_at - start);
            if (word != u"null") {
                node.type = JsonNode::Type::Scalar;
                node.text = word.toString();
            }
        }
        return node;
    }

private:
    void skipSpace()
    {
        while (m_at < m_text.size() && m_text.at(m_at).isSpace())
            ++m_at;
    }

    QString string()
    {
        QString out;
        ++m_at; // '"'
        while (m_at < m_text.size() && m_text.at(m_at) != u'"') {
            QChar c = m_text.at(m_at++);
            if (c == u'\\' && m_at < m_text.size()) {
                c = m_text.at(m_at++);
                switch (c.unicode()) {
                case u'n':
                    c = u'\n';
                    break;
                case u'r':
                    c = u'\r';
                    break;
                case u't':
                    c = u'\t';
                    break;
                case u'b':
                    c = u'\b';
                    break;
                case u'f':
                    c = u'\f';
                    break;
                case u'u':
                    c = QChar(char16_t(QStringView(m_text).mid(m_at, 4).toUShort(nullptr, 16)));
                    m_at += 4;
                    break;
                default: // '"', '\\', '/'
                    break;
                }
            }
            out.append(c);
        }
        ++m_at; // '"'
        return out;
    }

    QString m_text;
    qsizetype m_at = 0;
};

// Flattens a structured value into (column, text) pairs: objects give "Name.Child" columns (and
// "Name" for the object's id), a reference its id, a list of scalars or references its values joined by ';', a list of
// objects one column per child with the items' values joined by ';' (empty where an item has none).
void flatten(const JsonNode &node, const QString &column, QList<std::pair<QString, QString>> &out)
{
    switch (node.type) {
    case JsonNode::Type::Null:
        return;
    case JsonNode::Type::Scalar:
        out.append({column, node.text});
        return;
    case JsonNode::Type::Object:
        if (node.isReference()) {
            out.append({column, node.members.first().second.text});
            return;
        }
        for (const auto &[key, child] : node.members) {
            // An object's id is what the object stands for: "ContactLists" holds the lists' ids.
            const bool id = key == u"id" && !column.isEmpty();
            flatten(child, column.isEmpty() ? key : id ? column : column + u'.' + key, out);
        }
        return;
    case JsonNode::Type::Array:
        break;
    }
    const bool flat = std::all_of(node.items.begin(), node.items.end(), [](const JsonNode &item) {
        return item.type == JsonNode::Type::Scalar || item.type == JsonNode::Type::Null || item.isReference();
    });
    if (flat) {
        QStringList values;
        for (const JsonNode &item : node.items)
            values.append(item.isReference() ? item.members.first().second.text : item.text);
        if (!values.isEmpty())
            out.append({column, values.join(u';')});
        return;
    }
    QStringList columns;
    QList<QHash<QString, QString>> perItem;
    for (const JsonNode &item : node.items) {
        QList<std::pair<QString, QString>> cells;
        flatten(item, column, cells);
        QHash<QString, QString> values;
        for (const auto &[name, text] : cells) {
            if (!columns.contains(name))
                columns.append(name);
            values.insert(name, text);
        }
        perItem.append(values);
    }
    for (const QString &name : std::as_const(columns)) {
        QStringList values;
        for (const auto &values_ : std::as_const(perItem))
            values.append(values_.value(name));
        out.append({name, values.join(u';')});
    }
}

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
    // Each entry as (name, text) pairs in the API's order; structured values flattened into
    // columns of their own (flatten()), never JSON in a cell. Repeated unknown elements share a
    // column, their texts joined by ';'.
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
                customJson(j, entry, f);
                j.endObject();
                QList<std::pair<QString, QString>> cells;
                flatten(JsonReader(j.data()).value(), QString(), cells);
                for (const auto &[name, text] : std::as_const(cells))
                    add(name, text);
            }
        }
        for (const ExtraElement &e : entry.extra) {
            if (row.contains(e.name) && !e.text.isEmpty())
                row[e.name] += u';' + e.text;
            else
                add(e.name, e.text);
        }
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
