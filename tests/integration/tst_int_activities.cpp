// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk activities through the real client against the sandbox: imports planned from a CSV file
// and sent multipart and form-encoded, followed by the ActivityTracker to COMPLETE; the server's
// per-line errors mapped back to the user's file; removals, clears, exports with their file,
// and the size limit (decisions 12-14).
#include "api/activitytracker.h"
#include "integration.h"

#include <QSignalSpy>
#include <QTest>

using namespace ctct;
using namespace ctct::importing;
using namespace ctct::test;
using namespace std::chrono_literals;

class TestIntActivities final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importPlanned_data();
    void importPlanned();
    void serverErrorsMapToFileLines();
    void multiLineValuesKeepLinesInStep();
    void removeFromList();
    void clearLists();
    void exportAndDownload_data();
    void exportAndDownload();
    void tooLarge();
    void allRowsBadEndInError();
    void trackerCancel();

private:
    // Posts the activity and follows it to its end; an empty Activity when either fails.
    Activity runActivity(ApiJob *create, QStringList *states = nullptr);
    std::optional<qint64> contactCount(const QString &list);
    std::unique_ptr<Integration> m_f;
};

void TestIntActivities::init()
{
    m_f = std::make_unique<Integration>();
    QVERIFY(m_f->started());
}

void TestIntActivities::cleanup()
{
    m_f.reset();
}

Activity TestIntActivities::runActivity(ApiJob *create, QStringList *states)
{
    const ApiResult created = Integration::run(create);
    if (created.httpStatus != 201) {
        qWarning("activity not created: %s", qPrintable(created.toString()));
        return {};
    }
    const atom::Parsed<Activity> entry = parseEntry<Activity>(created);
    if (!entry.ok() || entry.value->id != created.location.toString()) {
        qWarning("unexpected activity entry: %s", created.body.constData());
        return {};
    }
    ActivityTracker tracker(m_f->ops(), entry.value->id);
    tracker.setIntervals(20ms, 80ms);
    QSignalSpy finished(&tracker, &ActivityTracker::finished);
    QSignalSpy failed(&tracker, &ActivityTracker::failed);
    if (states)
        QObject::connect(&tracker, &ActivityTracker::progressed, &tracker,
                         [states](const Activity &a) { states->append(a.status); });
    tracker.start();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 10000) || !failed.isEmpty()) {
        qWarning("activity not followed to its end");
        return {};
    }
    return tracker.activity();
}

std::optional<qint64> TestIntActivities::contactCount(const QString &list)
{
    const std::optional<ContactList> l = Integration::fetch<ContactList>(m_f->ops().getList(list));
    return l ? l->contactCount : std::nullopt;
}

void TestIntActivities::importPlanned_data()
{
    QTest::addColumn<bool>("multipart");
    QTest::newRow("multipart") << true;
    QTest::newRow("form-encoded") << false;
}

void TestIntActivities::importPlanned()
{
    QFETCH(bool, multipart);
    const QByteArray file = "E-mail;First Name;Company;Shoe Size\n"
                            "ann.one@example.com;Ann;\"Smith, Jones & Co\";9\n"
                            "not-an-address;Bad;;\n"
                            "bob.two@example.com;\"Bob \"\"The Paddler\"\"\";;10\n"
                            "zoe.three@example.com;Zo\xc3\xab;Montr\xc3\xa9"
                            "al Kayaks;8\n";
    const CsvResult csv = readCsv(file);
    QVERIFY(csv.ok());
    const UploadPlan plan = planUpload(*csv.table, QStringLiteral("SV_ADD"), {m_f->ops().listUri(QStringLiteral("5"))});
    QVERIFY(plan.error.isEmpty());
    QCOMPARE(plan.unmappedColumns, QStringList{QStringLiteral("Shoe Size")});
    QCOMPARE(plan.rejected.size(), 1); // never sent
    QCOMPARE(plan.rejected.first().line, 3);
    QCOMPARE(plan.batches.size(), 1);
    const qint64 before = contactCount(QStringLiteral("5")).value_or(-1);

    QStringList states;
    const Activity done = runActivity(m_f->ops().createUpload(plan.batches.first(), multipart), &states);
    QCOMPARE(done.statusValue(), ActivityStatus::Complete);
    QVERIFY2(states.contains(QStringLiteral("RUNNING")) || states.contains(QStringLiteral("PENDING")),
             qPrintable(states.join(u' ')));
    QCOMPARE(states.last(), QStringLiteral("COMPLETE"));
    QCOMPARE(done.type, QStringLiteral("SV_ADD"));
    QCOMPARE(done.transactionCount, std::optional<qint64>(3));
    QVERIFY(done.errors.isEmpty());
    QVERIFY(done.runFinishTime.isValid());
    QCOMPARE(contactCount(QStringLiteral("5")), std::optional<qint64>(before + 3));

    ContactQuery query;
    query.emails = {QStringLiteral("ann.one@example.com"), QStringLiteral("bob.two@example.com"),
                    QStringLiteral("zoe.three@example.com")};
    const Collected<Contact> found = m_f->contacts(query);
    QCOMPARE(found.entries.size(), 3);
    QHash<QString, Contact> byEmail;
    for (const Contact &summary : found.entries)
        byEmail.insert(summary.emailAddress, *Integration::fetch<Contact>(m_f->ops().getContact(summary.id)));
    QCOMPARE(byEmail.value(QStringLiteral("ann.one@example.com")).companyName, QStringLiteral("Smith, Jones & Co"));
    QCOMPARE(byEmail.value(QStringLiteral("bob.two@example.com")).firstName, QStringLiteral("Bob \"The Paddler\""));
    QCOMPARE(byEmail.value(QStringLiteral("zoe.three@example.com")).firstName, QStringLiteral("Zoë"));
    QCOMPARE(byEmail.value(QStringLiteral("zoe.three@example.com")).companyName, QStringLiteral("Montréal Kayaks"));

    const Collected<Activity> all = Integration::collect(m_f->ops().activities());
    QCOMPARE(all.result.error, ApiError::None);
    QCOMPARE(all.entries.value(0).id, done.id); // newest first
}

void TestIntActivities::serverErrorsMapToFileLines()
{
    // Built by hand, past planUpload's checks, so the server finds the problems.
    ActivityUpload upload;
    upload.activityType = QStringLiteral("ADD_CONTACTS");
    upload.columns = {QStringLiteral("EMAIL ADDRESS"), QStringLiteral("FIRST NAME")};
    upload.rows = {{QStringLiteral("fine.one@example.com"), QStringLiteral("One")},
                   {QStringLiteral("too.long@example.com"), QString(51, u'x')},
                   {QStringLiteral("fine.two@example.com"), QStringLiteral("Two")},
                   {QStringLiteral("broken-address"), QStringLiteral("Four")}};
    upload.sourceLines = {12, 15, 17, 30}; // where the rows were in the user's file
    upload.lists = {m_f->ops().listUri(QStringLiteral("2"))};
    const Activity done = runActivity(m_f->ops().createUpload(upload, false));
    QCOMPARE(done.statusValue(), ActivityStatus::Complete);
    QCOMPARE(done.transactionCount, std::optional<qint64>(2));
    QCOMPARE(done.errors.size(), 2);
    const ActivityError &tooLong = done.errors.at(0);
    QCOMPARE(tooLong.emailAddress, QStringLiteral("too.long@example.com"));
    QVERIFY2(tooLong.message.contains(QStringLiteral("FIRST NAME")), qPrintable(tooLong.message));
    QCOMPARE(tooLong.lineNumber, std::optional<qint64>(3));
    QCOMPARE(upload.sourceLineOf(*tooLong.lineNumber), 15);
    QCOMPARE(done.errors.at(1).emailAddress, QStringLiteral("broken-address"));
    QCOMPARE(upload.sourceLineOf(done.errors.at(1).lineNumber.value_or(0)), 30);
}

void TestIntActivities::multiLineValuesKeepLinesInStep()
{
    // A quoted value with a line break spans two lines of the activity's data, as it did in the
    // user's file; a later row's error must still point at that row's line.
    const QByteArray file = "Email Address,Address,State\n"
                            "multi@example.com,\"1 Harbor St\nApt 2\",MA\n"
                            "bad.state@example.com,2 Mill Lane,Ontaro\n"
                            "fine@example.com,3 Beach Rd,ON\n";
    const CsvResult csv = readCsv(file);
    QVERIFY(csv.ok());
    QCOMPARE(csv.table->rowLines, (QList<qsizetype>{2, 4, 5}));
    const UploadPlan plan =
        planUpload(*csv.table, QStringLiteral("ADD_CONTACTS"), {m_f->ops().listUri(QStringLiteral("2"))});
    QCOMPARE(plan.batches.size(), 1);
    const ActivityUpload &upload = plan.batches.first();
    const Activity done = runActivity(m_f->ops().createUpload(upload));
    QCOMPARE(done.statusValue(), ActivityStatus::Complete);
    QCOMPARE(done.transactionCount, std::optional<qint64>(2));
    QCOMPARE(done.errors.size(), 1);
    QCOMPARE(done.errors.first().emailAddress, QStringLiteral("bad.state@example.com"));
    QCOMPARE(upload.sourceLineOf(done.errors.first().lineNumber.value_or(0)), 4);
}

void TestIntActivities::removeFromList()
{
    const QStringList members = m_f->memberEmails(QStringLiteral("2"));
    QVERIFY(members.size() > 3);
    CsvTable table;
    table.header = {QStringLiteral("EMAIL ADDRESS")};
    for (const QString &e : members.mid(0, 3))
        table.rows.append({e});
    table.rows.append({QStringLiteral("ghost@example.com")});
    table.rowLines = {2, 3, 4, 5};
    const UploadPlan plan = planUpload(table, QString::fromUtf16(activitytype::RemoveContactsFromLists),
                                       {m_f->ops().listUri(QStringLiteral("2"))});
    QCOMPARE(plan.batches.size(), 1);
    const Activity done = runActivity(m_f->ops().createUpload(plan.batches.first()));
    QCOMPARE(done.statusValue(), ActivityStatus::Complete);
    QCOMPARE(done.type, QStringLiteral("REMOVE_CONTACTS_FROM_LISTS"));
    QCOMPARE(done.transactionCount, std::optional<qint64>(3));
    QCOMPARE(done.errors.size(), 1);
    QCOMPARE(plan.batches.first().sourceLineOf(done.errors.first().lineNumber.value_or(0)), 5);
    QCOMPARE(m_f->memberEmails(QStringLiteral("2")), members.mid(3));
}

void TestIntActivities::clearLists()
{
    QVERIFY(contactCount(QStringLiteral("3")).value_or(0) > 0);
    QVERIFY(contactCount(QStringLiteral("4")).value_or(0) > 0);
    const qint64 one = contactCount(QStringLiteral("1")).value_or(0);
    const Activity done = runActivity(m_f->ops().createClear({QStringLiteral("3"), demoListUri(QStringLiteral("4"))}));
    QCOMPARE(done.statusValue(), ActivityStatus::Complete);
    QCOMPARE(done.type, QStringLiteral("CLEAR_CONTACTS_FROM_LISTS"));
    QCOMPARE(contactCount(QStringLiteral("3")), std::optional<qint64>(0));
    QCOMPARE(contactCount(QStringLiteral("4")), std::optional<qint64>(0));
    QVERIFY(m_f->memberEmails(QStringLiteral("3")).isEmpty());
    QCOMPARE(contactCount(QStringLiteral("1")), std::optional<qint64>(one));
}

void TestIntActivities::exportAndDownload_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("fileType");
    QTest::addColumn<QString>("sortBy");
    QTest::addColumn<bool>("options");
    QTest::addColumn<bool>("listName");
    QTest::addColumn<QStringList>("extraColumns");
    const QStringList in{QStringLiteral("OPT-IN DATE"), QStringLiteral("OPT-IN SOURCE")};
    QTest::newRow("list 1, CSV, by e-mail")
        << QStringLiteral("1") << QStringLiteral("CSV") << QStringLiteral("EMAIL_ADDRESS") << true << false << in;
    QTest::newRow("do-not-mail, TXT, newest first, list name")
        << QStringLiteral("do-not-mail") << QStringLiteral("TXT") << QStringLiteral("DATE_DESC") << true << true
        << QStringList{QStringLiteral("OPT-OUT DATE"), QStringLiteral("OPT-OUT SOURCE"), QStringLiteral("LIST NAME")};
    QTest::newRow("active, CSV, no options") << QStringLiteral("active") << QStringLiteral("CSV")
                                             << QStringLiteral("EMAIL_ADDRESS") << false << false << QStringList();
}

void TestIntActivities::exportAndDownload()
{
    QFETCH(QString, list);
    QFETCH(QString, fileType);
    QFETCH(QString, sortBy);
    QFETCH(bool, options);
    QFETCH(bool, listName);
    QFETCH(QStringList, extraColumns);
    ExportOptions o;
    o.listId = list;
    o.fileType = fileType;
    o.sortBy = sortBy;
    o.exportOptDate = options;
    o.exportOptSource = options;
    o.exportListName = listName;
    o.columns = {QStringLiteral("FIRST NAME"), QStringLiteral("LAST NAME")};
    const Activity done = runActivity(m_f->ops().createExport(o));
    QCOMPARE(done.statusValue(), ActivityStatus::Complete);
    QCOMPARE(done.type, QStringLiteral("EXPORT_CONTACTS"));
    const QString extension = fileType == u"TXT" ? QStringLiteral(".txt") : QStringLiteral(".csv");
    QVERIFY2(done.fileName.endsWith(done.shortId() + extension), qPrintable(done.fileName));
    const ApiResult file = Integration::run(m_f->ops().downloadExport(done));
    QCOMPARE(file.error, ApiError::None);
    QCOMPARE(file.contentType,
             fileType == u"TXT" ? QByteArray("text/plain; charset=utf-8") : QByteArray("text/csv; charset=utf-8"));
    const CsvResult csv = readCsv(file.body);
    QVERIFY(csv.ok());
    QCOMPARE(csv.table->delimiter, fileType == u"TXT" ? QChar(u'\t') : QChar(u','));
    QCOMPARE(csv.table->header,
             QStringList({QStringLiteral("EMAIL ADDRESS"), QStringLiteral("FIRST NAME"), QStringLiteral("LAST NAME")}) +
                 extraColumns);
    QCOMPARE(done.transactionCount, std::optional<qint64>(csv.table->rows.size()));
    QStringList emails;
    for (const QStringList &row : csv.table->rows) {
        QCOMPARE(row.size(), csv.table->header.size());
        emails.append(row.first().toLower());
    }
    if (sortBy == u"EMAIL_ADDRESS")
        QVERIFY(std::is_sorted(emails.begin(), emails.end()));
    emails.sort();
    QCOMPARE(emails, m_f->memberEmails(list));
    // A row agrees with its contact.
    const QStringList &row = csv.table->rows.first();
    ContactQuery query;
    query.emails = {row.first()};
    const Collected<Contact> found = m_f->contacts(query);
    QCOMPARE(found.entries.size(), 1);
    const std::optional<Contact> c = Integration::fetch<Contact>(m_f->ops().getContact(found.entries.first().id));
    QVERIFY(c);
    QCOMPARE(row.at(1), c->firstName);
    QCOMPARE(row.at(2), c->lastName);
}

void TestIntActivities::tooLarge()
{
    ActivityUpload upload;
    upload.activityType = QStringLiteral("SV_ADD");
    upload.columns = {QStringLiteral("EMAIL ADDRESS")};
    for (int i = 0; i <= MaxActivityRows; ++i)
        upload.rows.append({QStringLiteral("r%1@x.example").arg(i)});
    upload.lists = {m_f->ops().listUri(QStringLiteral("2"))};
    const ApiResult r = Integration::run(m_f->ops().createUpload(upload, false));
    QCOMPARE(r.error, ApiError::BadRequest);
    QCOMPARE(r.httpStatus, 400);
    QCOMPARE(r.message, QStringLiteral("activity too large (limit 40000 rows / 4 MiB)"));
    QCOMPARE(r.attempts, 1);
    // planUpload would have cut it in two.
    CsvTable table;
    table.header = upload.columns;
    table.rows = upload.rows;
    QCOMPARE(planUpload(table, upload.activityType, upload.lists).batches.size(), 2);
}

void TestIntActivities::allRowsBadEndInError()
{
    ActivityUpload upload;
    upload.activityType = QStringLiteral("SV_ADD");
    upload.columns = {QStringLiteral("EMAIL ADDRESS")};
    upload.rows = {{QStringLiteral("nope")}, {QStringLiteral("also nope")}};
    upload.sourceLines = {4, 8};
    upload.lists = {m_f->ops().listUri(QStringLiteral("2"))};
    const Activity done = runActivity(m_f->ops().createUpload(upload));
    QCOMPARE(done.statusValue(), ActivityStatus::Error);
    QCOMPARE(done.transactionCount, std::optional<qint64>(0));
    QCOMPARE(done.errors.size(), 2);
    QCOMPARE(upload.sourceLineOf(done.errors.at(1).lineNumber.value_or(0)), 8);
}

void TestIntActivities::trackerCancel()
{
    sandbox::Sandbox::Options slow = Integration::defaults();
    slow.activityStepMs = 5000; // nothing finishes while the test looks
    Integration f(slow);
    QVERIFY(f.started());
    const ApiResult created = Integration::run(f.ops().createClear({QStringLiteral("6")}));
    QCOMPARE(created.httpStatus, 201);
    ActivityTracker tracker(f.ops(), created.location.toString());
    tracker.setIntervals(20ms, 20ms);
    QSignalSpy progressed(&tracker, &ActivityTracker::progressed);
    QSignalSpy finished(&tracker, &ActivityTracker::finished);
    tracker.start();
    QVERIFY(progressed.wait(5000));
    tracker.cancel();
    const int polls = tracker.polls();
    QCOMPARE(progressed.first().first().value<Activity>().status, QStringLiteral("PENDING"));
    QVERIFY(!tracker.isActive()); // no poll waiting or in flight: none can follow
    QCOMPARE(tracker.polls(), polls);
    QVERIFY(finished.isEmpty());
}

QTEST_GUILESS_MAIN(TestIntActivities)
#include "tst_int_activities.moc"
