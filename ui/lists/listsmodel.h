// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sidebar of the Contacts tab: "All contacts", the three system lists (Active, Removed,
// Do Not Mail), then the account's lists with their member counts, in the server's order
// (SortOrder, then name). The fixed rows are there at once; reload() fetches the lists.

#include "domain/contactlist.h"

#include <QAbstractListModel>
#include <QPointer>

class QTimer;

namespace ctct {
class Operations;
class Pager;
struct ApiResult;
template<typename T>
class TypedPager;
} // namespace ctct

namespace ctct::cache {
class AccountStore;
}

namespace ctct::ui {

class ListsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListsModel)

public:
    enum class Kind { AllContacts, SystemList, UserList };
    Q_ENUM(Kind)

    enum Role {
        KindRole = Qt::UserRole + 100, // Kind
        ListTypeRole,                  // "active", "removed", "do-not-mail" for system lists
        CountRole,                     // member count of a user list (invalid when unknown)
        NameRole,                      // the name without the count
    };

    struct Entry
    {
        Kind kind = Kind::AllContacts;
        QString id;       // full list URI; empty for All contacts
        QString listType; // system lists only
        QString name;
        std::optional<qint64> count;
    };

    explicit ListsModel(const Operations *operations, QObject *parent = nullptr);
    ~ListsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Contacts dragged from the table can be dropped on the account's own lists, a file on those
    // or on All contacts.
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
    QStringList mimeTypes() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Fetches the lists; rows change when the whole collection has arrived. A reload already
    // running is canceled. With a local copy, its lists are shown at once (and stay when the
    // server cannot be reached).
    void reload();
    // The local copy of the account (nullptr: none): the member counts come from it, the
    // fixed rows get counts too, and its changes show at once.
    void setStore(cache::AccountStore *store);
    bool isLoading() const { return m_pager != nullptr; }

    const Entry &entry(int row) const { return m_entries[size_t(row)]; }
    // -1 when absent; "" is All contacts.
    int rowOfId(const QString &id) const;
    // The account's own lists (no system lists), in sidebar order.
    QList<ContactList> userLists() const { return m_userLists; }
    // The name of a list given by id in any form; empty when unknown.
    QString nameOf(const QString &listId) const;

Q_SIGNALS:
    // Contacts (id, e-mail) were dropped on a user list; the model changes nothing itself.
    void contactsDropped(const QString &listId, const QList<std::pair<QString, QString>> &contacts);
    // A file was dropped on a user list (listId) or on All contacts (empty listId): to import.
    void fileDropped(const QString &listId, const QString &path);
    void loaded();
    void failed(const ctct::ApiResult &result);

private:
    void onFinished();
    void apply(const QList<ContactList> &lists);
    void applyStore();

    const Operations *m_operations;
    std::vector<Entry> m_entries;
    QPointer<cache::AccountStore> m_store;
    QTimer *m_recount = nullptr;
    QList<ContactList> m_userLists;
    QList<ContactList> m_incoming;
    QList<ContactList> m_fetched; // the lists of the last reload that succeeded
    TypedPager<ContactList> *m_pager = nullptr;
};

} // namespace ctct::ui
