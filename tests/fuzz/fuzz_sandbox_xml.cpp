// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's request-body XML reader and the payload lookups the handlers run on what it returns.
#include "sandbox/xml.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<ctct::sandbox::XmlNode> root = ctct::sandbox::parseXml(bytes, &error);
    if (!root)
        return 0;
    (void)ctct::sandbox::ctctPayload(*root, u"Contact", &error);
    if (const ctct::sandbox::XmlNode *payload = ctct::sandbox::entryPayload(*root, &error)) {
        (void)payload->childText(u"Name");
        ctct::sandbox::XmlWriter out;
        payload->write(out); // the EventSpot handlers write parts of a payload back
        (void)out.finish();
    }
    return 0;
}
