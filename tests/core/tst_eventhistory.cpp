// SPDX-License-Identifier: GPL-3.0-or-later
// EventHistoryModel against the sandbox: a contact's six event feeds as one table, newest first.
#include "models/eventhistorymodel.h"

#include "api/accessmanager.h"
#include "api/operations.h"
#include "sandbox.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ctct;

class TestEventHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void historyOfAContact();
    void switchingContactsCancels();
    void contactWithoutEvents();

private:
    template<typename T>
    QList<T> fetchAll(TypedPager<T> *pager);
    QString contactWithEvents();

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<AccessManager> m_access;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Operations> m_ops;
};

void TestEventHistory::initTestCase()
{
    sandbox::Sandbox::Options o;
    o.port = 0;
    o.memory = true;
    o.contacts = 150;
    m_sandbox = std::make_unique<sandbox::Sandbox>(o);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_access = std::make_unique<AccessManager>();
    m_access->setCredentials(
        Credentials::basic(QStringLiteral("sandbox-key"), QStringLiteral("demo"), QStringLiteral("sandbox")));
    m_client = std::make_unique<ApiClient>(m_access.get());
    QVERIFY(m_client->setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_sandbox->port()))));
    m_client->setUsername(QStringLiteral("demo"));
    m_ops = std::make_unique<Operations>(m_client.get());
}

template<typename T>
QList<T> TestEventHistory::fetchAll(TypedPager<T> *pager)
{
    QList<T> all;
    connect(pager, &Pager::pageReady, this, [&all, pager](int) { all += pager->takePage().entries; });
    QSignalSpy done(pager, &Pager::finished);
    pager->fetchAll();
    done.wait(20000);
    return all;
}

// A contact that opened one of the sent campaigns (so it has sends and opens at least).
QString TestEventHistory::contactWithEvents()
{
    const QList<Campaign> sent = fetchAll(m_ops->campaigns(QStringLiteral("SENT"), this));
    if (sent.isEmpty())
        return {};
    const QList<CampaignEvent> opens =
        fetchAll(m_ops->campaignEvents(sent.first().id, CampaignEventKind::Open, 5, this));
    return opens.isEmpty() ? QString() : opens.first().contactId;
}

void TestEventHistory::historyOfAContact()
{
    const QString id = contactWithEvents();
    QVERIFY(!id.isEmpty());
    EventHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &EventHistoryModel::finished);
    model.load(m_ops.get(), id);
    QVERIFY(model.isLoading());
    QVERIFY(finished.wait(20000));
    QVERIFY(!model.isLoading());
    int total = 0;
    for (int k = 0; k < CampaignEventKindCount; ++k) {
        const auto kind = CampaignEventKind(k);
        const int expected = int(fetchAll(m_ops->contactEvents(id, kind, this)).size());
        QCOMPARE(model.count(kind), expected);
        total += expected;
    }
    QCOMPARE(model.rowCount(), total);
    QVERIFY(model.count(CampaignEventKind::Send) > 0);
    QVERIFY(model.count(CampaignEventKind::Open) > 0);
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.event(r - 1).eventTime >= model.event(r).eventTime); // newest first
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.event(r).contactId.isEmpty() ? id : model.event(r).contactId, id);
        QVERIFY(!model.index(r, EventHistoryModel::CampaignColumn).data().toString().isEmpty());
        QCOMPARE(model.index(r, EventHistoryModel::EventColumn).data().toString(),
                 EventHistoryModel::kindText(model.event(r).kind));
    }
}

void TestEventHistory::switchingContactsCancels()
{
    const QString id = contactWithEvents();
    EventHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load(m_ops.get(), id);
    model.load(m_ops.get(), QStringLiteral("1")); // before the first answers
    QSignalSpy finished(&model, &EventHistoryModel::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(model.contactId(), QStringLiteral("1"));
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.event(r).contactId.isEmpty() || model.event(r).contactId.endsWith(u"/contacts/1"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
}

void TestEventHistory::contactWithoutEvents()
{
    // A contact created now has no history yet.
    Contact c;
    c.emailAddress = QStringLiteral("no.history@example.com");
    c.optInSource = QStringLiteral("ACTION_BY_CUSTOMER");
    c.contactLists = {{QStringLiteral("1"), {}, {}}};
    c.contactLists[0].listId = m_ops->listUri(QStringLiteral("1"));
    ApiJob *job = m_ops->createContact(c);
    QSignalSpy created(job, &ApiJob::finished);
    QVERIFY(created.wait(10000));
    const QString id = parseEntry<Contact>(job->result()).value.value_or(Contact{}).id;
    QVERIFY(!id.isEmpty());
    EventHistoryModel model;
    QSignalSpy finished(&model, &EventHistoryModel::finished);
    model.load(m_ops.get(), id);
    QVERIFY(finished.wait(20000));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestEventHistory)
#include "tst_eventhistory.moc"
