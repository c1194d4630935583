// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QCoreApplication>

#include <algorithm>

namespace ctct::ui {

namespace {

constexpr char kAccounts[] = "accounts";
constexpr char kAccountUsername[] = "username";
constexpr char kAccountServer[] = "server";
constexpr char kAccountSignIn[] = "signIn"; // "password" or "token"

QString viewKey(QStringView page, QStringView part)
{
    return u"views/" + page + u'/' + part;
}

} // namespace

Settings::Settings()
    : m_settings(QStringLiteral("org.ctctmanager"), QStringLiteral("CtctManager"))
{
    migrate();
}

void Settings::migrate()
{
    // Key names of version 0.1, before they followed one scheme: moved once, so nobody loses
    // the window's size, the columns or the accounts by updating.
    static const std::pair<const char *, const char *> renames[] = {
        {"MainWindow/geometry", setting::WindowGeometry.name},
        {"MainWindow/state", setting::WindowState.name},
        {"Contacts/header", "views/contacts/header"},
        {"Contacts/splitter", "views/contacts/splitter"},
        {"ContactEditor/geometry", setting::ContactEditorGeometry.name},
        {"Session/account", setting::LastAccount.name},
    };
    for (const auto &[from, to] : renames) {
        const QLatin1StringView old(from);
        if (!m_settings.contains(old))
            continue;
        if (!m_settings.contains(QLatin1StringView(to)))
            m_settings.setValue(QLatin1StringView(to), m_settings.value(old));
        m_settings.remove(old);
    }
    // The custom field names were one list for the installation (0.1): they become the names of
    // the account in use then.
    const QLatin1StringView oldLabels("contacts/customFieldLabels");
    if (m_settings.contains(oldLabels)) {
        const QStringList labels = m_settings.value(oldLabels).toStringList();
        const QString account = value(setting::LastAccount);
        const QString key = account.isEmpty() ? QString::fromLatin1(kSandboxAccountKey) : account;
        if (customFieldLabels(key).isEmpty())
            setCustomFieldLabels(key, labels);
        m_settings.remove(oldLabels);
    }
    // The accounts array was "Accounts".
    const QString oldAccounts = QStringLiteral("Accounts");
    if (m_settings.childGroups().contains(oldAccounts)) {
        const QList<Account> old = readAccounts(oldAccounts);
        m_settings.remove(oldAccounts);
        if (accounts().isEmpty())
            setAccounts(old);
    }
    // Followed activities were kept under the account's label, which is translated: now its key.
    QVariantMap followed = value(setting::FollowedActivities);
    bool moved = false;
    const auto move = [&followed, &moved](const QString &label, const QString &key) {
        if (label != key && followed.contains(label)) {
            followed.insert(key, followed.take(label));
            moved = true;
        }
    };
    move(QStringLiteral("Sandbox (demo data)"), QString::fromLatin1(kSandboxAccountKey));
    for (const Account &account : accounts())
        move(account.label(), account.key());
    if (moved)
        setValue(setting::FollowedActivities, followed);
}

QByteArray Settings::viewState(QStringView page, QStringView part) const
{
    return m_settings.value(viewKey(page, part)).toByteArray();
}

void Settings::setViewState(QStringView page, QStringView part, const QByteArray &state)
{
    m_settings.setValue(viewKey(page, part), state);
}

QList<Account> Settings::accounts() const
{
    return readAccounts(QLatin1StringView(kAccounts));
}

QList<Account> Settings::readAccounts(const QString &group) const
{
    QSettings &settings = m_settings;
    QList<Account> accounts;
    const int size = settings.beginReadArray(group);
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

QStringList Settings::customFieldLabels(const QString &accountKey) const
{
    return value(setting::CustomFieldLabels).value(accountKey).toStringList();
}

void Settings::setCustomFieldLabels(const QString &accountKey, const QStringList &labels)
{
    QVariantMap all = value(setting::CustomFieldLabels);
    const bool named =
        std::any_of(labels.begin(), labels.end(), [](const QString &l) { return !l.trimmed().isEmpty(); });
    if (named)
        all.insert(accountKey, labels);
    else
        all.remove(accountKey);
    setValue(setting::CustomFieldLabels, all);
}

void Settings::clearLocalData()
{
    for (const char *key :
         {setting::WindowGeometry.name, setting::WindowState.name, setting::ContactEditorGeometry.name,
          setting::SavedImportMappings.name, setting::FollowedActivities.name})
        m_settings.remove(QLatin1StringView(key));
    m_settings.remove(QStringLiteral("views"));
    m_settings.sync();
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
