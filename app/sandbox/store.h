// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace ctct::sandbox {

// One account's data in SQLite. Statements are prepared once and reused; the schema is versioned
// with PRAGMA user_version and migrated forward on open.
class Store final
{
    Q_DISABLE_COPY_MOVE(Store)

public:
    static constexpr int kSchemaVersion = 1;

    Store();
    ~Store();

    // path empty = a private in-memory database.
    bool open(const QString &path, QString *error);
    bool isSeeded();
    bool markSeeded();

    // A cached prepared statement; bind values and exec() it.
    QSqlQuery &query(const QString &sql);
    // Runs a statement with positional values; logs and returns false on failure.
    bool exec(const QString &sql, const QVariantList &values = {});
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {});

    bool begin();
    bool commit();
    void rollback();

    QSqlDatabase &db() { return m_db; }
    int schemaVersion();

    QString meta(const QString &key);
    bool setMeta(const QString &key, const QString &value);

    // Milliseconds since the epoch, strictly increasing for this store, so that "changed since"
    // comparisons never miss an update made in the same millisecond.
    qint64 now();

private:
    bool migrate(QString *error);

    QString m_connection;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery *> m_queries;
    qint64 m_lastNow = 0;
};

} // namespace ctct::sandbox
