// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

namespace ctct::sandbox {
Q_LOGGING_CATEGORY(lcHttp, "ctct.sandbox.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "ctct.sandbox.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcActivity, "ctct.sandbox.activity", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFaults, "ctct.sandbox.faults", QtWarningMsg)
} // namespace ctct::sandbox
