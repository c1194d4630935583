// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the app remembers between runs, as one typed table over QSettings (house style 22).
// The file is org.ctctmanager/CtctManager.conf in the user's configuration directory; tests
// call QStandardPaths::setTestModeEnabled(true) first so they never touch the real one.

#include "accounts/account.h"

#include <QByteArray>
#include <QStringList>
#include <QSettings>

namespace ctct::ui {

class Settings final
{
    Q_DISABLE_COPY_MOVE(Settings)

public:
    Settings();

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);

    // QHeaderView::saveState() of the contacts table: visible columns, order, widths and sort.
    QByteArray contactsHeader() const;
    void setContactsHeader(const QByteArray &state);
    // QSplitter::saveState() of sidebar, table and detail pane.
    QByteArray contactsSplitter() const;
    void setContactsSplitter(const QByteArray &state);

    QByteArray contactEditorGeometry() const;
    void setContactEditorGeometry(const QByteArray &geometry);

    // The saved Constant Contact accounts: name, server and sign-in scheme, never a secret.
    QList<Account> accounts() const;
    void setAccounts(const QList<Account> &accounts);
    // Account::key() of the account in use when the app last ran; empty for the sandbox.
    QString lastAccount() const;
    void setLastAccount(const QString &key);
    // The names the user gave CustomField1..15 (15 entries; an empty one keeps the default).
    QStringList customFieldLabels() const;
    void setCustomFieldLabels(const QStringList &labels);
    // The name to show for custom field index (0-14): the user's, or "Custom field N".
    static QString customFieldLabel(const QStringList &labels, int index);

    void sync();

private:
    QByteArray bytes(const char *key) const;
    void setBytes(const char *key, const QByteArray &value);

    mutable QSettings m_settings; // reading an array needs beginReadArray()
};

} // namespace ctct::ui
