// SPDX-License-Identifier: GPL-3.0-or-later
// ctct: the command line over ctct_core (design.md §8).
#include "commands.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

const char kUsage[] = "Usage: ctct <command> [options] [arguments]\n"
                      "\n"
                      "Commands:\n"
                      "  decode FILE|-   Parse an Atom document of the API offline and print it as JSON\n"
                      "\n"
                      "Run 'ctct <command> --help' for the options and examples of a command.\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ctct"));
    QCoreApplication::setOrganizationName(QStringLiteral("ctct-manager"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("ctctmanager.org"));

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h" || args.first() == u"help") {
        std::fputs(kUsage, args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? ctct::cli::ExitUsage : ctct::cli::ExitOk;
    }
    const QString command = args.takeFirst();
    if (command == u"decode")
        return ctct::cli::runDecode(args, stdin, stdout, stderr);

    std::fprintf(stderr, "error: unknown command '%s'\n\n%s", qPrintable(command), kUsage);
    return ctct::cli::ExitUsage;
}
