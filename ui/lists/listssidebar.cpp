// SPDX-License-Identifier: GPL-3.0-or-later
#include "listssidebar.h"

#include "api/activitytracker.h"
#include "api/apijob.h"
#include "api/operations.h"
#include "frame/failure.h"
#include "importing/exportdialog.h"
#include "importing/importwizard.h"
#include "lists/listdialog.h"
#include "models/roles.h"
#include "widgets/icons.h"
#include "widgets/messagebar.h"
#include "widgets/messagebox.h"
#include "widgets/progresspanel.h"

#include <QAction>
#include <QMenu>

namespace ctct::ui {

ListsSidebar::ListsSidebar(const TabContext &context, QWidget *parent)
    : QListView(parent)
    , m_context(context)
    , m_lists(new ListsModel(context.operations(), this))
    , m_menu(new QMenu(tr("&Lists"), this))
    , m_newAction(new QAction(themeIcon(QStringLiteral("list-add")), tr("New &List…"), this))
    , m_propertiesAction(new QAction(themeIcon(QStringLiteral("document-edit")), tr("List &Properties…"), this))
    , m_deleteAction(new QAction(themeIcon(QStringLiteral("list-remove")), tr("&Delete List…"), this))
    , m_importAction(new QAction(themeIcon(QStringLiteral("document-import")), tr("&Import into List…"), this))
    , m_exportAction(new QAction(themeIcon(QStringLiteral("document-export")), tr("E&xport List…"), this))
    , m_clearAction(new QAction(themeIcon(QStringLiteral("edit-clear-all")), tr("&Clear List…"), this))
{
    setObjectName(QStringLiteral("listsView"));
    setAccessibleName(tr("Lists"));
    setModel(m_lists);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setMinimumWidth(140);
    setTextElideMode(Qt::ElideMiddle); // the count at the end stays readable
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Contacts dragged from the table onto one of the account's lists join it (the model says so).
    setDragDropMode(QAbstractItemView::DropOnly);
    setDefaultDropAction(Qt::CopyAction);
    setDropIndicatorShown(true);

    m_newAction->setObjectName(QStringLiteral("newListAction"));
    m_propertiesAction->setObjectName(QStringLiteral("listPropertiesAction"));
    m_propertiesAction->setToolTip(tr("Rename the list or change how sign-up forms show it"));
    m_deleteAction->setObjectName(QStringLiteral("deleteListAction"));
    connect(m_newAction, &QAction::triggered, this, &ListsSidebar::newList);
    connect(m_propertiesAction, &QAction::triggered, this, &ListsSidebar::editCurrentList);
    connect(m_deleteAction, &QAction::triggered, this, &ListsSidebar::deleteCurrentList);
    m_importAction->setObjectName(QStringLiteral("importIntoListAction"));
    m_importAction->setToolTip(tr("Add the contacts of a CSV file to this list (or drop the file on it)"));
    m_exportAction->setObjectName(QStringLiteral("exportListAction"));
    m_clearAction->setObjectName(QStringLiteral("clearListAction"));
    m_clearAction->setToolTip(tr("Take every contact off this list; the contacts stay in the account"));
    connect(m_importAction, &QAction::triggered, this, [this] {
        const ListsModel::Entry &entry = currentEntry();
        ImportWizard::open(m_context, window(), ImportWizard::Mode::Add, QString(),
                           entry.kind == ListsModel::Kind::UserList ? QStringList{entry.id} : QStringList{});
    });
    connect(m_exportAction, &QAction::triggered, this, [this] {
        const ListsModel::Entry &entry = currentEntry();
        const Operations *operations = m_context.operations();
        if (entry.kind == ListsModel::Kind::AllContacts || !operations)
            return;
        ExportDialog::open(m_context, window(),
                           entry.kind == ListsModel::Kind::SystemList ? operations->listUri(entry.listType) : entry.id);
    });
    connect(m_clearAction, &QAction::triggered, this, &ListsSidebar::clearCurrentList);
    connect(m_lists, &ListsModel::fileDropped, this, [this](const QString &listId, const QString &path) {
        ImportWizard::open(m_context, window(), ImportWizard::Mode::Add, path,
                           listId.isEmpty() ? QStringList{} : QStringList{listId});
    });
    m_menu->setObjectName(QStringLiteral("listsMenu"));
    m_menu->addActions({m_newAction, m_propertiesAction, m_deleteAction});
    m_menu->addSeparator();
    m_menu->addActions({m_importAction, m_exportAction, m_clearAction});
    setContextMenuPolicy(Qt::ActionsContextMenu);
    addActions(m_menu->actions());

    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        updateActions();
        if (!current.isValid())
            return;
        const ListsModel::Entry &entry = m_lists->entry(current.row());
        if (m_chosen == entry.id)
            return; // the same list after a reload: the view stays as it is
        m_chosen = entry.id;
        emit listChosen(entry);
    });
    connect(m_lists, &ListsModel::failed, this, [this](const ApiResult &result) {
        m_context.messages->showError(tr("The lists could not be loaded: %1").arg(describeFailure(result)), [this] {
            if (m_retry)
                m_retry();
            else
                reload();
        });
    });
    connect(m_lists, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_restoreId = m_chosen.value_or(QString()); });
    connect(m_lists, &QAbstractItemModel::modelReset, this, &ListsSidebar::onReset);
    updateActions();
}

ListsSidebar::~ListsSidebar() = default;

ListDialog *ListsSidebar::listDialog() const
{
    return m_dialog;
}

int ListsSidebar::currentRow() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.row() : 0;
}

const ListsModel::Entry &ListsSidebar::currentEntry() const
{
    return m_lists->entry(currentRow());
}

void ListsSidebar::showRow(int row)
{
    const QModelIndex index = m_lists->index(row);
    if (index.isValid())
        setCurrentIndex(index);
}

void ListsSidebar::reload()
{
    m_lists->reload();
}

void ListsSidebar::onReset()
{
    const QString wanted = std::exchange(m_showAfterReload, QString());
    if (const int created = m_lists->rowOfId(wanted); !wanted.isEmpty() && created >= 0) {
        showRow(created);
        return;
    }
    const int row = m_lists->rowOfId(m_restoreId);
    showRow(row >= 0 ? row : 0); // back to All contacts when the list shown went away
}

void ListsSidebar::updateActions()
{
    const bool userList = currentEntry().kind == ListsModel::Kind::UserList;
    m_propertiesAction->setEnabled(userList);
    m_deleteAction->setEnabled(userList);
    m_importAction->setEnabled(userList);
    m_exportAction->setEnabled(currentEntry().kind != ListsModel::Kind::AllContacts);
    m_clearAction->setEnabled(userList && !m_clearing);
}

void ListsSidebar::openDialog(const QString &listId)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new ListDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &ListDialog::saved, this, [this](const ContactList &list, bool created) {
        m_context.messages->dismiss();
        if (created)
            m_showAfterReload = list.id;
        reload();
    });
    if (listId.isEmpty())
        dialog->newList();
    else
        dialog->editList(listId);
    dialog->open();
}

void ListsSidebar::newList()
{
    openDialog(QString());
}

void ListsSidebar::editCurrentList()
{
    const ListsModel::Entry &entry = currentEntry();
    if (entry.kind == ListsModel::Kind::UserList)
        openDialog(entry.id);
}

void ListsSidebar::deleteCurrentList()
{
    const ListsModel::Entry entry = currentEntry();
    const Operations *operations = m_context.operations();
    if (entry.kind != ListsModel::Kind::UserList || !operations)
        return;
    const QString members = entry.count ? tr("%n members", nullptr, int(*entry.count)) : tr("its members");
    const MessageBox::Question question{
        tr("Delete List"), tr("Delete the list \"%1\" with %2?").arg(entry.name, members),
        tr("The contacts stay in the account; they only leave this list. Campaigns that were sent to it keep "
           "their reports.")};
    MessageBox::question(
        this, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, entry, operations](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes)
                return;
            operations->deleteList(entry.id)->then(this, [this, entry](const ApiResult &r) {
                if (!r.ok()) {
                    m_context.messages->showError(
                        tr("The list \"%1\" could not be deleted: %2").arg(entry.name, describeFailure(r)),
                        [this] { deleteCurrentList(); });
                    return;
                }
                m_context.messages->showMessage(MessageBar::Kind::Information,
                                                tr("The list \"%1\" was deleted.").arg(entry.name));
                reload(); // the view moves to All contacts when its list is gone
            });
        },
        tr("Delete"));
}

void ListsSidebar::clearCurrentList()
{
    const ListsModel::Entry entry = currentEntry();
    const Operations *operations = m_context.operations();
    if (entry.kind != ListsModel::Kind::UserList || !operations || m_clearing)
        return;
    const MessageBox::Question question{
        tr("Clear List"),
        entry.count ? tr("Take all %n contacts off the list \"%1\"?", nullptr, int(*entry.count)).arg(entry.name)
                    : tr("Take every contact off the list \"%1\"?").arg(entry.name),
        tr("The contacts stay in the account and on their other lists; the list stays, empty. This runs as a bulk "
           "activity on the server and cannot be undone.")};
    MessageBox::question(
        this, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, entry, operations](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes)
                return;
            m_clearing = true;
            updateActions();
            m_context.progress->start(tr("Clearing the list \"%1\"").arg(entry.name), {});
            operations->createClear({entry.id})->then(this, [this, entry, operations](const ApiResult &r) {
                const atom::Parsed<Activity> a = r.ok() ? parseEntry<Activity>(r) : atom::Parsed<Activity>{};
                if (!r.ok() || !a.ok()) {
                    clearEnded();
                    m_context.messages->showError(
                        tr("The list \"%1\" could not be cleared: %2")
                            .arg(entry.name, describeFailure(r.ok() ? parseFailure(r, a.error.toString()) : r)),
                        [this] { clearCurrentList(); });
                    return;
                }
                auto *tracker = new ActivityTracker(*operations, a.value->id, this);
                connect(tracker, &ActivityTracker::finished, this, [this, entry, tracker](const Activity &done) {
                    tracker->deleteLater();
                    clearEnded();
                    // The views reload first (which clears the bar), then the bar says what happened.
                    reload();
                    emit listCleared(entry.id);
                    if (done.statusValue() != ActivityStatus::Complete) {
                        m_context.messages->showError(
                            tr("The server ended the clearing of \"%1\" in %2.").arg(entry.name, done.status));
                    } else {
                        m_context.messages->showMessage(MessageBar::Kind::Information,
                                                        tr("The list \"%1\" was cleared: %n contacts taken off.",
                                                           nullptr, int(done.transactionCount.value_or(0)))
                                                            .arg(entry.name));
                    }
                });
                connect(tracker, &ActivityTracker::failed, this, [this, entry, tracker](const ApiResult &failure) {
                    tracker->deleteLater();
                    clearEnded();
                    m_context.messages->showError(tr("The clearing of \"%1\" could not be followed: %2. See the "
                                                     "Activities tab.")
                                                      .arg(entry.name, describeFailure(failure)));
                });
                tracker->start();
            });
        },
        tr("Clear List"));
}

void ListsSidebar::clearEnded()
{
    m_clearing = false;
    m_context.progress->finish();
    updateActions();
}

} // namespace ctct::ui
