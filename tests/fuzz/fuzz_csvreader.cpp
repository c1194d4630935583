// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes to the CSV reader (in chunks of a size the input picks) and the import
// plan over its rows; checks what must always hold: rows start on increasing lines, a row is
// never empty, an error names a line, every planned row gets one verdict.
#include "importing/activityrequest.h"
#include "importing/importplan.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ctct::importing;
    if (size < 1)
        return 0;
    // The first byte picks the options; the rest is the file.
    CsvReaderOptions options;
    options.chunkBytes = 1 + (data[0] & 0x3F);
    options.hasHeader = !(data[0] & 0x40);
    options.maxRowBytes = (data[0] & 0x80) ? 64 : 16 << 20;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    CsvReader reader(options);
    if (!reader.openBytes(bytes)) {
        if (!reader.hasError() || reader.next())
            std::abort();
        return 0;
    }
    const ColumnMapping mapping = ColumnMapping::automatic(reader.header());
    ImportPlanner planner(mapping);
    qsizetype lastLine = 0;
    qsizetype rows = 0;
    while (reader.next()) {
        const CsvRow &row = reader.row();
        if (row.line() <= lastLine || row.size() < 1)
            std::abort();
        lastLine = row.line();
        (void)row.texts();
        planner.add(row);
        ++rows;
    }
    if (reader.hasError() && (reader.error().line < 1 || reader.error().message.isEmpty()))
        std::abort();
    const ImportPlan plan = planner.finish();
    if (plan.ok()) {
        qsizetype verdicts = 0;
        for (const qsizetype n : plan.counts)
            verdicts += n;
        if (verdicts != rows || plan.rejected.size() != rows - plan.valid())
            std::abort();
    }
    (void)readCsv(bytes);
    return 0;
}
