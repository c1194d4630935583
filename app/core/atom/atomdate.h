// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringView>

namespace ctct::atom {

// Parses the date forms the API uses (api-contract §1.8): UTC with or without milliseconds
// ("2008-07-23T14:21:06.407Z"), local time with an offset ("2010-08-10T15:51:11-04:00",
// "2010-08-17T16:28:10.385-04:00") and a bare date ("2008-04-16", taken as UTC midnight).
// A time without a zone is taken as UTC. Returns an invalid QDateTime for anything else.
QDateTime parseDateTime(QStringView text);

// Writes a date the way the API does: UTC as "yyyy-MM-ddTHH:mm:ss.zzzZ"; a time with an
// offset keeps its offset ("2010-08-10T15:51:11-04:00", milliseconds only when non-zero).
QString formatDateTime(const QDateTime &dateTime);

} // namespace ctct::atom
