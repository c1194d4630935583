// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a drop onto the window or a list brings to import: the first local file among the URLs
// ("text/uri-list") of the dropped data; empty when there is none.

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace ctct::ui {

inline QString droppedFile(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    const QList<QUrl> urls = data->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            return url.toLocalFile();
    }
    return {};
}

} // namespace ctct::ui
