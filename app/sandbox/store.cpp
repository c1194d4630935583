// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "logging.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace ctct::sandbox {

namespace {

QAtomicInt s_connectionCounter;

// Migration n takes the schema from version n to n + 1.
const char *const kMigrations[] = {
    R"(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE lists(
    id INTEGER PRIMARY KEY, Name TEXT NOT NULL UNIQUE, OptInDefault INTEGER NOT NULL DEFAULT 0,
    DisplayOnSignup INTEGER NOT NULL DEFAULT 1, SortOrder INTEGER NOT NULL DEFAULT 99, updated INTEGER NOT NULL);
CREATE TABLE contacts(
    id INTEGER PRIMARY KEY, email_lc TEXT NOT NULL UNIQUE, Status TEXT NOT NULL,
    EmailAddress TEXT NOT NULL, EmailType TEXT NOT NULL DEFAULT 'HTML',
    FirstName TEXT DEFAULT '', MiddleName TEXT DEFAULT '', LastName TEXT DEFAULT '',
    JobTitle TEXT DEFAULT '', CompanyName TEXT DEFAULT '',
    HomePhone TEXT DEFAULT '', WorkPhone TEXT DEFAULT '',
    Addr1 TEXT DEFAULT '', Addr2 TEXT DEFAULT '', Addr3 TEXT DEFAULT '',
    City TEXT DEFAULT '', StateCode TEXT DEFAULT '', StateName TEXT DEFAULT '',
    CountryCode TEXT DEFAULT '', CountryName TEXT DEFAULT '',
    PostalCode TEXT DEFAULT '', SubPostalCode TEXT DEFAULT '', Note TEXT DEFAULT '',
    CustomField1 TEXT DEFAULT '', CustomField2 TEXT DEFAULT '', CustomField3 TEXT DEFAULT '',
    CustomField4 TEXT DEFAULT '', CustomField5 TEXT DEFAULT '', CustomField6 TEXT DEFAULT '',
    CustomField7 TEXT DEFAULT '', CustomField8 TEXT DEFAULT '', CustomField9 TEXT DEFAULT '',
    CustomField10 TEXT DEFAULT '', CustomField11 TEXT DEFAULT '', CustomField12 TEXT DEFAULT '',
    CustomField13 TEXT DEFAULT '', CustomField14 TEXT DEFAULT '', CustomField15 TEXT DEFAULT '',
    OptInSource TEXT NOT NULL DEFAULT 'ACTION_BY_CUSTOMER', OptInTime INTEGER,
    OptOutSource TEXT, OptOutTime INTEGER, OptOutReason TEXT,
    Confirmed INTEGER NOT NULL DEFAULT 0, InsertTime INTEGER NOT NULL, LastUpdateTime INTEGER NOT NULL);
CREATE INDEX contacts_status ON contacts(Status, id);
CREATE INDEX contacts_updated ON contacts(LastUpdateTime);
CREATE TABLE memberships(
    list_id INTEGER NOT NULL, contact_id INTEGER NOT NULL, OptInSource TEXT NOT NULL, OptInTime INTEGER NOT NULL,
    PRIMARY KEY(list_id, contact_id)) WITHOUT ROWID;
CREATE INDEX memberships_contact ON memberships(contact_id, list_id);
CREATE TABLE emailaddresses(
    id INTEGER PRIMARY KEY, EmailAddress TEXT NOT NULL, Status TEXT NOT NULL, VerifiedTime INTEGER,
    updated INTEGER NOT NULL);
CREATE TABLE campaigns(
    id INTEGER PRIMARY KEY, Name TEXT NOT NULL UNIQUE, Status TEXT NOT NULL, Date INTEGER NOT NULL,
    LastEditDate INTEGER, LastRunDate INTEGER, NextRunDate INTEGER, CampaignType TEXT NOT NULL DEFAULT 'CUSTOM',
    SpamReports INTEGER NOT NULL DEFAULT 0, from_email INTEGER, reply_email INTEGER,
    fields TEXT NOT NULL DEFAULT '{}', updated INTEGER NOT NULL);
CREATE INDEX campaigns_status ON campaigns(Status, id);
CREATE TABLE campaign_lists(campaign_id INTEGER NOT NULL, list_id INTEGER NOT NULL,
    PRIMARY KEY(campaign_id, list_id)) WITHOUT ROWID;
CREATE TABLE campaign_urls(campaign_id INTEGER NOT NULL, idx INTEGER NOT NULL, url TEXT NOT NULL,
    PRIMARY KEY(campaign_id, idx)) WITHOUT ROWID;
CREATE TABLE campaign_events(
    id INTEGER PRIMARY KEY, campaign_id INTEGER NOT NULL, contact_id INTEGER NOT NULL, kind TEXT NOT NULL,
    time INTEGER NOT NULL, url_idx INTEGER, code TEXT, description TEXT, message TEXT, source TEXT, reason TEXT);
CREATE INDEX campaign_events_campaign ON campaign_events(campaign_id, kind, id);
CREATE INDEX campaign_events_contact ON campaign_events(contact_id, kind, id);
CREATE TABLE events(
    id TEXT PRIMARY KEY, Name TEXT NOT NULL, Title TEXT DEFAULT '', Description TEXT DEFAULT '',
    Status TEXT NOT NULL, EventType TEXT DEFAULT '', RegistrationURL TEXT DEFAULT '',
    StartDate TEXT DEFAULT '', start_ms INTEGER NOT NULL DEFAULT 0, EndDate TEXT DEFAULT '',
    PublishDate TEXT DEFAULT '', CreatedDate TEXT NOT NULL, updated TEXT NOT NULL,
    location TEXT DEFAULT '', details TEXT DEFAULT '');
CREATE TABLE registrants(
    id TEXT PRIMARY KEY, event_id TEXT NOT NULL, FirstName TEXT NOT NULL, LastName TEXT NOT NULL,
    EmailAddress TEXT NOT NULL, RegistrationStatus TEXT NOT NULL, RegistrationDate TEXT NOT NULL,
    reg_ms INTEGER NOT NULL, AttendanceStatus TEXT NOT NULL, AttendanceType TEXT NOT NULL,
    PaymentStatus TEXT NOT NULL, TicketId TEXT DEFAULT '', updated TEXT NOT NULL,
    details TEXT DEFAULT '');
CREATE INDEX registrants_event ON registrants(event_id, reg_ms, id);
CREATE TABLE guests(
    registrant_id TEXT NOT NULL, number INTEGER NOT NULL, FirstName TEXT NOT NULL, LastName TEXT NOT NULL,
    EmailAddress TEXT NOT NULL, details TEXT DEFAULT '',
    PRIMARY KEY(registrant_id, number)) WITHOUT ROWID;
CREATE TABLE activities(
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL, Type TEXT NOT NULL, Status TEXT NOT NULL,
    InsertTime INTEGER NOT NULL, RunStartTime INTEGER, RunFinishTime INTEGER,
    TransactionCount INTEGER NOT NULL DEFAULT 0, FileName TEXT DEFAULT '',
    errors TEXT NOT NULL DEFAULT '[]', params TEXT NOT NULL DEFAULT '[]', data TEXT DEFAULT '');
CREATE INDEX activities_seq ON activities(seq);
CREATE TABLE activity_files(activity_id TEXT PRIMARY KEY, content_type TEXT NOT NULL, content BLOB NOT NULL);
)",
    // Uploads and removals run in steps; progress is the number of data rows done, so that a
    // restart continues where the last committed step ended.
    R"(
ALTER TABLE activities ADD COLUMN progress INTEGER NOT NULL DEFAULT 0;
)",
};

} // namespace

Store::Store()
    : m_connection(u"ctct-sandbox-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{}

Store::~Store()
{
    qDeleteAll(m_queries);
    m_queries.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Store::open(const QString &path, QString *error, bool *damaged)
{
    if (damaged)
        *damaged = false;
    const QString name = path.isEmpty() ? u"in-memory database"_s : path;
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(path.isEmpty() ? u":memory:"_s : path);
    if (!m_db.open()) {
        *error = u"cannot open %1: %2"_s.arg(name, m_db.lastError().text());
        return false;
    }
    if (!checkIntegrity(name, error, damaged))
        return false;
    const bool pragmas =
        (path.isEmpty() || (exec(u"PRAGMA journal_mode=WAL"_s) && exec(u"PRAGMA synchronous=NORMAL"_s))) &&
        exec(u"PRAGMA foreign_keys=OFF"_s) && exec(u"PRAGMA cache_size=-32000"_s);
    if (!pragmas) {
        *error = u"cannot set up %1: %2"_s.arg(name, m_db.lastError().text());
        return false;
    }
    return migrate(error) && checkWritable(name, error);
}

bool Store::checkIntegrity(const QString &name, QString *error, bool *damaged)
{
    QSqlQuery q(m_db);
    QStringList problems;
    if (q.exec(u"PRAGMA quick_check"_s)) {
        while (q.next())
            problems.append(q.value(0).toString());
    } else {
        problems.append(q.lastError().text());
    }
    if (problems == QStringList{u"ok"_s})
        return true;
    if (damaged)
        *damaged = true;
    *error = u"the data file %1 is damaged (%2)"_s.arg(name, problems.mid(0, 3).join(u"; "));
    return false;
}

bool Store::checkWritable(const QString &name, QString *error)
{
    // A real write, because SQLite opens a file it may not write read-only without a word.
    const bool ok = transact([this] {
        return exec(u"INSERT OR REPLACE INTO meta(key, value) VALUES('opened', ?)"_s,
                    {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    });
    if (ok)
        return true;
    *error = u"the data file %1 cannot be written (%2); give the sandbox a writable folder with --data DIR"_s.arg(
        name, m_db.lastError().text());
    return false;
}

int Store::schemaVersion()
{
    return scalar(u"PRAGMA user_version"_s).toInt();
}

bool Store::migrate(QString *error)
{
    const int current = schemaVersion();
    if (current > kSchemaVersion) {
        *error = u"the data file has schema version %1; this ctct-sandbox understands up to %2"_s.arg(current).arg(
            kSchemaVersion);
        return false;
    }
    for (int v = current; v < kSchemaVersion; ++v) {
        if (!begin()) {
            *error = u"schema migration %1 cannot begin: %2"_s.arg(v + 1).arg(m_db.lastError().text());
            return false;
        }
        const QStringList statements = QString::fromUtf8(kMigrations[v]).split(u';', Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            QSqlQuery q(m_db);
            if (!q.exec(statement)) {
                *error = u"schema migration %1 failed: %2"_s.arg(v + 1).arg(q.lastError().text());
                rollback();
                return false;
            }
        }
        if (!exec(u"PRAGMA user_version = %1"_s.arg(v + 1)) || !commit()) {
            *error = u"schema migration %1 cannot be saved: %2"_s.arg(v + 1).arg(m_db.lastError().text());
            rollback();
            return false;
        }
        qCInfo(lcStore) << "schema migrated to version" << v + 1;
    }
    return true;
}

bool Store::isSeeded()
{
    return meta(u"seeded"_s) == u"1";
}

bool Store::markSeeded()
{
    return setMeta(u"seeded"_s, u"1"_s);
}

QSqlQuery &Store::query(const QString &sql)
{
    auto it = m_queries.constFind(sql);
    if (it != m_queries.constEnd())
        return **it;
    auto *q = new QSqlQuery(m_db);
    q->setForwardOnly(true);
    if (!q->prepare(sql)) {
        m_failed = true;
        qCWarning(lcStore) << "prepare failed:" << q->lastError().text() << sql;
    }
    m_queries.insert(sql, q);
    return *q;
}

bool Store::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery &q = query(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    const bool ok = q.exec();
    if (!ok) {
        m_failed = true;
        qCWarning(lcStore) << "statement failed:" << q.lastError().text() << sql;
    }
    q.finish();
    return ok;
}

bool Store::numbers(const QString &sql, const QVariantList &values, QList<qint64> *out)
{
    QSqlQuery &q = query(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        m_failed = true;
        qCWarning(lcStore) << "statement failed:" << q.lastError().text() << sql;
        q.finish();
        return false;
    }
    while (q.next())
        out->append(q.value(0).toLongLong());
    q.finish();
    return true;
}

QVariant Store::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery &q = query(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QVariant result;
    if (!q.exec()) {
        m_failed = true;
        qCWarning(lcStore) << "statement failed:" << q.lastError().text() << sql;
    } else if (q.next()) {
        result = q.value(0);
    }
    q.finish();
    return result;
}

bool Store::begin()
{
    if (m_db.transaction())
        return true;
    m_failed = true;
    qCWarning(lcStore) << "cannot begin a transaction:" << m_db.lastError().text();
    return false;
}

bool Store::commit()
{
    if (m_db.commit())
        return true;
    m_failed = true;
    qCWarning(lcStore) << "commit failed:" << m_db.lastError().text();
    return false;
}

void Store::rollback()
{
    if (!m_db.rollback())
        qCWarning(lcStore) << "rollback failed:" << m_db.lastError().text();
}

bool Store::transact(const std::function<bool()> &work)
{
    if (!begin())
        return false;
    const bool earlier = m_failed;
    m_failed = false;
    if (work() && !m_failed && commit()) {
        m_failed = earlier;
        return true;
    }
    rollback();
    m_failed = true;
    return false;
}

QString Store::meta(const QString &key)
{
    return scalar(u"SELECT value FROM meta WHERE key = ?"_s, {key}).toString();
}

bool Store::setMeta(const QString &key, const QString &value)
{
    return exec(u"INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"_s, {key, value});
}

qint64 Store::now()
{
    m_lastNow = std::max(m_lastNow + 1, QDateTime::currentMSecsSinceEpoch());
    return m_lastNow;
}

} // namespace ctct::sandbox
