// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringBuilder>

#include <optional>

namespace ctct::sandbox {

inline constexpr QStringView kAtomNs = u"http://www.w3.org/2005/Atom";
inline constexpr QStringView kCtctNs = u"http://ws.constantcontact.com/ns/1.0/";
inline constexpr QStringView kAppNs = u"http://www.w3.org/2007/app";

// Text for the writer: a view, or an owned string built from a QStringBuilder expression.
class XmlText final
{
public:
    XmlText(QStringView view)
        : m_view(view)
    {}
    XmlText(const QString &text)
        : m_view(text)
    {}
    XmlText(const char16_t *text)
        : m_view(text)
    {}
    template<typename A, typename B>
    XmlText(const QStringBuilder<A, B> &builder)
        : m_own(builder)
        , m_view(m_own)
        , m_owns(true)
    {}
    XmlText(const XmlText &other)
        : m_own(other.m_own)
        , m_view(other.m_owns ? QStringView(m_own) : other.m_view)
        , m_owns(other.m_owns)
    {}
    XmlText &operator=(const XmlText &) = delete;
    QStringView view() const { return m_view; }

private:
    QString m_own;
    QStringView m_view;
    bool m_owns = false;
};

using XmlAttributes = std::initializer_list<QPair<XmlText, XmlText>>;

// A small XML writer with exact control over namespaces and prefixes, because the API mixes
// styles (default namespaces, a re-declared Atom namespace on nested links, atom: prefixes).
class XmlWriter final
{
public:
    XmlWriter();

    // Opens <name a="b" ...>; attributes are name/value pairs.
    XmlWriter &open(QStringView name, XmlAttributes attributes = {});
    XmlWriter &close();
    // <name>text</name>, or <name/> when text is empty.
    XmlWriter &element(QStringView name, const XmlText &text);
    XmlWriter &element(QStringView name, qint64 number);
    // <name a="b">text</name>
    XmlWriter &element(QStringView name, XmlAttributes attributes, const XmlText &text);
    XmlWriter &empty(QStringView name, XmlAttributes attributes = {});
    // Appends an already serialised, well-formed fragment.
    XmlWriter &raw(QStringView fragment);
    // Appends what `other` has written, without its XML declaration (entries written apart
    // from the feed head that has to know whether there is a next page).
    XmlWriter &append(const XmlWriter &other);

    QByteArray finish();
    QString fragment() const { return m_out; }
    // What has been written after the XML declaration.
    QStringView content() const { return QStringView(m_out).sliced(m_out.indexOf(u'\n') + 1); }

    static void escape(QString &out, QStringView text, bool attribute);

private:
    void attributes(XmlAttributes attributes);

    QString m_out;
    QList<QString> m_stack;
};

// A parsed element: name, namespace, attributes, text and child elements (mixed content is not
// expected in the API and its text is concatenated).
struct XmlNode
{
    QString name;
    QString ns;
    QList<QPair<QString, QString>> attributes;
    QString text;
    QList<XmlNode> children;

    QString attribute(QStringView attributeName) const;
    const XmlNode *child(QStringView childName) const;
    QString childText(QStringView childName) const;
    // Writes this element again, without namespace declarations (for the no-namespace EventSpot style).
    void write(XmlWriter &out) const;
};

// Limits of a request body's XML, checked while it is read: an entry of the API has a few hundred
// elements at most, so a document beyond these is refused before it costs time or memory.
inline constexpr int kMaxXmlDepth = 64;
inline constexpr int kMaxXmlElements = 10000;

// Parses a request body; rejects DTDs, more than kMaxXmlDepth levels or kMaxXmlElements elements,
// and anything not well formed.
std::optional<XmlNode> parseXml(const QByteArray &data, QString *error);

// Finds the payload of an Atom entry: entry/content/<first element>. Returns null with an error
// message when the body is not an entry with content.
const XmlNode *entryPayload(const XmlNode &root, QString *error);
// The same, and the payload must be <expected> in the ctct namespace (contacts, lists, campaigns).
const XmlNode *ctctPayload(const XmlNode &root, QStringView expected, QString *error);

} // namespace ctct::sandbox
