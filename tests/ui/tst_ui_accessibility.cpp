// SPDX-License-Identifier: GPL-3.0-or-later
// Every window and dialog that opens without changing anything on the server, in English,
// German and French: each focusable control has a name a screen reader can say (its own
// accessible name, its text, or the label it is the buddy of), Tab reaches every focusable
// control and comes back (no trap, nothing skipped), and no two menu items or controls of one
// window share a keyboard accelerator.
#include "uiharness.h"

#include "accounts/accountdialog.h"
#include "campaigns/campaigneditor.h"
#include "campaigns/campaignstab.h"
#include "campaigns/scheduledialog.h"
#include "dialogs/customfieldlabelsdialog.h"
#include "dialogs/preferencesdialog.h"
#include "events/checkinwindow.h"
#include "events/eventeditor.h"
#include "events/eventstab.h"
#include "help/userguidewindow.h"
#include "importing/exportdialog.h"
#include "importing/importwizard.h"
#include "lists/listdialog.h"
#include "lists/listssidebar.h"
#include "models/campaigntablemodel.h"
#include "models/eventtablemodel.h"
#include "reports/campaignreportwindow.h"
#include "reports/comparewindow.h"
#include "reports/drilldownwindow.h"
#include "testdata.h"
#include "widgets/resourcetableview.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace ctct;
using namespace ctct::test;

namespace {

QString describe(const QWidget *w)
{
    QString text;
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        text = u" [" + button->text() + u']';
    return QStringLiteral("%1 \"%2\"%3").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text);
}

// A radio button of an exclusive group gets the focus by the arrow keys once Tab has brought it
// to the group's checked one.
bool reachedByArrows(const QWidget *w)
{
    const auto *radio = qobject_cast<const QRadioButton *>(w);
    return radio && !radio->isChecked() && (radio->autoExclusive() || radio->group());
}

// The focusable controls of a window as they are shown now.
QList<QWidget *> focusable(QWidget *top)
{
    QList<QWidget *> out;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (w->window() != top || !w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) ||
            w->focusProxy())
            continue;
        out.append(w);
    }
    return out;
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QStringList unnamed(QWidget *top)
{
    QStringList problems;
    for (QWidget *w : focusable(top)) {
        if (accessibleName(w).isEmpty())
            problems.append(describe(w) + u" has no accessible name");
    }
    return problems;
}

// Presses Tab from the first control until the focus comes back; every focusable control must
// have had it once.
QStringList tabOrder(QWidget *top)
{
    const QList<QWidget *> all = focusable(top);
    if (all.size() < 2) // nowhere else to go
        return {};
    top->activateWindow();
    if (!QTest::qWaitForWindowActive(top))
        return {describe(top) + u" did not become active"};
    const auto owner = [&all](QWidget *w) {
        for (; w; w = w->parentWidget()) {
            if (all.contains(w))
                return w;
        }
        return static_cast<QWidget *>(nullptr);
    };
    QWidget *first = all.first();
    first->setFocus(Qt::TabFocusReason);
    if (!QTest::qWaitFor([first] { return first->hasFocus(); }, 10000))
        return {describe(first) + u" does not take the focus"};
    // Tab may move inside a control a few times before it leaves it: the sections of a date and
    // time, the links of a label or of a text browser. More than that is a trap (a table that
    // tabs from cell to cell).
    const auto maxStay = [](const QWidget *w) { return qobject_cast<const QTextBrowser *>(w) ? 200 : 8; };
    qsizetype budget = 4;
    for (const QWidget *w : all)
        budget += maxStay(w) + 2;
    QSet<QWidget *> visited{first};
    QWidget *last = first;
    int stay = 0;
    for (qsizetype i = 0; i < budget; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = owner(QApplication::focusWidget());
        if (!now)
            return {QStringLiteral("Tab after %1 left the window's controls").arg(describe(last))};
        if (now == last) {
            if (++stay > maxStay(now))
                return {QStringLiteral("Tab does not leave %1").arg(describe(now))};
            continue;
        }
        stay = 0;
        if (now == first)
            break;
        visited.insert(now);
        last = now;
    }
    QStringList problems;
    for (QWidget *w : all) {
        if (!visited.contains(w) && !reachedByArrows(w))
            problems.append(QStringLiteral("Tab never reaches %1").arg(describe(w)));
    }
    return problems;
}

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&')
                return text.at(i + 1).toLower();
            ++i;
        }
    }
    return {};
}

// The accelerators of the controls shown at once in a window (labels with a buddy, buttons,
// the tabs of a tab widget).
QStringList clashingAccelerators(QWidget *top)
{
    QHash<QChar, QString> seen;
    QStringList problems;
    const auto take = [&](const QString &text, const QString &where) {
        const QChar m = mnemonic(text);
        if (m.isNull())
            return;
        if (seen.contains(m))
            problems.append(QStringLiteral("&%1 in %2 and in %3").arg(m).arg(seen.value(m), where));
        else
            seen.insert(m, where);
    };
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (w->window() != top || !w->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            take(label->text(), u'"' + label->text() + u'"');
        else if (auto *button = qobject_cast<QAbstractButton *>(w); button && !qobject_cast<QToolButton *>(w))
            take(button->text(), u'"' + button->text() + u'"');
        else if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                take(tabs->tabText(i), u'"' + tabs->tabText(i) + u'"');
        }
    }
    return problems;
}

QStringList clashingMenuAccelerators(QMenu *menu, const QString &path)
{
    QHash<QChar, QString> seen;
    QStringList problems;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QChar m = mnemonic(a->text());
        if (m.isNull()) {
            if (!a->text().isEmpty() && menu->objectName() != u"accountMenu") // account names are the user's
                problems.append(path + u" → \"" + a->text() + u"\" has no accelerator");
        } else if (seen.contains(m)) {
            problems.append(path + QStringLiteral(": &%1 in \"%2\" and \"%3\"").arg(m).arg(seen.value(m), a->text()));
        } else {
            seen.insert(m, a->text());
        }
        if (a->menu())
            problems += clashingMenuAccelerators(a->menu(), path + u" → " + a->text());
    }
    return problems;
}

QStringList menuProblems(QMainWindow *window)
{
    QStringList problems;
    QHash<QChar, QString> seen;
    for (QAction *a : window->menuBar()->actions()) {
        const QChar m = mnemonic(a->text());
        if (seen.contains(m))
            problems.append(QStringLiteral("menu bar: &%1 in \"%2\" and \"%3\"").arg(m).arg(seen.value(m), a->text()));
        seen.insert(m, a->text());
        if (a->menu())
            problems += clashingMenuAccelerators(a->menu(), a->text());
    }
    return problems;
}

} // namespace

class TestUiAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiHarness::setUpProgram(); }
    void everyWindowAndDialog_data();
    void everyWindowAndDialog();

private:
    // Checks a window in each state its tab widgets can show.
    void check(QWidget *top, const QString &name);

    QStringList m_problems;
};

void TestUiAccessibility::check(QWidget *top, const QString &name)
{
    QVERIFY2(top && top->isVisible(), qPrintable(name + u" is not shown"));
    const auto once = [this, top, &name](const QString &state) {
        const QString where = name + state + u": ";
        for (const QString &p : unnamed(top) + tabOrder(top) + clashingAccelerators(top) + UiHarness::cutOffText(top))
            m_problems.append(where + p);
    };
    QList<QTabWidget *> tabWidgets;
    for (QTabWidget *tabs : top->findChildren<QTabWidget *>()) {
        if (tabs->window() == top && tabs->isVisible() &&
            tabs->objectName() != u"tabs") // the main window's: by the test
            tabWidgets.append(tabs);
    }
    once(QString());
    for (QTabWidget *tabs : tabWidgets) {
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == current || !tabs->isTabEnabled(i))
                continue;
            tabs->setCurrentIndex(i);
            once(u" (" + tabs->tabText(i).remove(u'&') + u')');
        }
        tabs->setCurrentIndex(current);
    }
}

void TestUiAccessibility::everyWindowAndDialog_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestUiAccessibility::everyWindowAndDialog()
{
    QFETCH(QString, language);
    const QList<QTranslator *> translators = ui::Application::installTranslations(language);
    const auto cleanup = qScopeGuard([&translators] {
        for (QTranslator *t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale::c());
    });
    m_problems.clear();
    UiHarness h;
    QVERIFY(h.start());
    ui::MainWindow *window = h.window();

    // The main window on every tab, with that tab's menus.
    auto *tabs = h.find<QTabWidget *>("tabs");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTRY_VERIFY(window->page(i) != nullptr);
        QVERIFY(h.waitIdle());
        check(window, u"main window (" + tabs->tabText(i).remove(u'&') + u')');
        for (const QString &p : menuProblems(window))
            m_problems.append(u"menus (" + tabs->tabText(i).remove(u'&') + u"): " + p);
    }
    tabs->setCurrentIndex(0);
    QVERIFY(h.waitIdle());

    const auto closeDialog = [](QWidget *dialog) {
        QPointer<QWidget> guard(dialog);
        dialog->close();
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
    };

    // File → Connect to Constant Contact…
    window->connectAction()->trigger();
    QTRY_VERIFY(h.app().accountDialog() && h.app().accountDialog()->isVisible());
    check(h.app().accountDialog(), QStringLiteral("account dialog"));
    closeDialog(h.app().accountDialog());

    // The contact editor, and the custom field names from it.
    h.find<QAction *>("newContactAction")->trigger();
    QTRY_VERIFY(h.editor() && h.editor()->isVisible() && !h.editor()->isBusy());
    check(h.editor(), QStringLiteral("contact editor"));
    auto *tabsOfEditor = h.editor()->findChild<QTabWidget *>();
    QVERIFY(tabsOfEditor);
    tabsOfEditor->setCurrentIndex(
        tabsOfEditor->indexOf(h.editor()->findChild<QWidget *>(QStringLiteral("customPage"))));
    h.editor()->findChild<QPushButton *>(QStringLiteral("nameCustomFieldsButton"))->click();
    ui::CustomFieldLabelsDialog *labels = nullptr;
    QTRY_VERIFY((labels = h.editor()->findChild<ui::CustomFieldLabelsDialog *>()) && labels->isVisible());
    check(labels, QStringLiteral("custom field names"));
    closeDialog(labels);
    closeDialog(h.editor());

    // New List…
    auto *sidebar = window->findChild<ui::ListsSidebar *>();
    QVERIFY(sidebar);
    sidebar->newList();
    QTRY_VERIFY(sidebar->listDialog() && sidebar->listDialog()->isVisible());
    check(sidebar->listDialog(), QStringLiteral("list dialog"));
    closeDialog(sidebar->listDialog());

    // Export Contacts…
    window->findChild<QAction *>(QStringLiteral("exportAction"))->trigger();
    ui::ExportDialog *exportDialog = nullptr;
    QTRY_VERIFY((exportDialog = window->findChild<ui::ExportDialog *>()) && exportDialog->isVisible());
    QVERIFY(h.waitIdle());
    check(exportDialog, QStringLiteral("export dialog"));
    closeDialog(exportDialog);

    // The import wizard, each step up to the rows (nothing is sent before Import).
    ui::ImportWizard *wizard = window->importFile(dataPath(QStringLiteral("csv/constantcontact.csv")));
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QTRY_VERIFY(!wizard->isInspecting());
    for (int step = 0; step < 4; ++step) {
        QVERIFY(h.waitIdle());
        if (wizard->currentId() == ui::ImportWizard::ListsStep) {
            auto *lists = wizard->findChild<QListWidget *>(QStringLiteral("listsView"));
            QTRY_VERIFY(lists->count() > 0);
            lists->item(0)->setCheckState(Qt::Checked);
        }
        QTRY_VERIFY(!wizard->isPlanning());
        check(wizard, QStringLiteral("import wizard, step %1").arg(step + 1));
        if (step < 3) {
            QVERIFY(wizard->currentPage()->isComplete());
            wizard->next();
        }
    }
    closeDialog(wizard);

    // Edit → Preferences…, and the custom field names from there.
    window->preferencesAction()->trigger();
    QTRY_VERIFY(h.app().preferencesDialog() && h.app().preferencesDialog()->isVisible());
    check(h.app().preferencesDialog(), QStringLiteral("preferences"));
    h.app().preferencesDialog()->findChild<QPushButton *>(QStringLiteral("customFieldsButton"))->click();
    QTRY_VERIFY((labels = h.app().preferencesDialog()->findChild<ui::CustomFieldLabelsDialog *>()) &&
                labels->isVisible());
    closeDialog(labels);
    closeDialog(h.app().preferencesDialog());

    // The campaign editor and a sent campaign's report with the contacts behind a number.
    for (int i = 0; i < tabs->count(); ++i) {
        if (window->page(i) && qobject_cast<ui::CampaignsTab *>(window->page(i)))
            tabs->setCurrentIndex(i);
    }
    auto *campaigns = window->page<ui::CampaignsTab>();
    QVERIFY(campaigns);
    QVERIFY(h.waitIdle());
    campaigns->newDraft();
    QTRY_VERIFY(campaigns->editor() && campaigns->editor()->isVisible() && !campaigns->editor()->isBusy() &&
                campaigns->editor()->sendersLoaded() && campaigns->editor()->listsLoaded());
    check(campaigns->editor(), QStringLiteral("campaign editor"));
    closeDialog(campaigns->editor());
    ui::CampaignReportWindow *report = campaigns->openReport(QStringLiteral("1100546096289"));
    QVERIFY(report);
    QTRY_VERIFY_WITH_TIMEOUT(report->data() != nullptr, 20000);
    check(report, QStringLiteral("campaign report"));
    report->findChild<QToolButton *>(QStringLiteral("opensTotalButton"))->click();
    ui::DrillDownWindow *drill = nullptr;
    QTRY_VERIFY((drill = report->lastDrillDown()) && drill->isVisible());
    QVERIFY(h.waitIdle());
    check(drill, QStringLiteral("contacts behind a number"));
    closeDialog(drill);
    closeDialog(report);

    // Schedule… for a draft, and Compare for the sent campaigns.
    campaigns->setStatusFilter(QStringLiteral("DRAFT"));
    QTRY_VERIFY(campaigns->model()->rowCount() > 0 && !campaigns->model()->isFetching());
    campaigns->table()->selectViewRow(0);
    ui::ScheduleDialog *schedule = campaigns->scheduleSelected();
    QVERIFY(schedule);
    QTRY_VERIFY(schedule->isVisible());
    check(schedule, QStringLiteral("schedule dialog"));
    closeDialog(schedule);
    campaigns->setStatusFilter(QStringLiteral("SENT"));
    QTRY_VERIFY(campaigns->model()->rowCount() > 1 && !campaigns->model()->isFetching());
    campaigns->table()->selectAll();
    ui::CompareWindow *compare = campaigns->compareSelected();
    QVERIFY(compare);
    QTRY_VERIFY_WITH_TIMEOUT(compare->isVisible() && compare->isComplete(), 30000);
    QVERIFY(h.waitIdle());
    check(compare, QStringLiteral("campaign comparison"));
    closeDialog(compare);

    // The event editor, for a new event and for one that exists, and Check-In Mode.
    for (int i = 0; i < tabs->count(); ++i) {
        if (window->page(i) && qobject_cast<ui::EventsTab *>(window->page(i)))
            tabs->setCurrentIndex(i);
    }
    auto *events = window->page<ui::EventsTab>();
    QVERIFY(events);
    QTRY_VERIFY(events->model()->rowCount() > 0 && !events->model()->isFetching());
    QVERIFY(h.waitIdle());
    const auto readyEditor = [events] {
        return QTest::qWaitFor(
            [events] {
                ui::EventEditor *e = events->editor();
                return e && e->isVisible() && !e->isBusy() && e->isLoaded();
            },
            10000);
    };
    events->newEvent();
    QVERIFY(readyEditor());
    check(events->editor(), QStringLiteral("event editor (new)"));
    closeDialog(events->editor());
    QTRY_VERIFY(!events->editor()); // gone, not only hidden: the tab opens one editor at a time
    events->table()->selectViewRow(0);
    events->editSelected();
    QVERIFY(readyEditor());
    check(events->editor(), QStringLiteral("event editor (edit)"));
    closeDialog(events->editor());
    ui::CheckInWindow *checkIn = events->openCheckIn();
    QVERIFY(checkIn);
    QTRY_VERIFY_WITH_TIMEOUT(checkIn->isVisible() && !checkIn->isLoading(), 20000);
    check(checkIn, QStringLiteral("check-in window"));
    closeDialog(checkIn);

    // Help → User Guide and Help → About.
    ui::UserGuideWindow *guide = window->showUserGuide();
    QTRY_VERIFY(guide->isVisible());
    check(guide, QStringLiteral("user guide"));
    closeDialog(guide);
    window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    QMessageBox *about = nullptr;
    QTRY_VERIFY((about = window->findChild<QMessageBox *>(QStringLiteral("aboutBox"))) && about->isVisible());
    check(about, QStringLiteral("about box"));
    closeDialog(about);

    for (const QString &p : std::as_const(m_problems))
        qWarning("%s", qPrintable(p));
    QVERIFY2(m_problems.isEmpty(), qPrintable(QStringLiteral("%1 problems (above)").arg(m_problems.size())));
}

QTEST_MAIN(TestUiAccessibility)
#include "tst_ui_accessibility.moc"
