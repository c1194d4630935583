// SPDX-License-Identifier: GPL-3.0-or-later
// OptOutJob against the sandbox: contacts opted out one after another (Do Not Mail, off every
// list); a refusal stops it, naming the contact, and remaining() offers it and the untried ones.
#include "api/optoutjob.h"
#include "integration.h"

#include <QSignalSpy>
#include <QTest>

using namespace ctct;
using ctct::test::Integration;

class TestIntOptOut final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_it = std::make_unique<Integration>();
        QVERIFY(m_it->started());
        for (const Contact &c : m_it->contacts().entries) {
            if (c.status == u"Active")
                m_active.append(c.id);
        }
        QVERIFY(m_active.size() >= 6);
    }

    void optsOutEveryContact()
    {
        const QStringList ids = m_active.mid(0, 3);
        OptOutJob job(m_it->ops(), ids);
        QSignalSpy progress(&job, &OptOutJob::progress);
        QSignalSpy optedOut(&job, &OptOutJob::optedOut);
        QSignalSpy finished(&job, &OptOutJob::finished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(job.succeeded(), 3);
        QVERIFY(job.failure().ok());
        QVERIFY(job.remaining().isEmpty());
        QCOMPARE(optedOut.size(), 3);
        QCOMPARE(progress.last().at(0).toInt(), 3);
        for (const QString &id : ids) {
            const auto c = Integration::fetch<Contact>(m_it->ops().getContact(id));
            QVERIFY(c);
            QCOMPARE(c->status, QStringLiteral("Do Not Mail"));
            QVERIFY(c->contactLists.isEmpty());
        }
    }

    void stopsAtTheFirstRefusal()
    {
        const QStringList ids{m_active.at(3), QStringLiteral("999999"), m_active.at(4)};
        OptOutJob job(m_it->ops(), ids);
        QSignalSpy finished(&job, &OptOutJob::finished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(job.succeeded(), 1);
        QCOMPARE(job.failedId(), QStringLiteral("999999"));
        QCOMPARE(job.failure().error, ApiError::NotFound);
        QCOMPARE(job.remaining(), (QStringList{QStringLiteral("999999"), m_active.at(4)}));
        // The one after the refusal was not tried.
        const auto untouched = Integration::fetch<Contact>(m_it->ops().getContact(m_active.at(4)));
        QVERIFY(untouched);
        QCOMPARE(untouched->status, QStringLiteral("Active"));
    }

    void cancelStopsAfterTheRequestInFlight()
    {
        const QStringList ids = m_active.mid(5);
        OptOutJob job(m_it->ops(), ids);
        QSignalSpy finished(&job, &OptOutJob::finished);
        connect(&job, &OptOutJob::optedOut, &job, &OptOutJob::cancel); // after the first one
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(job.wasCanceled());
        QCOMPARE(job.succeeded(), 1);
        QCOMPARE(job.remaining(), ids.mid(1));
    }

    void nothingToDoFinishesLater()
    {
        OptOutJob job(m_it->ops(), {});
        QSignalSpy finished(&job, &OptOutJob::finished);
        job.start();
        QCOMPARE(finished.size(), 0); // never before the caller is back in the event loop
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job.succeeded(), 0);
    }

private:
    std::unique_ptr<Integration> m_it;
    QStringList m_active;
};

QTEST_GUILESS_MAIN(TestIntOptOut)
#include "tst_int_optout.moc"
