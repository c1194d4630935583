// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's form and query decoding (activity bodies, query strings, next tokens' contents).
#include "sandbox/http.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)ctct::sandbox::parseFormEncoded(bytes);
    ctct::sandbox::HttpRequest request;
    request.rawQuery = QString::fromUtf8(bytes);
    request.headers.append({"Content-Type", bytes.toByteArray()});
    (void)request.queryItems();
    (void)request.header("content-type");
    return 0;
}
