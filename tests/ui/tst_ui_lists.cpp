// SPDX-License-Identifier: GPL-3.0-or-later
// List membership and list management: contacts dragged onto a list (per contact below 25,
// one activity from 25), removed from the list shown or from every list, and lists created,
// renamed and deleted from the sidebar.
#include "uiharness.h"

#include "api/operations.h"
#include "lists/listdialog.h"
#include "models/roles.h"
#include "widgets/messagebar.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QTest>

using namespace ctct;
using namespace ctct::test;

namespace {

QAction *action(UiHarness &h, const char *name)
{
    return h.window()->findChild<QAction *>(QLatin1StringView(name));
}

QString messageText(UiHarness &h)
{
    return h.window()->findChild<ui::MessageBar *>()->text();
}

// Selects up to `count` Active contacts of the view; returns their ids.
QStringList selectActive(UiHarness &h, int count)
{
    QItemSelection selection;
    QStringList ids;
    for (int r = 0; r < h.proxy()->rowCount() && ids.size() < count; ++r) {
        if (h.proxy()->index(r, ContactTableModel::StatusColumn).data().toString() != u"Active")
            continue;
        selection.select(h.proxy()->index(r, 0), h.proxy()->index(r, 0));
        ids.append(h.proxy()->index(r, 0).data(IdRole).toString());
    }
    h.table()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return ids;
}

int sidebarRowOf(UiHarness &h, const QString &name)
{
    for (int r = 0; r < h.lists()->rowCount(); ++r) {
        if (h.lists()->index(r).data(ui::ListsModel::NameRole).toString() == name)
            return r;
    }
    return -1;
}

// What a user's drag from the table onto a sidebar row delivers: enter, move, drop.
bool dropSelectionOn(UiHarness &h, int sidebarRow)
{
    auto *sidebar = h.window()->findChild<QListView *>(QStringLiteral("listsView"));
    const QModelIndexList rows = h.table()->selectionModel()->selectedRows();
    std::unique_ptr<QMimeData> data(h.proxy()->mimeData(rows));
    if (!data)
        return false;
    const QPoint at = sidebar->visualRect(h.lists()->index(sidebarRow)).center();
    QWidget *target = sidebar->viewport();
    QDragEnterEvent enter(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

QStringList listIdsOf(UiHarness &h, const QString &contactId)
{
    QStringList ids;
    for (const ContactListMembership &m : h.contactOnServer(contactId).contactLists)
        ids.append(shortIdOf(m.listId));
    return ids;
}

} // namespace

class TestUiLists : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiHarness::setUpProgram(); }
    void dragFewOntoAList();
    void dragManyGoesAsOneActivity();
    void dropOnSystemListIsRefused();
    void removeFromThisList();
    void removeFromAllLists();
    void createRenameDelete();
};

void TestUiLists::dragFewOntoAList()
{
    UiHarness h;
    QVERIFY(h.start());
    const QStringList ids = selectActive(h, 3);
    QCOMPARE(ids.size(), 3);
    const int row = sidebarRowOf(h, QStringLiteral("Partners & Vendors"));
    QVERIFY(row > 0);
    const QString listId = shortIdOf(h.lists()->entry(row).id);
    QVERIFY(dropSelectionOn(h, row));
    QTRY_VERIFY(!h.tab()->isChangingMembership());
    QVERIFY2(messageText(h).contains(QStringLiteral("done")), qPrintable(messageText(h)));
    QVERIFY(!messageText(h).contains(QStringLiteral("activity")));
    for (const QString &id : ids)
        QVERIFY(listIdsOf(h, id).contains(listId));
}

void TestUiLists::dragManyGoesAsOneActivity()
{
    UiHarness h;
    QVERIFY(h.start());
    h.tab()->loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(h.model()->rowCount(), 120, 10000);
    const QStringList ids = selectActive(h, 30);
    QVERIFY(ids.size() >= 25);
    const int row = sidebarRowOf(h, QStringLiteral("VIP Customers"));
    QVERIFY(row > 0);
    const QString listId = shortIdOf(h.lists()->entry(row).id);
    QVERIFY(dropSelectionOn(h, row));
    QTRY_VERIFY_WITH_TIMEOUT(!h.tab()->isChangingMembership(), 20000);
    QVERIFY2(messageText(h).contains(QStringLiteral("bulk activity")), qPrintable(messageText(h)));
    QVERIFY(listIdsOf(h, ids.first()).contains(listId));
    QVERIFY(listIdsOf(h, ids.last()).contains(listId));
}

void TestUiLists::dropOnSystemListIsRefused()
{
    UiHarness h;
    QVERIFY(h.start());
    QCOMPARE(selectActive(h, 2).size(), 2);
    QVERIFY(!dropSelectionOn(h, sidebarRowOf(h, QStringLiteral("Removed"))));
    QVERIFY(!dropSelectionOn(h, 0)); // All contacts
    QVERIFY(!h.tab()->isChangingMembership());
}

void TestUiLists::removeFromThisList()
{
    UiHarness h;
    QVERIFY(h.start());
    const int row = sidebarRowOf(h, QStringLiteral("General Interest"));
    QVERIFY(row > 0);
    const QString listId = shortIdOf(h.lists()->entry(row).id);
    QVERIFY(!action(h, "removeFromListAction")->isEnabled()); // All contacts is not a list
    h.tab()->showList(row);
    QVERIFY(h.waitIdle());
    const QStringList ids = selectActive(h, 2);
    QCOMPARE(ids.size(), 2);
    QVERIFY(action(h, "removeFromListAction")->isEnabled());
    action(h, "removeFromListAction")->trigger();
    QTRY_VERIFY(!h.tab()->isChangingMembership());
    QVERIFY(h.waitIdle());
    for (const QString &id : ids) {
        QVERIFY(!listIdsOf(h, id).contains(listId));
        QCOMPARE(h.model()->rowOfId(id), -1); // no longer in the view of that list
    }
}

void TestUiLists::removeFromAllLists()
{
    UiHarness h;
    QVERIFY(h.start());
    const QStringList ids = selectActive(h, 1);
    QCOMPARE(ids.size(), 1);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    action(h, "removeFromAllListsAction")->trigger();
    QVERIFY(ui::MessageBox::lastQuestion().informativeText.contains(QStringLiteral("not an opt-out")));
    // The answer comes on a later turn of the event loop; then the contact leaves every list.
    QTRY_COMPARE_WITH_TIMEOUT(h.contactOnServer(ids.first()).status, QStringLiteral("Removed"), 10000);
    QVERIFY(h.contactOnServer(ids.first()).contactLists.isEmpty());
    QTRY_VERIFY(messageText(h).contains(QStringLiteral("done")));
}

void TestUiLists::createRenameDelete()
{
    UiHarness h;
    QVERIFY(h.start());
    const int before = h.lists()->rowCount();
    // New list.
    action(h, "newListAction")->trigger();
    ui::ListDialog *dialog = h.tab()->listDialog();
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QVERIFY(!buttons->button(QDialogButtonBox::Save)->isEnabled()); // no name yet
    QTest::keyClicks(name, QStringLiteral("Kayak Club"));
    dialog->findChild<QCheckBox *>(QStringLiteral("displayOnSignupCheck"))->setChecked(false);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!h.tab()->listDialog());
    QTRY_COMPARE(h.lists()->rowCount(), before + 1);
    const int row = sidebarRowOf(h, QStringLiteral("Kayak Club"));
    QVERIFY(row > 0);
    QTRY_COMPARE(h.window()->findChild<QListView *>(QStringLiteral("listsView"))->currentIndex().row(), row);

    // A second list with the same name: the server's 409 shows in the dialog, which stays open.
    action(h, "newListAction")->trigger();
    dialog = h.tab()->listDialog();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Kayak Club"));
    dialog->accept();
    QTRY_VERIFY(!dialog->errorText().isEmpty());
    QVERIFY2(dialog->errorText().contains(QStringLiteral("already")), qPrintable(dialog->errorText()));
    QVERIFY(dialog->isVisible());
    dialog->reject();
    QTRY_VERIFY(!h.tab()->listDialog());

    // Rename the list shown.
    h.tab()->showList(row);
    QVERIFY(h.waitIdle());
    action(h, "listPropertiesAction")->trigger();
    dialog = h.tab()->listDialog();
    name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QTRY_COMPARE(name->text(), QStringLiteral("Kayak Club"));
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("displayOnSignupCheck"))->isChecked());
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Sea Kayak Club"));
    dialog->accept();
    QTRY_VERIFY(!h.tab()->listDialog());
    QTRY_VERIFY(sidebarRowOf(h, QStringLiteral("Sea Kayak Club")) > 0);

    // Delete it, after a confirmation that names the member count.
    h.tab()->showList(sidebarRowOf(h, QStringLiteral("Sea Kayak Club")));
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    action(h, "deleteListAction")->trigger();
    QVERIFY2(ui::MessageBox::lastQuestion().text.contains(QStringLiteral("0 members")),
             qPrintable(ui::MessageBox::lastQuestion().text));
    QTRY_COMPARE(h.lists()->rowCount(), before);
    QCOMPARE(sidebarRowOf(h, QStringLiteral("Sea Kayak Club")), -1);
}

QTEST_MAIN(TestUiLists)
#include "tst_ui_lists.moc"
