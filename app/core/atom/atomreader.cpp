// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomreader.h"

#include "mappers_p.h"

#include <cctype>

namespace ctct::atom {

using namespace detail;

QString ParseError::toString() const
{
    return QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

namespace {

const QLatin1StringView kDefaultHost("http://api.constantcontact.com");

template<typename T>
Parsed<T> failure(const QXmlStreamReader &r)
{
    Parsed<T> p;
    p.error.line = std::max<qint64>(1, r.lineNumber());
    p.error.column = r.columnNumber() + 1; // QXmlStreamReader counts columns from 0
    p.error.message = r.errorString();
    if (p.error.message.isEmpty())
        p.error.message = QStringLiteral("unreadable document");
    return p;
}

// Moves to the root element. DTDs are refused before anything in them can take effect.
bool enterRoot(QXmlStreamReader &r)
{
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::StartElement:
            return true;
        case QXmlStreamReader::DTD:
            r.raiseError(QStringLiteral("document type declarations (DTDs) are not accepted"));
            return false;
        case QXmlStreamReader::EntityReference:
            r.raiseError(QStringLiteral("entity references are not accepted"));
            return false;
        default:
            break;
        }
    }
    if (!r.hasError())
        r.raiseError(QStringLiteral("the document is empty"));
    return false;
}

// Reads past the root's end so that trailing garbage or a cut-off document is an error.
bool finish(QXmlStreamReader &r)
{
    while (!r.atEnd() && !r.hasError()) {
        if (r.readNext() == QXmlStreamReader::EntityReference)
            r.raiseError(QStringLiteral("entity references are not accepted"));
    }
    return !r.hasError();
}

bool isAbsolute(QStringView uri)
{
    return uri.contains(u':') && !uri.startsWith(u'/');
}

// "http://api.constantcontact.com" of "http://api.constantcontact.com/ws/...".
QStringView originOf(QStringView uri)
{
    const qsizetype ws = uri.indexOf(u"/ws/");
    return ws > 0 ? uri.left(ws) : QStringView();
}

// api-contract §1.4: prefer the edit link, then the payload @id, then <id>. The edit link is
// a path; the full URI that ends with it keeps its own style (http: or tag:). When none
// does (the collection-id anomaly), the edit path is made absolute on the API's host.
QString resolveId(const QString &editLink, const QString &payloadId, QStringView atomId, bool preferPayload)
{
    if (preferPayload && !payloadId.isEmpty())
        return payloadId;
    if (editLink.isEmpty())
        return !payloadId.isEmpty() ? payloadId : atomId.toString();
    if (isAbsolute(editLink))
        return editLink;
    if (!payloadId.isEmpty() && payloadId.endsWith(editLink))
        return payloadId;
    if (!atomId.isEmpty() && atomId.endsWith(editLink))
        return atomId.toString();
    for (const QStringView candidate : {QStringView(payloadId), atomId}) {
        const QStringView origin = originOf(candidate);
        if (!origin.isEmpty() && !candidate.startsWith(u"tag:"))
            return origin + editLink;
    }
    return kDefaultHost + editLink;
}

template<typename T>
void readPayload(QXmlStreamReader &r, T &obj, QString &payloadId)
{
    payloadId = r.attributes().value(QLatin1StringView("id")).toString();
    preparePayload(obj, r.name());
    readFields(r, Mapper<T>::fields(), obj, &obj.extra,
               [](QXmlStreamReader &rr, T &o, const Field<T> &f) { customRead(rr, o, f); });
}

template<typename T>
bool readEntryElementInto(QXmlStreamReader &r, T &obj);

// Reads in place: domain objects are large, and moving each into the list costs measurably.
template<typename T>
bool readEntryElement(QXmlStreamReader &r, QList<T> &out)
{
    out.emplaceBack();
    if (readEntryElementInto(r, out.back()))
        return true;
    out.removeLast();
    return false;
}

template<typename T>
bool readEntryElementInto(QXmlStreamReader &r, T &obj)
{
    QString payloadId;
    TextBuffer atomId; // often not needed: kept off the heap
    TextBuffer buffer;
    bool payloadSeen = false;
    while (r.readNextStartElement()) {
        const QStringView name = r.name();
        if (name == u"link") {
            const QXmlStreamAttributes attrs = r.attributes();
            if (attrs.value(QLatin1StringView("rel")) == u"edit")
                obj.editLink = attrs.value(QLatin1StringView("href")).toString();
            r.skipCurrentElement();
        } else if (name == u"id") {
            readText(r, atomId);
        } else if (name == u"updated") {
            obj.updated = parseDateTime(readText(r, buffer));
        } else if (name == u"title") {
            if constexpr (std::is_same_v<T, Registrant>)
                obj.title = readText(r);
            else
                r.skipCurrentElement();
        } else if (name == u"content") {
            while (r.readNextStartElement()) {
                if (payloadSeen) {
                    r.skipCurrentElement();
                    continue;
                }
                if (!Mapper<T>::acceptsPayload(r.name())) {
                    r.raiseError(QStringLiteral("unexpected payload element <%1>").arg(r.name()));
                    return false;
                }
                readPayload(r, obj, payloadId);
                payloadSeen = true;
            }
        } else {
            r.skipCurrentElement(); // source, author, summary, anything else
        }
    }
    if (r.hasError())
        return false;
    if (!payloadSeen) {
        r.raiseError(QStringLiteral("entry without a payload in <content>"));
        return false;
    }
    obj.id = resolveId(obj.editLink, payloadId, QStringView(atomId.constData(), atomId.size()).trimmed(),
                       std::is_same_v<T, ContactListMember>);
    return true;
}

template<typename T>
bool readFeedOrEntry(QXmlStreamReader &r, Page<T> &page, qsizetype sizeHint)
{
    if (!enterRoot(r))
        return false;
    if (r.name() == u"entry")
        return readEntryElement(r, page.entries) && finish(r);
    if (r.name() != u"feed") {
        r.raiseError(QStringLiteral("unexpected root element <%1>: expected an Atom feed or entry").arg(r.name()));
        return false;
    }
    page.isFeed = true;
    // Room for the entries up front (an entry is rarely under 600 bytes of XML): growing the
    // list entry by entry reallocates a large block a dozen times on a big feed.
    page.entries.reserve(std::min<qsizetype>(sizeHint / 600, 200000));
    while (r.readNextStartElement()) {
        const QStringView name = r.name();
        if (name == u"entry") {
            if (!readEntryElement(r, page.entries))
                return false;
        } else if (name == u"link") {
            const QXmlStreamAttributes attrs = r.attributes();
            const QStringView rel = attrs.value(QLatin1StringView("rel"));
            const QString href = attrs.value(QLatin1StringView("href")).toString();
            if (rel == u"next")
                page.next = href;
            else if (rel == u"first")
                page.first = href;
            else if (rel == u"current")
                page.current = href;
            else if (rel == u"self")
                page.self = href;
            r.skipCurrentElement();
        } else if (name == u"id") {
            page.feedId = readText(r).trimmed();
        } else if (name == u"title") {
            page.title = readText(r);
        } else if (name == u"updated") {
            page.updated = parseDateTime(readText(r));
        } else {
            r.skipCurrentElement();
        }
    }
    if (page.entries.capacity() > 2 * page.entries.size() + 16)
        page.entries.squeeze(); // entries were larger than the guess: give the room back
    return !r.hasError() && finish(r);
}

// The payload element name of the first entry, or the kind guessed from the feed id.
QString sniffKind(const QByteArray &xml, bool &isService)
{
    QXmlStreamReader r(xml);
    isService = false;
    if (!enterRoot(r))
        return {};
    if (r.name() == u"service") {
        isService = true;
        return QStringLiteral("service");
    }
    QString feedId;
    int depth = 1;
    bool inContent = false;
    while (!r.atEnd() && !r.hasError()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (inContent)
                return r.name().toString();
            if (r.name() == u"content")
                inContent = true;
            else if (depth == 2 && r.name() == u"id")
                feedId = readText(r).trimmed(), --depth;
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
            inContent = false;
        }
    }
    // Empty feed: guess from the collection name in its id.
    static const struct
    {
        const char16_t *collection;
        const char16_t *kind;
    } guesses[] = {
        {u"contacts", u"Contact"},    {u"lists", u"ContactList"},      {u"members", u"ContactListMember"},
        {u"campaigns", u"Campaign"},  {u"sends", u"SentEvent"},        {u"opens", u"OpenEvent"},
        {u"clicks", u"ClickEvent"},   {u"bounces", u"BounceEvent"},    {u"forwards", u"ForwardEvent"},
        {u"optouts", u"OptoutEvent"}, {u"emailaddresses", u"Email"},   {u"activities", u"Activity"},
        {u"events", u"Event"},        {u"registrants", u"Registrant"}, {u"guests", u"Guest"},
    };
    QStringView tail = feedId;
    if (const qsizetype q = tail.indexOf(u'?'); q >= 0)
        tail = tail.left(q);
    while (tail.endsWith(u'/'))
        tail.chop(1);
    tail = tail.mid(tail.lastIndexOf(u'/') + 1);
    for (const auto &g : guesses) {
        if (tail == QStringView(g.collection))
            return QString::fromUtf16(g.kind);
    }
    return {};
}

template<typename T>
Parsed<Document> readAs(const QByteArray &xml, const QString &kind)
{
    Parsed<Page<T>> page = readPage<T>(xml);
    Parsed<Document> doc;
    if (!page.ok()) {
        doc.error = page.error;
        return doc;
    }
    doc.value = Document{kind, std::move(*page.value)};
    return doc;
}

template<typename T>
Parsed<Page<T>> readPageOnce(const QByteArray &xml)
{
    if (std::optional<ParseError> deep = nestingError(xml)) {
        Parsed<Page<T>> out;
        out.error = *deep;
        return out;
    }
    QXmlStreamReader r(xml);
    Page<T> page;
    if (!readFeedOrEntry(r, page, xml.size()))
        return failure<Page<T>>(r);
    Parsed<Page<T>> out;
    out.value = std::move(page);
    return out;
}

} // namespace

namespace detail {

namespace {

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.' || c == ':';
}

} // namespace

QByteArray escapeBareAmpersands(const QByteArray &xml)
{
    QByteArray out;
    qsizetype copied = 0;
    for (qsizetype i = xml.indexOf('&'); i >= 0; i = xml.indexOf('&', i + 1)) {
        qsizetype j = i + 1;
        if (j < xml.size() && xml[j] == '#') {
            ++j;
            const bool hex = j < xml.size() && (xml[j] == 'x' || xml[j] == 'X');
            if (hex)
                ++j;
            const qsizetype digits = j;
            while (j < xml.size() && (hex ? std::isxdigit(static_cast<unsigned char>(xml[j]))
                                          : std::isdigit(static_cast<unsigned char>(xml[j]))))
                ++j;
            if (j > digits && j < xml.size() && xml[j] == ';')
                continue;
        } else {
            const qsizetype start = j;
            while (j < xml.size() && isNameChar(xml[j]))
                ++j;
            if (j > start && j < xml.size() && xml[j] == ';')
                continue;
        }
        out.append(xml.constData() + copied, i - copied);
        out.append("&amp;");
        copied = i + 1;
    }
    if (copied == 0)
        return {};
    out.append(xml.constData() + copied, xml.size() - copied);
    return out;
}

std::optional<ParseError> nestingError(const QByteArray &xml, int maxDepth)
{
    const char *p = xml.constData();
    const qsizetype n = xml.size();
    qint64 line = 1;
    qsizetype lineStart = 0;
    // Moves i onto the last byte of the first end after i (or the end of the document).
    const auto skipPast = [&](qsizetype &i, const char *end) {
        const qsizetype at = xml.indexOf(end, i + 1);
        const qsizetype stop = at < 0 ? n : at + qsizetype(qstrlen(end));
        for (qsizetype k = i + 1; k < stop; ++k) {
            if (p[k] == '\n')
                ++line, lineStart = k + 1;
        }
        i = stop - 1;
    };
    int depth = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] == '\n') {
            ++line, lineStart = i + 1;
            continue;
        }
        if (p[i] != '<' || i + 1 >= n)
            continue;
        const QByteArrayView rest(p + i, n - i);
        if (p[i + 1] == '/') {
            --depth;
            skipPast(i, ">");
        } else if (p[i + 1] == '?') {
            skipPast(i, "?>");
        } else if (rest.startsWith("<!--")) {
            skipPast(i, "-->");
        } else if (rest.startsWith("<![CDATA[")) {
            skipPast(i, "]]>");
        } else if (p[i + 1] == '!') {
            skipPast(i, ">"); // a DTD: refused by the reader anyway
        } else {
            const qsizetype start = i;
            const qint64 startLine = line;
            const qsizetype startOfLine = lineStart;
            char quote = 0;
            qsizetype k = i + 1;
            for (; k < n; ++k) {
                const char c = p[k];
                if (c == '\n')
                    ++line, lineStart = k + 1;
                if (quote) {
                    if (c == quote)
                        quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    break;
                }
            }
            const bool selfClosing = k < n && p[k - 1] == '/';
            if (!selfClosing && ++depth > maxDepth) {
                // Columns count characters, as QXmlStreamReader's do: UTF-8 continuation bytes are not counted.
                qint64 column = 1;
                for (qsizetype c = startOfLine; c < start; ++c)
                    column += (static_cast<unsigned char>(p[c]) & 0xC0) != 0x80;
                return ParseError{startLine, column,
                                  QStringLiteral("elements are nested more than %1 levels deep").arg(maxDepth)};
            }
            i = k;
        }
    }
    return std::nullopt;
}

} // namespace detail

template<typename T>
Parsed<Page<T>> readPage(const QByteArray &xml)
{
    return withAmpersandRepair<Parsed<Page<T>>>(xml, [](const QByteArray &bytes) { return readPageOnce<T>(bytes); });
}

template<typename T>
Parsed<T> readEntry(const QByteArray &xml)
{
    Parsed<Page<T>> page = readPage<T>(xml);
    Parsed<T> out;
    if (!page.ok()) {
        out.error = page.error;
    } else if (page.value->entries.isEmpty()) {
        out.error = {1, 1, QStringLiteral("the document holds no entry")};
    } else {
        out.value = std::move(page.value->entries.first());
    }
    return out;
}

#define CTCT_INSTANTIATE(Type)                                                                                         \
    template Parsed<Page<Type>> readPage<Type>(const QByteArray &);                                                    \
    template Parsed<Type> readEntry<Type>(const QByteArray &);
CTCT_INSTANTIATE(Contact)
CTCT_INSTANTIATE(ContactList)
CTCT_INSTANTIATE(ContactListMember)
CTCT_INSTANTIATE(Campaign)
CTCT_INSTANTIATE(CampaignSchedule)
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

namespace {
Parsed<ServiceDocument> readServiceDocumentOnce(const QByteArray &xml)
{
    if (std::optional<ParseError> deep = nestingError(xml)) {
        Parsed<ServiceDocument> out;
        out.error = *deep;
        return out;
    }
    QXmlStreamReader r(xml);
    if (!enterRoot(r))
        return failure<ServiceDocument>(r);
    if (r.name() != u"service") {
        r.raiseError(QStringLiteral("unexpected root element <%1>: expected an APP service document").arg(r.name()));
        return failure<ServiceDocument>(r);
    }
    ServiceDocument doc;
    while (r.readNextStartElement()) {
        if (r.name() != u"workspace") {
            r.skipCurrentElement();
            continue;
        }
        ServiceWorkspace ws;
        while (r.readNextStartElement()) {
            if (r.name() == u"title") {
                ws.title = readText(r);
            } else if (r.name() == u"collection") {
                ServiceCollection c;
                c.href = r.attributes().value(QLatin1StringView("href")).toString();
                while (r.readNextStartElement()) {
                    if (r.name() == u"title")
                        c.title = readText(r);
                    else if (r.name() == u"accept")
                        c.accept.append(readText(r).trimmed());
                    else
                        r.skipCurrentElement();
                }
                ws.collections.append(std::move(c));
            } else {
                r.skipCurrentElement();
            }
        }
        doc.workspaces.append(std::move(ws));
    }
    if (r.hasError() || !finish(r))
        return failure<ServiceDocument>(r);
    Parsed<ServiceDocument> out;
    out.value = std::move(doc);
    return out;
}
} // namespace

Parsed<ServiceDocument> readServiceDocument(const QByteArray &xml)
{
    return withAmpersandRepair<Parsed<ServiceDocument>>(xml, readServiceDocumentOnce);
}

Parsed<Document> readDocument(const QByteArray &xml)
{
    bool isService = false;
    QString kind = sniffKind(xml, isService);
    if (kind.isEmpty()) {
        const QByteArray repaired = escapeBareAmpersands(xml);
        if (!repaired.isEmpty())
            kind = sniffKind(repaired, isService);
    }
    if (isService) {
        Parsed<ServiceDocument> s = readServiceDocument(xml);
        Parsed<Document> doc;
        if (s.ok())
            doc.value = Document{kind, std::move(*s.value)};
        else
            doc.error = s.error;
        return doc;
    }
    if (kind == u"Contact")
        return readAs<Contact>(xml, kind);
    if (kind == u"ContactList")
        return readAs<ContactList>(xml, kind);
    if (kind == u"ContactListMember")
        return readAs<ContactListMember>(xml, kind);
    if (kind == u"Campaign")
        return readAs<Campaign>(xml, kind);
    if (campaignEventKindFromElement(kind))
        return readAs<CampaignEvent>(xml, kind);
    if (kind == u"Email")
        return readAs<EmailAddress>(xml, kind);
    if (kind == u"Activity")
        return readAs<Activity>(xml, kind);
    if (kind == u"Event")
        return readAs<Event>(xml, kind);
    if (kind == u"Registrant")
        return readAs<Registrant>(xml, kind);
    if (kind == u"Guest")
        return readAs<Guest>(xml, kind);
    if (kind == u"AttendanceStatus")
        return readAs<AttendanceStatus>(xml, kind);
    if (kind == u"PaymentStatus")
        return readAs<PaymentStatus>(xml, kind);
    // Unknown payload, or an empty feed of an unknown collection, or an unreadable document:
    // the generic reader reports errors with their position.
    return readAs<GenericEntry>(xml, kind);
}

} // namespace ctct::atom
