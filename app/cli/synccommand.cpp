// SPDX-License-Identifier: GPL-3.0-or-later
// ctct sync [--full]: brings the account's local copy (the one ctct-manager keeps) up to date
// and prints what changed; --offline commands answer from it afterwards.
#include "cache/syncjob.h"
#include "cli.h"

#include "atom/jsonwriter.h"
#include "reporting/campaignreport.h"

#include <QCommandLineParser>

namespace ctct::cli {

namespace {

QByteArray summaryJson(const cache::SyncSummary &s, const QString &path)
{
    JsonWriter j;
    j.beginObject();
    j.field(u"full", s.full);
    j.field(u"resumed", s.resumed);
    j.field(u"requests", qint64(s.requests));
    j.field(u"contactsAdded", qint64(s.contactsAdded));
    j.field(u"contactsChanged", qint64(s.contactsChanged));
    j.field(u"membershipChanges", qint64(s.membershipChanges));
    j.field(u"listsAdded", qint64(s.listsAdded));
    j.field(u"listsRemoved", qint64(s.listsRemoved));
    j.field(u"listsRewalked", qint64(s.listsRewalked));
    j.field(u"campaignsChanged", qint64(s.campaignsChanged));
    j.field(u"eventsAdded", qint64(s.eventsAdded));
    j.field(u"serverTime", s.serverTime.isValid() ? s.serverTime.toUTC().toString(Qt::ISODateWithMs) : QString());
    j.field(u"store", path);
    j.endObject();
    QByteArray out = j.data();
    out.append('\n');
    return out;
}

QByteArray summaryCsv(const cache::SyncSummary &s, const QString &path)
{
    QByteArray out = "full,resumed,requests,contactsAdded,contactsChanged,membershipChanges,listsAdded,listsRemoved,"
                     "listsRewalked,campaignsChanged,eventsAdded,serverTime,store\n";
    const QByteArrayList row{s.full ? "true" : "false",
                             s.resumed ? "true" : "false",
                             QByteArray::number(s.requests),
                             QByteArray::number(s.contactsAdded),
                             QByteArray::number(s.contactsChanged),
                             QByteArray::number(s.membershipChanges),
                             QByteArray::number(s.listsAdded),
                             QByteArray::number(s.listsRemoved),
                             QByteArray::number(s.listsRewalked),
                             QByteArray::number(s.campaignsChanged),
                             QByteArray::number(s.eventsAdded),
                             s.serverTime.toUTC().toString(Qt::ISODateWithMs).toUtf8(),
                             reporting::csvField(path)};
    out += row.join(',');
    out += '\n';
    return out;
}

} // namespace

void runSync(Cli &cli, QStringList args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Bring the account's local copy up to date (the copy ctct-manager shows; 'contacts list --offline' and "
        "'campaigns report ID --offline' answer from it). The first sync copies the whole account; it can be "
        "interrupted and continues where it stopped. Later ones fetch only what changed since, and the new "
        "campaign events; events stay in the copy after the server's 90 days.\n\n"
        "Prints what changed as JSON (or CSV with --format csv).\n\nExamples:\n"
        "  ctct --sandbox sync\n  ctct --user joe sync --full"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("full"), QStringLiteral("Copy the whole account again, not only what changed.")});
    if (!parser.parse(QStringList{QStringLiteral("ctct sync")} + args)) {
        cli.finish(cli.usageError(parser.errorText()));
        return;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli.print(parser.helpText().toUtf8());
        cli.finish(ExitOk);
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        cli.finish(cli.usageError(QStringLiteral("usage: ctct sync [--full] (see --help)")));
        return;
    }
    if (cli.options().format == Format::Xml) {
        cli.finish(cli.usageError(QStringLiteral("sync prints JSON or CSV (--format json|csv)")));
        return;
    }
    int code = ExitOk;
    if (!cli.connectAccount(code)) {
        cli.finish(code);
        return;
    }
    std::shared_ptr<cache::AccountStore> store = cli.openStore(true, code);
    if (!store) {
        cli.finish(code);
        return;
    }
    auto *job = new cache::SyncJob(
        store.get(), cli.ops(),
        parser.isSet(QStringLiteral("full")) ? cache::SyncJob::Mode::Full : cache::SyncJob::Mode::Auto, &cli);
    auto lastProgress = std::make_shared<QString>();
    QObject::connect(job, &cache::SyncJob::progress, &cli,
                     [&cli, lastProgress](qint64 done, qint64, const QString &what) {
                         // A line now and then, not one per page.
                         if (done % 20 == 1 || what.section(u':', 0, 0) != lastProgress->section(u':', 0, 0))
                             cli.progress(what);
                         *lastProgress = what;
                     });
    QObject::connect(job, &cache::SyncJob::finished, &cli, [&cli, job, store] {
        job->deleteLater();
        const cache::SyncSummary &s = job->summary();
        if (!job->result().ok()) {
            if (s.full && job->result().error != ApiError::Canceled)
                cli.progress(QStringLiteral("the copy stopped after %1 requests; the next 'ctct sync' continues there")
                                 .arg(s.requests));
            cli.finish(job->storeFailed() ? cli.fail(job->result().message, ExitLocal)
                                          : cli.reportFailure(job->result()));
            return;
        }
        cli.print(cli.options().format == Format::Csv ? summaryCsv(s, store->path()) : summaryJson(s, store->path()));
        cli.finish(ExitOk);
    });
    job->start();
}

} // namespace ctct::cli
