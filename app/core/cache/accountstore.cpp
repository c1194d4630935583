// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/accountstore.h"

#include "atom/atomreader.h"
#include "platform/logging.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ctct::cache {

namespace {

QAtomicInteger<quint64> s_connections;

QString newConnectionName()
{
    return u"ctct-cache-"_s + QString::number(s_connections.fetchAndAddRelaxed(1));
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(); // invalid: binds NULL
}

// Qt 6 gives a NULL column as an empty value of some type: ask isNull() of the query.
QDateTime timeOf(const QSqlQuery &q, int column)
{
    return q.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(q.value(column).toLongLong(), Qt::UTC);
}

// Whether a column holds what a bound value would write (an invalid QVariant is NULL).
bool sameValue(const QSqlQuery &q, int column, const QVariant &value)
{
    if (q.isNull(column))
        return !value.isValid();
    return value.isValid() && q.value(column).toString() == value.toString();
}

QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QString(u""_s)) : QVariant(text);
}

std::optional<qint64> numberOf(QStringView id)
{
    const QStringView last = id.mid(id.lastIndexOf(u'/') + 1);
    bool ok = false;
    const qint64 n = last.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

QString prefixOf(const QString &id)
{
    const qsizetype slash = id.lastIndexOf(u'/');
    return slash < 0 ? QString() : id.left(slash + 1);
}

// Each migration takes the schema from version i to i + 1.
const char *const kMigrations[] = {
    // 0 -> 1
    R"(CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE contacts(id INTEGER PRIMARY KEY, status TEXT NOT NULL, email TEXT NOT NULL, email_type TEXT,
  name TEXT, opt_in_source TEXT, opt_in_time INTEGER, opt_out_source TEXT, opt_out_time INTEGER, updated INTEGER);
CREATE TABLE lists(id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, short_name TEXT,
  opt_in_default INTEGER, display_on_signup INTEGER, sort_order INTEGER, contact_count INTEGER,
  generation INTEGER NOT NULL DEFAULT 0);
CREATE TABLE memberships(list_id INTEGER NOT NULL, contact_id INTEGER NOT NULL, generation INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(list_id, contact_id)) WITHOUT ROWID;
CREATE INDEX memberships_contact ON memberships(contact_id);
CREATE TABLE campaigns(id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, status TEXT NOT NULL,
  date INTEGER, xml BLOB);
CREATE TABLE campaign_events(campaign_id INTEGER NOT NULL, kind INTEGER NOT NULL, event_id TEXT NOT NULL,
  contact_id INTEGER, email TEXT, campaign_name TEXT, time INTEGER, link_url TEXT, code TEXT, description TEXT,
  message TEXT, opt_out_source TEXT, opt_out_reason TEXT, PRIMARY KEY(campaign_id, kind, event_id)) WITHOUT ROWID;
CREATE INDEX campaign_events_contact ON campaign_events(contact_id);
CREATE TABLE event_cursors(campaign_id INTEGER NOT NULL, kind INTEGER NOT NULL, cursor TEXT NOT NULL,
  PRIMARY KEY(campaign_id, kind)) WITHOUT ROWID;)",
    // 1 -> 2: full contact entries; the status lists' index
    R"(ALTER TABLE contacts ADD COLUMN first_name TEXT;
ALTER TABLE contacts ADD COLUMN last_name TEXT;
ALTER TABLE contacts ADD COLUMN company TEXT;
ALTER TABLE contacts ADD COLUMN xml BLOB;
CREATE INDEX contacts_status ON contacts(status);)",
};
static_assert(std::size(kMigrations) == AccountStore::SchemaVersion);

bool execScript(QSqlDatabase &db, const char *script, QString *error)
{
    const QStringList statements = QString::fromUtf8(script).split(u';', Qt::SkipEmptyParts);
    for (const QString &statement : statements) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

// A connection to path; the caller removes it (QSqlDatabase::removeDatabase) when done.
QSqlDatabase openConnection(const QString &path, const QString &name, bool readOnly, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
    if (readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(options);
    if (!db.open())
        *error = db.lastError().text();
    return db;
}

class Connection
{
public:
    Connection(const QString &path, bool readOnly, QString *error)
        : m_name(newConnectionName())
    {
        m_db = openConnection(path, m_name, readOnly, error);
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(Connection)
    QSqlDatabase &db() { return m_db; }
    bool isOpen() const { return m_db.isOpen(); }

private:
    QString m_name;
    QSqlDatabase m_db;
};

// What is wrong with an existing file, or empty; *version gets its user_version.
QString diagnose(const QString &path, int *version)
{
    QString error;
    Connection c(path, true, &error);
    if (!c.isOpen())
        return error.isEmpty() ? u"it cannot be opened"_s : error;
    QSqlQuery q(c.db());
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return q.lastError().text().isEmpty() ? u"it is not a database"_s : q.lastError().text();
    *version = q.value(0).toInt();
    q.finish();
    if (!q.exec(u"PRAGMA quick_check"_s) || !q.next())
        return q.lastError().text().isEmpty() ? u"its integrity check did not run"_s : q.lastError().text();
    const QString verdict = q.value(0).toString();
    if (verdict != u"ok")
        return u"its integrity check failed (%1)"_s.arg(verdict);
    q.finish();
    if (*version > AccountStore::SchemaVersion)
        return u"it was written by a newer version of the app (schema %1, this version knows %2)"_s.arg(*version).arg(
            AccountStore::SchemaVersion);
    // A file of ours has our tables; a foreign SQLite file is not ours to migrate.
    if (*version > 0 ? !q.exec(u"SELECT COUNT(*) FROM meta"_s)
                     : !q.exec(u"SELECT COUNT(*) FROM sqlite_master"_s) || !q.next() || q.value(0).toInt() > 0)
        return u"it is not a store of this app"_s;
    return {};
}

// Moves the file and its journals aside; the new name, or empty.
QString setAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = path + u".broken-"_s + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + u".broken-"_s + stamp + u'-' + QString::number(n);
    if (!QFile::rename(path, target))
        return {};
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString journal = path + QLatin1StringView(suffix);
        if (QFileInfo::exists(journal))
            QFile::rename(journal, target + QLatin1StringView(suffix));
    }
    return target;
}

const char *const kContactColumns = "c.id, c.status, c.email, c.email_type, c.name, c.first_name, c.last_name, "
                                    "c.company, c.opt_in_source, c.opt_in_time, c.opt_out_source, c.opt_out_time, "
                                    "c.updated";

CachedContact contactFromRow(const QSqlQuery &q, const QString &prefix)
{
    CachedContact c;
    c.id = prefix + q.value(0).toString();
    c.status = q.value(1).toString();
    c.email = q.value(2).toString();
    c.emailType = q.value(3).toString();
    c.name = q.value(4).toString();
    c.firstName = q.value(5).toString();
    c.lastName = q.value(6).toString();
    c.company = q.value(7).toString();
    c.optInSource = q.value(8).toString();
    c.optInTime = timeOf(q, 9);
    c.optOutSource = q.value(10).toString();
    c.optOutTime = timeOf(q, 11);
    c.updated = timeOf(q, 12);
    return c;
}

// The statuses of a system list's contacts (the sandbox and the API alike: Unconfirmed
// contacts are on the active list).
QStringList statusesOfView(QStringView view)
{
    if (view == u"active")
        return {u"Active"_s, u"Unconfirmed"_s};
    if (view == u"removed")
        return {u"Removed"_s};
    if (view == u"do-not-mail")
        return {u"Do Not Mail"_s};
    return {};
}

const char *const kEventColumns = "kind, event_id, contact_id, email, campaign_id, campaign_name, time, link_url, "
                                  "code, description, message, opt_out_source, opt_out_reason";

CampaignEvent eventFromRow(const QSqlQuery &q, const QString &contactPrefix, const QString &campaignPrefix,
                           const QString &eventsPrefix)
{
    CampaignEvent e;
    e.kind = CampaignEventKind(q.value(0).toInt());
    const QString campaign = campaignPrefix + q.value(4).toString();
    e.id = eventsPrefix.isEmpty()
               ? q.value(1).toString()
               : campaign + u"/events/"_s + campaignEventCollection(e.kind) + u'/' + q.value(1).toString();
    e.contactId = q.isNull(2) ? QString() : contactPrefix + q.value(2).toString();
    e.contactEmail = q.value(3).toString();
    e.campaignId = campaign;
    e.campaignName = q.value(5).toString();
    e.eventTime = timeOf(q, 6);
    e.updated = e.eventTime;
    e.linkUrl = q.value(7).toString();
    e.code = q.value(8).toString();
    e.description = q.value(9).toString();
    e.bounceMessage = q.value(10).toString();
    e.optOutSource = q.value(11).toString();
    e.optOutReason = q.value(12).toString();
    return e;
}

QHash<QString, QString> readPrefixes(QSqlDatabase &db)
{
    QHash<QString, QString> out;
    QSqlQuery q(db);
    if (q.exec(u"SELECT key, value FROM meta WHERE key LIKE 'prefix:%'"_s)) {
        while (q.next())
            out.insert(q.value(0).toString().mid(7), q.value(1).toString());
    }
    return out;
}

} // namespace

QString sandboxAccountKey(const QString &dataDir)
{
    const QString dir =
        dataDir.isEmpty() || dataDir == u":memory:" ? dataDir : QDir::cleanPath(QFileInfo(dataDir).absoluteFilePath());
    return u"sandbox@"_s + dir;
}

CachedContact CachedContact::fromContact(const Contact &contact)
{
    CachedContact c;
    c.id = contact.id;
    c.status = contact.status;
    c.email = contact.emailAddress;
    c.emailType = contact.emailType;
    c.name = contact.name;
    c.firstName = contact.firstName;
    c.lastName = contact.lastName;
    c.company = contact.companyName;
    c.optInSource = contact.optInSource;
    c.optInTime = contact.optInTime;
    c.optOutSource = contact.optOutSource;
    c.optOutTime = contact.optOutTime;
    c.updated = contact.lastUpdateTime.isValid() ? contact.lastUpdateTime : contact.updated;
    if (contact.hasContactLists) {
        for (const ContactListMembership &m : contact.contactLists)
            c.lists.append(m.listId);
    }
    return c;
}

Contact CachedContact::toContact() const
{
    Contact c;
    c.id = id;
    c.status = status;
    c.emailAddress = email;
    c.emailType = emailType;
    c.name = name;
    c.firstName = firstName;
    c.lastName = lastName;
    c.companyName = company;
    c.optInSource = optInSource;
    c.optInTime = optInTime;
    c.optOutSource = optOutSource;
    c.optOutTime = optOutTime;
    c.lastUpdateTime = updated;
    c.updated = updated;
    if (!lists.isEmpty()) {
        c.hasContactLists = true;
        for (const QString &l : lists)
            c.contactLists.append({l, {}, {}});
    }
    return c;
}

// ----------------------------------------------------------------------------- opening

QString AccountStore::defaultFolder()
{
    if (const QString dir = qEnvironmentVariable("CTCT_CACHE_DIR"); !dir.isEmpty())
        return dir;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/ctct-manager/cache"_s;
}

QString AccountStore::fileName(const QString &accountKey)
{
    const QByteArray hash = QCryptographicHash::hash(accountKey.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(hash.left(24)) + u".sqlite"_s;
}

QString AccountStore::defaultPath(const QString &accountKey)
{
    return defaultFolder() + u'/' + fileName(accountKey);
}

AccountStore::Opened AccountStore::open(const QString &path, QObject *parent)
{
    Opened opened;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        opened.error = tr("The folder %1 cannot be created.").arg(info.absolutePath());
        return opened;
    }
    if (info.exists()) {
        int version = 0;
        const QString problem = diagnose(path, &version);
        if (!problem.isEmpty()) {
            qCWarning(lcCacheStore) << "setting aside" << path << ":" << problem;
            opened.setAsideReason = problem;
            opened.setAsidePath = setAside(path);
            if (opened.setAsidePath.isEmpty()) {
                opened.error = tr("The local copy %1 is unreadable (%2) and cannot be moved aside.").arg(path, problem);
                return opened;
            }
        }
    }

    const QString name = newConnectionName();
    QString error;
    {
        QSqlDatabase db = openConnection(path, name, false, &error);
        bool ok = db.isOpen();
        int version = 0;
        if (ok) {
            QSqlQuery q(db);
            ok = q.exec(u"PRAGMA journal_mode=WAL"_s) && q.exec(u"PRAGMA synchronous=NORMAL"_s) &&
                 q.exec(u"PRAGMA user_version"_s) && q.next();
            if (ok)
                version = q.value(0).toInt();
            else
                error = q.lastError().text();
        }
        if (ok && version < SchemaVersion) {
            // Every step in one transaction, so a crash in a migration leaves the old schema.
            ok = db.transaction();
            for (int v = version; ok && v < SchemaVersion; ++v)
                ok = execScript(db, kMigrations[v], &error);
            if (ok) {
                QSqlQuery q(db);
                ok = q.exec(u"PRAGMA user_version = %1"_s.arg(SchemaVersion));
                if (!ok)
                    error = q.lastError().text();
            }
            ok = ok ? db.commit() : (db.rollback(), false);
            if (ok && version > 0) {
                opened.migratedFrom = version;
                qCInfo(lcCacheStore) << "migrated" << path << "from schema" << version << "to" << SchemaVersion;
            }
        }
        if (!ok) {
            if (error.isEmpty())
                error = db.lastError().text();
            db.close();
        }
    }
    QSqlDatabase probe = QSqlDatabase::database(name, false);
    if (!probe.isOpen()) {
        probe = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        opened.error = tr("The local copy %1 cannot be opened: %2").arg(path, error);
        return opened;
    }
    probe = QSqlDatabase();
    opened.store.reset(new AccountStore(path, name, parent));
    return opened;
}

bool AccountStore::remove(const QString &path, QString *error)
{
    for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s}) {
        if (QFileInfo::exists(file) && !QFile::remove(file)) {
            if (error)
                *error = tr("%1 cannot be removed.").arg(file);
            return false;
        }
    }
    return true;
}

QString AccountStore::check(const QString &path)
{
    if (!QFileInfo::exists(path))
        return {};
    int version = 0;
    return diagnose(path, &version);
}

AccountStore::AccountStore(const QString &path, const QString &connection, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_connection(connection)
{
    QSqlDatabase d = db();
    m_prefixes = readPrefixes(d);
}

AccountStore::~AccountStore()
{
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase AccountStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool AccountStore::fail(const QSqlQuery &query) const
{
    return fail(query.lastError().text());
}

bool AccountStore::fail(const QString &what) const
{
    m_lastError = what;
    qCWarning(lcCacheStore) << "write failed:" << what;
    return false;
}

template<typename Work>
bool AccountStore::transact(Work work)
{
    if (m_inTransaction)
        return work(); // part of the transaction under way (SQLite's do not nest)
    QSqlDatabase d = db();
    if (!d.transaction())
        return fail(d.lastError().text());
    m_inTransaction = true;
    const bool done = work();
    m_inTransaction = false;
    if (!done) {
        d.rollback();
        m_prefixes = readPrefixes(d); // a prefix learnt in the rolled-back work is gone again
        return false;
    }
    if (!d.commit()) {
        const QString error = d.lastError().text();
        d.rollback();
        m_prefixes = readPrefixes(d);
        return fail(error);
    }
    return true;
}

QString AccountStore::meta(const QString &key) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool AccountStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(textValue(value));
    return q.exec() || fail(q);
}

std::optional<qint64> AccountStore::keyOf(const QString &id, const char *kind)
{
    const std::optional<qint64> n = numberOf(id);
    if (!n)
        return std::nullopt;
    const QString k = QLatin1StringView(kind);
    if (!m_prefixes.contains(k)) {
        const QString prefix = prefixOf(id);
        if (!prefix.isEmpty()) {
            if (!setMeta(u"prefix:"_s + k, prefix))
                return std::nullopt;
            m_prefixes.insert(k, prefix);
        }
    }
    return n;
}

QString AccountStore::uriOf(qint64 key, const char *kind) const
{
    return m_prefixes.value(QLatin1StringView(kind)) + QString::number(key);
}

// ----------------------------------------------------------------------------- sync state

SyncState AccountStore::syncState() const
{
    SyncState s;
    const auto time = [this](const QString &key) {
        const QString v = meta(key);
        return v.isEmpty() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
    };
    s.lastSync = time(u"sync:last"_s);
    s.lastComplete = time(u"sync:complete"_s);
    s.lastAttempt = time(u"sync:attempt"_s);
    s.fullSyncDone = meta(u"sync:full-done"_s) == u"1";
    s.fullSyncCursor = meta(u"sync:full-cursor"_s);
    return s;
}

bool AccountStore::setSyncState(const SyncState &state)
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? QString::number(t.toMSecsSinceEpoch()) : QString();
    };
    const bool ok = transact([&] {
        return setMeta(u"sync:last"_s, time(state.lastSync)) && setMeta(u"sync:complete"_s, time(state.lastComplete)) &&
               setMeta(u"sync:attempt"_s, time(state.lastAttempt)) &&
               setMeta(u"sync:full-done"_s, state.fullSyncDone ? u"1"_s : u"0"_s) &&
               setMeta(u"sync:full-cursor"_s, state.fullSyncCursor);
    });
    if (ok)
        emit syncStateChanged();
    return ok;
}

// ----------------------------------------------------------------------------- contacts

qint64 AccountStore::contactCount() const
{
    QSqlQuery q(db());
    return q.exec(u"SELECT COUNT(*) FROM contacts"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

QHash<QString, qint64> AccountStore::statusCounts() const
{
    QHash<QString, qint64> out;
    QSqlQuery q(db());
    if (q.exec(u"SELECT status, COUNT(*) FROM contacts GROUP BY status"_s)) {
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return out;
}

std::optional<CachedContact> AccountStore::contact(const QString &id) const
{
    const std::optional<qint64> n = numberOf(id);
    if (!n)
        return std::nullopt;
    QSqlQuery q(db());
    q.prepare(u"SELECT "_s + QLatin1StringView(kContactColumns) + u" FROM contacts c WHERE c.id = ?"_s);
    q.addBindValue(*n);
    if (!q.exec() || !q.next())
        return std::nullopt;
    CachedContact c = contactFromRow(q, m_prefixes.value(u"contacts"_s));
    q.finish();
    q.prepare(u"SELECT list_id FROM memberships WHERE contact_id = ? ORDER BY list_id"_s);
    q.addBindValue(*n);
    if (q.exec()) {
        while (q.next())
            c.lists.append(uriOf(q.value(0).toLongLong(), "lists"));
    }
    return c;
}

bool AccountStore::upsertContacts(const std::vector<CachedContact> &contacts, ContactChanges *changes)
{
    ContactChanges local;
    ContactChanges &out = changes ? *changes : local;
    out = {};
    const bool ok = transact([&] {
        QSqlQuery read(db());
        read.prepare(u"SELECT status, email, email_type, name, opt_in_source, opt_in_time, opt_out_source, "
                     "opt_out_time, updated FROM contacts WHERE id = ?"_s);
        QSqlQuery write(db());
        write.prepare(u"INSERT INTO contacts(id, status, email, email_type, name, opt_in_source, opt_in_time, "
                      "opt_out_source, opt_out_time, updated) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                      "ON CONFLICT(id) DO UPDATE SET status = excluded.status, email = excluded.email, "
                      "email_type = excluded.email_type, "
                      "first_name = CASE WHEN name IS excluded.name THEN first_name END, "
                      "last_name = CASE WHEN name IS excluded.name THEN last_name END, "
                      "name = excluded.name, opt_in_source = excluded.opt_in_source, "
                      "opt_in_time = excluded.opt_in_time, opt_out_source = excluded.opt_out_source, "
                      "opt_out_time = excluded.opt_out_time, updated = excluded.updated"_s);
        for (const CachedContact &c : contacts) {
            const std::optional<qint64> key = keyOf(c.id, "contacts");
            if (!key) {
                qCWarning(lcCacheStore) << "a contact without a numeric id is not kept:" << c.id;
                continue;
            }
            const QVariantList values{*key,
                                      textValue(c.status),
                                      textValue(c.email),
                                      textValue(c.emailType),
                                      textValue(c.name),
                                      textValue(c.optInSource),
                                      timeValue(c.optInTime),
                                      textValue(c.optOutSource),
                                      timeValue(c.optOutTime),
                                      timeValue(c.updated)};
            read.bindValue(0, *key);
            if (!read.exec())
                return fail(read);
            bool added = true;
            if (read.next()) {
                added = false;
                bool same = true;
                for (int i = 0; i < 9 && same; ++i)
                    same = sameValue(read, i, values[i + 1]);
                read.finish();
                if (same)
                    continue;
            }
            read.finish();
            for (int i = 0; i < values.size(); ++i)
                write.bindValue(i, values[i]);
            if (!write.exec())
                return fail(write);
            ++(added ? out.added : out.changed);
            out.ids.append(uriOf(*key, "contacts"));
        }
        return true;
    });
    if (!ok)
        out = {};
    else if (!out.ids.isEmpty())
        emit contactsChanged(out.ids);
    return ok;
}

bool AccountStore::storeFullContact(const Contact &contact, const QByteArray &xml)
{
    const std::optional<qint64> key = keyOf(contact.id, "contacts");
    if (!key)
        return fail(u"the contact has no numeric id: %1"_s.arg(contact.id));
    CachedContact c = CachedContact::fromContact(contact);
    // The Name column keeps the collection feeds' form ("Last, First"): a full entry's Name is
    // written otherwise, and the next summary would count as a change.
    c.name = c.lastName.isEmpty()    ? c.firstName
             : c.firstName.isEmpty() ? c.lastName
                                     : c.lastName + u", "_s + c.firstName;
    const bool ok = transact([&] {
        QSqlQuery q(db());
        q.prepare(u"INSERT INTO contacts(id, status, email, email_type, name, first_name, last_name, company, "
                  "opt_in_source, opt_in_time, opt_out_source, opt_out_time, updated, xml) "
                  "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                  "status = excluded.status, email = excluded.email, email_type = excluded.email_type, "
                  "name = COALESCE(name, excluded.name), first_name = excluded.first_name, "
                  "last_name = excluded.last_name, "
                  "company = excluded.company, opt_in_source = excluded.opt_in_source, "
                  "opt_in_time = excluded.opt_in_time, opt_out_source = excluded.opt_out_source, "
                  "opt_out_time = excluded.opt_out_time, updated = excluded.updated, "
                  "xml = COALESCE(excluded.xml, xml)"_s);
        const QVariantList values{*key,
                                  textValue(c.status),
                                  textValue(c.email),
                                  textValue(c.emailType),
                                  textValue(c.name),
                                  textValue(c.firstName),
                                  textValue(c.lastName),
                                  textValue(c.company),
                                  textValue(c.optInSource),
                                  timeValue(c.optInTime),
                                  textValue(c.optOutSource),
                                  timeValue(c.optOutTime),
                                  timeValue(c.updated),
                                  xml.isEmpty() ? QVariant() : QVariant(xml)};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        if (!q.exec())
            return fail(q);
        if (!contact.hasContactLists)
            return true;
        QStringList lists;
        for (const ContactListMembership &m : contact.contactLists)
            lists.append(m.listId);
        return setMemberships({{contact.id, lists}});
    });
    if (ok)
        emit contactsChanged({uriOf(*key, "contacts")});
    return ok;
}

bool AccountStore::setMemberships(const std::vector<std::pair<QString, QStringList>> &contactLists, int *changed)
{
    int count = 0;
    QStringList ids;
    const auto work = [&] {
        QSqlQuery read(db());
        read.prepare(u"SELECT list_id FROM memberships WHERE contact_id = ?"_s);
        QSqlQuery del(db());
        del.prepare(u"DELETE FROM memberships WHERE contact_id = ? AND list_id = ?"_s);
        QSqlQuery add(db());
        add.prepare(u"INSERT OR IGNORE INTO memberships(list_id, contact_id, generation) "
                    "VALUES(?, ?, COALESCE((SELECT generation FROM lists WHERE id = ?), 0))"_s);
        for (const auto &[id, lists] : contactLists) {
            const std::optional<qint64> contact = numberOf(id);
            if (!contact)
                continue;
            QSet<qint64> wanted;
            for (const QString &l : lists) {
                if (isSystemListId(l))
                    continue;
                if (const std::optional<qint64> n = keyOf(l, "lists"))
                    wanted.insert(*n);
            }
            QSet<qint64> have;
            read.bindValue(0, *contact);
            if (!read.exec())
                return fail(read);
            while (read.next())
                have.insert(read.value(0).toLongLong());
            read.finish();
            const int before = count;
            for (qint64 l : std::as_const(have)) {
                if (wanted.contains(l))
                    continue;
                del.bindValue(0, *contact);
                del.bindValue(1, l);
                if (!del.exec())
                    return fail(del);
                ++count;
            }
            for (qint64 l : std::as_const(wanted)) {
                if (have.contains(l))
                    continue;
                add.bindValue(0, l);
                add.bindValue(1, *contact);
                add.bindValue(2, l);
                if (!add.exec())
                    return fail(add);
                ++count;
            }
            if (count != before)
                ids.append(uriOf(*contact, "contacts"));
        }
        return true;
    };
    // Also called inside storeFullContact()'s transaction, which then tells of the change.
    const bool outer = !m_inTransaction;
    const bool ok = transact(work);
    if (changed)
        *changed = ok ? count : 0;
    if (ok && outer && !ids.isEmpty())
        emit contactsChanged(ids);
    return ok;
}

std::optional<QSet<qint64>> AccountStore::keys(const char *table) const
{
    QSet<qint64> out;
    QSqlQuery q(db());
    if (!q.exec(u"SELECT id FROM "_s + QLatin1StringView(table))) {
        fail(q);
        return std::nullopt;
    }
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

int AccountStore::listGeneration(qint64 list) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT generation FROM lists WHERE id = ?"_s);
    q.addBindValue(list);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool AccountStore::beginListMembers(const QString &listId)
{
    const std::optional<qint64> list = keyOf(listId, "lists");
    if (!list)
        return fail(u"not a list id: %1"_s.arg(listId));
    QSqlQuery q(db());
    q.prepare(u"UPDATE lists SET generation = generation + 1 WHERE id = ?"_s);
    q.addBindValue(*list);
    return q.exec() || fail(q);
}

bool AccountStore::addListMembers(const QString &listId, const QList<ContactListMember> &members, int *changed)
{
    const std::optional<qint64> list = keyOf(listId, "lists");
    if (!list)
        return fail(u"not a list id: %1"_s.arg(listId));
    int count = 0;
    QStringList ids;
    const bool ok = transact([&] {
        const int generation = listGeneration(*list);
        QSqlQuery stub(db());
        stub.prepare(u"INSERT OR IGNORE INTO contacts(id, status, email, name) VALUES(?, '', ?, ?)"_s);
        QSqlQuery exists(db());
        exists.prepare(u"SELECT 1 FROM memberships WHERE list_id = ? AND contact_id = ?"_s);
        QSqlQuery add(db());
        add.prepare(u"INSERT INTO memberships(list_id, contact_id, generation) VALUES(?, ?, ?) "
                    "ON CONFLICT(list_id, contact_id) DO UPDATE SET generation = excluded.generation"_s);
        for (const ContactListMember &m : members) {
            const std::optional<qint64> contact = keyOf(m.id, "contacts");
            if (!contact)
                continue;
            stub.bindValue(0, *contact);
            stub.bindValue(1, textValue(m.emailAddress));
            stub.bindValue(2, textValue(m.name));
            if (!stub.exec())
                return fail(stub);
            const bool newContact = stub.numRowsAffected() > 0;
            exists.bindValue(0, *list);
            exists.bindValue(1, *contact);
            if (!exists.exec())
                return fail(exists);
            const bool had = exists.next();
            exists.finish();
            add.bindValue(0, *list);
            add.bindValue(1, *contact);
            add.bindValue(2, generation);
            if (!add.exec())
                return fail(add);
            if (!had || newContact) {
                ++count;
                ids.append(uriOf(*contact, "contacts"));
            }
        }
        return true;
    });
    if (changed)
        *changed = ok ? count : 0;
    if (ok && !ids.isEmpty())
        emit contactsChanged(ids);
    return ok;
}

bool AccountStore::finishListMembers(const QString &listId, int *changed)
{
    const std::optional<qint64> list = keyOf(listId, "lists");
    if (!list)
        return fail(u"not a list id: %1"_s.arg(listId));
    QStringList ids;
    const bool ok = transact([&] {
        const int generation = listGeneration(*list);
        QSqlQuery q(db());
        q.prepare(u"DELETE FROM memberships WHERE list_id = ? AND generation < ? RETURNING contact_id"_s);
        q.addBindValue(*list);
        q.addBindValue(generation);
        if (!q.exec())
            return fail(q);
        while (q.next())
            ids.append(uriOf(q.value(0).toLongLong(), "contacts"));
        return true;
    });
    if (changed)
        *changed = ok ? int(ids.size()) : 0;
    if (ok && !ids.isEmpty())
        emit contactsChanged(ids);
    return ok;
}

QHash<QString, QStringList> AccountStore::memberships() const
{
    QHash<QString, QStringList> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT contact_id, list_id FROM memberships ORDER BY contact_id, list_id"_s)) {
        while (q.next())
            out[uriOf(q.value(0).toLongLong(), "contacts")].append(uriOf(q.value(1).toLongLong(), "lists"));
    }
    return out;
}

QVariant AccountStore::valueById(const char *sql, const QString &id) const
{
    const std::optional<qint64> n = numberOf(id);
    if (!n)
        return {};
    QSqlQuery q(db());
    q.prepare(QLatin1StringView(sql));
    q.addBindValue(*n);
    return q.exec() && q.next() && !q.isNull(0) ? q.value(0) : QVariant();
}

QByteArray AccountStore::contactXml(const QString &id) const
{
    return valueById("SELECT xml FROM contacts WHERE id = ?", id).toByteArray();
}

// ----------------------------------------------------------------------------- lists

std::vector<ContactList> AccountStore::lists() const
{
    std::vector<ContactList> out;
    QSqlQuery q(db());
    if (!q.exec(u"SELECT id, name, short_name, opt_in_default, display_on_signup, sort_order, contact_count "
                "FROM lists ORDER BY position"_s))
        return out;
    const auto optionalBool = [&q](int column) {
        return q.isNull(column) ? std::nullopt : std::optional<bool>(q.value(column).toBool());
    };
    const auto optionalInt = [&q](int column) {
        return q.isNull(column) ? std::nullopt : std::optional<qint64>(q.value(column).toLongLong());
    };
    while (q.next()) {
        ContactList l;
        l.id = uriOf(q.value(0).toLongLong(), "lists");
        l.name = q.value(1).toString();
        l.shortName = q.value(2).toString();
        l.optInDefault = optionalBool(3);
        l.displayOnSignup = optionalBool(4);
        l.sortOrder = optionalInt(5);
        l.contactCount = optionalInt(6);
        l.membersId = l.id + u"/members"_s;
        out.push_back(std::move(l));
    }
    return out;
}

qint64 AccountStore::memberCount(const QString &listId) const
{
    return valueById("SELECT COUNT(*) FROM memberships WHERE list_id = ?", listId).toLongLong();
}

bool AccountStore::replaceLists(const QList<ContactList> &lists, QStringList *added, QStringList *removed)
{
    QStringList addedIds;
    QStringList removedIds;
    QStringList orphaned; // contacts whose membership went with a list
    bool changed = false;
    const bool ok = transact([&] {
        const std::optional<QSet<qint64>> before = keys("lists");
        if (!before)
            return false;
        QSet<qint64> seen;
        QSqlQuery read(db());
        read.prepare(u"SELECT position, name, short_name, opt_in_default, display_on_signup, sort_order, "
                     "contact_count FROM lists WHERE id = ?"_s);
        QSqlQuery write(db());
        write.prepare(u"INSERT INTO lists(id, position, name, short_name, opt_in_default, display_on_signup, "
                      "sort_order, contact_count) VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                      "position = excluded.position, name = excluded.name, short_name = excluded.short_name, "
                      "opt_in_default = excluded.opt_in_default, display_on_signup = excluded.display_on_signup, "
                      "sort_order = excluded.sort_order, contact_count = excluded.contact_count"_s);
        int position = 0;
        const auto boolValue = [](const std::optional<bool> &b) { return b ? QVariant(int(*b)) : QVariant(); };
        const auto intValue = [](const std::optional<qint64> &n) { return n ? QVariant(*n) : QVariant(); };
        for (const ContactList &l : lists) {
            if (l.isSystemList())
                continue;
            const std::optional<qint64> key = keyOf(l.id, "lists");
            if (!key || seen.contains(*key))
                continue;
            seen.insert(*key);
            const QVariantList values{*key,
                                      position++,
                                      textValue(l.name),
                                      textValue(l.shortName),
                                      boolValue(l.optInDefault),
                                      boolValue(l.displayOnSignup),
                                      intValue(l.sortOrder),
                                      intValue(l.contactCount)};
            read.bindValue(0, *key);
            if (!read.exec())
                return fail(read);
            if (read.next()) {
                bool same = true;
                for (int i = 0; i < 7 && same; ++i)
                    same = sameValue(read, i, values[i + 1]);
                read.finish();
                if (same)
                    continue;
            } else {
                read.finish();
                addedIds.append(uriOf(*key, "lists"));
            }
            for (int i = 0; i < values.size(); ++i)
                write.bindValue(i, values[i]);
            if (!write.exec())
                return fail(write);
            changed = true;
        }
        for (qint64 gone : *before) {
            if (seen.contains(gone))
                continue;
            QSqlQuery q(db());
            q.prepare(u"DELETE FROM memberships WHERE list_id = ? RETURNING contact_id"_s);
            q.addBindValue(gone);
            if (!q.exec())
                return fail(q);
            while (q.next())
                orphaned.append(uriOf(q.value(0).toLongLong(), "contacts"));
            q.finish();
            q.prepare(u"DELETE FROM lists WHERE id = ?"_s);
            q.addBindValue(gone);
            if (!q.exec())
                return fail(q);
            removedIds.append(uriOf(gone, "lists"));
            changed = true;
        }
        return true;
    });
    if (!ok)
        return false;
    if (added)
        *added = addedIds;
    if (removed)
        *removed = removedIds;
    if (changed)
        emit listsChanged();
    if (!orphaned.isEmpty())
        emit contactsChanged(orphaned);
    return true;
}

// ----------------------------------------------------------------------------- campaigns

namespace {

Campaign campaignSummary(const QSqlQuery &q, const QString &prefix)
{
    Campaign c;
    c.id = prefix + q.value(0).toString();
    c.name = q.value(1).toString();
    c.status = q.value(2).toString();
    c.date = timeOf(q, 3);
    return c;
}

// A row of SELECT id, name, status, date, xml: the full entry when one is kept and readable.
CachedCampaign campaignFromRow(const QSqlQuery &q, const QString &prefix)
{
    CachedCampaign c;
    c.campaign = campaignSummary(q, prefix);
    const QByteArray xml = q.value(4).toByteArray();
    if (!xml.isEmpty()) {
        atom::Parsed<Campaign> parsed = atom::readEntry<Campaign>(xml);
        if (parsed.ok()) {
            c.campaign = std::move(*parsed.value);
            c.hasEntry = true;
        }
    }
    return c;
}

} // namespace

std::vector<CachedCampaign> AccountStore::campaigns() const
{
    std::vector<CachedCampaign> out;
    QSqlQuery q(db());
    if (!q.exec(u"SELECT id, name, status, date, xml FROM campaigns ORDER BY position"_s))
        return out;
    while (q.next())
        out.push_back(campaignFromRow(q, m_prefixes.value(u"campaigns"_s)));
    return out;
}

std::optional<CachedCampaign> AccountStore::campaign(const QString &id) const
{
    const std::optional<qint64> n = numberOf(id);
    if (!n)
        return std::nullopt;
    QSqlQuery q(db());
    q.prepare(u"SELECT id, name, status, date, xml FROM campaigns WHERE id = ?"_s);
    q.addBindValue(*n);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return campaignFromRow(q, m_prefixes.value(u"campaigns"_s));
}

QByteArray AccountStore::campaignXml(const QString &id) const
{
    return valueById("SELECT xml FROM campaigns WHERE id = ?", id).toByteArray();
}

bool AccountStore::replaceCampaigns(const QList<Campaign> &summaries, QStringList *changedIds)
{
    QStringList changed;
    bool any = false;
    const bool ok = transact([&] {
        const std::optional<QSet<qint64>> before = keys("campaigns");
        if (!before)
            return false;
        QSet<qint64> seen;
        QSqlQuery read(db());
        read.prepare(u"SELECT position, name, status, date FROM campaigns WHERE id = ?"_s);
        QSqlQuery write(db());
        // A summary that differs from the full entry kept makes that entry stale: it goes.
        write.prepare(u"INSERT INTO campaigns(id, position, name, status, date) VALUES(?, ?, ?, ?, ?) "
                      "ON CONFLICT(id) DO UPDATE SET position = excluded.position, name = excluded.name, "
                      "status = excluded.status, date = excluded.date, "
                      "xml = CASE WHEN name IS excluded.name AND status IS excluded.status AND date IS excluded.date "
                      "THEN xml END"_s);
        int position = 0;
        for (const Campaign &c : summaries) {
            const std::optional<qint64> key = keyOf(c.id, "campaigns");
            if (!key || seen.contains(*key))
                continue;
            seen.insert(*key);
            const QVariantList values{*key, position++, textValue(c.name), textValue(c.status), timeValue(c.date)};
            read.bindValue(0, *key);
            if (!read.exec())
                return fail(read);
            bool contentChanged = true;
            if (read.next()) {
                contentChanged = false;
                for (int i = 1; i < 4 && !contentChanged; ++i)
                    contentChanged = !sameValue(read, i, values[i + 1]);
                const bool moved = read.value(0).toInt() != values[1].toInt();
                read.finish();
                if (!contentChanged && !moved)
                    continue;
            } else {
                read.finish();
            }
            for (int i = 0; i < values.size(); ++i)
                write.bindValue(i, values[i]);
            if (!write.exec())
                return fail(write);
            any = true;
            if (contentChanged)
                changed.append(uriOf(*key, "campaigns"));
        }
        for (qint64 gone : *before) {
            if (seen.contains(gone))
                continue;
            if (!deleteCampaign(gone))
                return false;
            any = true;
        }
        return true;
    });
    if (!ok)
        return false;
    if (changedIds)
        *changedIds = changed;
    if (any)
        emit campaignsChanged();
    return true;
}

bool AccountStore::deleteCampaign(qint64 key)
{
    for (const char *sql : {"DELETE FROM campaign_events WHERE campaign_id = ?",
                            "DELETE FROM event_cursors WHERE campaign_id = ?", "DELETE FROM campaigns WHERE id = ?"}) {
        QSqlQuery q(db());
        q.prepare(QLatin1StringView(sql));
        q.addBindValue(key);
        if (!q.exec())
            return fail(q);
    }
    return true;
}

bool AccountStore::removeCampaign(const QString &id)
{
    const std::optional<qint64> key = numberOf(id);
    if (!key)
        return fail(u"the campaign has no numeric id: %1"_s.arg(id));
    const bool ok = transact([&] { return deleteCampaign(*key); });
    if (ok)
        emit campaignsChanged();
    return ok;
}

bool AccountStore::storeCampaign(const Campaign &campaign, const QByteArray &xml)
{
    const std::optional<qint64> key = keyOf(campaign.id, "campaigns");
    if (!key)
        return fail(u"the campaign has no numeric id: %1"_s.arg(campaign.id));
    const bool ok = transact([&] {
        QSqlQuery q(db());
        q.prepare(u"INSERT INTO campaigns(id, position, name, status, date, xml) "
                  "VALUES(?, COALESCE((SELECT MAX(position) + 1 FROM campaigns), 0), ?, ?, ?, ?) "
                  "ON CONFLICT(id) DO UPDATE SET name = excluded.name, status = excluded.status, "
                  "date = excluded.date, xml = excluded.xml"_s);
        q.addBindValue(*key);
        q.addBindValue(textValue(campaign.name));
        q.addBindValue(textValue(campaign.status));
        q.addBindValue(timeValue(campaign.date));
        q.addBindValue(xml);
        return q.exec() || fail(q);
    });
    if (ok)
        emit campaignsChanged();
    return ok;
}

// ----------------------------------------------------------------------------- events

int AccountStore::addCampaignEvents(const QString &campaignId, const QList<CampaignEvent> &events)
{
    const std::optional<qint64> campaign = keyOf(campaignId, "campaigns");
    if (!campaign) {
        fail(u"the campaign has no numeric id: %1"_s.arg(campaignId));
        return -1;
    }
    int added = 0;
    const bool ok = transact([&] {
        QSqlQuery q(db());
        q.prepare(u"INSERT OR IGNORE INTO campaign_events(campaign_id, kind, event_id, contact_id, email, "
                  "campaign_name, time, link_url, code, description, message, opt_out_source, opt_out_reason) "
                  "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const CampaignEvent &e : events) {
            const QString eventId = shortIdOf(e.id);
            if (eventId.isEmpty())
                continue;
            const std::optional<qint64> contact = e.contactId.isEmpty() ? std::nullopt : keyOf(e.contactId, "contacts");
            q.bindValue(0, *campaign);
            q.bindValue(1, int(e.kind));
            q.bindValue(2, eventId);
            q.bindValue(3, contact ? QVariant(*contact) : QVariant());
            q.bindValue(4, textValue(e.contactEmail));
            q.bindValue(5, textValue(e.campaignName));
            q.bindValue(6, timeValue(e.eventTime));
            q.bindValue(7, textValue(e.linkUrl));
            q.bindValue(8, textValue(e.code));
            q.bindValue(9, textValue(e.description));
            q.bindValue(10, textValue(e.bounceMessage));
            q.bindValue(11, textValue(e.optOutSource));
            q.bindValue(12, textValue(e.optOutReason));
            if (!q.exec())
                return fail(q);
            added += q.numRowsAffected() > 0 ? 1 : 0;
        }
        return true;
    });
    if (!ok)
        return -1;
    if (added > 0)
        emit eventsChanged(uriOf(*campaign, "campaigns"));
    return added;
}

std::array<qint64, CampaignEventKindCount> AccountStore::eventCounts(const QString &campaignId) const
{
    std::array<qint64, CampaignEventKindCount> counts{};
    const std::optional<qint64> n = numberOf(campaignId);
    if (!n)
        return counts;
    QSqlQuery q(db());
    q.prepare(u"SELECT kind, COUNT(*) FROM campaign_events WHERE campaign_id = ? GROUP BY kind"_s);
    q.addBindValue(*n);
    if (q.exec()) {
        while (q.next()) {
            const int kind = q.value(0).toInt();
            if (kind >= 0 && kind < CampaignEventKindCount)
                counts[size_t(kind)] = q.value(1).toLongLong();
        }
    }
    return counts;
}

QList<CampaignEvent> AccountStore::contactEvents(const QString &contactId) const
{
    QList<CampaignEvent> out;
    const std::optional<qint64> n = numberOf(contactId);
    if (!n)
        return out;
    QSqlQuery q(db());
    q.prepare(u"SELECT "_s + QLatin1StringView(kEventColumns) +
              u" FROM campaign_events WHERE contact_id = ? ORDER BY time DESC"_s);
    q.addBindValue(*n);
    if (q.exec()) {
        while (q.next())
            out.append(eventFromRow(q, m_prefixes.value(u"contacts"_s), m_prefixes.value(u"campaigns"_s), u"/"_s));
    }
    return out;
}

QDateTime AccountStore::campaignEventsSince(const QString &campaignId) const
{
    const QVariant oldest = valueById("SELECT MIN(time) FROM campaign_events WHERE campaign_id = ?", campaignId);
    return oldest.isValid() ? QDateTime::fromMSecsSinceEpoch(oldest.toLongLong(), Qt::UTC) : QDateTime();
}

QString AccountStore::eventCursor(const QString &campaignId, CampaignEventKind kind) const
{
    const std::optional<qint64> n = numberOf(campaignId);
    if (!n)
        return {};
    QSqlQuery q(db());
    q.prepare(u"SELECT cursor FROM event_cursors WHERE campaign_id = ? AND kind = ?"_s);
    q.addBindValue(*n);
    q.addBindValue(int(kind));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool AccountStore::setEventCursor(const QString &campaignId, CampaignEventKind kind, const QString &cursor)
{
    const std::optional<qint64> n = keyOf(campaignId, "campaigns");
    if (!n)
        return fail(u"the campaign has no numeric id: %1"_s.arg(campaignId));
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO event_cursors(campaign_id, kind, cursor) VALUES(?, ?, ?) "
              "ON CONFLICT(campaign_id, kind) DO UPDATE SET cursor = excluded.cursor"_s);
    q.addBindValue(*n);
    q.addBindValue(int(kind));
    q.addBindValue(cursor);
    return q.exec() || fail(q);
}

// ----------------------------------------------------------------------------- readers

std::vector<CachedContact> AccountStore::readContacts(const QString &path, const QString &view, QString *error)
{
    std::vector<CachedContact> out;
    QString problem;
    Connection c(path, true, &problem);
    if (!c.isOpen()) {
        if (error)
            *error = problem;
        return out;
    }
    const QString prefix = readPrefixes(c.db()).value(u"contacts"_s);
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    const QString columns = QLatin1StringView(kContactColumns);
    if (view.isEmpty()) {
        q.prepare(u"SELECT "_s + columns + u" FROM contacts c ORDER BY c.id DESC"_s);
    } else if (const QStringList statuses = statusesOfView(view); !statuses.isEmpty()) {
        q.prepare(u"SELECT "_s + columns + u" FROM contacts c WHERE c.status IN ("_s +
                  QStringList(statuses.size(), u"?"_s).join(u", ") + u") ORDER BY c.id DESC"_s);
        for (const QString &s : statuses)
            q.addBindValue(s);
    } else {
        const std::optional<qint64> list = numberOf(view);
        if (!list) {
            if (error)
                *error = u"not a list: %1"_s.arg(view);
            return out;
        }
        q.prepare(u"SELECT "_s + columns +
                  u" FROM memberships m JOIN contacts c ON c.id = m.contact_id WHERE m.list_id = ? "
                  "ORDER BY c.id DESC"_s);
        q.addBindValue(*list);
    }
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.push_back(contactFromRow(q, prefix));
    if (q.lastError().isValid()) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    return out;
}

std::array<QList<CampaignEvent>, CampaignEventKindCount>
AccountStore::readCampaignEvents(const QString &path, const QString &campaignId, QString *error)
{
    std::array<QList<CampaignEvent>, CampaignEventKindCount> out;
    const std::optional<qint64> campaign = numberOf(campaignId);
    QString problem;
    Connection c(path, true, &problem);
    if (!c.isOpen() || !campaign) {
        if (error)
            *error = campaign ? problem : u"not a campaign: %1"_s.arg(campaignId);
        return out;
    }
    const QHash<QString, QString> prefixes = readPrefixes(c.db());
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + QLatin1StringView(kEventColumns) +
              u" FROM campaign_events WHERE campaign_id = ? ORDER BY kind, time, event_id"_s);
    q.addBindValue(*campaign);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    const QString contacts = prefixes.value(u"contacts"_s);
    const QString campaigns = prefixes.value(u"campaigns"_s);
    while (q.next()) {
        CampaignEvent e = eventFromRow(q, contacts, campaigns, u"/"_s);
        if (int(e.kind) >= 0 && int(e.kind) < CampaignEventKindCount)
            out[size_t(e.kind)].append(std::move(e));
    }
    return out;
}

} // namespace ctct::cache
