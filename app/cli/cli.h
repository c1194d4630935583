// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The command line's shared machinery: global options, credentials from the environment or
// standard input (never from arguments), the account's client, the embedded sandbox, output in
// JSON, CSV or XML, and exit codes (design.md §8).

#include "commands.h"

#include "api/apisession.h"
#include "atom/jsonexport.h"

#include <QCommandLineParser>
#include <QObject>

#include <functional>
#include <memory>

namespace ctct::sandbox {
class Sandbox;
}

namespace ctct::cache {
class AccountStore;
}

namespace ctct::cli {

enum class Format { Json, Csv, Xml };

struct GlobalOptions
{
    QString server;
    QString user;
    bool sandbox = false;
    Format format = Format::Json;
    int timeoutSeconds = 30;
    bool verbose = false;
    bool quiet = false;
    bool passwordStdin = false;
};

// Parses the global options in front of the resource; the rest is returned in rest.
// False with a message for usage errors.
bool parseGlobalOptions(const QStringList &arguments, GlobalOptions &options, QStringList &rest, QString &error);

class Cli final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Cli)

public:
    Cli(const GlobalOptions &options, FILE *in, FILE *out, FILE *err, QObject *parent = nullptr);
    ~Cli() override;

    // Sets up the client (and the sandbox); false with the exit code in exitCode on failure.
    bool connectAccount(int &exitCode);
    // The file of the account's local copy, the one ctct-manager keeps too: the sandbox's (by its
    // data folder) with --sandbox, else the --user's at --server. Empty (after a usage error in
    // exitCode) without an account.
    QString storePath(int &exitCode) const;
    // Opens the local copy; create: make it when there is none (ctct sync), else its absence
    // is an error that says to run ctct sync first. nullptr with the exit code on failure; a
    // broken file set aside is said on stderr.
    std::unique_ptr<cache::AccountStore> openStore(bool create, int &exitCode);

    const GlobalOptions &options() const { return m_options; }
    const Operations &ops() const { return m_session->operations(); }
    ApiClient *client() const { return m_session->client(); }

    // Ends the command: main() returns this code.
    void finish(int code);
    Q_SIGNAL void finished(int code);

    void print(const QByteArray &bytes);
    void printLine(const QString &text);
    void progress(const QString &text);
    int usageError(const QString &text);
    int fail(const QString &text, int code);
    // One line on stderr for a failed request; returns its exit code.
    int reportFailure(const ApiResult &result);
    static int exitCodeFor(ApiError error);

    // Runs a job; on success calls onSuccess with the result, on failure reports and finishes.
    void whenDone(ApiJob *job, std::function<void(const ApiResult &)> onSuccess);

    // Prints entries read from a single-entry response, or reports a Parse failure.
    template<typename T>
    void printEntryResult(const ApiResult &result, const QString &kind);

    // Fetches pages (all, or until limit entries) and prints the entries once done.
    template<typename T>
    void listAll(TypedPager<T> *pager, const QString &kind, qsizetype limit = -1,
                 std::function<bool(const T &)> keep = {});

    template<typename T>
    void printEntries(const QList<T> &entries, const QString &kind, const Page<T> &lastPage,
                      const QList<QByteArray> &rawBodies);

    FILE *in() const { return m_in; }

private:
    GlobalOptions m_options;
    FILE *m_in;
    FILE *m_out;
    FILE *m_err;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<ApiSession> m_session;
    bool m_finished = false;
};

// One verb of a resource command: its options, positional arguments and help.
struct Verb
{
    QString name;
    QString arguments; // e.g. "ID" or "EVENT REGISTRANT"
    QString summary;
    QStringList examples;
    QList<QCommandLineOption> options;
    int minArgs = 0;
    int maxArgs = 0; // -1: any number
    std::function<void(Cli &, const QCommandLineParser &, const QStringList &)> run;
};

// Parses "<verb> [options] [args]" for a resource, prints help where asked, connects the
// account and runs the verb.
void dispatch(Cli &cli, const QString &resource, const QList<Verb> &verbs, QStringList args);

// Resource commands; each calls cli.finish() exactly once, possibly later from the event loop.
void runContacts(Cli &cli, QStringList args);
void runLists(Cli &cli, QStringList args);
void runCampaigns(Cli &cli, QStringList args);
void runSettings(Cli &cli, QStringList args);
void runEvents(Cli &cli, QStringList args);
// ctct events checkin (checkincommand.cpp).
Verb eventsCheckInVerb();
void runActivities(Cli &cli, QStringList args);
// ctct sync [--full] (synccommand.cpp): brings the account's local copy up to date.
void runSync(Cli &cli, QStringList args);

// ---------------------------------------------------------------------------- templates

template<typename T>
void Cli::printEntries(const QList<T> &entries, const QString &kind, const Page<T> &lastPage,
                       const QList<QByteArray> &rawBodies)
{
    switch (m_options.format) {
    case Format::Json: {
        Page<T> page = lastPage;
        page.entries = entries;
        print(atom::documentToJson(atom::Document{kind, std::move(page)}));
        break;
    }
    case Format::Csv:
        print(atom::entriesToCsv(entries));
        break;
    case Format::Xml:
        for (const QByteArray &body : rawBodies) {
            print(body);
            if (!body.endsWith('\n'))
                print("\n");
        }
        break;
    }
}

template<typename T>
void Cli::printEntryResult(const ApiResult &result, const QString &kind)
{
    const atom::Parsed<Page<T>> page = atom::readPage<T>(result.body);
    if (!page.ok()) {
        finish(reportFailure(parseFailure(result, page.error.toString())));
        return;
    }
    printEntries(page.value->entries, kind, *page.value, {result.body});
    finish(ExitOk);
}

template<typename T>
void Cli::listAll(TypedPager<T> *pager, const QString &kind, qsizetype limit, std::function<bool(const T &)> keep)
{
    struct State
    {
        QList<T> entries;
        QList<QByteArray> bodies;
        Page<T> last;
    };
    auto state = std::make_shared<State>();
    pager->setParent(this);
    connect(pager, &Pager::pageReady, this, [=, this](int index) {
        Page<T> page = pager->takePage();
        for (T &e : page.entries) {
            if (!keep || keep(e))
                state->entries.append(std::move(e));
        }
        page.entries.clear();
        state->last = std::move(page);
        if (m_options.format == Format::Xml)
            state->bodies.append(pager->result().body);
        if (index > 0)
            progress(QStringLiteral("%1 %2 entries from %3 pages").arg(state->entries.size()).arg(kind).arg(index + 1));
        if (limit >= 0 && state->entries.size() >= limit) {
            state->entries.resize(limit);
            pager->stop();
            printEntries(state->entries, kind, state->last, state->bodies);
            finish(ExitOk);
        }
    });
    connect(pager, &Pager::finished, this, [=, this] {
        if (limit >= 0 && state->entries.size() >= limit && pager->result().ok())
            return; // printed when the limit was reached
        if (!pager->result().ok()) {
            finish(reportFailure(pager->result()));
            return;
        }
        printEntries(state->entries, kind, state->last, state->bodies);
        finish(ExitOk);
    });
    pager->fetchAll();
}

// ------------------------------------------------------------ helpers shared by the commands

QCommandLineOption option(const QString &name, const QString &help, const QString &valueName = {});
QCommandLineOption limitOption();
QCommandLineOption fieldOption();
// --limit N, or -1; false (after reporting) when the value is not a count.
bool readLimit(Cli &cli, const QCommandLineParser &p, qsizetype &limit);

// Applies Name=Value fields by API element name; false (after reporting) on a bad one.
template<typename T>
bool applyFields(Cli &cli, T &value, const QStringList &fields)
{
    for (const QString &f : fields) {
        const qsizetype eq = f.indexOf(u'=');
        QString error;
        if (eq <= 0)
            error = QStringLiteral("--field takes Name=Value, got \"%1\"").arg(f);
        else
            atom::setField(value, QStringView(f).left(eq), f.mid(eq + 1), &error);
        if (!error.isEmpty()) {
            cli.finish(cli.usageError(error));
            return false;
        }
    }
    return true;
}

// GET the resource, let edit change it, PUT the patched entry (unknown elements kept), GET it
// again and print it. get and put are the Operations calls for the resource.
template<typename T>
void editResource(Cli &cli, const QString &id, const QString &kind, ApiJob *(Operations::*get)(const QString &) const,
                  ApiJob *(Operations::*put)(const T &, const QByteArray &) const, std::function<bool(T &)> edit)
{
    cli.whenDone((cli.ops().*get)(id), [&cli, kind, get, put, edit](const ApiResult &got) {
        atom::Parsed<T> parsed = atom::readEntry<T>(got.body);
        if (!parsed.ok()) {
            cli.finish(cli.reportFailure(parseFailure(got, parsed.error.toString())));
            return;
        }
        T value = *parsed.value;
        if (!edit(value))
            return;
        cli.whenDone((cli.ops().*put)(value, got.body), [&cli, kind, get, id = value.id](const ApiResult &) {
            cli.whenDone((cli.ops().*get)(id), [&cli, kind](const ApiResult &r) { cli.printEntryResult<T>(r, kind); });
        });
    });
}

// The same where the edit is setting Name=Value fields.
template<typename T>
void editFields(Cli &cli, const QString &id, const QString &kind, ApiJob *(Operations::*get)(const QString &) const,
                ApiJob *(Operations::*put)(const T &, const QByteArray &) const, const QStringList &fields)
{
    editResource<T>(cli, id, kind, get, put, [&cli, fields](T &value) { return applyFields(cli, value, fields); });
}

// Prints a service document (the event collections of a contact or campaign).
void printServiceDocument(Cli &cli, ApiJob *job);

} // namespace ctct::cli
