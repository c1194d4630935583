// SPDX-License-Identifier: GPL-3.0-or-later
// Contact lists through the real client against the sandbox: the collection (system lists first,
// decision 20), create, name conflicts, update by patch, members, delete, read-only system lists.
#include "integration.h"

#include <QTest>

using namespace ctct;
using namespace ctct::test;

class TestIntLists final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void systemListsFirst();
    void createUpdateDelete();
    void nameConflicts_data();
    void nameConflicts();
    void membersOfAList();
    void membersOfSystemLists();
    void systemListsAreReadOnly();

private:
    std::unique_ptr<Integration> m_f;
};

void TestIntLists::init()
{
    m_f = std::make_unique<Integration>();
    QVERIFY(m_f->started());
}

void TestIntLists::cleanup()
{
    m_f.reset();
}

void TestIntLists::systemListsFirst()
{
    const Collected<ContactList> lists = Integration::collect(m_f->ops().lists());
    QCOMPARE(lists.result.error, ApiError::None);
    QCOMPARE(lists.entries.size(), 9);
    QCOMPARE(lists.pageUrls.size(), 1);
    const QStringList system{QStringLiteral("Active"), QStringLiteral("Do Not Mail"), QStringLiteral("Removed")};
    for (int i = 0; i < 3; ++i) {
        const ContactList &l = lists.entries.at(i);
        QVERIFY2(l.isSystemList(), qPrintable(l.id));
        QCOMPARE(l.name, system.at(i));
        QVERIFY(!l.contactCount.has_value()); // Name and ShortName only
    }
    QCOMPARE(lists.entries.at(0).id, demoListUri(QStringLiteral("active")));
    qint64 previous = -1;
    for (int i = 3; i < lists.entries.size(); ++i) {
        const ContactList &l = lists.entries.at(i);
        QVERIFY(!l.isSystemList());
        QVERIFY(l.sortOrder.has_value());
        QVERIFY(*l.sortOrder >= previous);
        previous = *l.sortOrder;
        QVERIFY(l.contactCount.has_value());
    }
}

void TestIntLists::createUpdateDelete()
{
    ContactList list;
    list.name = QStringLiteral("Kayak Club");
    list.optInDefault = false;
    list.sortOrder = 70;
    const ApiResult created = Integration::run(m_f->ops().createList(list));
    QCOMPARE(created.error, ApiError::None);
    QCOMPARE(created.httpStatus, 201);
    const atom::Parsed<ContactList> entry = parseEntry<ContactList>(created);
    QVERIFY(entry.ok());
    QCOMPARE(entry.value->id, created.location.toString());
    QCOMPARE(entry.value->name, list.name);
    QCOMPARE(entry.value->contactCount, std::optional<qint64>(0));
    const QString id = entry.value->shortId();
    const Collected<ContactList> all = Integration::collect(m_f->ops().lists());
    QCOMPARE(all.entries.size(), 10);

    const ApiResult original = Integration::run(m_f->ops().getList(id));
    QCOMPARE(original.error, ApiError::None);
    ContactList edited = parseEntry<ContactList>(original).value.value();
    QCOMPARE(edited.sortOrder, std::optional<qint64>(70));
    edited.name = QStringLiteral("Kayak Club Members");
    edited.displayOnSignup = false;
    edited.sortOrder = 3;
    const ApiResult put = Integration::run(m_f->ops().updateList(edited, original.body));
    QCOMPARE(put.error, ApiError::None);
    QCOMPARE(put.httpStatus, 204);
    const std::optional<ContactList> after = Integration::fetch<ContactList>(m_f->ops().getList(id));
    QVERIFY(after);
    QCOMPARE(after->name, QStringLiteral("Kayak Club Members"));
    QCOMPARE(after->displayOnSignup, std::optional<bool>(false));
    QCOMPARE(after->sortOrder, std::optional<qint64>(3));
    QCOMPARE(after->optInDefault, std::optional<bool>(false));
    // Without the original, the entry is written in full from the value.
    ContactList full = *after;
    full.name = QStringLiteral("Kayak Club Alumni");
    QCOMPARE(Integration::run(m_f->ops().updateList(full)).httpStatus, 204);
    QCOMPARE(Integration::fetch<ContactList>(m_f->ops().getList(id)).value().name, QStringLiteral("Kayak Club Alumni"));

    const ApiResult del = Integration::run(m_f->ops().deleteList(id));
    QCOMPARE(del.error, ApiError::None);
    QCOMPARE(del.httpStatus, 204);
    const ApiResult gone = Integration::run(m_f->ops().getList(id));
    QCOMPARE(gone.error, ApiError::NotFound);
    QCOMPARE(gone.httpStatus, 404);
    QCOMPARE(Integration::run(m_f->ops().deleteList(id)).error, ApiError::NotFound);
    QCOMPARE(Integration::run(m_f->ops().updateList(edited, original.body)).error, ApiError::NotFound);
}

void TestIntLists::nameConflicts_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("user list") << QStringLiteral("General Interest");
    QTest::newRow("system list") << QStringLiteral("Removed");
}

void TestIntLists::nameConflicts()
{
    QFETCH(QString, name);
    ContactList list;
    list.name = name;
    list.sortOrder = 1;
    const ApiResult r = Integration::run(m_f->ops().createList(list));
    QCOMPARE(r.error, ApiError::Conflict);
    QCOMPARE(r.httpStatus, 409);
    QVERIFY(!r.message.isEmpty());
    // Renaming another list to it conflicts as well.
    const ApiResult original = Integration::run(m_f->ops().getList(QStringLiteral("2")));
    ContactList two = parseEntry<ContactList>(original).value.value();
    QVERIFY(two.name != name);
    two.name = name;
    QCOMPARE(Integration::run(m_f->ops().updateList(two, original.body)).error, ApiError::Conflict);
}

void TestIntLists::membersOfAList()
{
    const std::optional<ContactList> one = Integration::fetch<ContactList>(m_f->ops().getList(QStringLiteral("1")));
    QVERIFY(one);
    QVERIFY(one->contactCount.value_or(0) > 0);
    const Collected<ContactListMember> members = Integration::collect(m_f->ops().members(one->id));
    QCOMPARE(members.result.error, ApiError::None);
    QCOMPARE(members.entries.size(), *one->contactCount);
    QSet<QString> ids;
    for (const ContactListMember &m : members.entries) {
        QVERIFY2(m.id.contains(QStringLiteral("/contacts/")), qPrintable(m.id));
        QVERIFY(!m.emailAddress.isEmpty());
        ids.insert(m.id);
    }
    QCOMPARE(ids.size(), members.entries.size());
    // Each member's contact names the list.
    const std::optional<Contact> c = Integration::fetch<Contact>(m_f->ops().getContact(members.entries.first().id));
    QVERIFY(c);
    QCOMPARE(c->emailAddress, members.entries.first().emailAddress);
    QVERIFY(std::any_of(c->contactLists.begin(), c->contactLists.end(),
                        [](const ContactListMembership &m) { return shortIdOf(m.listId) == u"1"; }));
}

void TestIntLists::membersOfSystemLists()
{
    const Collected<Contact> all = m_f->contacts();
    QHash<QString, qsizetype> byStatus;
    for (const Contact &c : all.entries)
        ++byStatus[c.status];
    const auto count = [this](const QString &list) {
        const Collected<ContactListMember> m = Integration::collect(m_f->ops().members(list));
        if (m.result.error != ApiError::None)
            qWarning("members of %s: %s", qPrintable(list), qPrintable(m.result.toString()));
        return m.entries.size();
    };
    QCOMPARE(count(QStringLiteral("active")),
             byStatus[QStringLiteral("Active")] + byStatus[QStringLiteral("Unconfirmed")]);
    QCOMPARE(count(QStringLiteral("removed")), byStatus[QStringLiteral("Removed")]);
    QCOMPARE(count(QStringLiteral("do-not-mail")), byStatus[QStringLiteral("Do Not Mail")]);
}

void TestIntLists::systemListsAreReadOnly()
{
    for (const QString &id : {QStringLiteral("active"), QStringLiteral("removed"), QStringLiteral("do-not-mail")}) {
        const ApiResult original = Integration::run(m_f->ops().getList(id));
        QCOMPARE(original.error, ApiError::None);
        ContactList l = parseEntry<ContactList>(original).value.value();
        QVERIFY(l.isSystemList());
        l.name = QStringLiteral("Renamed");
        const ApiResult put = Integration::run(m_f->ops().updateList(l, original.body));
        QCOMPARE(put.error, ApiError::Forbidden);
        QCOMPARE(put.httpStatus, 403);
        const ApiResult del = Integration::run(m_f->ops().deleteList(id));
        QCOMPARE(del.error, ApiError::Forbidden);
        QCOMPARE(del.httpStatus, 403);
    }
}

QTEST_GUILESS_MAIN(TestIntLists)
#include "tst_int_lists.moc"
