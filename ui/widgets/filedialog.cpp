// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedialog.h"

#include <QFileDialog>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

namespace ctct::ui {

std::optional<QString> FileDialog::s_next;

void FileDialog::saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
                          std::function<void(const QString &path)> then)
{
    ask(parent, Mode::Save, title, suggested, filter, std::move(then));
}

void FileDialog::openFile(QWidget *parent, const QString &title, const QString &filter,
                          std::function<void(const QString &path)> then)
{
    ask(parent, Mode::Open, title, QString(), filter, std::move(then));
}

void FileDialog::chooseFolder(QWidget *parent, const QString &title, const QString &current,
                              std::function<void(const QString &path)> then)
{
    ask(parent, Mode::Folder, title, current, QString(), std::move(then));
}

void FileDialog::ask(QWidget *parent, Mode mode, const QString &title, const QString &suggested, const QString &filter,
                     std::function<void(const QString &path)> then)
{
    Q_ASSERT(parent);
    if (s_next) {
        const QString path = *std::exchange(s_next, std::nullopt);
        const QPointer<QWidget> guard(parent);
        QTimer::singleShot(0, parent, [guard, path, then = std::move(then)] {
            if (guard)
                then(path);
        });
        return;
    }
    auto *dialog = new QFileDialog(parent, title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (mode == Mode::Save) {
        dialog->setObjectName(QStringLiteral("saveFileDialog"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
    } else if (mode == Mode::Folder) {
        dialog->setObjectName(QStringLiteral("chooseFolderDialog"));
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
    } else {
        dialog->setObjectName(QStringLiteral("openFileDialog"));
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setFileMode(QFileDialog::ExistingFile);
    }
    if (!filter.isEmpty())
        dialog->setNameFilter(filter);
    if (mode == Mode::Folder && !suggested.isEmpty()) {
        dialog->setDirectory(suggested);
    } else {
        dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (!suggested.isEmpty())
            dialog->selectFile(suggested);
    }
    QObject::connect(dialog, &QFileDialog::finished, dialog, [dialog, then = std::move(then)](int result) {
        const QStringList files = dialog->selectedFiles();
        then(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
    });
    dialog->open();
}

void FileDialog::setNextFileName(const QString &path)
{
    s_next = path;
}

} // namespace ctct::ui
