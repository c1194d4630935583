// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QCoreApplication>

namespace ctct::ui {

namespace {

constexpr char kMainWindowGeometry[] = "MainWindow/geometry";
constexpr char kMainWindowState[] = "MainWindow/state";
constexpr char kContactsHeader[] = "Contacts/header";
constexpr char kContactsSplitter[] = "Contacts/splitter";
constexpr char kContactEditorGeometry[] = "ContactEditor/geometry";

} // namespace

Settings::Settings()
    : m_settings(QStringLiteral("org.ctctmanager"), QStringLiteral("CtctManager"))
{}

QByteArray Settings::bytes(const char *key) const
{
    return m_settings.value(QLatin1StringView(key)).toByteArray();
}

void Settings::setBytes(const char *key, const QByteArray &value)
{
    m_settings.setValue(QLatin1StringView(key), value);
}

QByteArray Settings::mainWindowGeometry() const
{
    return bytes(kMainWindowGeometry);
}

void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    setBytes(kMainWindowGeometry, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return bytes(kMainWindowState);
}

void Settings::setMainWindowState(const QByteArray &state)
{
    setBytes(kMainWindowState, state);
}

QByteArray Settings::contactsHeader() const
{
    return bytes(kContactsHeader);
}

void Settings::setContactsHeader(const QByteArray &state)
{
    setBytes(kContactsHeader, state);
}

QByteArray Settings::contactsSplitter() const
{
    return bytes(kContactsSplitter);
}

void Settings::setContactsSplitter(const QByteArray &state)
{
    setBytes(kContactsSplitter, state);
}

QByteArray Settings::contactEditorGeometry() const
{
    return bytes(kContactEditorGeometry);
}

void Settings::setContactEditorGeometry(const QByteArray &geometry)
{
    setBytes(kContactEditorGeometry, geometry);
}

QStringList Settings::customFieldLabels() const
{
    QStringList labels = m_settings.value(QStringLiteral("contacts/customFieldLabels")).toStringList();
    labels.resize(15);
    return labels;
}

void Settings::setCustomFieldLabels(const QStringList &labels)
{
    m_settings.setValue(QStringLiteral("contacts/customFieldLabels"), labels);
}

QString Settings::customFieldLabel(const QStringList &labels, int index)
{
    const QString label = labels.value(index).trimmed();
    return label.isEmpty() ? QCoreApplication::translate("ctct::ui::Settings", "Custom field %1").arg(index + 1)
                           : label;
}

void Settings::sync()
{
    m_settings.sync();
}

} // namespace ctct::ui
