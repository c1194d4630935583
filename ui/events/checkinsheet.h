// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The paper check-in sheet for when the network at the door fails (issue 11, item 6): a PDF
// of the event's registrants who may come in (registered ones; cancelled and unfinished
// registrations are left out), alphabetical by last name, with the guest count, the ticket and
// a box to tick (ticked already for those checked in), the event's title and date in every
// page's header and "Page N of M" at the foot.

#include "domain/event.h"
#include "domain/registrant.h"

#include <QImage>
#include <QString>

#include <functional>

class QObject;

namespace ctct::ui {

// Writes the sheet to path (replacing it only once it is complete); false with *error.
// Safe to call off the UI thread.
bool writeCheckInSheet(const QString &path, const Event &event, const QList<Registrant> &registrants, QString *error);

// Writes the sheet on a worker thread; then(error) follows on context's thread (error empty
// when the file was written), unless context is gone by then.
void writeCheckInSheetInWorker(QObject *context, const QString &path, const Event &event,
                               const QList<Registrant> &registrants, std::function<void(const QString &error)> then);

// When the event takes place, as the sheet and the check-in window say it
// ("Wednesday, 2 December 2026, 08:00 to 12:00"), in the event's own time.
QString eventWhen(const Event &event);

// The sheet's first page as an image (A4 at dpi), for a look at it without a PDF viewer.
QImage checkInSheetPreview(const Event &event, const QList<Registrant> &registrants, int dpi = 100);

// The registrants a sheet lists, in its order.
QList<Registrant> checkInSheetRows(const QList<Registrant> &registrants);

} // namespace ctct::ui
