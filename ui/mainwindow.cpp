// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "activities/activitywatch.h"
#include "cache/accountcache.h"
#include "ctct_version.h"
#include "frame/page.h"
#include "help/userguidewindow.h"
#include "importing/droppedfile.h"
#include "importing/exportdialog.h"
#include "importing/importwizard.h"
#include "settings.h"
#include "widgets/icons.h"
#include "widgets/messagebar.h"
#include "widgets/progresspanel.h"
#include "widgets/syncstatus.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace ctct::ui {

MainWindow::MainWindow(Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_messageBar(new MessageBar(this))
    , m_tabs(new QTabWidget(this))
    , m_progress(new ProgressPanel(this))
    , m_accountLabel(new QLabel(this))
    , m_requestsLabel(new QLabel(this))
    , m_syncStatus(new SyncStatus(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAccessibleName(tr("CTCT Account Manager"));
    setWindowIcon(appIcon());
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setAccessibleName(tr("Sections"));
    m_tabs->setDocumentMode(true);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_requestsLabel->setObjectName(QStringLiteral("requestsLabel"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(m_accountLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_requestsLabel);
    setRequestsInFlight(0);

    buildMenus();
    setAcceptDrops(true); // a CSV file dropped anywhere on the window is imported
    updateTitle();
    resize(1180, 720);
    if (m_settings) {
        const QByteArray geometry = m_settings->value(setting::WindowGeometry);
        if (!geometry.isEmpty())
            restoreGeometry(geometry);
        const QByteArray state = m_settings->value(setting::WindowState);
        if (!state.isEmpty())
            restoreState(state);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) { showPageActions(ensurePage(index)); });
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    // Accounts
    m_connectAction =
        file->addAction(themeIcon(QStringLiteral("network-connect")), tr("&Connect to Constant Contact…"));
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    m_accountMenu = file->addMenu(tr("&Account"));
    m_accountMenu->setObjectName(QStringLiteral("accountMenu"));
    file->addSeparator();
    // Bulk work (ui/importing): also reached by dropping a file on the window or on a list.
    m_importAction = file->addAction(themeIcon(QStringLiteral("document-import")), tr("&Import Contacts…"));
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setToolTip(tr("Add or update contacts from a CSV file (or drop the file on the window)"));
    connect(m_importAction, &QAction::triggered, this, [this] { importFile(QString()); });
    m_removeAction = file->addAction(themeIcon(QStringLiteral("list-remove")), tr("&Remove Contacts from Lists…"));
    m_removeAction->setObjectName(QStringLiteral("removeFromListsAction"));
    m_removeAction->setToolTip(tr("Take the contacts of a CSV file off lists"));
    connect(m_removeAction, &QAction::triggered, this, [this] {
        if (m_context.session)
            ImportWizard::open(m_context, this, ImportWizard::Mode::Remove);
    });
    m_exportAction = file->addAction(themeIcon(QStringLiteral("document-export")), tr("&Export Contacts…"));
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    connect(m_exportAction, &QAction::triggered, this, [this] {
        if (m_context.session)
            ExportDialog::open(m_context, this);
    });
    for (QAction *a : {m_importAction, m_removeAction, m_exportAction})
        a->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(themeIcon(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    // Last in the Edit menu, below the page's actions (showPageActions() puts it back).
    m_preferencesAction =
        new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("Pre&ferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_editMenu->addAction(m_preferencesAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_refreshAction = m_viewMenu->addAction(themeIcon(QStringLiteral("view-refresh")), tr("&Refresh"));
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Load what this tab shows from the server again (F5)"));
    m_refreshAction->setEnabled(false);
    m_findAction = m_viewMenu->addAction(themeIcon(QStringLiteral("edit-find")), tr("&Find…"));
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setEnabled(false);
    m_viewSeparator = m_viewMenu->addSeparator();

    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setAccessibleName(tr("Main toolbar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->toggleViewAction()->setText(tr("Show &Toolbar"));
    m_viewMenu->addAction(m_toolBar->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *guide = help->addAction(themeIcon(QStringLiteral("help-contents")), tr("&User Guide"));
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, &MainWindow::showUserGuide);
    help->addSeparator();
    QAction *about = help->addAction(themeIcon(QStringLiteral("help-about")), tr("&About CTCT Account Manager"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::addPage(const QString &title, PageFactory factory)
{
    m_pages.append(PageSlot{title, std::move(factory), nullptr, nullptr});
}

void MainWindow::setAccount(const ApiSession *session, const QString &label, const QString &accountKey,
                            cache::AccountCache *cache)
{
    m_account = label;
    m_accountLabel->setText(tr("Account: %1").arg(label));
    m_accountLabel->setAccessibleName(tr("Account: %1").arg(label));
    updateTitle();
    clearAccount();
    if (session)
        m_watch = new ActivityWatch(TabContext{session, m_settings, m_messageBar, m_progress, nullptr, accountKey},
                                    accountKey, this);
    m_context = TabContext{session, m_settings, m_messageBar, m_progress, m_watch, accountKey, cache};
    m_syncStatus->setCache(cache);
    {
        const QSignalBlocker blocker(m_tabs); // the pages are made below, the current one only
        for (PageSlot &slot : m_pages) {
            slot.container = new QWidget(m_tabs);
            auto *layout = new QVBoxLayout(slot.container);
            layout->setContentsMargins(0, 0, 0, 0);
            m_tabs->addTab(slot.container, slot.title);
        }
    }
    showPageActions(ensurePage(m_tabs->currentIndex()));
    for (QAction *a : {m_importAction, m_removeAction, m_exportAction})
        a->setEnabled(session != nullptr);
    if (m_watch)
        m_watch->resume(); // what was still running when the app last closed
}

ImportWizard *MainWindow::importFile(const QString &path, const QStringList &listIds)
{
    if (!m_context.session)
        return nullptr;
    return ImportWizard::open(m_context, this, ImportWizard::Mode::Add, path, listIds);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_context.session && !droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty() || !m_context.session)
        return;
    event->acceptProposedAction();
    importFile(path);
}

Page *MainWindow::ensurePage(int index)
{
    if (index < 0 || index >= m_pages.size() || !m_context.session)
        return nullptr;
    PageSlot &slot = m_pages[index];
    if (!slot.page && slot.container) {
        slot.page = slot.factory(m_context, slot.container);
        slot.container->layout()->addWidget(slot.page);
        connect(slot.page, &Page::actionsChanged, this, [this, page = slot.page] {
            if (currentPage() == page)
                showPageActions(page);
        });
    }
    return slot.page;
}

Page *MainWindow::page(int index) const
{
    return index >= 0 && index < m_pages.size() ? m_pages.at(index).page : nullptr;
}

Page *MainWindow::currentPage() const
{
    return page(m_tabs->currentIndex());
}

void MainWindow::showPageActions(Page *page)
{
    m_editMenu->clear();
    m_toolBar->clear();
    for (QAction *a : std::as_const(m_pageViewActions)) {
        m_viewMenu->removeAction(a);
        if (a->parent() == m_viewMenu)
            delete a; // a separator made below, not the page's own action
    }
    m_pageViewActions.clear();
    m_refreshAction->disconnect(this);
    m_findAction->disconnect(this);
    m_refreshAction->setEnabled(page != nullptr);
    m_findAction->setEnabled(page && page->hasSearch());
    if (!page) {
        m_editMenu->addAction(m_preferencesAction);
        return;
    }
    const Page::Actions actions = page->actions();
    const auto fill = [](QWidget *target, const QList<QAction *> &list, auto addSeparator) {
        for (QAction *a : list) {
            if (a)
                target->addAction(a);
            else
                addSeparator();
        }
    };
    fill(m_editMenu, actions.edit, [this] { m_editMenu->addSeparator(); });
    if (!actions.edit.isEmpty())
        m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferencesAction);
    for (QAction *a : actions.view) {
        QAction *item = a ? a : new QAction(m_viewMenu);
        if (!a)
            item->setSeparator(true);
        m_viewMenu->insertAction(m_viewSeparator, item);
        m_pageViewActions.append(item);
    }
    fill(m_toolBar, actions.toolBar, [this] { m_toolBar->addSeparator(); });
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, this, [this, page] {
        // The local copy first: the page shows it, and what the sync brings follows.
        if (m_context.cache)
            m_context.cache->syncNow();
        page->refresh();
    });
    connect(m_findAction, &QAction::triggered, this, [page] { page->focusSearch(); });
}

void MainWindow::clearAccount()
{
    // The bar's Retry and the panel's Cancel may call into a page or a dialog.
    m_messageBar->dismiss();
    m_progress->finish();
    // Imports and exports belong to the account's session: they end with it (what was sent
    // stays on the server and in its Activities tab).
    for (ImportWizard *w : findChildren<ImportWizard *>(QString(), Qt::FindDirectChildrenOnly))
        delete w;
    for (ExportDialog *d : findChildren<ExportDialog *>(QString(), Qt::FindDirectChildrenOnly))
        delete d;
    for (QAction *a : {m_importAction, m_removeAction, m_exportAction}) {
        if (a)
            a->setEnabled(false);
    }
    showPageActions(nullptr);
    const QSignalBlocker blocker(m_tabs); // removing a tab makes another current: no page for it now
    for (PageSlot &slot : m_pages) {
        if (slot.page)
            slot.page->saveState();
        slot.page = nullptr;
        delete std::exchange(slot.container, nullptr);
    }
    delete std::exchange(m_watch, nullptr);
    m_syncStatus->setCache(nullptr);
    m_context = TabContext{};
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_account.isEmpty() ? tr("CTCT Account Manager") : tr("%1 — CTCT Account Manager").arg(m_account));
}

void MainWindow::setRequestsInFlight(int count)
{
    const QString text = count > 0 ? tr("%n requests in flight", nullptr, count) : tr("No requests in flight");
    m_requestsLabel->setText(count > 0 ? text : QString());
    m_requestsLabel->setAccessibleName(text);
    m_requestsLabel->setProperty("requests", count);
}

void MainWindow::saveSettings()
{
    if (!m_settings)
        return;
    m_settings->setValue(setting::WindowGeometry, saveGeometry());
    m_settings->setValue(setting::WindowState, saveState());
    for (const PageSlot &slot : std::as_const(m_pages)) {
        if (slot.page)
            slot.page->saveState();
    }
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

UserGuideWindow *MainWindow::showUserGuide()
{
    if (!m_guide)
        m_guide = new UserGuideWindow(this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

void MainWindow::showAbout()
{
    QString text =
        tr("<h3>CTCT Account Manager %1</h3>"
           "<p>A desktop account manager for Constant Contact's web-services API.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>"
           "<p>Made by the ctct-manager developers. Licensed under the GNU General Public License, "
           "version 3 or later.</p>")
            .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
    // The project has no public home page yet; once CMake is told one (CTCT_HOMEPAGE_URL), the
    // dialog names it.
    const QString home = QStringLiteral(CTCT_HOMEPAGE);
    if (!home.isEmpty())
        text += tr("<p>Home page: <a href=\"%1\">%1</a></p>").arg(home);
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("About CTCT Account Manager"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(appIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setTextInteractionFlags(Qt::TextBrowserInteraction);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace ctct::ui
