// SPDX-License-Identifier: GPL-3.0-or-later
// ctct import inspect: what the CSV reader makes of a file, offline, as JSON; and the JSON of an
// import plan (activities import --dry-run).
#include "commands.h"

#include "importing/importplan.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace ctct::cli {

namespace {

void write(FILE *f, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), f);
}

QByteArray stringList(const QStringList &values)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < values.size(); ++i)
        out += (i ? ", " : "") + jsonString(values[i]);
    return out + ']';
}

// One line on stderr; exit 2 when the file cannot be opened at all, 5 when it cannot be read.
int readFailure(FILE *err, const importing::CsvError &e)
{
    write(err, (e.line > 0 ? QStringLiteral("error: line %1: %2\n").arg(e.line).arg(e.message)
                           : QStringLiteral("error: %1\n").arg(e.message))
                   .toUtf8());
    return e.line > 0 ? ExitUnreadable : ExitUsage;
}

} // namespace

QByteArray jsonString(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    qsizetype plain = 0; // start of the run of characters that need no escape
    const auto flush = [&](qsizetype to) { out += text.sliced(plain, to - plain).toUtf8(); };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u >= 0x20 && u != u'"' && u != u'\\')
            continue;
        flush(i);
        plain = i + 1;
        if (u == u'"' || u == u'\\') {
            out += '\\';
            out += char(u);
        } else if (u == u'\n') {
            out += "\\n";
        } else if (u == u'\r') {
            out += "\\r";
        } else if (u == u'\t') {
            out += "\\t";
        } else {
            out += "\\u00" + QByteArray::number(u, 16).rightJustified(2, '0');
        }
    }
    flush(text.size());
    return out + '"';
}

QByteArray planJson(const importing::ImportPlan &plan)
{
    QByteArray out = "{\"encoding\": " + jsonString(importing::encodingName(plan.encoding)) +
                     ", \"delimiter\": " + jsonString(QString(QChar::fromLatin1(plan.delimiter))) +
                     ", \"rows\": " + QByteArray::number(plan.rows) +
                     ", \"valid\": " + QByteArray::number(plan.valid()) + ", \"rejected\": [";
    for (qsizetype i = 0; i < plan.rejected.size(); ++i) {
        const importing::RowProblem &r = plan.rejected[i];
        out += (i ? ", " : "") + QByteArray("{\"line\": ") + QByteArray::number(r.line) +
               ", \"email\": " + jsonString(r.emailAddress) + ", \"reason\": " + jsonString(r.message) + '}';
    }
    out += "], \"columns\": [";
    const QList<importing::MappedColumn> &columns = plan.mapping.columns();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        out += (i ? ", " : "") + QByteArray("{\"header\": ") + jsonString(columns[i].header) + ", \"column\": " +
               (columns[i].apiColumn.isEmpty() ? QByteArray("null") : jsonString(columns[i].apiColumn)) + '}';
    }
    return out + "], \"batches\": " + QByteArray::number(plan.batches.size()) + "}\n";
}

int runImport(const QStringList &arguments, FILE *out, FILE *err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Shows what ctct makes of a CSV file, offline, as JSON: the encoding (UTF-8, UTF-16LE, UTF-16BE or "
        "Windows-1252), the delimiter, the header, every row and the file line each row starts on.\n"
        "Unreadable input (an unterminated quote, binary data) exits 5 with the line on standard error.\n\n"
        "Examples:\n"
        "  ctct import inspect contacts.csv\n"
        "  ctct import inspect --no-header addresses.txt"));
    parser.addHelpOption();
    const QCommandLineOption noHeader(QStringLiteral("no-header"),
                                      QStringLiteral("The first line is a row, not a header (rows start at line 1)."));
    parser.addOption(noHeader);
    parser.addPositionalArgument(QStringLiteral("inspect"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The CSV file."));
    if (!parser.parse(QStringList{QStringLiteral("ctct import")} + arguments)) {
        write(err, "error: " + parser.errorText().toUtf8() + '\n');
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // The first line names the program's path; say what to type instead.
        const QString help = parser.helpText();
        write(out, "Usage: ctct import inspect [options] FILE\n" + help.mid(help.indexOf(u'\n') + 1).toUtf8());
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional[0] != u"inspect") {
        write(err, "error: usage: ctct import inspect [--no-header] FILE (see ctct import --help)\n");
        return ExitUsage;
    }
    importing::CsvReaderOptions options;
    options.hasHeader = !parser.isSet(noHeader);
    // First read it all: an error at the end must not leave half a document on standard output.
    {
        importing::CsvReader check(options);
        if (!check.openFile(positional[1]))
            return readFailure(err, check.error());
        while (check.next()) {
        }
        if (check.hasError())
            return readFailure(err, check.error());
    }
    importing::CsvReader reader(options);
    if (!reader.openFile(positional[1]))
        return readFailure(err, reader.error());
    write(out, "{\"encoding\": " + jsonString(importing::encodingName(reader.encoding())) +
                   ", \"delimiter\": " + jsonString(QString(QChar::fromLatin1(reader.delimiter()))) +
                   ", \"header\": " + stringList(reader.header()) + ", \"rows\": [");
    QByteArray lines = "[";
    bool first = true;
    while (reader.next()) {
        write(out, (first ? "" : ", ") + stringList(reader.row().texts()));
        lines += (first ? "" : ", ") + QByteArray::number(reader.row().line());
        first = false;
    }
    if (reader.hasError()) { // the file changed between the two readings
        write(out, "]}\n");
        return readFailure(err, reader.error());
    }
    write(out, "], \"lines\": " + lines + "]}\n");
    return ExitOk;
}

} // namespace ctct::cli
