// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

namespace ctct {

Q_LOGGING_CATEGORY(lcApiAccess, "ctct.api.access", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApiJob, "ctct.api.job", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApiClient, "ctct.api.client", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApiPager, "ctct.api.pager", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCacheStore, "ctct.cache.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCacheSync, "ctct.cache.sync", QtInfoMsg)

} // namespace ctct
