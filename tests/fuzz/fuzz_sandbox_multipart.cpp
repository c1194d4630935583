// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's multipart/form-data splitter. Input: the Content-Type value, a line break, the body.
#include "sandbox/csv.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype eol = bytes.indexOf('\n');
    const QByteArray contentType = eol < 0 ? bytes : bytes.left(eol);
    const QByteArray body = eol < 0 ? QByteArray() : bytes.mid(eol + 1);
    QList<ctct::sandbox::FormPart> parts;
    QString error;
    (void)ctct::sandbox::parseMultipart(contentType, body, &parts, &error);
    return 0;
}
