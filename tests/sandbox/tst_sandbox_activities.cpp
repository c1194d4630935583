// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk activities end to end (decisions 12-14): uploads with per-line errors, removals, clears,
// exports with a downloadable file, the PENDING -> RUNNING -> COMPLETE lifecycle and the limits.
#include "harness.h"

#include <QSignalSpy>
#include <QUrl>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ctct::test;

namespace {

QByteArray form(const QList<QPair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &[k, v] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v).replace("%20", "+");
    }
    return out;
}

QByteArray multipart(const QList<QPair<QString, QString>> &items, const QByteArray &boundary, bool fileData)
{
    QByteArray out;
    for (const auto &[k, v] : items) {
        out += "--" + boundary + "\r\n";
        if (k == u"data" && fileData)
            out += "content-disposition: form-data; name=\"data\"; filename=\"contacts.csv\"\r\nContent-Type: "
                   "text/csv\r\n\r\n";
        else
            out += "Content-Disposition: form-data; name=\"" + k.toUtf8() + "\"\r\n\r\n";
        out += v.toUtf8() + "\r\n";
    }
    out += "--" + boundary + "--\r\n";
    return out;
}

const QString kList2 = u"http://api.constantcontact.com/ws/customers/demo/lists/2"_s;
const QString kList5 = u"http://api.constantcontact.com/ws/customers/demo/lists/5"_s;

} // namespace

class TestSandboxActivities final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void seededActivities();
    void uploadLifecycleAndLineErrors();
    void uploadMultipart_data();
    void uploadMultipart();
    void uploadUpdatesExistingContacts();
    void allRowsBadIsError();
    void removeFromLists();
    void clearLists();
    void exportContacts_data();
    void exportContacts();
    void oddCsv_data();
    void oddCsv();
    void rejectedRequests_data();
    void rejectedRequests();
    void limits();

private:
    // Posts and returns the activity path ("activities/<id>").
    QString post(const QByteArray &body, const QByteArray &type = "application/x-www-form-urlencoded");
    QByteArray waitDone(const QString &path);
    int listCount(int list);
    std::unique_ptr<Harness> m_h;
};

void TestSandboxActivities::init()
{
    m_h = std::make_unique<Harness>();
    QVERIFY(m_h->started());
}

void TestSandboxActivities::cleanup()
{
    m_h.reset();
}

QString TestSandboxActivities::post(const QByteArray &body, const QByteArray &type)
{
    const Reply r = m_h->post(u"activities"_s, body, type);
    if (r.status != 201) {
        qWarning() << "activity not created:" << r.status << r.body;
        return {};
    }
    const QString location = QString::fromUtf8(r.header("Location"));
    if (xml::text(r.body, u"Status"_s) != u"PENDING")
        qWarning() << "new activity is not PENDING:" << r.body;
    return u"activities/"_s + location.mid(location.lastIndexOf(u'/') + 1);
}

QByteArray TestSandboxActivities::waitDone(const QString &path)
{
    // Asked again after each step the sandbox reports, never on a timer.
    QSignalSpy stepped(&m_h->sandbox(), &ctct::sandbox::Sandbox::activityStepped);
    QByteArray body;
    while (true) {
        const qsizetype steps = stepped.size();
        body = m_h->get(path).body;
        const QString status = xml::text(body, u"Status"_s);
        if (status == u"COMPLETE" || status == u"ERROR")
            return body;
        if (stepped.size() == steps && !stepped.wait(10000))
            break; // no step since the answer was read, and none came
    }
    qWarning() << "activity did not finish:" << body;
    return body;
}

int TestSandboxActivities::listCount(int list)
{
    return xml::text(m_h->get(u"lists/%1"_s.arg(list)).body, u"ContactCount"_s).toInt();
}

void TestSandboxActivities::seededActivities()
{
    const Reply r = m_h->get(u"activities"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(xml::text(r.body, u"title"_s), u"Bulk Activity"_s);
    const auto activities = xml::records(r.body, u"Activity"_s);
    QCOMPARE(activities.size(), 3);
    QCOMPARE(activities.at(0).value(u"Type"_s), u"EXPORT_CONTACTS"_s); // newest first
    const QString file = activities.at(0).value(u"FileName"_s);
    QVERIFY(file.endsWith(u".csv"_s));
    const Reply download = m_h->get(file.mid(file.indexOf(u"/ws/"_s)));
    QCOMPARE(download.status, 200);
    QCOMPARE(download.header("Content-Type"), QByteArray("text/csv; charset=utf-8"));
    QVERIFY(download.body.startsWith("Email Address,"));
    QCOMPARE(xml::count(r.body, u"Error"_s), 2);
}

void TestSandboxActivities::uploadLifecycleAndLineErrors()
{
    // Slow steps, so that RUNNING is seen however busy the machine is (with 30 ms steps a
    // loaded CI machine can poll PENDING and then COMPLETE).
    ctct::sandbox::Sandbox::Options slow = Harness::defaults();
    slow.activityStepMs = 400;
    m_h = std::make_unique<Harness>(slow);
    QVERIFY(m_h->started());
    const int before = listCount(5);
    const QString data = u"Email Address,First Name,Last Name,State,Company Name\n"
                         "ok.one@example.com,Ann,One,MA,\"Smith, Jones & Co\"\r\n"
                         "not-an-address,Bad,Email,MA,\n"
                         "\n"
                         "ok.two@example.com,\"Bob \"\"The Paddler\"\"\",Two,ON,\n"
                         "bad.state@example.com,Cy,Three,Ontaro,\n"
                         "too.long@example.com,%1,Four,,\n"
                         "\"multi.line@example.com\",\"First\nSecond\",Five,,\n"
                         "last@example.com,Lu,Six,ZZ,\n"_s.arg(QString(51, u'x'));
    QSignalSpy stepped(&m_h->sandbox(), &ctct::sandbox::Sandbox::activityStepped);
    const QString path = post(form({{u"activityType"_s, u"SV_ADD"_s}, {u"data"_s, data}, {u"lists"_s, kList5}}));
    QVERIFY(!path.isEmpty());
    // It goes through RUNNING before it completes: asked right after its first step (the next
    // is 400 ms away), not by polling on a timer.
    QVERIFY(stepped.wait(10000));
    QCOMPARE(stepped.first().at(1).toString(), path.section(u'/', -1));
    QCOMPARE(xml::text(m_h->get(path).body, u"Status"_s), u"RUNNING"_s);
    const QByteArray done = waitDone(path);
    QCOMPARE(xml::text(done, u"Status"_s), u"COMPLETE"_s);
    QCOMPARE(xml::text(done, u"Type"_s), u"SV_ADD"_s);
    QCOMPARE(xml::text(done, u"TransactionCount"_s), u"3"_s);
    QVERIFY(!xml::text(done, u"RunStartTime"_s).isEmpty());
    QVERIFY(!xml::text(done, u"RunFinishTime"_s).isEmpty());
    const auto errors = xml::records(done, u"Error"_s);
    QCOMPARE(errors.size(), 4);
    // The header is line 1; the blank line still counts; a quoted line break spans two lines.
    QCOMPARE(errors.at(0).value(u"LineNumber"_s), u"3"_s);
    QCOMPARE(errors.at(0).value(u"EmailAddress"_s), u"not-an-address"_s);
    QVERIFY(errors.at(0).value(u"Message"_s).contains(u"Invalid email"_s));
    QCOMPARE(errors.at(1).value(u"LineNumber"_s), u"6"_s);
    QCOMPARE(errors.at(1).value(u"Message"_s), u"Unknown US/Canadian state/prov \"Ontaro\""_s);
    QCOMPARE(errors.at(2).value(u"LineNumber"_s), u"7"_s);
    QVERIFY(errors.at(2).value(u"Message"_s).contains(u"FIRST NAME"_s));
    QCOMPARE(errors.at(3).value(u"LineNumber"_s), u"10"_s);
    QCOMPARE(listCount(5), before + 3);
    const QByteArray found =
        m_h->get(u"contacts?email=ok.one%40example.com&email=ok.two%40example.com&email=multi.line%40example.com"_s)
            .body;
    QCOMPARE(xml::count(found, u"entry"_s), 3);
    const QString idTwo = xml::attributes(found, u"Contact"_s, u"id"_s).value(1);
    const QByteArray two = m_h->get(idTwo.mid(idTwo.indexOf(u"/ws/"_s))).body;
    QCOMPARE(xml::text(two, u"FirstName"_s), u"Bob \"The Paddler\""_s);
    const QString idOne = xml::attributes(found, u"Contact"_s, u"id"_s).value(2);
    QCOMPARE(xml::text(m_h->get(idOne.mid(idOne.indexOf(u"/ws/"_s))).body, u"CompanyName"_s), u"Smith, Jones & Co"_s);
}

void TestSandboxActivities::uploadMultipart_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("fileData");
    QTest::addColumn<QString>("header");
    QTest::newRow("ADD_CONTACTS, file part") << u"ADD_CONTACTS"_s << true << u"EMAIL ADDRESS,FIRST NAME"_s;
    QTest::newRow("SV_ADD, field part, lower case") << u"SV_ADD"_s << false << u"email address,first name"_s;
    QTest::newRow("mixed case, EMAIL alias") << u"ADD_CONTACTS"_s << true << u"Email,First Name"_s;
}

void TestSandboxActivities::uploadMultipart()
{
    QFETCH(QString, type);
    QFETCH(bool, fileData);
    QFETCH(QString, header);
    const QString data = header + u"\r\nmp.one@example.com,Mia\r\nmp.two@example.com,Max\r\n"_s;
    const QByteArray boundary = "----ctctBoundary7MA4YWxkTrZu0gW";
    const QByteArray body = multipart(
        {{u"activityType"_s, type}, {u"data"_s, data}, {u"lists"_s, kList2}, {u"lists"_s, kList5}}, boundary, fileData);
    const QString path = post(body, "multipart/form-data; boundary=" + boundary);
    QVERIFY(!path.isEmpty());
    const QByteArray done = waitDone(path);
    QCOMPARE(xml::text(done, u"TransactionCount"_s), u"2"_s);
    QCOMPARE(xml::count(done, u"Error"_s), 0);
    const QByteArray c = m_h->get(u"contacts?email=mp.two%40example.com"_s).body;
    const QString id = xml::attributes(c, u"Contact"_s, u"id"_s).value(0);
    const QByteArray detail = m_h->get(id.mid(id.indexOf(u"/ws/"_s))).body;
    QCOMPARE(xml::text(detail, u"FirstName"_s), u"Max"_s);
    QCOMPARE(xml::attributes(detail, u"ContactList"_s, u"id"_s), (QStringList{kList2, kList5}));
}

void TestSandboxActivities::uploadUpdatesExistingContacts()
{
    // A Removed contact comes back; an existing one is updated rather than duplicated.
    QString removed;
    for (const QByteArray &page : m_h->allPages(u"contacts"_s))
        for (const auto &c : xml::records(page, u"Contact"_s))
            if (removed.isEmpty() && c.value(u"Status"_s) == u"Removed")
                removed = c.value(u"EmailAddress"_s);
    QVERIFY(!removed.isEmpty());
    const QString path =
        post(form({{u"activityType"_s, u"ADD_CONTACTS"_s},
                   {u"data"_s, u"EMAIL ADDRESS,JOB TITLE\n%1,Harbor Master\n"_s.arg(removed.toUpper())},
                   {u"lists"_s, kList2}}));
    const QByteArray done = waitDone(path);
    QCOMPARE(xml::text(done, u"TransactionCount"_s), u"1"_s);
    const QByteArray found =
        m_h->get(u"contacts?email="_s + QString::fromLatin1(QUrl::toPercentEncoding(removed))).body;
    QCOMPARE(xml::count(found, u"entry"_s), 1);
    QCOMPARE(xml::text(found, u"Status"_s), u"Active"_s);
    const QString id = xml::attributes(found, u"Contact"_s, u"id"_s).value(0);
    QCOMPARE(xml::text(m_h->get(id.mid(id.indexOf(u"/ws/"_s))).body, u"JobTitle"_s), u"Harbor Master"_s);
}

void TestSandboxActivities::allRowsBadIsError()
{
    const QString path = post(form(
        {{u"activityType"_s, u"SV_ADD"_s}, {u"data"_s, u"Email Address\nnope\nalso nope\n"_s}, {u"lists"_s, kList2}}));
    const QByteArray done = waitDone(path);
    QCOMPARE(xml::text(done, u"Status"_s), u"ERROR"_s);
    QCOMPARE(xml::text(done, u"TransactionCount"_s), u"0"_s);
    QCOMPARE(xml::count(done, u"Error"_s), 2);
}

void TestSandboxActivities::removeFromLists()
{
    const QByteArray members = m_h->get(u"lists/2/members"_s).body;
    const QStringList emails = xml::texts(members, u"EmailAddress"_s).mid(0, 3);
    const int before = listCount(2);
    const QString path = post(form({{u"activityType"_s, u"REMOVE_CONTACTS_FROM_LISTS"_s},
                                    {u"data"_s, u"EMAIL ADDRESS\n"_s + emails.join(u'\n') + u"\nghost@example.com\n"_s},
                                    {u"lists"_s, kList2}}));
    const QByteArray done = waitDone(path);
    QCOMPARE(xml::text(done, u"TransactionCount"_s), u"3"_s);
    QCOMPARE(xml::records(done, u"Error"_s).value(0).value(u"LineNumber"_s), u"5"_s);
    QCOMPARE(listCount(2), before - 3);
}

void TestSandboxActivities::clearLists()
{
    QVERIFY(listCount(3) > 0);
    QVERIFY(listCount(4) > 0);
    const QString path = post(form({{u"activityType"_s, u"CLEAR_CONTACTS_FROM_LISTS"_s},
                                    {u"lists"_s, u"https://api.constantcontact.com/ws/customers/demo/lists/3"_s},
                                    {u"lists"_s, u"/ws/customers/demo/lists/4"_s}}));
    QVERIFY(!path.isEmpty());
    const QByteArray done = waitDone(path);
    QCOMPARE(xml::text(done, u"Status"_s), u"COMPLETE"_s);
    QCOMPARE(listCount(3), 0);
    QCOMPARE(listCount(4), 0);
    QVERIFY(listCount(1) > 0);
}

void TestSandboxActivities::exportContacts_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("fileType");
    QTest::addColumn<QString>("sortBy");
    QTest::addColumn<bool>("options");
    QTest::newRow("list 1, CSV, by e-mail, options") << u"1"_s << u"CSV"_s << u"EMAIL_ADDRESS"_s << true;
    QTest::newRow("list 2, TXT, newest first") << u"2"_s << u"TXT"_s << u"DATE_DESC"_s << false;
    QTest::newRow("active system list") << u"active"_s << u"CSV"_s << u"EMAIL_ADDRESS"_s << true;
    QTest::newRow("do-not-mail system list") << u"do-not-mail"_s << u"CSV"_s << u"DATE_DESC"_s << true;
}

void TestSandboxActivities::exportContacts()
{
    QFETCH(QString, list);
    QFETCH(QString, fileType);
    QFETCH(QString, sortBy);
    QFETCH(bool, options);
    const QString listUri = u"http://api.constantcontact.com/ws/customers/demo/lists/"_s + list;
    const QString flag = options ? u"true"_s : u"false"_s;
    const QString path = post(form({{u"activityType"_s, u"EXPORT_CONTACTS"_s},
                                    {u"fileType"_s, fileType},
                                    {u"exportOptDate"_s, flag},
                                    {u"exportOptSource"_s, flag},
                                    {u"exportListName"_s, flag},
                                    {u"sortBy"_s, sortBy},
                                    {u"columns"_s, u"FIRST NAME"_s},
                                    {u"columns"_s, u"LAST NAME"_s},
                                    {u"columns"_s, u"EMAIL ADDRESS"_s},
                                    {u"columns"_s, u"CITY"_s},
                                    {u"listId"_s, listUri}}));
    QVERIFY(!path.isEmpty());
    const QByteArray done = waitDone(path);
    QCOMPARE(xml::text(done, u"Status"_s), u"COMPLETE"_s);
    const QString file = xml::text(done, u"FileName"_s);
    const QString extension = fileType == u"TXT" ? u".txt"_s : u".csv"_s;
    QCOMPARE(file, u"http://api.constantcontact.com/ws/customers/demo/"_s + path + extension);
    const Reply download = m_h->get(path + extension);
    QCOMPARE(download.status, 200);
    QCOMPARE(download.header("Content-Type"),
             fileType == u"TXT" ? QByteArray("text/plain; charset=utf-8") : QByteArray("text/csv; charset=utf-8"));
    const QChar separator = fileType == u"TXT" ? u'\t' : u',';
    QStringList lines = QString::fromUtf8(download.body).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QStringList expectedHeader{u"EMAIL ADDRESS"_s, u"FIRST NAME"_s, u"LAST NAME"_s, u"CITY"_s};
    if (options) {
        const bool dnm = list == u"do-not-mail";
        expectedHeader += {dnm ? u"OPT-OUT DATE"_s : u"OPT-IN DATE"_s, dnm ? u"OPT-OUT SOURCE"_s : u"OPT-IN SOURCE"_s,
                           u"LIST NAME"_s};
    }
    QCOMPARE(lines.takeFirst().split(separator), expectedHeader);
    const int rows = int(lines.size());
    QCOMPARE(xml::text(done, u"TransactionCount"_s).toInt(), rows);
    int expected = 0;
    for (const QByteArray &page : m_h->allPages(u"lists/%1/members"_s.arg(list)))
        expected += xml::count(page, u"ContactListMember"_s);
    QCOMPARE(rows, expected);
    if (sortBy == u"EMAIL_ADDRESS") {
        QStringList emails;
        for (const QString &l : std::as_const(lines))
            emails.append(l.section(separator, 0, 0).toLower());
        QVERIFY(std::is_sorted(emails.begin(), emails.end()));
    }
    // The export file of another activity id, or of the wrong extension, does not exist.
    QCOMPARE(m_h->get(path + (fileType == u"TXT" ? u".csv"_s : u".txt"_s)).status, 404);
}

void TestSandboxActivities::oddCsv_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<int>("transactions");
    QTest::addColumn<int>("errors");
    QTest::newRow("byte order mark") << u"\uFEFFEmail Address,First Name\nbom@example.com,Bo\n"_s << 1 << 0;
    QTest::newRow("CR line ends") << u"EMAIL ADDRESS\rcr1@example.com\rcr2@example.com\r"_s << 2 << 0;
    QTest::newRow("no final line break") << u"EMAIL ADDRESS\nlast@example.com"_s << 1 << 0;
    QTest::newRow("empty quoted fields and spaces")
        << u"EMAIL ADDRESS,FIRST NAME,LAST NAME\n  sp@example.com  ,\"\",\n"_s << 1 << 0;
    QTest::newRow("missing cells") << u"EMAIL ADDRESS,FIRST NAME,LAST NAME,CITY\nshort@example.com\n"_s << 1 << 0;
    QTest::newRow("extra cells") << u"EMAIL ADDRESS\nextra@example.com,surplus,cells\n"_s << 1 << 0;
    QTest::newRow("empty e-mail cell") << u"FIRST NAME,EMAIL ADDRESS\nNoMail,\nYes,yes@example.com\n"_s << 1 << 1;
    QTest::newRow("quote inside a bare field") << u"EMAIL ADDRESS,FIRST NAME\nq@example.com,O\"Neil\n"_s << 1 << 0;
    QTest::newRow("unicode") << u"EMAIL ADDRESS,FIRST NAME,CITY\nuni@example.com,Zoë,Montréal\n"_s << 1 << 0;
    QTest::newRow("international state") << u"EMAIL ADDRESS,STATE,COUNTRY\nintl@example.com,Bavaria,Germany\n"_s << 1
                                         << 0;
    QTest::newRow("bad e-mail type") << u"EMAIL ADDRESS,EMAIL TYPE\net@example.com,Fax\n"_s << 0 << 1;
}

void TestSandboxActivities::oddCsv()
{
    QFETCH(QString, data);
    QFETCH(int, transactions);
    QFETCH(int, errors);
    const QString path = post(form({{u"activityType"_s, u"ADD_CONTACTS"_s}, {u"data"_s, data}, {u"lists"_s, kList2}}));
    QVERIFY(!path.isEmpty());
    const QByteArray done = waitDone(path);
    QCOMPARE(xml::text(done, u"TransactionCount"_s).toInt(), transactions);
    QCOMPARE(xml::count(done, u"Error"_s), errors);
}

void TestSandboxActivities::rejectedRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<int>("status");
    const QByteArray f = "application/x-www-form-urlencoded";
    QTest::newRow("no type") << form({{u"data"_s, u"EMAIL ADDRESS\na@b.example\n"_s}, {u"lists"_s, kList2}}) << f
                             << 400;
    QTest::newRow("unknown type") << form({{u"activityType"_s, u"ADD_FRIENDS"_s}, {u"lists"_s, kList2}}) << f << 400;
    QTest::newRow("no lists") << form(
                                     {{u"activityType"_s, u"SV_ADD"_s}, {u"data"_s, u"EMAIL ADDRESS\na@b.example\n"_s}})
                              << f << 400;
    QTest::newRow("unknown list") << form(
                                         {{u"activityType"_s, u"SV_ADD"_s},
                                          {u"data"_s, u"EMAIL ADDRESS\na@b.example\n"_s},
                                          {u"lists"_s, u"http://api.constantcontact.com/ws/customers/demo/lists/99"_s}})
                                  << f << 400;
    QTest::newRow("system list") << form({{u"activityType"_s, u"CLEAR_CONTACTS_FROM_LISTS"_s},
                                          {u"lists"_s,
                                           u"http://api.constantcontact.com/ws/customers/demo/lists/active"_s}})
                                 << f << 400;
    QTest::newRow("no data") << form({{u"activityType"_s, u"SV_ADD"_s}, {u"lists"_s, kList2}}) << f << 400;
    QTest::newRow("no email column") << form({{u"activityType"_s, u"SV_ADD"_s},
                                              {u"data"_s, u"FIRST NAME\nAnn\n"_s},
                                              {u"lists"_s, kList2}})
                                     << f << 400;
    QTest::newRow("unknown column") << form({{u"activityType"_s, u"SV_ADD"_s},
                                             {u"data"_s, u"EMAIL ADDRESS,SHOE SIZE\na@b.example,9\n"_s},
                                             {u"lists"_s, kList2}})
                                    << f << 400;
    QTest::newRow("unterminated quote") << form({{u"activityType"_s, u"SV_ADD"_s},
                                                 {u"data"_s, u"EMAIL ADDRESS\n\"a@b.example\n"_s},
                                                 {u"lists"_s, kList2}})
                                        << f << 400;
    QTest::newRow("header only") << form({{u"activityType"_s, u"SV_ADD"_s},
                                          {u"data"_s, u"EMAIL ADDRESS\n"_s},
                                          {u"lists"_s, kList2}})
                                 << f << 400;
    QTest::newRow("export without list") << form({{u"activityType"_s, u"EXPORT_CONTACTS"_s}}) << f << 400;
    QTest::newRow("export bad fileType") << form({{u"activityType"_s, u"EXPORT_CONTACTS"_s},
                                                  {u"fileType"_s, u"XLS"_s},
                                                  {u"listId"_s, kList2}})
                                         << f << 400;
    QTest::newRow("export bad sortBy") << form({{u"activityType"_s, u"EXPORT_CONTACTS"_s},
                                                {u"sortBy"_s, u"NAME"_s},
                                                {u"listId"_s, kList2}})
                                       << f << 400;
    QTest::newRow("export bad column") << form({{u"activityType"_s, u"EXPORT_CONTACTS"_s},
                                                {u"columns"_s, u"SHOE SIZE"_s},
                                                {u"listId"_s, kList2}})
                                       << f << 400;
    QTest::newRow("export bad flag") << form({{u"activityType"_s, u"EXPORT_CONTACTS"_s},
                                              {u"exportOptDate"_s, u"perhaps"_s},
                                              {u"listId"_s, kList2}})
                                     << f << 400;
    QTest::newRow("multipart without boundary") << QByteArray("x") << QByteArray("multipart/form-data") << 400;
    QTest::newRow("multipart garbage") << QByteArray("no parts here") << QByteArray("multipart/form-data; boundary=abc")
                                       << 400;
    QTest::newRow("json") << QByteArray("{}") << QByteArray("application/json") << 415;
}

void TestSandboxActivities::rejectedRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, type);
    QFETCH(int, status);
    const Reply r = m_h->post(u"activities"_s, body, type);
    QCOMPARE(r.status, status);
    QVERIFY2(r.body.startsWith("Error "), r.body.constData());
}

void TestSandboxActivities::limits()
{
    QString rows = u"EMAIL ADDRESS\n"_s;
    rows.reserve(40001 * 12);
    for (int i = 0; i < 40001; ++i)
        rows += u"r%1@x.example\n"_s.arg(i);
    const Reply tooManyRows =
        m_h->post(u"activities"_s, form({{u"activityType"_s, u"SV_ADD"_s}, {u"data"_s, rows}, {u"lists"_s, kList2}}),
                  "application/x-www-form-urlencoded");
    QCOMPARE(tooManyRows.status, 400);
    QCOMPARE(tooManyRows.body, QByteArray("Error 400: activity too large (limit 40000 rows / 4 MiB)"));
    const QByteArray big = form({{u"activityType"_s, u"SV_ADD"_s},
                                 {u"data"_s, u"EMAIL ADDRESS,NOTES\na@b.example,"_s + QString(4 * 1024 * 1024, u'n')},
                                 {u"lists"_s, kList2}});
    const Reply tooBig = m_h->post(u"activities"_s, big, "application/x-www-form-urlencoded");
    QCOMPARE(tooBig.status, 400);
    QCOMPARE(tooBig.body, QByteArray("Error 400: activity too large (limit 40000 rows / 4 MiB)"));
    // Exactly 40,000 rows is accepted.
    rows = u"EMAIL ADDRESS\n"_s;
    for (int i = 0; i < 40000; ++i)
        rows += u"r%1@x.example\n"_s.arg(i);
    const Reply ok =
        m_h->post(u"activities"_s,
                  form({{u"activityType"_s, u"REMOVE_CONTACTS_FROM_LISTS"_s}, {u"data"_s, rows}, {u"lists"_s, kList2}}),
                  "application/x-www-form-urlencoded");
    QCOMPARE(ok.status, 201);
}

QTEST_GUILESS_MAIN(TestSandboxActivities)
#include "tst_sandbox_activities.moc"
