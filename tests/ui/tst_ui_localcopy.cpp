// SPDX-License-Identifier: GPL-3.0-or-later
// The local copy of the account in the window (issue 12): after the first sync the Contacts tab
// shows every contact at once and searches all of them; a new start shows them before the server
// answers; a change made elsewhere arrives with F5; the lists' counts come from the copy; a
// contact opened goes into the copy; offline, browsing, search, details and reports go on from
// the copy, the status bar says so, edits are refused at once, and the app comes back online by
// itself when the server answers again. QAbstractItemModelTester watches the models fed by it.
#include "uiharness.h"

#include "api/apisession.h"
#include "api/campaignreportjob.h"
#include "cache/accountcache.h"
#include "campaigns/campaignstab.h"
#include "models/campaigntablemodel.h"
#include "contacts/contactdetails.h"
#include "lists/listsmodel.h"
#include "models/eventhistorymodel.h"
#include "models/roles.h"
#include "widgets/messagebar.h"
#include "widgets/syncstatus.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ctct;
using namespace ctct::test;
using namespace std::chrono_literals;

namespace {

RetryPolicy fastRetries()
{
    RetryPolicy p;
    p.backoff = {5ms, 10ms, 15ms};
    p.jitter = 0;
    return p;
}

} // namespace

class TestUiLocalCopy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_cache;
    QTemporaryDir m_sandbox;

    UiHarness::Options options(int contacts = 180)
    {
        UiHarness::Options o;
        o.contacts = contacts;
        o.cacheFolder = m_cache.path();
        return o;
    }

private slots:
    void initTestCase()
    {
        UiHarness::setUpProgram();
        QVERIFY(m_cache.isValid());
        QVERIFY(m_sandbox.isValid());
    }

    void everyContactAtOnceAndSearchOverAll()
    {
        UiHarness h(options());
        QVERIFY(h.start());
        QVERIFY(h.waitForLocalCopy());
        QAbstractItemModelTester modelTester(h.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(h.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(h.model()->rowCount(), 180); // not a page of 50: all of them
        QVERIFY(!h.model()->canFetchMore({}));
        auto *loadAll = h.window()->findChild<QAction *>(QStringLiteral("loadAllAction"));
        QVERIFY(!loadAll->isVisible());
        auto *count = h.find<QLabel *>("countLabel");
        QTRY_COMPARE(count->text(), QStringLiteral("180 contacts"));

        // A search over all of them: the oldest contact (the last row) is found.
        const QString oldest = h.model()->contactRow(h.model()->rowCount() - 1).email;
        QTest::keyClicks(h.search(), oldest);
        QTRY_COMPARE(h.proxy()->rowCount(), 1);
        QCOMPARE(h.emailAt(0), oldest);
        QVERIFY2(count->text().contains(QStringLiteral("1 of 180")), qPrintable(count->text()));

        // The sidebar's counts come from the copy: every row has one, and a list's equals its view.
        ui::ListsModel *lists = h.lists();
        QAbstractItemModelTester listsTester(lists, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(lists->index(0).data(ui::ListsModel::CountRole).toLongLong(), 180);
        const int listRow = lists->rowCount() - 1;
        QCOMPARE(lists->entry(listRow).kind, ui::ListsModel::Kind::UserList);
        const qint64 members = lists->index(listRow).data(ui::ListsModel::CountRole).toLongLong();
        h.search()->clear();
        h.tab()->showList(listRow);
        QTRY_COMPARE(h.model()->rowCount(), int(members));
        QVERIFY(h.tab()->showsLocalCopy());

        // The status bar says when it was synced.
        auto *status = h.find<ui::SyncStatus *>("syncStatus");
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().startsWith(QStringLiteral("Synced at")), qPrintable(status->text()));
    }

    void aNewStartShowsTheCopyBeforeTheServerAnswers()
    {
        QTemporaryDir data;
        UiHarness::Options o = options(150);
        o.sandboxDataDir = data.path();
        {
            UiHarness first(o);
            QVERIFY(first.start());
            QVERIFY(first.waitForLocalCopy());
            QCOMPARE(first.model()->rowCount(), 150);
        }
        // Every answer of the server now takes 3 s: the rows come from the copy before any.
        o.clearSettings = false;
        o.latencyMs = 3000;
        UiHarness second(o);
        second.app().start();
        QTRY_VERIFY_WITH_TIMEOUT(second.app().isReady(), 10000);
        QTRY_COMPARE(second.model()->rowCount(), 150);
        QVERIFY(second.tab()->showsLocalCopy());
        cache::AccountCache *cache = second.app().accountCache();
        QVERIFY(cache->isSyncing());
        QCOMPARE(cache->job()->summary().requests, 0); // not one answer of the server yet
    }

    void aChangeElsewhereArrivesWithRefresh()
    {
        UiHarness h(options());
        QVERIFY(h.start());
        QVERIFY(h.waitForLocalCopy());
        const QString id = h.model()->contactRow(5).id;
        // Another client renames the contact.
        const ApiResult got = UiHarness::resultOf(h.operations()->getContact(id));
        atom::Parsed<Contact> c = parseEntry<Contact>(got);
        QVERIFY(c.ok());
        c.value->firstName = QStringLiteral("Philippa");
        c.value->lastName = QStringLiteral("Elsewhere");
        QVERIFY(UiHarness::resultOf(h.operations()->updateContact(*c.value, got.body)).ok());
        QCOMPARE(h.model()->contactRow(h.model()->rowOfId(id)).displayName().contains(QStringLiteral("Elsewhere")),
                 false);

        h.window()->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger(); // F5
        QTRY_VERIFY_WITH_TIMEOUT(
            h.model()->contactRow(h.model()->rowOfId(id)).displayName().contains(QStringLiteral("Elsewhere")), 15000);
        QTRY_VERIFY(!h.app().accountCache()->isSyncing()); // the campaigns come after the contacts
        QCOMPARE(h.app().accountCache()->lastSummary().contactsChanged, 1);
        QVERIFY(!h.app().accountCache()->lastSummary().full);
    }

    void anOpenedContactGoesIntoTheCopy()
    {
        UiHarness h(options());
        QVERIFY(h.start());
        QVERIFY(h.waitForLocalCopy());
        QVERIFY(h.selectRow(3));
        const QString id = h.proxy()->index(3, 0).data(IdRole).toString();
        const Contact onServer = h.contactOnServer(id);
        cache::AccountStore *store = h.app().accountCache()->store();
        QTRY_COMPARE(store->contact(id)->company, onServer.companyName);
        QVERIFY(!store->contactXml(id).isEmpty());
        QCOMPARE(store->contact(id)->firstName, onServer.firstName);
        // The row has the company now too (the column the summaries lack), and its name as the
        // other rows show theirs ("Last, First").
        QTRY_COMPARE(h.model()->contactRow(h.model()->rowOfId(id)).company, onServer.companyName);
        QCOMPARE(h.model()->contactRow(h.model()->rowOfId(id)).displayName(),
                 onServer.lastName + QStringLiteral(", ") + onServer.firstName);
        // The next sync finds the copy as the server has it: nothing changed.
        h.app().accountCache()->syncNow();
        QTRY_VERIFY(!h.app().accountCache()->isSyncing());
        QCOMPARE(h.app().accountCache()->lastSummary().contactsChanged, 0);
    }

    void offlineBrowsingRefusedEditsAndBackOnline()
    {
        UiHarness h(options());
        QVERIFY(h.start());
        QVERIFY(h.waitForLocalCopy());
        cache::AccountCache *cache = h.app().accountCache();
        cache->setFirstRetry(200ms);
        ApiClient *client = h.app().session()->client();
        client->setRetryPolicy(fastRetries());
        const QUrl server = client->server();
        // Open a contact once online, so its full entry is in the copy.
        QVERIFY(h.selectRow(0));
        const QString opened = h.proxy()->index(0, 0).data(IdRole).toString();

        // The network goes: nothing listens where the server was.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl dead(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close();
        QVERIFY(client->setServer(dead));
        h.window()->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(cache->isOffline(), 15000);
        auto *status = h.find<ui::SyncStatus *>("syncStatus");
        QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Offline")), qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("last synced")));

        // Browsing and search go on from the copy.
        QCOMPARE(h.model()->rowCount(), 180);
        QTest::keyClicks(h.search(), h.model()->contactRow(40).email);
        QTRY_COMPARE(h.proxy()->rowCount(), 1);
        h.search()->clear();
        QTRY_COMPARE(h.proxy()->rowCount(), 180);
        // The details of a contact opened before: from the copy, saying so.
        const int row = h.rowOfEmail(h.model()->contactRow(h.model()->rowOfId(opened)).email);
        QVERIFY(h.selectRow(row == 0 ? 1 : 0));
        QVERIFY(h.selectRow(row));
        auto *details = h.window()->findChild<ui::ContactDetails *>();
        QVERIFY(details->showsLocalCopy());
        QCOMPARE(details->contactId(), opened);
        auto *note = h.find<QLabel *>("detailCopyNote");
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("local copy")), qPrintable(note->text()));

        // A write is refused at once, with one clear message, and nothing is sent.
        Contact c;
        c.id = opened;
        c.emailAddress = QStringLiteral("x@example.org");
        const ApiResult refused = UiHarness::resultOf(h.operations()->optOutContact(opened), 2000);
        QCOMPARE(refused.error, ApiError::Network);
        QVERIFY2(refused.message.contains(QStringLiteral("offline")), qPrintable(refused.message));
        QCOMPARE(refused.attempts, 0);

        // A campaign's report comes from the copy.
        QString sent;
        for (const cache::CachedCampaign &cc : cache->store()->campaigns()) {
            if (cc.campaign.status.compare(QStringLiteral("Sent"), Qt::CaseInsensitive) == 0 && cc.hasEntry)
                sent = cc.campaign.id;
        }
        QVERIFY(!sent.isEmpty());
        CampaignReportJob report(*h.operations(), sent);
        report.setStore(cache->store());
        bool done = false;
        connect(&report, &CampaignReportJob::finished, this, [&done] { done = true; });
        report.start();
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY2(report.result().ok(), qPrintable(report.result().toString()));
        QVERIFY(report.data()->report.offline);
        QVERIFY(report.data()->report.fromLocalCopy);
        QVERIFY(report.data()->report.eventCount(CampaignEventKind::Send) > 0);

        // The server answers again: the cache finds out by itself (no F5), writes go out.
        QVERIFY(client->setServer(server));
        QTRY_VERIFY_WITH_TIMEOUT(!cache->isOffline(), 15000);
        QTRY_VERIFY(status->text().startsWith(QStringLiteral("Synced at")));
        QVERIFY(!client->writesRefused());
    }

    void campaignsFromTheCopy()
    {
        UiHarness h(options());
        QVERIFY(h.start());
        QVERIFY(h.waitForLocalCopy());
        auto *tabs = h.find<QTabWidget *>("tabs");
        tabs->setCurrentIndex(1);
        auto *tab = h.window()->page<ui::CampaignsTab>();
        QVERIFY(tab);
        QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        cache::AccountStore *store = h.app().accountCache()->store();
        // The copy's campaigns, in the copy's order, with no pager to the server.
        QTRY_COMPARE(tab->model()->rowCount(), int(store->campaigns().size()));
        QVERIFY(!tab->model()->canFetchMore({}));
        QCOMPARE(tab->model()->campaign(0).id, store->campaigns().front().campaign.id);
        // The status filter applies to the copy here (no request with ?status=).
        tab->setStatusFilter(QStringLiteral("DRAFT"));
        QTRY_VERIFY(tab->model()->rowCount() > 0);
        for (int row = 0; row < tab->model()->rowCount(); ++row)
            QCOMPARE(tab->model()->campaign(row).statusValue(), CampaignStatus::Draft);
        tab->setStatusFilter(QString());
        // A draft renamed elsewhere: the next sync (F5) brings the new name to its row.
        QTRY_COMPARE(tab->model()->rowCount(), int(store->campaigns().size()));
        QString draft;
        for (int row = 0; row < tab->model()->rowCount() && draft.isEmpty(); ++row) {
            if (tab->model()->campaign(row).statusValue() == CampaignStatus::Draft)
                draft = tab->model()->campaign(row).id;
        }
        QVERIFY(!draft.isEmpty());
        const ApiResult got = UiHarness::resultOf(h.operations()->getCampaign(draft));
        atom::Parsed<Campaign> entry = parseEntry<Campaign>(got);
        QVERIFY(entry.ok());
        entry.value->name = QStringLiteral("Renamed elsewhere");
        QVERIFY(UiHarness::resultOf(h.operations()->updateCampaign(*entry.value, got.body)).ok());
        h.window()->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(tab->model()->campaign(tab->model()->rowOfId(draft)).name, entry.value->name, 15000);
        QTRY_VERIFY(!h.app().accountCache()->isSyncing());
        QCOMPARE(store->campaign(draft)->campaign.name, entry.value->name);
    }

    void anUnreadableCopyIsSetAsideAndMadeAnew()
    {
        QTemporaryDir data;
        QTemporaryDir copies;
        UiHarness::Options o = options();
        o.sandboxDataDir = data.path();
        o.cacheFolder = copies.path();
        const QString path =
            QDir(copies.path()).filePath(cache::AccountStore::fileName(cache::sandboxAccountKey(data.path())));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("not a database at all\n").repeated(200));
        }
        UiHarness h(o);
        QVERIFY(h.start());
        auto *bar = h.window()->messageBar();
        QTRY_VERIFY2(bar->text().contains(QStringLiteral("set aside")), qPrintable(bar->text()));
        QVERIFY(bar->text().contains(QStringLiteral("copied again")));
        // The broken file is still there, renamed; the new copy is made by a full sync.
        const QStringList aside = QDir(copies.path()).entryList({QStringLiteral("*.broken-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QVERIFY(h.waitForLocalCopy());
        QCOMPARE(h.model()->rowCount(), 180);
        QVERIFY(h.app().accountCache()->lastSummary().full);
    }

    void historyAndReportsKeepEveryStoredEvent()
    {
        UiHarness h(options());
        QVERIFY(h.start());
        QVERIFY(h.waitForLocalCopy());
        // A contact with a history: its events come from the copy first, the feeds add nothing new.
        cache::AccountStore *store = h.app().accountCache()->store();
        QString withHistory;
        for (int r = 0; r < h.model()->rowCount() && withHistory.isEmpty(); ++r) {
            if (!store->contactEvents(h.model()->contactRow(r).id).isEmpty())
                withHistory = h.model()->contactRow(r).id;
        }
        QVERIFY(!withHistory.isEmpty());
        const qsizetype stored = store->contactEvents(withHistory).size();
        QVERIFY(h.selectRow(h.rowOfEmail(h.model()->contactRow(h.model()->rowOfId(withHistory)).email)));
        auto *details = h.window()->findChild<ui::ContactDetails *>();
        EventHistoryModel *history = details->history();
        QAbstractItemModelTester tester(history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!history->isLoading());
        QCOMPARE(history->rowCount(), int(stored)); // the same events: none twice
    }
};

QTEST_MAIN(TestUiLocalCopy)
#include "tst_ui_localcopy.moc"
