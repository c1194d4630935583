// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The validation plan of an import, made before anything is sent, and the batches sent after.
//
// How a wizard drives it (all of it is plain values and callbacks, no QObject, no thread
// affinity; run each step on a worker thread, e.g. QtConcurrent::run, and hand the result back):
//   1. inspectFile(path)            -> encoding, delimiter, header, first rows (preview)
//   2. ColumnMapping::automatic(header, customFieldNames), then the user's setColumn()/skip()
//   3. planFile(path, mapping, control) -> ImportPlan: a verdict per rejected row, counts per
//      verdict, batch boundaries. control.progress(done, total) is called on the worker thread
//      once per chunk read (marshal it to the UI, e.g. QMetaObject::invokeMethod queued);
//      control.cancelled() is polled as often (an std::atomic_bool the UI sets). Memory: one
//      chunk, one row, the rejected rows' reports and 16 bytes per distinct address.
//   4. UploadSource(path, plan, ...) .next() -> one ActivityUpload (one POST) at a time, the
//      file read a second time in the plan's encoding and delimiter; it stops with an error if
//      the file changed since step 3. ImportJob (api/importjob.h) sends them.
// ActivityUpload::lineMap() keeps what is needed to show the server's per-line errors against
// the user's file once the batch itself is gone.

#include "activityrequest.h"
#include "columnmapping.h"
#include "csvreader.h"

#include <array>
#include <functional>
#include <optional>

namespace ctct::importing {

struct ImportControl
{
    std::function<void(qint64 done, qint64 total)> progress;
    std::function<bool()> cancelled;
    // The user's choice where the detected one is wrong (0 / unset: detected).
    char delimiter = 0;
    std::optional<CsvEncoding> encoding;
};

struct ImportInspection
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    char delimiter = ',';
    QStringList header;
    QList<QStringList> preview; // the first rows
    QList<qsizetype> previewLines;
    CsvError error; // message set: the file cannot be read
    bool ok() const { return error.message.isEmpty(); }
};
ImportInspection inspectFile(const QString &path, qsizetype previewRows = 20, const CsvReaderOptions &options = {});

struct ImportPlan
{
    QString error;      // set when nothing can be sent (unreadable file, no e-mail column, cancelled)
    CsvError readError; // the reader's error, when that is why
    bool cancelled = false;
    CsvEncoding encoding = CsvEncoding::Utf8;
    char delimiter = ',';
    QStringList header;
    ColumnMapping mapping;
    QStringList columns; // the upload's API columns, EMAIL ADDRESS first
    qsizetype rows = 0;  // data rows in the file
    std::array<qsizetype, RowVerdictCount> counts{};
    QList<RowProblem> rejected; // every row not sent, in file order

    struct Batch
    {
        qsizetype firstRow = 0; // index of the file's first data row in the batch
        qsizetype endRow = 0;   // one past the last
        qsizetype rows = 0;     // rows sent
        qsizetype bytes = 0;    // of the activity's data (as encoded for the request)
    };
    QList<Batch> batches;

    qsizetype count(RowVerdict v) const { return counts[size_t(v)]; }
    qsizetype valid() const { return count(RowVerdict::Valid); }
    bool ok() const { return error.isEmpty(); }
};

// Row by row: the same checks for files and tables (planFile and planUpload use it).
class ImportPlanner
{
public:
    ImportPlanner(const ColumnMapping &mapping, const UploadLimits &limits = {});
    ~ImportPlanner();
    void add(const CsvRow &row);
    ImportPlan finish();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

ImportPlan planFile(const QString &path, const ColumnMapping &mapping, const UploadLimits &limits = {},
                    const ImportControl &control = {});
// The same for a file whose header decides the mapping (automatic, with the custom field names).
ImportPlan planFileAutomatic(const QString &path, const QMap<int, QString> &customFieldNames = {},
                             const UploadLimits &limits = {}, const ImportControl &control = {});

// The batches of a plan, read from the file again, one at a time.
class UploadSource
{
public:
    UploadSource(const QString &path, const ImportPlan &plan, const QString &activityType, const QStringList &lists,
                 const ImportControl &control = {});
    // The same over a table in memory, which must outlive the source.
    UploadSource(const CsvTable &table, const ImportPlan &plan, const QString &activityType, const QStringList &lists);
    ~UploadSource();
    std::optional<ActivityUpload> next();
    const QString &error() const; // set when the file cannot be read again or has changed

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The addresses of the rows a plan sends, in file order (for "Check against the account"): the
// file read again in the plan's format. Empty with error set when it cannot be.
QStringList plannedEmails(const QString &path, const ImportPlan &plan, QString *error = nullptr,
                          const ImportControl &control = {});

} // namespace ctct::importing
