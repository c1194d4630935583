// SPDX-License-Identifier: GPL-3.0-or-later
// An import from a file to its end, through the real client against the sandbox: ImportJob sends
// the plan's batches one after another and follows them; its totals account for every row
// (accepted + rejected before sending + rejected by the server + not sent), the server's row
// errors point at the user's file lines, a stop between batches sends nothing more, a refused
// batch can be sent again, and a file changed since it was checked is not sent. AccountCheckJob
// says what each row will do; writeRejectedRows gives the rejected rows back with their reasons.
#include "api/accountcheckjob.h"
#include "api/importjob.h"
#include "importing/rejectedrows.h"
#include "integration.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ctct;
using namespace ctct::importing;
using namespace ctct::test;
using namespace std::chrono_literals;

class TestIntImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void accountsForEveryRow();
    void stopBetweenBatches();
    void refusedBatchIsKeptForRetry();
    void changedFileIsNotSent();
    void rejectedRowsFile();
    void accountCheck();

private:
    QString writeFile(const QByteArray &bytes);
    ImportPlan plan(const QString &path, qsizetype maxRows);
    // Runs the job to its end.
    bool run(ImportJob &job);
    std::unique_ptr<Integration> m_f;
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// Lines: 1 header, 2-4 valid, 5 not an address, 6 valid, 7 duplicate of 2, 8 a state the
// server does not know (it passes the local checks), 9 valid.
const QByteArray kFile = "Email Address,First Name,State\r\n"
                         "ann@import.example,Ann,MA\r\n"
                         "bob@import.example,Bob,NY\r\n"
                         "cyd@import.example,Cyd,ON\r\n"
                         "not-an-address,Dan,MA\r\n"
                         "eve@import.example,Eve,CA\r\n"
                         "ANN@import.example,Ann again,MA\r\n"
                         "fay@import.example,Fay,Ontaro\r\n"
                         "gus@import.example,Gus,TX\r\n";

ImportJob::Options fastOptions()
{
    ImportJob::Options o;
    o.firstPoll = 20ms;
    o.maxPoll = 80ms;
    return o;
}

} // namespace

void TestIntImport::init()
{
    m_f = std::make_unique<Integration>();
    QVERIFY(m_f->started());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestIntImport::cleanup()
{
    m_f.reset();
    m_dir.reset();
}

QString TestIntImport::writeFile(const QByteArray &bytes)
{
    const QString path = m_dir->filePath(QStringLiteral("contacts.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

ImportPlan TestIntImport::plan(const QString &path, qsizetype maxRows)
{
    UploadLimits limits;
    limits.maxRows = maxRows;
    return planFileAutomatic(path, {}, limits);
}

bool TestIntImport::run(ImportJob &job)
{
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start();
    return QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000) && finished.size() == 1;
}

void TestIntImport::accountsForEveryRow()
{
    const QString path = writeFile(kFile);
    const ImportPlan p = plan(path, 2);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.rows, 8);
    QCOMPARE(p.valid(), 6);
    QCOMPARE(p.batches.size(), 3);

    ImportJob job(m_f->ops(), path, p, QStringLiteral("SV_ADD"), {m_f->ops().listUri(QStringLiteral("4"))},
                  fastOptions());
    QSignalSpy created(&job, &ImportJob::activityCreated);
    QSignalSpy followed(&job, &ImportJob::activityFinished);
    QVERIFY(run(job));
    QVERIFY2(job.failure().ok(), qPrintable(job.failure().toString()));
    QVERIFY(job.readError().isEmpty());
    QCOMPARE(created.size(), 3);
    QCOMPARE(followed.size(), 3);
    QCOMPARE(job.batchesSent(), 3);
    QCOMPARE(job.rowsSent(), 6);
    QCOMPARE(job.rejectedBeforeSending(), 2);
    QCOMPARE(job.serverRejected().size(), 1);
    QCOMPARE(job.serverRejected().first().line, 8); // the user's file line, not the activity's
    QCOMPARE(job.serverRejected().first().emailAddress, QStringLiteral("fay@import.example"));
    QCOMPARE(job.accepted(), 5);
    QCOMPARE(job.notSent(), 0);
    QCOMPARE(job.unconfirmed(), 0);
    QCOMPARE(job.accepted() + job.rejectedBeforeSending() + job.serverRejected().size(), job.rows());

    const QStringList members = m_f->memberEmails(QStringLiteral("4"));
    for (const char *e : {"ann", "bob", "cyd", "eve", "gus"})
        QVERIFY2(members.contains(QStringLiteral("%1@import.example").arg(QLatin1StringView(e))), e);
    QVERIFY(!members.contains(QStringLiteral("fay@import.example")));
}

void TestIntImport::stopBetweenBatches()
{
    const QString path = writeFile(kFile);
    const ImportPlan p = plan(path, 1);
    QCOMPARE(p.batches.size(), 6);
    ImportJob job(m_f->ops(), path, p, QStringLiteral("SV_ADD"), {m_f->ops().listUri(QStringLiteral("4"))},
                  fastOptions());
    connect(&job, &ImportJob::activityCreated, &job, [&job] { job.cancel(); });
    QVERIFY(run(job));
    QVERIFY(job.wasCancelled());
    QCOMPARE(job.batchesSent(), 1); // the batch in flight when the stop came, nothing after it
    QCOMPARE(job.activitiesFinished(), 1);
    QCOMPARE(job.rowsSent(), 1);
    QCOMPARE(job.accepted(), 1);
    QCOMPARE(job.notSent(), 5);
    QCOMPARE(job.accepted() + job.rejectedBeforeSending() + job.serverRejected().size() + job.notSent(), job.rows());
    QCOMPARE(m_f->memberEmails(QStringLiteral("4")).filter(QStringLiteral("@import.example")),
             QStringList{QStringLiteral("ann@import.example")});
}

void TestIntImport::refusedBatchIsKeptForRetry()
{
    const QString path = writeFile(kFile);
    const ImportPlan p = plan(path, 40000);
    // A list the account does not have: the server refuses the activity.
    ImportJob job(m_f->ops(), path, p, QStringLiteral("SV_ADD"), {m_f->ops().listUri(QStringLiteral("9999"))},
                  fastOptions());
    QVERIFY(run(job));
    QVERIFY(!job.failure().ok());
    QVERIFY2(job.failure().httpStatus >= 400 && job.failure().httpStatus < 500, qPrintable(job.failure().toString()));
    QVERIFY(job.canRetry());
    QCOMPARE(job.batchesSent(), 0);
    QCOMPARE(job.notSent(), 6);

    QSignalSpy finished(&job, &ImportJob::finished);
    job.retry();
    QVERIFY(job.isRunning());
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 10000));
    QVERIFY(!job.failure().ok()); // the same refusal: the batch is kept for another try
    QVERIFY(job.canRetry());
}

void TestIntImport::changedFileIsNotSent()
{
    const QString path = writeFile(kFile);
    const ImportPlan p = plan(path, 40000);
    writeFile(QByteArray(kFile).replace("Email Address", "E-mail"));
    ImportJob job(m_f->ops(), path, p, QStringLiteral("SV_ADD"), {m_f->ops().listUri(QStringLiteral("4"))},
                  fastOptions());
    QVERIFY(run(job));
    QVERIFY2(job.readError().contains(QStringLiteral("changed")), qPrintable(job.readError()));
    QCOMPARE(job.batchesSent(), 0);
    QCOMPARE(job.notSent(), 6);
}

void TestIntImport::rejectedRowsFile()
{
    const QString path = writeFile(kFile);
    const ImportPlan p = plan(path, 40000);
    ImportJob job(m_f->ops(), path, p, QStringLiteral("SV_ADD"), {m_f->ops().listUri(QStringLiteral("4"))},
                  fastOptions());
    QVERIFY(run(job));
    QList<RowProblem> rejected = p.rejected + job.serverRejected();
    // A server error that names no line is found by its address.
    RowProblem noLine;
    noLine.emailAddress = QStringLiteral("GUS@import.example");
    noLine.message = QStringLiteral("a reason without a line");
    rejected.append(noLine);
    const QString target = m_dir->filePath(QStringLiteral("rejected.csv"));
    const RejectedRowsResult result = writeRejectedRows(path, p, rejected, target);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.written, 4);
    QVERIFY(result.notFound.isEmpty());

    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    QCOMPARE(lines.size(), 6); // header, four rows, the empty rest after the last line end
    QCOMPARE(lines[0], QByteArray("Reason,Email Address,First Name,State\r"));
    QVERIFY2(lines[1].contains("is not a valid e-mail address") && lines[1].endsWith(",not-an-address,Dan,MA\r"),
             lines[1].constData());
    QVERIFY2(lines[2].contains("line 2") && lines[2].endsWith(",ANN@import.example,Ann again,MA\r"),
             lines[2].constData());
    QVERIFY2(lines[3].endsWith(",fay@import.example,Fay,Ontaro\r"), lines[3].constData());
    QVERIFY2(lines[4].startsWith("a reason without a line,gus@import.example"), lines[4].constData());

    // Read back, it is a file the reader takes: the reasons are one column, left out on import.
    const ImportInspection again = inspectFile(target);
    QVERIFY(again.ok());
    QCOMPARE(again.header.first(), QStringLiteral("Reason"));
    QCOMPARE(again.preview.size(), 4);
}

void TestIntImport::accountCheck()
{
    const Collected<Contact> all = Integration::collect(m_f->ops().contacts(m_f->ops().contactsUrls().first()));
    QVERIFY(all.result.ok());
    QString active;
    QString doNotMail;
    for (const Contact &c : all.entries) {
        if (c.status == u"Active" && active.isEmpty())
            active = c.emailAddress;
        if (c.status == u"Do Not Mail" && doNotMail.isEmpty())
            doNotMail = c.emailAddress;
    }
    QVERIFY(!active.isEmpty());
    QVERIFY(!doNotMail.isEmpty());

    // More than one request's worth of addresses, the known ones in other case.
    QStringList emails;
    for (int i = 0; i < MaxEmailsPerSearch + 10; ++i)
        emails.append(QStringLiteral("new%1@check.example").arg(i));
    emails.insert(3, active.toUpper());
    emails.append(doNotMail);
    AccountCheckJob check(m_f->ops(), emails);
    QSignalSpy progress(&check, &AccountCheckJob::progress);
    QSignalSpy finished(&check, &AccountCheckJob::finished);
    check.start();
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 10000));
    QVERIFY2(check.isComplete(), qPrintable(check.failure().toString()));
    QCOMPARE(progress.size(), 3); // 0, then after each of the two requests
    QCOMPARE(check.checked(), emails.size());
    QCOMPARE(check.outcome(active), AccountCheckJob::Outcome::Update);
    QCOMPARE(check.outcome(doNotMail), AccountCheckJob::Outcome::DoNotMail);
    QCOMPARE(check.outcome(QStringLiteral("new7@check.example")), AccountCheckJob::Outcome::New);
    QCOMPARE(check.count(AccountCheckJob::Outcome::New), MaxEmailsPerSearch + 10);
    QCOMPARE(check.count(AccountCheckJob::Outcome::Update), 1);
    QCOMPARE(check.count(AccountCheckJob::Outcome::DoNotMail), 1);
    QVERIFY(check.wasChecked(active));
}

QTEST_GUILESS_MAIN(TestIntImport)
#include "tst_int_import.moc"
