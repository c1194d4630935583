// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "atom/jsonexport.h"

#include <QCommandLineParser>
#include <QFile>

namespace ctct::cli {

namespace {

void print(FILE *f, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), f);
}

qsizetype entryCount(const atom::Document &doc)
{
    return std::visit(
        [](const auto &content) -> qsizetype {
            if constexpr (std::is_same_v<std::decay_t<decltype(content)>, ServiceDocument>) {
                qsizetype n = 0;
                for (const ServiceWorkspace &ws : content.workspaces)
                    n += ws.collections.size();
                return n;
            } else {
                return content.entries.size();
            }
        },
        doc.content);
}

} // namespace

int runDecode(const QStringList &arguments, FILE *in, FILE *out, FILE *err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Parses an Atom document of the Constant Contact API offline and prints its entries as JSON.\n\n"
                       "Examples:\n"
                       "  ctct decode contacts.xml\n"
                       "  curl -s ... | ctct decode -\n"
                       "  ctct decode --count lists.xml"));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Print only the number of entries."));
    parser.addOption(countOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("The document to read, or - for standard input."));
    if (!parser.parse(QStringList{QStringLiteral("ctct decode")} + arguments)) {
        print(err, u"error: " + parser.errorText() + u'\n');
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(out, parser.helpText().replace(QStringLiteral("ctct decode [options]"),
                                             QStringLiteral("ctct decode [options] FILE|-")));
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        print(err, QStringLiteral("error: decode takes exactly one FILE (or - for standard input)\n"));
        return ExitUsage;
    }

    QFile file;
    const bool opened = files.first() == u"-" ? file.open(in, QIODevice::ReadOnly)
                                              : (file.setFileName(files.first()), file.open(QIODevice::ReadOnly));
    if (!opened) {
        print(err, QStringLiteral("error: cannot read %1: %2\n").arg(files.first(), file.errorString()));
        return ExitUnreadable;
    }
    const QByteArray bytes = file.readAll();

    const atom::Parsed<atom::Document> doc = atom::readDocument(bytes);
    if (!doc.ok()) {
        print(err, u"error: " + doc.error.toString() + u'\n');
        return ExitUnreadable;
    }
    if (parser.isSet(countOption)) {
        print(out, QString::number(entryCount(*doc.value)) + u'\n');
        return ExitOk;
    }
    const QByteArray json = atom::documentToJson(*doc.value);
    std::fwrite(json.constData(), 1, size_t(json.size()), out);
    return ExitOk;
}

} // namespace ctct::cli
