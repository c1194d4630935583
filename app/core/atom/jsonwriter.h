// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace ctct {

// A small streaming JSON writer that keeps keys in the order they are written (the API's
// element order), unlike QJsonObject, and indents by two spaces.
class JsonWriter final
{
public:
    explicit JsonWriter(bool indented = true);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView name);

    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(const char16_t *text) { value(QStringView(text)); }
    void value(qint64 number);
    void value(bool flag);
    // A fraction or other non-integer number (not an overload of value(), which int would make ambiguous).
    void real(double number);
    void null();

    // Convenience: key + value.
    template<typename V>
    void field(QStringView name, const V &v)
    {
        key(name);
        value(v);
    }

    const QByteArray &data() const { return m_out; }

private:
    void beforeValue();
    void newline();
    void appendString(QStringView text);

    QByteArray m_out;
    struct Level
    {
        bool array = false;
        bool empty = true;
    };
    std::vector<Level> m_levels;
    bool m_afterKey = false;
    bool m_indented;
};

} // namespace ctct
