// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>

namespace ctct::sandbox {

// One account's data in SQLite. Statements are prepared once and reused; the schema is versioned
// with PRAGMA user_version and migrated forward on open.
class Store final
{
    Q_DISABLE_COPY_MOVE(Store)

public:
    static constexpr int kSchemaVersion = 2;

    Store();
    ~Store();

    // path empty = a private in-memory database. The file is checked before it is used: SQLite's
    // quick_check must pass (otherwise *damaged is set) and a write must succeed, so that a store
    // that cannot keep changes is refused at the start rather than losing them later.
    bool open(const QString &path, QString *error, bool *damaged = nullptr);
    bool isSeeded();
    bool markSeeded();

    // A cached prepared statement; bind values and exec() it.
    QSqlQuery &query(const QString &sql);
    // Runs a statement with positional values; logs and returns false on failure.
    bool exec(const QString &sql, const QVariantList &values = {});
    // The first column of every row as numbers; false when the statement failed.
    bool numbers(const QString &sql, const QVariantList &values, QList<qint64> *out);
    // The first column of the first row, or an invalid QVariant (also when the statement failed:
    // failed() tells the two apart).
    QVariant scalar(const QString &sql, const QVariantList &values = {});

    // True when a statement, begin or commit failed since the last clearFailure(). A request is
    // answered 500 when any of its statements failed, even a read whose empty result looked like
    // "no such row".
    bool failed() const { return m_failed; }
    void clearFailure() { m_failed = false; }

    bool begin();
    bool commit();
    void rollback();
    // Runs `work` in a transaction and commits it; when beginning fails, `work` returns false, any
    // statement in it failed (a read included) or the commit fails, everything is rolled back and
    // transact returns false.
    bool transact(const std::function<bool()> &work);

    QSqlDatabase &db() { return m_db; }
    int schemaVersion();

    QString meta(const QString &key);
    bool setMeta(const QString &key, const QString &value);

    // Milliseconds since the epoch, strictly increasing for this store, so that "changed since"
    // comparisons never miss an update made in the same millisecond.
    qint64 now();

private:
    bool migrate(QString *error);
    bool checkIntegrity(const QString &name, QString *error, bool *damaged);
    bool checkWritable(const QString &name, QString *error);

    QString m_connection;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery *> m_queries;
    qint64 m_lastNow = 0;
    bool m_failed = false;
};

} // namespace ctct::sandbox
