// SPDX-License-Identifier: GPL-3.0-or-later
// PagedTableModel, the base of every paged table: a small model of its own (e-mail addresses)
// under a stock QSortFilterProxyModel sorting on RawValueRole, both watched by
// QAbstractItemModelTester, paging through canned feeds: fetchMore, Load All with progress,
// a failed page and Retry from it, a new view while a page is in flight, the count text.
#include "api/apijob.h"
#include "api/apisession.h"
#include "apitest.h"
#include "fakeaccessmanager.h"
#include "models/pagedtablemodel.h"
#include "models/roles.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <optional>

using namespace ctct;
using namespace ctct::test;

namespace {

// The smallest real user of the base: one column, the e-mail address.
class EmailModel final : public TypedPagedModel<Contact>
{
public:
    using TypedPagedModel<Contact>::TypedPagedModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 1; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        if (role == Qt::DisplayRole || role == RawValueRole)
            return m_rows.at(index.row());
        return {};
    }

protected:
    void appendEntries(const QList<Contact> &entries) override
    {
        if (entries.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + entries.size()) - 1);
        for (const Contact &c : entries)
            m_rows.append(c.emailAddress);
        endInsertRows();
    }
    void clearRows() override
    {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    QString loadedText(int loaded) const override { return QStringLiteral("%1 addresses loaded").arg(loaded); }
    QString shownText(int shown, int loaded) const override
    {
        return QStringLiteral("%1 of %2 addresses shown").arg(shown).arg(loaded);
    }

private:
    QStringList m_rows;
};

// The model testers act like a view: they call fetchMore() themselves. Tests that follow the
// paging step by step go without them; the others run under both.
struct Fixture
{
    explicit Fixture(bool testers = true)
    {
        auto access = std::make_unique<FakeAccessManager>();
        fake = access.get();
        QString error;
        session = ApiSession::open({QUrl(QStringLiteral("https://api.example.test")), QStringLiteral("joe"),
                                    Credentials::bearer(QStringLiteral("t"))},
                                   &error, std::move(access));
        session->client()->setRetryPolicy(RetryPolicy::none());
        proxy.setSourceModel(&model);
        proxy.setSortRole(RawValueRole);
        if (testers) {
            modelTester.emplace(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            proxyTester.emplace(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        }
    }

    void show()
    {
        const Operations *ops = &session->operations();
        model.setSource(ops->contacts(ops->contactsUrls().value(0)));
    }

    FakeAccessManager *fake = nullptr;
    std::unique_ptr<ApiSession> session;
    EmailModel model;
    QSortFilterProxyModel proxy;
    std::optional<QAbstractItemModelTester> modelTester;
    std::optional<QAbstractItemModelTester> proxyTester;
};

} // namespace

class TestPagedTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesAsTheViewAsks()
    {
        Fixture f(false);
        f.fake->enqueue(FakeResponse::payload(readData(QStringLiteral("contacts/feed-page1.xml"))));
        f.fake->enqueue(FakeResponse::payload(readData(QStringLiteral("contacts/feed-last.xml"))));
        QSignalSpy loaded(&f.model, &PagedTableModel::pageLoaded);
        f.show();
        QVERIFY(f.model.isFetching());
        QVERIFY(!f.model.canFetchMore({})); // a page is in flight
        QVERIFY2(f.model.countText().contains(QStringLiteral("loading more")), qPrintable(f.model.countText()));
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(f.model.rowCount(), 4);
        QVERIFY(f.model.canFetchMore({}));
        QCOMPARE(f.model.countText(), QStringLiteral("4 addresses loaded, more on the server"));
        QCOMPARE(f.model.countText(2), QStringLiteral("2 of 4 addresses shown, more on the server"));
        f.model.fetchMore({});
        QTRY_COMPARE(f.model.rowCount(), 6);
        QVERIFY(!f.model.canFetchMore({}));
        QCOMPARE(f.model.countText(), QStringLiteral("6 addresses loaded"));
        QCOMPARE(f.fake->requests().at(1).request.url().query(), QStringLiteral("next=g24umerp-fymhqg"));
    }

    void underModelTestersWithAStockProxy()
    {
        Fixture f;
        f.fake->enqueue(FakeResponse::payload(readData(QStringLiteral("contacts/feed-page1.xml"))));
        f.fake->enqueue(FakeResponse::payload(readData(QStringLiteral("contacts/feed-last.xml"))));
        f.show();
        QTRY_COMPARE(f.model.rowCount(), 6); // the testers scroll like a view
        QTRY_VERIFY(!f.model.isFetching());
        QCOMPARE(f.fake->requestCount(), 2);

        // The stock proxy sorts on the raw value.
        f.proxy.sort(0);
        QStringList sorted;
        for (int row = 0; row < f.proxy.rowCount(); ++row)
            sorted.append(f.proxy.index(row, 0).data().toString());
        QStringList expected = sorted;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(sorted, expected);
    }

    void loadAllReportsProgressAndEnds()
    {
        Fixture f(false);
        f.fake->enqueue(FakeResponse::payload(readData(QStringLiteral("contacts/feed-page1.xml"))));
        f.fake->enqueue(FakeResponse::payload(readData(QStringLiteral("contacts/feed-last.xml"))));
        f.show();
        QTRY_COMPARE(f.model.rowCount(), 4);
        QSignalSpy progress(&f.model, &PagedTableModel::loadProgress);
        QSignalSpy changed(&f.model, &PagedTableModel::loadingChanged);
        QVERIFY(f.model.loadAll());
        QVERIFY(f.model.isLoadingAll());
        QVERIFY(!f.model.loadAll()); // once is enough
        QTRY_VERIFY(!f.model.isLoadingAll());
        QCOMPARE(f.model.rowCount(), 6);
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress.first().first().toInt(), 6);
        QVERIFY(changed.size() >= 2); // began, ended
        QVERIFY(!f.model.loadAll());  // nothing left
    }

    void retryResumesAtTheFailedPage()
    {
        Fixture f(false);
        f.fake->enqueue(FakeResponse::payload(readData(QStringLiteral("contacts/feed-page1.xml"))));
        f.fake->enqueue(FakeResponse::httpError(503, QStringLiteral("busy")));
        f.fake->enqueue(FakeResponse::payload(readData(QStringLiteral("contacts/feed-last.xml"))));
        QSignalSpy failed(&f.model, &PagedTableModel::pageFailed);
        f.show();
        QTRY_COMPARE(f.model.rowCount(), 4);
        QVERIFY(!f.model.canRetry());
        f.model.fetchMore({});
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<ApiResult>().error, ApiError::Server);
        QVERIFY(f.model.canRetry());
        QCOMPARE(f.model.rowCount(), 4); // what was loaded stays
        f.model.retry();
        QVERIFY(!f.model.canRetry());
        QTRY_COMPARE(f.model.rowCount(), 6);
        QCOMPARE(f.fake->requestCount(), 3);
        QCOMPARE(f.fake->requests().at(2).request.url(), f.fake->requests().at(1).request.url());
    }

    void aNewViewDropsTheOldOne()
    {
        Fixture f;
        f.fake->enqueue(FakeResponse::payload(readData(QStringLiteral("contacts/feed-page1.xml")))
                            .delayed(std::chrono::milliseconds(50)));
        f.fake->enqueue(FakeResponse::payload(readData(QStringLiteral("contacts/feed-last.xml"))));
        f.show();
        QVERIFY(f.model.isFetching());
        f.show(); // the first request is canceled; only the second answers
        QTRY_COMPARE(f.model.rowCount(), 2);
        QVERIFY(!f.model.isFetching());
        QCOMPARE(f.fake->requestCount(), 2);

        f.fake->enqueue(FakeResponse::payload(readData(QStringLiteral("contacts/feed-last.xml"))));
        f.model.reload(); // the same view from its first page: the rows are new
        QCOMPARE(f.model.rowCount(), 0);
        QTRY_COMPARE(f.model.rowCount(), 2);
    }

    void anEmptySourceLeavesTheModelEmpty()
    {
        Fixture f;
        f.model.setSource(nullptr);
        QCOMPARE(f.model.rowCount(), 0);
        QVERIFY(!f.model.canFetchMore({}));
        QVERIFY(!f.model.loadAll());
        QCOMPARE(f.fake->requestCount(), 0);
        QCOMPARE(f.model.countText(), QStringLiteral("0 addresses loaded"));
    }
};

QTEST_GUILESS_MAIN(TestPagedTableModel)
#include "tst_pagedtablemodel.moc"
