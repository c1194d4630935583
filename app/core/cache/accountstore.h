// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The local copy of one account (design.md §4, issue 12): one SQLite file per account in the
// user's data folder, holding the contacts (their summary fields, the names and company of a full
// entry once one was seen, and their list memberships), the lists, the campaigns, every campaign
// event ever synced (the API forgets them after 90 days; the store does not) and the sync state.
// Nothing secret is kept in it.
//
// The file has a versioned schema (PRAGMA user_version, migrations in order), runs in WAL mode,
// and every write is one transaction, so a crash never leaves half a page. A file that cannot be
// opened, fails its integrity check or has a schema newer than this build is set aside (renamed,
// never deleted) and a new one is made: open() says so, and a full sync rebuilds it.
//
// Ids: the store keys contacts, lists and campaigns by their number and gives them back as the
// full URIs the server uses (the prefix of the first id it saw), so rows from the store and
// entries from the server compare equal.
//
// One AccountStore lives on the thread that opened it (Qt Sql connections are per thread).
// Readers on other threads (a worker loading 100,000 contacts, a report's events) open their own
// read-only connection with the static read…() functions, which WAL lets run beside the writer.

#include "domain/campaign.h"
#include "domain/campaignevent.h"
#include "domain/contact.h"
#include "domain/contactlist.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class QSqlDatabase;
class QSqlQuery;

namespace ctct::cache {

// The account key of the embedded sandbox with its data in dataDir (each data folder is its own
// account: its contacts are not another folder's).
QString sandboxAccountKey(const QString &dataDir);

// One cached contact: what a collection entry carries (contract §3.1), the names and company
// when a full entry was seen, and the full URIs of the (non-system) lists it is a member of.
struct CachedContact
{
    QString id; // the full URI
    QString status;
    QString email;
    QString emailType;
    QString name; // the server's Name
    QString firstName;
    QString lastName;
    QString company;
    QString optInSource;
    QDateTime optInTime;
    QString optOutSource;
    QDateTime optOutTime;
    QDateTime updated; // LastUpdateTime, else the entry's <updated>
    QStringList lists; // list URIs, sorted by number; only contact() fills it

    // From a summary or a full entry (the lists are taken when contact.hasContactLists).
    static CachedContact fromContact(const Contact &contact);
    // A Contact with these fields (a summary-like value, with contactLists when lists is set).
    Contact toContact() const;
    friend bool operator==(const CachedContact &, const CachedContact &) = default;
};

// What the sync knows, kept in the store so a new process can continue.
struct SyncState
{
    QDateTime lastSync;     // the server's time at the start of the last complete sync; invalid: never
    QDateTime lastComplete; // the local time the last complete sync ended (for "last synced at …")
    QDateTime lastAttempt;  // when a sync last ran, complete or not
    bool fullSyncDone = false;
    QString fullSyncCursor; // opaque resume point of an unfinished full sync (empty: none)
    friend bool operator==(const SyncState &, const SyncState &) = default;
};

// How many contacts a write added or changed.
struct ContactChanges
{
    int added = 0;
    int changed = 0;
    QStringList ids; // added or changed (full URIs)
};

// A stored campaign: the summary of the collection, and the full entry once one was seen.
struct CachedCampaign
{
    Campaign campaign; // the full entry when hasEntry, else the summary
    bool hasEntry = false;
};

class AccountStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountStore)

public:
    // 1: contacts (summaries), memberships, lists, campaigns, events, cursors, sync state.
    // 2: the names and company of full contact entries, and the entry itself.
    static constexpr int SchemaVersion = 2;

    struct Opened
    {
        std::unique_ptr<AccountStore> store; // nullptr when even a new file cannot be made
        QString error;                       // why not (a folder that cannot be written, …)
        QString setAsidePath;                // non-empty: the old file was unreadable and moved here
        QString setAsideReason;              // what was wrong with it, for the message
        int migratedFrom = -1;               // the schema version it had, when it was migrated
    };

    // The folder of the stores: <GenericDataLocation>/ctct-manager/cache (the app and ctct share
    // it), or $CTCT_CACHE_DIR when set.
    static QString defaultFolder();
    // The store's file name for an account key (CredentialStore::accountKey(), sandboxAccountKey()),
    // and its path in the default folder.
    static QString fileName(const QString &accountKey);
    static QString defaultPath(const QString &accountKey);
    // Opens or creates the file, migrating an older schema; sets aside a broken one (see above).
    static Opened open(const QString &path, QObject *parent = nullptr);
    // Deletes the file and its -wal/-shm (Clear Local Data…, Reset Demo Data…). False when it
    // exists and cannot be removed. The store must not be open.
    static bool remove(const QString &path, QString *error = nullptr);
    ~AccountStore() override;

    QString path() const { return m_path; }
    // The last error of a write, for a message; writes return false on failure and roll back.
    QString lastError() const { return m_lastError; }

    // Sync state.
    SyncState syncState() const;
    bool setSyncState(const SyncState &state);

    // Contacts. Every write is one transaction and emits contactsChanged() with the ids that
    // were added or changed (none when nothing changed).
    qint64 contactCount() const;
    // How many contacts have each status ("Active": 2012, …).
    QHash<QString, qint64> statusCounts() const;
    std::optional<CachedContact> contact(const QString &id) const;
    // Summaries (a page of a feed): the names and company stay as they are.
    bool upsertContacts(const std::vector<CachedContact> &contacts, ContactChanges *changes = nullptr);
    // The app's own edit, or a full entry the app read: every field and the lists, and the XML.
    bool storeFullContact(const Contact &contact, const QByteArray &xml = {});
    // The memberships of these contacts become exactly the given lists (list URIs or numbers).
    bool setMemberships(const std::vector<std::pair<QString, QStringList>> &contactLists, int *changed = nullptr);
    // One list's members (from /lists/{id}/members, page by page): beginListMembers() starts a
    // pass, addListMembers() adds a page's members (contacts the store lacks are added with the
    // e-mail and name the page gives), finishListMembers() removes the members the pass did not
    // see. A pass survives a restart: a new beginListMembers() starts another.
    bool beginListMembers(const QString &listId);
    bool addListMembers(const QString &listId, const QList<ContactListMember> &members, int *changed = nullptr);
    bool finishListMembers(const QString &listId, int *changed = nullptr);
    // Every contact's lists (contact URI -> list URIs sorted by number), in one read.
    QHash<QString, QStringList> memberships() const;
    // The stored full entry XML of a contact (for offline detail views); empty when never seen.
    QByteArray contactXml(const QString &id) const;

    // Lists: the non-system lists as the last sync saw them (the server's order). The store's own
    // member count is memberCount(); ContactCount stays what the server said.
    std::vector<ContactList> lists() const;
    qint64 memberCount(const QString &listId) const;
    // Replaces every list (a vanished list takes its memberships with it). Emits listsChanged()
    // when something changed; added and removed list URIs in *added / *removed.
    bool replaceLists(const QList<ContactList> &lists, QStringList *added = nullptr, QStringList *removed = nullptr);

    // Campaigns, in the server's order (newest first).
    std::vector<CachedCampaign> campaigns() const;
    std::optional<CachedCampaign> campaign(const QString &id) const;
    QByteArray campaignXml(const QString &id) const;
    // The summaries of the whole collection: a vanished campaign goes with its events. Ids of
    // campaigns added or whose summary changed in *changed.
    bool replaceCampaigns(const QList<Campaign> &summaries, QStringList *changed = nullptr);
    // A full entry, as the server sent it.
    bool storeCampaign(const Campaign &campaign, const QByteArray &xml);
    // A campaign the app deleted, with its events and cursors.
    bool removeCampaign(const QString &id);

    // Events are keyed by campaign, kind and their own id: adding one already there changes
    // nothing. Returns how many were new (-1 on failure). Emits eventsChanged(campaignId).
    int addCampaignEvents(const QString &campaignId, const QList<CampaignEvent> &events);
    std::array<qint64, CampaignEventKindCount> eventCounts(const QString &campaignId) const;
    QList<CampaignEvent> contactEvents(const QString &contactId) const; // a contact's history
    // The oldest event time the store has of a campaign ("data from …"); invalid when none.
    QDateTime campaignEventsSince(const QString &campaignId) const;
    // Where the next fetch of one campaign's feed of one kind continues (a page URL).
    QString eventCursor(const QString &campaignId, CampaignEventKind kind) const;
    bool setEventCursor(const QString &campaignId, CampaignEventKind kind, const QString &cursor);

    // The contacts of a view straight from a file, on any thread (own read-only connection):
    // view empty for all, "active" / "removed" / "do-not-mail" for a status list, else a list's
    // URI or number. Newest id first; lists are not filled. Empty with *error on failure.
    static std::vector<CachedContact> readContacts(const QString &path, const QString &view = {},
                                                   QString *error = nullptr);
    // A campaign's stored events by kind, on any thread.
    static std::array<QList<CampaignEvent>, CampaignEventKindCount>
    readCampaignEvents(const QString &path, const QString &campaignId, QString *error = nullptr);
    // PRAGMA quick_check on its own connection (any thread): empty when the file is sound.
    static QString check(const QString &path);

Q_SIGNALS:
    void contactsChanged(const QStringList &ids);
    void listsChanged();
    void campaignsChanged();
    void eventsChanged(const QString &campaignId);
    void syncStateChanged();

private:
    explicit AccountStore(const QString &path, const QString &connection, QObject *parent);

    QSqlDatabase db() const;
    bool fail(const QSqlQuery &query) const;
    bool fail(const QString &what) const;
    // Runs work in one transaction; rolls back when it returns false.
    template<typename Work>
    bool transact(Work work);
    QString meta(const QString &key) const;
    // The first column of a query of one row by one id (its number bound); invalid for NULL or none.
    QVariant valueById(const char *sql, const QString &id) const;
    bool setMeta(const QString &key, const QString &value);
    // The number of an id and the URI prefix of its kind, learnt from the first id seen.
    std::optional<qint64> keyOf(const QString &id, const char *kind);
    QString uriOf(qint64 key, const char *kind) const;
    int listGeneration(qint64 list) const;
    // Deletes a campaign's row, events and cursors (inside a transaction).
    bool deleteCampaign(qint64 key);
    // Every id of a table (lists, campaigns); nullopt when it cannot be read.
    std::optional<QSet<qint64>> keys(const char *table) const;

    QString m_path;
    QString m_connection;
    mutable QString m_lastError;
    QHash<QString, QString> m_prefixes; // kind -> URI prefix
    bool m_inTransaction = false;
};

} // namespace ctct::cache
