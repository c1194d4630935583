// SPDX-License-Identifier: GPL-3.0-or-later
// The detail pane shows the selected contact's campaign history (last 90 days); a row opens
// its campaign's report.
#include "uiharness.h"

#include "api/operations.h"
#include "contacts/contactdetails.h"
#include "contacts/contactstab.h"
#include "reports/campaignreportwindow.h"
#include "models/eventhistorymodel.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace ctct;
using namespace ctct::test;

class TestUiHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiHarness::setUpProgram(); }
    void historyOfTheSelectedContact();
};

void TestUiHistory::historyOfTheSelectedContact()
{
    UiHarness h;
    QVERIFY(h.start());
    // Someone who opened a sent campaign.
    auto *campaigns = h.operations()->campaigns(QStringLiteral("SENT"), this);
    QList<Campaign> sent;
    connect(campaigns, &Pager::pageReady, this, [&sent, campaigns](int) { sent += campaigns->takePage().entries; });
    QSignalSpy campaignsDone(campaigns, &Pager::finished);
    campaigns->fetchAll();
    QVERIFY(campaignsDone.wait(10000));
    QVERIFY(!sent.isEmpty());
    auto *opens = h.operations()->campaignEvents(sent.first().id, CampaignEventKind::Open, 1, this);
    QSignalSpy opensDone(opens, &Pager::pageReady);
    opens->fetchNext();
    QVERIFY(opensDone.wait(10000));
    QVERIFY(!opens->page().entries.isEmpty());
    const QString email = opens->page().entries.first().contactEmail;

    // Find them the way a user would: type the address.
    h.search()->setFocus();
    QTest::keyClicks(h.search(), email);
    QTRY_COMPARE_WITH_TIMEOUT(h.rowOfEmail(email), 0, 10000);
    QVERIFY(h.selectRow(0));
    auto *details = h.window()->findChild<ui::ContactDetails *>();
    QTRY_VERIFY_WITH_TIMEOUT(!details->history()->isLoading() && details->history()->rowCount() > 0, 10000);
    QVERIFY(details->history()->count(CampaignEventKind::Open) > 0);
    QVERIFY(details->history()->count(CampaignEventKind::Send) > 0);
    auto *summary = h.window()->findChild<QLabel *>(QStringLiteral("historySummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("Opened")), qPrintable(summary->text()));
    auto *view = h.window()->findChild<QTableView *>(QStringLiteral("historyView"));
    QVERIFY(view->isVisible());

    // Enter on a row opens the report of its campaign, from the Contacts tab.
    auto *openReport = view->findChild<QAction *>(QStringLiteral("historyOpenReportAction"));
    QVERIFY(openReport);
    QVERIFY(!openReport->isEnabled()); // no row chosen yet
    auto *contacts = h.window()->page<ui::ContactsTab>();
    QVERIFY(contacts && !contacts->reportWindow());
    view->setFocus();
    view->setCurrentIndex(details->history()->index(0, 0));
    QVERIFY(openReport->isEnabled());
    const QString campaignId = details->history()->eventAt(0).campaignId;
    QVERIFY(!campaignId.isEmpty());
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(contacts->reportWindow());
    QCOMPARE(contacts->reportWindow()->campaignId(), campaignId);
    QTRY_VERIFY(contacts->reportWindow()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!contacts->reportWindow()->isLoading() && contacts->reportWindow()->data(), 10000);
    QCOMPARE(contacts->reportWindow()->data()->campaign.shortId(), shortIdOf(campaignId));

    // Several rows selected: no history shown.
    h.search()->clear();
    QTRY_VERIFY(h.proxy()->rowCount() > 1);
    h.table()->selectAll();
    QTRY_VERIFY(!h.window()->findChild<QWidget *>(QStringLiteral("historyView"))->isVisible());
}

QTEST_MAIN(TestUiHistory)
#include "tst_ui_history.moc"
