// SPDX-License-Identifier: GPL-3.0-or-later
// ctct: the command line over ctct_core (design.md §8).
#include "cli.h"
#include "ctct_version.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace {

const char kUsage[] =
    "Usage: ctct [global options] <resource> <command> [options] [arguments]\n"
    "\n"
    "Resources and their commands:\n"
    "  contacts    list, search, get, create, update, remove-from-lists, opt-out, events\n"
    "  lists       list, get, create, update, delete, members\n"
    "  campaigns   list, get, create, update, delete, schedule, unschedule, events, report\n"
    "  settings    emails, email\n"
    "  events      list, get, create, update, registrants, registrant, guests, guest, attendance, payment,\n"
    "              checkin\n"
    "  activities  list, get, import, remove, clear, export, download\n"
    "  sync [--full]   bring the account's local copy up to date (ctct-manager keeps the same copy);\n"
    "              'contacts list --offline' and 'campaigns report ID --offline' answer from it\n"
    "  decode FILE|-   parse an Atom document of the API offline and print it as JSON\n"
    "  import inspect FILE   show what ctct reads in a CSV file (encoding, delimiter, rows), offline\n"
    "\n"
    "Global options:\n"
    "  --server URL        the API server (default https://api.constantcontact.com; or CTCT_SERVER)\n"
    "  --user NAME         the account's login name (or CTCT_USER)\n"
    "  --sandbox           start the built-in sandbox in this process and use its demo account\n"
    "                      (its data: CTCT_SANDBOX_DATA=DIR, or :memory:; time between activity\n"
    "                      states: CTCT_SANDBOX_ACTIVITY_STEP_MS)\n"
    "  --format F          json (default), csv or xml\n"
    "  --timeout SEC       give up on a request that makes no progress for this long, or that has\n"
    "                      not completed within it, retries included (default 30; an export\n"
    "                      download may take up to an hour while data keeps coming)\n"
    "  --password-stdin    read the password from standard input\n"
    "  -v, --verbose       log requests (credentials are never shown)\n"
    "  -q, --quiet         no progress messages\n"
    "\n"
    "The local copy of an account (ctct sync) lives where ctct-manager keeps it, or in CTCT_CACHE_DIR.\n"
    "Credentials come from the environment, never from arguments: CTCT_API_KEY and CTCT_PASSWORD,\n"
    "or CTCT_TOKEN for OAuth.\n"
    "Exit codes: 0 ok, 2 usage, 3 HTTP 4xx or a redirect (3xx, never followed), 4 network/timeout/5xx,\n"
    "5 unreadable response, or one over the size limit (64 MiB; 1 GiB for an export download),\n"
    "6 the local copy cannot be opened or written.\n"
    "\n"
    "Examples:\n"
    "  ctct --sandbox contacts list --status active --limit 5\n"
    "  CTCT_API_KEY=... CTCT_PASSWORD=... ctct --user joe lists members 3 --format csv\n"
    "  ctct --sandbox activities export --list active --out all.csv --wait\n"
    "  ctct import inspect contacts.csv\n"
    "  ctct activities import contacts.csv --dry-run   (the plan: rows, verdicts, columns; no account)\n"
    "\n"
    "Run 'ctct <resource> --help' or 'ctct <resource> <command> --help' for more.\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ctct"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CTCT_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("ctct-manager"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("ctctmanager.org"));

    using namespace ctct::cli;
    GlobalOptions options;
    QStringList rest;
    QString error;
    if (!parseGlobalOptions(QCoreApplication::arguments().mid(1), options, rest, error)) {
        std::fprintf(stderr, "error: %s\n", qPrintable(error));
        return ExitUsage;
    }
    if (rest.isEmpty() || rest.first() == u"--help" || rest.first() == u"-h" || rest.first() == u"help") {
        std::fputs(kUsage, rest.isEmpty() ? stderr : stdout);
        return rest.isEmpty() ? ExitUsage : ExitOk;
    }
    if (rest.first() == u"--version") {
        std::printf("ctct %s\n", CTCT_VERSION);
        return ExitOk;
    }
    const QString resource = rest.takeFirst();
    if (resource == u"decode")
        return runDecode(rest, stdin, stdout, stderr);
    if (resource == u"import")
        return runImport(rest, stdout, stderr);

    using Runner = void (*)(Cli &, QStringList);
    static const QHash<QString, Runner> runners{
        {QStringLiteral("contacts"), runContacts},   {QStringLiteral("lists"), runLists},
        {QStringLiteral("campaigns"), runCampaigns}, {QStringLiteral("settings"), runSettings},
        {QStringLiteral("events"), runEvents},       {QStringLiteral("activities"), runActivities},
        {QStringLiteral("sync"), runSync},
    };
    const Runner runner = runners.value(resource);
    if (!runner) {
        std::fprintf(stderr, "error: unknown resource '%s'\n\n%s", qPrintable(resource), kUsage);
        return ExitUsage;
    }
    Cli cli(options, stdin, stdout, stderr);
    int exitCode = -1;
    QObject::connect(&cli, &Cli::finished, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    runner(cli, rest);
    // The command may have finished at once (usage errors, --help): no event loop then.
    if (exitCode >= 0)
        return exitCode;
    return QCoreApplication::exec();
}
