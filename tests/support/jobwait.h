// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Waiting for a job in a test, written once: the event loop turns until the job has finished,
// so tests read like straight-line code. Used by the integration and GUI harnesses.

#include "api/apierror.h"

namespace ctct {
class ApiJob;
}

namespace ctct::test {

// The job's result once it has finished; after timeoutMs it is canceled and the Canceled
// result is returned. A null job gives an empty result.
ApiResult waitForJob(ApiJob *job, int timeoutMs = 10000);

} // namespace ctct::test
