// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the app remembers between runs, as one typed table over QSettings (house style 22):
// every key is declared once below with its type and default, and read or written with
// value() / setValue(). The pages' view state (table header, splitter, sort) goes under
// views/<page>/<part> through viewState(). Nothing secret is ever stored here: credentials go
// to the CredentialStore. The file is org.ctctmanager/CtctManager.conf in the user's
// configuration directory; tests call QStandardPaths::setTestModeEnabled(true) first so they
// never touch the real one.

#include "accounts/account.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>
#include <QVariantMap>

namespace ctct::ui {

template<typename T>
struct SettingKey
{
    const char *name;
    T defaultValue;
};

namespace setting {
// QMainWindow::saveGeometry() / saveState().
inline const SettingKey<QByteArray> WindowGeometry{"window/geometry", {}};
inline const SettingKey<QByteArray> WindowState{"window/state", {}};
// The contact editor's size and place.
inline const SettingKey<QByteArray> ContactEditorGeometry{"editors/contact/geometry", {}};
// The event editor's size and place.
inline const SettingKey<QByteArray> EventEditorGeometry{"editors/event/geometry", {}};
// Account::key() of the account in use when the app last ran; empty for the sandbox.
inline const SettingKey<QString> LastAccount{"session/account", {}};
// The names the user gave CustomField1..15, per account: settings key (TabContext::accountKey)
// -> 15 names (an empty or missing entry keeps the default name). Through customFieldLabels().
inline const SettingKey<QVariantMap> CustomFieldLabels{"contacts/customFieldNames", {}};
// The import wizard's column choices the user asked to keep: ColumnMapping::key() -> its
// toVariantMap(), offered again for a file with the same headers.
inline const SettingKey<QVariantMap> SavedImportMappings{"import/mappings", {}};
// Activities the app started and has not seen finish, per account label: id -> what it is
// ("Import of contacts.csv"); followed again at the next start (ActivityWatch).
inline const SettingKey<QVariantMap> FollowedActivities{"activities/following", {}};
// Preferences (ui/dialogs/preferencesdialog.h).
// Seconds a request may go without progress before it fails (AccessManager::setTimeout).
inline const SettingKey<int> RequestTimeoutSeconds{"network/timeoutSeconds", 30};
// Minutes between syncs of the local copy of the account while the app is open (0: only at
// start and on F5).
inline const SettingKey<int> SyncIntervalMinutes{"cache/syncIntervalMinutes", 5};
// The language of the window: empty follows the system, else "en", "de" or "fr" (read at start).
inline const SettingKey<QString> Language{"ui/language", {}};
// Whether a start without a saved account opens the sandbox; otherwise the Connect dialog opens.
inline const SettingKey<bool> StartWithSandbox{"session/startWithSandbox", true};
// The embedded sandbox's data folder; empty: Sandbox::defaultDataDir(), shared with ctct --sandbox.
inline const SettingKey<QString> SandboxDataDir{"sandbox/dataDir", {}};
} // namespace setting

// The settings key of the sandbox's account in per-account settings (Account::key() for others).
inline constexpr char kSandboxAccountKey[] = "sandbox";

class Settings final
{
    Q_DISABLE_COPY_MOVE(Settings)

public:
    Settings();

    template<typename T>
    T value(const SettingKey<T> &key) const
    {
        const QVariant v = m_settings.value(QLatin1StringView(key.name));
        return v.isValid() ? v.value<T>() : key.defaultValue;
    }
    template<typename T>
    void setValue(const SettingKey<T> &key, const T &value)
    {
        if (value == key.defaultValue)
            m_settings.remove(QLatin1StringView(key.name));
        else
            m_settings.setValue(QLatin1StringView(key.name), value);
    }

    // A page's saved view state: part is "header", "splitter" ... (QHeaderView::saveState(),
    // QSplitter::saveState()); empty when none was saved.
    QByteArray viewState(QStringView page, QStringView part) const;
    void setViewState(QStringView page, QStringView part, const QByteArray &state);

    // The saved Constant Contact accounts (an array of records): name, server and sign-in
    // scheme, never a secret.
    QList<Account> accounts() const;
    void setAccounts(const QList<Account> &accounts);

    // The names the user gave the custom fields of an account (TabContext::accountKey).
    QStringList customFieldLabels(const QString &accountKey) const;
    void setCustomFieldLabels(const QString &accountKey, const QStringList &labels);
    // The name to show for custom field index (0-14): the user's, or "Custom field N".
    static QString customFieldLabel(const QStringList &labels, int index);

    // Preferences → Clear Local Data…: forgets the view state (window, columns, splitters), the
    // saved import mappings and the followed activities. Accounts and the preferences stay.
    void clearLocalData();

    void sync();

private:
    void migrate();
    QList<Account> readAccounts(const QString &group) const;

    mutable QSettings m_settings; // reading an array needs beginReadArray()
};

} // namespace ctct::ui
