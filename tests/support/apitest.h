// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// QTest::toString overloads (found by argument-dependent lookup) so that failed comparisons of
// API values read well.

#include "api/apierror.h"
#include "api/apirequest.h"

#include <QTest>

namespace ctct {

inline char *toString(ApiError error)
{
    return QTest::toString(apiErrorName(error));
}

inline char *toString(HttpMethod method)
{
    return qstrdup(httpMethodName(method).constData());
}

} // namespace ctct
