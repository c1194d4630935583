// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Saving the file of a finished export, the one way (the Activities tab and the export dialog):
// asks where (FileDialog), downloads it (Operations::downloadExport), writes it on a worker
// thread and says in the message bar where it went, or why it could not be saved (with Retry).
// saveBytesFile() is the same for a file made here (the Events tab's registrants as CSV).

#include "domain/activity.h"
#include "frame/tabcontext.h"

#include <functional>

class QWidget;

namespace ctct::ui {

// done(path, error): path empty when the user chose none; error empty when it was saved.
void saveExportFile(const TabContext &context, QWidget *parent, const Activity &activity,
                    std::function<void(const QString &path, const QString &error)> done = {});

// Asks where (FileDialog: title, suggested name, filter), then writes bytes there on a worker
// thread and says in the message bar where they went or why not. done as above.
void saveBytesFile(const TabContext &context, QWidget *parent, const QString &title, const QString &suggested,
                   const QString &filter, const QByteArray &bytes,
                   std::function<void(const QString &path, const QString &error)> done = {});

} // namespace ctct::ui
