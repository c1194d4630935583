// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every logging category of ctct_core, named ctct.<layer>.<component> (design.md §2).
// Debug output is off by default (QtInfoMsg threshold); turn it on with a filter rule such as
// QT_LOGGING_RULES="ctct.api.*.debug=true" or the command line's -v.

#include <QLoggingCategory>

namespace ctct {

Q_DECLARE_LOGGING_CATEGORY(lcApiAccess)  // ctct.api.access: one line per request sent, redacted
Q_DECLARE_LOGGING_CATEGORY(lcApiJob)     // ctct.api.job: results, retries, cancels, timeouts
Q_DECLARE_LOGGING_CATEGORY(lcApiClient)  // ctct.api.client: configuration and id mapping
Q_DECLARE_LOGGING_CATEGORY(lcApiPager)   // ctct.api.pager: page fetches and next-link handling
Q_DECLARE_LOGGING_CATEGORY(lcCacheStore) // ctct.cache.store: the local copy's file: opened, migrated, set aside
Q_DECLARE_LOGGING_CATEGORY(lcCacheSync)  // ctct.cache.sync: what a sync fetched and changed

} // namespace ctct
