// SPDX-License-Identifier: GPL-3.0-or-later
// ctct-manager: the desktop account manager. Everything but the command line lives in ctct_ui.
#include "application.h"

#include <QApplication>
#include <QCommandLineParser>

#include <string_view>

using namespace Qt::StringLiterals;

namespace {

// The options of ctct-manager; main() reads them.
struct CommandLine
{
    QCommandLineParser parser;
    const QCommandLineOption sandboxOnly{
        u"sandbox"_s, QCoreApplication::translate("main", "Open the sandbox, whatever account was used last.")};
    const QCommandLineOption sandboxData{
        u"sandbox-data"_s,
        QCoreApplication::translate("main", "Directory of the sandbox's data (\":memory:\" keeps it in memory only)."),
        u"DIR"_s};
    const QCommandLineOption sandboxContacts{
        u"sandbox-contacts"_s,
        QCoreApplication::translate("main", "Demo contacts in a new sandbox store (default 2500)."), u"N"_s};

    CommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "A desktop account manager for Constant Contact's web-services API. It opens on a built-in "
                    "sandbox with demo data."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({sandboxOnly, sandboxData, sandboxContacts});
    }
};

// --help and --version print and end without a window, so they need no display.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication core(argc, argv);
        ctct::ui::Application::setIdentity();
        ctct::ui::Application::installTranslations();
        CommandLine command;
        command.parser.process(core); // prints and exits
        return 0;
    }

    QApplication qapp(argc, argv);
    ctct::ui::Application::setIdentity();
    ctct::ui::Application::installTranslations();
    CommandLine command;
    const QCommandLineParser &parser = command.parser;
    const QCommandLineOption &sandboxOnly = command.sandboxOnly;
    const QCommandLineOption &sandboxData = command.sandboxData;
    const QCommandLineOption &sandboxContacts = command.sandboxContacts;
    command.parser.process(qapp);

    ctct::ui::Application::Options options;
    options.sandboxOnly = parser.isSet(sandboxOnly);
    // The same variable as ctct --sandbox, so both can share one store.
    const QString data =
        parser.isSet(sandboxData) ? parser.value(sandboxData) : qEnvironmentVariable("CTCT_SANDBOX_DATA");
    if (data == u":memory:")
        options.sandbox.memory = true;
    else
        options.sandbox.dataDir = data;
    if (parser.isSet(sandboxContacts)) {
        bool ok = false;
        const int contacts = parser.value(sandboxContacts).toInt(&ok);
        if (!ok || contacts < 0) {
            fprintf(stderr, "--sandbox-contacts needs a whole number\n");
            return 2;
        }
        options.sandbox.contacts = contacts;
    }

    ctct::ui::Application app(options);
    app.start();
    return qapp.exec();
}
