// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which column of a user's CSV feeds which upload column of the API (api-contract §8.2).
//
// Headers are matched by name and by the synonyms that Outlook (English and German), Google
// Contacts, Apple Contacts, Thunderbird, Mailchimp and Constant Contact's own export write,
// ignoring case, spaces and punctuation; the account's custom field names are an input. What
// could mean two things is never guessed: "Phone" (work or home?), "Name" (first or last?),
// "Title" (salutation or job?) and a second e-mail column are left out, each with the reason,
// and the user may map them. A pure value type: the wizard edits it, serialises it with
// toVariantMap()/toJson() and keys saved mappings by headerKey().

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace ctct::importing {

struct MappedColumn
{
    enum class Source { Automatic, User };
    QString header;    // as in the file (trimmed)
    QString apiColumn; // empty: left out
    Source source = Source::Automatic;
    QString note; // why it is left out, or what it replaced; empty for a plain match
    bool operator==(const MappedColumn &) const = default;
};

class ColumnMapping
{
public:
    ColumnMapping() = default;
    // customFieldNames: CUSTOM FIELD number (1-15) -> the name the account gave it.
    static ColumnMapping automatic(const QStringList &header, const QMap<int, QString> &customFieldNames = {});

    const QList<MappedColumn> &columns() const { return m_columns; }
    qsizetype size() const { return m_columns.size(); }
    QStringList header() const;
    // The file column that feeds an API column; -1 if none.
    qsizetype sourceOf(const QString &apiColumn) const;
    qsizetype emailColumn() const;
    // The API columns in use, EMAIL ADDRESS first, then in the API's order.
    QStringList apiColumnsInUse() const;
    // The headers left out, each with its reason: "Notes (no matching API column)".
    QStringList leftOut() const;

    // The user's choices. setColumn(i, X) takes X away from any other column (noting it there);
    // false when X is not an API column. skip(i) leaves the column out.
    bool setColumn(qsizetype index, const QString &apiColumn);
    void skip(qsizetype index);
    // Takes the user's choices of a saved mapping when it is for the same header set.
    bool applySaved(const ColumnMapping &saved);

    // Saved mappings are keyed by the header set: the same headers in the same order.
    static QString headerKey(const QStringList &header);
    QString key() const { return headerKey(header()); }
    QVariantMap toVariantMap() const;
    static std::optional<ColumnMapping> fromVariantMap(const QVariantMap &map);
    QString toJson() const;
    static std::optional<ColumnMapping> fromJson(const QString &json);

    bool operator==(const ColumnMapping &) const = default;

private:
    QList<MappedColumn> m_columns;
};

// The API's column names for uploads and exports, in the API's order.
const QStringList &apiColumns();
// The longest value the API takes for a column (decision 9); 0 when it sets none.
int apiColumnLimit(QStringView apiColumn);

// The API column a single header stands for by name or synonym; empty when none (or when it
// could mean two).
QString apiColumnForHeader(QStringView header, const QMap<int, QString> &customFieldNames = {});

} // namespace ctct::importing
