// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/syncjob.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "platform/logging.h"
#include "reporting/campaignreport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <deque>
#include <functional>

using namespace Qt::StringLiterals;

namespace ctct::cache {

namespace {

// An epoch before any account: "every contact" through the updatedsince feeds.
const QDateTime kBeginning(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
constexpr int kEventPageSize = 200;
const char *const kListTypes[] = {"active", "removed", "do-not-mail"};

// Where an unfinished full sync stands, kept in SyncState::fullSyncCursor as JSON.
struct FullCursor
{
    QDateTime start;  // the server's time when it began
    QString phase;    // "contacts", "members"
    QString url;      // the next page of that phase; empty: from its first page
    QString list;     // members: the list being walked
    QStringList done; // members: the lists walked already

    QString toString() const
    {
        QJsonObject o{{u"start"_s, start.isValid() ? start.toMSecsSinceEpoch() : qint64(0)},
                      {u"phase"_s, phase},
                      {u"url"_s, url},
                      {u"list"_s, list},
                      {u"done"_s, QJsonValue::fromVariant(done)}};
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    static FullCursor fromString(const QString &text)
    {
        FullCursor c;
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        if (const qint64 start = o.value(u"start").toInteger(); start > 0)
            c.start = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC);
        c.phase = o.value(u"phase").toString();
        c.url = o.value(u"url").toString();
        c.list = o.value(u"list").toString();
        c.done = o.value(u"done").toVariant().toStringList();
        return c;
    }
};

bool hasEvents(const Campaign &c)
{
    const CampaignStatus status = campaignStatusFromString(c.status);
    return status == CampaignStatus::Sent || status == CampaignStatus::Running;
}

} // namespace

bool SyncJob::isOfflineFailure(ApiError error)
{
    return error == ApiError::Network || error == ApiError::Timeout || error == ApiError::Server;
}

struct SyncJob::Private
{
    SyncJob *q;
    Operations ops;
    Mode mode;
    std::deque<std::function<void()>> steps;
    QPointer<Pager> pager;
    QPointer<ApiJob> job;
    bool started = false;
    bool finished = false;

    SyncState state;
    FullCursor cursor;
    QList<ContactList> serverLists;

    // Incremental: what the updatedsince feeds said.
    QHash<QString, CachedContact> changed; // id -> summary
    QHash<QString, QStringList> listsOf;   // id -> lists whose feed returned it
    QStringList changedOrder;              // ids in the order they came

    qint64 pages = 0;
    qint64 contactsSeen = 0;

    Private(SyncJob *job, const Operations &operations, Mode m)
        : q(job)
        , ops(operations)
        , mode(m)
    {}

    AccountStore *store() const { return q->m_store; }
    SyncSummary &summary() { return q->m_summary; }

    void next()
    {
        if (finished)
            return;
        if (!store()) {
            fail(u"the local copy was closed during the sync"_s);
            return;
        }
        if (steps.empty()) {
            complete();
            return;
        }
        auto step = std::move(steps.front());
        steps.pop_front();
        step();
    }

    void progress(const QString &what) { emit q->progress(pages, 0, what); }

    void finish(const ApiResult &result)
    {
        if (finished)
            return;
        finished = true;
        q->m_result = result;
        steps.clear();
        if (Pager *p = pager)
            p->abandon();
        if (ApiJob *j = job)
            j->abandon();
        if (AccountStore *s = store()) {
            SyncState st = s->syncState();
            st.lastAttempt = QDateTime::currentDateTimeUtc();
            s->setSyncState(st);
        }
        if (result.ok())
            qCInfo(lcCacheSync) << (summary().full ? "full" : "incremental") << "sync done:" << summary().requests
                                << "requests," << summary().contactsAdded << "contacts added,"
                                << summary().contactsChanged << "changed," << summary().eventsAdded << "events added";
        else
            qCInfo(lcCacheSync) << "sync ended:" << result.toString();
        emit q->finished();
    }

    void fail(const QString &storeError)
    {
        ApiResult r;
        r.error = ApiError::Parse;
        r.message = SyncJob::tr("The local copy could not be written: %1").arg(storeError);
        q->m_storeFailed = true;
        finish(r);
    }

    // Walks a collection from url, handing each page to apply (false: the store failed, stop);
    // then runs next().
    template<typename T>
    void walk(const QUrl &url, std::function<bool(Page<T> &, Pager *)> apply)
    {
        auto *p = new TypedPager<T>(ops.client(), url, q);
        pager = p;
        QObject::connect(p, &Pager::pageReady, q, [this, p, apply] {
            ++pages;
            summary().requests += std::max(1, p->result().attempts);
            Page<T> page = p->takePage();
            if (!apply(page, p)) {
                fail(store() ? store()->lastError() : QString());
                return;
            }
        });
        QObject::connect(p, &Pager::finished, q, [this, p] {
            p->deleteLater();
            if (finished)
                return;
            if (!p->result().ok()) {
                if (p->result().error != ApiError::Canceled)
                    summary().requests += std::max(1, p->result().attempts);
                finish(p->result());
                return;
            }
            pager = nullptr;
            next();
        });
        p->fetchAll();
    }

    // ------------------------------------------------------------------- lists

    void fetchLists(bool full)
    {
        steps.push_back([this, full] {
            progress(SyncJob::tr("Fetching the lists…"));
            auto lists = std::make_shared<QList<ContactList>>();
            walk<ContactList>(ops.client()->url(u"lists"_s), [lists](Page<ContactList> &page, Pager *) {
                *lists += page.entries;
                return true;
            });
            // After the walk: store them and plan what they need.
            steps.push_front([this, lists, full] {
                serverLists.clear();
                for (const ContactList &l : std::as_const(*lists)) {
                    if (!l.isSystemList())
                        serverLists.append(l);
                }
                QStringList added;
                QStringList removed;
                if (!store()->replaceLists(*lists, &added, &removed)) {
                    fail(store()->lastError());
                    return;
                }
                summary().listsAdded += int(added.size());
                summary().listsRemoved += int(removed.size());
                if (full)
                    planFull();
                else
                    planIncremental(added);
                next();
            });
        });
    }

    // ------------------------------------------------------------------- full sync

    void startFull()
    {
        summary().full = true;
        cursor = FullCursor::fromString(state.fullSyncCursor);
        summary().resumed = !state.fullSyncCursor.isEmpty() && !cursor.phase.isEmpty();
        if (summary().resumed)
            qCInfo(lcCacheSync) << "resuming the full sync at" << cursor.phase << cursor.list << cursor.url;
        fetchLists(true);
        next();
    }

    bool saveCursor()
    {
        // fullSyncDone stays as it is: a store that held the whole account still does while a
        // new full sync goes over it.
        SyncState st = store()->syncState();
        st.fullSyncCursor = cursor.toString();
        return store()->setSyncState(st);
    }

    void planFull()
    {
        if (cursor.phase.isEmpty() || cursor.phase == u"contacts")
            steps.push_back([this] { fullContacts(); });
        for (const ContactList &l : std::as_const(serverLists)) {
            if (cursor.done.contains(shortIdOf(l.id)))
                continue;
            steps.push_back([this, l] { fullMembers(l); });
        }
        planCampaigns();
    }

    void fullContacts()
    {
        cursor.phase = u"contacts"_s;
        const QUrl first = cursor.url.isEmpty() ? ops.client()->url(u"contacts"_s) : QUrl(cursor.url);
        walk<Contact>(first, [this](Page<Contact> &page, Pager *p) {
            if (!cursor.start.isValid())
                cursor.start = page.updated.isValid() ? page.updated : QDateTime::currentDateTimeUtc();
            std::vector<CachedContact> rows;
            rows.reserve(size_t(page.entries.size()));
            for (const Contact &c : std::as_const(page.entries))
                rows.push_back(CachedContact::fromContact(c));
            ContactChanges changes;
            if (!store()->upsertContacts(rows, &changes))
                return false;
            summary().contactsAdded += changes.added;
            summary().contactsChanged += changes.changed;
            contactsSeen += page.entries.size();
            cursor.url = p->nextUrl().toString();
            if (cursor.url.isEmpty())
                cursor.phase = u"members"_s;
            progress(SyncJob::tr("Syncing contacts: %n so far…", nullptr, int(contactsSeen)));
            return saveCursor();
        });
    }

    void fullMembers(const ContactList &list)
    {
        const QString key = shortIdOf(list.id);
        const bool resuming = cursor.phase == u"members" && cursor.list == key && !cursor.url.isEmpty();
        cursor.phase = u"members"_s;
        cursor.list = key;
        if (!resuming) {
            cursor.url.clear();
            if (!store()->beginListMembers(list.id) || !saveCursor()) {
                fail(store()->lastError());
                return;
            }
        }
        walkMembers(list, resuming ? QUrl(cursor.url) : membersUrl(list), true);
    }

    QUrl membersUrl(const ContactList &list) const
    {
        return ops.client()->url(u"lists/"_s + shortIdOf(list.id) + u"/members"_s);
    }

    // Walks a list's members into a pass of the store; with keepCursor (a full sync) its place
    // is saved after every page.
    void walkMembers(const ContactList &list, const QUrl &from, bool keepCursor)
    {
        auto seen = std::make_shared<qint64>(0);
        walk<ContactListMember>(from, [this, list, keepCursor, seen](Page<ContactListMember> &page, Pager *p) {
            int changedCount = 0;
            if (!store()->addListMembers(list.id, page.entries, &changedCount))
                return false;
            summary().membershipChanges += changedCount;
            *seen += page.entries.size();
            progress(SyncJob::tr("Syncing the members of %1: %n so far…", nullptr, int(*seen)).arg(list.name));
            if (!keepCursor)
                return true;
            cursor.url = p->nextUrl().toString();
            return saveCursor();
        });
        steps.push_front([this, list, keepCursor] {
            int removed = 0;
            if (!store()->finishListMembers(list.id, &removed)) {
                fail(store()->lastError());
                return;
            }
            summary().membershipChanges += removed;
            if (keepCursor) {
                cursor.done.append(shortIdOf(list.id));
                cursor.list.clear();
                cursor.url.clear();
                if (!saveCursor()) {
                    fail(store()->lastError());
                    return;
                }
            }
            next();
        });
    }

    // ------------------------------------------------------------------- incremental sync

    void startIncremental()
    {
        summary().full = false;
        fetchLists(false);
        next();
    }

    void planIncremental(const QStringList &addedLists)
    {
        for (const char *type : kListTypes) {
            steps.push_back([this, type] {
                ContactQuery query;
                query.updatedSince = state.lastSync;
                query.listType = QLatin1StringView(type);
                walk<Contact>(ops.contactsUrls(query).value(0), [this](Page<Contact> &page, Pager *) {
                    if (!summary().serverTime.isValid())
                        summary().serverTime = page.updated.isValid() ? page.updated : QDateTime();
                    for (const Contact &c : std::as_const(page.entries)) {
                        if (!changed.contains(c.id))
                            changedOrder.append(c.id);
                        changed.insert(c.id, CachedContact::fromContact(c));
                    }
                    progress(SyncJob::tr("Looking for changed contacts: %n so far…", nullptr, int(changed.size())));
                    return true;
                });
            });
        }
        for (const ContactList &l : std::as_const(serverLists)) {
            if (addedLists.contains(l.id))
                continue; // walked whole below
            steps.push_back([this, l] {
                ContactQuery query;
                query.updatedSince = state.lastSync;
                query.listId = l.id;
                walk<Contact>(ops.contactsUrls(query).value(0), [this, l](Page<Contact> &page, Pager *) {
                    for (const Contact &c : std::as_const(page.entries)) {
                        if (!changed.contains(c.id)) { // a status these feeds do not cover
                            changedOrder.append(c.id);
                            changed.insert(c.id, CachedContact::fromContact(c));
                        }
                        listsOf[c.id].append(l.id);
                    }
                    return true;
                });
            });
        }
        // What the feeds said, applied in batches of 500 contacts, one transaction and one turn of
        // the event loop each, so that a sync of many changes never holds the window up.
        steps.push_back([this, addedLists] {
            std::deque<std::function<void()>> batches;
            for (qsizetype i = 0; i < changedOrder.size(); i += ApplyBatch) {
                batches.push_back([this, addedLists, i] {
                    if (!applyChanged(addedLists, i)) {
                        fail(store()->lastError());
                        return;
                    }
                    QMetaObject::invokeMethod(
                        q, [this] { next(); }, Qt::QueuedConnection);
                });
            }
            steps.insert(steps.begin(), batches.begin(), batches.end());
            next();
        });
        for (const ContactList &l : std::as_const(serverLists)) {
            if (!addedLists.contains(l.id))
                continue;
            steps.push_back([this, l] {
                if (!store()->beginListMembers(l.id)) {
                    fail(store()->lastError());
                    return;
                }
                walkMembers(l, membersUrl(l), false);
            });
        }
        // Lists whose count disagrees with the store's members are walked again (a change
        // this sync could not see: a membership that changed without touching the contact).
        steps.push_back([this] {
            for (const ContactList &l : std::as_const(serverLists)) {
                if (!l.contactCount || *l.contactCount == store()->memberCount(l.id))
                    continue;
                qCInfo(lcCacheSync) << "list" << l.id << "has" << *l.contactCount << "members on the server and"
                                    << store()->memberCount(l.id) << "here: walking it again";
                ++summary().listsRewalked;
                steps.push_front([this, l] {
                    if (!store()->beginListMembers(l.id)) {
                        fail(store()->lastError());
                        return;
                    }
                    walkMembers(l, membersUrl(l), false);
                });
            }
            next();
        });
        planCampaigns();
    }

    // A batch of the changed contacts and their memberships, from index first.
    static constexpr qsizetype ApplyBatch = 500;
    bool applyChanged(const QStringList &addedLists, qsizetype first)
    {
        std::vector<CachedContact> rows;
        std::vector<std::pair<QString, QStringList>> memberships;
        for (const QString &id : changedOrder.mid(first, ApplyBatch)) {
            rows.push_back(changed.value(id));
            QStringList lists = listsOf.value(id);
            // A list new to the store is walked whole afterwards: keep what it has.
            for (const QString &added : addedLists)
                lists.removeAll(added);
            memberships.emplace_back(id, lists);
        }
        ContactChanges changes;
        int membershipChanges = 0;
        if (!store()->upsertContacts(rows, &changes) || !store()->setMemberships(memberships, &membershipChanges))
            return false;
        summary().contactsAdded += changes.added;
        summary().contactsChanged += changes.changed;
        summary().membershipChanges += membershipChanges;
        return true;
    }

    // ------------------------------------------------------------------- campaigns

    void planCampaigns()
    {
        steps.push_back([this] {
            progress(SyncJob::tr("Syncing the campaigns…"));
            auto all = std::make_shared<QList<Campaign>>();
            walk<Campaign>(ops.client()->url(u"campaigns"_s), [all](Page<Campaign> &page, Pager *) {
                *all += page.entries;
                return true;
            });
            steps.push_front([this, all] {
                QStringList changedIds;
                if (!store()->replaceCampaigns(*all, &changedIds)) {
                    fail(store()->lastError());
                    return;
                }
                summary().campaignsChanged += int(changedIds.size());
                const QDateTime recent =
                    (summary().serverTime.isValid() ? summary().serverTime : QDateTime::currentDateTimeUtc())
                        .addDays(-reporting::EventWindowDays);
                // Newest first, as the collection lists them; the steps go in that order.
                std::deque<std::function<void()>> campaignSteps;
                for (const Campaign &c : std::as_const(*all)) {
                    if (!hasEvents(c))
                        continue;
                    const std::optional<CachedCampaign> kept = store()->campaign(c.id);
                    const bool stale = changedIds.contains(c.id) || !kept || !kept->hasEntry;
                    if (!stale && c.date.isValid() && c.date < recent)
                        continue; // went out before the API's window: no new events can come
                    campaignSteps.push_back([this, id = c.id] { syncCampaign(id); });
                }
                steps.insert(steps.begin(), campaignSteps.begin(), campaignSteps.end());
                next();
            });
        });
    }

    void syncCampaign(const QString &id)
    {
        ApiJob *j = ops.getCampaign(id);
        job = j;
        j->then(q, [this, id](const ApiResult &r) {
            job = nullptr;
            summary().requests += std::max(1, r.attempts);
            if (!r.ok()) {
                if (r.error == ApiError::NotFound) { // deleted since the collection was read
                    next();
                    return;
                }
                finish(r);
                return;
            }
            atom::Parsed<Campaign> parsed = parseEntry<Campaign>(r);
            if (!parsed.ok()) {
                finish(parseFailure(r, parsed.error.toString()));
                return;
            }
            const Campaign campaign = *parsed.value;
            if (!store()->storeCampaign(campaign, r.body)) {
                fail(store()->lastError());
                return;
            }
            const auto counts = store()->eventCounts(campaign.id);
            const reporting::EntryCounts stated = reporting::entryCounts(campaign);
            for (int k = CampaignEventKindCount - 1; k >= 0; --k) {
                const auto kind = CampaignEventKind(k);
                const std::optional<qint64> expected = stated.of(kind);
                if (expected && *expected <= counts[size_t(k)])
                    continue; // the store has every event the entry counts
                steps.push_front([this, campaign, kind] { syncFeed(campaign, kind); });
            }
            next();
        });
    }

    void syncFeed(const Campaign &campaign, CampaignEventKind kind)
    {
        const QString kept = store()->eventCursor(campaign.id, kind);
        QUrl from(kept);
        if (kept.isEmpty()) {
            TypedPager<CampaignEvent> *first = ops.campaignEvents(campaign.id, kind, kEventPageSize);
            from = first->nextUrl();
            delete first;
        }
        auto added = std::make_shared<int>(0);
        walk<CampaignEvent>(from, [this, campaign, kind, added](Page<CampaignEvent> &page, Pager *p) {
            const int n = store()->addCampaignEvents(campaign.id, page.entries);
            if (n < 0)
                return false;
            *added += n;
            summary().eventsAdded += n;
            progress(SyncJob::tr("Syncing the events of %1: %n new…", nullptr, *added).arg(campaign.name));
            // The page just read, not the next: a last page that was not full gains new events.
            return store()->setEventCursor(campaign.id, kind, p->currentUrl().toString());
        });
    }

    // ------------------------------------------------------------------- the end

    void complete()
    {
        SyncState st = store()->syncState();
        if (summary().full) {
            st.lastSync = cursor.start.isValid() ? cursor.start : summary().serverTime;
            st.fullSyncDone = true;
            st.fullSyncCursor.clear();
            summary().serverTime = st.lastSync;
        } else if (summary().serverTime.isValid()) {
            st.lastSync = summary().serverTime;
        }
        st.lastComplete = QDateTime::currentDateTimeUtc();
        if (!store()->setSyncState(st)) {
            fail(store()->lastError());
            return;
        }
        finish(ApiResult{});
    }
};

SyncJob::SyncJob(AccountStore *store, const Operations &operations, Mode mode, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, operations, mode))
    , m_store(store)
{}

SyncJob::~SyncJob()
{
    d->finished = true; // no signal from a job being destroyed
    if (Pager *p = d->pager)
        p->abandon();
    if (ApiJob *j = d->job)
        j->abandon();
}

bool SyncJob::isRunning() const
{
    return d->started && !d->finished;
}

void SyncJob::start()
{
    if (d->started)
        return;
    d->started = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (d->finished)
                return;
            if (!m_store) {
                d->fail(tr("no local copy is open"));
                return;
            }
            d->state = m_store->syncState();
            if (d->mode == Mode::Full && d->state.fullSyncDone)
                d->state.fullSyncCursor.clear(); // a new full sync, not the rest of an old one
            const bool full = d->mode == Mode::Full || !d->state.fullSyncDone || !d->state.lastSync.isValid();
            if (full)
                d->startFull();
            else
                d->startIncremental();
        },
        Qt::QueuedConnection);
}

void SyncJob::cancel()
{
    if (!d->started || d->finished)
        return;
    ApiResult r;
    r.error = ApiError::Canceled;
    r.message = tr("The sync was canceled.");
    d->finish(r);
}

} // namespace ctct::cache
