// SPDX-License-Identifier: GPL-3.0-or-later
// Opting out one or many contacts, through the confirmation seam (MessageBox::setNextAnswer).
#include "uiharness.h"

#include "api/operations.h"
#include "models/roles.h"
#include "widgets/messagebox.h"
#include "widgets/progresspanel.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

using namespace ctct;
using namespace ctct::test;

class TestUiOptOut : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiHarness::setUpProgram(); }
    void confirmationSaysItCannotBeUndone();
    void cancelChangesNothing();
    void optOutMany();
    void optOutLeavesAListView();

private:
    static QStringList activeRows(UiHarness &h, int count);
};

namespace {

QAction *optOutAction(UiHarness &h)
{
    return h.window()->findChild<QAction *>(QStringLiteral("optOutAction"));
}

} // namespace

// Selects `count` Active contacts of the view; returns their ids.
QStringList TestUiOptOut::activeRows(UiHarness &h, int count)
{
    QItemSelection selection;
    QStringList ids;
    for (int r = 0; r < h.proxy()->rowCount() && ids.size() < count; ++r) {
        const QModelIndex index = h.proxy()->index(r, 0);
        if (h.proxy()->index(r, ContactTableModel::StatusColumn).data().toString() != u"Active")
            continue;
        selection.select(index, index);
        ids.append(index.data(IdRole).toString());
    }
    h.table()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return ids;
}

void TestUiOptOut::confirmationSaysItCannotBeUndone()
{
    UiHarness h;
    QVERIFY(h.start());
    const QStringList ids = activeRows(h, 1);
    QCOMPARE(ids.size(), 1);
    const QString email = h.model()->contactRow(h.model()->rowOfId(ids.first())).email;
    const int asked = ui::MessageBox::questionsAsked();
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    optOutAction(h)->trigger();
    QCOMPARE(ui::MessageBox::questionsAsked(), asked + 1);
    const ui::MessageBox::Question q = ui::MessageBox::lastQuestion();
    QVERIFY2(q.text.contains(email), qPrintable(q.text));
    QVERIFY2(q.informativeText.contains(QStringLiteral("cannot undo")), qPrintable(q.informativeText));
    QVERIFY(q.informativeText.contains(QStringLiteral("account owner")));
    QTRY_COMPARE(h.model()->contactRow(h.model()->rowOfId(ids.first())).status, QStringLiteral("Do Not Mail"));
    QCOMPARE(h.contactOnServer(ids.first()).status, QStringLiteral("Do Not Mail"));
}

void TestUiOptOut::cancelChangesNothing()
{
    UiHarness h;
    QVERIFY(h.start());
    const QStringList ids = activeRows(h, 2);
    QCOMPARE(ids.size(), 2);
    const SentRequests sent;
    const int answered = ui::MessageBox::answersGiven();
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    optOutAction(h)->trigger();
    QVERIFY(ui::MessageBox::lastQuestion().text.contains(QStringLiteral("2 contacts")));
    QTRY_COMPARE(ui::MessageBox::answersGiven(), answered + 1); // the answer (Cancel) was acted on
    QCOMPARE(sent.count(QStringLiteral("DELETE"), QStringLiteral("/contacts/")), 0);
    QVERIFY(h.waitIdle());
    for (const QString &id : ids) {
        QCOMPARE(h.model()->contactRow(h.model()->rowOfId(id)).status, QStringLiteral("Active"));
        QCOMPARE(h.contactOnServer(id).status, QStringLiteral("Active"));
    }
}

void TestUiOptOut::optOutMany()
{
    UiHarness h;
    QVERIFY(h.start());
    const QStringList ids = activeRows(h, 4);
    QCOMPARE(ids.size(), 4);
    QCOMPARE(h.tab()->selectedIds().size(), 4);
    auto *progress = h.find<ui::ProgressPanel *>("progressPanel");
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    optOutAction(h)->trigger();
    QVERIFY(ui::MessageBox::lastQuestion().text.contains(QStringLiteral("4 contacts")));
    QTRY_VERIFY(progress->isVisible());
    QTRY_VERIFY(progress->isHidden());
    for (const QString &id : ids) {
        QCOMPARE(h.model()->contactRow(h.model()->rowOfId(id)).status, QStringLiteral("Do Not Mail"));
        QCOMPARE(h.contactOnServer(id).status, QStringLiteral("Do Not Mail"));
    }
}

void TestUiOptOut::optOutLeavesAListView()
{
    UiHarness h;
    QVERIFY(h.start());
    h.tab()->showList(1); // Active
    QTRY_VERIFY(h.model()->rowCount() > 0);
    QVERIFY(h.waitIdle());
    const QStringList ids = activeRows(h, 2);
    QCOMPARE(ids.size(), 2);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    optOutAction(h)->trigger();
    QTRY_VERIFY(h.model()->rowOfId(ids.at(0)) < 0 && h.model()->rowOfId(ids.at(1)) < 0);
    QCOMPARE(h.contactOnServer(ids.at(1)).status, QStringLiteral("Do Not Mail"));
}

QTEST_MAIN(TestUiOptOut)
#include "tst_ui_optout.moc"
