// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

namespace ctct {

JsonWriter::JsonWriter(bool indented)
    : m_indented(indented)
{}

void JsonWriter::newline()
{
    if (!m_indented)
        return;
    m_out.append('\n');
    m_out.append(QByteArray(qsizetype(m_levels.size()) * 2, ' '));
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    Level &level = m_levels.back();
    if (!level.empty)
        m_out.append(',');
    level.empty = false;
    newline();
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out.append('{');
    m_levels.push_back({false, true});
}

void JsonWriter::endObject()
{
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (!empty)
        newline();
    m_out.append('}');
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out.append('[');
    m_levels.push_back({true, true});
}

void JsonWriter::endArray()
{
    endObject(); // same bookkeeping
    m_out.back() = ']';
}

void JsonWriter::key(QStringView name)
{
    beforeValue();
    appendString(name);
    m_out.append(m_indented ? ": " : ":");
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    appendString(text);
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out.append(QByteArray::number(number));
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out.append(flag ? "true" : "false");
}

void JsonWriter::real(double number)
{
    beforeValue();
    m_out.append(QByteArray::number(number, 'g', 15));
}

void JsonWriter::null()
{
    beforeValue();
    m_out.append("null");
}

void JsonWriter::appendString(QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    m_out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        default:
            if (c < 0x20) {
                m_out.append("\\u00");
                m_out.append(hex[c >> 4]);
                m_out.append(hex[c & 0xf]);
            } else {
                m_out.append(ch);
            }
        }
    }
    m_out.append('"');
}

} // namespace ctct
