// SPDX-License-Identifier: GPL-3.0-or-later
// ctct activities ...: bulk import, remove, clear and export, with --wait.
#include "cli.h"

#include "api/activitytracker.h"
#include "api/importjob.h"
#include "importing/importplan.h"

#include <QFile>
#include <QSaveFile>

#include <tuple>

namespace ctct::cli {

namespace {

const QString kKind = QStringLiteral("Activity");

QCommandLineOption waitOption()
{
    return option(QStringLiteral("wait"), QStringLiteral("Wait until the activity is COMPLETE or ERROR."));
}

QCommandLineOption listsOption(const QString &help)
{
    return option(QStringLiteral("list"), help, QStringLiteral("ID"));
}

// Started activities: printed when all are created (or finished, with --wait).
struct Batch
{
    QList<Activity> activities;
    int failures = 0;
};

void printActivities(Cli &cli, const QList<Activity> &activities)
{
    cli.printEntries(activities, kKind, Page<Activity>{}, {});
}

// CTCT_POLL_MS (tests): the first wait between polls of an activity, the longest four times it.
std::optional<std::pair<std::chrono::milliseconds, std::chrono::milliseconds>> pollIntervals()
{
    if (!qEnvironmentVariableIsSet("CTCT_POLL_MS"))
        return std::nullopt;
    const auto ms = std::chrono::milliseconds(qEnvironmentVariableIntValue("CTCT_POLL_MS"));
    return std::pair{ms, ms * 4};
}

void setPollIntervals(ActivityTracker *tracker)
{
    if (const auto intervals = pollIntervals())
        tracker->setIntervals(intervals->first, intervals->second);
}

void printStatusChange(Cli &cli, QHash<QString, QString> &lastStatus, const Activity &a)
{
    QString &last = lastStatus[a.id];
    if (a.status != last)
        cli.progress(QStringLiteral("activity %1 %2: %3").arg(a.shortId(), a.type, a.status));
    last = a.status;
}

// Follows every activity of the batch to its end, reporting state changes on stderr.
void waitForAll(Cli &cli, const std::shared_ptr<Batch> &batch, std::function<void()> done)
{
    auto pending = std::make_shared<int>(int(batch->activities.size()));
    if (*pending == 0) {
        done();
        return;
    }
    auto lastStatus = std::make_shared<QHash<QString, QString>>();
    for (qsizetype i = 0; i < batch->activities.size(); ++i) {
        auto *tracker = new ActivityTracker(cli.ops(), batch->activities[i].id, &cli);
        setPollIntervals(tracker);
        (*lastStatus)[batch->activities[i].id] = batch->activities[i].status;
        QObject::connect(tracker, &ActivityTracker::progressed, &cli,
                         [&cli, lastStatus](const Activity &a) { printStatusChange(cli, *lastStatus, a); });
        QObject::connect(tracker, &ActivityTracker::finished, &cli, [&cli, batch, i, pending, done](const Activity &a) {
            batch->activities[i] = a;
            for (const ActivityError &e : a.errors)
                cli.progress(QStringLiteral("%1: %2").arg(e.emailAddress, e.message));
            if (a.statusValue() == ActivityStatus::Error)
                ++batch->failures;
            if (--*pending == 0)
                done();
        });
        QObject::connect(tracker, &ActivityTracker::failed, &cli,
                         [&cli](const ApiResult &r) { cli.finish(cli.reportFailure(r)); });
        tracker->start();
    }
}

// Posts the jobs one after another (the API wants no parallel uploads), then prints or waits.
void postAll(Cli &cli, std::shared_ptr<QList<std::function<ApiJob *()>>> jobs, std::shared_ptr<Batch> batch, bool wait)
{
    if (jobs->isEmpty()) {
        const auto finishAll = [&cli, batch] {
            printActivities(cli, batch->activities);
            cli.finish(
                batch->failures
                    ? cli.fail(QStringLiteral("%1 activity(ies) ended in ERROR").arg(batch->failures), ExitHttpClient)
                    : ExitOk);
        };
        if (wait)
            waitForAll(cli, batch, finishAll);
        else
            finishAll();
        return;
    }
    ApiJob *job = jobs->takeFirst()();
    cli.whenDone(job, [&cli, jobs, batch, wait](const ApiResult &r) {
        const atom::Parsed<Activity> a = parseEntry<Activity>(r);
        if (!a.ok()) {
            cli.finish(cli.reportFailure(parseFailure(r, a.error.toString())));
            return;
        }
        batch->activities.append(*a.value);
        cli.progress(
            QStringLiteral("activity %1 %2 created: %3").arg(a.value->shortId(), a.value->type, a.value->status));
        postAll(cli, jobs, batch, wait);
    });
}

int countErrors(const QList<Activity> &activities)
{
    return int(std::count_if(activities.cbegin(), activities.cend(),
                             [](const Activity &a) { return a.statusValue() == ActivityStatus::Error; }));
}

// The end of an import or removal: the activities, then the totals that account for every row.
void finishUpload(Cli &cli, const ImportJob &job, bool wait)
{
    if (!job.failure().ok()) {
        cli.finish(cli.reportFailure(job.failure()));
        return;
    }
    if (!job.followFailure().ok()) {
        cli.finish(cli.reportFailure(job.followFailure()));
        return;
    }
    if (!job.readError().isEmpty()) {
        cli.finish(cli.fail(QStringLiteral("%1: %2").arg(job.path(), job.readError()), ExitUnreadable));
        return;
    }
    printActivities(cli, job.activities());
    const qsizetype local = job.rejectedBeforeSending();
    const qsizetype server = job.serverRejected().size();
    if (wait)
        cli.progress(QStringLiteral("%1 rows in: %2 accepted, %3 rejected before sending, %4 rejected by the server")
                         .arg(job.rows())
                         .arg(job.accepted())
                         .arg(local)
                         .arg(server));
    else
        cli.progress(QStringLiteral("%1 rows in: %2 sent, %3 rejected before sending (--wait reports the server's "
                                    "verdict)")
                         .arg(job.rows())
                         .arg(job.rowsSent())
                         .arg(local));
    if (const int failures = countErrors(job.activities())) {
        cli.finish(cli.fail(QStringLiteral("%1 activity(ies) ended in ERROR").arg(failures), ExitHttpClient));
        return;
    }
    if (local || server) {
        cli.finish(cli.fail(QStringLiteral("%1 row(s) of %2 rejected: %3 before sending, %4 by the server")
                                .arg(local + server)
                                .arg(job.rows())
                                .arg(local)
                                .arg(server),
                            ExitHttpClient));
        return;
    }
    cli.finish(ExitOk);
}

void upload(Cli &cli, const QCommandLineParser &p, const QStringList &args, const QString &type)
{
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    if (!dryRun && p.values(QStringLiteral("list")).isEmpty()) {
        cli.finish(cli.usageError(QStringLiteral("give at least one --list")));
        return;
    }
    const QString path = args[0];
    const bool multipart = !p.isSet(QStringLiteral("form"));
    const bool wait = p.isSet(QStringLiteral("wait"));
    importing::UploadLimits limits;
    limits.formEncoded = !multipart;
    importing::ImportPlan plan = importing::planFileAutomatic(path, {}, limits);
    if (!plan.ok()) {
        const importing::CsvError &e = plan.readError;
        if (e.message.isEmpty())
            cli.finish(cli.fail(QStringLiteral("%1: %2").arg(path, plan.error), ExitUsage));
        else if (e.line > 0)
            cli.finish(
                cli.fail(QStringLiteral("%1: line %2: %3").arg(path).arg(e.line).arg(e.message), ExitUnreadable));
        else
            cli.finish(cli.fail(e.message, ExitUsage));
        return;
    }
    if (dryRun) {
        cli.print(planJson(plan));
        cli.finish(ExitOk);
        return;
    }
    const QStringList leftOut = plan.mapping.leftOut();
    if (!leftOut.isEmpty())
        cli.progress(QStringLiteral("columns left out: %1").arg(leftOut.join(u"; ")));
    for (const importing::RowProblem &r : plan.rejected)
        cli.progress(QStringLiteral("line %1 not sent: %2").arg(r.line).arg(r.message));
    cli.progress(QStringLiteral("%1 of %2 rows from %3 (%4, '%5'-separated) to send in %6 activity(ies)")
                     .arg(plan.valid())
                     .arg(plan.rows)
                     .arg(path, importing::encodingName(plan.encoding),
                          plan.delimiter == '\t' ? QStringLiteral("\\t") : QString(QChar::fromLatin1(plan.delimiter)))
                     .arg(plan.batches.size()));
    QStringList lists;
    for (const QString &l : p.values(QStringLiteral("list")))
        lists.append(cli.ops().listUri(l));
    ImportJob::Options options;
    options.multipart = multipart;
    options.follow = wait;
    if (const auto intervals = pollIntervals())
        std::tie(options.firstPoll, options.maxPoll) = *intervals;
    auto *job = new ImportJob(cli.ops(), path, std::move(plan), type, lists, options, &cli);
    auto lastStatus = std::make_shared<QHash<QString, QString>>();
    QObject::connect(job, &ImportJob::activityCreated, &cli, [&cli, lastStatus](const Activity &a) {
        (*lastStatus)[a.id] = a.status;
        cli.progress(QStringLiteral("activity %1 %2 created: %3").arg(a.shortId(), a.type, a.status));
    });
    QObject::connect(job, &ImportJob::activityProgressed, &cli,
                     [&cli, lastStatus](const Activity &a) { printStatusChange(cli, *lastStatus, a); });
    QObject::connect(job, &ImportJob::activityFinished, &cli,
                     [&cli](const Activity &, const QList<importing::RowProblem> &rejected) {
                         for (const importing::RowProblem &r : rejected)
                             cli.progress(
                                 r.line ? QStringLiteral("line %1 (%2): %3").arg(r.line).arg(r.emailAddress, r.message)
                                        : QStringLiteral("%1: %2").arg(r.emailAddress, r.message));
                     });
    QObject::connect(job, &ImportJob::finished, &cli, [&cli, job, wait] { finishUpload(cli, *job, wait); });
    job->start();
}

QCommandLineOption dryRunOption()
{
    return option(QStringLiteral("dry-run"),
                  QStringLiteral("Send nothing (no account needed): print the plan as JSON, with every row that would "
                                 "be rejected and why, the column mapping and the number of activities."));
}

bool writeFile(Cli &cli, const QString &path, const QByteArray &bytes)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        cli.finish(cli.fail(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()), ExitUsage));
        return false;
    }
    return true;
}

} // namespace

void runActivities(Cli &cli, QStringList args)
{
    QList<Verb> verbs;
    verbs.append(Verb{QStringLiteral("list"),
                      QString(),
                      QStringLiteral("Recent bulk activities, newest first."),
                      {QStringLiteral("ctct activities list")},
                      {limitOption()},
                      0,
                      0,
                      [](Cli &cli, const QCommandLineParser &p, const QStringList &) {
                          qsizetype limit = -1;
                          if (readLimit(cli, p, limit))
                              cli.listAll<Activity>(cli.ops().activities(), kKind, limit);
                      }});
    verbs.append(Verb{QStringLiteral("get"),
                      QStringLiteral("ID"),
                      QStringLiteral("One activity with its errors."),
                      {QStringLiteral("ctct activities get a07e1ffaxjxffmvj6qd")},
                      {},
                      1,
                      1,
                      [](Cli &cli, const QCommandLineParser &, const QStringList &a) {
                          cli.whenDone(cli.ops().getActivity(a[0]),
                                       [&cli](const ApiResult &r) { cli.printEntryResult<Activity>(r, kKind); });
                      }});
    verbs.append(Verb{
        QStringLiteral("import"),
        QStringLiteral("FILE"),
        QStringLiteral(
            "Add or update the contacts of a CSV file on lists. The file may be UTF-8, UTF-16 (with a BOM) or "
            "Windows-1252, delimited by , ; tab or | (or Excel's sep= line). Headers are matched to the API's "
            "columns by name and by what Outlook, Google, Apple, Thunderbird, Mailchimp and Constant Contact "
            "exports call them; columns that match none, or could mean two (a second e-mail, Phone, Name), are "
            "listed as left out. Every row is checked before anything is sent: no e-mail, not an address, a field "
            "over its length, a repeated address (sent once, reported as a duplicate of its first line), too few or "
            "too many fields. Big files go as several activities. Exits 3 when any row was rejected, before "
            "sending or by the server (--wait), and prints the totals."),
        {QStringLiteral("ctct activities import contacts.csv --list 3 --wait"),
         QStringLiteral("ctct activities import outlook.csv --dry-run"),
         QStringLiteral("ctct --sandbox activities import big.csv --list 1 --list 2 --wait --form")},
        {listsOption(QStringLiteral("A list to add the contacts to (repeatable).")), waitOption(), dryRunOption(),
         option(QStringLiteral("type"), QStringLiteral("SV_ADD (default) or ADD_CONTACTS."), QStringLiteral("T")),
         option(QStringLiteral("form"), QStringLiteral("Send form-encoded instead of multipart."))},
        1,
        1,
        [](Cli &cli, const QCommandLineParser &p, const QStringList &a) {
            const QString type = p.isSet(QStringLiteral("type")) ? p.value(QStringLiteral("type")).toUpper()
                                                                 : QString::fromUtf16(activitytype::SvAdd);
            if (type != u"SV_ADD" && type != u"ADD_CONTACTS") {
                cli.finish(cli.usageError(QStringLiteral("--type takes SV_ADD or ADD_CONTACTS")));
                return;
            }
            upload(cli, p, a, type);
        }});
    verbs.append(
        Verb{QStringLiteral("remove"),
             QStringLiteral("FILE"),
             QStringLiteral("Take the contacts of a CSV file (an e-mail column) off lists."),
             {QStringLiteral("ctct activities remove leavers.csv --list 3 --wait"),
              QStringLiteral("ctct activities remove leavers.csv --dry-run")},
             {listsOption(QStringLiteral("A list to remove them from (repeatable).")), waitOption(), dryRunOption(),
              option(QStringLiteral("form"), QStringLiteral("Send form-encoded instead of multipart."))},
             1,
             1,
             [](Cli &cli, const QCommandLineParser &p, const QStringList &a) {
                 upload(cli, p, a, QString::fromUtf16(activitytype::RemoveContactsFromLists));
             }});
    verbs.append(Verb{QStringLiteral("clear"),
                      QString(),
                      QStringLiteral("Remove every contact from lists."),
                      {QStringLiteral("ctct activities clear --list 3 --wait")},
                      {listsOption(QStringLiteral("A list to empty (repeatable).")), waitOption()},
                      0,
                      0,
                      [](Cli &cli, const QCommandLineParser &p, const QStringList &) {
                          const QStringList lists = p.values(QStringLiteral("list"));
                          if (lists.isEmpty()) {
                              cli.finish(cli.usageError(QStringLiteral("give at least one --list")));
                              return;
                          }
                          auto jobs = std::make_shared<QList<std::function<ApiJob *()>>>();
                          jobs->append([&cli, lists] { return cli.ops().createClear(lists); });
                          postAll(cli, jobs, std::make_shared<Batch>(), p.isSet(QStringLiteral("wait")));
                      }});
    verbs.append(Verb{
        QStringLiteral("export"),
        QString(),
        QStringLiteral("Export a list's contacts. With --wait the file is downloaded to --out (or standard output)."),
        {QStringLiteral("ctct activities export --list active --out all.csv --wait"),
         QStringLiteral("ctct activities export --list 3 --columns \"FIRST NAME,LAST NAME\" --sort DATE_DESC --wait")},
        {listsOption(QStringLiteral("The list (id, URI, or active / removed / do-not-mail).")), waitOption(),
         option(QStringLiteral("out"), QStringLiteral("Where to save the file."), QStringLiteral("FILE")),
         option(QStringLiteral("columns"),
                QStringLiteral("API column names, comma-separated (EMAIL ADDRESS is always in)."),
                QStringLiteral("LIST")),
         option(QStringLiteral("file-type"), QStringLiteral("CSV (default) or TXT."), QStringLiteral("T")),
         option(QStringLiteral("sort"), QStringLiteral("EMAIL_ADDRESS (default) or DATE_DESC."), QStringLiteral("S")),
         option(QStringLiteral("no-opt-date"), QStringLiteral("Leave out the opt-in/out date.")),
         option(QStringLiteral("no-opt-source"), QStringLiteral("Leave out the opt-in/out source.")),
         option(QStringLiteral("list-name"), QStringLiteral("Include the list name."))},
        0,
        0,
        [](Cli &cli, const QCommandLineParser &p, const QStringList &) {
            importing::ExportOptions o;
            o.listId = p.value(QStringLiteral("list"));
            if (o.listId.isEmpty()) {
                cli.finish(cli.usageError(QStringLiteral("export needs --list")));
                return;
            }
            if (p.isSet(QStringLiteral("columns"))) {
                for (const QString &c : p.value(QStringLiteral("columns")).split(u',', Qt::SkipEmptyParts)) {
                    const QString column = importing::apiColumnFor(c.trimmed());
                    if (column.isEmpty()) {
                        cli.finish(cli.usageError(QStringLiteral("unknown column \"%1\"").arg(c.trimmed())));
                        return;
                    }
                    o.columns.append(column);
                }
            } else {
                o.columns = importing::apiColumns();
            }
            if (p.isSet(QStringLiteral("file-type")))
                o.fileType = p.value(QStringLiteral("file-type")).toUpper();
            if (p.isSet(QStringLiteral("sort")))
                o.sortBy = p.value(QStringLiteral("sort")).toUpper();
            o.exportOptDate = !p.isSet(QStringLiteral("no-opt-date"));
            o.exportOptSource = !p.isSet(QStringLiteral("no-opt-source"));
            o.exportListName = p.isSet(QStringLiteral("list-name"));
            const bool wait = p.isSet(QStringLiteral("wait"));
            const QString out = p.value(QStringLiteral("out"));
            if (!out.isEmpty() && !wait) {
                cli.finish(
                    cli.usageError(QStringLiteral("--out needs --wait (the file exists once the export is done)")));
                return;
            }
            cli.whenDone(cli.ops().createExport(o), [&cli, wait, out](const ApiResult &r) {
                const atom::Parsed<Activity> a = parseEntry<Activity>(r);
                if (!a.ok()) {
                    cli.finish(cli.reportFailure(parseFailure(r, a.error.toString())));
                    return;
                }
                auto batch = std::make_shared<Batch>();
                batch->activities.append(*a.value);
                if (!wait) {
                    printActivities(cli, batch->activities);
                    cli.finish(ExitOk);
                    return;
                }
                waitForAll(cli, batch, [&cli, batch, out] {
                    const Activity &done = batch->activities.first();
                    if (done.statusValue() != ActivityStatus::Complete) {
                        printActivities(cli, batch->activities);
                        cli.finish(cli.fail(QStringLiteral("the export ended in %1").arg(done.status), ExitHttpClient));
                        return;
                    }
                    cli.whenDone(cli.ops().downloadExport(done), [&cli, batch, out](const ApiResult &file) {
                        if (out.isEmpty()) {
                            cli.print(file.body);
                            cli.finish(ExitOk);
                            return;
                        }
                        if (!writeFile(cli, out, file.body))
                            return;
                        cli.progress(QStringLiteral("saved %1 (%2 bytes)").arg(out).arg(file.body.size()));
                        printActivities(cli, batch->activities);
                        cli.finish(ExitOk);
                    });
                });
            });
        }});
    verbs.append(
        Verb{QStringLiteral("download"),
             QStringLiteral("ID"),
             QStringLiteral("Download the file of a finished export to --out (or standard output)."),
             {QStringLiteral("ctct activities download a07e1ffaxjxffmvj6qd --out contacts.csv")},
             {option(QStringLiteral("out"), QStringLiteral("Where to save the file."), QStringLiteral("FILE"))},
             1,
             1,
             [](Cli &cli, const QCommandLineParser &p, const QStringList &a) {
                 const QString out = p.value(QStringLiteral("out"));
                 cli.whenDone(cli.ops().getActivity(a[0]), [&cli, out](const ApiResult &r) {
                     const atom::Parsed<Activity> act = parseEntry<Activity>(r);
                     if (!act.ok()) {
                         cli.finish(cli.reportFailure(parseFailure(r, act.error.toString())));
                         return;
                     }
                     if (act.value->fileName.isEmpty()) {
                         cli.finish(cli.fail(QStringLiteral("activity %1 has no file (%2 %3)")
                                                 .arg(act.value->shortId(), act.value->type, act.value->status),
                                             ExitUsage));
                         return;
                     }
                     cli.whenDone(cli.ops().downloadExport(*act.value), [&cli, out](const ApiResult &file) {
                         if (out.isEmpty())
                             cli.print(file.body);
                         else if (!writeFile(cli, out, file.body))
                             return;
                         cli.finish(ExitOk);
                     });
                 });
             }});
    dispatch(cli, QStringLiteral("activities"), verbs, std::move(args));
}

} // namespace ctct::cli
