// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes to every entry point of the Atom codec that reads untrusted input.
#include "atom/atomwriter.h"
#include "atom/jsonexport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    const ctct::atom::Parsed<ctct::atom::Document> doc = ctct::atom::readDocument(bytes);
    if (doc.ok())
        (void)ctct::atom::documentToJson(*doc.value);

    const ctct::atom::Parsed<ctct::Contact> contact = ctct::atom::readEntry<ctct::Contact>(bytes);
    if (contact.ok()) {
        ctct::Contact changed = *contact.value;
        changed.firstName = QStringLiteral("fuzz");
        changed.contactLists.append({QStringLiteral("http://api.constantcontact.com/ws/customers/x/lists/9"), {}, {}});
        (void)ctct::atom::patchEntry(bytes, changed);
        (void)ctct::atom::writeEntry(changed, ctct::atom::WriteMode::Update);
    }
    (void)ctct::atom::readPage<ctct::Registrant>(bytes);
    (void)ctct::atom::readServiceDocument(bytes);
    return 0;
}
