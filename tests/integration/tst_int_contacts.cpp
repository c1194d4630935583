// SPDX-License-Identifier: GPL-3.0-or-later
// Contacts through the real client against the sandbox: paging, e-mail search in batches of 50,
// updatedsince, get/create/update-by-patch/opt-out with every error the contract names, and
// contact event feeds.
#include "integration.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace ctct;
using namespace ctct::test;

namespace {

QStringList shortIds(const QList<ContactListMembership> &lists)
{
    QStringList ids;
    for (const ContactListMembership &m : lists)
        ids.append(shortIdOf(m.listId));
    ids.sort();
    return ids;
}

Contact newContact(const QString &email, const QStringList &lists)
{
    Contact c;
    c.emailAddress = email;
    c.optInSource = QString::fromUtf16(ActionByCustomer);
    for (const QString &l : lists)
        c.contactLists.append({demoListUri(l), {}, {}});
    c.hasContactLists = true;
    return c;
}

} // namespace

class TestIntContacts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pagingThroughAll();
    void pageByPageAndCancel();
    void searchByEmailInBatches();
    void searchForAddressesWithSpecialCharacters();
    void updatedSince_data();
    void updatedSince();
    void getOne();
    void createAndReadBack();
    void createErrors();
    void unknownIdIsNotFound();
    void updateByPatch();
    void unknownElementsSurviveThePatch();
    void removeFromAllLists();
    void optOutThenOwnerUpdateIsForbidden();
    void contactEventsByKind();

private:
    QString create(const Contact &contact);
    std::unique_ptr<Integration> m_f;
};

void TestIntContacts::init()
{
    m_f = std::make_unique<Integration>();
    QVERIFY(m_f->started());
}

void TestIntContacts::cleanup()
{
    m_f.reset();
}

QString TestIntContacts::create(const Contact &contact)
{
    const ApiResult r = Integration::run(m_f->ops().createContact(contact));
    if (r.httpStatus != 201)
        qWarning("create failed: %s", qPrintable(r.toString()));
    return r.location.toString();
}

void TestIntContacts::pagingThroughAll()
{
    const QList<QUrl> urls = m_f->ops().contactsUrls();
    QCOMPARE(urls.size(), 1);
    const Collected<Contact> all = Integration::collect(m_f->ops().contacts(urls.first()));
    QCOMPARE(all.result.error, ApiError::None);
    QCOMPARE(all.entries.size(), Integration::defaults().contacts);
    QCOMPARE(all.pageUrls.size(), 3);
    QCOMPARE(all.pageUrls.at(0), urls.first());
    for (int i = 1; i < 3; ++i) { // next links, resolved and kept on the sandbox
        QVERIFY2(QUrlQuery(all.pageUrls.at(i)).hasQueryItem(QStringLiteral("next")),
                 qPrintable(all.pageUrls.at(i).toString()));
        QCOMPARE(all.pageUrls.at(i).port(), int(m_f->sandbox().port()));
    }
    QSet<QString> ids;
    QSet<QString> statuses;
    for (const Contact &c : all.entries) {
        QVERIFY(c.id.contains(QStringLiteral("/contacts/")));
        QVERIFY(!c.emailAddress.isEmpty());
        ids.insert(c.id);
        statuses.insert(c.status);
    }
    QCOMPARE(ids.size(), all.entries.size());
    QCOMPARE(statuses.size(), 4); // Active, Unconfirmed, Removed, Do Not Mail
}

void TestIntContacts::pageByPageAndCancel()
{
    // As a model's fetchMore uses it: one page per request, then a cancel ends the pager.
    const std::unique_ptr<TypedPager<Contact>> pager(m_f->ops().contacts(m_f->ops().contactsUrls().first()));
    QSignalSpy pages(pager.get(), &Pager::pageReady);
    QSignalSpy finished(pager.get(), &Pager::finished);
    QSignalSpy failed(pager.get(), &Pager::failed);
    QVERIFY(pager->canFetchMore());
    QVERIFY(pager->fetchNext());
    QVERIFY(!pager->canFetchMore()); // a page is in flight
    QVERIFY(!pager->fetchNext());
    QVERIFY(pages.wait(5000));
    QCOMPARE(pager->page().entries.size(), 50);
    const QString firstOfPageOne = pager->page().entries.first().id;
    QVERIFY(pager->canFetchMore());
    QVERIFY(pager->fetchNext());
    QVERIFY(pages.wait(5000));
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pager->page().entries.size(), 50);
    QVERIFY(pager->page().entries.first().id != firstOfPageOne);
    QCOMPARE(pager->entriesFetched(), 100);
    QVERIFY(pager->fetchNext());
    pager->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(pager->result().error, ApiError::Canceled);
    QVERIFY(failed.isEmpty());
    QVERIFY(!pager->isFetching()); // the third page's request is gone: it never arrives
    QCOMPARE(pages.size(), 2);
    QVERIFY(pager->atEnd());
    QVERIFY(!pager->fetchNext());
}

void TestIntContacts::searchByEmailInBatches()
{
    const Collected<Contact> all = m_f->contacts();
    QCOMPARE(all.entries.size(), 120);
    ContactQuery query;
    QHash<QString, QString> idByEmail;
    for (int i = 0; i < 75; ++i) {
        const Contact &c = all.entries.at(i);
        idByEmail.insert(c.emailAddress.toLower(), c.id);
        query.emails.append(i % 3 ? c.emailAddress : c.emailAddress.toUpper()); // the search is case-blind
    }
    query.emails.append(QStringLiteral("nobody@nowhere.example"));
    const QList<QUrl> urls = m_f->ops().contactsUrls(query);
    QCOMPARE(urls.size(), 2); // 76 addresses: 50 + 26
    QCOMPARE(QUrlQuery(urls.at(0)).allQueryItemValues(QStringLiteral("email")).size(), MaxEmailsPerSearch);
    QCOMPARE(QUrlQuery(urls.at(1)).allQueryItemValues(QStringLiteral("email")).size(), 26);
    QHash<QString, QString> found;
    for (const QUrl &url : urls) {
        const Collected<Contact> batch = Integration::collect(m_f->ops().contacts(url));
        QCOMPARE(batch.result.error, ApiError::None);
        for (const Contact &c : batch.entries)
            found.insert(c.emailAddress.toLower(), c.id);
    }
    QCOMPARE(found, idByEmail);
}

void TestIntContacts::searchForAddressesWithSpecialCharacters()
{
    // '+' (sub-addressing), '&', '=' and '%' are legal in the local part and must reach the
    // server as they are, not as a space or a parameter separator.
    const QStringList emails{QStringLiteral("ann+news@example.com"), QStringLiteral("bob&co@example.com"),
                             QStringLiteral("x=y@example.com"), QStringLiteral("hundred%@example.com"),
                             QStringLiteral("o'neil@example.com")};
    for (const QString &e : emails)
        QVERIFY2(!create(newContact(e, {QStringLiteral("1")})).isEmpty(), qPrintable(e));
    for (const QString &e : emails) {
        ContactQuery query;
        query.emails = {e};
        const Collected<Contact> found = m_f->contacts(query);
        QCOMPARE(found.result.error, ApiError::None);
        QCOMPARE(found.entries.size(), 1);
        QCOMPARE(found.entries.first().emailAddress, e);
    }
    ContactQuery all;
    all.emails = emails;
    QCOMPARE(m_f->contacts(all).entries.size(), emails.size());
}

void TestIntContacts::updatedSince_data()
{
    QTest::addColumn<QString>("listType");
    QTest::addColumn<QString>("listId");
    QTest::newRow("listtype active") << QStringLiteral("active") << QString();
    QTest::newRow("listid, short") << QString() << QStringLiteral("2");
    QTest::newRow("listid, full URI") << QString() << demoListUri(QStringLiteral("2"));
}

void TestIntContacts::updatedSince()
{
    QFETCH(QString, listType);
    QFETCH(QString, listId);
    ContactQuery query;
    query.updatedSince = QDateTime::currentDateTimeUtc().addSecs(-1);
    query.listType = listType;
    query.listId = listId;
    const auto changed = [this, &query] {
        const Collected<Contact> c = m_f->contacts(query);
        if (c.result.error != ApiError::None)
            qWarning("updatedsince failed: %s", qPrintable(c.result.toString()));
        QStringList emails;
        for (const Contact &contact : c.entries)
            emails.append(contact.emailAddress);
        return emails;
    };
    QCOMPARE(changed(), QStringList());
    QVERIFY(!create(newContact(QStringLiteral("sync.two@example.com"), {QStringLiteral("2")})).isEmpty());
    QVERIFY(!create(newContact(QStringLiteral("sync.three@example.com"), {QStringLiteral("3")})).isEmpty());
    if (listType.isEmpty())
        QCOMPARE(changed(), QStringList{QStringLiteral("sync.two@example.com")});
    else
        QCOMPARE(changed(),
                 (QStringList{QStringLiteral("sync.three@example.com"), QStringLiteral("sync.two@example.com")}));
    // Alone it is a 400 (decision 8).
    ContactQuery alone;
    alone.updatedSince = query.updatedSince;
    const ApiResult r = Integration::run(m_f->client().get(m_f->ops().contactsUrls(alone).first()));
    QCOMPARE(r.error, ApiError::BadRequest);
    QCOMPARE(r.httpStatus, 400);
}

void TestIntContacts::getOne()
{
    const Collected<Contact> first = m_f->contacts();
    const Contact summary = first.entries.value(5);
    const std::optional<Contact> c = Integration::fetch<Contact>(m_f->ops().getContact(summary.shortId()));
    QVERIFY(c);
    QCOMPARE(c->id, summary.id);
    QCOMPARE(c->emailAddress, summary.emailAddress);
    QCOMPARE(c->status, summary.status);
    QVERIFY(c->insertTime.isValid());
    QVERIFY(c->lastUpdateTime.isValid());
    QVERIFY(c->confirmed.has_value());
    // The full URI works as well (decision 21).
    const std::optional<Contact> again = Integration::fetch<Contact>(m_f->ops().getContact(summary.id));
    QVERIFY(again);
    QCOMPARE(again->emailAddress, c->emailAddress);
}

void TestIntContacts::createAndReadBack()
{
    Contact c = newContact(QStringLiteral("ada.byron@example.com"), {QStringLiteral("2"), QStringLiteral("3")});
    c.firstName = QStringLiteral("Ada");
    c.lastName = QStringLiteral("Byron");
    c.city = QStringLiteral("London");
    c.setCustomField(2, QStringLiteral("analytical"));
    const ApiResult r = Integration::run(m_f->ops().createContact(c));
    QCOMPARE(r.error, ApiError::None);
    QCOMPARE(r.httpStatus, 201);
    QVERIFY2(r.location.path().startsWith(QStringLiteral("/ws/customers/demo/contacts/")),
             qPrintable(r.location.toString()));
    const atom::Parsed<Contact> created = parseEntry<Contact>(r);
    QVERIFY(created.ok());
    QCOMPARE(created.value->id, r.location.toString());
    QCOMPARE(created.value->name, QStringLiteral("Ada Byron"));
    QCOMPARE(created.value->status, QStringLiteral("Active"));
    const std::optional<Contact> back = Integration::fetch<Contact>(m_f->ops().getContact(r.location.toString()));
    QVERIFY(back);
    QCOMPARE(back->emailAddress, c.emailAddress);
    QCOMPARE(back->firstName, c.firstName);
    QCOMPARE(back->lastName, c.lastName);
    QCOMPARE(back->city, c.city);
    QCOMPARE(back->customField(2), QStringLiteral("analytical"));
    QCOMPARE(back->optInSource, c.optInSource);
    QCOMPARE(shortIds(back->contactLists), (QStringList{QStringLiteral("2"), QStringLiteral("3")}));
}

void TestIntContacts::createErrors()
{
    const Collected<Contact> first = m_f->contacts();
    const QString taken = first.entries.value(0).emailAddress;
    QVERIFY(!taken.isEmpty());
    const ApiResult duplicate =
        Integration::run(m_f->ops().createContact(newContact(taken.toUpper(), {QStringLiteral("1")})));
    QCOMPARE(duplicate.error, ApiError::Conflict);
    QCOMPARE(duplicate.httpStatus, 409);
    QVERIFY(!duplicate.message.isEmpty());
    QVERIFY(!duplicate.message.startsWith(QStringLiteral("Error 409"))); // the message, not the raw body
    const ApiResult noList =
        Integration::run(m_f->ops().createContact(newContact(QStringLiteral("x@example.com"), {})));
    QCOMPARE(noList.error, ApiError::BadRequest);
    QCOMPARE(noList.httpStatus, 400);
    Contact tooLong = newContact(QStringLiteral("long@example.com"), {QStringLiteral("1")});
    tooLong.firstName = QString(51, u'x');
    const ApiResult overLimit = Integration::run(m_f->ops().createContact(tooLong));
    QCOMPARE(overLimit.error, ApiError::BadRequest);
    QVERIFY2(overLimit.message.contains(QStringLiteral("FirstName")), qPrintable(overLimit.message));
    // A body that is not Atom is refused (decision 5).
    const ApiResult json =
        Integration::run(m_f->client().post(m_f->client().url(QStringLiteral("contacts")), "{}", "application/json"));
    QCOMPARE(json.error, ApiError::UnsupportedMedia);
    QCOMPARE(json.httpStatus, 415);
}

void TestIntContacts::unknownIdIsNotFound()
{
    const ApiResult r = Integration::run(m_f->ops().getContact(QStringLiteral("999999")));
    QCOMPARE(r.error, ApiError::NotFound);
    QCOMPARE(r.httpStatus, 404);
    QCOMPARE(r.attempts, 1); // a 4xx is never retried
    Contact ghost = newContact(QStringLiteral("ghost@example.com"), {QStringLiteral("1")});
    ghost.id = QStringLiteral("999999");
    QCOMPARE(Integration::run(m_f->ops().updateContact(ghost)).error, ApiError::NotFound);
    QCOMPARE(Integration::run(m_f->ops().optOutContact(QStringLiteral("999999"))).error, ApiError::NotFound);
}

void TestIntContacts::updateByPatch()
{
    Contact c = newContact(QStringLiteral("patch.me@example.com"), {QStringLiteral("2"), QStringLiteral("3")});
    c.firstName = QStringLiteral("Grace");
    c.lastName = QStringLiteral("Hopper");
    c.companyName = QStringLiteral("Navy");
    c.setCustomField(4, QStringLiteral("cobol"));
    const QString id = create(c);
    QVERIFY(!id.isEmpty());
    const ApiResult original = Integration::run(m_f->ops().getContact(id));
    QCOMPARE(original.error, ApiError::None);
    Contact edited = parseEntry<Contact>(original).value.value();
    const QDateTime inserted = edited.insertTime;
    edited.firstName = QStringLiteral("Amazing Grace");
    edited.city = QStringLiteral("Arlington");
    edited.contactLists.removeIf([](const ContactListMembership &m) { return shortIdOf(m.listId) == u"2"; });
    edited.contactLists.append({demoListUri(QStringLiteral("4")), {}, {}});
    const ApiResult put = Integration::run(m_f->ops().updateContact(edited, original.body));
    QCOMPARE(put.error, ApiError::None);
    QCOMPARE(put.httpStatus, 204);
    const std::optional<Contact> after = Integration::fetch<Contact>(m_f->ops().getContact(id));
    QVERIFY(after);
    QCOMPARE(after->firstName, QStringLiteral("Amazing Grace"));
    QCOMPARE(after->city, QStringLiteral("Arlington"));
    QCOMPARE(after->lastName, QStringLiteral("Hopper")); // untouched fields stay
    QCOMPARE(after->companyName, QStringLiteral("Navy"));
    QCOMPARE(after->customField(4), QStringLiteral("cobol"));
    QCOMPARE(after->insertTime, inserted);
    QCOMPARE(after->status, QStringLiteral("Active"));
    QCOMPARE(shortIds(after->contactLists), (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
    QVERIFY(after->lastUpdateTime >= edited.lastUpdateTime);
    // Membership follows: the members feeds of lists 2 and 4 agree.
    const auto isMember = [this, &id](const QString &list) {
        const Collected<ContactListMember> m = Integration::collect(m_f->ops().members(list));
        return std::any_of(m.entries.begin(), m.entries.end(),
                           [&id](const ContactListMember &e) { return shortIdOf(e.id) == shortIdOf(id); });
    };
    QVERIFY(isMember(QStringLiteral("4")));
    QVERIFY(!isMember(QStringLiteral("2")));
    // Without the original, the entry is written in full from the value.
    Contact full = *after;
    full.jobTitle = QStringLiteral("Rear Admiral");
    QCOMPARE(Integration::run(m_f->ops().updateContact(full)).httpStatus, 204);
    const std::optional<Contact> written = Integration::fetch<Contact>(m_f->ops().getContact(id));
    QVERIFY(written);
    QCOMPARE(written->jobTitle, QStringLiteral("Rear Admiral"));
    QCOMPARE(written->firstName, QStringLiteral("Amazing Grace"));
    QCOMPARE(shortIds(written->contactLists), (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
    // A taken address conflicts.
    full.emailAddress = m_f->contacts().entries.value(10).emailAddress;
    QCOMPARE(Integration::run(m_f->ops().updateContact(full)).error, ApiError::Conflict);
}

void TestIntContacts::unknownElementsSurviveThePatch()
{
    // The sandbox answers 400 naming any element it does not know, so an element this client has
    // no field for, put into the entry the server sent, shows whether the patch kept it.
    const QString id = create(newContact(QStringLiteral("keep.me@example.com"), {QStringLiteral("1")}));
    QVERIFY(!id.isEmpty());
    const ApiResult original = Integration::run(m_f->ops().getContact(id));
    QVERIFY(original.body.contains("</EmailAddress>"));
    QByteArray withUnknown = original.body;
    withUnknown.replace("</EmailAddress>", "</EmailAddress><ShoeSize>9</ShoeSize>");
    Contact edited = parseEntry<Contact>(original).value.value();
    edited.firstName = QStringLiteral("Kept");
    const ApiResult put = Integration::run(m_f->ops().updateContact(edited, withUnknown));
    QCOMPARE(put.error, ApiError::BadRequest);
    QVERIFY2(put.message.contains(QStringLiteral("ShoeSize")), qPrintable(put.message));
    // The read-only elements the sandbox sent (InsertTime, Confirmed, ...) go back and are fine.
    QCOMPARE(Integration::run(m_f->ops().updateContact(edited, original.body)).httpStatus, 204);
    QCOMPARE(Integration::fetch<Contact>(m_f->ops().getContact(id)).value().firstName, QStringLiteral("Kept"));
}

void TestIntContacts::removeFromAllLists()
{
    const QString id =
        create(newContact(QStringLiteral("leave.all@example.com"), {QStringLiteral("1"), QStringLiteral("5")}));
    const ApiResult original = Integration::run(m_f->ops().getContact(id));
    Contact edited = parseEntry<Contact>(original).value.value();
    QCOMPARE(edited.contactLists.size(), 2);
    edited.contactLists.clear();
    QCOMPARE(Integration::run(m_f->ops().updateContact(edited, original.body)).httpStatus, 204);
    const std::optional<Contact> after = Integration::fetch<Contact>(m_f->ops().getContact(id));
    QVERIFY(after);
    QCOMPARE(after->statusValue(), ContactStatus::Removed);
    QVERIFY(after->contactLists.isEmpty());
}

void TestIntContacts::optOutThenOwnerUpdateIsForbidden()
{
    const QString id = create(newContact(QStringLiteral("opt.out@example.com"), {QStringLiteral("1")}));
    const ApiResult del = Integration::run(m_f->ops().optOutContact(id));
    QCOMPARE(del.error, ApiError::None);
    QCOMPARE(del.httpStatus, 204);
    const ApiResult original = Integration::run(m_f->ops().getContact(id));
    const Contact c = parseEntry<Contact>(original).value.value();
    QCOMPARE(c.statusValue(), ContactStatus::DoNotMail);
    QCOMPARE(c.status, QStringLiteral("Do Not Mail"));
    QVERIFY(c.contactLists.isEmpty());
    QVERIFY(c.optOutTime.isValid());
    Contact back = c;
    back.contactLists.append({demoListUri(QStringLiteral("1")), {}, {}});
    const ApiResult owner = Integration::run(m_f->ops().updateContact(back, original.body));
    QCOMPARE(owner.error, ApiError::Forbidden);
    QCOMPARE(owner.httpStatus, 403);
    QCOMPARE(owner.attempts, 1);
}

void TestIntContacts::contactEventsByKind()
{
    const QString sent = QStringLiteral("1100546096289");
    const Collected<CampaignEvent> sends =
        Integration::collect(m_f->ops().campaignEvents(sent, CampaignEventKind::Send, 200));
    QVERIFY(!sends.entries.isEmpty());
    const QString contactId = sends.entries.first().contactId;
    QVERIFY(contactId.contains(QStringLiteral("/contacts/")));
    const QStringList hrefs = Integration::collectionNames(m_f->ops().contactEventsService(contactId));
    for (int k = 0; k < CampaignEventKindCount; ++k) {
        const auto kind = CampaignEventKind(k);
        QVERIFY2(hrefs.contains(campaignEventCollection(kind)), qPrintable(hrefs.join(u' ')));
        const Collected<CampaignEvent> events = Integration::collect(m_f->ops().contactEvents(contactId, kind));
        QCOMPARE(events.result.error, ApiError::None);
        for (const CampaignEvent &e : events.entries) {
            QVERIFY(e.kind == kind);
            QCOMPARE(e.contactId, contactId);
            QVERIFY(e.eventTime.isValid());
        }
        if (kind == CampaignEventKind::Send) {
            QVERIFY(!events.entries.isEmpty());
            QVERIFY(std::any_of(events.entries.begin(), events.entries.end(),
                                [&sent](const CampaignEvent &e) { return shortIdOf(e.campaignId) == sent; }));
        }
    }
}

QTEST_GUILESS_MAIN(TestIntContacts)
#include "tst_int_contacts.moc"
