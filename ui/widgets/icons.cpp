// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/icons.h"

#include "logging.h"

#include <QFile>

namespace ctct::ui {

QIcon themeIcon(const QString &name)
{
    const QString fallback = QStringLiteral(":/icons/actions/%1.svg").arg(name);
    if (!QFile::exists(fallback)) {
        qCWarning(lcUiApp) << "no icon of our own named" << name;
        return QIcon::fromTheme(name);
    }
    return QIcon::fromTheme(name, QIcon(fallback));
}

QIcon appIcon()
{
    return QIcon::fromTheme(QStringLiteral("org.ctctmanager.CtctManager"),
                            QIcon(QStringLiteral(":/icons/org.ctctmanager.CtctManager.svg")));
}

} // namespace ctct::ui
