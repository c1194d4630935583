// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ctct::sandbox {

class Store;

// Fills a new store with deterministic demo data: the same seed and size give the same names,
// lists, statuses, campaigns, events and activities (times are relative to the day of seeding).
class DemoData final
{
public:
    struct Settings
    {
        QString user;
        quint32 seed = 1;
        int contacts = 2500;
        int registrants = 0; // > 0: one more event, today, with this many registrants
        bool empty = false;  // only system lists (implicit) and the verified sender address
    };

    static bool populate(Store &store, const Settings &settings, QString *error);
};

// Event-marketing time stamps: local time with an offset (America/New_York when known).
QString eventTime(qint64 msecs);

} // namespace ctct::sandbox
