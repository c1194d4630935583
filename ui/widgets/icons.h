// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one way to an action's icon: the desktop theme's icon of that freedesktop name, else our
// own SVG of the same name (resources/icons/actions/, embedded under :/icons/actions), so the
// toolbar and menus have icons under a bare X server or a theme without them too.

#include <QIcon>

namespace ctct::ui {

// name: a freedesktop icon name ("document-new"); one of resources/icons/actions/*.svg.
QIcon themeIcon(const QString &name);

// The application's icon (resources/icons/org.ctctmanager.CtctManager.svg).
QIcon appIcon();

} // namespace ctct::ui
