// SPDX-License-Identifier: GPL-3.0-or-later
// The Events tab's models under QAbstractItemModelTester: EventTableModel and
// RegistrantTableModel paging through canned event-marketing feeds, each behind a
// RowFilterModel (status filters, search on chosen columns, sorting on RawValueRole); a
// registrant's full entry completing its row, amounts added up in cents by payment status,
// a payment change in place, and the CSV export.
#include "api/apisession.h"
#include "apitest.h"
#include "fakeaccessmanager.h"
#include "models/eventtablemodel.h"
#include "models/registranttablemodel.h"
#include "models/roles.h"
#include "models/rowfiltermodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <optional>

using namespace ctct;
using namespace ctct::test;

namespace {

// A canned feed as its last page (the files carry a next link).
QByteArray lastPage(const QString &file)
{
    QByteArray body = readData(file);
    const qsizetype next = body.indexOf("<atom:link rel=\"next\"");
    if (next >= 0)
        body.remove(next, body.indexOf("/>", next) + 2 - next);
    return body;
}

template<typename Model>
struct Fixture
{
    Fixture()
    {
        auto access = std::make_unique<FakeAccessManager>();
        fake = access.get();
        QString error;
        session = ApiSession::open({QUrl(QStringLiteral("https://api.example.test")), QStringLiteral("joe"),
                                    Credentials::bearer(QStringLiteral("t"))},
                                   &error, std::move(access));
        session->client()->setRetryPolicy(RetryPolicy::none());
        proxy.setSourceModel(&model);
        modelTester.emplace(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxyTester.emplace(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    const Operations &ops() const { return session->operations(); }
    QStringList column(int c) const
    {
        QStringList out;
        for (int row = 0; row < proxy.rowCount(); ++row)
            out.append(proxy.index(row, c).data().toString());
        return out;
    }

    FakeAccessManager *fake = nullptr;
    std::unique_ptr<ApiSession> session;
    Model model;
    RowFilterModel proxy;
    std::optional<QAbstractItemModelTester> modelTester;
    std::optional<QAbstractItemModelTester> proxyTester;
};

const QString kLucia = QStringLiteral("001Rq7Hk2Zp_Wd9sLm4TfXc8Ye3Nb6Va1Uj5Gi0KoQ");

} // namespace

class TestEventModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventsFilteredSearchedAndSorted()
    {
        Fixture<EventTableModel> f;
        f.fake->enqueue(FakeResponse::payload(lastPage(QStringLiteral("events/feed.xml"))));
        f.model.setSource(f.ops().events());
        QTRY_COMPARE(f.model.rowCount(), 2);
        QTRY_VERIFY(!f.model.isFetching());
        QCOMPARE(f.fake->requests().first().request.url().path(), QStringLiteral("/ws/customers/joe/events"));
        using E = EventTableModel;
        QCOMPARE(f.column(E::TitleColumn),
                 (QStringList{QStringLiteral("Harbor Cleanup Paddle"), QStringLiteral("Intro to Sea Kayaking")}));
        QCOMPARE(f.column(E::StatusColumn), (QStringList{QStringLiteral("Complete"), QStringLiteral("Active")}));
        QCOMPARE(f.model.index(1, E::StatusColumn).data(RawValueRole).toString(), QStringLiteral("ACTIVE"));
        QVERIFY(!f.model.index(0, E::LocationColumn).data().toString().isEmpty());
        QVERIFY(f.model.index(0, E::RegisteredColumn).data(RawValueRole).toLongLong() >= 0);
        QCOMPARE(f.model.countText(), QStringLiteral("2 events"));

        f.proxy.setColumnFilter(E::StatusColumn, QStringLiteral("ACTIVE"));
        QCOMPARE(f.column(E::TitleColumn), QStringList{QStringLiteral("Intro to Sea Kayaking")});
        QVERIFY(f.proxy.isFiltering());
        f.proxy.setColumnFilter(E::StatusColumn, QStringLiteral("DRAFT"));
        QCOMPARE(f.proxy.rowCount(), 0);
        f.proxy.setColumnFilter(E::StatusColumn, {});
        f.proxy.setSearchText(QStringLiteral("  harbor   PADDLE "));
        QCOMPARE(f.column(E::TitleColumn), QStringList{QStringLiteral("Harbor Cleanup Paddle")});
        f.proxy.setSearchText(QStringLiteral("harbor kayaking")); // every word in the same row
        QCOMPARE(f.proxy.rowCount(), 0);
        f.proxy.setSearchText({});
        QVERIFY(!f.proxy.isFiltering());

        // Sorted on the raw value: the start as a time, not as text.
        f.proxy.sort(E::StartColumn, Qt::DescendingOrder);
        QCOMPARE(f.proxy.index(0, E::TitleColumn).data().toString(), QStringLiteral("Intro to Sea Kayaking"));

        // The full entry changes the row in place; an event not in the table is added.
        Event changed = f.model.event(0);
        changed.title = QStringLiteral("Harbor Cleanup (rescheduled)");
        f.model.setEvent(changed);
        QCOMPARE(f.model.rowCount(), 2);
        QVERIFY(f.model.hasDetails(0));
        QVERIFY(!f.model.hasDetails(1));
        QCOMPARE(f.model.index(0, E::TitleColumn).data().toString(), QStringLiteral("Harbor Cleanup (rescheduled)"));
        Event created;
        created.id = QStringLiteral("tag:api.constantcontact.com,2010:/ws/customers/joe/events/a07enew");
        created.name = QStringLiteral("Sunset Paddle");
        f.model.setEvent(created);
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(f.model.rowOfId(QStringLiteral("a07enew")), 2);
        QCOMPARE(f.model.index(2, E::TitleColumn).data().toString(), QStringLiteral("Sunset Paddle"));
        QCOMPARE(EventTableModel::typeText(QStringLiteral("CLASS_WORKSHOP")), QStringLiteral("Class, workshop"));
        QCOMPARE(EventTableModel::typeText(QStringLiteral("UNHEARD_OF")), QStringLiteral("UNHEARD_OF"));
    }

    void registrantsCompletedTotalledAndExported()
    {
        Fixture<RegistrantTableModel> f;
        f.fake->enqueue(FakeResponse::payload(lastPage(QStringLiteral("events/registrants.xml"))));
        f.model.setSource(f.ops().registrants(QStringLiteral("a07e1hoasmu0e644426")));
        QTRY_COMPARE(f.model.rowCount(), 3);
        QTRY_VERIFY(!f.model.isFetching());
        QCOMPARE(f.fake->requests().first().request.url().path(),
                 QStringLiteral("/ws/customers/joe/events/a07e1hoasmu0e644426/registrants"));
        using R = RegistrantTableModel;
        QCOMPARE(f.column(R::NameColumn),
                 (QStringList{QStringLiteral("Lucía Ortega"), QStringLiteral("Graham Whitfield"),
                              QStringLiteral("Kenji Nakamura")}));
        QCOMPARE(f.column(R::PaymentColumn),
                 (QStringList{QStringLiteral("Completed"), QStringLiteral("Refunded"), QStringLiteral("Pending")}));
        QCOMPARE(f.column(R::AttendanceColumn), (QStringList{QStringLiteral("Attended"), QStringLiteral("Not attended"),
                                                             QStringLiteral("Not attended")}));
        QCOMPARE(f.column(R::GuestsColumn),
                 (QStringList{QStringLiteral("2"), QStringLiteral("0"), QStringLiteral("1")}));
        // Company, type and amount wait for the full entries.
        QCOMPARE(f.column(R::CompanyColumn), (QStringList{QString(), QString(), QString()}));
        QCOMPARE(f.model.idsWithoutDetails().size(), 3);
        QCOMPARE(f.model.totals().withoutAmount, 3);

        // Filters on the API's words; the search looks at name and e-mail only.
        f.proxy.setSearchColumns({R::NameColumn, R::EmailColumn});
        f.proxy.setColumnFilter(R::RegistrationColumn, QStringLiteral("REGISTERED"));
        QCOMPARE(f.proxy.rowCount(), 2);
        f.proxy.setColumnFilter(R::PaymentColumn, QStringLiteral("pending"));
        QCOMPARE(f.column(R::NameColumn), QStringList{QStringLiteral("Kenji Nakamura")});
        f.proxy.setColumnFilter(R::PaymentColumn, {});
        f.proxy.setColumnFilter(R::RegistrationColumn, {});
        f.proxy.setColumnFilter(R::AttendanceColumn, QStringLiteral("ATTENDED"));
        QCOMPARE(f.column(R::NameColumn), QStringList{QStringLiteral("Lucía Ortega")});
        f.proxy.setColumnFilter(R::AttendanceColumn, {});
        f.proxy.setSearchText(QStringLiteral("example.co.uk"));
        QCOMPARE(f.column(R::NameColumn), QStringList{QStringLiteral("Graham Whitfield")});
        f.proxy.setSearchText(QStringLiteral("Completed")); // a payment word is not a name
        QCOMPARE(f.proxy.rowCount(), 0);
        f.proxy.setSearchText({});

        // The full entry of Lucía: company, the costs' fee types and their totals added up.
        const atom::Parsed<Registrant> detail =
            atom::readEntry<Registrant>(readData(QStringLiteral("events/registrant.xml")));
        QVERIFY(detail.ok());
        QVERIFY(f.model.setDetails(*detail.value));
        const int lucia = f.model.rowOfId(kLucia);
        QCOMPARE(lucia, 0);
        QVERIFY(f.model.hasDetails(lucia));
        QCOMPARE(f.model.index(lucia, R::CompanyColumn).data().toString(), QStringLiteral("North Shore Marine Lab"));
        QCOMPARE(f.model.index(lucia, R::TypeColumn).data().toString(), QStringLiteral("Member, Guest"));
        QCOMPARE(f.model.index(lucia, R::AmountColumn).data(RawValueRole).toLongLong(), 3900);
        QCOMPARE(f.model.idsWithoutDetails().size(), 2);
        RegistrantTableModel::Totals totals = f.model.totals();
        QCOMPARE(totals.cents.value(QStringLiteral("COMPLETED")), 3900);
        QCOMPARE(totals.registrants.value(QStringLiteral("COMPLETED")), 1);
        QCOMPARE(totals.withoutAmount, 2);

        // A payment recorded: the row changes in place, the total moves with it.
        QVERIFY(f.model.setPaymentStatus(kLucia, QStringLiteral("REFUNDED")));
        QCOMPARE(f.model.index(lucia, R::PaymentColumn).data().toString(), QStringLiteral("Refunded"));
        totals = f.model.totals();
        QVERIFY(!totals.cents.contains(QStringLiteral("COMPLETED")));
        QCOMPARE(totals.cents.value(QStringLiteral("REFUNDED")), 3900);
        QVERIFY(!f.model.setPaymentStatus(QStringLiteral("nobody"), QStringLiteral("PENDING")));

        const QList<QByteArray> lines = f.model.toCsv().split('\n');
        QCOMPARE(lines.size(), 5); // header, three rows, the final newline
        QVERIFY(lines.at(0).startsWith("FirstName,LastName,EmailAddress,Company,RegistrationStatus"));
        QCOMPARE(lines.at(1), QByteArray("Lucía,Ortega,lucia.ortega@example.es,North Shore Marine Lab,REGISTERED,"
                                         "\"Member, Guest\",2010-06-20T19:14:08-04:00,2,ATTENDED,REFUNDED,39.00,") +
                                  detail.value->ticketId.toUtf8());
        QVERIFY(lines.at(3).startsWith("Kenji,Nakamura,kenji.nakamura@example.com,,REGISTERED,,"));
        QVERIFY(lines.at(3).endsWith(",1,NOT_ATTENDED,PENDING,,"));
    }

    void moneyInCents()
    {
        QCOMPARE(RegistrantTableModel::centsOf(u"25.00"), std::optional<qint64>(2500));
        QCOMPARE(RegistrantTableModel::centsOf(u"0.1"), std::optional<qint64>(10));
        QCOMPARE(RegistrantTableModel::centsOf(u" 7 "), std::optional<qint64>(700));
        QCOMPARE(RegistrantTableModel::centsOf(u"19.99"), std::optional<qint64>(1999));
        QCOMPARE(RegistrantTableModel::centsOf(u""), std::nullopt);
        QCOMPARE(RegistrantTableModel::centsOf(u"1.234"), std::nullopt);
        QCOMPARE(RegistrantTableModel::centsOf(u"-5"), std::nullopt);
        QCOMPARE(RegistrantTableModel::centsOf(u"12,50"), std::nullopt);
        QCOMPARE(RegistrantTableModel::centsOf(u".5"), std::nullopt);
        Registrant r;
        r.costs = {Cost{1, QStringLiteral("Member"), QStringLiteral("0.10"), QStringLiteral("0.10")},
                   Cost{2, QStringLiteral("Guest"), QStringLiteral("0.10"), QStringLiteral("0.20")}};
        QCOMPARE(RegistrantTableModel::amountCents(r), std::optional<qint64>(30)); // 0.1 + 0.2, exactly
        r.orderAmount = QStringLiteral("25.50");
        QCOMPARE(RegistrantTableModel::amountCents(r), std::optional<qint64>(2550)); // the order's amount wins
    }
};

QTEST_GUILESS_MAIN(TestEventModels)
#include "tst_eventmodels.moc"
