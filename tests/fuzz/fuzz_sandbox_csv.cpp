// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's CSV reader (activity data) and writer (exports): what is read writes back and
// reads again as the same fields.
#include "sandbox/csv.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<ctct::sandbox::CsvRecord> records;
    QString error;
    if (!ctct::sandbox::parseCsv(text, &records, &error))
        return 0;
    for (const ctct::sandbox::CsvRecord &record : std::as_const(records)) {
        const QString line = ctct::sandbox::csvLine(record.fields, u',');
        QList<ctct::sandbox::CsvRecord> again;
        if (!ctct::sandbox::parseCsv(line, &again, &error))
            std::abort(); // the writer quoted something the reader cannot read
    }
    return 0;
}
