// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

namespace ctct::ui {

Q_LOGGING_CATEGORY(lcUiApp, "ctct.ui.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUiContacts, "ctct.ui.contacts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUiImport, "ctct.ui.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUiEvents, "ctct.ui.events", QtInfoMsg)

} // namespace ctct::ui
