// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacttablemodel.h"

#include "cache/accountstore.h"
#include "models/roles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSet>

#include <QLocale>

namespace ctct {

namespace {

// Folded forms of U+0000..U+024F (Latin, Latin-1 Supplement, Extended-A and -B), where almost
// all names live: built once by decomposition, then a table lookup per character.
struct FoldTable
{
    static constexpr char16_t Size = 0x250;
    char16_t single[Size]; // 0: folds to more or fewer than one character
    FoldTable()
    {
        for (char16_t c = 0; c < Size; ++c) {
            const QString folded = foldSlow(QChar(c));
            single[c] = folded.size() == 1 ? folded[0].unicode() : 0;
        }
    }
    static QString foldSlow(QChar c)
    {
        QString out;
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
        for (const QChar d : decomposed) {
            if (d.category() != QChar::Mark_NonSpacing)
                out.append(d.toLower());
        }
        return out;
    }
};

const FoldTable &foldTable()
{
    static const FoldTable table;
    return table;
}

} // namespace

char16_t foldChar(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    if (c < FoldTable::Size)
        return foldTable().single[c];
    const QString folded = FoldTable::foldSlow(QChar(c));
    return folded.size() == 1 ? folded[0].unicode() : 0;
}

QString foldForSearch(QStringView text)
{
    const FoldTable &table = foldTable();
    QString out(text.size(), Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            d[n++] = (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
        } else if (c < FoldTable::Size && table.single[c]) {
            d[n++] = table.single[c];
        } else {
            // Rare: anything else, or a character that folds to several ("ǆ" -> "dz").
            out.truncate(n);
            out += FoldTable::foldSlow(QChar(c));
            out += foldForSearch(text.mid(i + 1));
            return out;
        }
    }
    out.truncate(n);
    return out;
}

ContactRow ContactRow::fromContact(const Contact &c)
{
    ContactRow r;
    r.id = c.id;
    r.email = c.emailAddress;
    r.firstName = c.firstName;
    r.lastName = c.lastName;
    r.name = c.name;
    r.company = c.companyName;
    r.status = c.status;
    const QDateTime updated = c.lastUpdateTime.isValid() ? c.lastUpdateTime : c.updated;
    r.updated = updated.isValid() ? updated.toMSecsSinceEpoch() : 0;
    return r;
}

ContactRow ContactRow::fromCached(const cache::CachedContact &c)
{
    ContactRow r;
    r.id = c.id;
    r.email = c.email;
    r.name = c.name;
    r.company = c.company;
    r.status = c.status;
    r.updated = c.updated.isValid() ? c.updated.toMSecsSinceEpoch() : 0;
    return r;
}

QString ContactRow::searchKey() const
{
    return foldForSearch(email) + u' ' + foldForSearch(displayName()) + u' ' + foldForSearch(company);
}

QString ContactRow::displayName() const
{
    if (firstName.isEmpty() && lastName.isEmpty())
        return name;
    if (firstName.isEmpty() || lastName.isEmpty())
        return firstName + lastName;
    return firstName + u' ' + lastName;
}

ContactTableModel::ContactTableModel(QObject *parent)
    : TypedPagedModel<Contact>(parent)
{}

ContactTableModel::~ContactTableModel() = default;

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactRow &r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case EmailColumn:
            return r.email;
        case NameColumn:
            return r.displayName();
        case FirstNameColumn:
            return r.firstName;
        case LastNameColumn:
            return r.lastName;
        case StatusColumn:
            return statusText(r.status);
        case CompanyColumn:
            return r.company;
        case UpdatedColumn:
            return r.updated ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.updated).toLocalTime(),
                                                  QLocale::ShortFormat)
                             : QString();
        case ColumnCount:
            break;
        }
        break;
    case RawValueRole:
        if (index.column() == UpdatedColumn)
            return r.updated;
        if (index.column() == StatusColumn)
            return r.status; // the API's word sorts the same in every language
        return data(index, Qt::DisplayRole);
    case IdRole:
        return r.id;
    default:
        break;
    }
    return {};
}

QString ContactTableModel::statusText(const QString &status)
{
    switch (contactStatusFromString(status)) {
    case ContactStatus::Active:
        return tr("Active", "contact status");
    case ContactStatus::Unconfirmed:
        return tr("Unconfirmed", "contact status");
    case ContactStatus::Removed:
        return tr("Removed", "contact status");
    case ContactStatus::DoNotMail:
        return tr("Do Not Mail", "contact status");
    case ContactStatus::Unknown:
        break;
    }
    return status;
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case EmailColumn:
        return tr("E-mail");
    case NameColumn:
        return tr("Name");
    case FirstNameColumn:
        return tr("First name");
    case LastNameColumn:
        return tr("Last name");
    case StatusColumn:
        return tr("Status");
    case CompanyColumn:
        return tr("Company");
    case UpdatedColumn:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags ContactTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QString ContactTableModel::loadedText(int loaded) const
{
    return tr("%n contacts loaded", nullptr, loaded);
}

QString ContactTableModel::shownText(int shown, int loaded) const
{
    return tr("%1 of %n loaded contacts shown", nullptr, loaded).arg(shown);
}

QStringList ContactTableModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData *ContactTableModel::mimeData(const QModelIndexList &indexes) const
{
    QJsonArray contacts;
    QSet<int> rows;
    for (const QModelIndex &index : indexes) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || rows.contains(index.row()))
            continue;
        rows.insert(index.row());
        const ContactRow &r = m_rows[size_t(index.row())];
        contacts.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("email"), r.email}});
    }
    if (contacts.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(MimeType), QJsonDocument(contacts).toJson(QJsonDocument::Compact));
    return data;
}

QList<std::pair<QString, QString>> ContactTableModel::contactsFromMimeData(const QMimeData *data)
{
    QList<std::pair<QString, QString>> out;
    if (!data || !data->hasFormat(QString::fromLatin1(MimeType)))
        return out;
    const QJsonArray contacts = QJsonDocument::fromJson(data->data(QString::fromLatin1(MimeType))).array();
    for (const QJsonValue &v : contacts) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1StringView("id")).toString();
        if (!id.isEmpty())
            out.append({id, o.value(QLatin1StringView("email")).toString()});
    }
    return out;
}

void ContactTableModel::appendContacts(const QList<Contact> &contacts)
{
    std::vector<ContactRow> fresh;
    fresh.reserve(size_t(contacts.size()));
    for (const Contact &c : contacts) {
        const int existing = rowOfId(c.id);
        if (existing >= 0) {
            setRow(existing, ContactRow::fromContact(c));
            continue;
        }
        // The same id twice within one page: the later entry wins.
        bool duplicate = false;
        for (ContactRow &f : fresh) {
            if (f.id == c.id) {
                f = ContactRow::fromContact(c);
                duplicate = true;
                break;
            }
        }
        if (!duplicate)
            fresh.push_back(ContactRow::fromContact(c));
    }
    if (fresh.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    // No exact reserve here: pages arrive 50 at a time, and growing geometrically keeps
    // loading 100,000 contacts linear.
    for (ContactRow &r : fresh) {
        m_rowOfId.insert(r.id, int(m_rows.size()));
        appendKey(r);
        m_rows.push_back(std::move(r));
    }
    endInsertRows();
}

void ContactTableModel::upsertContact(const Contact &contact)
{
    const int row = rowOfId(contact.id);
    if (row >= 0)
        setRow(row, ContactRow::fromContact(contact));
    else
        appendContacts({contact});
}

void ContactTableModel::upsertRow(ContactRow value)
{
    if (const int row = rowOfId(value.id); row >= 0) {
        setRow(row, std::move(value));
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first);
    m_rowOfId.insert(value.id, first);
    appendKey(value);
    m_rows.push_back(std::move(value));
    endInsertRows();
}

void ContactTableModel::appendKey(const ContactRow &row)
{
    m_keyStart.push_back(0);
    m_keyLength.push_back(0);
    m_emailLength.push_back(0);
    m_nameLength.push_back(0);
    storeKey(m_keyStart.size() - 1, row);
}

void ContactRowSet::appendKey(QString &search, const ContactRow &row, quint32 &start, quint32 &length,
                              quint16 &emailLength, quint16 &nameLength)
{
    const QString email = foldForSearch(row.email);
    const QString name = foldForSearch(row.displayName());
    start = quint32(search.size());
    emailLength = quint16(std::min<qsizetype>(email.size(), 0xffff));
    nameLength = quint16(std::min<qsizetype>(name.size(), 0xffff));
    search += email;
    search += u' ';
    search += name;
    search += u' ';
    search += foldForSearch(row.company);
    length = quint32(search.size() - start);
}

ContactRowSet ContactRowSet::build(std::vector<ContactRow> rows)
{
    ContactRowSet set;
    set.rows.reserve(rows.size());
    set.rowOfId.reserve(qsizetype(rows.size()));
    set.search.reserve(qsizetype(rows.size()) * 48);
    for (ContactRow &r : rows) {
        if (set.rowOfId.contains(r.id))
            continue;
        set.rowOfId.insert(r.id, int(set.rows.size()));
        quint32 start = 0;
        quint32 length = 0;
        quint16 email = 0;
        quint16 name = 0;
        appendKey(set.search, r, start, length, email, name);
        set.keyStart.push_back(start);
        set.keyLength.push_back(length);
        set.emailLength.push_back(email);
        set.nameLength.push_back(name);
        set.rows.push_back(std::move(r));
    }
    return set;
}

void ContactTableModel::storeKey(size_t index, const ContactRow &row)
{
    ContactRowSet::appendKey(m_search, row, m_keyStart[index], m_keyLength[index], m_emailLength[index],
                             m_nameLength[index]);
}

void ContactTableModel::setRowSet(ContactRowSet &&set)
{
    dropSource();
    beginResetModel();
    m_rows = std::move(set.rows);
    m_rowOfId = std::move(set.rowOfId);
    m_search = std::move(set.search);
    m_keyStart = std::move(set.keyStart);
    m_keyLength = std::move(set.keyLength);
    m_emailLength = std::move(set.emailLength);
    m_nameLength = std::move(set.nameLength);
    m_garbage = 0;
    endResetModel();
}

QStringView ContactTableModel::foldedText(int row, int column) const
{
    const QStringView key = searchKey(row);
    const qsizetype email = m_emailLength[size_t(row)];
    const qsizetype name = m_nameLength[size_t(row)];
    switch (column) {
    case EmailColumn:
        return key.left(email);
    case NameColumn:
        return key.mid(email + 1, name);
    case CompanyColumn:
        return key.mid(std::min(key.size(), email + 1 + name + 1));
    default:
        return {};
    }
}

void ContactTableModel::compactKeys()
{
    QString packed;
    packed.reserve(m_search.size() - m_garbage);
    for (size_t r = 0; r < m_rows.size(); ++r) {
        const QStringView key = searchKey(int(r));
        m_keyStart[r] = quint32(packed.size());
        packed += key;
    }
    m_search = std::move(packed);
    m_garbage = 0;
}

void ContactTableModel::setRow(int row, ContactRow value)
{
    m_rows[size_t(row)] = std::move(value);
    // The new key goes at the end; the old one is garbage until the next compaction.
    m_garbage += m_keyLength[size_t(row)];
    storeKey(size_t(row), m_rows[size_t(row)]);
    if (m_garbage > m_search.size() / 2)
        compactKeys();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool ContactTableModel::removeContact(const QString &id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    m_garbage += m_keyLength[size_t(row)];
    m_keyStart.erase(m_keyStart.begin() + row);
    m_keyLength.erase(m_keyLength.begin() + row);
    m_emailLength.erase(m_emailLength.begin() + row);
    m_nameLength.erase(m_nameLength.begin() + row);
    m_rowOfId.remove(id);
    for (auto it = m_rowOfId.begin(); it != m_rowOfId.end(); ++it) {
        if (it.value() > row)
            --it.value();
    }
    endRemoveRows();
    return true;
}

void ContactTableModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_rowOfId.clear();
    m_search.clear();
    m_search.squeeze();
    m_keyStart.clear();
    m_keyLength.clear();
    m_emailLength.clear();
    m_nameLength.clear();
    m_garbage = 0;
    endResetModel();
}

int ContactTableModel::rowOfId(const QString &id) const
{
    return m_rowOfId.value(id, -1);
}

} // namespace ctct
