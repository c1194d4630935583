// SPDX-License-Identifier: GPL-3.0-or-later
// ctct campaigns ... and ctct events ...
#include "cli.h"

#include "api/campaignreportjob.h"
#include "atom/atomdate.h"
#include "cache/accountstore.h"

#include <QFile>

namespace ctct::cli {

namespace {

bool readFileText(Cli &cli, const QString &path, QString &out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        cli.finish(cli.fail(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()), ExitUsage));
        return false;
    }
    out = QString::fromUtf8(f.readAll());
    return true;
}

// The verified sender address with this e-mail (FromEmail/ReplyToEmail need its id).
void findSender(Cli &cli, const QString &email, std::function<void(const EmailRef &)> found)
{
    auto *pager = cli.ops().emailAddresses(&cli);
    auto result = std::make_shared<EmailRef>();
    QObject::connect(pager, &Pager::pageReady, &cli, [pager, email, result](int) {
        for (const EmailAddress &a : pager->page().entries) {
            if (a.emailAddress.compare(email, Qt::CaseInsensitive) == 0)
                *result = {a.id, a.emailAddress};
        }
    });
    QObject::connect(pager, &Pager::finished, &cli, [&cli, pager, email, result, found] {
        if (!pager->result().ok()) {
            cli.finish(cli.reportFailure(pager->result()));
            return;
        }
        if (result->isEmpty()) {
            cli.finish(cli.fail(
                QStringLiteral("%1 is not a sender address of this account (see ctct settings emails)").arg(email),
                ExitUsage));
            return;
        }
        found(*result);
    });
    pager->fetchAll();
}

} // namespace

void runCampaigns(Cli &cli, QStringList args)
{
    const QString kind = QStringLiteral("Campaign");
    QList<Verb> verbs;
    verbs.append(Verb{
        QStringLiteral("list"),
        QString(),
        QStringLiteral("Campaigns, newest first, optionally by status."),
        {QStringLiteral("ctct campaigns list --status sent")},
        {option(QStringLiteral("status"), QStringLiteral("draft, running, scheduled or sent."), QStringLiteral("S")),
         limitOption()},
        0,
        0,
        [kind](Cli &cli, const QCommandLineParser &p, const QStringList &) {
            qsizetype limit = -1;
            if (readLimit(cli, p, limit))
                cli.listAll<Campaign>(cli.ops().campaigns(p.value(QStringLiteral("status"))), kind, limit);
        }});
    verbs.append(Verb{QStringLiteral("get"),
                      QStringLiteral("ID"),
                      QStringLiteral("One campaign with its content, lists, counts and links."),
                      {QStringLiteral("ctct campaigns get 1100546096289")},
                      {},
                      1,
                      1,
                      [kind](Cli &cli, const QCommandLineParser &, const QStringList &a) {
                          cli.whenDone(cli.ops().getCampaign(a[0]),
                                       [&cli, kind](const ApiResult &r) { cli.printEntryResult<Campaign>(r, kind); });
                      }});
    verbs.append(Verb{
        QStringLiteral("create"),
        QString(),
        QStringLiteral("Create a draft campaign with your own HTML."),
        {QStringLiteral("ctct campaigns create --name \"June news\" --subject \"News\" --from-name \"Acme\" "
                        "--from-email news@acme.example --list 3 --html-file june.html --text-file june.txt "
                        "--field OrganizationName=Acme")},
        {option(QStringLiteral("name"), QStringLiteral("Unique campaign name (required)."), QStringLiteral("NAME")),
         option(QStringLiteral("subject"), QStringLiteral("Subject line (required)."), QStringLiteral("TEXT")),
         option(QStringLiteral("from-name"), QStringLiteral("Sender name (required)."), QStringLiteral("TEXT")),
         option(QStringLiteral("from-email"), QStringLiteral("A verified sender address (required)."),
                QStringLiteral("E")),
         option(QStringLiteral("reply-to"), QStringLiteral("A verified reply address (default: the sender)."),
                QStringLiteral("E")),
         option(QStringLiteral("list"), QStringLiteral("A list to send to (repeatable)."), QStringLiteral("ID")),
         option(QStringLiteral("html-file"), QStringLiteral("The HTML content."), QStringLiteral("FILE")),
         option(QStringLiteral("text-file"), QStringLiteral("The plain-text content."), QStringLiteral("FILE")),
         fieldOption()},
        0,
        0,
        [kind](Cli &cli, const QCommandLineParser &p, const QStringList &) {
            Campaign c;
            c.name = p.value(QStringLiteral("name"));
            c.subject = p.value(QStringLiteral("subject"));
            c.fromName = p.value(QStringLiteral("from-name"));
            const QString from = p.value(QStringLiteral("from-email"));
            const QString replyTo = p.isSet(QStringLiteral("reply-to")) ? p.value(QStringLiteral("reply-to")) : from;
            if (c.name.isEmpty() || c.subject.isEmpty() || c.fromName.isEmpty() || from.isEmpty()) {
                cli.finish(
                    cli.usageError(QStringLiteral("create needs --name, --subject, --from-name and --from-email")));
                return;
            }
            c.status = QStringLiteral("Draft");
            c.viewAsWebpage = QStringLiteral("NO");
            c.permissionReminder = QStringLiteral("NO");
            c.greetingName = QStringLiteral("FirstName");
            c.greetingSalutation = QStringLiteral("Dear");
            c.includeForwardEmail = QStringLiteral("NO");
            c.includeSubscribeLink = QStringLiteral("NO");
            c.emailContentFormat = QStringLiteral("HTML");
            QString html = QStringLiteral("<html><body><p>%1</p></body></html>").arg(c.subject.toHtmlEscaped());
            QString text = c.subject;
            if (p.isSet(QStringLiteral("html-file")) && !readFileText(cli, p.value(QStringLiteral("html-file")), html))
                return;
            if (p.isSet(QStringLiteral("text-file")) && !readFileText(cli, p.value(QStringLiteral("text-file")), text))
                return;
            c.emailContent = html;
            c.emailTextContent = u"<Text>" + text.toHtmlEscaped() + u"</Text>";
            for (const QString &l : p.values(QStringLiteral("list")))
                c.contactLists.append(cli.ops().listUri(l));
            c.hasContactLists = true;
            if (!applyFields(cli, c, p.values(QStringLiteral("field"))))
                return;
            findSender(cli, from, [&cli, c, replyTo, kind](const EmailRef &sender) mutable {
                c.fromEmail = sender;
                findSender(cli, replyTo, [&cli, c, kind](const EmailRef &reply) mutable {
                    c.replyToEmail = reply;
                    cli.whenDone(cli.ops().createCampaign(c),
                                 [&cli, kind](const ApiResult &r) { cli.printEntryResult<Campaign>(r, kind); });
                });
            });
        }});
    verbs.append(Verb{QStringLiteral("update"),
                      QStringLiteral("ID"),
                      QStringLiteral("Change a draft or scheduled campaign (other elements are kept)."),
                      {QStringLiteral("ctct campaigns update 1100567123456 --field Subject=\"New subject\"")},
                      {fieldOption(), option(QStringLiteral("list"), QStringLiteral("Replace the lists (repeatable)."),
                                             QStringLiteral("ID"))},
                      1,
                      1,
                      [kind](Cli &cli, const QCommandLineParser &p, const QStringList &a) {
                          const Operations &ops = cli.ops();
                          const QStringList fields = p.values(QStringLiteral("field"));
                          QStringList lists;
                          for (const QString &l : p.values(QStringLiteral("list")))
                              lists.append(ops.listUri(l));
                          editResource<Campaign>(cli, a[0], kind, &Operations::getCampaign, &Operations::updateCampaign,
                                                 [&cli, fields, lists](Campaign &c) {
                                                     if (!lists.isEmpty())
                                                         c.contactLists = lists;
                                                     return applyFields(cli, c, fields);
                                                 });
                      }});
    verbs.append(Verb{QStringLiteral("delete"),
                      QStringLiteral("ID"),
                      QStringLiteral("Delete a draft or scheduled campaign."),
                      {QStringLiteral("ctct campaigns delete 1100567123456")},
                      {},
                      1,
                      1,
                      [](Cli &cli, const QCommandLineParser &, const QStringList &a) {
                          cli.whenDone(cli.ops().deleteCampaign(a[0]), [&cli, id = a[0]](const ApiResult &) {
                              cli.progress(QStringLiteral("campaign %1 deleted").arg(shortIdOf(id)));
                              cli.finish(ExitOk);
                          });
                      }});
    verbs.append(Verb{
        QStringLiteral("schedule"),
        QStringLiteral("ID TIME"),
        QStringLiteral("Schedule a draft to be sent at TIME (ISO 8601; without an offset, UTC). It becomes Scheduled."),
        {QStringLiteral("ctct campaigns schedule 1100567123456 2027-03-01T09:00:00+01:00")},
        {},
        2,
        2,
        [kind](Cli &cli, const QCommandLineParser &, const QStringList &a) {
            const QDateTime when = atom::parseDateTime(a[1]);
            if (!when.isValid()) {
                cli.finish(cli.usageError(
                    QStringLiteral("TIME must be an ISO 8601 date-time such as 2027-03-01T09:00:00Z (got \"%1\")")
                        .arg(a[1])));
                return;
            }
            cli.whenDone(cli.ops().scheduleCampaign(a[0], when), [&cli, kind, id = a[0]](const ApiResult &) {
                cli.whenDone(cli.ops().getCampaign(id),
                             [&cli, kind](const ApiResult &r) { cli.printEntryResult<Campaign>(r, kind); });
            });
        }});
    verbs.append(Verb{QStringLiteral("unschedule"),
                      QStringLiteral("ID"),
                      QStringLiteral("Cancel a scheduled campaign's sending; it becomes a draft again."),
                      {QStringLiteral("ctct campaigns unschedule 1100567123456")},
                      {},
                      1,
                      1,
                      [kind](Cli &cli, const QCommandLineParser &, const QStringList &a) {
                          cli.whenDone(cli.ops().unscheduleCampaign(a[0]), [&cli, kind, id = a[0]](const ApiResult &) {
                              cli.whenDone(cli.ops().getCampaign(id), [&cli, kind](const ApiResult &r) {
                                  cli.printEntryResult<Campaign>(r, kind);
                              });
                          });
                      }});
    verbs.append(
        Verb{QStringLiteral("events"),
             QStringLiteral("ID"),
             QStringLiteral("Who was sent, opened, clicked, bounced, forwarded or opted out (last 90 days); without "
                            "--kind the collections available."),
             {QStringLiteral("ctct campaigns events 1100546096289 --kind opens"),
              QStringLiteral("ctct campaigns events 1100546096289 --kind bounces --page-size 200 --format csv")},
             {option(QStringLiteral("kind"), QStringLiteral("sends, opens, clicks, bounces, forwards or optouts."),
                     QStringLiteral("K")),
              option(QStringLiteral("page-size"), QStringLiteral("Entries per request, 1-200 (default 50)."),
                     QStringLiteral("N")),
              limitOption()},
             1,
             1,
             [](Cli &cli, const QCommandLineParser &p, const QStringList &a) {
                 qsizetype limit = -1;
                 if (!readLimit(cli, p, limit))
                     return;
                 if (!p.isSet(QStringLiteral("kind"))) {
                     printServiceDocument(cli, cli.ops().campaignEventsService(a[0]));
                     return;
                 }
                 const auto kind = campaignEventKindFromCollection(p.value(QStringLiteral("kind")));
                 if (!kind) {
                     cli.finish(cli.usageError(
                         QStringLiteral("--kind takes sends, opens, clicks, bounces, forwards or optouts")));
                     return;
                 }
                 int pageSize = 0;
                 if (p.isSet(QStringLiteral("page-size"))) {
                     bool ok = false;
                     pageSize = p.value(QStringLiteral("page-size")).toInt(&ok);
                     if (!ok || pageSize < 1 || pageSize > 200) {
                         cli.finish(cli.usageError(QStringLiteral("--page-size takes 1 to 200")));
                         return;
                     }
                 }
                 cli.listAll<CampaignEvent>(cli.ops().campaignEvents(a[0], *kind, pageSize),
                                            campaignEventElement(*kind), limit);
             }});
    verbs.append(Verb{
        QStringLiteral("report"),
        QStringLiteral("ID"),
        QStringLiteral("How a campaign did: its counts, the entries of its six event feeds (last 90 days), unique "
                       "counts, rates over delivered mail, bounces by code, clicks per link and opens and clicks "
                       "over time (by hour for the first two days, then by day, in the local time zone). With "
                       "--format csv the key figures as one row."),
        {QStringLiteral("ctct campaigns report 1100546096289"),
         QStringLiteral("ctct campaigns report 1100546096289 --format csv"),
         QStringLiteral("ctct --sandbox campaigns report 1100546096289 --offline")},
        {option(QStringLiteral("offline"),
                QStringLiteral("Answer from the account's local copy (see 'ctct sync'), without the server: its "
                               "events go back as far as it has kept them, past the server's 90 days "
                               "(localCopy.dataSince in the JSON)."))},
        1,
        1,
        [](Cli &cli, const QCommandLineParser &p, const QStringList &a) {
            if (cli.options().format == Format::Xml) {
                cli.finish(cli.usageError(QStringLiteral("report prints JSON or CSV (--format json|csv)")));
                return;
            }
            std::shared_ptr<cache::AccountStore> store;
            const bool offline = p.isSet(QStringLiteral("offline"));
            if (offline) {
                int code = ExitOk;
                store = cli.openStore(false, code);
                if (!store) {
                    cli.finish(code);
                    return;
                }
            }
            // Offline there is no session: the job only reads the local copy.
            static const Operations none(nullptr);
            auto *job = new CampaignReportJob(offline ? none : cli.ops(), a[0], &cli);
            if (store)
                job->setStore(store.get(), true);
            QObject::connect(job, &CampaignReportJob::progress, &cli, [&cli, job](qint64 fetched, qint64 expected) {
                if (job->pagesFetched() > 0 && job->pagesFetched() % 10 == 0)
                    cli.progress(QStringLiteral("%1 of about %2 events").arg(fetched).arg(expected));
            });
            QObject::connect(job, &CampaignReportJob::finished, &cli, [&cli, job, store, offline] {
                job->deleteLater();
                if (!job->result().ok()) {
                    if (offline) {
                        cli.finish(cli.fail(
                            QStringLiteral("the local copy has no entry of campaign %1 (run 'ctct sync' first)")
                                .arg(job->campaignId()),
                            ExitLocal));
                        return;
                    }
                    cli.finish(cli.reportFailure(job->result()));
                    return;
                }
                const reporting::CampaignReport &report = job->data()->report;
                cli.print(cli.options().format == Format::Csv ? reporting::toCsv(report) : reporting::toJson(report));
                cli.finish(ExitOk);
            });
            job->start();
        }});
    dispatch(cli, QStringLiteral("campaigns"), verbs, std::move(args));
}

void runEvents(Cli &cli, QStringList args)
{
    const QString kind = QStringLiteral("Event");
    const QList<QCommandLineOption> eventOptions{
        option(QStringLiteral("name"), QStringLiteral("The event's name."), QStringLiteral("NAME")),
        option(QStringLiteral("title"), QStringLiteral("The title shown to registrants."), QStringLiteral("TEXT")),
        option(QStringLiteral("start"), QStringLiteral("Start, e.g. 2024-06-01T18:00:00-04:00."),
               QStringLiteral("DATE")),
        option(QStringLiteral("end"), QStringLiteral("End."), QStringLiteral("DATE")),
        fieldOption(),
    };
    const auto eventFieldArgs = [](const QCommandLineParser &p) {
        QStringList fields;
        for (const auto &[option, element] :
             {std::pair{"name", "Name"}, {"title", "Title"}, {"start", "StartDate"}, {"end", "EndDate"}}) {
            if (p.isSet(QString::fromLatin1(option)))
                fields.append(QString::fromLatin1(element) + u'=' + p.value(QString::fromLatin1(option)));
        }
        return fields + p.values(QStringLiteral("field"));
    };
    QList<Verb> verbs;
    verbs.append(Verb{QStringLiteral("list"),
                      QString(),
                      QStringLiteral("Event-marketing events, by start date."),
                      {QStringLiteral("ctct events list")},
                      {limitOption()},
                      0,
                      0,
                      [kind](Cli &cli, const QCommandLineParser &p, const QStringList &) {
                          qsizetype limit = -1;
                          if (readLimit(cli, p, limit))
                              cli.listAll<Event>(cli.ops().events(), kind, limit);
                      }});
    verbs.append(Verb{QStringLiteral("get"),
                      QStringLiteral("ID"),
                      QStringLiteral("One event with fees and payment options."),
                      {QStringLiteral("ctct events get a07e1hoasmu0e644426")},
                      {},
                      1,
                      1,
                      [kind](Cli &cli, const QCommandLineParser &, const QStringList &a) {
                          cli.whenDone(cli.ops().getEvent(a[0]),
                                       [&cli, kind](const ApiResult &r) { cli.printEntryResult<Event>(r, kind); });
                      }});
    verbs.append(Verb{QStringLiteral("create"),
                      QString(),
                      QStringLiteral("Create a draft event."),
                      {QStringLiteral("ctct events create --name \"Harbor cleanup\" --start 2024-06-01T09:00:00-04:00 "
                                      "--end 2024-06-01T13:00:00-04:00 --field EventType=OTHER")},
                      eventOptions,
                      0,
                      0,
                      [kind, eventFieldArgs](Cli &cli, const QCommandLineParser &p, const QStringList &) {
                          Event e;
                          if (!p.isSet(QStringLiteral("name"))) {
                              cli.finish(cli.usageError(QStringLiteral("create needs --name")));
                              return;
                          }
                          if (!applyFields(cli, e, eventFieldArgs(p)))
                              return;
                          cli.whenDone(cli.ops().createEvent(e),
                                       [&cli, kind](const ApiResult &r) { cli.printEntryResult<Event>(r, kind); });
                      }});
    verbs.append(Verb{QStringLiteral("update"),
                      QStringLiteral("ID"),
                      QStringLiteral("Change an event (other elements are kept)."),
                      {QStringLiteral("ctct events update a07e1hoasmu0e644426 --title \"New title\"")},
                      eventOptions,
                      1,
                      1,
                      [kind, eventFieldArgs](Cli &cli, const QCommandLineParser &p, const QStringList &a) {
                          editFields<Event>(cli, a[0], kind, &Operations::getEvent, &Operations::updateEvent,
                                            eventFieldArgs(p));
                      }});
    verbs.append(Verb{QStringLiteral("registrants"),
                      QStringLiteral("EVENT"),
                      QStringLiteral("Who registered for an event."),
                      {QStringLiteral("ctct events registrants a07e1hoasmu0e644426 --format csv")},
                      {limitOption()},
                      1,
                      1,
                      [](Cli &cli, const QCommandLineParser &p, const QStringList &a) {
                          qsizetype limit = -1;
                          if (readLimit(cli, p, limit))
                              cli.listAll<Registrant>(cli.ops().registrants(a[0]), QStringLiteral("Registrant"), limit);
                      }});
    verbs.append(Verb{QStringLiteral("registrant"),
                      QStringLiteral("EVENT REGISTRANT"),
                      QStringLiteral("One registrant with contact details, answers and costs."),
                      {QStringLiteral("ctct events registrant a07e1hoasmu0e644426 001Rq7Hk2Zp")},
                      {},
                      2,
                      2,
                      [](Cli &cli, const QCommandLineParser &, const QStringList &a) {
                          cli.whenDone(cli.ops().getRegistrant(a[0], a[1]), [&cli](const ApiResult &r) {
                              cli.printEntryResult<Registrant>(r, QStringLiteral("Registrant"));
                          });
                      }});
    verbs.append(Verb{QStringLiteral("guests"),
                      QStringLiteral("EVENT REGISTRANT"),
                      QStringLiteral("A registrant's guests."),
                      {QStringLiteral("ctct events guests a07e1hoasmu0e644426 001Rq7Hk2Zp")},
                      {},
                      2,
                      2,
                      [](Cli &cli, const QCommandLineParser &, const QStringList &a) {
                          cli.listAll<Guest>(cli.ops().guests(a[0], a[1]), QStringLiteral("Guest"));
                      }});
    verbs.append(Verb{QStringLiteral("guest"),
                      QStringLiteral("EVENT REGISTRANT GUEST"),
                      QStringLiteral("One guest."),
                      {QStringLiteral("ctct events guest a07e1hoasmu0e644426 001Rq7Hk2Zp 1")},
                      {},
                      3,
                      3,
                      [](Cli &cli, const QCommandLineParser &, const QStringList &a) {
                          cli.whenDone(cli.ops().getGuest(a[0], a[1], a[2]), [&cli](const ApiResult &r) {
                              cli.printEntryResult<Guest>(r, QStringLiteral("Guest"));
                          });
                      }});
    verbs.append(
        Verb{QStringLiteral("attendance"),
             QStringLiteral("EVENT REGISTRANT"),
             QStringLiteral("Show or set whether a registrant attended (ATTENDED or NOT_ATTENDED)."),
             {QStringLiteral("ctct events attendance a07e1hoasmu0e644426 001Rq7Hk2Zp --set ATTENDED")},
             {option(QStringLiteral("set"), QStringLiteral("ATTENDED or NOT_ATTENDED."), QStringLiteral("STATUS")),
              option(QStringLiteral("type"), QStringLiteral("GROUP (with guests, the default) or INDIVIDUAL."),
                     QStringLiteral("T"))},
             2,
             2,
             [](Cli &cli, const QCommandLineParser &p, const QStringList &a) {
                 const QString kindName = QStringLiteral("AttendanceStatus");
                 const auto show = [&cli, a, kindName] {
                     cli.whenDone(cli.ops().getAttendance(a[0], a[1]), [&cli, kindName](const ApiResult &r) {
                         cli.printEntryResult<AttendanceStatus>(r, kindName);
                     });
                 };
                 if (!p.isSet(QStringLiteral("set"))) {
                     show();
                     return;
                 }
                 const QString status = p.value(QStringLiteral("set")).toUpper();
                 if (status != u"ATTENDED" && status != u"NOT_ATTENDED") {
                     cli.finish(cli.usageError(QStringLiteral("--set takes ATTENDED or NOT_ATTENDED")));
                     return;
                 }
                 const QString type = p.isSet(QStringLiteral("type")) ? p.value(QStringLiteral("type")).toUpper()
                                                                      : QStringLiteral("GROUP");
                 cli.whenDone(cli.ops().setAttendance(a[0], a[1], status, type), [show](const ApiResult &) { show(); });
             }});
    verbs.append(
        Verb{QStringLiteral("payment"),
             QStringLiteral("EVENT REGISTRANT"),
             QStringLiteral("Show or set a registrant's payment status (PENDING, COMPLETED, CANCELLED, REFUNDED)."),
             {QStringLiteral("ctct events payment a07e1hoasmu0e644426 001Rq7Hk2Zp --set COMPLETED")},
             {option(QStringLiteral("set"), QStringLiteral("The new payment status."), QStringLiteral("STATUS"))},
             2,
             2,
             [](Cli &cli, const QCommandLineParser &p, const QStringList &a) {
                 const QString kindName = QStringLiteral("PaymentStatus");
                 const auto show = [&cli, a, kindName] {
                     cli.whenDone(cli.ops().getPayment(a[0], a[1]), [&cli, kindName](const ApiResult &r) {
                         cli.printEntryResult<PaymentStatus>(r, kindName);
                     });
                 };
                 if (!p.isSet(QStringLiteral("set"))) {
                     show();
                     return;
                 }
                 cli.whenDone(cli.ops().setPayment(a[0], a[1], p.value(QStringLiteral("set")).toUpper()),
                              [show](const ApiResult &) { show(); });
             }});
    verbs.append(eventsCheckInVerb());
    dispatch(cli, QStringLiteral("events"), verbs, std::move(args));
}

} // namespace ctct::cli
