// SPDX-License-Identifier: GPL-3.0-or-later
// MembershipJob against the sandbox: per-contact updates below 25 contacts, one activity above.
#include "api/membershipjob.h"
#include "integration.h"

#include <QSignalSpy>
#include <QTest>

using namespace ctct;
using ctct::test::Integration;

class TestIntMembership : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addFew();
    void removeFew();
    void addManyByActivity();
    void removeManyByActivity();
    void nothingToDo();
    void removeFromEveryList();

private:
    QList<Contact> contacts(int count, const QString &status);
    QStringList listsOf(const QString &contactId);
    void run(MembershipJob &job);

    std::unique_ptr<Integration> m_it;
    const Operations *m_ops = nullptr;
    QList<Contact> m_all;
};

void TestIntMembership::initTestCase()
{
    sandbox::Sandbox::Options o = Integration::defaults();
    o.contacts = 150;
    o.activityStepMs = 20;
    m_it = std::make_unique<Integration>(o);
    QVERIFY(m_it->started());
    m_ops = &m_it->ops();
    m_all = Integration::collect(m_ops->contacts(m_ops->contactsUrls().first())).entries;
    QCOMPARE(m_all.size(), 150);
}

QList<Contact> TestIntMembership::contacts(int count, const QString &status)
{
    QList<Contact> out;
    for (const Contact &c : std::as_const(m_all)) {
        if (c.status == status && out.size() < count)
            out.append(c);
    }
    return out;
}

QStringList TestIntMembership::listsOf(const QString &contactId)
{
    QStringList lists;
    for (const ContactListMembership &m :
         Integration::fetch<Contact>(m_ops->getContact(contactId)).value_or(Contact{}).contactLists)
        lists.append(shortIdOf(m.listId));
    return lists;
}

void TestIntMembership::run(MembershipJob &job)
{
    job.setPollIntervals(std::chrono::milliseconds(20), std::chrono::milliseconds(80));
    QSignalSpy finished(&job, &MembershipJob::finished);
    QSignalSpy progress(&job, &MembershipJob::progress);
    job.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
}

void TestIntMembership::addFew()
{
    QList<MembershipTarget> targets;
    const QList<Contact> active = contacts(3, QStringLiteral("Active"));
    QCOMPARE(active.size(), 3);
    for (const Contact &c : active)
        targets.append({c.id, c.emailAddress});
    const QList<Contact> dnm = contacts(1, QStringLiteral("Do Not Mail"));
    QCOMPARE(dnm.size(), 1);
    targets.append({dnm.first().id, dnm.first().emailAddress});
    MembershipJob job(*m_ops, MembershipJob::Mode::Add, QStringLiteral("6"), targets);
    QVERIFY(!job.usesActivity());
    run(job);
    QCOMPARE(job.succeeded(), 3);
    QCOMPARE(job.failures().size(), 1); // the owner cannot re-list an opted-out contact (403)
    QCOMPARE(job.failures().first().contactId, dnm.first().id);
    QVERIFY(!job.failures().first().message.isEmpty());
    for (const Contact &c : active)
        QVERIFY(listsOf(c.id).contains(QStringLiteral("6")));
}

void TestIntMembership::removeFew()
{
    const QList<Contact> active = contacts(3, QStringLiteral("Active"));
    QList<MembershipTarget> targets;
    for (const Contact &c : active)
        targets.append({c.id, c.emailAddress});
    MembershipJob job(*m_ops, MembershipJob::Mode::Remove, QStringLiteral("6"), targets);
    run(job);
    QCOMPARE(job.succeeded(), 3);
    QVERIFY(job.failures().isEmpty());
    for (const Contact &c : active)
        QVERIFY(!listsOf(c.id).contains(QStringLiteral("6")));
}

void TestIntMembership::addManyByActivity()
{
    const QList<Contact> active = contacts(30, QStringLiteral("Active"));
    QCOMPARE(active.size(), 30);
    QList<MembershipTarget> targets;
    for (const Contact &c : active)
        targets.append({c.id, c.emailAddress});
    MembershipJob job(*m_ops, MembershipJob::Mode::Add, QStringLiteral("5"), targets);
    QVERIFY(job.usesActivity());
    run(job);
    QCOMPARE(job.activity().type, QStringLiteral("ADD_CONTACTS"));
    QCOMPARE(job.activity().statusValue(), ActivityStatus::Complete);
    QCOMPARE(job.succeeded(), 30);
    QVERIFY(job.failures().isEmpty());
    QVERIFY(listsOf(active.first().id).contains(QStringLiteral("5")));
    QVERIFY(listsOf(active.last().id).contains(QStringLiteral("5")));
}

void TestIntMembership::removeManyByActivity()
{
    const QList<Contact> active = contacts(30, QStringLiteral("Active"));
    QList<MembershipTarget> targets;
    for (const Contact &c : active)
        targets.append({c.id, c.emailAddress});
    MembershipJob job(*m_ops, MembershipJob::Mode::Remove, QStringLiteral("5"), targets);
    run(job);
    QCOMPARE(job.activity().type, QStringLiteral("REMOVE_CONTACTS_FROM_LISTS"));
    QCOMPARE(job.succeeded(), 30);
    QVERIFY(!listsOf(active.first().id).contains(QStringLiteral("5")));
}

void TestIntMembership::nothingToDo()
{
    MembershipJob job(*m_ops, MembershipJob::Mode::Add, QStringLiteral("5"), {});
    QSignalSpy finished(&job, &MembershipJob::finished);
    job.start();
    QVERIFY(finished.wait(1000));
    QCOMPARE(job.succeeded(), 0);
}

void TestIntMembership::removeFromEveryList()
{
    // "Remove from all lists": every list of the account at once; the contact becomes Removed.
    const Contact c = contacts(1, QStringLiteral("Active")).first();
    MembershipJob job(*m_ops, MembershipJob::Mode::Remove,
                      QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                                  QStringLiteral("5"), QStringLiteral("6")},
                      {{c.id, c.emailAddress}});
    run(job);
    QCOMPARE(job.succeeded(), 1);
    QVERIFY(listsOf(c.id).isEmpty());
    QCOMPARE(Integration::fetch<Contact>(m_ops->getContact(c.id)).value_or(Contact{}).status,
             QStringLiteral("Removed"));
}

QTEST_GUILESS_MAIN(TestIntMembership)
#include "tst_int_membership.moc"
