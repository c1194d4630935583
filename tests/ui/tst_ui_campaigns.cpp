// SPDX-License-Identifier: GPL-3.0-or-later
// The Campaigns tab and campaign reports, offscreen against the in-process sandbox: the table
// (model and proxy under QAbstractItemModelTester) filled in from entries and reports, the
// status filter as the API's ?status=, search; drafts created, edited (a 409 and a 400 shown in
// the dialog, which stays open), deleted, sent ones read-only; a report with the sandbox's
// numbers and its charts; the opens drilled into and made a list; compare; the PDF and CSV exports.
#include "uiharness.h"

#include "api/operations.h"
#include "campaigns/campaigneditor.h"
#include "campaigns/campaignstab.h"
#include "campaigns/scheduledialog.h"
#include "lists/listdialog.h"
#include "lists/listsmodel.h"
#include "models/campaigntablemodel.h"
#include "models/reportcontactsmodel.h"
#include "models/roles.h"
#include "reports/campaignreportwindow.h"
#include "reports/comparewindow.h"
#include "reports/drilldownwindow.h"
#include "widgets/filedialog.h"
#include "widgets/messagebar.h"
#include "widgets/messagebox.h"
#include "widgets/resourcetableview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace ctct;
using namespace ctct::test;

namespace {

const QString kSentId = QStringLiteral("1100546096289"); // the demo data's first sent campaign

ui::CampaignsTab *showCampaigns(UiHarness &h)
{
    auto *tabs = h.find<QTabWidget *>("tabs");
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i).remove(u'&') == u"Campaigns")
            tabs->setCurrentIndex(i);
    }
    return h.window()->page<ui::CampaignsTab>();
}

bool loaded(ui::CampaignsTab *tab)
{
    return QTest::qWaitFor([tab] { return tab->model()->rowCount() > 0 && !tab->model()->isFetching(); }, 10000);
}

bool selectCampaign(ui::CampaignsTab *tab, const QString &id)
{
    const int row = tab->model()->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = tab->proxy()->mapFromSource(tab->model()->index(row, 0));
    tab->table()->selectViewRow(index.row());
    return true;
}

Campaign campaignOnServer(UiHarness &h, const QString &id)
{
    const ApiResult r = UiHarness::resultOf(h.operations()->getCampaign(id));
    const atom::Parsed<Campaign> parsed = r.ok() ? parseEntry<Campaign>(r) : atom::Parsed<Campaign>{};
    return parsed.ok() ? *parsed.value : Campaign{};
}

ui::CampaignEditor *readyEditor(ui::CampaignsTab *tab)
{
    ui::CampaignEditor *editor = tab->editor();
    if (!editor || !QTest::qWaitFor(
                       [editor] {
                           return editor->isVisible() && !editor->isBusy() && editor->sendersLoaded() &&
                                  editor->listsLoaded();
                       },
                       10000))
        return nullptr;
    return editor;
}

template<typename T>
T field(QWidget *w, const char *name)
{
    return w->findChild<T>(QLatin1StringView(name));
}

void fillNewDraft(ui::CampaignEditor *editor, const QString &name)
{
    field<QLineEdit *>(editor, "campaignNameEdit")->setText(name);
    field<QLineEdit *>(editor, "subjectEdit")->setText(QStringLiteral("News from the harbor"));
    field<QLineEdit *>(editor, "fromNameEdit")->setText(QStringLiteral("Bluewater"));
    field<QPlainTextEdit *>(editor, "htmlContentEdit")
        ->setPlainText(QStringLiteral("<html><body><p>Hello &amp; welcome</p></body></html>"));
    field<QPlainTextEdit *>(editor, "textContentEdit")->setPlainText(QStringLiteral("Hello & welcome <friends>"));
}

int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return int(QString::fromLatin1(pdf).count(page));
}

} // namespace

class TestUiCampaigns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiHarness::setUpProgram(); }

    void tableFillsInFromEntriesAndReports()
    {
        UiHarness h;
        QVERIFY(h.start());
        QVERIFY(!h.window()->page<ui::CampaignsTab>()); // made when first shown
        ui::CampaignsTab *tab = showCampaigns(h);
        QVERIFY(tab);
        QAbstractItemModelTester modelTester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(tab->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loaded(tab));
        QCOMPARE(tab->model()->rowCount(), 12);
        // Entries, then the sent campaigns' reports, in the background.
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isCompleting(), 30000);
        const int row = tab->model()->rowOfId(kSentId);
        QVERIFY(row >= 0);
        const Campaign server = campaignOnServer(h, kSentId);
        const auto cell = [tab, row](int column) { return tab->model()->index(row, column).data().toString(); };
        QCOMPARE(cell(CampaignTableModel::SubjectColumn), server.subject);
        QCOMPARE(cell(CampaignTableModel::SentColumn), QLocale().toString(*server.sent));
        QVERIFY(cell(CampaignTableModel::OpenRateColumn).endsWith(u'%'));
        const std::shared_ptr<const CampaignReportData> report = tab->cachedReport(kSentId);
        QVERIFY(report);
        QCOMPARE(cell(CampaignTableModel::OpenRateColumn), CampaignTableModel::rateText(report->report.rates.open));
        // Drafts have no rates.
        for (int r = 0; r < tab->model()->rowCount(); ++r) {
            if (tab->model()->campaign(r).statusValue() == CampaignStatus::Draft)
                QVERIFY(tab->model()->index(r, CampaignTableModel::OpenRateColumn).data().toString().isEmpty());
        }
        // Sorting on the raw values: the highest open rate first.
        tab->proxy()->sort(CampaignTableModel::OpenRateColumn, Qt::DescendingOrder);
        const double top = tab->proxy()->index(0, CampaignTableModel::OpenRateColumn).data(RawValueRole).toDouble();
        const double next = tab->proxy()->index(1, CampaignTableModel::OpenRateColumn).data(RawValueRole).toDouble();
        QVERIFY(top >= next && top > 0);
        // The detail pane: settings and a preview of the content.
        QVERIFY(selectCampaign(tab, kSentId));
        QTRY_COMPARE(shortIdOf(tab->shownId()), kSentId);
        auto *settings = tab->findChild<QLabel *>(QStringLiteral("campaignSettings"));
        QVERIFY(settings->text().contains(server.fromEmail.emailAddress));
        QVERIFY(settings->text().contains(server.organizationName));
        auto *preview = tab->findChild<QTextBrowser *>(QStringLiteral("campaignPreview"));
        QVERIFY(preview->toPlainText().contains(u"news from the harbor"));
    }

    void statusFilterAndSearch()
    {
        UiHarness h;
        QVERIFY(h.start());
        ui::CampaignsTab *tab = showCampaigns(h);
        QVERIFY(loaded(tab));
        auto *filter = tab->findChild<QComboBox *>(QStringLiteral("campaignStatusFilter"));
        filter->setCurrentIndex(filter->findData(QStringLiteral("SENT")));
        QVERIFY(tab->model()->firstPage().query().contains(u"status=SENT"));
        QTRY_VERIFY(tab->model()->rowCount() == 6 && !tab->model()->isFetching());
        for (int r = 0; r < tab->model()->rowCount(); ++r)
            QCOMPARE(tab->model()->campaign(r).statusValue(), CampaignStatus::Sent);
        tab->setStatusFilter(QStringLiteral("DRAFT"));
        QTRY_VERIFY(tab->model()->rowCount() == 4 && !tab->model()->isFetching());
        tab->setStatusFilter(QString());
        QTRY_VERIFY(tab->model()->rowCount() == 12 && !tab->model()->isFetching());
        auto *search = tab->findChild<QLineEdit *>(QStringLiteral("campaignSearchField"));
        QTest::keyClicks(search, QStringLiteral("spring pad"));
        QCOMPARE(tab->proxy()->rowCount(), 1);
        QCOMPARE(tab->proxy()->index(0, 0).data().toString(), QStringLiteral("Spring Paddle Newsletter"));
        QVERIFY(tab->findChild<QLabel *>(QStringLiteral("campaignsCountLabel"))->text().startsWith(u"1 of"));
        search->clear();
        QCOMPARE(tab->proxy()->rowCount(), 12);
    }

    void draftsCreatedEditedAndDeleted()
    {
        UiHarness h;
        QVERIFY(h.start());
        ui::CampaignsTab *tab = showCampaigns(h);
        QVERIFY(loaded(tab));

        // New: the server's 409 for a name taken is said in the dialog, which keeps the input.
        tab->newDraft();
        ui::CampaignEditor *editor = readyEditor(tab);
        QVERIFY(editor);
        QVERIFY(field<QComboBox *>(editor, "fromEmailCombo")->count() > 0);
        fillNewDraft(editor, QStringLiteral("Spring Paddle Newsletter"));
        editor->save();
        QTRY_VERIFY(!editor->isBusy() && !editor->errorText().isEmpty());
        QVERIFY(editor->isVisible());
        QVERIFY2(editor->errorText().contains(u"already called"), qPrintable(editor->errorText()));
        QCOMPARE(field<QLineEdit *>(editor, "subjectEdit")->text(), QStringLiteral("News from the harbor"));
        // Checked before sending: an HTML fragment is not a document.
        field<QPlainTextEdit *>(editor, "htmlContentEdit")->setPlainText(QStringLiteral("<p>just a fragment</p>"));
        field<QLineEdit *>(editor, "campaignNameEdit")->setText(QStringLiteral("Autumn Regatta"));
        editor->save();
        QVERIFY(!editor->isBusy());
        QVERIFY(editor->errorText().contains(u"<html>"));
        fillNewDraft(editor, QStringLiteral("Autumn Regatta"));
        auto *lists = field<QListWidget *>(editor, "campaignListsView");
        QVERIFY(lists->count() > 0);
        lists->item(0)->setCheckState(Qt::Checked);
        QPointer<ui::CampaignEditor> closing = editor;
        editor->save();
        QTRY_VERIFY(!closing);
        QTRY_VERIFY(tab->model()->rowCount() > 0 && !tab->model()->isFetching() &&
                    tab->model()->campaign(0).name == u"Autumn Regatta");
        const QString id = tab->model()->campaign(0).id;
        const Campaign created = campaignOnServer(h, id);
        QCOMPARE(created.statusValue(), CampaignStatus::Draft);
        QCOMPARE(created.emailTextContent, QStringLiteral("<Text>Hello &amp; welcome &lt;friends&gt;</Text>"));
        QCOMPARE(created.contactLists.size(), 1);

        // Edit: the list it goes to is deleted meanwhile; the server's 400 is said in the dialog.
        QVERIFY(selectCampaign(tab, id));
        tab->editSelected();
        editor = readyEditor(tab);
        QVERIFY(editor);
        QCOMPARE(field<QPlainTextEdit *>(editor, "textContentEdit")->toPlainText(),
                 QStringLiteral("Hello & welcome <friends>"));
        QVERIFY(UiHarness::resultOf(h.operations()->deleteList(created.contactLists.first())).ok());
        field<QLineEdit *>(editor, "subjectEdit")->setText(QStringLiteral("A new subject"));
        editor->save();
        QTRY_VERIFY(!editor->isBusy() && !editor->errorText().isEmpty());
        QVERIFY2(editor->errorText().contains(u"did not accept") && editor->errorText().contains(u"list"),
                 qPrintable(editor->errorText()));
        QVERIFY(editor->isVisible());
        for (int i = 0; i < field<QListWidget *>(editor, "campaignListsView")->count(); ++i)
            field<QListWidget *>(editor, "campaignListsView")->item(i)->setCheckState(Qt::Unchecked);
        closing = editor;
        editor->save();
        QTRY_VERIFY(!closing);
        QTRY_COMPARE(campaignOnServer(h, id).subject, QStringLiteral("A new subject"));
        QTRY_COMPARE(tab->model()->campaign(tab->model()->rowOfId(id)).subject, QStringLiteral("A new subject"));

        // Sent campaigns are read-only.
        QVERIFY(selectCampaign(tab, kSentId));
        QVERIFY(!tab->findChild<QAction *>(QStringLiteral("editDraftAction"))->isEnabled());
        QVERIFY(!tab->findChild<QAction *>(QStringLiteral("deleteDraftAction"))->isEnabled());

        // Delete, after the question.
        QVERIFY(selectCampaign(tab, id));
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        tab->deleteSelected();
        QTRY_VERIFY(tab->model()->rowOfId(id) < 0);
        QCOMPARE(UiHarness::resultOf(h.operations()->getCampaign(id)).error, ApiError::NotFound);
        QVERIFY(ui::MessageBox::lastQuestion().text.contains(u"Autumn Regatta"));
    }

    void actionsComeBackWhenTheDialogsClose()
    {
        UiHarness h;
        QVERIFY(h.start());
        ui::CampaignsTab *tab = showCampaigns(h);
        QVERIFY(loaded(tab));
        QString id;
        for (int row = 0; row < tab->model()->rowCount() && id.isEmpty(); ++row) {
            if (tab->model()->campaign(row).statusValue() == CampaignStatus::Draft)
                id = tab->model()->campaign(row).id;
        }
        QVERIFY(selectCampaign(tab, id));
        auto *edit = tab->findChild<QAction *>(QStringLiteral("editDraftAction"));
        auto *duplicate = tab->findChild<QAction *>(QStringLiteral("duplicateAction"));
        auto *schedule = tab->findChild<QAction *>(QStringLiteral("scheduleAction"));
        QVERIFY(edit->isEnabled() && duplicate->isEnabled() && schedule->isEnabled());

        // One editor at a time; closed without saving (nothing else changes on the tab), Edit and
        // Duplicate are back at once.
        tab->editSelected();
        QPointer<ui::CampaignEditor> editor = readyEditor(tab);
        QVERIFY(editor);
        QVERIFY(!edit->isEnabled() && !duplicate->isEnabled());
        editor->reject();
        QTRY_VERIFY(!editor);
        QVERIFY(edit->isEnabled());
        QVERIFY(duplicate->isEnabled());

        // The same for the schedule dialog and Schedule.
        QPointer<ui::ScheduleDialog> dialog = tab->scheduleSelected();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!schedule->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!dialog);
        QVERIFY(schedule->isEnabled());
    }

    void draftScheduledAndUnscheduled()
    {
        UiHarness h;
        QVERIFY(h.start());
        ui::CampaignsTab *tab = showCampaigns(h);
        QVERIFY(loaded(tab));
        QString id;
        for (int row = 0; row < tab->model()->rowCount() && id.isEmpty(); ++row) {
            if (tab->model()->campaign(row).statusValue() == CampaignStatus::Draft)
                id = tab->model()->campaign(row).id;
        }
        QVERIFY(!id.isEmpty());
        auto *schedule = tab->findChild<QAction *>(QStringLiteral("scheduleAction"));
        auto *unschedule = tab->findChild<QAction *>(QStringLiteral("unscheduleAction"));
        QVERIFY(selectCampaign(tab, kSentId));
        QVERIFY(!schedule->isEnabled());
        QVERIFY(!unschedule->isEnabled());
        QVERIFY(selectCampaign(tab, id));
        QVERIFY(schedule->isEnabled());
        QVERIFY(!unschedule->isEnabled());

        // A time that has passed is refused before anything is sent; the dialog keeps the input.
        ui::ScheduleDialog *dialog = tab->scheduleSelected();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!schedule->isEnabled()); // one schedule dialog at a time
        auto *when = dialog->findChild<QDateTimeEdit *>(QStringLiteral("whenEdit"));
        QCOMPARE(dialog->focusWidget(), when);
        QVERIFY(dialog->scheduledTime() > QDateTime::currentDateTime());
        dialog->setScheduledTime(QDateTime::currentDateTime().addSecs(-3600));
        dialog->save();
        QVERIFY(!dialog->isBusy());
        QVERIFY2(dialog->errorText().contains(u"lies ahead"), qPrintable(dialog->errorText()));
        QCOMPARE(campaignOnServer(h, id).statusValue(), CampaignStatus::Draft);

        // The server's refusal (scheduled elsewhere meanwhile) is said in the dialog, which stays open.
        const QDateTime elsewhere = QDateTime::currentDateTimeUtc().addDays(5);
        QVERIFY(UiHarness::resultOf(h.operations()->scheduleCampaign(id, elsewhere)).ok());
        const QDateTime chosen = QDateTime(QDate::currentDate().addDays(2), QTime(9, 30));
        dialog->setScheduledTime(chosen);
        dialog->save();
        QTRY_VERIFY(!dialog->isBusy() && dialog->errorText().contains(u"did not schedule"));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->scheduledTime(), chosen);
        QVERIFY(UiHarness::resultOf(h.operations()->unscheduleCampaign(id)).ok());

        // Now it goes through: the dialog closes, the server and the row say Scheduled.
        QPointer<ui::ScheduleDialog> closing = dialog;
        dialog->save();
        QTRY_VERIFY(!closing);
        const Campaign scheduled = campaignOnServer(h, id);
        QCOMPARE(scheduled.statusValue(), CampaignStatus::Scheduled);
        QCOMPARE(scheduled.nextRunDate, chosen.toUTC());
        QTRY_COMPARE(tab->model()->campaign(tab->model()->rowOfId(id)).statusValue(), CampaignStatus::Scheduled);
        QVERIFY(h.find<ui::MessageBar *>("messageBar")->text().contains(u"is scheduled for"));
        QTRY_VERIFY(unschedule->isEnabled()); // still selected: the actions follow the new status
        QVERIFY(!schedule->isEnabled());

        // Unschedule: No keeps it scheduled (nothing is sent), Yes makes it a draft again.
        const SentRequests sent;
        const QString schedules = QStringLiteral("/campaigns/") + id.section(u'/', -1) + QStringLiteral("/schedules");
        const int answered = ui::MessageBox::answersGiven();
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        tab->unscheduleSelected();
        QTRY_COMPARE(ui::MessageBox::answersGiven(), answered + 1);
        QCOMPARE(sent.count(QStringLiteral("DELETE"), schedules), 0);
        QCOMPARE(campaignOnServer(h, id).statusValue(), CampaignStatus::Scheduled);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        tab->unscheduleSelected();
        QTRY_COMPARE(ui::MessageBox::answersGiven(), answered + 2);
        QCOMPARE(sent.count(QStringLiteral("DELETE"), schedules), 1);
        QTRY_COMPARE(campaignOnServer(h, id).statusValue(), CampaignStatus::Draft);
        QTRY_COMPARE(tab->model()->campaign(tab->model()->rowOfId(id)).statusValue(), CampaignStatus::Draft);
        QVERIFY(ui::MessageBox::lastQuestion().text.contains(scheduled.name));
        // The window closes with a schedule dialog still open: it goes before the tab it tells.
        QTRY_VERIFY(schedule->isEnabled());
        QVERIFY(tab->scheduleSelected());
    }

    void duplicateOfASentCampaign()
    {
        UiHarness h;
        QVERIFY(h.start());
        ui::CampaignsTab *tab = showCampaigns(h);
        QVERIFY(loaded(tab));
        QVERIFY(selectCampaign(tab, kSentId));
        tab->duplicateSelected();
        ui::CampaignEditor *editor = readyEditor(tab);
        QVERIFY(editor);
        QTRY_COMPARE(field<QLineEdit *>(editor, "campaignNameEdit")->text(),
                     QStringLiteral("Copy of Spring Paddle Newsletter"));
        QVERIFY(editor->isCreating());
        QPointer<ui::CampaignEditor> closing = editor;
        editor->save();
        QTRY_VERIFY(!closing);
        QTRY_VERIFY(tab->model()->rowCount() > 0 && !tab->model()->isFetching() &&
                    tab->model()->campaign(0).name == u"Copy of Spring Paddle Newsletter");
        const Campaign copy = campaignOnServer(h, tab->model()->campaign(0).id);
        const Campaign original = campaignOnServer(h, kSentId);
        QCOMPARE(copy.statusValue(), CampaignStatus::Draft);
        QCOMPARE(copy.emailContent, original.emailContent);
        QCOMPARE(copy.fromEmail, original.fromEmail);
    }

    void reportDrillDownAndList()
    {
        UiHarness h;
        QVERIFY(h.start());
        ui::CampaignsTab *tab = showCampaigns(h);
        QVERIFY(loaded(tab));
        ui::CampaignReportWindow *report = tab->openReport(kSentId);
        QVERIFY(report);
        QTRY_VERIFY_WITH_TIMEOUT(report->data() != nullptr, 20000);
        const reporting::CampaignReport &r = report->data()->report;
        const Campaign server = campaignOnServer(h, kSentId);
        QCOMPARE(r.counts.opens, server.opens);
        QCOMPARE(r.eventCount(CampaignEventKind::Open), *server.opens);
        auto *opens = report->findChild<QToolButton *>(QStringLiteral("opensTotalButton"));
        QVERIFY(opens);
        QCOMPARE(opens->text(), QLocale().toString(*server.opens));
        auto *unique = report->findChild<QToolButton *>(QStringLiteral("opensUniqueButton"));
        QCOMPARE(unique->text(), QLocale().toString(r.uniqueCount(CampaignEventKind::Open)));
        // Charts and tables.
        auto *hourly = report->findChild<QChartView *>(QStringLiteral("hourlyChart"));
        QVERIFY(hourly->isVisible());
        QCOMPARE(hourly->chart()->series().size(), 2);
        QCOMPARE(report->findChild<QTableView *>(QStringLiteral("linkTable"))->model()->rowCount(), 3);
        QVERIFY(report->findChild<QTableView *>(QStringLiteral("bounceTable"))->model()->rowCount() > 0);
        QVERIFY(report->findChild<QLabel *>(QStringLiteral("reportWindowNote"))->text().contains(u"90 days"));
        // The tab keeps it: its rates show.
        QTRY_VERIFY(tab->cachedReport(kSentId) != nullptr);

        // Drill into the unique opens, then make a list of them.
        unique->click();
        ui::DrillDownWindow *drill = report->lastDrillDown();
        QVERIFY(drill);
        QAbstractItemModelTester tester(drill->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int openers = int(r.uniqueCount(CampaignEventKind::Open));
        QCOMPARE(drill->model()->rowCount(), openers);
        QTRY_VERIFY(!drill->isLookingUpNames());
        QTRY_VERIFY(!drill->model()->index(0, ReportContactsModel::NameColumn).data().toString().isEmpty());
        drill->newListFromThese();
        ui::ListDialog *dialog = drill->listDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QString listId;
        connect(dialog, &ui::ListDialog::saved, this, [&listId](const ContactList &list) { listId = list.id; });
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Opened the spring news"));
        dialog->save();
        QTRY_VERIFY(!listId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!drill->isChangingMembership() && drill->statusText().contains(u"spring news"), 20000);
        // Openers who opted out since cannot be put on a list; the window says who and why.
        QCOMPARE(drill->lastAdded() + drill->lastRefused(), openers);
        QVERIFY(drill->lastAdded() > 0);
        if (drill->lastRefused() > 0)
            QVERIFY2(drill->statusText().contains(u"Do Not Mail"), qPrintable(drill->statusText()));
        else
            QVERIFY(drill->statusText().startsWith(u"Done"));
        // The new list has exactly the openers.
        int members = 0;
        TypedPager<ContactListMember> *pager = h.operations()->members(listId);
        QObject::connect(pager, &Pager::pageReady, pager,
                         [&members, pager] { members += int(pager->takePage().entries.size()); });
        bool done = false;
        QObject::connect(pager, &Pager::finished, pager, [&done] { done = true; });
        pager->fetchAll();
        QTRY_VERIFY(done);
        pager->deleteLater();
        QCOMPARE(members, drill->lastAdded());

        // The drill-down's CSV: a header and one line per row.
        QTemporaryDir dir;
        ui::FileDialog::setNextFileName(dir.filePath(QStringLiteral("openers.csv")));
        drill->exportCsv();
        QTRY_VERIFY(QFile::exists(dir.filePath(QStringLiteral("openers.csv"))));
        QFile csv(dir.filePath(QStringLiteral("openers.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), openers + 1);
        QVERIFY(lines.first().startsWith("EmailAddress,Name,EventTime"));
    }

    void reportInADarkPalette()
    {
        const QPalette light = QApplication::palette();
        const auto restore = qScopeGuard([light] { QApplication::setPalette(light); });
        QPalette dark;
        for (const auto &[role, color] : {std::pair{QPalette::Window, 0x2b2b2b},
                                          {QPalette::WindowText, 0xe8e8e8},
                                          {QPalette::Base, 0x1e1e1e},
                                          {QPalette::AlternateBase, 0x262626},
                                          {QPalette::Text, 0xe8e8e8},
                                          {QPalette::Button, 0x353535},
                                          {QPalette::ButtonText, 0xe8e8e8},
                                          {QPalette::Mid, 0x555555}})
            dark.setColor(role, QColor::fromRgb(QRgb(color)));
        QApplication::setPalette(dark);
        // Share of the window's pixels that are light: its words only, never a light box.
        const auto lightShare = [](QWidget *w) {
            const QImage image = w->grab().toImage();
            qsizetype light = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    light += qGray(image.pixel(x, y)) > 200;
            }
            return double(light) / double(image.width() * image.height());
        };
        UiHarness::Options options;
        options.latencyMs = 150; // the event feeds take a while
        UiHarness h(options);
        QVERIFY(h.start());
        ui::CampaignsTab *tab = showCampaigns(h);
        QVERIFY(loaded(tab));
        ui::CampaignReportWindow *report = tab->openReport(kSentId);
        QVERIFY(QTest::qWaitForWindowExposed(report));
        QVERIFY(report->isLoading());
        const QList<QChartView *> views = report->findChildren<QChartView *>();
        QCOMPARE(views.size(), 2);
        for (QChartView *view : views)
            QVERIFY2(!view->isVisible(), qPrintable(view->objectName() + u" shows an empty chart while loading"));
        const double whileLoading = lightShare(report);
        QVERIFY2(whileLoading < 0.05, qPrintable(QString::number(whileLoading)));
        // Loaded: the charts are there, in the palette's colours.
        QTRY_VERIFY_WITH_TIMEOUT(!report->isLoading() && report->data() != nullptr, 30000);
        for (QChartView *view : views) {
            QVERIFY(view->isVisible());
            QCOMPARE(view->chart()->backgroundBrush().color(), dark.color(QPalette::Base));
        }
        const double loaded = lightShare(report);
        QVERIFY2(loaded < 0.05, qPrintable(QString::number(loaded)));
    }

    void reportExports()
    {
        UiHarness h;
        QVERIFY(h.start());
        ui::CampaignsTab *tab = showCampaigns(h);
        QVERIFY(loaded(tab));
        ui::CampaignReportWindow *report = tab->openReport(kSentId);
        QTRY_VERIFY_WITH_TIMEOUT(report->data() != nullptr, 20000);
        QTemporaryDir dir;
        const QString pdfPath = dir.filePath(QStringLiteral("report.pdf"));
        ui::FileDialog::setNextFileName(pdfPath);
        report->exportPdf();
        QTRY_VERIFY(QFile::exists(pdfPath));
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 10000); // the charts are in it
        QCOMPARE(pdfPages(bytes), 2);

        const QString csvPath = dir.filePath(QStringLiteral("report.csv"));
        ui::FileDialog::setNextFileName(csvPath);
        report->exportCsv();
        QTRY_VERIFY(QFile::exists(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.startsWith("id,Name,Status,Sent,"));
        QVERIFY(text.contains("\nlink,clicks,uniqueClicks\n"));
        QVERIFY(text.contains("http://www.bluewaterkayak.example/"));
        QVERIFY(text.contains("\nstart,opens,clicks\n"));
    }

    void compareSentCampaigns()
    {
        UiHarness h;
        QVERIFY(h.start());
        ui::CampaignsTab *tab = showCampaigns(h);
        QVERIFY(loaded(tab));
        tab->setStatusFilter(QStringLiteral("SENT"));
        QTRY_VERIFY(tab->model()->rowCount() == 6 && !tab->model()->isFetching());
        auto *compare = tab->findChild<QAction *>(QStringLiteral("compareAction"));
        tab->table()->selectViewRow(0);
        QVERIFY(!compare->isEnabled()); // one is not a comparison
        tab->table()->selectAll();
        QVERIFY(compare->isEnabled());
        ui::CompareWindow *window = tab->compareSelected();
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(window->isComplete(), 30000);
        QCOMPARE(window->model()->rowCount(), 6);
        for (int r = 0; r < 6; ++r)
            QVERIFY(window->model()->index(r, 4).data().toString().endsWith(u'%'));
        QCOMPARE(window->chartView()->chart()->series().size(), 1);
        QTRY_VERIFY(tab->cachedReport(kSentId) != nullptr); // what it fetched, the tab keeps
        // Opened again: shown from what the tab keeps, with no progress row for a fetch that never runs.
        ui::CampaignReportWindow *again = tab->openReport(kSentId);
        QVERIFY(again->data() && !again->isLoading());
        QTRY_VERIFY(again->isVisible());
        QVERIFY(!again->findChild<QWidget *>(QStringLiteral("reportProgressRow"))->isVisible());
    }
};

QTEST_MAIN(TestUiCampaigns)
#include "tst_ui_campaigns.moc"
