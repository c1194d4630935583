// SPDX-License-Identifier: GPL-3.0-or-later
// Contacts: paging, search, updatedsince, create/update/opt-out with the status model of contract
// §3.5, validation (decision 9, case-sensitive element names) and contact event feeds.
#include "harness.h"

#include <QDateTime>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ctct::test;

class TestSandboxContacts final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pagingCoversEveryContactOnce();
    void nextTokenIsRejectedWhenGarbled();
    void searchByEmail_data();
    void searchByEmail();
    void searchLimit();
    void updatedSinceRules_data();
    void updatedSinceRules();
    void updatedSincePagesKeepTheQuery();
    void createAnswers201WithLocationAndEntry();
    void createValidation_data();
    void createValidation();
    void duplicateEmailConflicts_data();
    void duplicateEmailConflicts();
    void idsAcceptedInAnyForm_data();
    void idsAcceptedInAnyForm();
    void putReplacesWritableFields();
    void putWithoutListsRemoves();
    void deleteOptsOutAndOwnerCannotResubscribe();
    void contactActionResubscribes();
    void updatedSinceSeesChanges();
    void contactEventFeeds();

private:
    QString createContact(const QString &email, const QStringList &lists = {listUri(1)});
    std::unique_ptr<Harness> m_h;
};

void TestSandboxContacts::init()
{
    m_h = std::make_unique<Harness>();
    QVERIFY(m_h->started());
}

void TestSandboxContacts::cleanup()
{
    m_h.reset();
}

QString TestSandboxContacts::createContact(const QString &email, const QStringList &lists)
{
    const Reply r = m_h->post(u"contacts"_s, contactEntry(email, lists));
    if (r.status != 201) {
        qWarning() << r.status << r.body;
        return {};
    }
    const QString location = QString::fromUtf8(r.header("Location"));
    return location.mid(location.lastIndexOf(u'/') + 1);
}

void TestSandboxContacts::pagingCoversEveryContactOnce()
{
    const QList<QByteArray> pages = m_h->allPages(u"contacts"_s);
    QCOMPARE(pages.size(), 3); // 120 contacts, 50 per page
    QCOMPARE(xml::count(pages.at(0), u"entry"_s), 50);
    QCOMPARE(xml::count(pages.at(2), u"entry"_s), 20);
    QVERIFY(xml::link(pages.at(2), u"next"_s).isEmpty());
    QList<qint64> ids;
    for (const QByteArray &page : pages) {
        for (const QString &id : xml::attributes(page, u"Contact"_s, u"id"_s))
            ids.append(id.mid(id.lastIndexOf(u'/') + 1).toLongLong());
    }
    QCOMPARE(ids.size(), 120);
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), 120);
    QVERIFY(std::is_sorted(ids.begin(), ids.end(), std::greater<>())); // newest id first (decision 7)
    // Summary entries carry the summary elements only.
    const auto first = xml::records(pages.at(0), u"Contact"_s).at(0);
    for (const QString &e : {u"Status"_s, u"EmailAddress"_s, u"EmailType"_s, u"Name"_s, u"OptInSource"_s})
        QVERIFY2(first.contains(e), qPrintable(e));
    QVERIFY(!first.contains(u"Addr1"_s));
    // Every status occurs in the demo data.
    QSet<QString> statuses;
    for (const QByteArray &page : pages)
        for (const QString &s : xml::texts(page, u"Status"_s))
            statuses.insert(s);
    QCOMPARE(statuses, (QSet<QString>{u"Active"_s, u"Unconfirmed"_s, u"Removed"_s, u"Do Not Mail"_s}));
}

void TestSandboxContacts::nextTokenIsRejectedWhenGarbled()
{
    QCOMPARE(m_h->get(u"contacts?next=%%%"_s).status, 400);
    QCOMPARE(m_h->get(u"contacts?next=bm90aGluZw"_s).status, 400); // "nothing": no separator
}

void TestSandboxContacts::searchByEmail_data()
{
    QTest::addColumn<QStringList>("emails");
    QTest::addColumn<int>("found");
    QTest::newRow("none") << QStringList{u"nobody@nowhere.example"_s} << 0;
    QTest::newRow("one") << QStringList{u"FIRST"_s} << 1;
    QTest::newRow("one, upper case") << QStringList{u"FIRST-UPPER"_s} << 1;
    QTest::newRow("two and a miss") << QStringList{u"FIRST"_s, u"SECOND"_s, u"x@y.example"_s} << 2;
}

void TestSandboxContacts::searchByEmail()
{
    QFETCH(QStringList, emails);
    QFETCH(int, found);
    const QByteArray page = m_h->get(u"contacts"_s).body;
    const QStringList known = xml::texts(page, u"EmailAddress"_s);
    QStringList query;
    for (QString e : emails) {
        if (e == u"FIRST")
            e = known.at(0);
        else if (e == u"FIRST-UPPER")
            e = known.at(0).toUpper();
        else if (e == u"SECOND")
            e = known.at(1);
        query.append(u"email="_s + QString::fromLatin1(QUrl::toPercentEncoding(e)));
    }
    const Reply r = m_h->get(u"contacts?"_s + query.join(u'&'));
    QCOMPARE(r.status, 200);
    QCOMPARE(xml::count(r.body, u"entry"_s), found);
    if (found > 0) {
        QVERIFY(!xml::text(r.body, u"InsertTime"_s).isEmpty());
        QVERIFY(!xml::text(r.body, u"Confirmed"_s).isEmpty());
        QVERIFY(xml::link(r.body, u"current"_s).contains(u"email="_s));
    }
}

void TestSandboxContacts::searchLimit()
{
    QStringList query;
    for (int i = 0; i < 51; ++i)
        query.append(u"email=a%1%40example.com"_s.arg(i));
    const Reply r = m_h->get(u"contacts?"_s + query.join(u'&'));
    QCOMPARE(r.status, 400);
}

void TestSandboxContacts::updatedSinceRules_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::newRow("alone") << u"updatedsince=2010-01-01T00:00:00.000Z"_s << 400;
    QTest::newRow("listtype active") << u"updatedsince=2010-01-01T00:00:00.000Z&listtype=active"_s << 200;
    QTest::newRow("listtype removed") << u"updatedsince=2010-01-01T00:00:00.000Z&listtype=removed"_s << 200;
    QTest::newRow("listtype do-not-mail") << u"updatedsince=2010-01-01T00:00:00.000Z&listtype=do-not-mail"_s << 200;
    QTest::newRow("listtype unknown") << u"updatedsince=2010-01-01T00:00:00.000Z&listtype=vip"_s << 400;
    QTest::newRow("listid") << u"updatedsince=2010-01-01T00:00:00.000Z&listid=1"_s << 200;
    QTest::newRow("listid unknown") << u"updatedsince=2010-01-01T00:00:00.000Z&listid=99"_s << 400;
    QTest::newRow("listid not a number") << u"updatedsince=2010-01-01T00:00:00.000Z&listid=active"_s << 400;
    QTest::newRow("seconds only") << u"updatedsince=2010-01-01T00:00:00Z&listtype=active"_s << 200;
    QTest::newRow("date only") << u"updatedsince=2010-01-01&listtype=active"_s << 200;
    QTest::newRow("local time") << u"updatedsince=2010-01-01T00:00:00-05:00&listtype=active"_s << 400;
    QTest::newRow("garbage") << u"updatedsince=yesterday&listtype=active"_s << 400;
    QTest::newRow("listtype without updatedsince") << u"listtype=active"_s << 400;
}

void TestSandboxContacts::updatedSinceRules()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    const Reply r = m_h->get(u"contacts?"_s + query);
    QCOMPARE(r.status, status);
    if (status == 400)
        QVERIFY(r.body.startsWith("Error 400: "));
}

void TestSandboxContacts::updatedSincePagesKeepTheQuery()
{
    QHash<QString, int> byStatus;
    for (const QByteArray &page : m_h->allPages(u"contacts"_s))
        for (const QString &s : xml::texts(page, u"Status"_s))
            byStatus[s]++;
    const QList<QByteArray> pages = m_h->allPages(u"contacts?updatedsince=2000-01-01T00:00:00.000Z&listtype=active"_s);
    QVERIFY(pages.size() >= 2);
    int active = 0;
    for (const QByteArray &page : pages) {
        for (const QString &s : xml::texts(page, u"Status"_s)) {
            QVERIFY(s == u"Active" || s == u"Unconfirmed");
            ++active;
        }
    }
    QCOMPARE(active, byStatus.value(u"Active"_s) + byStatus.value(u"Unconfirmed"_s));
    // The next link is opaque and carries the original query.
    const QString next = xml::link(pages.at(0), u"next"_s);
    QVERIFY(next.startsWith(u"/ws/customers/demo/contacts?next="_s));
    QVERIFY(!next.contains(u"updatedsince"_s));
    int inList = 0;
    for (const QByteArray &page : m_h->allPages(u"contacts?updatedsince=2000-01-01&listid=1"_s))
        inList += xml::count(page, u"entry"_s);
    QCOMPARE(inList, xml::text(m_h->get(u"lists/1"_s).body, u"ContactCount"_s).toInt());
}

void TestSandboxContacts::createAnswers201WithLocationAndEntry()
{
    const QByteArray body =
        contactEntry(u"new.person@example.com"_s, {listUri(2), listUri(3)}, u"ACTION_BY_CUSTOMER"_s,
                     u"<FirstName>Ada</FirstName><LastName>Byron</LastName><CustomField3>x</CustomField3>"_s);
    const Reply r = m_h->post(u"contacts"_s, body);
    QCOMPARE(r.status, 201);
    const QString location = QString::fromUtf8(r.header("Location"));
    QVERIFY2(location.startsWith(u"http://api.constantcontact.com/ws/customers/demo/contacts/"_s),
             qPrintable(location));
    QCOMPARE(xml::root(r.body).first, u"entry"_s);
    QCOMPARE(xml::text(r.body, u"Status"_s), u"Active"_s);
    QCOMPARE(xml::text(r.body, u"Name"_s), u"Ada Byron"_s);
    QCOMPARE(xml::text(r.body, u"CustomField3"_s), u"x"_s);
    QCOMPARE(xml::attributes(r.body, u"ContactList"_s, u"id"_s), (QStringList{listUri(2), listUri(3)}));
    QCOMPARE(xml::attributes(r.body, u"Contact"_s, u"id"_s).value(0), location);
    // The new contact is the first of the collection and readable by its id.
    const QString id = location.mid(location.lastIndexOf(u'/') + 1);
    QCOMPARE(xml::attributes(m_h->get(u"contacts"_s).body, u"Contact"_s, u"id"_s).value(0), location);
    const Reply again = m_h->get(u"contacts/"_s + id);
    QCOMPARE(again.status, 200);
    QCOMPARE(xml::count(again.body, u"source"_s), 1);
    QCOMPARE(xml::text(again.body, u"EmailAddress"_s), u"new.person@example.com"_s);
}

void TestSandboxContacts::createValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QString one = listUri(1);
    QTest::newRow("no list") << contactEntry(u"a@example.com"_s, {}) << 400;
    QTest::newRow("unknown list") << contactEntry(u"a@example.com"_s, {listUri(77)}) << 400;
    QTest::newRow("system list") << contactEntry(u"a@example.com"_s,
                                                 {u"http://api.constantcontact.com/ws/customers/demo/lists/active"_s})
                                 << 400;
    QTest::newRow("other account's list")
        << contactEntry(u"a@example.com"_s, {u"http://api.constantcontact.com/ws/customers/other/lists/1"_s}) << 400;
    QTest::newRow("bad email") << contactEntry(u"not-an-address"_s, {one}) << 400;
    QTest::newRow("no email") << contactEntry(QString(), {one}) << 400;
    QTest::newRow("lower-case element") << contactEntry(u"a@example.com"_s, {one}, u"ACTION_BY_CUSTOMER"_s,
                                                        u"<emailaddress>b@example.com</emailaddress>"_s)
                                        << 400;
    QTest::newRow("unknown element") << contactEntry(u"a@example.com"_s, {one}, u"ACTION_BY_CUSTOMER"_s,
                                                     u"<ShoeSize>9</ShoeSize>"_s)
                                     << 400;
    QTest::newRow("bad OptInSource") << contactEntry(u"a@example.com"_s, {one}, u"ACTION_BY_ROBOT"_s) << 400;
    QTest::newRow("no OptInSource") << contactEntry(u"a@example.com"_s, {one}, QString()) << 400;
    QTest::newRow("bad EmailType") << contactEntry(u"a@example.com"_s, {one}, u"ACTION_BY_CUSTOMER"_s,
                                                   u"<EmailType>RTF</EmailType>"_s)
                                   << 400;
    const QList<QPair<QString, int>> limits = {{u"FirstName"_s, 50},  {u"MiddleName"_s, 50},    {u"LastName"_s, 50},
                                               {u"JobTitle"_s, 50},   {u"CompanyName"_s, 100},  {u"HomePhone"_s, 50},
                                               {u"WorkPhone"_s, 50},  {u"Addr1"_s, 50},         {u"City"_s, 50},
                                               {u"PostalCode"_s, 25}, {u"CustomField15"_s, 50}, {u"Note"_s, 500}};
    for (const auto &[field, limit] : limits) {
        const QString at = u"<%1>%2</%1>"_s.arg(field, QString(limit, u'x'));
        const QString over = u"<%1>%2</%1>"_s.arg(field, QString(limit + 1, u'x'));
        QTest::addRow("%s at limit", qPrintable(field))
            << contactEntry(u"limit.%1@example.com"_s.arg(field.toLower()), {one}, u"ACTION_BY_CUSTOMER"_s, at) << 201;
        QTest::addRow("%s over limit", qPrintable(field))
            << contactEntry(u"a@example.com"_s, {one}, u"ACTION_BY_CUSTOMER"_s, over) << 400;
    }
    QTest::newRow("email over 80") << contactEntry(QString(75, u'a') + u"@example.com"_s, {one}) << 400;
}

void TestSandboxContacts::createValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const Reply r = m_h->post(u"contacts"_s, body);
    QCOMPARE(r.status, status);
    if (status == 400) {
        QVERIFY2(r.body.startsWith("Error 400: "), r.body.constData());
        QCOMPARE(r.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
    }
}

void TestSandboxContacts::duplicateEmailConflicts_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("Active") << u"Active"_s;
    QTest::newRow("Removed") << u"Removed"_s;
    QTest::newRow("Do Not Mail") << u"Do Not Mail"_s;
}

void TestSandboxContacts::duplicateEmailConflicts()
{
    QFETCH(QString, status);
    QString email;
    for (const QByteArray &page : m_h->allPages(u"contacts"_s)) {
        for (const auto &c : xml::records(page, u"Contact"_s)) {
            if (c.value(u"Status"_s) == status && email.isEmpty())
                email = c.value(u"EmailAddress"_s);
        }
    }
    QVERIFY(!email.isEmpty());
    QCOMPARE(m_h->post(u"contacts"_s, contactEntry(email, {listUri(1)})).status, 409);
    QCOMPARE(m_h->post(u"contacts"_s, contactEntry(email.toUpper(), {listUri(1)})).status, 409);
}

void TestSandboxContacts::idsAcceptedInAnyForm_data()
{
    QTest::addColumn<QString>("listId");
    QTest::newRow("http") << u"http://api.constantcontact.com/ws/customers/demo/lists/4"_s;
    QTest::newRow("https") << u"https://api.constantcontact.com/ws/customers/demo/lists/4"_s;
    QTest::newRow("path") << u"/ws/customers/demo/lists/4"_s;
    QTest::newRow("local host") << u"http://127.0.0.1:8080/ws/customers/demo/lists/4"_s;
}

void TestSandboxContacts::idsAcceptedInAnyForm()
{
    QFETCH(QString, listId);
    const Reply r = m_h->post(u"contacts"_s, contactEntry(u"forms@example.com"_s, {listId}));
    QCOMPARE(r.status, 201);
    QCOMPARE(xml::attributes(r.body, u"ContactList"_s, u"id"_s), QStringList{listUri(4)});
}

void TestSandboxContacts::putReplacesWritableFields()
{
    const QString id = createContact(u"put.me@example.com"_s, {listUri(1), listUri(2)});
    QVERIFY(!id.isEmpty());
    // No pause needed: the store's clock is strictly increasing, even within one millisecond.
    const QString before = xml::text(m_h->get(u"contacts/"_s + id).body, u"LastUpdateTime"_s);
    const QByteArray body = contactEntry(u"put.me@example.com"_s, {listUri(3)}, u"ACTION_BY_CUSTOMER"_s,
                                         u"<FirstName>Grace</FirstName><Status>Do Not Mail</Status>"
                                         "<InsertTime>2001-01-01T00:00:00.000Z</InsertTime>"_s);
    const Reply r = m_h->put(u"contacts/"_s + id, body);
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    const Reply after = m_h->get(u"contacts/"_s + id);
    QCOMPARE(xml::text(after.body, u"FirstName"_s), u"Grace"_s);
    QCOMPARE(xml::text(after.body, u"Status"_s), u"Active"_s); // read-only values are ignored
    QVERIFY(xml::text(after.body, u"InsertTime"_s) != u"2001-01-01T00:00:00.000Z"_s);
    QCOMPARE(xml::attributes(after.body, u"ContactList"_s, u"id"_s), QStringList{listUri(3)});
    QVERIFY(xml::text(after.body, u"LastUpdateTime"_s) > before);
    // Membership follows: the contact is a member of list 3 only.
    const auto inList = [this, &id](int list) {
        for (const QByteArray &page : m_h->allPages(u"lists/%1/members"_s.arg(list)))
            if (xml::attributes(page, u"ContactListMember"_s, u"id"_s)
                    .contains(u"http://api.constantcontact.com/ws/customers/demo/contacts/"_s + id))
                return true;
        return false;
    };
    QVERIFY(inList(3));
    QVERIFY(!inList(1));
    // Full replacement: a PUT without FirstName empties it; a taken address conflicts; bad values are 400.
    QCOMPARE(m_h->put(u"contacts/"_s + id, contactEntry(u"put.me@example.com"_s, {listUri(3)})).status, 204);
    QCOMPARE(xml::text(m_h->get(u"contacts/"_s + id).body, u"FirstName"_s), QString());
    const QString other = xml::texts(m_h->get(u"contacts"_s).body, u"EmailAddress"_s).value(3);
    QCOMPARE(m_h->put(u"contacts/"_s + id, contactEntry(other, {listUri(3)})).status, 409);
    QCOMPARE(m_h->put(u"contacts/"_s + id, contactEntry(u"put.me@example.com"_s, {listUri(3)}, u"ACTION_BY_CUSTOMER"_s,
                                                        u"<Firstname>x</Firstname>"_s))
                 .status,
             400);
    QCOMPARE(m_h->put(u"contacts/999999"_s, contactEntry(u"put.me@example.com"_s, {listUri(3)})).status, 404);
}

void TestSandboxContacts::putWithoutListsRemoves()
{
    const QString id = createContact(u"remove.me@example.com"_s);
    QCOMPARE(m_h->put(u"contacts/"_s + id, contactEntry(u"remove.me@example.com"_s, {})).status, 204);
    const Reply r = m_h->get(u"contacts/"_s + id);
    QCOMPARE(xml::text(r.body, u"Status"_s), u"Removed"_s);
    QCOMPARE(xml::count(r.body, u"ContactList"_s), 0);
    // By the contact it is a 400 (forum "Error 400 Bad request updating a contact").
    QCOMPARE(m_h->put(u"contacts/"_s + id, contactEntry(u"remove.me@example.com"_s, {}, u"ACTION_BY_CONTACT"_s)).status,
             400);
    // The owner may add a Removed contact back.
    QCOMPARE(m_h->put(u"contacts/"_s + id, contactEntry(u"remove.me@example.com"_s, {listUri(2)})).status, 204);
    QCOMPARE(xml::text(m_h->get(u"contacts/"_s + id).body, u"Status"_s), u"Active"_s);
}

void TestSandboxContacts::deleteOptsOutAndOwnerCannotResubscribe()
{
    const QString id = createContact(u"opt.out@example.com"_s, {listUri(1), listUri(5)});
    QCOMPARE(m_h->del(u"contacts/"_s + id).status, 204);
    const Reply r = m_h->get(u"contacts/"_s + id);
    QCOMPARE(xml::text(r.body, u"Status"_s), u"Do Not Mail"_s);
    QCOMPARE(xml::count(r.body, u"ContactList"_s), 0);
    QVERIFY(!xml::text(r.body, u"OptOutTime"_s).isEmpty());
    // It is in the do-not-mail system list, and no longer in list 1.
    bool inDnm = false;
    for (const QByteArray &page : m_h->allPages(u"lists/do-not-mail/members"_s))
        inDnm = inDnm || xml::texts(page, u"EmailAddress"_s).contains(u"opt.out@example.com"_s);
    QVERIFY(inDnm);
    const Reply owner = m_h->put(u"contacts/"_s + id, contactEntry(u"opt.out@example.com"_s, {listUri(1)}));
    QCOMPARE(owner.status, 403);
    QVERIFY(owner.body.startsWith("Error 403: "));
    QCOMPARE(m_h->del(u"contacts/"_s + id).status, 204); // deleting again is harmless
    QCOMPARE(m_h->del(u"contacts/424242"_s).status, 404);
}

void TestSandboxContacts::contactActionResubscribes()
{
    const QString id = createContact(u"come.back@example.com"_s);
    QCOMPARE(m_h->del(u"contacts/"_s + id).status, 204);
    const Reply r =
        m_h->put(u"contacts/"_s + id, contactEntry(u"come.back@example.com"_s, {listUri(2)}, u"ACTION_BY_CONTACT"_s));
    QCOMPARE(r.status, 204);
    const Reply after = m_h->get(u"contacts/"_s + id);
    QCOMPARE(xml::text(after.body, u"Status"_s), u"Active"_s);
    QCOMPARE(xml::attributes(after.body, u"ContactList"_s, u"id"_s), QStringList{listUri(2)});
    QCOMPARE(xml::count(after.body, u"OptOutTime"_s), 0);
}

void TestSandboxContacts::updatedSinceSeesChanges()
{
    const QString since = QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODateWithMs);
    const auto changed = [this, &since](const QString &filter) {
        QStringList emails;
        for (const QByteArray &page : m_h->allPages(u"contacts?updatedsince=%1&%2"_s.arg(since, filter)))
            emails += xml::texts(page, u"EmailAddress"_s);
        return emails;
    };
    QVERIFY(changed(u"listtype=active"_s).isEmpty());
    const QString a = createContact(u"sync.a@example.com"_s, {listUri(2)});
    const QString b = createContact(u"sync.b@example.com"_s, {listUri(3)});
    QCOMPARE(changed(u"listtype=active"_s), (QStringList{u"sync.b@example.com"_s, u"sync.a@example.com"_s}));
    QCOMPARE(changed(u"listid=2"_s), QStringList{u"sync.a@example.com"_s});
    QCOMPARE(m_h->put(u"contacts/"_s + b, contactEntry(u"sync.b@example.com"_s, {})).status, 204);
    QCOMPARE(changed(u"listtype=removed"_s), QStringList{u"sync.b@example.com"_s});
    QCOMPARE(m_h->del(u"contacts/"_s + a).status, 204);
    QCOMPARE(changed(u"listtype=do-not-mail"_s), QStringList{u"sync.a@example.com"_s});
    QVERIFY(changed(u"listtype=active"_s).isEmpty());
    // A change of membership alone counts too: an existing member of list 4 is moved to list 5.
    const QByteArray members = m_h->get(u"lists/4/members"_s).body;
    const QString memberId = xml::attributes(members, u"ContactListMember"_s, u"id"_s).value(0);
    const QString memberEmail = xml::texts(members, u"EmailAddress"_s).value(0);
    const QString cid = memberId.mid(memberId.lastIndexOf(u'/') + 1);
    const QByteArray detail = m_h->get(u"contacts/"_s + cid).body;
    QStringList lists = xml::attributes(detail, u"ContactList"_s, u"id"_s);
    lists.removeAll(listUri(4));
    lists.append(listUri(5));
    QCOMPARE(m_h->put(u"contacts/"_s + cid, contactEntry(memberEmail, lists)).status, 204);
    QVERIFY(changed(u"listid=5"_s).contains(memberEmail));
}

void TestSandboxContacts::contactEventFeeds()
{
    // A contact that received the first sent campaign has at least a send event.
    const QByteArray sends = m_h->get(u"campaigns/1100546096289/events/sends?pageSize=1"_s).body;
    const QString contactId = xml::attributes(sends, u"Contact"_s, u"id"_s).value(0);
    QVERIFY(!contactId.isEmpty());
    const QString cid = contactId.mid(contactId.lastIndexOf(u'/') + 1);
    const Reply r = m_h->get(u"contacts/%1/events/sends"_s.arg(cid));
    QCOMPARE(r.status, 200);
    QVERIFY(xml::count(r.body, u"SentEvent"_s) >= 1);
    for (const QString &c : xml::attributes(r.body, u"Contact"_s, u"id"_s))
        QCOMPARE(c, contactId);
    for (const QString &id : xml::attributes(r.body, u"SentEvent"_s, u"id"_s))
        QVERIFY2(id.contains(u"/contacts/%1/events/sends/"_s.arg(cid)), qPrintable(id));
    QCOMPARE(m_h->get(u"contacts/%1/events/opens?pageSize=0"_s.arg(cid)).status, 400);
    QCOMPARE(m_h->get(u"contacts/%1/events/opens?pageSize=201"_s.arg(cid)).status, 400);
}

QTEST_GUILESS_MAIN(TestSandboxContacts)
#include "tst_sandbox_contacts.moc"
