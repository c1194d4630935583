// SPDX-License-Identifier: GPL-3.0-or-later
// ctct-manager: the desktop account manager. Everything but the command line lives in ctct_ui.
#include "application.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication qapp(argc, argv);
    ctct::ui::Application::setIdentity();
    ctct::ui::Application::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "A desktop account manager for Constant Contact's web-services API. It opens on a built-in "
                "sandbox with demo data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxData(
        u"sandbox-data"_s,
        QApplication::translate("main", "Directory of the sandbox's data (\":memory:\" keeps it in memory only)."),
        u"DIR"_s);
    const QCommandLineOption sandboxContacts(
        u"sandbox-contacts"_s, QApplication::translate("main", "Demo contacts in a new sandbox store (default 2500)."),
        u"N"_s);
    const QCommandLineOption sandboxOnly(
        u"sandbox"_s, QApplication::translate("main", "Open the sandbox, whatever account was used last."));
    parser.addOptions({sandboxOnly, sandboxData, sandboxContacts});
    parser.process(qapp);

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
