// SPDX-License-Identifier: GPL-3.0-or-later
#include "rejectedrows.h"

#include <QHash>
#include <QSaveFile>

namespace ctct::importing {

namespace {

void appendLine(QByteArray &out, const QString &reason, const QStringList &fields)
{
    out += csvField(reason).toUtf8();
    for (const QString &f : fields) {
        out += ',';
        out += csvField(f).toUtf8();
    }
    out += "\r\n";
}

} // namespace

RejectedRowsResult writeRejectedRows(const QString &sourcePath, const ImportPlan &plan,
                                     const QList<RowProblem> &rejected, const QString &targetPath,
                                     const ImportControl &control)
{
    RejectedRowsResult result;
    QHash<qsizetype, QStringList> byLine;
    QHash<QString, QStringList> byEmail;
    for (const RowProblem &p : rejected) {
        if (p.line > 0)
            byLine[p.line].append(p.message);
        else
            byEmail[p.emailAddress.toCaseFolded()].append(p.message);
    }

    CsvReaderOptions options;
    options.delimiter = plan.delimiter;
    options.encoding = plan.encoding;
    options.progress = control.progress;
    options.cancelled = control.cancelled;
    CsvReader reader(options);
    if (!reader.openFile(sourcePath)) {
        result.error = reader.error().message;
        return result;
    }
    QSaveFile out(targetPath);
    if (!out.open(QIODevice::WriteOnly)) {
        result.error = out.errorString();
        return result;
    }
    QByteArray buffer = "\xEF\xBB\xBF";
    appendLine(buffer, QStringLiteral("Reason"), reader.header());
    const qsizetype emailColumn = plan.mapping.emailColumn();
    while (reader.next()) {
        const CsvRow &row = reader.row();
        QStringList reasons = byLine.take(row.line());
        if (!byEmail.isEmpty() && emailColumn >= 0 && emailColumn < row.size()) {
            const QString email = row.text(emailColumn).trimmed().toCaseFolded();
            const auto it = byEmail.find(email);
            if (it != byEmail.end()) {
                reasons += *it;
                byEmail.erase(it);
            }
        }
        if (reasons.isEmpty())
            continue;
        appendLine(buffer, reasons.join(QStringLiteral("; ")), row.texts());
        ++result.written;
        if (buffer.size() >= (1 << 20)) {
            if (out.write(buffer) != buffer.size())
                break;
            buffer.clear();
        }
    }
    if (reader.hasError() || reader.cancelled()) {
        result.error = reader.cancelled()
                           ? QStringLiteral("cancelled")
                           : QStringLiteral("line %1: %2").arg(reader.error().line).arg(reader.error().message);
        out.cancelWriting();
        return result;
    }
    if (out.write(buffer) != buffer.size() || !out.commit()) {
        result.error = out.errorString();
        return result;
    }
    for (const QStringList &reasons : std::as_const(byLine))
        result.notFound += reasons;
    for (const QStringList &reasons : std::as_const(byEmail))
        result.notFound += reasons;
    return result;
}

} // namespace ctct::importing
