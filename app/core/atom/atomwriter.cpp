// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomwriter.h"

#include "mappers_p.h"

#include <vector>

namespace ctct::atom {

using namespace detail;

namespace {

template<typename T>
constexpr bool kBareEnvelope = std::is_same_v<T, AttendanceStatus> || std::is_same_v<T, PaymentStatus>;

template<typename T>
void writePayload(QXmlStreamWriter &w, const T &value, WriteMode mode)
{
    w.writeStartElement(Mapper<T>::payloadName(value));
    if (Mapper<T>::style == Style::Ctct)
        w.writeDefaultNamespace(CtctNs);
    if (mode == WriteMode::Update && !value.id.isEmpty() && Mapper<T>::style == Style::Ctct)
        w.writeAttribute(QStringLiteral("id"), value.id);
    writeFields(w, Mapper<T>::fields(), value, true,
                [](QXmlStreamWriter &ww, const T &v, const Field<T> &f) { customWrite(ww, v, f, true); });
    w.writeEndElement();
}

QString entryTitle(const Contact &c)
{
    return c.emailAddress;
}
QString entryTitle(const ContactList &l)
{
    return l.name;
}
QString entryTitle(const Campaign &c)
{
    return c.name;
}
QString entryTitle(const Event &e)
{
    return e.name;
}
template<typename T>
QString entryTitle(const T &)
{
    return {};
}

} // namespace

template<typename T>
QByteArray writeEntry(const T &value, WriteMode mode)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    const QString id = mode == WriteMode::Update && !value.id.isEmpty() ? value.id : QStringLiteral("data:,none");
    const QString updated = formatDateTime(QDateTime::currentDateTimeUtc());
    if (Mapper<T>::style == Style::Ctct) {
        w.writeStartElement(QStringLiteral("entry"));
        w.writeDefaultNamespace(AtomNs);
        w.writeStartElement(QStringLiteral("title"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("text"));
        w.writeCharacters(entryTitle(value));
        w.writeEndElement();
        w.writeTextElement(QStringLiteral("updated"), updated);
        w.writeStartElement(QStringLiteral("author"));
        w.writeEndElement();
        w.writeTextElement(QStringLiteral("id"), id);
        w.writeStartElement(QStringLiteral("summary"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("text"));
        w.writeCharacters(Mapper<T>::payloadName(value));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("content"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("application/vnd.ctct+xml"));
        writePayload(w, value, mode);
        w.writeEndElement();
        w.writeEndElement();
    } else {
        w.writeNamespace(AtomNs, QStringLiteral("atom"));
        w.writeStartElement(AtomNs, QStringLiteral("entry"));
        if (!kBareEnvelope<T>) {
            w.writeTextElement(AtomNs, QStringLiteral("title"), entryTitle(value));
            w.writeTextElement(AtomNs, QStringLiteral("updated"), updated);
            w.writeTextElement(AtomNs, QStringLiteral("id"), id);
        }
        w.writeStartElement(AtomNs, QStringLiteral("content"));
        writePayload(w, value, mode);
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndDocument();
    return out;
}

namespace {

// Copies the current token literally: prefixes and namespace declarations stay as written.
void copyToken(QXmlStreamReader &r, QXmlStreamWriter &w)
{
    switch (r.tokenType()) {
    case QXmlStreamReader::StartDocument:
        w.writeStartDocument();
        break;
    case QXmlStreamReader::EndDocument:
        w.writeEndDocument();
        break;
    case QXmlStreamReader::StartElement: {
        w.writeStartElement(r.qualifiedName().toString());
        const auto decls = r.namespaceDeclarations();
        for (const QXmlStreamNamespaceDeclaration &d : decls) {
            const QString name = d.prefix().isEmpty() ? QStringLiteral("xmlns") : u"xmlns:" + d.prefix();
            w.writeAttribute(name, d.namespaceUri().toString());
        }
        const auto attrs = r.attributes();
        for (const QXmlStreamAttribute &a : attrs)
            w.writeAttribute(a.qualifiedName().toString(), a.value().toString());
        break;
    }
    case QXmlStreamReader::EndElement:
        w.writeEndElement();
        break;
    case QXmlStreamReader::Characters:
        if (r.isCDATA())
            w.writeCDATA(r.text().toString());
        else
            w.writeCharacters(r.text().toString());
        break;
    case QXmlStreamReader::Comment:
        w.writeComment(r.text().toString());
        break;
    case QXmlStreamReader::ProcessingInstruction:
        w.writeProcessingInstruction(r.processingInstructionTarget().toString(),
                                     r.processingInstructionData().toString());
        break;
    case QXmlStreamReader::DTD:
        r.raiseError(QStringLiteral("document type declarations (DTDs) are not accepted"));
        break;
    case QXmlStreamReader::EntityReference:
        r.raiseError(QStringLiteral("entity references are not accepted"));
        break;
    default:
        break;
    }
}

// Copies the element the reader is on, with everything inside it.
void copySubtree(QXmlStreamReader &r, QXmlStreamWriter &w)
{
    int depth = 0;
    do {
        copyToken(r, w);
        if (r.tokenType() == QXmlStreamReader::StartElement)
            ++depth;
        else if (r.tokenType() == QXmlStreamReader::EndElement)
            --depth;
        if (depth == 0 || r.hasError())
            return;
        r.readNext();
    } while (!r.atEnd());
}

// Contact/ContactLists: memberships that stay keep their element as it was (with anything
// unknown in it); dropped ones go; new ones are added with just their id.
void patchContactLists(QXmlStreamReader &r, QXmlStreamWriter &w, const Contact &c)
{
    QStringList wanted;
    for (const ContactListMembership &m : c.contactLists)
        wanted.append(shortIdOf(m.listId));
    QStringList kept;
    const QString prefix = r.prefix().toString();
    copyToken(r, w); // <ContactLists>
    while (!r.atEnd() && !r.hasError()) {
        r.readNext();
        if (r.tokenType() == QXmlStreamReader::EndElement)
            break;
        if (r.tokenType() != QXmlStreamReader::StartElement) {
            copyToken(r, w);
            continue;
        }
        const QString listId = shortIdOf(r.attributes().value(QLatin1StringView("id")));
        if (r.name() == u"ContactList" && wanted.contains(listId) && !kept.contains(listId)) {
            kept.append(listId);
            copySubtree(r, w);
        } else if (r.name() == u"ContactList") {
            r.skipCurrentElement();
        } else {
            copySubtree(r, w);
        }
    }
    for (const ContactListMembership &m : c.contactLists) {
        if (kept.contains(shortIdOf(m.listId)))
            continue;
        w.writeStartElement(prefix.isEmpty() ? QStringLiteral("ContactList") : prefix + u":ContactList");
        w.writeAttribute(QStringLiteral("id"), m.listId);
        w.writeEndElement();
    }
    w.writeEndElement(); // </ContactLists>
}

template<typename T>
bool hasValue(const Field<T> &f, const T &value)
{
    if (f.kind != Kind::Custom)
        return !fieldText(f, value).isEmpty();
    QByteArray probe;
    QXmlStreamWriter pw(&probe);
    customWrite(pw, value, f, true);
    return !probe.isEmpty();
}

template<typename T>
void writePatchedField(QXmlStreamWriter &w, const Field<T> &f, const T &value, const QString &prefix)
{
    if (f.kind == Kind::Custom) {
        customWrite(w, value, f, true);
        return;
    }
    w.writeTextElement(prefix.isEmpty() ? QString(f.name) : prefix + u':' + f.name, fieldText(f, value));
}

template<typename T>
Parsed<QByteArray> patchEntryOnce(const QByteArray &original, const T &value)
{
    if (std::optional<ParseError> deep = nestingError(original)) {
        Parsed<QByteArray> out;
        out.error = *deep;
        return out;
    }
    const Fields<T> fields = Mapper<T>::fields();
    std::vector<bool> written(fields.size(), false);
    QByteArray out;
    QXmlStreamWriter w(&out);
    QXmlStreamReader r(original);
    int depth = 0;
    int contentDepth = -1;
    int payloadDepth = -1;
    QString prefix;

    const auto flushBefore = [&](size_t limit) {
        for (size_t i = 0; i < limit && i < fields.size(); ++i) {
            if (written[i] || !fields[i].writable)
                continue;
            written[i] = true;
            if (hasValue(fields[i], value))
                writePatchedField(w, fields[i], value, prefix);
        }
    };

    while (!r.atEnd()) {
        r.readNext();
        if (r.hasError())
            break;
        const auto token = r.tokenType();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 1 && r.name() != u"entry") {
                r.raiseError(QStringLiteral("the document is a <%1>, not an Atom <entry>").arg(r.name()));
                break;
            }
            if (payloadDepth < 0 && contentDepth < 0 && r.name() == u"content" && depth == 2) {
                contentDepth = depth;
            } else if (payloadDepth < 0 && contentDepth > 0 && depth == contentDepth + 1) {
                payloadDepth = depth;
                prefix = r.prefix().toString();
            } else if (payloadDepth > 0 && depth == payloadDepth + 1) {
                qsizetype guess = 0;
                const Field<T> *f = findField(fields, r.name(), guess);
                if (f) // fields missing from the original go in before the first known one after them
                    flushBefore(size_t(f - fields.data()));
                if (f && f->writable) {
                    const size_t index = size_t(f - fields.data());
                    if (!written[index]) {
                        written[index] = true;
                        if constexpr (std::is_same_v<T, Contact>) {
                            if (f->kind == Kind::Custom) {
                                patchContactLists(r, w, value);
                                --depth;
                                continue;
                            }
                        }
                        r.skipCurrentElement();
                        writePatchedField(w, *f, value, prefix);
                    } else {
                        r.skipCurrentElement(); // a duplicate of a field already written
                    }
                    --depth;
                    continue;
                }
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == payloadDepth) {
                flushBefore(fields.size());
                payloadDepth = -2; // done: later elements are copied as they are
            }
            if (depth == contentDepth)
                contentDepth = -2;
            --depth;
        }
        copyToken(r, w);
    }
    Parsed<QByteArray> result;
    if (!r.hasError() && payloadDepth == -1)
        r.raiseError(QStringLiteral("no payload found in the entry's <content>"));
    if (r.hasError()) {
        result.error = {std::max<qint64>(1, r.lineNumber()), r.columnNumber() + 1, r.errorString()};
        return result;
    }
    result.value = std::move(out);
    return result;
}

} // namespace

template<typename T>
Parsed<QByteArray> patchEntry(const QByteArray &original, const T &value)
{
    // The same repair the reader makes: an entry the reader accepted must be patchable, or the
    // caller would be left with nothing but a write that drops what this client does not know.
    return withAmpersandRepair<Parsed<QByteArray>>(
        original, [&value](const QByteArray &bytes) { return patchEntryOnce(bytes, value); });
}

#define CTCT_INSTANTIATE(Type)                                                                                         \
    template QByteArray writeEntry<Type>(const Type &, WriteMode);                                                     \
    template Parsed<QByteArray> patchEntry<Type>(const QByteArray &, const Type &);
CTCT_INSTANTIATE(Contact)
CTCT_INSTANTIATE(ContactList)
CTCT_INSTANTIATE(Campaign)
CTCT_INSTANTIATE(CampaignSchedule)
CTCT_INSTANTIATE(Event)
CTCT_INSTANTIATE(Registrant)
CTCT_INSTANTIATE(Guest)
CTCT_INSTANTIATE(AttendanceStatus)
CTCT_INSTANTIATE(PaymentStatus)
#undef CTCT_INSTANTIATE

} // namespace ctct::atom
