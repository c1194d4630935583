// SPDX-License-Identifier: GPL-3.0-or-later
// Contact lists: system lists first (decision 20), create/update/delete, name conflicts, members
// paging and counts that agree with the members feeds.
#include "harness.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ctct::test;

class TestSandboxLists final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void systemListsComeFirst();
    void userListsCarryTheirElements();
    void countsAgreeWithMembers();
    void systemListMembersFollowStatus();
    void createUpdateDelete();
    void nameConflicts_data();
    void nameConflicts();
    void listValidation_data();
    void listValidation();
    void systemListsAreReadOnly_data();
    void systemListsAreReadOnly();
    void deleteTakesMembersOff();
    void pagingOfManyLists();

private:
    std::unique_ptr<Harness> m_h;
};

void TestSandboxLists::init()
{
    m_h = std::make_unique<Harness>();
    QVERIFY(m_h->started());
}

void TestSandboxLists::cleanup()
{
    m_h.reset();
}

void TestSandboxLists::systemListsComeFirst()
{
    const Reply r = m_h->get(u"lists"_s);
    QCOMPARE(r.status, 200);
    const auto lists = xml::records(r.body, u"ContactList"_s);
    QCOMPARE(lists.size(), 9);
    QCOMPARE(lists.at(0).value(u"Name"_s), u"Active"_s);
    QCOMPARE(lists.at(1).value(u"Name"_s), u"Do Not Mail"_s);
    QCOMPARE(lists.at(2).value(u"Name"_s), u"Removed"_s);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(lists.at(i).size(), 3); // @id, Name, ShortName only
        QVERIFY(lists.at(i).contains(u"ShortName"_s));
    }
    QCOMPARE(lists.at(0).value(u"@id"_s), u"http://api.constantcontact.com/ws/customers/demo/lists/active"_s);
    // Then by SortOrder.
    int previous = -1;
    for (int i = 3; i < lists.size(); ++i) {
        const int order = lists.at(i).value(u"SortOrder"_s).toInt();
        QVERIFY(order >= previous);
        previous = order;
    }
    QVERIFY(xml::link(r.body, u"next"_s).isEmpty());
}

void TestSandboxLists::userListsCarryTheirElements()
{
    const Reply r = m_h->get(u"lists/1"_s);
    QCOMPARE(r.status, 200);
    const auto list = xml::records(r.body, u"ContactList"_s).value(0);
    for (const QString &e : {u"OptInDefault"_s, u"Name"_s, u"ShortName"_s, u"DisplayOnSignup"_s, u"SortOrder"_s,
                             u"Members"_s, u"ContactCount"_s})
        QVERIFY2(list.contains(e), qPrintable(e));
    QCOMPARE(list.value(u"Name"_s), list.value(u"ShortName"_s));
    QCOMPARE(xml::attributes(r.body, u"Members"_s, u"id"_s).value(0),
             u"http://api.constantcontact.com/ws/customers/demo/lists/1/members"_s);
    QCOMPARE(xml::count(r.body, u"source"_s), 1);
    QCOMPARE(xml::link(r.body, u"edit"_s), u"/ws/customers/demo/lists/1"_s);
    const Reply system = m_h->get(u"lists/removed"_s);
    QCOMPARE(system.status, 200);
    QCOMPARE(xml::text(system.body, u"Name"_s), u"Removed"_s);
}

void TestSandboxLists::countsAgreeWithMembers()
{
    for (int list = 1; list <= 6; ++list) {
        const int count = xml::text(m_h->get(u"lists/%1"_s.arg(list)).body, u"ContactCount"_s).toInt();
        int members = 0;
        QStringList ids;
        for (const QByteArray &page : m_h->allPages(u"lists/%1/members"_s.arg(list))) {
            members += xml::count(page, u"ContactListMember"_s);
            ids += xml::texts(page, u"id"_s);
            QCOMPARE(xml::text(page, u"title"_s), u"Contacts for Customer: demo"_s);
        }
        QCOMPARE(members, count);
        // The feed id is the members collection; entry ids are contact URIs.
        QVERIFY(!ids.isEmpty());
        for (const QString &id : std::as_const(ids))
            QVERIFY2(id.contains(u"/contacts/"_s) || id.endsWith(u"/members"_s), qPrintable(id));
    }
    const QByteArray page = m_h->get(u"lists/1/members"_s).body;
    const QStringList edits = xml::attributes(page, u"link"_s, u"href"_s);
    QVERIFY(std::any_of(edits.begin(), edits.end(),
                        [](const QString &h) { return h.startsWith(u"/ws/customers/demo/lists/1/members/"_s); }));
}

void TestSandboxLists::systemListMembersFollowStatus()
{
    QHash<QString, int> byStatus;
    for (const QByteArray &page : m_h->allPages(u"contacts"_s))
        for (const QString &s : xml::texts(page, u"Status"_s))
            byStatus[s]++;
    const auto members = [this](const QString &list) {
        int n = 0;
        for (const QByteArray &page : m_h->allPages(u"lists/%1/members"_s.arg(list)))
            n += xml::count(page, u"ContactListMember"_s);
        return n;
    };
    QCOMPARE(members(u"active"_s), byStatus.value(u"Active"_s) + byStatus.value(u"Unconfirmed"_s));
    QCOMPARE(members(u"removed"_s), byStatus.value(u"Removed"_s));
    QCOMPARE(members(u"do-not-mail"_s), byStatus.value(u"Do Not Mail"_s));
}

void TestSandboxLists::createUpdateDelete()
{
    const Reply created = m_h->post(u"lists"_s, listEntry(u"Kayak Club"_s));
    QCOMPARE(created.status, 201);
    const QString location = QString::fromUtf8(created.header("Location"));
    QVERIFY(location.startsWith(u"http://api.constantcontact.com/ws/customers/demo/lists/"_s));
    QCOMPARE(xml::text(created.body, u"Name"_s), u"Kayak Club"_s);
    QCOMPARE(xml::text(created.body, u"SortOrder"_s), u"70"_s);
    QCOMPARE(xml::text(created.body, u"ContactCount"_s), u"0"_s);
    const QString id = location.mid(location.lastIndexOf(u'/') + 1);
    QCOMPARE(m_h->put(u"lists/"_s + id, listEntry(u"Kayak Club Members"_s, u"<DisplayOnSignup>No</DisplayOnSignup>"
                                                                           "<ContactCount>99</ContactCount>"_s))
                 .status,
             204);
    const Reply after = m_h->get(u"lists/"_s + id);
    QCOMPARE(xml::text(after.body, u"Name"_s), u"Kayak Club Members"_s);
    QCOMPARE(xml::text(after.body, u"DisplayOnSignup"_s), u"No"_s);
    QCOMPARE(xml::text(after.body, u"ContactCount"_s), u"0"_s);
    QCOMPARE(m_h->del(u"lists/"_s + id).status, 204);
    QCOMPARE(m_h->get(u"lists/"_s + id).status, 404);
    QCOMPARE(m_h->del(u"lists/"_s + id).status, 404);
    QCOMPARE(m_h->put(u"lists/"_s + id, listEntry(u"Ghost"_s)).status, 404);
}

void TestSandboxLists::nameConflicts_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("existing list") << u"General Interest"_s;
    QTest::newRow("system list name") << u"Removed"_s;
}

void TestSandboxLists::nameConflicts()
{
    QFETCH(QString, name);
    QCOMPARE(m_h->post(u"lists"_s, listEntry(name)).status, 409);
    // Renaming another list to the name conflicts too.
    QCOMPARE(m_h->put(u"lists/2"_s, listEntry(name)).status, 409);
}

void TestSandboxLists::listValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no name") << listEntry(QString());
    QTest::newRow("long name") << listEntry(QString(51, u'n'));
    QTest::newRow("lower-case element") << listEntry(u"Fine"_s, u"<sortorder>1</sortorder>"_s);
    QTest::newRow("bad SortOrder") << listEntry(u"Fine"_s, u"<SortOrder>first</SortOrder>"_s);
    QTest::newRow("bad OptInDefault") << listEntry(u"Fine"_s, u"<OptInDefault>maybe</OptInDefault>"_s);
}

void TestSandboxLists::listValidation()
{
    QFETCH(QByteArray, body);
    const Reply r = m_h->post(u"lists"_s, body);
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.startsWith("Error 400: "));
}

void TestSandboxLists::systemListsAreReadOnly_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("list");
    for (const QString &l : {u"active"_s, u"removed"_s, u"do-not-mail"_s}) {
        QTest::addRow("PUT %s", qPrintable(l)) << QByteArray("PUT") << l;
        QTest::addRow("DELETE %s", qPrintable(l)) << QByteArray("DELETE") << l;
    }
}

void TestSandboxLists::systemListsAreReadOnly()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, list);
    const Reply r = m_h->request(method, u"lists/"_s + list, listEntry(u"Renamed"_s), "application/atom+xml");
    QCOMPARE(r.status, 403);
}

void TestSandboxLists::deleteTakesMembersOff()
{
    const QByteArray members = m_h->get(u"lists/6/members"_s).body;
    const QStringList ids = xml::attributes(members, u"ContactListMember"_s, u"id"_s);
    QVERIFY(!ids.isEmpty());
    QCOMPARE(m_h->del(u"lists/6"_s).status, 204);
    for (const QString &id : ids) {
        const QByteArray c = m_h->get(id.mid(id.indexOf(u"/ws/"_s))).body;
        QVERIFY(!xml::attributes(c, u"ContactList"_s, u"id"_s).contains(listUri(6)));
        // A contact left on no list is Removed.
        if (xml::count(c, u"ContactList"_s) == 0)
            QVERIFY(xml::text(c, u"Status"_s) == u"Removed"_s || xml::text(c, u"Status"_s) == u"Do Not Mail"_s);
    }
}

void TestSandboxLists::pagingOfManyLists()
{
    for (int i = 0; i < 60; ++i)
        QCOMPARE(m_h->post(u"lists"_s, listEntry(u"Segment %1"_s.arg(i, 2, 10, QLatin1Char('0')))).status, 201);
    const QList<QByteArray> pages = m_h->allPages(u"lists"_s);
    QCOMPARE(pages.size(), 2);
    QCOMPARE(xml::count(pages.at(0), u"entry"_s), 50);
    QCOMPARE(xml::count(pages.at(1), u"entry"_s), 3 + 6 + 60 - 50);
    QStringList names;
    for (const QByteArray &p : pages)
        names += xml::texts(p, u"Name"_s);
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
}

QTEST_GUILESS_MAIN(TestSandboxLists)
#include "tst_sandbox_lists.moc"
