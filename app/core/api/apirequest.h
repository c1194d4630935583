// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What one ApiJob sends, and when a failed request may be sent again.

#include "api/apierror.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <chrono>

namespace ctct {

enum class HttpMethod { Get, Post, Put, Delete };

QByteArray httpMethodName(HttpMethod method);

struct ApiRequest
{
    HttpMethod method = HttpMethod::Get;
    QUrl url;
    QByteArray body;
    QByteArray contentType;                // empty: application/atom+xml when there is a body
    QByteArray accept;                     // empty: application/atom+xml
    std::chrono::milliseconds timeout{0};  // zero: the AccessManager's timeout (for no progress)
    std::chrono::milliseconds deadline{0}; // zero: the AccessManager's deadline (for the whole job)
    qint64 maxResponseBytes = 0;           // zero: the AccessManager's limit on a response body

    static ApiRequest get(const QUrl &url);
    static ApiRequest post(const QUrl &url, const QByteArray &body, const QByteArray &contentType = {});
    static ApiRequest put(const QUrl &url, const QByteArray &body, const QByteArray &contentType = {});
    static ApiRequest deleteResource(const QUrl &url);
};

// Retries are for idempotent GETs only, and only after network errors, timeouts and 5xx
// (house style 9). Delays grow per retry and are spread by a random factor so that many
// clients failing together do not come back together.
struct RetryPolicy
{
    int maxRetries = 3; // retries after the first attempt: at most 1 + maxRetries requests
    QList<std::chrono::milliseconds> backoff{std::chrono::milliseconds(500), std::chrono::milliseconds(1000),
                                             std::chrono::milliseconds(2000)};
    double jitter = 0.25; // each delay is scaled by a factor in [1 - jitter, 1 + jitter]

    static RetryPolicy none();

    // Whether a request that ended with error may be sent again after retriesDone retries.
    bool shouldRetry(HttpMethod method, ApiError error, int retriesDone) const;
    // The wait before retry number retry (1-based; past the end of backoff the last entry
    // repeats); random is in [0, 1) and picks the jitter.
    std::chrono::milliseconds delayBefore(int retry, double random) const;
};

} // namespace ctct
