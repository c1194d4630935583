// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The local copy of one account (design.md §4, issue 12): one SQLite file per account in the
// user's data folder, holding the contacts (their summary fields and list memberships), the
// lists, the campaigns, every campaign event ever synced (the API forgets them after 90 days; the
// store does not) and the sync state. Nothing secret is kept in it.
//
// The file has a versioned schema (PRAGMA user_version, migrations in order), runs in WAL mode,
// and every applied page is one transaction, so a crash never leaves half a page. A file that
// cannot be opened, fails its integrity check or has a schema newer than this build is set aside
// (renamed, never deleted) and a new one is made: open() says so, and a full sync rebuilds it.
//
// One AccountStore lives on the thread that opened it (Qt Sql connections are per thread).
// Readers on other threads (a worker loading 100,000 contacts) open their own read-only
// connection with readContacts(), which WAL lets run beside the writer.

#include "domain/campaign.h"
#include "domain/campaignevent.h"
#include "domain/contact.h"
#include "domain/contactlist.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace ctct::cache {

// The account key of the embedded sandbox, the app's and `ctct --sandbox`'s.
inline constexpr char SandboxAccountKey[] = "sandbox";

// One cached contact: what a collection entry carries (contract §3.1), the company and names when
// a full entry was seen, and the numeric ids of the (non-system) lists it is a member of.
struct CachedContact
{
    QString id; // numeric ("123")
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
    QDateTime updated;      // LastUpdateTime, else the entry's <updated>
    QStringList lists;      // numeric list ids, sorted
    bool listsKnown = true; // false until a membership pass has seen this contact

    // From a summary or a full entry; lists only when contact.hasContactLists.
    static CachedContact fromContact(const Contact &contact);
    // The fields a Contact carries (a summary-like value; contactLists with full list URIs
    // built from listUriPrefix, e.g. "http://api.constantcontact.com/ws/customers/joe/lists/").
    Contact toContact(const QString &listUriPrefix = {}) const;
    friend bool operator==(const CachedContact &, const CachedContact &) = default;
};

// What the sync knows of a stretch of work, kept in the store so a new process can continue.
struct SyncState
{
    QDateTime lastSync;    // the server's time at the start of the last complete sync; invalid: never
    QDateTime lastAttempt; // when a sync last ran, complete or not
    bool fullSyncDone = false;
    QString fullSyncCursor; // opaque resume point of an unfinished full sync (empty: none)
};

class AccountStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountStore)

public:
    static constexpr int SchemaVersion = 1;

    struct Opened
    {
        std::unique_ptr<AccountStore> store; // nullptr when even a new file cannot be made
        QString error;                       // why not (a folder that cannot be written, …)
        QString setAsidePath;                // non-empty: the old file was unreadable and moved here
        QString setAsideReason;              // what was wrong with it, for the message
    };

    // The store's file for an account key (CredentialStore::accountKey(), or SandboxAccountKey):
    // <AppLocalDataLocation>/cache/<hash of the key>.sqlite.
    static QString defaultPath(const QString &accountKey);
    // Opens or creates the file, migrating an older schema; sets aside a broken one (see above).
    static Opened open(const QString &path, QObject *parent = nullptr);
    // Deletes the file and its -wal/-shm (Preferences → Clear Local Data…, Reset Demo Data…).
    // False when it exists and cannot be removed.
    static bool remove(const QString &path, QString *error = nullptr);
    ~AccountStore() override;

    QString path() const { return m_path; }
    // The last error of a write, for a message; writes return false on failure and roll back.
    QString lastError() const { return m_lastError; }

    // Sync state.
    SyncState syncState() const;
    bool setSyncState(const SyncState &state);

    // Contacts. Every write is one transaction and emits contactsChanged() with the ids.
    qint64 contactCount() const;
    std::optional<CachedContact> contact(const QString &id) const;
    std::vector<CachedContact> contacts() const; // every contact, newest id first
    // Summaries of a page: names, company and lists stay as they are when the summary lacks them.
    bool upsertContacts(const std::vector<CachedContact> &contacts);
    // The app's own edit, from the server's answer (a full entry): every field and the lists.
    bool storeFullContact(const Contact &contact);
    // The memberships of these contacts become exactly the given lists.
    bool setMemberships(const std::vector<std::pair<QString, QStringList>> &contactLists);
    // One list's members (from /lists/{id}/members, page by page): adds them; with
    // finishGeneration, removes the list's members not seen since beginListMembers().
    bool beginListMembers(const QString &listId);
    bool addListMembers(const QString &listId, const QStringList &contactIds);
    bool finishListMembers(const QString &listId);
    // The stored full entry XML of a contact (for offline detail views); empty when never seen.
    QByteArray contactXml(const QString &id) const;

    // Lists: the non-system lists as the last sync saw them, with member counts from the store.
    std::vector<ContactList> lists() const;
    qint64 memberCount(const QString &listId) const;
    // Replaces every list (a vanished list takes its memberships with it). Emits listsChanged().
    bool replaceLists(const QList<ContactList> &lists);

    // Campaigns (entries as the feed gave them) and their events.
    std::vector<Campaign> campaigns() const;
    std::optional<Campaign> campaign(const QString &id) const;
    QByteArray campaignXml(const QString &id) const;
    bool replaceCampaigns(const QList<Campaign> &campaigns);
    bool storeCampaign(const Campaign &campaign, const QByteArray &xml);
    // Events are keyed by their own id: adding one already there changes nothing. Returns how
    // many were new (-1 on failure). Emits eventsChanged(campaignId).
    int addCampaignEvents(const QString &campaignId, const QList<CampaignEvent> &events);
    QList<CampaignEvent> campaignEvents(const QString &campaignId) const;
    QList<CampaignEvent> contactEvents(const QString &contactId) const; // a contact's history
    // The oldest event time the store has of a campaign ("data from …"); invalid when none.
    QDateTime campaignEventsSince(const QString &campaignId) const;
    // Where the next sync of one campaign's feed of one kind continues (an opaque page URL).
    QString eventCursor(const QString &campaignId, CampaignEventKind kind) const;
    bool setEventCursor(const QString &campaignId, CampaignEventKind kind, const QString &cursor);

    // The contacts of a view straight from a file, on any thread (own read-only connection):
    // listId empty for all, "active" / "removed" / "do-not-mail" for a status list, else a list's
    // members. Newest id first. Empty with *error on failure.
    static std::vector<CachedContact> readContacts(const QString &path, const QString &listId = {},
                                                   QString *error = nullptr);

Q_SIGNALS:
    void contactsChanged(const QStringList &ids);
    void listsChanged();
    void campaignsChanged();
    void eventsChanged(const QString &campaignId);
    void syncStateChanged();

private:
    explicit AccountStore(const QString &path, const QString &connection, QObject *parent);

    QString m_path;
    QString m_connection;
    mutable QString m_lastError;
};

} // namespace ctct::cache
