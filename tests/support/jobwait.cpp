// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobwait.h"

#include "api/apijob.h"

#include <QTest>

#include <memory>
#include <optional>

namespace ctct::test {

ApiResult waitForJob(ApiJob *job, int timeoutMs)
{
    if (!job)
        return {};
    auto result = std::make_shared<std::optional<ApiResult>>();
    QObject::connect(job, &ApiJob::finished, job, [job, result] { *result = job->result(); });
    if (!QTest::qWaitFor([result] { return result->has_value(); }, timeoutMs))
        job->cancel(); // finished() with Canceled, before cancel() returns
    return result->value_or(ApiResult{});
}

} // namespace ctct::test
