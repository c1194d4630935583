// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfile.h"

#include "api/apijob.h"
#include "api/operations.h"
#include "frame/failure.h"
#include "platform/worker.h"
#include "widgets/filedialog.h"
#include "widgets/messagebar.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QSaveFile>
#include <QWidget>

namespace ctct::ui {

namespace {

// The translation context of the export file's words.
struct ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)
};

// Writes bytes to path on a worker thread; the message bar says where they went or why not.
void writeFile(const TabContext &context, QWidget *parent, const QString &path, const QByteArray &bytes,
               const std::function<void(const QString &path, const QString &error)> &done)
{
    runInWorker(
        parent,
        [path, bytes] {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                return file.errorString();
            return QString();
        },
        [context, path, size = bytes.size(), done](const QString &error) {
            if (error.isEmpty())
                context.messages->showMessage(
                    MessageBar::Kind::Information,
                    ExportFile::tr("The export was saved to %1 (%2).").arg(path, QLocale().formattedDataSize(size)));
            else
                context.messages->showError(ExportFile::tr("%1 could not be written: %2").arg(path, error));
            if (done)
                done(path, error);
        });
}

} // namespace

void saveBytesFile(const TabContext &context, QWidget *parent, const QString &title, const QString &suggested,
                   const QString &filter, const QByteArray &bytes,
                   std::function<void(const QString &path, const QString &error)> done)
{
    FileDialog::saveFile(parent, title, suggested, filter, [context, parent, bytes, done](const QString &path) {
        if (path.isEmpty()) {
            if (done)
                done(path, {});
            return;
        }
        writeFile(context, parent, path, bytes, done);
    });
}

void saveExportFile(const TabContext &context, QWidget *parent, const Activity &activity,
                    std::function<void(const QString &path, const QString &error)> done)
{
    const Operations *operations = context.operations();
    if (!operations)
        return;
    const QString name = activity.fileName.mid(activity.fileName.lastIndexOf(u'/') + 1);
    FileDialog::saveFile(
        parent, ExportFile::tr("Save Export"), name.isEmpty() ? QStringLiteral("contacts.csv") : name,
        ExportFile::tr("Exported contacts (*.csv *.txt);;All files (*)"),
        [context, parent, activity, operations, done](const QString &path) {
            if (path.isEmpty()) {
                if (done)
                    done(path, {});
                return;
            }
            operations->downloadExport(activity)->then(
                parent, [context, parent, activity, path, done](const ApiResult &r) {
                    if (!r.ok()) {
                        const QString error = describeFailure(r);
                        context.messages->showError(
                            ExportFile::tr("The export could not be downloaded: %1").arg(error),
                            [context, parent, activity, done] { saveExportFile(context, parent, activity, done); });
                        if (done)
                            done(path, error);
                        return;
                    }
                    writeFile(context, parent, path, r.body, done);
                });
        });
}

} // namespace ctct::ui
