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
constexpr char kAccounts[] = "Accounts";
constexpr char kAccountUsername[] = "username";
constexpr char kAccountServer[] = "server";
constexpr char kAccountSignIn[] = "signIn"; // "password" or "token"
constexpr char kLastAccount[] = "Session/account";

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

QList<Account> Settings::accounts() const
{
    QSettings &settings = m_settings;
    QList<Account> accounts;
    const int size = settings.beginReadArray(QLatin1StringView(kAccounts));
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        Account account;
        account.username = settings.value(QLatin1StringView(kAccountUsername)).toString();
        account.server = QUrl(settings.value(QLatin1StringView(kAccountServer)).toString());
        account.scheme = settings.value(QLatin1StringView(kAccountSignIn)).toString() == u"token"
                             ? Credentials::Scheme::Bearer
                             : Credentials::Scheme::Basic;
        if (account.isValid())
            accounts.append(account);
    }
    settings.endArray();
    return accounts;
}

void Settings::setAccounts(const QList<Account> &accounts)
{
    m_settings.remove(QLatin1StringView(kAccounts));
    m_settings.beginWriteArray(QLatin1StringView(kAccounts), int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        const Account &account = accounts.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(QLatin1StringView(kAccountUsername), account.username);
        m_settings.setValue(QLatin1StringView(kAccountServer), account.server.toString());
        m_settings.setValue(QLatin1StringView(kAccountSignIn), account.scheme == Credentials::Scheme::Bearer
                                                                   ? QStringLiteral("token")
                                                                   : QStringLiteral("password"));
    }
    m_settings.endArray();
    m_settings.sync();
}

QString Settings::lastAccount() const
{
    return m_settings.value(QLatin1StringView(kLastAccount)).toString();
}

void Settings::setLastAccount(const QString &key)
{
    if (key.isEmpty())
        m_settings.remove(QLatin1StringView(kLastAccount));
    else
        m_settings.setValue(QLatin1StringView(kLastAccount), key);
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
