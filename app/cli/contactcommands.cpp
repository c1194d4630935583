// SPDX-License-Identifier: GPL-3.0-or-later
// ctct contacts ... and ctct lists ... and ctct settings ...
#include "cli.h"

#include "atom/atomdate.h"
#include "cache/accountstore.h"

namespace ctct::cli {

namespace {

std::optional<CampaignEventKind> kindOption(Cli &cli, const QString &text)
{
    const auto kind = campaignEventKindFromCollection(text);
    if (!kind)
        cli.finish(cli.usageError(
            QStringLiteral("--kind takes sends, opens, clicks, bounces, forwards or optouts, got \"%1\"").arg(text)));
    return kind;
}

// Runs several pagers one after another and prints everything they returned.
void searchChain(Cli &cli, std::shared_ptr<QList<QUrl>> urls, std::shared_ptr<QList<Contact>> found)
{
    if (urls->isEmpty()) {
        cli.printEntries(*found, QStringLiteral("Contact"), Page<Contact>{}, {});
        cli.finish(ExitOk);
        return;
    }
    auto *pager = cli.ops().contacts(urls->takeFirst(), &cli);
    QObject::connect(pager, &Pager::pageReady, &cli, [pager, found](int) { found->append(pager->takePage().entries); });
    QObject::connect(pager, &Pager::finished, &cli, [&cli, pager, urls, found] {
        if (!pager->result().ok()) {
            cli.finish(cli.reportFailure(pager->result()));
            return;
        }
        searchChain(cli, urls, found);
    });
    pager->fetchAll();
}

// contacts list --offline: the same filters over the local copy.
void listOffline(Cli &cli, const QCommandLineParser &p, const QString &kind, qsizetype limit)
{
    if (cli.options().format == Format::Xml) {
        cli.finish(cli.usageError(QStringLiteral("--offline prints JSON or CSV (the copy keeps no XML of summaries)")));
        return;
    }
    int code = ExitOk;
    const std::unique_ptr<cache::AccountStore> store = cli.openStore(false, code);
    if (!store) {
        cli.finish(code);
        return;
    }
    QString view;
    QString exactStatus;
    if (p.isSet(QStringLiteral("status"))) {
        static const QHash<QString, std::pair<QString, QString>> statuses{
            {QStringLiteral("active"), {QStringLiteral("active"), QStringLiteral("Active")}},
            {QStringLiteral("unconfirmed"), {QStringLiteral("active"), QStringLiteral("Unconfirmed")}},
            {QStringLiteral("removed"), {QStringLiteral("removed"), QStringLiteral("Removed")}},
            {QStringLiteral("do-not-mail"), {QStringLiteral("do-not-mail"), QStringLiteral("Do Not Mail")}},
        };
        const QString s = p.value(QStringLiteral("status")).toLower();
        if (!statuses.contains(s)) {
            cli.finish(cli.usageError(QStringLiteral("--status takes active, unconfirmed, removed or do-not-mail")));
            return;
        }
        view = statuses.value(s).first;
        exactStatus = statuses.value(s).second;
    }
    if (p.isSet(QStringLiteral("list-type"))) {
        const QString t = p.value(QStringLiteral("list-type"));
        if (t != u"active" && t != u"removed" && t != u"do-not-mail") {
            cli.finish(cli.usageError(QStringLiteral("--list-type takes active, removed or do-not-mail")));
            return;
        }
        view = t;
    }
    const QString list = p.value(QStringLiteral("list"));
    if (!list.isEmpty())
        view = list;
    QDateTime since;
    if (p.isSet(QStringLiteral("updated-since"))) {
        since = atom::parseDateTime(p.value(QStringLiteral("updated-since")));
        if (!since.isValid()) {
            cli.finish(cli.usageError(QStringLiteral("--updated-since takes a UTC time like 2024-05-01T00:00:00Z")));
            return;
        }
    }
    QString error;
    const std::vector<cache::CachedContact> cached = cache::AccountStore::readContacts(store->path(), view, &error);
    if (!error.isEmpty()) {
        cli.finish(cli.fail(QStringLiteral("the local copy could not be read: %1").arg(error), ExitLocal));
        return;
    }
    const QHash<QString, QStringList> lists = store->memberships();
    QList<Contact> out;
    for (const cache::CachedContact &c : cached) {
        if (!exactStatus.isEmpty() && c.status != exactStatus)
            continue;
        if (since.isValid() && (!c.updated.isValid() || c.updated < since))
            continue;
        if (limit >= 0 && out.size() >= limit)
            break;
        cache::CachedContact withLists = c;
        withLists.lists = lists.value(c.id);
        Contact contact = withLists.toContact();
        contact.hasContactLists = true;
        out.append(std::move(contact));
    }
    const cache::SyncState state = store->syncState();
    cli.progress(
        state.lastComplete.isValid()
            ? QStringLiteral("%1 contacts from the local copy of %2 (UTC)")
                  .arg(out.size())
                  .arg(state.lastComplete.toUTC().toString(u"yyyy-MM-dd HH:mm"))
            : QStringLiteral("%1 contacts from a local copy whose first sync has not finished").arg(out.size()));
    cli.printEntries(out, kind, Page<Contact>{}, {});
    cli.finish(ExitOk);
}

} // namespace

void runContacts(Cli &cli, QStringList args)
{
    const QString kind = QStringLiteral("Contact");
    QList<Verb> verbs;

    verbs.append(Verb{
        QStringLiteral("list"),
        QString(),
        QStringLiteral("List contacts, all of them or those of one status or list."),
        {QStringLiteral("ctct contacts list --status active"),
         QStringLiteral("ctct contacts list --list 3 --format csv"),
         QStringLiteral("ctct contacts list --updated-since 2024-05-01T00:00:00Z --list-type removed")},
        {option(QStringLiteral("status"), QStringLiteral("active, unconfirmed, removed or do-not-mail."),
                QStringLiteral("S")),
         option(QStringLiteral("list"), QStringLiteral("Only members of this list (id or URI)."), QStringLiteral("ID")),
         option(QStringLiteral("updated-since"),
                QStringLiteral("Changed since this UTC time (needs --list-type or --list)."), QStringLiteral("DATE")),
         option(QStringLiteral("list-type"), QStringLiteral("With --updated-since: active, removed or do-not-mail."),
                QStringLiteral("T")),
         limitOption(),
         option(QStringLiteral("offline"),
                QStringLiteral("Answer from the account's local copy (see 'ctct sync'), without the server. The "
                               "entries carry what the copy keeps: the summary fields, and the lists."))},
        0,
        0,
        [kind](Cli &cli, const QCommandLineParser &p, const QStringList &) {
            qsizetype limit = -1;
            if (!readLimit(cli, p, limit))
                return;
            if (p.isSet(QStringLiteral("offline"))) {
                listOffline(cli, p, kind, limit);
                return;
            }
            ContactQuery q;
            QString exactStatus;
            q.listId = p.value(QStringLiteral("list"));
            q.listType = p.value(QStringLiteral("list-type"));
            if (p.isSet(QStringLiteral("updated-since"))) {
                q.updatedSince = atom::parseDateTime(p.value(QStringLiteral("updated-since")));
                if (!q.updatedSince.isValid()) {
                    cli.finish(
                        cli.usageError(QStringLiteral("--updated-since takes a UTC time like 2024-05-01T00:00:00Z")));
                    return;
                }
                if (q.listType.isEmpty() && q.listId.isEmpty()) {
                    cli.finish(cli.usageError(QStringLiteral("--updated-since needs --list-type or --list")));
                    return;
                }
            }
            if (p.isSet(QStringLiteral("status"))) {
                // Status goes to the server as the list type of updatedsince (from the start of
                // time), and is then matched exactly, as "active" holds unconfirmed contacts too.
                const QString s = p.value(QStringLiteral("status")).toLower();
                static const QHash<QString, std::pair<QString, QString>> statuses{
                    {QStringLiteral("active"), {QStringLiteral("active"), QStringLiteral("Active")}},
                    {QStringLiteral("unconfirmed"), {QStringLiteral("active"), QStringLiteral("Unconfirmed")}},
                    {QStringLiteral("removed"), {QStringLiteral("removed"), QStringLiteral("Removed")}},
                    {QStringLiteral("do-not-mail"), {QStringLiteral("do-not-mail"), QStringLiteral("Do Not Mail")}},
                };
                if (!statuses.contains(s)) {
                    cli.finish(
                        cli.usageError(QStringLiteral("--status takes active, unconfirmed, removed or do-not-mail")));
                    return;
                }
                if (q.listId.isEmpty())
                    q.listType = statuses.value(s).first;
                exactStatus = statuses.value(s).second;
            }
            if ((!q.listType.isEmpty() || !q.listId.isEmpty()) && !q.updatedSince.isValid())
                q.updatedSince = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
            std::function<bool(const Contact &)> keep;
            if (!exactStatus.isEmpty())
                keep = [exactStatus](const Contact &c) { return c.status.isEmpty() || c.status == exactStatus; };
            cli.listAll<Contact>(cli.ops().contacts(cli.ops().contactsUrls(q).first()), kind, limit, keep);
        }});

    verbs.append(Verb{QStringLiteral("search"),
                      QStringLiteral("EMAIL..."),
                      QStringLiteral("Find contacts by exact e-mail address (any number; sent 50 per request)."),
                      {QStringLiteral("ctct contacts search ann@example.com bob@example.org")},
                      {},
                      1,
                      -1,
                      [](Cli &cli, const QCommandLineParser &, const QStringList &emails) {
                          ContactQuery q;
                          q.emails = emails;
                          searchChain(cli, std::make_shared<QList<QUrl>>(cli.ops().contactsUrls(q)),
                                      std::make_shared<QList<Contact>>());
                      }});

    verbs.append(Verb{QStringLiteral("get"),
                      QStringLiteral("ID"),
                      QStringLiteral("Show one contact with every field and its lists."),
                      {QStringLiteral("ctct contacts get 42")},
                      {},
                      1,
                      1,
                      [kind](Cli &cli, const QCommandLineParser &, const QStringList &a) {
                          cli.whenDone(cli.ops().getContact(a[0]),
                                       [&cli, kind](const ApiResult &r) { cli.printEntryResult<Contact>(r, kind); });
                      }});

    verbs.append(
        Verb{QStringLiteral("create"),
             QString(),
             QStringLiteral("Add a contact to one or more lists (for fewer than 25; use activities import for more)."),
             {QStringLiteral("ctct contacts create --email ann@example.com --list 3 --field FirstName=Ann")},
             {
                 option(QStringLiteral("email"), QStringLiteral("The e-mail address (required)."), QStringLiteral("E")),
                 option(QStringLiteral("list"), QStringLiteral("A list to join (required, repeatable)."),
                        QStringLiteral("ID")),
                 fieldOption(),
                 option(QStringLiteral("by-contact"),
                        QStringLiteral("The contact asked to join (ACTION_BY_CONTACT; sends the welcome mail).")),
             },
             0,
             0,
             [kind](Cli &cli, const QCommandLineParser &p, const QStringList &) {
                 Contact c;
                 c.emailAddress = p.value(QStringLiteral("email"));
                 if (c.emailAddress.isEmpty() || p.values(QStringLiteral("list")).isEmpty()) {
                     cli.finish(cli.usageError(QStringLiteral("create needs --email and at least one --list")));
                     return;
                 }
                 if (!applyFields(cli, c, p.values(QStringLiteral("field"))))
                     return;
                 c.optInSource =
                     QString::fromUtf16(p.isSet(QStringLiteral("by-contact")) ? ActionByContact : ActionByCustomer);
                 for (const QString &l : p.values(QStringLiteral("list")))
                     c.contactLists.append({cli.ops().listUri(l), {}, {}});
                 cli.whenDone(cli.ops().createContact(c),
                              [&cli, kind](const ApiResult &r) { cli.printEntryResult<Contact>(r, kind); });
             }});

    verbs.append(Verb{
        QStringLiteral("update"),
        QStringLiteral("ID"),
        QStringLiteral("Change fields and list memberships of a contact (other elements are kept)."),
        {QStringLiteral("ctct contacts update 42 --field CompanyName=Acme --add-list 5 --remove-list 3")},
        {fieldOption(), option(QStringLiteral("email"), QStringLiteral("A new e-mail address."), QStringLiteral("E")),
         option(QStringLiteral("add-list"), QStringLiteral("Join this list (repeatable)."), QStringLiteral("ID")),
         option(QStringLiteral("remove-list"), QStringLiteral("Leave this list (repeatable)."), QStringLiteral("ID")),
         option(QStringLiteral("by-contact"),
                QStringLiteral("The contact is acting (needed to re-subscribe Do Not Mail)."))},
        1,
        1,
        [kind](Cli &cli, const QCommandLineParser &p, const QStringList &a) {
            const QStringList fields = p.values(QStringLiteral("field"));
            const QString email = p.value(QStringLiteral("email"));
            const QStringList add = p.values(QStringLiteral("add-list"));
            const QStringList remove = p.values(QStringLiteral("remove-list"));
            const bool byContact = p.isSet(QStringLiteral("by-contact"));
            const Operations &ops = cli.ops();
            editResource<Contact>(
                cli, a[0], kind, &Operations::getContact, &Operations::updateContact,
                [&cli, &ops, fields, email, add, remove, byContact](Contact &c) {
                    if (!applyFields(cli, c, fields))
                        return false;
                    if (!email.isEmpty())
                        c.emailAddress = email;
                    for (const QString &l : remove) {
                        const QString uri = ops.listUri(l);
                        c.contactLists.removeIf(
                            [&](const ContactListMembership &m) { return shortIdOf(m.listId) == shortIdOf(uri); });
                    }
                    for (const QString &l : add) {
                        const QString uri = ops.listUri(l);
                        const bool member =
                            std::any_of(c.contactLists.begin(), c.contactLists.end(),
                                        [&](const auto &m) { return shortIdOf(m.listId) == shortIdOf(uri); });
                        if (!member)
                            c.contactLists.append({uri, {}, {}});
                    }
                    c.hasContactLists = true;
                    c.optInSource = QString::fromUtf16(byContact ? ActionByContact : ActionByCustomer);
                    return true;
                });
        }});

    verbs.append(Verb{QStringLiteral("remove-from-lists"),
                      QStringLiteral("ID"),
                      QStringLiteral("Take a contact off every list (status Removed; it can be re-added later)."),
                      {QStringLiteral("ctct contacts remove-from-lists 42")},
                      {},
                      1,
                      1,
                      [kind](Cli &cli, const QCommandLineParser &, const QStringList &a) {
                          editResource<Contact>(cli, a[0], kind, &Operations::getContact, &Operations::updateContact,
                                                [](Contact &c) {
                                                    c.contactLists.clear();
                                                    c.hasContactLists = true;
                                                    c.optInSource = QString::fromUtf16(ActionByCustomer);
                                                    return true;
                                                });
                      }});

    verbs.append(Verb{QStringLiteral("opt-out"),
                      QStringLiteral("ID..."),
                      QStringLiteral("Opt contacts out: Do Not Mail, off every list. Only the contact can undo this."),
                      {QStringLiteral("ctct contacts opt-out 42 43")},
                      {},
                      1,
                      -1,
                      [](Cli &cli, const QCommandLineParser &, const QStringList &ids) {
                          // One after another; the step holds itself only through the request it
                          // started (a weak pointer here), so it goes with the last one, failed or not.
                          auto remaining = std::make_shared<QStringList>(ids);
                          auto next = std::make_shared<std::function<void()>>();
                          *next = [&cli, remaining, self = std::weak_ptr(next)] {
                              if (remaining->isEmpty()) {
                                  cli.finish(ExitOk);
                                  return;
                              }
                              const QString id = remaining->takeFirst();
                              cli.whenDone(cli.ops().optOutContact(id),
                                           [&cli, id, next = self.lock()](const ApiResult &) {
                                               cli.progress(QStringLiteral("contact %1 opted out").arg(shortIdOf(id)));
                                               (*next)();
                                           });
                          };
                          (*next)();
                      }});

    verbs.append(
        Verb{QStringLiteral("events"),
             QStringLiteral("ID"),
             QStringLiteral("A contact's campaign history of the last 90 days, by kind; without --kind the "
                            "collections available."),
             {QStringLiteral("ctct contacts events 42 --kind opens")},
             {option(QStringLiteral("kind"), QStringLiteral("sends, opens, clicks, bounces, forwards or optouts."),
                     QStringLiteral("K")),
              limitOption()},
             1,
             1,
             [](Cli &cli, const QCommandLineParser &p, const QStringList &a) {
                 qsizetype limit = -1;
                 if (!readLimit(cli, p, limit))
                     return;
                 if (!p.isSet(QStringLiteral("kind"))) {
                     printServiceDocument(cli, cli.ops().contactEventsService(a[0]));
                     return;
                 }
                 const auto kind = kindOption(cli, p.value(QStringLiteral("kind")));
                 if (!kind)
                     return;
                 cli.listAll<CampaignEvent>(cli.ops().contactEvents(a[0], *kind), campaignEventElement(*kind), limit);
             }});

    dispatch(cli, QStringLiteral("contacts"), verbs, std::move(args));
}

void runLists(Cli &cli, QStringList args)
{
    const QString kind = QStringLiteral("ContactList");
    const QList<QCommandLineOption> listFields{
        option(QStringLiteral("name"), QStringLiteral("The list's name (unique in the account)."),
               QStringLiteral("NAME")),
        option(QStringLiteral("opt-in-default"), QStringLiteral("Pre-checked on sign-up forms: true or false."),
               QStringLiteral("B")),
        option(QStringLiteral("display-on-signup"), QStringLiteral("Shown on sign-up forms: yes or no."),
               QStringLiteral("B")),
        option(QStringLiteral("sort-order"), QStringLiteral("Position among the lists."), QStringLiteral("N")),
    };
    // The options as Name=Value fields, read while the parser still exists.
    const auto listFieldArgs = [](const QCommandLineParser &p) {
        QStringList fields;
        if (p.isSet(QStringLiteral("name")))
            fields.append(u"Name=" + p.value(QStringLiteral("name")));
        if (p.isSet(QStringLiteral("opt-in-default")))
            fields.append(u"OptInDefault=" + p.value(QStringLiteral("opt-in-default")));
        if (p.isSet(QStringLiteral("display-on-signup")))
            fields.append(u"DisplayOnSignup=" + p.value(QStringLiteral("display-on-signup")));
        if (p.isSet(QStringLiteral("sort-order")))
            fields.append(u"SortOrder=" + p.value(QStringLiteral("sort-order")));
        return fields;
    };
    QList<Verb> verbs;
    verbs.append(Verb{QStringLiteral("list"),
                      QString(),
                      QStringLiteral("All lists, the system lists (active, removed, do-not-mail) first."),
                      {QStringLiteral("ctct lists list"), QStringLiteral("ctct lists list --no-system --format csv")},
                      {option(QStringLiteral("no-system"), QStringLiteral("Leave out the three system lists."))},
                      0,
                      0,
                      [kind](Cli &cli, const QCommandLineParser &p, const QStringList &) {
                          std::function<bool(const ContactList &)> keep;
                          if (p.isSet(QStringLiteral("no-system")))
                              keep = [](const ContactList &l) { return !l.isSystemList(); };
                          cli.listAll<ContactList>(cli.ops().lists(), kind, -1, keep);
                      }});
    verbs.append(Verb{QStringLiteral("get"),
                      QStringLiteral("ID"),
                      QStringLiteral("Show one list."),
                      {QStringLiteral("ctct lists get 3")},
                      {},
                      1,
                      1,
                      [kind](Cli &cli, const QCommandLineParser &, const QStringList &a) {
                          cli.whenDone(cli.ops().getList(a[0]), [&cli, kind](const ApiResult &r) {
                              cli.printEntryResult<ContactList>(r, kind);
                          });
                      }});
    verbs.append(Verb{QStringLiteral("create"),
                      QString(),
                      QStringLiteral("Create a list."),
                      {QStringLiteral("ctct lists create --name \"Volunteers\" --sort-order 4")},
                      listFields,
                      0,
                      0,
                      [kind, listFieldArgs](Cli &cli, const QCommandLineParser &p, const QStringList &) {
                          ContactList l;
                          if (!p.isSet(QStringLiteral("name"))) {
                              cli.finish(cli.usageError(QStringLiteral("create needs --name")));
                              return;
                          }
                          if (!applyFields(cli, l, listFieldArgs(p)))
                              return;
                          cli.whenDone(cli.ops().createList(l), [&cli, kind](const ApiResult &r) {
                              cli.printEntryResult<ContactList>(r, kind);
                          });
                      }});
    verbs.append(Verb{QStringLiteral("update"),
                      QStringLiteral("ID"),
                      QStringLiteral("Rename a list or change its properties."),
                      {QStringLiteral("ctct lists update 3 --name \"Friends\" --display-on-signup no")},
                      listFields,
                      1,
                      1,
                      [kind, listFieldArgs](Cli &cli, const QCommandLineParser &p, const QStringList &a) {
                          editFields<ContactList>(cli, a[0], kind, &Operations::getList, &Operations::updateList,
                                                  listFieldArgs(p));
                      }});
    verbs.append(Verb{QStringLiteral("delete"),
                      QStringLiteral("ID"),
                      QStringLiteral("Delete a list; its members stay in the account."),
                      {QStringLiteral("ctct lists delete 3")},
                      {},
                      1,
                      1,
                      [](Cli &cli, const QCommandLineParser &, const QStringList &a) {
                          cli.whenDone(cli.ops().deleteList(a[0]), [&cli, id = a[0]](const ApiResult &) {
                              cli.progress(QStringLiteral("list %1 deleted").arg(shortIdOf(id)));
                              cli.finish(ExitOk);
                          });
                      }});
    verbs.append(Verb{QStringLiteral("members"),
                      QStringLiteral("ID"),
                      QStringLiteral("The contacts on a list."),
                      {QStringLiteral("ctct lists members 3"), QStringLiteral("ctct lists members active --limit 10")},
                      {limitOption()},
                      1,
                      1,
                      [](Cli &cli, const QCommandLineParser &p, const QStringList &a) {
                          qsizetype limit = -1;
                          if (readLimit(cli, p, limit))
                              cli.listAll<ContactListMember>(cli.ops().members(a[0]),
                                                             QStringLiteral("ContactListMember"), limit);
                      }});
    dispatch(cli, QStringLiteral("lists"), verbs, std::move(args));
}

void runSettings(Cli &cli, QStringList args)
{
    QList<Verb> verbs;
    verbs.append(Verb{QStringLiteral("emails"),
                      QString(),
                      QStringLiteral("The account's sender addresses and whether they are verified."),
                      {QStringLiteral("ctct settings emails")},
                      {},
                      0,
                      0,
                      [](Cli &cli, const QCommandLineParser &, const QStringList &) {
                          cli.listAll<EmailAddress>(cli.ops().emailAddresses(), QStringLiteral("Email"));
                      }});
    verbs.append(Verb{QStringLiteral("email"),
                      QStringLiteral("ID"),
                      QStringLiteral("One sender address."),
                      {QStringLiteral("ctct settings email 1")},
                      {},
                      1,
                      1,
                      [](Cli &cli, const QCommandLineParser &, const QStringList &a) {
                          cli.whenDone(cli.ops().getEmailAddress(a[0]), [&cli](const ApiResult &r) {
                              cli.printEntryResult<EmailAddress>(r, QStringLiteral("Email"));
                          });
                      }});
    dispatch(cli, QStringLiteral("settings"), verbs, std::move(args));
}

} // namespace ctct::cli
