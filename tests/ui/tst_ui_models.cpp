// SPDX-License-Identifier: GPL-3.0-or-later
// The lists sidebar model and the contacts model's paging, under QAbstractItemModelTester
// (house style 14), against the in-process sandbox.
#include "uiharness.h"

#include "api/operations.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ctct;
using namespace ctct::test;

class TestUiModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiHarness::setUpProgram(); }
    void listsModel();
    void listsModelFollowsServerChanges();
    void contactPaging();
};

void TestUiModels::listsModel()
{
    UiHarness h;
    QVERIFY(h.start());
    ui::ListsModel model(h.operations());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The fixed rows are there before anything was fetched.
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("All contacts"));
    QCOMPARE(model.index(1).data(ui::ListsModel::ListTypeRole).toString(), QStringLiteral("active"));
    QCOMPARE(model.index(2).data(ui::ListsModel::ListTypeRole).toString(), QStringLiteral("removed"));
    QCOMPARE(model.index(3).data(ui::ListsModel::ListTypeRole).toString(), QStringLiteral("do-not-mail"));

    QSignalSpy loaded(&model, &ui::ListsModel::loaded);
    model.reload();
    QVERIFY(model.isLoading());
    QTRY_COMPARE(loaded.size(), 1);
    QVERIFY(model.rowCount() > 4);
    QCOMPARE(qsizetype(model.rowCount() - 4), model.userLists().size());
    for (int row = 4; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        QCOMPARE(index.data(ui::ListsModel::KindRole).value<ui::ListsModel::Kind>(), ui::ListsModel::Kind::UserList);
        QVERIFY(index.data(IdRole).toString().contains(QStringLiteral("/lists/")));
        QVERIFY2(index.data(ui::ListsModel::CountRole).isValid(), "user lists show their member count");
        const QString name = index.data(ui::ListsModel::NameRole).toString();
        QCOMPARE(index.data().toString(),
                 QStringLiteral("%1 (%2)").arg(name).arg(index.data(ui::ListsModel::CountRole).toLongLong()));
        QCOMPARE(model.nameOf(index.data(IdRole).toString()), name);
        QCOMPARE(model.rowOfId(index.data(IdRole).toString()), row);
    }
    QCOMPARE(model.rowOfId(QString()), 0);
}

void TestUiModels::listsModelFollowsServerChanges()
{
    UiHarness h;
    QVERIFY(h.start());
    ui::ListsModel model(h.operations());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ui::ListsModel::loaded);
    model.reload();
    QTRY_COMPARE(loaded.size(), 1);
    const int before = model.rowCount();

    // Same rows again: no reset, the sidebar keeps its selection.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.reload();
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(resets.size(), 0);

    // A new list on the server: the rows change.
    ContactList list;
    list.name = QStringLiteral("Volunteers 2026");
    list.optInDefault = false;
    const ApiResult created = UiHarness::resultOf(h.operations()->createList(list));
    QVERIFY2(created.ok(), qPrintable(created.toString()));
    model.reload();
    QTRY_COMPARE(loaded.size(), 3);
    QCOMPARE(model.rowCount(), before + 1);
    bool found = false;
    for (int row = 4; row < model.rowCount(); ++row)
        found = found || model.index(row).data(ui::ListsModel::NameRole).toString() == list.name;
    QVERIFY(found);

    // A reload while one is running replaces it.
    model.reload();
    model.reload();
    QTRY_COMPARE(loaded.size(), 4);
    QVERIFY(!model.isLoading()); // the replaced reload was abandoned: nothing else is in flight
    QCOMPARE(loaded.size(), 4);
}

void TestUiModels::contactPaging()
{
    UiHarness h;
    QVERIFY(h.start());
    {
        // Step by step (no tester here: QAbstractItemModelTester calls fetchMore itself).
        ContactTableModel model;
        QVERIFY(!model.canFetchMore({}));
        TypedPager<Contact> *pager = h.operations()->contacts(h.operations()->contactsUrls().value(0));
        model.setPager(pager);
        QCOMPARE(pager->parent(), &model);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 0); // fetchMore only starts a request
        QVERIFY2(!model.canFetchMore({}), "no second request while a page is in flight");
        model.fetchMore({}); // ignored
        QTRY_COMPARE(model.rowCount(), 50);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 100);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 120);
        QTRY_VERIFY(pager->atEnd());
        QVERIFY(!model.canFetchMore({}));

        // A new pager replaces the old one, which is canceled quietly.
        TypedPager<Contact> *second = h.operations()->contacts(h.operations()->contactsUrls().value(0));
        QPointer<Pager> old(pager);
        model.setPager(second);
        QTRY_VERIFY(old.isNull());
        model.clear();
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 50);
        model.setPager(nullptr);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.rowCount(), 50);
    }
    {
        // Under the tester, which keeps fetching while it checks every insertion.
        ContactTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPager(h.operations()->contacts(h.operations()->contactsUrls().value(0)));
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 120);
        QTRY_VERIFY(model.pager()->atEnd());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
}

QTEST_MAIN(TestUiModels)
#include "tst_ui_models.moc"
