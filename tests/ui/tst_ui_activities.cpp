// SPDX-License-Identifier: GPL-3.0-or-later
// The Activities tab: the account's activities (the model and its proxy under
// QAbstractItemModelTester), an import's server errors in the detail pane, a running activity
// changing in place without a reload, and a finished export saved through the FileDialog seam.
#include "uiharness.h"

#include "activities/activitiestab.h"
#include "api/operations.h"
#include "models/activitytablemodel.h"
#include "models/roles.h"
#include "widgets/filedialog.h"
#include "widgets/messagebar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ctct;
using namespace ctct::test;

namespace {

ui::ActivitiesTab *showActivities(UiHarness &h)
{
    auto *tabs = h.find<QTabWidget *>("tabs");
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i).remove(u'&') == u"Activities")
            tabs->setCurrentIndex(i);
    }
    return h.window()->page<ui::ActivitiesTab>();
}

// Starts an activity on the server and returns its id (empty on failure).
QString started(ApiJob *job)
{
    const ApiResult r = UiHarness::resultOf(job);
    if (!r.ok())
        qWarning("activity not created: %s", qPrintable(r.toString()));
    return r.location.toString();
}

int rowOf(ui::ActivitiesTab *tab, const QString &id)
{
    return tab->model()->rowOfId(id);
}

bool selectActivity(ui::ActivitiesTab *tab, const QString &id)
{
    const int source = rowOf(tab, id);
    if (source < 0)
        return false;
    auto *view = tab->findChild<QTableView *>(QStringLiteral("activitiesView"));
    const QModelIndex index = tab->proxy()->mapFromSource(tab->model()->index(source, 0));
    view->setCurrentIndex(index);
    view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

} // namespace

class TestUiActivities final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiHarness::setUpProgram(); }

    void listsTheAccountsActivities()
    {
        UiHarness h;
        QVERIFY(h.start());
        QVERIFY(!h.window()->page<ui::ActivitiesTab>()); // made when first shown
        ui::ActivitiesTab *tab = showActivities(h);
        QVERIFY(tab);
        QAbstractItemModelTester modelTester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(tab->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(tab->model()->rowCount() > 0);
        QTRY_VERIFY(!tab->model()->isFetching());
        const QString count = tab->findChild<QLabel *>(QStringLiteral("activitiesCountLabel"))->text();
        QVERIFY2(count.contains(QString::number(tab->model()->rowCount())), qPrintable(count));
        // Sorting by a column of dates goes by the date, not its text.
        tab->proxy()->sort(ActivityTableModel::CreatedColumn, Qt::AscendingOrder);
        for (int row = 1; row < tab->proxy()->rowCount(); ++row) {
            QVERIFY(tab->proxy()->index(row - 1, ActivityTableModel::CreatedColumn).data(RawValueRole).toLongLong() <=
                    tab->proxy()->index(row, ActivityTableModel::CreatedColumn).data(RawValueRole).toLongLong());
        }
    }

    void anImportRunsInPlaceAndShowsItsErrors()
    {
        UiHarness h;
        QVERIFY(h.start());
        ui::ActivitiesTab *tab = showActivities(h);
        QTRY_VERIFY(tab->model()->rowCount() > 0 && !tab->model()->isFetching());

        importing::ActivityUpload upload;
        upload.activityType = QString::fromUtf16(activitytype::SvAdd);
        upload.columns = {QStringLiteral("EMAIL ADDRESS"), QStringLiteral("FIRST NAME")};
        upload.rows = {{QStringLiteral("new.one@example.com"), QStringLiteral("Ada")},
                       {QStringLiteral("not an address"), QStringLiteral("Bob")}};
        upload.sourceLines = {2, 3};
        upload.lists = {h.operations()->listUri(QStringLiteral("1"))};
        const QString id = started(h.operations()->createUpload(upload));
        QVERIFY(!id.isEmpty());

        h.find<QAction *>("refreshAction")->trigger();
        QTRY_VERIFY(rowOf(tab, id) >= 0);
        // No further reload: the tab asks for the running activity again until it has finished.
        QVERIFY(tab->isPolling() || tab->model()->activity(rowOf(tab, id)).isFinished());
        QTRY_VERIFY_WITH_TIMEOUT(tab->model()->activity(rowOf(tab, id)).isFinished(), 10000);

        QVERIFY(selectActivity(tab, id));
        QTRY_COMPARE(tab->shownId(), tab->model()->activity(rowOf(tab, id)).id);
        auto *errors = qobject_cast<QStandardItemModel *>(
            tab->findChild<QTableView *>(QStringLiteral("activityErrorsView"))->model());
        QTRY_COMPARE(errors->rowCount(), 1);
        QCOMPARE(errors->item(0, 0)->text(), QStringLiteral("3")); // the data's line: header 1, rows 2 and 3
        QCOMPARE(errors->item(0, 1)->text(), QStringLiteral("not an address"));
        QVERIFY(!errors->item(0, 2)->text().isEmpty());
        // The heading says the status as the table does ("Complete"), not the API's "COMPLETE".
        const Activity shown = tab->model()->activity(rowOf(tab, id));
        QCOMPARE(tab->findChild<QLabel *>(QStringLiteral("activityHeading"))->text(),
                 ActivityTableModel::typeText(shown.type) + u" — " + ActivityTableModel::statusText(shown.status));
        QVERIFY(!h.find<QAction *>("saveActivityFileAction")->isEnabled()); // not an export
    }

    void aFinishedExportCanBeSaved()
    {
        UiHarness h;
        QVERIFY(h.start());
        ui::ActivitiesTab *tab = showActivities(h);
        QTRY_VERIFY(tab->model()->rowCount() > 0 && !tab->model()->isFetching());
        importing::ExportOptions options;
        options.listId = h.operations()->listUri(QStringLiteral("active"));
        options.columns = {QStringLiteral("FIRST NAME"), QStringLiteral("LAST NAME")};
        const QString id = started(h.operations()->createExport(options));
        QVERIFY(!id.isEmpty());
        h.find<QAction *>("refreshAction")->trigger();
        QTRY_VERIFY(rowOf(tab, id) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(tab->model()->activity(rowOf(tab, id)).isFinished(), 10000);
        QVERIFY(selectActivity(tab, id));
        QAction *save = h.find<QAction *>("saveActivityFileAction");
        QTRY_VERIFY(save->isEnabled());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("active.csv"));
        ui::FileDialog::setNextFileName(path);
        save->trigger();
        QTRY_VERIFY(QFileInfo::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(content.startsWith("EMAIL ADDRESS,FIRST NAME,LAST NAME"), content.left(200).constData());
        QVERIFY(content.count('\n') > 10); // every active contact of the demo data
        QTRY_VERIFY(h.find<ui::MessageBar *>("messageBar")->text().contains(path));
    }
};

QTEST_MAIN(TestUiActivities)
#include "tst_ui_activities.moc"
