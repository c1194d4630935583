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

    const Operations *operations() const;
};

} // namespace ctct::ui
