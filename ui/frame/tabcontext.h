// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every page of the main window, and every editor or job it opens, works with: the
// account's session, the settings, the message bar above the tabs, the progress panel in the
// status bar and the watch over the bulk activities the app starts. The main window makes one
// per account and hands it to each page it creates; the pointers outlive the pages.

#include <QString>

namespace ctct {
class ApiSession;
class Operations;
} // namespace ctct

namespace ctct::cache {
class AccountCache;
class AccountStore;
} // namespace ctct::cache

namespace ctct::ui {

class ActivityWatch;
class MessageBar;
class ProgressPanel;
class Settings;

struct TabContext
{
    const ApiSession *session = nullptr;
    Settings *settings = nullptr;
    MessageBar *messages = nullptr;
    ProgressPanel *progress = nullptr;
    ActivityWatch *activities = nullptr; // bulk activities started here, followed across restarts
    // The account's key in per-account settings: Account::key(), kSandboxAccountKey for the sandbox.
    QString accountKey;
    // The local copy of the account (nullptr when there is none: the pages then page through
    // the server as they go).
    cache::AccountCache *cache = nullptr;

    const Operations *operations() const;
    // The cache's store once a full sync has completed (the pages show it); nullptr before.
    cache::AccountStore *store() const;
    // The cache's store at any time, to keep what the server sends (campaign events, full
    // entries) and to read what it has; nullptr without a cache.
    cache::AccountStore *localCopy() const;
};

} // namespace ctct::ui
