// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "sandbox/sandbox.h"

#include "api/apisession.h"
#include "cache/accountstore.h"
#include "platform/credentialstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace ctct::cli {

namespace {

QString takeValue(QStringList &args, qsizetype &i, const QString &name, QString &error)
{
    const QString &arg = args[i];
    const qsizetype eq = arg.indexOf(u'=');
    if (eq > 0)
        return arg.mid(eq + 1);
    if (i + 1 >= args.size()) {
        error = QStringLiteral("%1 needs a value").arg(name);
        return {};
    }
    return args[++i];
}

// Reads one line, without echoing it on a terminal. The password is taken as typed: spaces at
// either end belong to it; only the line's end ("\n" or "\r\n") is removed, and a line of
// any length is read whole.
QString readSecretLine(FILE *in, bool prompt, FILE *err, const char *what)
{
    const int fd = fileno(in);
    const bool tty = isatty(fd);
    termios old{};
    if (tty) {
        if (prompt)
            std::fprintf(err, "%s: ", what);
        tcgetattr(fd, &old);
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSANOW, &silent);
    }
    QByteArray bytes;
    char buffer[1024];
    while (std::fgets(buffer, sizeof buffer, in)) {
        bytes.append(buffer);
        if (bytes.endsWith('\n'))
            break;
    }
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    const QString line = QString::fromUtf8(bytes);
    if (tty) {
        tcsetattr(fd, TCSANOW, &old);
        std::fputc('\n', err);
    }
    return line;
}

} // namespace

bool parseGlobalOptions(const QStringList &arguments, GlobalOptions &o, QStringList &rest, QString &error)
{
    // Global options may stand anywhere ("ctct lists list --format csv" as well as
    // "ctct --format csv lists list"); everything after "--" is left alone.
    QStringList args = arguments;
    o.server = qEnvironmentVariable("CTCT_SERVER");
    o.user = qEnvironmentVariable("CTCT_USER");
    rest.clear();
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--") {
            rest += args.mid(i);
            break;
        }
        const QString name = a.startsWith(u"--") ? a.section(u'=', 0, 0) : a;
        if (name == u"--server") {
            o.server = takeValue(args, i, name, error);
        } else if (name == u"--user") {
            o.user = takeValue(args, i, name, error);
        } else if (name == u"--sandbox") {
            o.sandbox = true;
        } else if (name == u"--format") {
            const QString f = takeValue(args, i, name, error).toLower();
            if (f == u"json")
                o.format = Format::Json;
            else if (f == u"csv")
                o.format = Format::Csv;
            else if (f == u"xml")
                o.format = Format::Xml;
            else if (error.isEmpty())
                error = QStringLiteral("--format takes json, csv or xml");
        } else if (name == u"--timeout") {
            bool ok = false;
            o.timeoutSeconds = takeValue(args, i, name, error).toInt(&ok);
            if ((!ok || o.timeoutSeconds <= 0) && error.isEmpty())
                error = QStringLiteral("--timeout takes a number of seconds");
        } else if (name == u"-v" || name == u"--verbose") {
            o.verbose = true;
        } else if (name == u"-q" || name == u"--quiet") {
            o.quiet = true;
        } else if (name == u"--password-stdin") {
            o.passwordStdin = true;
        } else if (name == u"--password" || name == u"--api-key" || name == u"--token") {
            error = QStringLiteral("secrets are never taken from the command line: set CTCT_API_KEY and CTCT_PASSWORD "
                                   "(or CTCT_TOKEN) in the environment, or use --password-stdin");
        } else {
            rest.append(a);
        }
        if (!error.isEmpty())
            return false;
    }
    return true;
}

Cli::Cli(const GlobalOptions &options, FILE *in, FILE *out, FILE *err, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_in(in)
    , m_out(out)
    , m_err(err)
{
    if (m_options.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("ctct.*.debug=true"));
}

Cli::~Cli() = default;

bool Cli::connectAccount(int &exitCode)
{
    ApiSession::Login login;
    if (m_options.sandbox) {
        sandbox::Sandbox::Options so;
        so.port = 0;
        const QString dataDir = qEnvironmentVariable("CTCT_SANDBOX_DATA");
        if (dataDir == u":memory:")
            so.memory = true;
        else
            so.dataDir = dataDir;
        if (qEnvironmentVariableIsSet("CTCT_SANDBOX_ACTIVITY_STEP_MS"))
            so.activityStepMs = qEnvironmentVariableIntValue("CTCT_SANDBOX_ACTIVITY_STEP_MS");
        m_sandbox = std::make_unique<sandbox::Sandbox>(so);
        QString error;
        if (!m_sandbox->start(&error)) {
            exitCode = fail(QStringLiteral("cannot start the sandbox: %1").arg(error), ExitNetwork);
            return false;
        }
        const sandbox::Sandbox::Account demo = sandbox::Sandbox::demoAccount();
        login = {m_sandbox->baseUrl(), demo.user, Credentials::basic(demo.apiKey, demo.user, demo.password)};
    } else {
        login.server = QUrl(m_options.server.isEmpty() ? ApiClient::defaultServer().toString() : m_options.server);
        if (m_options.user.isEmpty()) {
            exitCode = usageError(QStringLiteral("no account: give --user NAME (or CTCT_USER), or use --sandbox"));
            return false;
        }
        login.username = m_options.user;
        const QString token = qEnvironmentVariable("CTCT_TOKEN");
        if (!token.isEmpty()) {
            login.credentials = Credentials::bearer(token);
        } else {
            const QString key = qEnvironmentVariable("CTCT_API_KEY");
            if (key.isEmpty()) {
                exitCode =
                    usageError(QStringLiteral("no credentials: set CTCT_API_KEY and CTCT_PASSWORD, or CTCT_TOKEN"));
                return false;
            }
            QString password = qEnvironmentVariable("CTCT_PASSWORD");
            if (password.isEmpty() && (m_options.passwordStdin || isatty(fileno(m_in))))
                password = readSecretLine(m_in, !m_options.passwordStdin, m_err, "Password");
            if (password.isEmpty()) {
                exitCode = usageError(QStringLiteral(
                    "no password: set CTCT_PASSWORD, or pass it on standard input with --password-stdin"));
                return false;
            }
            login.credentials = Credentials::basic(key, m_options.user, password);
        }
    }
    QString error;
    m_session = ApiSession::open(login, &error);
    if (!m_session) {
        exitCode = usageError(error);
        return false;
    }
    // --timeout bounds a request both ways: no progress for that long, or not done within it
    // (retries included). Export downloads have a deadline of their own (Operations).
    m_session->accessManager()->setTimeout(std::chrono::seconds(m_options.timeoutSeconds));
    m_session->accessManager()->setDeadline(std::chrono::seconds(m_options.timeoutSeconds));
    return true;
}

void Cli::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    std::fflush(m_out);
    std::fflush(m_err);
    emit finished(code);
}

void Cli::print(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_out);
}

void Cli::printLine(const QString &text)
{
    print(text.toUtf8() + '\n');
}

void Cli::progress(const QString &text)
{
    if (m_options.quiet)
        return;
    const QByteArray line = "ctct: " + text.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), m_err);
}

QString Cli::storePath(int &exitCode) const
{
    QString key;
    if (m_options.sandbox) {
        const QString dataDir = qEnvironmentVariable("CTCT_SANDBOX_DATA");
        key = cache::sandboxAccountKey(dataDir.isEmpty() ? sandbox::Sandbox::defaultDataDir() : dataDir);
    } else if (!m_options.user.isEmpty()) {
        const QUrl server(m_options.server.isEmpty() ? ApiClient::defaultServer().toString() : m_options.server);
        key = CredentialStore::accountKey(m_options.user, server.toString(QUrl::RemovePath | QUrl::StripTrailingSlash));
    } else {
        exitCode = const_cast<Cli *>(this)->usageError(
            QStringLiteral("no account: give --user NAME (or CTCT_USER), or use --sandbox"));
        return {};
    }
    return cache::AccountStore::defaultPath(key);
}

std::unique_ptr<cache::AccountStore> Cli::openStore(bool create, int &exitCode)
{
    const QString path = storePath(exitCode);
    if (path.isEmpty())
        return nullptr;
    if (!create && !QFileInfo::exists(path)) {
        exitCode =
            fail(QStringLiteral("there is no local copy of this account yet (%1): run 'ctct sync' first").arg(path),
                 ExitUsage);
        return nullptr;
    }
    // A sandbox in memory has new demo data every start: a sync copies it anew.
    if (create && m_options.sandbox && qEnvironmentVariable("CTCT_SANDBOX_DATA") == u":memory:")
        cache::AccountStore::remove(path);
    cache::AccountStore::Opened opened = cache::AccountStore::open(path);
    if (!opened.store) {
        exitCode = fail(opened.error, ExitLocal);
        return nullptr;
    }
    if (!opened.setAsidePath.isEmpty()) {
        progress(QStringLiteral("the local copy could not be read (%1); it was set aside as %2 and is made anew")
                     .arg(opened.setAsideReason, opened.setAsidePath));
        if (!create) {
            exitCode =
                fail(QStringLiteral("the local copy was unreadable: run 'ctct sync' to make it anew"), ExitLocal);
            return nullptr;
        }
    }
    return std::move(opened.store);
}

int Cli::usageError(const QString &text)
{
    return fail(text, ExitUsage);
}

int Cli::fail(const QString &text, int code)
{
    const QByteArray line = "error: " + text.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), m_err);
    return code;
}

int Cli::exitCodeFor(ApiError error)
{
    switch (error) {
    case ApiError::None:
        return ExitOk;
    case ApiError::Unauthorized:
    case ApiError::Forbidden:
    case ApiError::NotFound:
    case ApiError::Conflict:
    case ApiError::BadRequest:
    case ApiError::UnsupportedMedia:
    case ApiError::Redirect: // the server address needs fixing, as with a 4xx
        return ExitHttpClient;
    case ApiError::Parse:
    case ApiError::TooLarge:
        return ExitUnreadable;
    case ApiError::Canceled:
    case ApiError::Timeout:
    case ApiError::Network:
    case ApiError::Tls:
    case ApiError::Server:
        break;
    }
    return ExitNetwork;
}

int Cli::reportFailure(const ApiResult &result)
{
    return fail(result.toString(), exitCodeFor(result.error));
}

void Cli::whenDone(ApiJob *job, std::function<void(const ApiResult &)> onSuccess)
{
    job->then(this, [this, onSuccess = std::move(onSuccess)](const ApiResult &result) {
        if (!result.ok()) {
            finish(reportFailure(result));
            return;
        }
        onSuccess(result);
    });
}

void dispatch(Cli &cli, const QString &resource, const QList<Verb> &verbs, QStringList args)
{
    const auto resourceHelp = [&] {
        QString text =
            QStringLiteral("Usage: ctct [global options] %1 <command> [options]\n\nCommands:\n").arg(resource);
        for (const Verb &v : verbs)
            text += QStringLiteral("  %1 %2\n      %3\n").arg(v.name, v.arguments, v.summary);
        text += QStringLiteral("\nRun 'ctct %1 <command> --help' for its options and examples.\n").arg(resource);
        return text;
    };
    if (args.isEmpty()) {
        cli.finish(cli.usageError(QStringLiteral("%1 needs a command\n").arg(resource) + resourceHelp()));
        return;
    }
    const QString name = args.takeFirst();
    if (name == u"--help" || name == u"-h" || name == u"help") {
        cli.print(resourceHelp().toUtf8());
        cli.finish(ExitOk);
        return;
    }
    const auto verb = std::find_if(verbs.begin(), verbs.end(), [&](const Verb &v) { return v.name == name; });
    if (verb == verbs.end()) {
        cli.finish(cli.usageError(QStringLiteral("unknown command '%1 %2'\n").arg(resource, name) + resourceHelp()));
        return;
    }
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QString description = verb->summary;
    if (!verb->examples.isEmpty())
        description += u"\n\nExamples:\n  " + verb->examples.join(QStringLiteral("\n  "));
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOptions(verb->options);
    if (!verb->arguments.isEmpty())
        parser.addPositionalArgument(verb->arguments, QString());
    const QString command = QStringLiteral("ctct %1 %2").arg(resource, verb->name);
    if (!parser.parse(QStringList{command} + args)) {
        cli.finish(cli.usageError(parser.errorText()));
        return;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help.replace(command + QStringLiteral(" [options]"), command + QStringLiteral(" [options]"));
        cli.print(help.toUtf8());
        cli.finish(ExitOk);
        return;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < verb->minArgs || (verb->maxArgs >= 0 && positional.size() > verb->maxArgs)) {
        cli.finish(cli.usageError(QStringLiteral("usage: %1 [options] %2 (see --help)").arg(command, verb->arguments)));
        return;
    }
    // A verb's --dry-run sends nothing, and --offline answers from the local copy: neither needs
    // a connection.
    const auto flag = [&](const QString &name) {
        return std::any_of(verb->options.begin(), verb->options.end(),
                           [&name](const QCommandLineOption &o) { return o.names().contains(name); }) &&
               parser.isSet(name);
    };
    const bool dryRun = flag(QStringLiteral("dry-run")) || flag(QStringLiteral("offline"));
    int code = ExitOk;
    if (!dryRun && !cli.connectAccount(code)) {
        cli.finish(code);
        return;
    }
    verb->run(cli, parser, positional);
}

QCommandLineOption option(const QString &name, const QString &help, const QString &valueName)
{
    return valueName.isEmpty() ? QCommandLineOption(name, help) : QCommandLineOption(name, help, valueName);
}

QCommandLineOption limitOption()
{
    return option(QStringLiteral("limit"), QStringLiteral("Stop after N entries."), QStringLiteral("N"));
}

QCommandLineOption fieldOption()
{
    return option(QStringLiteral("field"),
                  QStringLiteral("Set a field by its API element name, e.g. FirstName=Ann (repeatable)."),
                  QStringLiteral("Name=Value"));
}

bool readLimit(Cli &cli, const QCommandLineParser &p, qsizetype &limit)
{
    limit = -1;
    if (!p.isSet(QStringLiteral("limit")))
        return true;
    bool ok = false;
    limit = p.value(QStringLiteral("limit")).toLongLong(&ok);
    if (!ok || limit < 0) {
        cli.finish(cli.usageError(QStringLiteral("--limit takes a number of entries")));
        return false;
    }
    return true;
}

void printServiceDocument(Cli &cli, ApiJob *job)
{
    cli.whenDone(job, [&cli](const ApiResult &r) {
        const atom::Parsed<atom::Document> doc = atom::readDocument(r.body);
        if (!doc.ok()) {
            cli.finish(cli.reportFailure(parseFailure(r, doc.error.toString())));
            return;
        }
        cli.print(cli.options().format == Format::Xml ? r.body : atom::documentToJson(*doc.value));
        cli.finish(ExitOk);
    });
}

} // namespace ctct::cli
