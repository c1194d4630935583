// SPDX-License-Identifier: GPL-3.0-or-later
#include "apirequest.h"

#include <algorithm>
#include <cmath>

namespace ctct {

QByteArray httpMethodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
        return QByteArrayLiteral("GET");
    case HttpMethod::Post:
        return QByteArrayLiteral("POST");
    case HttpMethod::Put:
        return QByteArrayLiteral("PUT");
    case HttpMethod::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return {};
}

ApiRequest ApiRequest::get(const QUrl &url)
{
    ApiRequest r;
    r.url = url;
    return r;
}

ApiRequest ApiRequest::post(const QUrl &url, const QByteArray &body, const QByteArray &contentType)
{
    ApiRequest r;
    r.method = HttpMethod::Post;
    r.url = url;
    r.body = body;
    r.contentType = contentType;
    return r;
}

ApiRequest ApiRequest::put(const QUrl &url, const QByteArray &body, const QByteArray &contentType)
{
    ApiRequest r = post(url, body, contentType);
    r.method = HttpMethod::Put;
    return r;
}

ApiRequest ApiRequest::deleteResource(const QUrl &url)
{
    ApiRequest r;
    r.method = HttpMethod::Delete;
    r.url = url;
    return r;
}

RetryPolicy RetryPolicy::none()
{
    RetryPolicy p;
    p.maxRetries = 0;
    return p;
}

bool RetryPolicy::shouldRetry(HttpMethod method, ApiError error, int retriesDone) const
{
    return method == HttpMethod::Get && isRetryable(error) && retriesDone < maxRetries;
}

std::chrono::milliseconds RetryPolicy::delayBefore(int retry, double random) const
{
    if (backoff.isEmpty())
        return std::chrono::milliseconds(0);
    const qsizetype index = std::clamp<qsizetype>(retry - 1, 0, backoff.size() - 1);
    const double base = static_cast<double>(backoff.at(index).count());
    const double spread = std::clamp(jitter, 0.0, 1.0);
    const double factor = 1.0 + spread * (2.0 * std::clamp(random, 0.0, 1.0) - 1.0);
    return std::chrono::milliseconds(std::llround(base * factor));
}

} // namespace ctct
