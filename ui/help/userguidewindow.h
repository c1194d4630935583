// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Help → User Guide (F1): the guide shipped with the app (resources/help/userguide.html and the
// README's screenshots, embedded under :/help), in a window of its own; works offline. Links
// inside the guide stay in the window, links to the web open in the browser.

#include <QWidget>

class QTextBrowser;

namespace ctct::ui {

class UserGuideWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideWindow)

public:
    explicit UserGuideWindow(QWidget *parent = nullptr);

    static QUrl guideUrl();
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace ctct::ui
