// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every logging category of ctct_ui, named ctct.ui.<component> (design.md §2).

#include <QLoggingCategory>

namespace ctct::ui {

Q_DECLARE_LOGGING_CATEGORY(lcUiApp)      // ctct.ui.app: start-up, accounts, the embedded sandbox
Q_DECLARE_LOGGING_CATEGORY(lcUiContacts) // ctct.ui.contacts: views, paging, edits, opt-outs
Q_DECLARE_LOGGING_CATEGORY(lcUiImport)   // ctct.ui.import: imports, exports, clearing lists
Q_DECLARE_LOGGING_CATEGORY(lcUiEvents)   // ctct.ui.events: events, registrants, check-in

} // namespace ctct::ui
