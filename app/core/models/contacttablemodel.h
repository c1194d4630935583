// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The contacts of a view as a flat table. Rows are compact (what a list shows, plus one
// pre-folded search key), not whole Contact values, so 100,000 loaded contacts stay within
// design.md §10's memory budget; the editor loads a contact in full when it opens it.

#include "domain/contact.h"
#include "models/pagedtablemodel.h"

#include <QHash>

#include <vector>

class QMimeData;

namespace ctct::cache {
struct CachedContact;
}

namespace ctct {

struct ContactRow
{
    QString id;
    QString email;
    QString firstName;
    QString lastName;
    QString name; // the server's Name when there are no first/last names
    QString company;
    QString status;     // as the server sent it
    qint64 updated = 0; // ms since the epoch (LastUpdateTime, else the entry's updated)

    static ContactRow fromContact(const Contact &contact);
    // A contact of the local copy of the account, as the collection feeds give it (the Name
    // "Last, First"; the first and last names apart only in the editor and the details).
    static ContactRow fromCached(const cache::CachedContact &contact);
    QString displayName() const;
    // Lower-case, accents removed: e-mail, names, company.
    QString searchKey() const;
};

// Lower-case with diacritics removed ("Jörg" -> "jorg"), for search-as-you-type.
QString foldForSearch(QStringView text);
// The same for one character when it folds to exactly one; 0 when it does not.
char16_t foldChar(char16_t c);

// Rows with their search keys, built off the UI thread (a worker reading the local copy of the
// account) and taken by ContactTableModel::setRowSet() in one reset.
struct ContactRowSet
{
    std::vector<ContactRow> rows;
    QHash<QString, int> rowOfId;
    QString search;
    std::vector<quint32> keyStart;
    std::vector<quint32> keyLength;
    std::vector<quint16> emailLength;
    std::vector<quint16> nameLength;

    // The rows in this order (a later row with the same id as an earlier one is dropped).
    static ContactRowSet build(std::vector<ContactRow> rows);
    // Appends row's key (e-mail, name, company) to search; the lengths for the vectors.
    static void appendKey(QString &search, const ContactRow &row, quint32 &start, quint32 &length, quint16 &emailLength,
                          quint16 &nameLength);
};

class ContactTableModel final : public TypedPagedModel<Contact>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactTableModel)

public:
    enum Column {
        EmailColumn,
        NameColumn,
        FirstNameColumn,
        LastNameColumn,
        StatusColumn,
        CompanyColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ContactTableModel(QObject *parent = nullptr);
    ~ContactTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Dragging rows: the contacts' ids and e-mail addresses (what list membership needs).
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }
    static constexpr char MimeType[] = "application/x-ctct-contacts";
    // The (id, e-mail) pairs of a drag made by mimeData(); empty when it holds none.
    static QList<std::pair<QString, QString>> contactsFromMimeData(const QMimeData *data);
    // "Active", "Do Not Mail" … in the user's language; an unknown status as the server sent it.
    static QString statusText(const QString &status);

    // Paging comes from PagedTableModel: setSource() for a view, setPager() for a pager set
    // up already (the rows loaded stay: call clear() for a new view).

    // Adds contacts at the end; one already present (same id) is updated in place instead.
    void appendContacts(const QList<Contact> &contacts);
    // Replaces the row of the contact with the same id, or appends it.
    void upsertContact(const Contact &contact);
    void upsertRow(ContactRow row);
    bool removeContact(const QString &id);
    void clear();
    // Every row at once, in one reset (the contacts of a view from the local copy); the pager of
    // a view from the server, if any, is dropped.
    void setRowSet(ContactRowSet &&set);

    const ContactRow &contactRow(int row) const { return m_rows[size_t(row)]; }
    // -1 when absent.
    int rowOfId(const QString &id) const;

    // The row's search key. Keys live one after another in one buffer, so scanning every row
    // for a typed word reads memory in order instead of chasing a pointer per row.
    QStringView searchKey(int row) const
    {
        return QStringView(m_search).mid(m_keyStart[size_t(row)], m_keyLength[size_t(row)]);
    }
    // The folded text a column sorts on, taken from the search key without a copy, for the
    // e-mail, name and company columns; a null view for the others.
    QStringView foldedText(int row, int column) const;

protected:
    void appendEntries(const QList<Contact> &entries) override { appendContacts(entries); }
    void clearRows() override { clear(); }
    QString loadedText(int loaded) const override;
    QString shownText(int shown, int loaded) const override;

private:
    void setRow(int row, ContactRow value);
    void appendKey(const ContactRow &row);
    void storeKey(size_t index, const ContactRow &row);
    void compactKeys();

    std::vector<ContactRow> m_rows;
    QHash<QString, int> m_rowOfId;
    QString m_search;                   // every row's key, one after another
    std::vector<quint32> m_keyStart;    // row -> start in m_search
    std::vector<quint32> m_keyLength;   // row -> length
    std::vector<quint16> m_emailLength; // row -> length of the e-mail part of the key
    std::vector<quint16> m_nameLength;  // row -> length of the name part (after the e-mail and a space)
    qsizetype m_garbage = 0;            // characters of keys that were replaced
};

} // namespace ctct
