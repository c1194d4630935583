// SPDX-License-Identifier: GPL-3.0-or-later
#include "xml.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace ctct::sandbox {

XmlWriter::XmlWriter()
{
    m_out.reserve(32768);
    m_out += u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"_s;
}

void XmlWriter::escape(QString &out, QStringView text, bool attribute)
{
    // Most values need no escaping: copy runs of plain characters in one append.
    qsizetype runStart = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        const bool special =
            c == '<' || c == '>' || c == '&' || (attribute && c == '"') || (c < 0x20 && c != '\n' && c != '\t');
        if (!special)
            continue;
        out += text.sliced(runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '<':
            out += u"&lt;";
            break;
        case '>':
            out += u"&gt;";
            break;
        case '&':
            out += u"&amp;";
            break;
        case '"':
            out += u"&quot;";
            break;
        case '\r':
            out += u"&#13;";
            break;
        default:
            break; // characters XML 1.0 cannot carry are dropped
        }
    }
    out += text.sliced(runStart);
}

void XmlWriter::attributes(XmlAttributes attributes)
{
    for (const auto &[key, value] : attributes) {
        m_out += u' ';
        m_out += key.view();
        m_out += u"=\"";
        escape(m_out, value.view(), true);
        m_out += u'"';
    }
}

XmlWriter &XmlWriter::open(QStringView name, XmlAttributes attrs)
{
    m_out += u'<';
    m_out += name;
    attributes(attrs);
    m_out += u'>';
    m_stack.append(name.toString());
    return *this;
}

XmlWriter &XmlWriter::close()
{
    m_out += u"</";
    m_out += m_stack.takeLast();
    m_out += u'>';
    return *this;
}

XmlWriter &XmlWriter::element(QStringView name, const XmlText &xmlText)
{
    const QStringView text = xmlText.view();
    m_out += u'<';
    m_out += name;
    if (text.isEmpty()) {
        m_out += u"/>";
        return *this;
    }
    m_out += u'>';
    escape(m_out, text, false);
    m_out += u"</";
    m_out += name;
    m_out += u'>';
    return *this;
}

XmlWriter &XmlWriter::element(QStringView name, qint64 number)
{
    return element(name, QString::number(number));
}

XmlWriter &XmlWriter::element(QStringView name, XmlAttributes attrs, const XmlText &xmlText)
{
    const QStringView text = xmlText.view();
    m_out += u'<';
    m_out += name;
    attributes(attrs);
    m_out += u'>';
    escape(m_out, text, false);
    m_out += u"</";
    m_out += name;
    m_out += u'>';
    return *this;
}

XmlWriter &XmlWriter::empty(QStringView name, XmlAttributes attrs)
{
    m_out += u'<';
    m_out += name;
    attributes(attrs);
    m_out += u"/>";
    return *this;
}

XmlWriter &XmlWriter::raw(QStringView fragment)
{
    m_out += fragment;
    return *this;
}

XmlWriter &XmlWriter::append(const XmlWriter &other)
{
    m_out += other.content();
    return *this;
}

QByteArray XmlWriter::finish()
{
    while (!m_stack.isEmpty())
        close();
    m_out += u'\n';
    return m_out.toUtf8();
}

QString XmlNode::attribute(QStringView attributeName) const
{
    for (const auto &[key, value] : attributes) {
        if (key == attributeName)
            return value;
    }
    return {};
}

const XmlNode *XmlNode::child(QStringView childName) const
{
    for (const XmlNode &c : children) {
        if (c.name == childName)
            return &c;
    }
    return nullptr;
}

QString XmlNode::childText(QStringView childName) const
{
    const XmlNode *c = child(childName);
    return c ? c->text : QString();
}

void XmlNode::write(XmlWriter &out) const
{
    if (children.isEmpty()) {
        out.element(name, text.trimmed());
        return;
    }
    out.open(name);
    for (const XmlNode &c : children)
        c.write(out);
    out.close();
}

std::optional<XmlNode> parseXml(const QByteArray &data, QString *error)
{
    QXmlStreamReader reader(data);
    QList<XmlNode> stack;
    std::optional<XmlNode> root;
    int elements = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            *error = u"DTDs are not accepted"_s;
            return std::nullopt;
        case QXmlStreamReader::StartElement: {
            if (root) {
                *error = u"content after the document element"_s;
                return std::nullopt;
            }
            if (stack.size() >= kMaxXmlDepth) {
                *error = u"elements nested too deeply (at most %1 levels)"_s.arg(kMaxXmlDepth);
                return std::nullopt;
            }
            if (++elements > kMaxXmlElements) {
                *error = u"too many elements (at most %1)"_s.arg(kMaxXmlElements);
                return std::nullopt;
            }
            XmlNode node;
            node.name = reader.name().toString();
            node.ns = reader.namespaceUri().toString();
            for (const QXmlStreamAttribute &a : reader.attributes())
                node.attributes.append({a.qualifiedName().toString(), a.value().toString()});
            stack.append(std::move(node));
            break;
        }
        case QXmlStreamReader::EndElement: {
            XmlNode node = stack.takeLast();
            if (stack.isEmpty())
                root = std::move(node);
            else
                stack.last().children.append(std::move(node));
            break;
        }
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty())
                stack.last().text += reader.text();
            break;
        case QXmlStreamReader::EntityReference:
            *error = u"unknown entity &%1;"_s.arg(reader.name());
            return std::nullopt;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        *error = u"malformed XML at line %1, column %2: %3"_s.arg(reader.lineNumber())
                     .arg(reader.columnNumber())
                     .arg(reader.errorString());
        return std::nullopt;
    }
    if (!root) {
        *error = u"empty body"_s;
        return std::nullopt;
    }
    return root;
}

const XmlNode *entryPayload(const XmlNode &root, QString *error)
{
    if (root.name != u"entry" || root.ns != kAtomNs) {
        *error = u"the body must be an Atom entry, not <%1>"_s.arg(root.name);
        return nullptr;
    }
    const XmlNode *content = nullptr;
    for (const XmlNode &c : root.children) {
        if (c.name == u"content" && c.ns == kAtomNs)
            content = &c;
    }
    if (!content) {
        *error = u"the entry has no <content>"_s;
        return nullptr;
    }
    if (content->children.size() != 1) {
        *error = u"<content> must hold exactly one element"_s;
        return nullptr;
    }
    return &content->children.first();
}

const XmlNode *ctctPayload(const XmlNode &root, QStringView expected, QString *error)
{
    const XmlNode *payload = entryPayload(root, error);
    if (payload && (payload->name != expected || payload->ns != kCtctNs)) {
        *error = u"expected a <%1> in namespace %2, got <%3>"_s.arg(expected, kCtctNs, payload->name);
        return nullptr;
    }
    return payload;
}

} // namespace ctct::sandbox
