// SPDX-License-Identifier: GPL-3.0-or-later
// The shell: title and status bar name the sandbox account, menus and shortcuts, the message
// bar with the server's message and Retry, requests in flight, and what the window remembers.
#include "uiharness.h"

#include "api/operations.h"
#include "frame/page.h"
#include "sandboxhost.h"
#include "settings.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>
#include <QThread>
#include <QToolBar>

#include <memory>

using namespace ctct;
using namespace ctct::test;

namespace {

// A second page for the frame's tests: one action of its own, no search field.
class ProbePage final : public ui::Page
{
    Q_OBJECT

public:
    ProbePage(const ui::TabContext &context, QWidget *parent)
        : ui::Page(context, QStringLiteral("probe"), parent)
        , m_action(new QAction(QStringLiteral("Probe Action"), this))
    {
        m_action->setObjectName(QStringLiteral("probeAction"));
        ++created;
    }
    Actions actions() const override { return {{m_action}, {}, {m_action}}; }
    void refresh() override { ++refreshed; }
    void saveState() override { setViewState(u"state", QByteArrayLiteral("saved")); }

    static inline int created = 0;
    int refreshed = 0;

private:
    QAction *m_action;
};

} // namespace

class TestUiMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiHarness::setUpProgram(); }
    void sandboxAccountIsLabelled();
    void menusAndShortcuts();
    void everyControlHasAnAccessibleName();
    void messageBarShowsServerMessageWithRetry();
    void requestsInFlight();
    void remembersGeometryColumnsAndSort();
    void pagesAreMadeWhenShownAndBringTheirActions();
    void settingsOfTheFirstVersionAreMovedOnce();
    void englishPluralForms();
    void quittingNeverWaitsOnABusySandbox();
};

void TestUiMainWindow::englishPluralForms()
{
    // One source string per plural (tr("%n ...", nullptr, n)); the embedded English forms.
    const auto loaded = [](int n) {
        return QCoreApplication::translate("ctct::ContactTableModel", "%n contacts loaded", nullptr, n);
    };
    QCOMPARE(loaded(1), QStringLiteral("1 contact loaded"));
    QCOMPARE(loaded(2), QStringLiteral("2 contacts loaded"));
    QCOMPARE(loaded(0), QStringLiteral("0 contacts loaded"));
    UiHarness h;
    QVERIFY(h.start());
    h.window()->setRequestsInFlight(1);
    QCOMPARE(h.find<QLabel *>("requestsLabel")->text(), QStringLiteral("1 request in flight"));
    h.window()->setRequestsInFlight(3);
    QCOMPARE(h.find<QLabel *>("requestsLabel")->text(), QStringLiteral("3 requests in flight"));
}

void TestUiMainWindow::settingsOfTheFirstVersionAreMovedOnce()
{
    UiHarness::clearSettings();
    {
        QSettings old(QStringLiteral("org.ctctmanager"), QStringLiteral("CtctManager"));
        old.setValue(QStringLiteral("MainWindow/geometry"), QByteArrayLiteral("geo"));
        old.setValue(QStringLiteral("Contacts/header"), QByteArrayLiteral("hdr"));
        old.setValue(QStringLiteral("Session/account"), QStringLiteral("joe@https://api.example.test"));
        old.setValue(QStringLiteral("contacts/customFieldLabels"), QStringList{QString(), QStringLiteral("Region")});
        old.setValue(QStringLiteral("activities/following"),
                     QVariantMap{{QStringLiteral("Sandbox (demo data)"),
                                  QVariantMap{{QStringLiteral("a1"), QStringLiteral("Import")}}}});
        old.beginWriteArray(QStringLiteral("Accounts"), 1);
        old.setArrayIndex(0);
        old.setValue(QStringLiteral("username"), QStringLiteral("joe"));
        old.setValue(QStringLiteral("server"), QStringLiteral("https://api.example.test"));
        old.setValue(QStringLiteral("signIn"), QStringLiteral("token"));
        old.endArray();
    }
    {
        ui::Settings settings;
        QCOMPARE(settings.value(ui::setting::WindowGeometry), QByteArrayLiteral("geo"));
        QCOMPARE(settings.viewState(u"contacts", u"header"), QByteArrayLiteral("hdr"));
        QCOMPARE(settings.value(ui::setting::LastAccount), QStringLiteral("joe@https://api.example.test"));
        QCOMPARE(settings.accounts().size(), 1);
        QCOMPARE(settings.accounts().first().username, QStringLiteral("joe"));
        QCOMPARE(settings.accounts().first().scheme, Credentials::Scheme::Bearer);
        // 0.1 kept one set of custom field names: now the account in use then has them.
        QCOMPARE(settings.customFieldLabels(QStringLiteral("joe@https://api.example.test")),
                 (QStringList{QString(), QStringLiteral("Region")}));
        QCOMPARE(settings.customFieldLabels(QString::fromLatin1(ui::kSandboxAccountKey)), QStringList());
        // Followed activities were kept under the account's (translated) label, now its key.
        QCOMPARE(settings.value(ui::setting::FollowedActivities).keys(),
                 QStringList{QString::fromLatin1(ui::kSandboxAccountKey)});
        settings.sync();
    }
    QSettings now(QStringLiteral("org.ctctmanager"), QStringLiteral("CtctManager"));
    QVERIFY(!now.contains(QStringLiteral("MainWindow/geometry")));
    QVERIFY(!now.childGroups().contains(QStringLiteral("Accounts")));
    QCOMPARE(ui::Settings().accounts().size(), 1); // a second start finds them where they went
    UiHarness::clearSettings();
}

void TestUiMainWindow::pagesAreMadeWhenShownAndBringTheirActions()
{
    UiHarness h;
    ProbePage::created = 0;
    h.window()->addPage(QStringLiteral("Probe"),
                        [](const ui::TabContext &c, QWidget *parent) { return new ProbePage(c, parent); });
    QVERIFY(h.start());
    auto *tabs = h.find<QTabWidget *>("tabs");
    const int probeTab = tabs->count() - 1;
    QCOMPARE(tabs->tabText(probeTab), QStringLiteral("Probe"));
    QCOMPARE(ProbePage::created, 0); // not shown yet, not made
    QVERIFY(!h.window()->page(probeTab));
    const auto inEditMenu = [&h](const char *name) {
        const auto *menu = h.window()->findChild<QMenu *>(QStringLiteral("editMenu"));
        const QList<QAction *> actions = menu->actions();
        return std::any_of(actions.begin(), actions.end(),
                           [name](const QAction *a) { return a->objectName() == QLatin1StringView(name); });
    };
    const auto action = [&h](const char *name) { return h.window()->findChild<QAction *>(QLatin1StringView(name)); };
    QVERIFY(inEditMenu("newContactAction"));
    QVERIFY(action("findAction")->isEnabled());

    tabs->setCurrentIndex(probeTab);
    QCOMPARE(ProbePage::created, 1);
    auto *probe = qobject_cast<ProbePage *>(h.window()->currentPage());
    QVERIFY(probe);
    QCOMPARE(h.window()->page<ProbePage>(), probe);
    QVERIFY(inEditMenu("probeAction"));
    QVERIFY(!inEditMenu("newContactAction"));    // only the current page's actions
    QVERIFY(!action("findAction")->isEnabled()); // no search on this page
    QVERIFY(
        h.window()->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->actions().contains(action("probeAction")));
    action("refreshAction")->trigger();
    QCOMPARE(probe->refreshed, 1);

    tabs->setCurrentIndex(0);
    QCOMPARE(ProbePage::created, 1); // made once
    QVERIFY(inEditMenu("newContactAction"));
    QVERIFY(!inEditMenu("probeAction"));
    action("refreshAction")->trigger();
    QCOMPARE(probe->refreshed, 1); // F5 went to the Contacts tab

    // Closing saves every page's view state under its id.
    h.window()->close();
    QCOMPARE(ui::Settings().viewState(u"probe", u"state"), QByteArrayLiteral("saved"));
}

void TestUiMainWindow::sandboxAccountIsLabelled()
{
    UiHarness h;
    QVERIFY(h.start());
    QVERIFY(h.window()->windowTitle().contains(QStringLiteral("CTCT Account Manager")));
    QVERIFY(h.window()->windowTitle().contains(QStringLiteral("Sandbox (demo data)")));
    auto *account = h.find<QLabel *>("accountLabel");
    QVERIFY(account);
    QVERIFY(account->text().contains(QStringLiteral("Sandbox (demo data)")));
    auto *tabs = h.find<QTabWidget *>("tabs");
    QCOMPARE(tabs->count(), 4); // a tab appears when its feature works
    QCOMPARE(tabs->tabText(0).remove(u'&'), QStringLiteral("Contacts"));
    QCOMPARE(tabs->tabText(1).remove(u'&'), QStringLiteral("Campaigns"));
    QCOMPARE(tabs->tabText(2).remove(u'&'), QStringLiteral("Events"));
    QCOMPARE(tabs->tabText(3).remove(u'&'), QStringLiteral("Activities"));
}

void TestUiMainWindow::menusAndShortcuts()
{
    UiHarness h;
    QVERIFY(h.start());
    QStringList menus;
    for (QAction *a : h.window()->menuBar()->actions())
        menus.append(a->text().remove(u'&'));
    QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                                 QStringLiteral("Help")}));
    const auto action = [&h](const char *name) { return h.window()->findChild<QAction *>(QLatin1StringView(name)); };
    QCOMPARE(action("quitAction")->shortcut(), QKeySequence(QKeySequence::Quit));
    QCOMPARE(action("refreshAction")->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(action("findAction")->shortcut(), QKeySequence(QKeySequence::Find));
    QCOMPARE(action("newContactAction")->shortcut(), QKeySequence(QKeySequence::New));
    QVERIFY(action("aboutAction"));
    QVERIFY(action("loadAllAction"));
    QVERIFY(action("optOutAction"));
    QVERIFY(h.find<QWidget *>("mainToolBar")->isVisible());

    // Nothing selected: nothing to edit or opt out.
    QVERIFY(!action("editContactAction")->isEnabled());
    QVERIFY(!action("optOutAction")->isEnabled());
    QVERIFY(h.selectRow(0));
    QVERIFY(action("editContactAction")->isEnabled());
    QVERIFY(action("optOutAction")->isEnabled());

    // Quit closes the window.
    action("quitAction")->trigger();
    QTRY_VERIFY(!h.window()->isVisible());
}

namespace {

QStringList unnamedControls(QWidget *top)
{
    QStringList unnamed;
    const auto widgets = top->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool control = w->focusPolicy() != Qt::NoFocus && w->isVisibleTo(top);
        if (!control || w->inherits("QScrollBar") || w->inherits("QMenu") || w->inherits("QTabBar") ||
            w->inherits("QToolButton") || w->inherits("QLabel") || w->inherits("QAbstractSpinBox"))
            continue;
        if (!w->inherits("QAbstractItemView") && !w->inherits("QLineEdit") && !w->inherits("QComboBox") &&
            !w->inherits("QPushButton") && !w->inherits("QAbstractScrollArea"))
            continue;
        if (w->parentWidget() && w->parentWidget()->inherits("QComboBox"))
            continue; // the popup of a named combo box
        if (w->accessibleName().isEmpty())
            unnamed.append(QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName());
    }
    return unnamed;
}

} // namespace

void TestUiMainWindow::everyControlHasAnAccessibleName()
{
    UiHarness h;
    QVERIFY(h.start());
    QStringList unnamed = unnamedControls(h.window());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    // The editor too, page by page.
    QVERIFY(h.selectRow(0));
    h.tab()->editCurrent();
    QTRY_VERIFY(h.editor() && h.editor()->isVisible() && !h.editor()->isBusy());
    auto *pages = h.editor()->findChild<QTabWidget *>(QStringLiteral("tabs"));
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        unnamed = unnamedControls(h.editor());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
}

void TestUiMainWindow::messageBarShowsServerMessageWithRetry()
{
    UiHarness h;
    QVERIFY(h.start());
    // A list that the server deletes behind the app's back: its contacts cannot be fetched.
    ContactList list;
    list.name = QStringLiteral("Short-lived");
    const ApiResult created = UiHarness::resultOf(h.operations()->createList(list));
    QVERIFY2(created.ok(), qPrintable(created.toString()));
    const QString listId = created.location.toString();
    h.tab()->refresh();
    QTRY_VERIFY(h.lists()->rowOfId(listId) > 0);
    QVERIFY(h.waitIdle());
    const ApiResult removed = UiHarness::resultOf(h.operations()->deleteList(listId));
    QVERIFY2(removed.ok(), qPrintable(removed.toString()));

    auto *bar = h.find<ui::MessageBar *>("messageBar");
    QVERIFY(bar->isHidden());
    h.tab()->showList(h.lists()->rowOfId(listId));
    QTRY_VERIFY(bar->isVisible());
    // The server's own words (decision 1), not a generic text.
    QVERIFY2(bar->text().contains(QStringLiteral("listid must be the number of an existing list")),
             qPrintable(bar->text()));
    auto *retry = h.find<QPushButton *>("messageRetry");
    QVERIFY(retry->isVisible());

    // Retry asks again (and fails again, the list is gone).
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(bar->isHidden());
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(bar->text().contains(QStringLiteral("listid")));

    // Close dismisses it; F5 starts afresh (the list has left the sidebar).
    QTest::mouseClick(h.find<QWidget *>("messageClose"), Qt::LeftButton);
    QVERIFY(bar->isHidden());
    h.tab()->refresh();
    QTRY_COMPARE(h.lists()->rowOfId(listId), -1);
    QTRY_VERIFY(h.model()->rowCount() > 0);
    QVERIFY(bar->isHidden());
}

void TestUiMainWindow::requestsInFlight()
{
    UiHarness::Options options;
    options.latencyMs = 300;
    UiHarness h(options);
    QVERIFY(h.start());
    auto *label = h.find<QLabel *>("requestsLabel");
    QVERIFY(h.waitIdle());
    QCOMPARE(label->property("requests").toInt(), 0);
    h.tab()->refresh();
    QTRY_VERIFY(label->property("requests").toInt() >= 2); // the lists and a page of contacts
    QVERIFY(label->text().contains(QStringLiteral("in flight")));
    QTRY_COMPARE(label->property("requests").toInt(), 0);
}

void TestUiMainWindow::remembersGeometryColumnsAndSort()
{
    UiHarness::Options options;
    {
        UiHarness h(options);
        QVERIFY(h.start());
        QHeaderView *header = h.table()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(ContactTableModel::CompanyColumn));
        header->setSectionHidden(ContactTableModel::CompanyColumn, true);
        // A click on the E-mail header sorts by it.
        const int x = header->sectionViewportPosition(ContactTableModel::EmailColumn) + 10;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(h.proxy()->sortColumn(), int(ContactTableModel::EmailColumn));
        const QString first = h.emailAt(0);
        for (int row = 1; row < h.proxy()->rowCount(); ++row)
            QVERIFY(h.emailAt(row - 1).compare(h.emailAt(row), Qt::CaseInsensitive) <= 0);
        QVERIFY(!first.isEmpty());
        h.window()->resize(900, 640);
        QTRY_COMPARE(h.window()->size(), QSize(900, 640));
        h.window()->close();
    }
    options.clearSettings = false;
    UiHarness h(options);
    QVERIFY(h.start());
    QHeaderView *header = h.table()->horizontalHeader();
    QVERIFY(header->isSectionHidden(ContactTableModel::CompanyColumn));
    QCOMPARE(header->sortIndicatorSection(), int(ContactTableModel::EmailColumn));
    QCOMPARE(h.proxy()->sortColumn(), int(ContactTableModel::EmailColumn));
    QCOMPARE(h.window()->size(), QSize(900, 640));
    for (int row = 1; row < h.proxy()->rowCount(); ++row)
        QVERIFY(h.emailAt(row - 1).compare(h.emailAt(row), Qt::CaseInsensitive) <= 0);

    // Clicks go on to descending, then back to the server's order (newest first).
    const QString newest = h.model()->contactRow(0).email;
    const int x = header->sectionViewportPosition(ContactTableModel::EmailColumn) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(h.proxy()->sortOrder(), Qt::DescendingOrder);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(h.proxy()->sortColumn(), -1);
    QCOMPARE(h.emailAt(0), newest);
}

void TestUiMainWindow::quittingNeverWaitsOnABusySandbox()
{
    // ~SandboxHost (quitting) returns while the sandbox's thread is still busy, and the thread
    // is cleaned up once it ends.
    ui::SandboxOptions options;
    options.memory = true;
    options.contacts = 10;
    options.stopWaitMs = 0;
    auto host = std::make_unique<ui::SandboxHost>(options);
    QSignalSpy started(host.get(), &ui::SandboxHost::started);
    host->start();
    QVERIFY(started.wait(10000));
    QSemaphore busy;
    QSemaphore release;
    QThread *sandboxThread = nullptr;
    host->runOnSandboxThread([&] {
        sandboxThread = QThread::currentThread();
        busy.release();
        release.acquire();
    });
    busy.acquire(); // the sandbox's thread is inside the work now, until `release`
    const QPointer<QThread> thread(sandboxThread);
    host.reset();
    QVERIFY(thread && thread->isRunning()); // returned without waiting for it
    release.release();
    QTRY_VERIFY_WITH_TIMEOUT(thread.isNull(), 10000); // deleted once it ended
}

QTEST_MAIN(TestUiMainWindow)
#include "tst_ui_mainwindow.moc"
