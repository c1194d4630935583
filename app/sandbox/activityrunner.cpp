// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityrunner.h"

#include "csv.h"
#include "feedcontext.h"
#include "logging.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace ctct::sandbox {

namespace {

// Rows of an upload or removal done in one step (one transaction, one turn of the event loop).
constexpr qsizetype kRowsPerStep = 1000;

struct RunResult
{
    int transactions = 0;
    int rows = 0;
    QJsonArray errors;
    QString fileName;
};

void addError(RunResult &r, int line, const QString &email, const QString &message)
{
    r.errors.append(QJsonObject{{u"line"_s, line}, {u"email"_s, email}, {u"message"_s, message}});
}

} // namespace

ActivityRunner::ActivityRunner(FeedContext &context, int stepMs, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
    , m_stepMs(std::max(0, stepMs))
{}

ActivityRunner::~ActivityRunner() = default;

bool ActivityRunner::isKnownState(const QString &state)
{
    static const QSet<QString> known = [] {
        QSet<QString> s;
        const char *const entries[] = {"AL",
                                       "Alabama",
                                       "AK",
                                       "Alaska",
                                       "AZ",
                                       "Arizona",
                                       "AR",
                                       "Arkansas",
                                       "CA",
                                       "California",
                                       "CO",
                                       "Colorado",
                                       "CT",
                                       "Connecticut",
                                       "DE",
                                       "Delaware",
                                       "DC",
                                       "District of Columbia",
                                       "FL",
                                       "Florida",
                                       "GA",
                                       "Georgia",
                                       "HI",
                                       "Hawaii",
                                       "ID",
                                       "Idaho",
                                       "IL",
                                       "Illinois",
                                       "IN",
                                       "Indiana",
                                       "IA",
                                       "Iowa",
                                       "KS",
                                       "Kansas",
                                       "KY",
                                       "Kentucky",
                                       "LA",
                                       "Louisiana",
                                       "ME",
                                       "Maine",
                                       "MD",
                                       "Maryland",
                                       "MA",
                                       "Massachusetts",
                                       "MI",
                                       "Michigan",
                                       "MN",
                                       "Minnesota",
                                       "MS",
                                       "Mississippi",
                                       "MO",
                                       "Missouri",
                                       "MT",
                                       "Montana",
                                       "NE",
                                       "Nebraska",
                                       "NV",
                                       "Nevada",
                                       "NH",
                                       "New Hampshire",
                                       "NJ",
                                       "New Jersey",
                                       "NM",
                                       "New Mexico",
                                       "NY",
                                       "New York",
                                       "NC",
                                       "North Carolina",
                                       "ND",
                                       "North Dakota",
                                       "OH",
                                       "Ohio",
                                       "OK",
                                       "Oklahoma",
                                       "OR",
                                       "Oregon",
                                       "PA",
                                       "Pennsylvania",
                                       "RI",
                                       "Rhode Island",
                                       "SC",
                                       "South Carolina",
                                       "SD",
                                       "South Dakota",
                                       "TN",
                                       "Tennessee",
                                       "TX",
                                       "Texas",
                                       "UT",
                                       "Utah",
                                       "VT",
                                       "Vermont",
                                       "VA",
                                       "Virginia",
                                       "WA",
                                       "Washington",
                                       "WV",
                                       "West Virginia",
                                       "WI",
                                       "Wisconsin",
                                       "WY",
                                       "Wyoming",
                                       "PR",
                                       "Puerto Rico",
                                       "GU",
                                       "Guam",
                                       "VI",
                                       "Virgin Islands",
                                       "AS",
                                       "American Samoa",
                                       "MP",
                                       "Northern Mariana Islands",
                                       "AA",
                                       "AE",
                                       "AP",
                                       "AB",
                                       "Alberta",
                                       "BC",
                                       "British Columbia",
                                       "MB",
                                       "Manitoba",
                                       "NB",
                                       "New Brunswick",
                                       "NL",
                                       "Newfoundland and Labrador",
                                       "NS",
                                       "Nova Scotia",
                                       "NT",
                                       "Northwest Territories",
                                       "NU",
                                       "Nunavut",
                                       "ON",
                                       "Ontario",
                                       "PE",
                                       "Prince Edward Island",
                                       "QC",
                                       "Quebec",
                                       "SK",
                                       "Saskatchewan",
                                       "YT",
                                       "Yukon"};
        for (const char *e : entries)
            s.insert(QString::fromUtf8(e).toLower());
        return s;
    }();
    return known.contains(state.trimmed().toLower());
}

void ActivityRunner::schedule(const QString &id)
{
    QTimer::singleShot(m_stepMs, this, [this, id] { advance(id); });
}

void ActivityRunner::resume()
{
    QSqlQuery &q =
        m_ctx.store().query(u"SELECT id FROM activities WHERE Status IN ('PENDING', 'RUNNING') ORDER BY seq"_s);
    q.exec();
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    q.finish();
    for (const QString &id : std::as_const(ids))
        schedule(id);
}

void ActivityRunner::advance(const QString &id)
{
    Store &store = m_ctx.store();
    const QString status = store.scalar(u"SELECT Status FROM activities WHERE id = ?"_s, {id}).toString();
    if (status == u"PENDING") {
        // When the store refuses the change the activity stays PENDING and is tried again.
        if (store.exec(u"UPDATE activities SET Status = 'RUNNING', RunStartTime = ? WHERE id = ?"_s, {store.now(), id}))
            qCDebug(lcActivity) << id << "running";
        schedule(id);
    } else if (status == u"RUNNING") {
        execute(id);
    }
    Q_EMIT stepped(id);
}

void ActivityRunner::fail(const QString &id, const QString &message)
{
    m_records.remove(id);
    Store &store = m_ctx.store();
    const QJsonArray errors{QJsonObject{{u"line"_s, 0}, {u"email"_s, QString()}, {u"message"_s, message}}};
    if (!store.exec(u"UPDATE activities SET Status = 'ERROR', RunFinishTime = ?, TransactionCount = 0, errors = ? "
                    "WHERE id = ?"_s,
                    {store.now(), QString::fromUtf8(QJsonDocument(errors).toJson(QJsonDocument::Compact)), id}))
        qCWarning(lcActivity) << id
                              << "stays RUNNING: its failure cannot be recorded either; it runs again at the "
                                 "next start";
}

void ActivityRunner::execute(const QString &id)
{
    Store &store = m_ctx.store();
    QSqlQuery &q =
        store.query(u"SELECT Type, params, data, progress, TransactionCount, errors FROM activities WHERE id = ?"_s);
    q.bindValue(0, id);
    if (!q.exec() || !q.next()) {
        q.finish();
        return;
    }
    const QString type = q.value(0).toString();
    const QJsonArray paramArray = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
    const QString data = q.value(2).toString();
    const qsizetype progress = q.value(3).toLongLong();
    RunResult result;
    result.rows = int(progress);
    result.transactions = q.value(4).toInt();
    result.errors = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array();
    q.finish();
    QList<QPair<QString, QString>> params;
    for (const QJsonValue &v : paramArray)
        params.append({v.toArray().at(0).toString(), v.toArray().at(1).toString()});
    const auto values = [&params](const QString &key) {
        QStringList r;
        for (const auto &[k, v] : params) {
            if (k == key)
                r.append(v);
        }
        return r;
    };
    QList<qint64> lists;
    for (const QString &uri : values(u"lists"_s)) {
        if (const auto l = m_ctx.listIdFromUri(uri))
            lists.append(*l);
    }

    const qint64 now = store.now();
    if (!store.begin()) {
        fail(id, u"storage error: cannot begin a transaction"_s);
        return;
    }
    // Each row's changes are kept or undone as a whole: a statement that fails undoes the row
    // (never a half-changed contact, never the id of another row) and the row is reported.
    const auto inRow = [&store](const std::function<bool()> &work) {
        if (!store.exec(u"SAVEPOINT activity_row"_s))
            return false;
        if (work() && !store.failed())
            return store.exec(u"RELEASE activity_row"_s);
        store.exec(u"ROLLBACK TO activity_row"_s);
        store.exec(u"RELEASE activity_row"_s);
        return false;
    };
    const QString notStored = u"Not saved: the sandbox could not write this row to its data store"_s;
    bool storageFailed = false;
    if (type == u"SV_ADD" || type == u"ADD_CONTACTS" || type == u"ADD_CONTACT_DETAIL" ||
        type == u"REMOVE_CONTACTS_FROM_LISTS") {
        const bool remove = type == u"REMOVE_CONTACTS_FROM_LISTS";
        std::shared_ptr<QList<CsvRecord>> &cached = m_records[id];
        if (!cached) {
            cached = std::make_shared<QList<CsvRecord>>();
            QString error;
            parseCsv(data, cached.get(), &error); // validated when the activity was created
        }
        const QList<CsvRecord> &records = *cached;
        QList<const ContactField *> columns;
        int emailColumn = -1;
        if (!records.isEmpty()) {
            const QStringList header = records.first().fields;
            for (int i = 0; i < header.size(); ++i) {
                const QString name = header.at(i).trimmed();
                const ContactField *f = name.compare(u"EMAIL", Qt::CaseInsensitive) == 0 ? &kContactFields.first()
                                                                                         : contactFieldByColumn(name);
                columns.append(f);
                if (f && f->element == u"EmailAddress")
                    emailColumn = i;
            }
        }
        // One step does kRowsPerStep rows; the others wait for the next, so that requests are
        // answered in between.
        const qsizetype end = std::min<qsizetype>(records.size(), 1 + progress + kRowsPerStep);
        for (qsizetype r = 1 + progress; r < end; ++r) {
            const CsvRecord &record = records.at(r);
            ++result.rows;
            store.clearFailure(); // a lookup of this row that fails makes the row "not saved"
            const QString email = emailColumn >= 0 && emailColumn < record.fields.size()
                                      ? record.fields.at(emailColumn).trimmed()
                                      : QString();
            if (!isValidEmail(email)) {
                addError(result, record.line, email,
                         email.isEmpty() ? u"Missing email address"_s : u"Invalid email address \"%1\""_s.arg(email));
                continue;
            }
            const QVariant existing = store.scalar(u"SELECT id FROM contacts WHERE email_lc = ?"_s, {email.toLower()});
            if (remove) {
                if (!existing.isValid()) {
                    addError(result, record.line, email, u"Contact not found"_s);
                    continue;
                }
                const qint64 cid = existing.toLongLong();
                const bool stored = inRow([&] {
                    for (qint64 l : std::as_const(lists)) {
                        if (!store.exec(u"DELETE FROM memberships WHERE list_id = ? AND contact_id = ?"_s, {l, cid}))
                            return false;
                    }
                    return m_ctx.touchContact(cid, now) && m_ctx.settleStatus(cid, now);
                });
                if (!stored) {
                    addError(result, record.line, email, notStored);
                    continue;
                }
                ++result.transactions;
                continue;
            }
            QHash<QString, QString> fieldValues;
            QString rowError;
            QString country;
            for (int i = 0; i < columns.size() && i < record.fields.size(); ++i) {
                const ContactField *f = columns.at(i);
                const QString value = record.fields.at(i).trimmed();
                if (!f || value.isEmpty())
                    continue;
                if (f->maxLength > 0 && value.size() > f->maxLength) {
                    rowError = u"Value too long for %1 (at most %2 characters)"_s.arg(f->csvColumn).arg(f->maxLength);
                    break;
                }
                if (f->element == u"EmailType" && value.compare(u"HTML", Qt::CaseInsensitive) != 0 &&
                    value.compare(u"Text", Qt::CaseInsensitive) != 0) {
                    rowError = u"Unknown email type \"%1\""_s.arg(value);
                    break;
                }
                if (f->element == u"CountryName" || f->element == u"CountryCode")
                    country = value.toLower();
                fieldValues.insert(f->element.toString(), value);
            }
            const bool northAmerica = country.isEmpty() || country == u"us" || country == u"ca" ||
                                      country == u"united states" || country == u"canada" || country == u"usa";
            for (const QString &stateField : {u"StateCode"_s, u"StateName"_s}) {
                if (rowError.isEmpty() && northAmerica && fieldValues.contains(stateField) &&
                    !isKnownState(fieldValues.value(stateField)))
                    rowError = u"Unknown US/Canadian state/prov \"%1\""_s.arg(fieldValues.value(stateField));
            }
            if (!rowError.isEmpty()) {
                addError(result, record.line, email, rowError);
                continue;
            }
            if (fieldValues.contains(u"EmailType"_s))
                fieldValues.insert(u"EmailType"_s,
                                   fieldValues.value(u"EmailType"_s).toLower() == u"html" ? u"HTML"_s : u"Text"_s);
            qint64 cid = 0;
            QString sql;
            QVariantList bind;
            if (existing.isValid()) {
                cid = existing.toLongLong();
                const QString status = store.scalar(u"SELECT Status FROM contacts WHERE id = ?"_s, {cid}).toString();
                if (status == u"Do Not Mail") {
                    addError(result, record.line, email, u"Contact is on the Do Not Mail list"_s);
                    continue;
                }
                fieldValues.remove(u"EmailAddress"_s);
                QStringList sets{u"LastUpdateTime = ?"_s};
                bind = {now};
                for (auto it = fieldValues.cbegin(); it != fieldValues.cend(); ++it) {
                    sets.append(it.key() + u" = ?"_s);
                    bind.append(it.value());
                }
                if (status == u"Removed") {
                    sets.append(u"Status = 'Active', OptInSource = 'ACTION_BY_CUSTOMER', OptInTime = ?"_s);
                    bind.append(now);
                }
                bind.append(cid);
                sql = u"UPDATE contacts SET %1 WHERE id = ?"_s.arg(sets.join(u", "));
            } else {
                QStringList cols{u"email_lc"_s,  u"Status"_s,     u"OptInSource"_s,
                                 u"OptInTime"_s, u"InsertTime"_s, u"LastUpdateTime"_s};
                bind = {email.toLower(), u"Active"_s, u"ACTION_BY_CUSTOMER"_s, now, now, now};
                fieldValues.insert(u"EmailAddress"_s, email);
                for (auto it = fieldValues.cbegin(); it != fieldValues.cend(); ++it) {
                    cols.append(it.key());
                    bind.append(it.value());
                }
                sql = u"INSERT INTO contacts(%1) VALUES(%2)"_s.arg(cols.join(u", "),
                                                                   QStringList(cols.size(), u"?"_s).join(u", "));
            }
            const bool stored = inRow([&] {
                if (!store.exec(sql, bind))
                    return false;
                // The new row's id only after its INSERT succeeded: last_insert_rowid() after a
                // failure would be the id of the contact inserted before.
                if (!existing.isValid())
                    cid = store.scalar(u"SELECT last_insert_rowid()"_s).toLongLong();
                if (cid <= 0)
                    return false;
                for (qint64 l : std::as_const(lists)) {
                    if (!store.exec(u"INSERT OR IGNORE INTO memberships(list_id, contact_id, OptInSource, OptInTime) "
                                    "VALUES(?, ?, 'ACTION_BY_CUSTOMER', ?)"_s,
                                    {l, cid, now}))
                        return false;
                }
                return true;
            });
            if (!stored) {
                addError(result, record.line, email, notStored);
                continue;
            }
            ++result.transactions;
        }
        if (end < records.size()) {
            const bool saved =
                store.exec(u"UPDATE activities SET progress = ?, TransactionCount = ?, errors = ? WHERE id = ?"_s,
                           {end - 1, result.transactions,
                            QString::fromUtf8(QJsonDocument(result.errors).toJson(QJsonDocument::Compact)), id}) &&
                store.commit();
            if (!saved) {
                store.rollback();
                fail(id, u"storage error: the sandbox could not save a step of the activity"_s);
                return;
            }
            QTimer::singleShot(0, this, [this, id] { execute(id); });
            return;
        }
        m_records.remove(id);
    } else if (type == u"CLEAR_CONTACTS_FROM_LISTS") {
        for (qint64 l : std::as_const(lists)) {
            QList<qint64> members;
            const bool cleared =
                store.numbers(u"SELECT contact_id FROM memberships WHERE list_id = ?"_s, {l}, &members) &&
                store.exec(u"DELETE FROM memberships WHERE list_id = ?"_s, {l}) && [&] {
                    for (qint64 c : std::as_const(members)) {
                        if (!m_ctx.touchContact(c, now) || !m_ctx.settleStatus(c, now))
                            return false;
                    }
                    return true;
                }();
            if (!cleared) {
                storageFailed = true;
                break;
            }
            result.transactions += int(members.size());
        }
    } else if (type == u"EXPORT_CONTACTS") {
        const QString listUri = values(u"listId"_s).value(0);
        const auto listPart = m_ctx.idFromUri(listUri, u"lists").value_or(QString());
        const bool txt = values(u"fileType"_s).value(0).toUpper() == u"TXT";
        const QChar separator = txt ? u'\t' : u',';
        const bool optDate = values(u"exportOptDate"_s).value(0).toLower() == u"true";
        const bool optSource = values(u"exportOptSource"_s).value(0).toLower() == u"true";
        const bool listName = values(u"exportListName"_s).value(0).toLower() == u"true";
        const bool byDate = values(u"sortBy"_s).value(0).toUpper() == u"DATE_DESC";
        QStringList header{u"EMAIL ADDRESS"_s};
        QStringList selected{u"c.EmailAddress"_s};
        for (const QString &column : values(u"columns"_s)) {
            const ContactField *f = contactFieldByColumn(column.trimmed());
            if (!f || f->element == u"EmailAddress" || header.contains(f->csvColumn.toString()))
                continue;
            header.append(f->csvColumn.toString());
            selected.append(u"c."_s + f->element);
        }
        const bool doNotMail = listPart == u"do-not-mail";
        QString from;
        QString optTime;
        QString optSrc;
        QString name;
        if (listPart == u"active" || listPart == u"removed" || doNotMail) {
            const QString statuses = listPart == u"active" ? u"'Active', 'Unconfirmed'"_s
                                     : doNotMail           ? u"'Do Not Mail'"_s
                                                           : u"'Removed'"_s;
            from = u"FROM contacts c WHERE c.Status IN (%1)"_s.arg(statuses);
            optTime = doNotMail ? u"c.OptOutTime"_s : u"c.OptInTime"_s;
            optSrc = doNotMail ? u"c.OptOutSource"_s : u"c.OptInSource"_s;
            name = listPart == u"active" ? u"'Active'"_s : doNotMail ? u"'Do Not Mail'"_s : u"'Removed'"_s;
        } else {
            from = u"FROM memberships m JOIN contacts c ON c.id = m.contact_id JOIN lists l ON l.id = m.list_id "
                   "WHERE m.list_id = %1"_s.arg(listPart.toLongLong());
            optTime = u"m.OptInTime"_s;
            optSrc = u"m.OptInSource"_s;
            name = u"l.Name"_s;
        }
        if (optDate) {
            header.append(doNotMail ? u"OPT-OUT DATE"_s : u"OPT-IN DATE"_s);
            selected.append(optTime);
        }
        if (optSource) {
            header.append(doNotMail ? u"OPT-OUT SOURCE"_s : u"OPT-IN SOURCE"_s);
            selected.append(optSrc);
        }
        if (listName) {
            header.append(u"LIST NAME"_s);
            selected.append(name);
        }
        const int dateColumn = optDate ? int(header.indexOf(doNotMail ? u"OPT-OUT DATE"_s : u"OPT-IN DATE"_s)) : -1;
        QSqlQuery rows(store.db());
        rows.setForwardOnly(true);
        storageFailed = !rows.exec(u"SELECT %1 %2 ORDER BY %3"_s.arg(
            selected.join(u", "), from, byDate ? optTime + u" DESC, c.email_lc"_s : u"c.email_lc"_s));
        QString file = csvLine(header, separator);
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < header.size(); ++i) {
                const QVariant v = rows.value(i);
                cells.append(i == dateColumn && !v.isNull() ? atomTime(v.toLongLong()) : v.toString());
            }
            file += csvLine(cells, separator);
            ++result.transactions;
        }
        const QString extension = txt ? u"txt"_s : u"csv"_s;
        storageFailed =
            storageFailed ||
            !store.exec(u"INSERT OR REPLACE INTO activity_files(activity_id, content_type, content) VALUES(?, ?, ?)"_s,
                        {id, txt ? u"text/plain; charset=utf-8"_s : u"text/csv; charset=utf-8"_s, file.toUtf8()});
        result.fileName = m_ctx.idUri(u"activities/"_s + id + u'.' + extension);
    }
    const bool failed = result.rows > 0 && result.transactions == 0;
    if (storageFailed ||
        !store.exec(u"UPDATE activities SET Status = ?, RunFinishTime = ?, TransactionCount = ?, FileName = ?, "
                    "errors = ? WHERE id = ?"_s,
                    {failed ? u"ERROR"_s : u"COMPLETE"_s, store.now(), result.transactions, result.fileName,
                     QString::fromUtf8(QJsonDocument(result.errors).toJson(QJsonDocument::Compact)), id}) ||
        !store.commit()) {
        store.rollback();
        fail(id, u"storage error: the sandbox could not save the activity's last step"_s);
        return;
    }
    qCDebug(lcActivity) << id << type << "finished:" << result.transactions << "transactions," << result.errors.size()
                        << "errors";
}

} // namespace ctct::sandbox
