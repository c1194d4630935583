// SPDX-License-Identifier: GPL-3.0-or-later
#include "userguidewindow.h"

#include "widgets/icons.h"

#include <QKeySequence>
#include <QShortcut>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ctct::ui {

UserGuideWindow::UserGuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("User Guide"));
    setWindowIcon(themeIcon(QStringLiteral("help-contents")));
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setAccessibleName(tr("User Guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(guideUrl());
    m_browser->document()->setDocumentMargin(14);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    resize(760, 680);
}

QUrl UserGuideWindow::guideUrl()
{
    return QUrl(QStringLiteral("qrc:/help/userguide.html"));
}

} // namespace ctct::ui
