// SPDX-License-Identifier: GPL-3.0-or-later
#include "listsmodel.h"

#include "importing/droppedfile.h"

#include "models/contacttablemodel.h"

#include "api/operations.h"
#include "cache/accountstore.h"
#include "models/roles.h"

#include <QMimeData>
#include <QTimer>

namespace ctct::ui {

namespace {

std::vector<ListsModel::Entry> fixedEntries(const Operations *operations)
{
    const auto system = [operations](const char *type, const QString &name) {
        const QString t = QString::fromLatin1(type);
        return ListsModel::Entry{ListsModel::Kind::SystemList, operations ? operations->listUri(t) : t, t, name, {}};
    };
    return {
        {ListsModel::Kind::AllContacts, {}, {}, ListsModel::tr("All contacts"), {}},
        system("active", ListsModel::tr("Active")),
        system("removed", ListsModel::tr("Removed")),
        system("do-not-mail", ListsModel::tr("Do Not Mail")),
    };
}

} // namespace

ListsModel::ListsModel(const Operations *operations, QObject *parent)
    : QAbstractListModel(parent)
    , m_operations(operations)
    , m_entries(fixedEntries(operations))
    , m_recount(new QTimer(this))
{
    m_recount->setSingleShot(true);
    m_recount->setInterval(300); // a sync changes many contacts in a row: count once after them
    connect(m_recount, &QTimer::timeout, this, &ListsModel::applyStore);
}

void ListsModel::setStore(cache::AccountStore *store)
{
    if (store == m_store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (!store)
        return;
    connect(store, &cache::AccountStore::listsChanged, this, [this] {
        m_fetched.clear(); // a sync saw the lists after the last reload did
        applyStore();
    });
    connect(store, &cache::AccountStore::contactsChanged, m_recount, qOverload<>(&QTimer::start));
    applyStore();
}

void ListsModel::applyStore()
{
    if (!m_store)
        return;
    // The lists as the server last listed them (a list made or deleted here shows before the
    // next sync has it), else the copy's; the counts are the copy's in either case.
    if (!m_fetched.isEmpty()) {
        apply(m_fetched);
        return;
    }
    QList<ContactList> lists;
    for (ContactList &l : m_store->lists())
        lists.append(std::move(l));
    apply(lists);
}

ListsModel::~ListsModel() = default;

int ListsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ListsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        if (e.count)
            return tr("%1 (%2)").arg(e.name, QLocale().toString(*e.count));
        return e.name;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (e.count)
            return tr("%1: %n members", nullptr, int(*e.count)).arg(e.name);
        return e.name;
    case NameRole:
    case RawValueRole:
        return e.name;
    case IdRole:
        return e.id;
    case KindRole:
        return QVariant::fromValue(e.kind);
    case ListTypeRole:
        return e.listType;
    case CountRole:
        return e.count ? QVariant(*e.count) : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags ListsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_entries[size_t(index.row())].kind == Kind::UserList)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList ListsModel::mimeTypes() const
{
    return {QString::fromLatin1(ContactTableModel::MimeType), QStringLiteral("text/uri-list")};
}

bool ListsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                 const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.row() >= rowCount())
        return false;
    const Kind kind = m_entries[size_t(parent.row())].kind;
    // A file: imported onto the list (or onto none, dropped on All contacts).
    if (data->hasUrls() && !droppedFile(data).isEmpty())
        return kind == Kind::UserList || kind == Kind::AllContacts;
    return action == Qt::CopyAction && kind == Kind::UserList &&
           data->hasFormat(QString::fromLatin1(ContactTableModel::MimeType));
}

bool ListsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                              const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    if (const QString file = droppedFile(data); !file.isEmpty()) {
        emit fileDropped(m_entries[size_t(parent.row())].id, file);
        return true;
    }
    const auto contacts = ContactTableModel::contactsFromMimeData(data);
    if (contacts.isEmpty())
        return false;
    emit contactsDropped(m_entries[size_t(parent.row())].id, contacts);
    return true;
}

void ListsModel::reload()
{
    if (Pager *old = std::exchange(m_pager, nullptr))
        old->abandon();
    applyStore();
    if (!m_operations)
        return;
    m_incoming.clear();
    m_pager = m_operations->lists(this);
    TypedPager<ContactList> *pager = m_pager;
    connect(pager, &Pager::pageReady, this, [this, pager] { m_incoming += pager->takePage().entries; });
    connect(pager, &Pager::finished, this, &ListsModel::onFinished);
    pager->fetchAll();
}

void ListsModel::onFinished()
{
    TypedPager<ContactList> *pager = std::exchange(m_pager, nullptr);
    pager->deleteLater();
    const ApiResult result = pager->result();
    if (!result.ok()) {
        m_incoming.clear();
        // With a local copy its lists stand (offline, the status bar says so).
        if (result.error != ApiError::Canceled && !m_store)
            emit failed(result);
        if (m_store)
            emit loaded();
        return;
    }
    m_fetched = std::exchange(m_incoming, {});
    apply(m_fetched);
    emit loaded();
}

void ListsModel::apply(const QList<ContactList> &lists)
{
    std::vector<Entry> entries = fixedEntries(m_operations);
    const size_t fixed = entries.size();
    if (m_store) {
        const QHash<QString, qint64> byStatus = m_store->statusCounts();
        qint64 all = 0;
        for (const qint64 n : byStatus)
            all += n;
        entries[0].count = all;
        entries[1].count = byStatus.value(QStringLiteral("Active")) + byStatus.value(QStringLiteral("Unconfirmed"));
        entries[2].count = byStatus.value(QStringLiteral("Removed"));
        entries[3].count = byStatus.value(QStringLiteral("Do Not Mail"));
    }
    QList<ContactList> user;
    for (const ContactList &l : lists) {
        if (l.isSystemList())
            continue;
        user.append(l);
        entries.push_back(Entry{
            Kind::UserList, l.id, {}, l.name, m_store ? std::optional(m_store->memberCount(l.id)) : l.contactCount});
    }
    m_userLists = user;

    bool sameRows = entries.size() == m_entries.size();
    for (size_t i = fixed; sameRows && i < entries.size(); ++i)
        sameRows = entries[i].id == m_entries[i].id;
    if (sameRows) {
        // Counts and names change often (every edit); the rows themselves rarely.
        for (size_t i = 0; i < entries.size(); ++i) {
            if (entries[i].name == m_entries[i].name && entries[i].count == m_entries[i].count)
                continue;
            m_entries[i] = entries[i];
            emit dataChanged(index(int(i)), index(int(i)));
        }
        return;
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int ListsModel::rowOfId(const QString &id) const
{
    const QString shortId = shortIdOf(id);
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (id.isEmpty() ? m_entries[i].id.isEmpty()
                         : shortIdOf(m_entries[i].id) == shortId && !m_entries[i].id.isEmpty())
            return int(i);
    }
    return -1;
}

QString ListsModel::nameOf(const QString &listId) const
{
    if (listId.isEmpty())
        return {};
    const int row = rowOfId(listId);
    return row < 0 ? QString() : m_entries[size_t(row)].name;
}

} // namespace ctct::ui
