// SPDX-License-Identifier: GPL-3.0-or-later
// Browsing: the first page, scroll-to-fetch, Load all with progress and cancel, the lists in
// the sidebar, the status filter, multi-select and the detail pane.
#include "uiharness.h"

#include "contacts/contactdetails.h"
#include "models/roles.h"
#include "widgets/progresspanel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QTest>

using namespace ctct;
using namespace ctct::test;

class TestUiBrowse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiHarness::setUpProgram(); }
    void firstPageThenScrollToFetch();
    void loadAllWithProgress();
    void loadAllCancel();
    void sidebarListsShowTheirContacts();
    void statusFilter();
    void detailPaneShowsEveryFieldAndLists();
    void multiSelect();
};

void TestUiBrowse::firstPageThenScrollToFetch()
{
    UiHarness h;
    QVERIFY(h.start());
    QCOMPARE(h.model()->rowCount(), 50); // one page, the window is not taller than 50 rows
    QVERIFY(h.model()->canFetchMore({}));
    auto *count = h.find<QLabel *>("countLabel");
    QVERIFY2(count->text().contains(QStringLiteral("more on the server")), qPrintable(count->text()));

    // Scrolling to the end asks for the next page, and only one at a time.
    QScrollBar *bar = h.table()->verticalScrollBar();
    QTRY_VERIFY2(bar->maximum() > 0, qPrintable(QString::number(bar->maximum())));
    bar->setValue(bar->maximum());
    QVERIFY2(!h.model()->canFetchMore({}),
             qPrintable(QStringLiteral("max %1 value %2").arg(bar->maximum()).arg(bar->value())));
    QTRY_COMPARE(h.model()->rowCount(), 100);
    QTRY_VERIFY(h.model()->canFetchMore({}));
    bar->setValue(bar->maximum());
    QTRY_COMPARE(h.model()->rowCount(), 120);
    QTRY_VERIFY(!h.tab()->isLoading());
    QVERIFY(!h.model()->canFetchMore({}));
    QVERIFY2(!count->text().contains(QStringLiteral("more on the server")), qPrintable(count->text()));
    QVERIFY(count->text().contains(QStringLiteral("120")));
    // Newest first, as the server sends them (no sort chosen).
    QCOMPARE(h.proxy()->sortColumn(), -1);
}

void TestUiBrowse::loadAllWithProgress()
{
    UiHarness::Options options;
    options.contacts = 260;
    options.latencyMs = 40;
    UiHarness h(options);
    QVERIFY(h.start());
    auto *loadAll = h.window()->findChild<QAction *>(QStringLiteral("loadAllAction"));
    QVERIFY(loadAll->isEnabled());
    auto *progress = h.find<ui::ProgressPanel *>("progressPanel");
    loadAll->trigger();
    QVERIFY(progress->isVisible());
    QVERIFY(!loadAll->isEnabled());
    QTRY_COMPARE(h.model()->rowCount(), 260);
    QTRY_VERIFY(progress->isHidden());
    QVERIFY(!h.model()->canFetchMore({}));
    QVERIFY(!loadAll->isEnabled());
}

void TestUiBrowse::loadAllCancel()
{
    UiHarness::Options options;
    options.contacts = 400;
    options.latencyMs = 100;
    UiHarness h(options);
    QVERIFY(h.start());
    auto *progress = h.find<ui::ProgressPanel *>("progressPanel");
    h.tab()->loadAll();
    QVERIFY(progress->isVisible());
    QTRY_VERIFY(h.model()->rowCount() >= 100);
    QTest::mouseClick(h.find<QWidget *>("progressCancel"), Qt::LeftButton);
    QVERIFY(progress->isHidden());
    QTRY_VERIFY(!h.tab()->isLoading());
    const int loaded = h.model()->rowCount();
    QVERIFY2(loaded < 400, "cancel stops after the page in flight");
    // Nothing is in flight and Load All has ended: no page can arrive on its own any more.
    QVERIFY(!h.model()->isFetching());
    QVERIFY(!h.model()->isLoadingAll());
    QCOMPARE(h.model()->rowCount(), loaded);
    // What was loaded stays, and paging goes on from there.
    QVERIFY(h.model()->canFetchMore({}));
    h.model()->fetchMore({});
    QTRY_COMPARE(h.model()->rowCount(), loaded + 50);
}

void TestUiBrowse::sidebarListsShowTheirContacts()
{
    UiHarness h;
    QVERIFY(h.start());
    auto *sidebar = h.find<QListView *>("listsView");
    QCOMPARE(sidebar->currentIndex().row(), 0);
    QVERIFY(h.lists()->rowCount() > 4);
    QCOMPARE(h.lists()->index(1).data().toString(), QStringLiteral("Active"));
    QCOMPARE(h.lists()->index(2).data().toString(), QStringLiteral("Removed"));
    QCOMPARE(h.lists()->index(3).data().toString(), QStringLiteral("Do Not Mail"));

    // A list of the account: exactly its members, each with a status.
    int row = -1;
    for (int r = 4; r < h.lists()->rowCount() && row < 0; ++r) {
        const qint64 n = h.lists()->index(r).data(ui::ListsModel::CountRole).toLongLong();
        if (n > 0 && n <= 50)
            row = r;
    }
    QVERIFY2(row > 0, "the demo data has a list with 1-50 members");
    const qint64 members = h.lists()->index(row).data(ui::ListsModel::CountRole).toLongLong();
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualRect(h.lists()->index(row)).center());
    QCOMPARE(sidebar->currentIndex().row(), row);
    QTRY_COMPARE(qint64(h.model()->rowCount()), members);
    QTRY_VERIFY(!h.tab()->isLoading());
    for (int r = 0; r < h.model()->rowCount(); ++r)
        QVERIFY(!h.model()->contactRow(r).status.isEmpty());

    // The system lists by keyboard: Up from the first user list is Do Not Mail.
    sidebar->setFocus();
    sidebar->setCurrentIndex(h.lists()->index(4));
    QTRY_VERIFY(!h.tab()->isLoading());
    QTest::keyClick(sidebar, Qt::Key_Up);
    QCOMPARE(sidebar->currentIndex().row(), 3);
    QTRY_VERIFY(h.model()->rowCount() > 0);
    QTRY_VERIFY(!h.tab()->isLoading());
    for (int r = 0; r < h.model()->rowCount(); ++r)
        QCOMPARE(h.model()->contactRow(r).status, QStringLiteral("Do Not Mail"));
    QTest::keyClick(sidebar, Qt::Key_Up);
    QTRY_VERIFY(h.model()->rowCount() > 0);
    QTRY_VERIFY(!h.tab()->isLoading());
    for (int r = 0; r < h.model()->rowCount(); ++r)
        QCOMPARE(h.model()->contactRow(r).status, QStringLiteral("Removed"));
}

void TestUiBrowse::statusFilter()
{
    UiHarness h;
    QVERIFY(h.start());
    h.tab()->loadAll();
    QTRY_COMPARE(h.model()->rowCount(), 120);
    auto *combo = h.find<QComboBox *>("statusFilter");
    const int removed = combo->findData(QStringLiteral("Removed"));
    QVERIFY(removed > 0);
    combo->setCurrentIndex(removed);
    QVERIFY(h.proxy()->rowCount() > 0);
    QVERIFY(h.proxy()->rowCount() < 120);
    for (int r = 0; r < h.proxy()->rowCount(); ++r)
        QCOMPARE(h.proxy()->index(r, ContactTableModel::StatusColumn).data().toString(), QStringLiteral("Removed"));
    QVERIFY(h.find<QLabel *>("countLabel")->text().contains(QStringLiteral("of 120")));
    combo->setCurrentIndex(0);
    QCOMPARE(h.proxy()->rowCount(), 120);
}

void TestUiBrowse::detailPaneShowsEveryFieldAndLists()
{
    UiHarness h;
    QVERIFY(h.start());
    // A contact on at least one list (Active contacts are).
    int row = -1;
    for (int r = 0; r < h.proxy()->rowCount() && row < 0; ++r) {
        if (h.proxy()->index(r, ContactTableModel::StatusColumn).data().toString() == u"Active")
            row = r;
    }
    QVERIFY(row >= 0);
    const QString email = h.emailAt(row);
    QVERIFY(h.selectRow(row));
    auto *details = h.window()->findChild<ui::ContactDetails *>();
    const auto text = [details](const char *name) {
        return details->findChild<QLabel *>(QLatin1StringView(name))->text();
    };
    QVERIFY(text("detailTitle").contains(email) || text("detailSubtitle").contains(email));
    QCOMPARE(text("detailStatus"), QStringLiteral("Active"));
    const QString lists = text("detailLists");
    QVERIFY(!lists.isEmpty());
    QVERIFY2(!lists.contains(QStringLiteral("List ")), qPrintable(lists)); // names, not ids
    bool named = false;
    for (const QList<ContactList> all = h.lists()->userLists(); const ContactList &l : all)
        named = named || lists.contains(l.name);
    QVERIFY(named);
    QVERIFY(!text("detailUpdated").isEmpty());
    // The full contact also filled the row's columns a summary lacks.
    const int source = h.model()->rowOfId(details->contactId());
    QVERIFY(source >= 0);
    QCOMPARE(h.model()->contactRow(source).company, text("detailCompany"));
    // ...in the form of the feed's summaries, so that every row reads alike.
    const QString name = h.proxy()->index(row, ContactTableModel::NameColumn).data().toString();
    QVERIFY2(name.isEmpty() || name.contains(u','), qPrintable(name));
}

void TestUiBrowse::multiSelect()
{
    UiHarness h;
    QVERIFY(h.start());
    QTableView *view = h.table();
    view->setFocus();
    QVERIFY(h.selectRow(0));
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(h.tab()->selectedIds().size(), 3);
    auto *details = h.window()->findChild<ui::ContactDetails *>();
    QTRY_COMPARE(details->findChild<QLabel *>(QStringLiteral("detailTitle"))->text(),
                 QStringLiteral("3 contacts selected"));
    QVERIFY(!h.window()->findChild<QAction *>(QStringLiteral("editContactAction"))->isEnabled());
    QVERIFY(h.window()->findChild<QAction *>(QStringLiteral("optOutAction"))->isEnabled());
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(h.tab()->selectedIds().size(), h.proxy()->rowCount());
}

QTEST_MAIN(TestUiBrowse)
#include "tst_ui_browse.moc"
