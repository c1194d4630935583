// SPDX-License-Identifier: GPL-3.0-or-later
// Import, export and clearing lists in the real window: a CSV file dropped on the window and
// on a list (a real QDropEvent with a file URL), the wizard's steps — the file as read, a
// mapping changed and remembered, the preview's verdicts with the rejected-only filter and the
// check against the account, a run with a row the server rejects, a stop between batches, the
// rejected rows saved with their reasons — then the export dialog's file, Clear List with its
// confirmation, and an activity of an earlier run followed again.
#include "uiharness.h"

#include "activities/activitywatch.h"
#include "api/accountcheckjob.h"
#include "api/apijob.h"
#include "api/importjob.h"
#include "api/apiclient.h"
#include "api/operations.h"
#include "atom/atomreader.h"
#include "importing/exportdialog.h"
#include "importing/importwizard.h"
#include "lists/listssidebar.h"
#include "models/importrowsmodel.h"
#include "widgets/filedialog.h"
#include "widgets/messagebar.h"
#include "widgets/messagebox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QDropEvent>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ctct;
using namespace ctct::test;

namespace {

// Lines: 1 header, 2-4 valid, 5 not an address, 6 valid, 7 duplicate of 2, 8 a state the
// server does not know (it passes the local checks), 9 valid.
const QByteArray kFile = "Email Address,First Name,State\r\n"
                         "ann@wizard.example,Ann,MA\r\n"
                         "bob@wizard.example,Bob,NY\r\n"
                         "cyd@wizard.example,Cyd,ON\r\n"
                         "not-an-address,Dan,MA\r\n"
                         "eve@wizard.example,Eve,CA\r\n"
                         "ANN@wizard.example,Ann again,MA\r\n"
                         "fay@wizard.example,Fay,Ontaro\r\n"
                         "gus@wizard.example,Gus,TX\r\n";

// Sends a drag over the widget at pos and drops it there, as a file manager does.
bool dropFile(QWidget *target, const QPoint &pos, const QString &path)
{
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(pos, Qt::CopyAction | Qt::MoveAction | Qt::LinkAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::CopyAction | Qt::MoveAction | Qt::LinkAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction | Qt::MoveAction | Qt::LinkAction, &data, Qt::LeftButton,
                    Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

ui::ImportWizard *wizardOf(UiHarness &h)
{
    return h.window()->findChild<ui::ImportWizard *>(QString(), Qt::FindDirectChildrenOnly);
}

int userListRow(UiHarness &h)
{
    for (int row = 0; row < h.lists()->rowCount(); ++row) {
        if (h.lists()->entry(row).kind == ui::ListsModel::Kind::UserList && h.lists()->entry(row).count.value_or(0) > 0)
            return row;
    }
    return -1;
}

// The lists of the contact with this address on the server; "(none)" when there is no contact.
QStringList listsOf(UiHarness &h, const QString &email)
{
    const QList<QUrl> urls = h.operations()->contactsUrls(ContactQuery{{email}, {}, {}, {}});
    const ApiResult found = UiHarness::resultOf(h.operations()->client()->get(urls.first()));
    const atom::Parsed<Page<Contact>> page = atom::readPage<Contact>(found.body);
    if (!page.ok() || page.value->entries.isEmpty())
        return {QStringLiteral("(none)")};
    const Contact full = h.contactOnServer(page.value->entries.first().id);
    QStringList ids;
    for (const ContactListMembership &m : full.contactLists)
        ids.append(m.listId);
    return ids;
}

} // namespace

class TestUiImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dropOnWindow();
    void dropOnList();
    void mappingChangedAndRemembered();
    void previewRunAndRejectedRows();
    void stopBetweenBatches();
    void closedDuringRunReportsInMessageBar();
    void unreadableFile();
    void exportList();
    void clearList();
    void earlierActivityFollowedAgain();

private:
    QString writeFile(const QByteArray &bytes, const QString &name = QStringLiteral("contacts.csv"));
    // Opens the wizard on the file and waits until it is read.
    ui::ImportWizard *openOn(const QString &path);
    // Next step; for the preview, waits for the plan.
    bool next(ui::ImportWizard *w);
    bool checkFirstList(ui::ImportWizard *w);
    std::unique_ptr<UiHarness> m_h;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestUiImport::initTestCase()
{
    UiHarness::setUpProgram();
}

void TestUiImport::init()
{
    m_h = std::make_unique<UiHarness>();
    QVERIFY(m_h->start());
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestUiImport::cleanup()
{
    m_h.reset();
    m_dir.reset();
}

QString TestUiImport::writeFile(const QByteArray &bytes, const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

ui::ImportWizard *TestUiImport::openOn(const QString &path)
{
    ui::ImportWizard *w = m_h->window()->importFile(path);
    if (!w || !QTest::qWaitFor([w] { return !w->isInspecting(); }, 10000))
        return nullptr;
    return w;
}

bool TestUiImport::next(ui::ImportWizard *w)
{
    const int before = w->currentId();
    if (!w->currentPage()->isComplete())
        return false;
    w->next();
    if (w->currentId() == before)
        return false;
    if (w->currentId() == ui::ImportWizard::PreviewStep)
        return QTest::qWaitFor([w] { return !w->isPlanning(); }, 10000);
    return true;
}

bool TestUiImport::checkFirstList(ui::ImportWizard *w)
{
    auto *lists = w->findChild<QListWidget *>(QStringLiteral("listsView"));
    if (!QTest::qWaitFor([lists] { return lists->count() > 0; }, 10000))
        return false;
    lists->item(0)->setCheckState(Qt::Checked);
    return !w->chosenLists().isEmpty();
}

void TestUiImport::dropOnWindow()
{
    const QString path = writeFile(kFile);
    // Onto the contacts table: it takes no files, so the drop goes on to the window.
    QVERIFY(dropFile(m_h->table()->viewport(), m_h->table()->viewport()->rect().center(), path));
    ui::ImportWizard *w = wizardOf(*m_h);
    QVERIFY(w);
    QVERIFY(w->isVisible());
    QCOMPARE(w->path(), path);
    QVERIFY(QTest::qWaitFor([w] { return !w->isInspecting(); }, 10000));
    QVERIFY(w->inspection().ok());
    QCOMPARE(w->inspection().header,
             (QStringList{QStringLiteral("Email Address"), QStringLiteral("First Name"), QStringLiteral("State")}));
    QCOMPARE(w->mapping().emailColumn(), 0);
    QVERIFY(w->chosenLists().isEmpty());

    // A second drop reuses the wizard that has not run yet.
    const QString other = writeFile("E-mail\nzed@wizard.example\n", QStringLiteral("other.csv"));
    QVERIFY(dropFile(m_h->window(), m_h->window()->rect().center(), other));
    QCOMPARE(wizardOf(*m_h), w);
    QCOMPARE(w->path(), other);
}

void TestUiImport::dropOnList()
{
    const int row = userListRow(*m_h);
    QVERIFY(row > 0);
    const QString listId = m_h->lists()->entry(row).id;
    auto *sidebar = m_h->find<ui::ListsSidebar *>("listsView");
    QVERIFY(sidebar);
    const QRect rect = sidebar->visualRect(m_h->lists()->index(row));
    QVERIFY(!rect.isEmpty());
    const QString path = writeFile(kFile);
    QVERIFY(dropFile(sidebar->viewport(), rect.center(), path));
    ui::ImportWizard *w = wizardOf(*m_h);
    QVERIFY(w);
    QVERIFY(QTest::qWaitFor([w] { return !w->isInspecting() && !w->chosenLists().isEmpty(); }, 10000));
    QCOMPARE(w->chosenLists(), QStringList{listId});
}

void TestUiImport::mappingChangedAndRemembered()
{
    // "Contact" matches no column: the user has to say it holds the addresses.
    const QByteArray file = "Contact,Vorname,Notes\nhal@wizard.example,Hal,a\nida@wizard.example,Ida,b\n";
    ui::ImportWizard *w = openOn(writeFile(file));
    QVERIFY(w);
    QVERIFY(next(w));
    QCOMPARE(w->currentId(), int(ui::ImportWizard::MappingStep));
    QCOMPARE(w->mapping().emailColumn(), -1);
    QCOMPARE(w->mapping().sourceOf(QStringLiteral("FIRST NAME")), 1); // German Outlook
    QVERIFY(!w->currentPage()->isComplete());
    auto *problem = w->findChild<QLabel *>(QStringLiteral("mappingProblem"));
    QVERIFY(problem->isVisible());

    // Through the combo box, as the user does.
    auto *box = w->findChild<QComboBox *>(QStringLiteral("mappingBox0"));
    QVERIFY(box);
    const int email = box->findData(QStringLiteral("EMAIL ADDRESS"));
    QVERIFY(email > 0);
    box->setCurrentIndex(email);
    emit box->activated(email);
    QCOMPARE(w->mapping().emailColumn(), 0);
    QVERIFY(w->currentPage()->isComplete());
    QVERIFY(!problem->isVisible());
    w->chooseColumn(2, QStringLiteral("CUSTOM FIELD 3"));
    QCOMPARE(w->mapping().sourceOf(QStringLiteral("CUSTOM FIELD 3")), 2);
    QVERIFY(next(w));
    QVERIFY(checkFirstList(w));
    QVERIFY(next(w)); // the preview: the choices are remembered now
    QCOMPARE(w->plan().valid(), 2);
    w->close();
    QVERIFY(QTest::qWaitFor([this] { return wizardOf(*m_h) == nullptr; }, 5000));

    // Another file with the same headers gets the saved choices at once.
    ui::ImportWizard *again = openOn(writeFile(file + "joe@wizard.example,Joe,c\n", QStringLiteral("again.csv")));
    QVERIFY(again);
    QVERIFY(again->mappingWasSaved());
    QCOMPARE(again->mapping().emailColumn(), 0);
    QCOMPARE(again->mapping().sourceOf(QStringLiteral("CUSTOM FIELD 3")), 2);
}

void TestUiImport::previewRunAndRejectedRows()
{
    const QString path = writeFile(kFile);
    ui::ImportWizard *w = openOn(path);
    QVERIFY(w);
    QVERIFY(next(w));
    QVERIFY(next(w));
    QVERIFY(checkFirstList(w));
    const QString listId = w->chosenLists().first();
    QVERIFY(next(w));
    QCOMPARE(w->currentId(), int(ui::ImportWizard::PreviewStep));
    QVERIFY(w->plan().ok());
    QCOMPARE(w->plan().rows, 8);
    QCOMPARE(w->plan().valid(), 6);

    // Every row with its verdict, under the model tester; then only the rejected ones.
    ImportRowsModel *preview = w->previewModel();
    QAbstractItemModelTester tester(preview, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(preview->rowCount(), 8);
    QCOMPARE(preview->row(3).line, 5);
    QCOMPARE(preview->row(3).verdict, QStringLiteral("not an e-mail address"));
    QCOMPARE(preview->row(5).verdict, QStringLiteral("duplicate"));
    QVERIFY2(preview->row(5).detail.contains(QStringLiteral("line 2")), qPrintable(preview->row(5).detail));
    QCOMPARE(preview->row(6).verdict, QStringLiteral("valid")); // the server will say otherwise
    auto *table = w->findChild<QTableView *>(QStringLiteral("previewTable"));
    auto *onlyRejected = w->findChild<QCheckBox *>(QStringLiteral("onlyRejected"));
    onlyRejected->setChecked(true);
    QCOMPARE(table->model()->rowCount(), 2);
    onlyRejected->setChecked(false);
    QCOMPARE(table->model()->rowCount(), 8);

    // What each valid row will do in the account: all of them are new here.
    QSignalSpy checked(w, &ui::ImportWizard::accountChecked);
    w->checkAgainstAccount();
    QVERIFY(QTest::qWaitFor([&] { return !checked.isEmpty(); }, 10000));
    QCOMPARE(preview->row(0).effect, ImportRowsModel::Effect::NewContact);
    QCOMPARE(preview->row(0).detail, QStringLiteral("new contact"));
    QVERIFY(w->findChild<QLabel *>(QStringLiteral("checkInfo"))->text().contains(QStringLiteral("6 new contacts")));

    // The run: one activity, one row rejected by the server, mapped to the file's line 8.
    QSignalSpy finished(w, &ui::ImportWizard::runFinished);
    QVERIFY(next(w));
    QCOMPARE(w->currentId(), int(ui::ImportWizard::RunStep));
    QVERIFY(w->isRunning());
    QVERIFY(!w->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000));
    QVERIFY(w->button(QWizard::FinishButton)->isEnabled());
    const ImportJob *job = w->job();
    QCOMPARE(job->accepted(), 5);
    QCOMPARE(job->serverRejected().size(), 1);
    const QString summary = w->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("8 rows in the file")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("5 added or updated")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("2 rejected before sending")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1 rejected by the server")), qPrintable(summary));
    ImportRowsModel *rejected = w->summaryModel();
    QAbstractItemModelTester summaryTester(rejected, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(rejected->rowCount(), 3);
    QCOMPARE(rejected->row(2).line, 8);
    QCOMPARE(rejected->row(2).verdict, QStringLiteral("rejected by the server"));
    // The accepted rows are on the server, members of the chosen list; the rejected one is not.
    QCOMPARE(listsOf(*m_h, QStringLiteral("eve@wizard.example")), QStringList{listId});
    QCOMPARE(listsOf(*m_h, QStringLiteral("fay@wizard.example")), QStringList{QStringLiteral("(none)")});

    // The rejected rows, with their reasons, through the FileDialog seam.
    const QString target = m_dir->filePath(QStringLiteral("rejected.csv"));
    QSignalSpy saved(w, &ui::ImportWizard::rejectedRowsSaved);
    ui::FileDialog::setNextFileName(target);
    w->saveRejectedRows();
    QVERIFY(QTest::qWaitFor([&] { return !saved.isEmpty(); }, 10000));
    QCOMPARE(saved.first().at(1).toString(), QString());
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().mid(3).split('\n');
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], QByteArray("Reason,Email Address,First Name,State\r"));
    QVERIFY(lines[1].endsWith(",not-an-address,Dan,MA\r"));
    QVERIFY(lines[2].endsWith(",ANN@wizard.example,Ann again,MA\r"));
    QVERIFY2(lines[3].endsWith(",fay@wizard.example,Fay,Ontaro\r"), lines[3].constData());
}

void TestUiImport::stopBetweenBatches()
{
    ui::ImportWizard *w = openOn(writeFile(kFile));
    QVERIFY(w);
    importing::UploadLimits limits;
    limits.maxRows = 1;
    w->setUploadLimits(limits);
    QVERIFY(next(w));
    QVERIFY(next(w));
    QVERIFY(checkFirstList(w));
    QVERIFY(next(w));
    QCOMPARE(w->plan().batches.size(), 6);
    QSignalSpy finished(w, &ui::ImportWizard::runFinished);
    QVERIFY(next(w));
    QVERIFY(w->job());
    // The user presses Stop while the first batch is on its way.
    auto *stop = w->findChild<QPushButton *>(QStringLiteral("stopButton"));
    QVERIFY(stop->isVisible());
    connect(w->job(), &ImportJob::activityCreated, stop, [stop] { stop->click(); });
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000));
    QCOMPARE(w->job()->batchesSent(), 1);
    QCOMPARE(w->job()->notSent(), 5);
    const QString summary = w->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("1 added or updated")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("5 not sent")), qPrintable(summary));
}

void TestUiImport::closedDuringRunReportsInMessageBar()
{
    ui::ImportWizard *w = openOn(writeFile(kFile));
    QVERIFY(w);
    QVERIFY(next(w));
    QVERIFY(next(w));
    QVERIFY(checkFirstList(w));
    QVERIFY(next(w));
    QSignalSpy finished(w, &ui::ImportWizard::runFinished);
    QVERIFY(next(w));
    QVERIFY(w->isRunning());
    w->reject(); // the window's close button
    QVERIFY(!w->isVisible());
    QCOMPARE(wizardOf(*m_h), w); // still there, still running
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000));
    auto *bar = m_h->window()->messageBar();
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("5 of 8 rows added or updated, 3 rejected")), qPrintable(bar->text()));
    QVERIFY(bar->hasRetry()); // "Show Summary"
    auto *action = bar->findChild<QPushButton *>(QStringLiteral("messageRetry"));
    QCOMPARE(action->text().remove(u'&'), QStringLiteral("Show Summary"));
    action->click();
    QVERIFY(w->isVisible());
    QCOMPARE(w->currentId(), int(ui::ImportWizard::RunStep));
}

void TestUiImport::unreadableFile()
{
    ui::ImportWizard *w = openOn(writeFile("Email\n\"open quote,never closed\nx@y.example\n"));
    QVERIFY(w);
    QVERIFY(!w->inspection().ok());
    auto *problem = w->findChild<QLabel *>(QStringLiteral("fileProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("line 2")), qPrintable(problem->text()));
    QVERIFY(!w->currentPage()->isComplete());
}

void TestUiImport::exportList()
{
    auto *action = m_h->window()->findChild<QAction *>(QStringLiteral("exportAction"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto *dialog = m_h->window()->findChild<ui::ExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *lists = dialog->findChild<QComboBox *>(QStringLiteral("exportListBox"));
    QVERIFY(QTest::qWaitFor([lists] { return lists->count() > 3; }, 10000));
    dialog->setList(QStringLiteral("active"));
    QVERIFY(dialog->options().listId.endsWith(QStringLiteral("/lists/active")));
    QVERIFY(dialog->options().columns.contains(QStringLiteral("EMAIL ADDRESS")));

    const QString target = m_dir->filePath(QStringLiteral("active.csv"));
    ui::FileDialog::setNextFileName(target);
    QSignalSpy saved(dialog, &ui::ExportDialog::saved);
    dialog->startExport();
    QVERIFY(dialog->isRunning());
    QVERIFY(QTest::qWaitFor([&] { return !saved.isEmpty(); }, 20000));
    QCOMPARE(saved.first().at(0).toString(), target);
    QCOMPARE(saved.first().at(1).toString(), QString());
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY2(bytes.contains("@"), bytes.left(200).constData());
    QVERIFY(dialog->status().contains(target));
    QVERIFY(!dialog->isRunning());
}

void TestUiImport::clearList()
{
    const int row = userListRow(*m_h);
    QVERIFY(row > 0);
    const ui::ListsModel::Entry entry = m_h->lists()->entry(row);
    auto *sidebar = m_h->find<ui::ListsSidebar *>("listsView");
    sidebar->showRow(row);

    // Cancel first: nothing happens.
    const SentRequests sent;
    const int asked = ui::MessageBox::questionsAsked();
    const int answered = ui::MessageBox::answersGiven();
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    sidebar->clearCurrentList();
    QCOMPARE(ui::MessageBox::questionsAsked(), asked + 1);
    QVERIFY2(ui::MessageBox::lastQuestion().text.contains(QStringLiteral("%1 contacts").arg(*entry.count)),
             qPrintable(ui::MessageBox::lastQuestion().text));
    QTRY_COMPARE(ui::MessageBox::answersGiven(), answered + 1); // the answer was acted on
    QVERIFY(!sidebar->isClearing());
    QCOMPARE(sent.count(QStringLiteral("POST"), QStringLiteral("/activities")), 0);

    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QSignalSpy cleared(sidebar, &ui::ListsSidebar::listCleared);
    sidebar->clearCurrentList();
    QTRY_COMPARE(ui::MessageBox::answersGiven(), answered + 2);
    QVERIFY(sidebar->isClearing());
    QCOMPARE(sent.count(QStringLiteral("POST"), QStringLiteral("/activities")), 1);
    QVERIFY(QTest::qWaitFor([&] { return !cleared.isEmpty(); }, 20000));
    QCOMPARE(cleared.first().at(0).toString(), entry.id);
    const ApiResult list = UiHarness::resultOf(m_h->operations()->getList(entry.id));
    const atom::Parsed<ContactList> parsed = parseEntry<ContactList>(list);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value->contactCount.value_or(-1), 0);
    QVERIFY2(m_h->window()->messageBar()->text().contains(QStringLiteral("cleared")),
             qPrintable(m_h->window()->messageBar()->text()));
}

void TestUiImport::earlierActivityFollowedAgain()
{
    // An activity started by an earlier run of the app, remembered in the settings.
    const int row = userListRow(*m_h);
    const ApiResult created = UiHarness::resultOf(m_h->operations()->createClear({m_h->lists()->entry(row).id}));
    const atom::Parsed<Activity> activity = parseEntry<Activity>(created);
    QVERIFY(activity.ok());
    ui::ActivityWatch *watch = m_h->window()->activityWatch();
    QVERIFY(watch);
    watch->remember(*activity.value, QStringLiteral("The import of old.csv"));
    QCOMPARE(watch->remembered().size(), 1);

    QSignalSpy done(watch, &ui::ActivityWatch::resumedFinished);
    watch->resume();
    QCOMPARE(watch->following(), 1);
    QVERIFY(QTest::qWaitFor([&] { return !done.isEmpty(); }, 20000));
    QVERIFY(watch->remembered().isEmpty());
    const QString text = m_h->window()->messageBar()->text();
    QVERIFY2(text.contains(QStringLiteral("The import of old.csv")) && text.contains(QStringLiteral("finished")),
             qPrintable(text));
}

QTEST_MAIN(TestUiImport)
#include "tst_ui_import.moc"
