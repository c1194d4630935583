// SPDX-License-Identifier: GPL-3.0-or-later
// EventHistoryModel against the sandbox: a contact's six event feeds as one table, newest first.
#include "models/eventhistorymodel.h"

#include "integration.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ctct;
using ctct::test::Integration;

class TestIntHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void historyOfAContact();
    void switchingContactsCancels();
    void contactWithoutEvents();

private:
    template<typename T>
    QList<T> fetchAll(TypedPager<T> *pager)
    {
        return Integration::collect(pager).entries;
    }
    QString contactWithEvents();

    std::unique_ptr<Integration> m_it;
    const Operations *m_ops = nullptr;
};

void TestIntHistory::initTestCase()
{
    m_it = std::make_unique<Integration>();
    QVERIFY(m_it->started());
    m_ops = &m_it->ops();
}

// A contact that opened one of the sent campaigns (so it has sends and opens at least).
QString TestIntHistory::contactWithEvents()
{
    const QList<Campaign> sent = fetchAll(m_ops->campaigns(QStringLiteral("SENT")));
    if (sent.isEmpty())
        return {};
    const QList<CampaignEvent> opens = fetchAll(m_ops->campaignEvents(sent.first().id, CampaignEventKind::Open, 5));
    return opens.isEmpty() ? QString() : opens.first().contactId;
}

void TestIntHistory::historyOfAContact()
{
    const QString id = contactWithEvents();
    QVERIFY(!id.isEmpty());
    EventHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &EventHistoryModel::finished);
    model.load(m_ops, id);
    QVERIFY(model.isLoading());
    QVERIFY(finished.wait(20000));
    QVERIFY(!model.isLoading());
    int total = 0;
    for (int k = 0; k < CampaignEventKindCount; ++k) {
        const auto kind = CampaignEventKind(k);
        const int expected = int(fetchAll(m_ops->contactEvents(id, kind)).size());
        QCOMPARE(model.count(kind), expected);
        total += expected;
    }
    QCOMPARE(model.rowCount(), total);
    QVERIFY(model.count(CampaignEventKind::Send) > 0);
    QVERIFY(model.count(CampaignEventKind::Open) > 0);
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.eventAt(r - 1).eventTime >= model.eventAt(r).eventTime); // newest first
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.eventAt(r).contactId.isEmpty() ? id : model.eventAt(r).contactId, id);
        QVERIFY(!model.index(r, EventHistoryModel::CampaignColumn).data().toString().isEmpty());
        QCOMPARE(model.index(r, EventHistoryModel::EventColumn).data().toString(),
                 EventHistoryModel::kindText(model.eventAt(r).kind));
    }
}

void TestIntHistory::switchingContactsCancels()
{
    const QString id = contactWithEvents();
    EventHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load(m_ops, id);
    model.load(m_ops, QStringLiteral("1")); // before the first answers
    QSignalSpy finished(&model, &EventHistoryModel::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(model.contactId(), QStringLiteral("1"));
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.eventAt(r).contactId.isEmpty() || model.eventAt(r).contactId.endsWith(u"/contacts/1"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
}

void TestIntHistory::contactWithoutEvents()
{
    // A contact created now has no history yet.
    Contact c;
    c.emailAddress = QStringLiteral("no.history@example.com");
    c.optInSource = QStringLiteral("ACTION_BY_CUSTOMER");
    c.contactLists = {{QStringLiteral("1"), {}, {}}};
    c.contactLists[0].listId = m_ops->listUri(QStringLiteral("1"));
    const QString id = Integration::fetch<Contact>(m_ops->createContact(c)).value_or(Contact{}).id;
    QVERIFY(!id.isEmpty());
    EventHistoryModel model;
    QSignalSpy finished(&model, &EventHistoryModel::finished);
    model.load(m_ops, id);
    QVERIFY(finished.wait(20000));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestIntHistory)
#include "tst_int_history.moc"
