// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the README's screenshots: the real app on an in-memory sandbox with the default demo
// data, grabbed with QWidget::grab(). Run offscreen (QT_QPA_PLATFORM=offscreen) or under
// xvfb-run:  build/dev/tests/ctct_screenshots docs/screenshots
// With a variant, the main window and the preferences as main-window-VARIANT.png and
// preferences-VARIANT.png: "200" (QT_SCALE_FACTOR=2) only those; "de" or "fr" (the app in German
// or French) and "dark" (Fusion with a dark palette) every other window too, as NAME-VARIANT.png.
#include "uiharness.h"

#include "accounts/accountdialog.h"
#include "activities/activitiestab.h"
#include "api/apisession.h"
#include "cache/accountcache.h"
#include "campaigns/campaigneditor.h"
#include "campaigns/campaignstab.h"
#include "contacts/contactdetails.h"
#include "dialogs/preferencesdialog.h"
#include "events/checkinsheet.h"
#include "events/checkinwindow.h"
#include "events/eventeditor.h"
#include "events/eventstab.h"
#include "help/userguidewindow.h"
#include "importing/exportdialog.h"
#include "importing/importwizard.h"
#include "models/activitytablemodel.h"
#include "models/campaigntablemodel.h"
#include "models/checkinmatchmodel.h"
#include "models/eventtablemodel.h"
#include "models/registranttablemodel.h"
#include "models/roles.h"
#include "models/rowfiltermodel.h"
#include "reports/campaignreportwindow.h"
#include "reports/comparewindow.h"
#include "reports/drilldownwindow.h"
#include "widgets/resourcetableview.h"
#include "sandboxhost.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QSignalSpy>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cstdio>

using namespace ctct;
using namespace ctct::test;

namespace {

// Fusion's colours turned dark, as a dark desktop theme hands them to the app.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x2f, 0x65, 0xca);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x3e));
    p.setColor(QPalette::Mid, QColor(0x70, 0x70, 0x70));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

// Added to every file name before ".png": "-dark" when the whole set is taken in a dark palette.
QString g_suffix;

QString withSuffix(QString name)
{
    return name.insert(name.size() - 4, g_suffix);
}

bool save(QWidget *widget, const QString &dir, const QString &name)
{
    const QString path = dir + u'/' + withSuffix(name);
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

// The tab of that title, as Application names it (in the language of the run).
void showTab(UiHarness &h, const QString &title)
{
    auto *tabs = h.find<QTabWidget *>("tabs");
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i) == title)
            tabs->setCurrentIndex(i);
    }
}

// The Campaigns tab with a sent campaign, its report, the people behind its unique opens,
// three campaigns compared, and the draft editor.
bool campaignScreenshots(UiHarness &h, const QString &dir)
{
    showTab(h, ui::Application::tr("Ca&mpaigns"));
    auto *tab = h.window()->page<ui::CampaignsTab>();
    if (!tab || !QTest::qWaitFor([tab] { return tab->model()->rowCount() > 0 && !tab->isCompleting(); }, 30000))
        return false;
    int sentRow = -1;
    int draftRow = -1;
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        const CampaignStatus status = tab->model()->campaign(row).statusValue();
        if (status == CampaignStatus::Sent && sentRow < 0)
            sentRow = row;
        if (status == CampaignStatus::Draft && draftRow < 0)
            draftRow = row;
    }
    if (sentRow < 0 || draftRow < 0)
        return false;
    const auto select = [tab](int row) {
        tab->table()->selectViewRow(tab->proxy()->mapFromSource(tab->model()->index(row, 0)).row());
    };
    select(sentRow);
    const QString sentId = tab->model()->campaign(sentRow).id;
    if (!QTest::qWaitFor([tab, sentId] { return tab->shownId() == sentId; }, 10000))
        return false;
    QTest::qWait(300);
    if (!save(h.window(), dir, QStringLiteral("campaigns-tab.png")))
        return false;

    ui::CampaignReportWindow *report = tab->openReport(sentId);
    report->resize(1180, 860);
    if (!QTest::qWaitFor([report] { return report->data() != nullptr && !report->isLoading(); }, 20000))
        return false;
    QTest::qWait(400);
    if (!save(report, dir, QStringLiteral("campaign-report.png")))
        return false;
    auto *uniqueOpens = report->findChild<QToolButton *>(QStringLiteral("opensUniqueButton"));
    if (!uniqueOpens)
        return false;
    uniqueOpens->click();
    ui::DrillDownWindow *drill = report->lastDrillDown();
    if (!drill || !QTest::qWaitFor([drill] { return !drill->isLookingUpNames(); }, 20000))
        return false;
    drill->resize(900, 560);
    QTest::qWait(300);
    if (!save(drill, dir, QStringLiteral("campaign-drilldown.png")))
        return false;
    drill->close();
    report->close();

    tab->setStatusFilter(QStringLiteral("SENT"));
    if (!QTest::qWaitFor([tab] { return tab->model()->rowCount() >= 3 && !tab->model()->isFetching(); }, 10000))
        return false;
    tab->table()->selectViewRow(0);
    for (int row : {1, 2})
        tab->table()->selectionModel()->select(tab->proxy()->index(row, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
    ui::CompareWindow *compare = tab->compareSelected();
    if (!compare || !QTest::qWaitFor([compare] { return compare->isComplete(); }, 30000))
        return false;
    compare->resize(std::max(1000, compare->width()), 640); // wider when its titles need it (French)
    QTest::qWait(400);
    if (!save(compare, dir, QStringLiteral("campaign-compare.png")))
        return false;
    compare->close();

    tab->setStatusFilter(QStringLiteral("DRAFT"));
    if (!QTest::qWaitFor([tab] { return tab->model()->rowCount() > 0 && !tab->model()->isFetching(); }, 10000))
        return false;
    tab->table()->selectViewRow(0);
    tab->editSelected();
    ui::CampaignEditor *editor = tab->editor();
    if (!editor || !QTest::qWaitFor(
                       [editor] {
                           return editor->isVisible() && !editor->isBusy() && editor->sendersLoaded() &&
                                  editor->listsLoaded();
                       },
                       10000))
        return false;
    QTest::qWait(300);
    if (!save(editor, dir, QStringLiteral("campaign-editor.png")))
        return false;
    editor->reject();
    tab->setStatusFilter(QString());
    return true;
}

} // namespace

// The local copy offline: the status bar says so, a contact's details and a campaign's report
// come from the copy. Last, since the server stays out of reach for the rest of the run.
bool offlineScreenshots(UiHarness &h, const QString &dir)
{
    showTab(h, ui::Application::tr("&Contacts"));
    h.tab()->showList(0);
    if (!QTest::qWaitFor([&h] { return h.model()->rowCount() > 0; }, 10000) || !h.selectRow(4) || !h.waitIdle())
        return false;
    ApiClient *client = h.app().session()->client();
    RetryPolicy quick;
    quick.backoff = {std::chrono::milliseconds(5), std::chrono::milliseconds(5), std::chrono::milliseconds(5)};
    client->setRetryPolicy(quick);
    client->setServer(QUrl(QStringLiteral("http://127.0.0.1:9"))); // the discard port: nothing answers
    h.app().accountCache()->syncNow();
    if (!QTest::qWaitFor([&h] { return h.app().accountCache()->isOffline(); }, 30000))
        return false;
    if (!h.selectRow(3) || !h.selectRow(4))
        return false;
    QTest::qWait(300);
    if (!save(h.window(), dir, QStringLiteral("offline.png")))
        return false;
    showTab(h, ui::Application::tr("Ca&mpaigns"));
    auto *tab = h.window()->page<ui::CampaignsTab>();
    if (!tab || !QTest::qWaitFor([tab] { return tab->model()->rowCount() > 0; }, 10000))
        return false;
    QString sentId;
    for (int row = 0; row < tab->model()->rowCount() && sentId.isEmpty(); ++row) {
        if (tab->model()->campaign(row).statusValue() == CampaignStatus::Sent)
            sentId = tab->model()->campaign(row).id;
    }
    ui::CampaignReportWindow *report = tab->openReport(sentId);
    report->resize(1180, 860);
    if (!QTest::qWaitFor([report] { return report->data() != nullptr && !report->isLoading(); }, 20000))
        return false;
    QTest::qWait(400);
    const bool saved = save(report, dir, QStringLiteral("campaign-report-offline.png"));
    report->close();
    return saved;
}

int main(int argc, char *argv[])
{
    const QString variant = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    if (variant == u"200")
        qputenv("QT_SCALE_FACTOR", "2");
    QApplication qapp(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(dir);
    UiHarness::setUpProgram();
    if (variant == u"dark") {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
    } else if (variant == u"de" || variant == u"fr") {
        ui::Application::installTranslations(variant);
    } else if (!variant.isEmpty() && variant != u"200") {
        std::fprintf(stderr, "unknown variant %s (dark, 200, de, fr)\n", qPrintable(variant));
        return 2;
    }

    UiHarness::Options options;
    options.contacts = 2500;
    options.registrants = 5000; // the door's event, for the check-in window
    QTemporaryDir copies;       // the local copy of the account, as the app keeps one
    options.cacheFolder = copies.path();
    UiHarness h(options);
    if (!h.start() || !h.waitForLocalCopy(120000)) {
        std::fprintf(stderr, "the app did not start\n");
        return 1;
    }
    h.window()->resize(1280, 760);
    // An address the account has on its Do Not Mail list, for the import below.
    QString doNotMail;
    for (int row = 0; row < h.model()->rowCount() && doNotMail.isEmpty(); ++row) {
        if (h.model()->index(row, ContactTableModel::StatusColumn).data(RawValueRole).toString() == u"Do Not Mail")
            doNotMail = h.model()->index(row, ContactTableModel::EmailColumn).data().toString();
    }
    // A list of the account, a contact selected, its details in the pane.
    h.tab()->showList(5);
    if (!QTest::qWaitFor([&h] { return h.model()->rowCount() > 0 && !h.tab()->isLoading(); }, 10000) || !h.selectRow(2))
        return 1;
    if (!h.waitIdle())
        return 1;
    QTest::qWait(200);
    if (!variant.isEmpty()) { // the main window and the preferences; but at 200 %, every window after them
        if (!save(h.window(), dir, QStringLiteral("main-window-%1.png").arg(variant)))
            return 1;
        h.window()->preferencesAction()->trigger();
        QWidget *preferences = h.app().preferencesDialog();
        if (!preferences || !QTest::qWaitForWindowExposed(preferences))
            return 1;
        QTest::qWait(100);
        if (!save(preferences, dir, QStringLiteral("preferences-%1.png").arg(variant)))
            return 1;
        if (variant == u"200")
            return 0;
        preferences->close();
        g_suffix = u'-' + variant;
    } else if (!save(h.window(), dir, QStringLiteral("main-window.png"))) {
        return 1;
    }

    h.tab()->editCurrent();
    ui::ContactEditor *editor = h.editor();
    if (!editor || !QTest::qWaitFor([editor] { return editor->isVisible() && !editor->isBusy(); }, 10000))
        return 1;
    QTest::qWait(100);
    if (!save(editor, dir, QStringLiteral("contact-editor.png")))
        return 1;

    // The same editor after the server refused an e-mail address another contact has.
    auto *email = editor->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
    email->setText(h.emailAt(0));
    editor->save();
    if (!QTest::qWaitFor([editor] { return !editor->isBusy(); }, 10000))
        return 1;
    QTest::qWait(100);
    if (!save(editor, dir, QStringLiteral("contact-editor-conflict.png")))
        return 1;
    editor->reject();

    // File → Connect to Constant Contact… after the server refused a wrong password.
    h.window()->connectAction()->trigger();
    ui::AccountDialog *dialog = h.app().accountDialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return 1;
    const auto field = [dialog](const char *name) { return dialog->findChild<QLineEdit *>(QLatin1StringView(name)); };
    field("serverEdit")->setText(h.app().sandbox()->baseUrl().adjusted(QUrl::RemovePath).toString());
    field("usernameEdit")->setText(QStringLiteral("demo"));
    field("apiKeyEdit")->setText(QStringLiteral("sandbox-key"));
    field("secretEdit")->setText(QStringLiteral("not-the-password"));
    dialog->accept();
    if (!QTest::qWaitFor([dialog] { return !dialog->isChecking(); }, 10000))
        return 1;
    QTest::qWait(100);
    if (!save(dialog, dir, QStringLiteral("account-dialog.png")))
        return 1;
    dialog->reject();

    // The Activities tab with an import that had errors selected.
    auto *tabs = h.find<QTabWidget *>("tabs");
    showTab(h, ui::Application::tr("&Activities"));
    auto *activities = h.window()->page<ui::ActivitiesTab>();
    if (!activities ||
        !QTest::qWaitFor(
            [activities] { return activities->model()->rowCount() > 0 && !activities->model()->isFetching(); }, 10000))
        return 1;
    int withErrors = -1;
    for (int row = 0; row < activities->model()->rowCount() && withErrors < 0; ++row) {
        if (ActivityTableModel::typeText(activities->model()->activity(row).type) ==
            ActivityTableModel::typeText(QString::fromUtf16(activitytype::AddContacts)))
            withErrors = row;
    }
    auto *view = activities->findChild<QTableView *>(QStringLiteral("activitiesView"));
    view->selectRow(activities->proxy()->mapFromSource(activities->model()->index(std::max(0, withErrors), 0)).row());
    if (!QTest::qWaitFor([activities] { return !activities->shownId().isEmpty(); }, 10000))
        return 1;
    QTest::qWait(300);
    if (!save(h.window(), dir, QStringLiteral("activities.png")))
        return 1;
    if (!campaignScreenshots(h, dir))
        return 1;
    tabs->setCurrentIndex(0);

    // The import wizard on what Excel writes on a German system: "sep=;", Windows-1252, German
    // Outlook headers, a bad address, a repeated one and one the account has as Do Not Mail.
    QTemporaryDir temp;
    const QString csv = temp.filePath(QStringLiteral("Kontakte.csv"));
    {
        QByteArray bytes = "sep=;\r\nVorname;Nachname;E-Mail-Adresse;Firma;Ort;Postleitzahl;Notizen\r\n";
        // Latin-1 holds every character here, so it is the file's Windows-1252 as well.
        const QStringList rows{
            QStringLiteral("Jürgen;Müller;juergen.mueller@beispiel.de;Müller & Söhne GmbH;München;80331;Messe 2026"),
            QStringLiteral("Anna;Schröder;anna.schroeder@beispiel.de;;Hamburg;20095;"),
            QStringLiteral("Björn;Weiß;bjoern.weiss(at)beispiel.de;Weiß KG;Köln;50667;Adresse prüfen"),
            QStringLiteral("Clara;Vogel;clara.vogel@beispiel.de;Vogel Design;Berlin;10115;\"Ruft zurück; am Montag\""),
            QStringLiteral("Dieter;Krämer;dieter.kraemer@beispiel.de;;Dresden;01067;"),
            QStringLiteral("Anna;Schröder;ANNA.SCHROEDER@beispiel.de;;Hamburg;20095;doppelt"),
            QStringLiteral("Emil;Straßer;emil.strasser@beispiel.de;Straßer AG;Stuttgart;70173;"),
            QStringLiteral("Frieda;Lang;;;Leipzig;04109;ohne E-Mail"),
        };
        for (const QString &row : rows)
            bytes += row.toLatin1() + "\r\n";
        if (!doNotMail.isEmpty())
            bytes += "Gerd;Sommer;" + doNotMail.toUtf8() + ";;Bremen;28195;\r\n";
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return 1;
    }
    ui::ImportWizard *wizard = h.window()->importFile(csv, {h.lists()->entry(5).id});
    if (!wizard || !QTest::qWaitFor([wizard] { return !wizard->isInspecting(); }, 10000))
        return 1;
    wizard->resize(900, 620);
    QTest::qWait(200);
    if (!save(wizard, dir, QStringLiteral("import-1-file.png")))
        return 1;
    wizard->next();
    QTest::qWait(200);
    if (!save(wizard, dir, QStringLiteral("import-2-mapping.png")))
        return 1;
    wizard->next();
    if (!QTest::qWaitFor([wizard] { return !wizard->chosenLists().isEmpty(); }, 10000))
        return 1;
    QTest::qWait(200);
    if (!save(wizard, dir, QStringLiteral("import-3-lists.png")))
        return 1;
    wizard->next();
    if (!QTest::qWaitFor([wizard] { return !wizard->isPlanning(); }, 10000))
        return 1;
    QSignalSpy checked(wizard, &ui::ImportWizard::accountChecked);
    wizard->checkAgainstAccount();
    if (!QTest::qWaitFor([&checked] { return !checked.isEmpty(); }, 10000))
        return 1;
    QTest::qWait(200);
    if (!save(wizard, dir, QStringLiteral("import-4-preview.png")))
        return 1;
    QSignalSpy finished(wizard, &ui::ImportWizard::runFinished);
    wizard->next();
    if (!QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 20000))
        return 1;
    QTest::qWait(200);
    if (!save(wizard, dir, QStringLiteral("import-5-summary.png")))
        return 1;
    wizard->accept();

    // File → Export Contacts… on a list.
    ui::ExportDialog *exportDialog = ui::ExportDialog::open(h.window()->context(), h.window(), h.lists()->entry(5).id);
    if (!QTest::qWaitForWindowExposed(exportDialog))
        return 1;
    QTest::qWait(300);
    if (!save(exportDialog, dir, QStringLiteral("export-dialog.png")))
        return 1;
    exportDialog->close();

    // Help → User Guide (F1).
    ui::UserGuideWindow *guide = h.window()->showUserGuide();
    if (!QTest::qWaitForWindowExposed(guide))
        return 1;
    QTest::qWait(300);
    if (!save(guide, dir, QStringLiteral("user-guide.png")))
        return 1;

    // Check-in at the door: 5,000 registrants, someone with guests just checked in, then the
    // next name being typed.
    const Event event = h.largestEvent();
    ui::CheckInWindow *checkIn = ui::CheckInWindow::open(h.window()->context(), event, h.window());
    if (!QTest::qWaitFor([checkIn] { return !checkIn->isLoading(); }, 20000))
        return 1;
    checkIn->resize(1100, 760);
    const CheckInIndex &index = checkIn->matches()->checkInIndex();
    Registrant arriving;
    for (qsizetype i = 0; i < index.size() && arriving.id.isEmpty(); ++i) {
        const Registrant &r = index.at(i);
        if (checkInStateOf(r) == CheckInState::NotCheckedIn && r.guestCount.value_or(0) >= 2 &&
            index.match(registrantName(r)).size() == 1)
            arriving = r;
    }
    QSignalSpy checkedIn(checkIn, &ui::CheckInWindow::attendanceChanged);
    QTest::keyClicks(checkIn->searchField(), registrantName(arriving));
    QTest::keyClick(checkIn->searchField(), Qt::Key_Return);
    if (arriving.id.isEmpty() || !checkedIn.wait(10000))
        return 1;
    QTest::keyClicks(checkIn->searchField(), arriving.lastName.left(5));
    QTest::qWait(300);
    if (!save(checkIn, dir, QStringLiteral("checkin-mode.png")))
        return 1;
    const QString sheet = dir + u'/' + withSuffix(QStringLiteral("checkin-sheet.png"));
    if (!ui::checkInSheetPreview(event, checkIn->registrants(), 110).save(sheet))
        return 1;
    std::printf("%s\n", qPrintable(sheet));

    // The Events tab: the past event selected, its registrants below, one with guests in detail.
    showTab(h, ui::Application::tr("&Events"));
    auto *events = h.window()->page<ui::EventsTab>();
    if (!events ||
        !QTest::qWaitFor([events] { return events->model()->rowCount() > 0 && !events->model()->isFetching(); }, 10000))
        return 1;
    int past = 0;
    for (int row = 0; row < events->model()->rowCount(); ++row) {
        if (events->model()->event(row).statusValue() == EventStatus::Complete)
            past = row;
    }
    events->table()->selectViewRow(events->proxy()->mapFromSource(events->model()->index(past, 0)).row());
    if (!QTest::qWaitFor(
            [events] {
                return events->registrants()->rowCount() > 0 && !events->isCompleting() &&
                       events->registrants()->idsWithoutDetails().isEmpty();
            },
            20000))
        return 1;
    int withGuests = 0;
    for (int row = 0; row < events->registrants()->rowCount(); ++row) {
        if (events->registrants()->registrant(row).guestCount.value_or(0) > 1) {
            withGuests = row;
            break;
        }
    }
    events->registrantTable()->selectViewRow(
        events->registrantProxy()->mapFromSource(events->registrants()->index(withGuests, 0)).row());
    if (!QTest::qWaitFor([events] { return events->guestsLoaded(); }, 10000) || !h.waitIdle())
        return 1;
    QTest::qWait(300);
    if (!save(h.window(), dir, QStringLiteral("events-tab.png")))
        return 1;
    // The registrants with room for the whole detail: costs, guests, answers, addresses.
    h.window()->resize(1280, 1080);
    auto *vertical = events->findChild<QSplitter *>(QStringLiteral("eventsVerticalSplitter"));
    auto *registrantsPane = events->findChild<QSplitter *>(QStringLiteral("registrantsSplitter"));
    if (!vertical || !registrantsPane)
        return 1;
    vertical->setSizes({150, 850});
    QTest::qWait(300);
    if (!save(registrantsPane, dir, QStringLiteral("registrants-detail.png")))
        return 1;
    h.window()->resize(1280, 760);

    events->editSelected();
    ui::EventEditor *eventEditor = events->editor();
    if (!eventEditor ||
        !QTest::qWaitFor(
            [eventEditor] { return eventEditor->isVisible() && eventEditor->isLoaded() && !eventEditor->isBusy(); },
            10000))
        return 1;
    QTest::qWait(200);
    if (!save(eventEditor, dir, QStringLiteral("event-editor.png")))
        return 1;
    if (auto *pages = eventEditor->findChild<QTabWidget *>(QStringLiteral("formWidget"))) {
        pages->setCurrentIndex(2);
        QTest::qWait(200);
        if (!save(eventEditor, dir, QStringLiteral("event-editor-registration.png")))
            return 1;
    }
    eventEditor->reject();
    if (!offlineScreenshots(h, dir))
        return 1;
    return 0;
}
