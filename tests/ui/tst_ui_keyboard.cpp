// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard only: Ctrl+F to the search field, Enter from there to the results, Enter on a row
// opens the editor, Escape closes it, Ctrl+N for a new contact, F5 reloads, Tab moves between
// the panes.
#include "uiharness.h"

#include <QApplication>
#include <QComboBox>
#include <QListView>
#include <QTest>

using namespace ctct;
using namespace ctct::test;

class TestUiKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiHarness::setUpProgram(); }
    void findSearchEnterEdit();
    void newContactAndRefresh();
    void tabMovesBetweenPanes();
};

void TestUiKeyboard::findSearchEnterEdit()
{
    UiHarness h;
    QVERIFY(h.start());
    h.table()->setFocus();
    QTRY_VERIFY(h.table()->hasFocus());

    // Ctrl+F: the search field, its text selected.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(h.search()->hasFocus());
    const QString email = h.emailAt(7);
    QTest::keyClicks(h.search(), email);
    // Enter: the filter applies at once and the focus goes to the first result.
    QTest::keyClick(h.search(), Qt::Key_Return);
    QCOMPARE(h.proxy()->filterText(), email);
    QTRY_VERIFY(h.table()->hasFocus());
    QCOMPARE(h.tab()->selectedIds().size(), 1);
    QCOMPARE(h.emailAt(h.table()->currentIndex().row()), email);

    // Enter on the row: the editor, on that contact.
    QTest::keyClick(h.table(), Qt::Key_Return);
    QTRY_VERIFY(h.editor() && h.editor()->isVisible());
    ui::ContactEditor *editor = h.editor();
    QTRY_VERIFY(!editor->isBusy());
    QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("emailEdit"))->text(), email);
    QTRY_VERIFY(editor->isActiveWindow());
    QTRY_VERIFY(editor->findChild<QLineEdit *>(QStringLiteral("firstNameEdit"))->hasFocus());

    // Escape: closed, nothing saved, the focus back in the table.
    QPointer<ui::ContactEditor> guard(editor);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(guard.isNull());
    // (Handing activation back to the main window is the window manager's job; offscreen has none.)
    h.window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.window()));

    // Ctrl+F again selects the old search text, so typing replaces it.
    QTest::keyClick(h.window(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(h.search()->hasFocus());
    QCOMPARE(h.search()->selectedText(), email);
}

void TestUiKeyboard::newContactAndRefresh()
{
    UiHarness h;
    QVERIFY(h.start());
    h.table()->setFocus();
    QTest::keyClick(h.table(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(h.editor() && h.editor()->isVisible());
    ui::ContactEditor *editor = h.editor();
    QVERIFY(editor->isCreating());
    QTRY_VERIFY(editor->findChild<QLineEdit *>(QStringLiteral("emailEdit"))->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!h.editor());

    // F5 reloads: the first page again.
    h.tab()->loadAll();
    QTRY_COMPARE(h.model()->rowCount(), 120);
    h.window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.window()));
    QTest::keyClick(h.window(), Qt::Key_F5);
    QTRY_COMPARE(h.model()->rowCount(), 50);
}

void TestUiKeyboard::tabMovesBetweenPanes()
{
    UiHarness h;
    QVERIFY(h.start());
    auto *sidebar = h.find<QListView *>("listsView");
    sidebar->setFocus();
    QTRY_VERIFY(sidebar->hasFocus());
    QTest::keyClick(sidebar, Qt::Key_Tab);
    QTRY_VERIFY(h.search()->hasFocus());
    QTest::keyClick(h.search(), Qt::Key_Tab);
    QTRY_VERIFY(h.find<QComboBox *>("statusFilter")->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(h.table()->hasFocus());
    // Arrow keys move the selection; the detail pane follows.
    QTest::keyClick(h.table(), Qt::Key_Down);
    QTRY_COMPARE(h.tab()->selectedIds().size(), 1);
}

QTEST_MAIN(TestUiKeyboard)
#include "tst_ui_keyboard.moc"
