// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Save Rejected Rows…": the rows of an import that were not taken — before sending or by the
// server — written back as the user's own rows, each after a Reason column, so the file can be
// fixed and imported again (Reason matches no API column and is left out then). UTF-8 with a
// byte order mark (so spreadsheet programs read it as UTF-8), comma-separated, CRLF line ends.
// The source is read again in the plan's encoding and delimiter, one row at a time.

#include "importing/importplan.h"

namespace ctct::importing {

struct RejectedRowsResult
{
    qsizetype written = 0; // rows written
    QStringList notFound;  // reasons whose row was not found in the file again
    QString error;         // set when the file could not be read or written
    bool ok() const { return error.isEmpty(); }
};

// rejected: by file line (RowProblem::line); a problem without a line (0) is matched by its
// e-mail address against the plan's e-mail column instead.
RejectedRowsResult writeRejectedRows(const QString &sourcePath, const ImportPlan &plan,
                                     const QList<RowProblem> &rejected, const QString &targetPath,
                                     const ImportControl &control = {});

} // namespace ctct::importing
