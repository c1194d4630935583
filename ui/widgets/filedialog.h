// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Choosing a file without a nested event loop: the dialog opens window-modal with open() and
// the chosen path arrives in a callback (an empty path when the user cancels). The test seam
// setNextFileName() answers the next request without showing anything (design.md §7).

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace ctct::ui {

class FileDialog final
{
public:
    // Asks where to save; suggested is a file name or path, filter e.g. "CSV files (*.csv)".
    static void saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
                         std::function<void(const QString &path)> then);

    // Asks for an existing file to read.
    static void openFile(QWidget *parent, const QString &title, const QString &filter,
                         std::function<void(const QString &path)> then);
    // Asks for a folder, starting at current (an existing one, or any path the user may create).
    static void chooseFolder(QWidget *parent, const QString &title, const QString &current,
                             std::function<void(const QString &path)> then);
    // Test seam: the next request is answered with this path (empty: canceled), without a dialog.
    static void setNextFileName(const QString &path);

private:
    enum class Mode { Open, Save, Folder };
    static void ask(QWidget *parent, Mode mode, const QString &title, const QString &suggested, const QString &filter,
                    std::function<void(const QString &path)> then);
    static std::optional<QString> s_next;
};

} // namespace ctct::ui
