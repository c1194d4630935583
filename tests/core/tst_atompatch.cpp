// SPDX-License-Identifier: GPL-3.0-or-later
#include "atom/atomwriter.h"

#include "testdata.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace ctct;

namespace {
const QString kBase = QStringLiteral("http://api.constantcontact.com/ws/customers/joe/");

// A full resource URI of the fixtures' account (a function: QStringBuilder temporaries trip GCC 12 warnings).
QString base(QStringView tail)
{
    return kBase + tail.toString();
}

// Local names of the payload's children, in document order.
QStringList payloadChildren(const QByteArray &xml, QStringView payload)
{
    QXmlStreamReader r(xml);
    QStringList names;
    int depth = -1;
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::StartElement) {
            if (depth >= 0) {
                if (++depth == 1)
                    names.append(r.name().toString());
            } else if (r.name() == payload) {
                depth = 0;
            }
        } else if (t == QXmlStreamReader::EndElement && depth >= 0) {
            if (depth-- == 0)
                break;
        }
    }
    return names;
}
} // namespace

class TestAtomPatch : public QObject
{
    Q_OBJECT

private slots:
    void keepsUnknownAndChangesKnown();
    void listMembershipMerge();
    void insertsMissingFieldsInOrder();
    void unchangedEntryKeepsContent();
    void listRename();
    void hostileValuesEscaped();
    void bareAmpersandRepaired();
    void errors_data();
    void errors();
};

void TestAtomPatch::keepsUnknownAndChangesKnown()
{
    const QByteArray original = test::readData(QStringLiteral("contacts/single-unknown.xml"));
    atom::Parsed<Contact> parsed = atom::readEntry<Contact>(original);
    QVERIFY(parsed.ok());
    Contact c = *parsed.value;
    c.firstName = QStringLiteral("Jonathan");
    c.note.clear();
    c.setCustomField(2, QStringLiteral("now set"));
    c.status = QStringLiteral("Active"); // read-only: the patch must not touch Status

    const atom::Parsed<QByteArray> patched = atom::patchEntry(original, c);
    QVERIFY2(patched.ok(), qPrintable(patched.error.toString()));
    const QByteArray &xml = *patched.value;

    // Unknown things survive, verbatim.
    QVERIFY(xml.contains("<FavouriteColour>teal</FavouriteColour>"));
    QVERIFY(xml.contains("<Segment code=\"x\">"));
    QVERIFY(xml.contains("<Label>VIP</Label>"));
    QVERIFY(xml.contains("xmlns:ext=\"urn:example:ext\""));
    QVERIFY(xml.contains("<ext:flag"));
    QVERIFY(xml.contains("<source>"));
    QVERIFY(xml.contains("<Status>Pending Review</Status>"));

    const atom::Parsed<Contact> back = atom::readEntry<Contact>(xml);
    QVERIFY2(back.ok(), qPrintable(back.error.toString()));
    QCOMPARE(back.value->firstName, QStringLiteral("Jonathan"));
    QVERIFY(back.value->note.isEmpty());
    QCOMPARE(back.value->customField(2), QStringLiteral("now set"));
    QCOMPARE(back.value->lastName, c.lastName);
    QCOMPARE(back.value->status, QStringLiteral("Pending Review"));
    QCOMPARE(back.value->extra, c.extra);
    QCOMPARE(back.value->id, c.id);
}

void TestAtomPatch::listMembershipMerge()
{
    const QByteArray original = test::readData(QStringLiteral("contacts/single-unknown.xml"));
    Contact c = *atom::readEntry<Contact>(original).value;
    QCOMPARE(c.contactLists.size(), 2);
    // Leave list 1, stay on list 4 (which carries an unknown element), join list 6.
    c.contactLists.removeFirst();
    c.contactLists.append({base(u"lists/6"), {}, {}});
    const atom::Parsed<QByteArray> patched = atom::patchEntry(original, c);
    QVERIFY(patched.ok());
    const QByteArray &xml = *patched.value;
    QVERIFY(!xml.contains("lists/1\""));
    QVERIFY(xml.contains("<Segment code=\"x\">")); // kept with its membership
    const Contact back = *atom::readEntry<Contact>(xml).value;
    QCOMPARE(back.contactLists.size(), 2);
    QCOMPARE(back.contactLists[0].listId, base(u"lists/4"));
    QCOMPARE(back.contactLists[0].optInSource, QStringLiteral("ACTION_BY_CONTACT"));
    QCOMPARE(back.contactLists[1].listId, base(u"lists/6"));

    // No lists at all: an empty ContactLists element (contract §3.3, "remove from all lists").
    c.contactLists.clear();
    const QByteArray none = *atom::patchEntry(original, c).value;
    const Contact removed = *atom::readEntry<Contact>(none).value;
    QVERIFY(removed.hasContactLists);
    QVERIFY(removed.contactLists.isEmpty());
}

void TestAtomPatch::insertsMissingFieldsInOrder()
{
    // A search result entry carries only a summary: fields it lacks go in at their place.
    const QByteArray original = test::readData(QStringLiteral("contacts/search-by-email.xml"));
    const atom::Parsed<Page<Contact>> page = atom::readPage<Contact>(original);
    QVERIFY(page.ok());
    // Make a single entry document out of the feed's entry.
    const qsizetype start = original.indexOf("<entry");
    const qsizetype end = original.indexOf("</entry>") + 8;
    const QByteArray entry = original.mid(start, end - start);
    Contact c = page.value->entries.first();
    c.firstName = QStringLiteral("Jon");
    c.city = QStringLiteral("Boston");
    c.contactLists = {{base(u"lists/1"), {}, {}}};
    const atom::Parsed<QByteArray> patched = atom::patchEntry(entry, c);
    QVERIFY2(patched.ok(), qPrintable(patched.error.toString()));
    const QStringList names = payloadChildren(*patched.value, u"Contact");
    QVERIFY(names.contains(QStringLiteral("FirstName")));
    QVERIFY(names.indexOf(QStringLiteral("FirstName")) > names.indexOf(QStringLiteral("Name")));
    QVERIFY(names.indexOf(QStringLiteral("City")) > names.indexOf(QStringLiteral("FirstName")));
    QVERIFY(names.indexOf(QStringLiteral("ContactLists")) > names.indexOf(QStringLiteral("City")));
    QVERIFY(names.indexOf(QStringLiteral("ContactLists")) < names.indexOf(QStringLiteral("OptInSource")));
    QVERIFY(!names.contains(QStringLiteral("MiddleName"))); // empty and absent: not added
    const Contact back = *atom::readEntry<Contact>(*patched.value).value;
    QCOMPARE(back.firstName, QStringLiteral("Jon"));
    QCOMPARE(back.city, QStringLiteral("Boston"));
    QCOMPARE(back.contactLists.size(), 1);
}

void TestAtomPatch::unchangedEntryKeepsContent()
{
    const QByteArray original = test::readData(QStringLiteral("contacts/single.xml"));
    const Contact c = *atom::readEntry<Contact>(original).value;
    const QByteArray patched = *atom::patchEntry(original, c).value;
    const Contact back = *atom::readEntry<Contact>(patched).value;
    QCOMPARE(back.emailAddress, c.emailAddress);
    QCOMPARE(back.customFields, c.customFields);
    QCOMPARE(back.contactLists, c.contactLists);
    QCOMPARE(back.insertTime, c.insertTime);
    QCOMPARE(payloadChildren(patched, u"Contact"), payloadChildren(original, u"Contact"));
}

void TestAtomPatch::listRename()
{
    const QByteArray original = test::readData(QStringLiteral("lists/single.xml"));
    ContactList l = *atom::readEntry<ContactList>(original).value;
    const std::optional<qint64> count = l.contactCount;
    l.name = QStringLiteral("Renamed list");
    l.contactCount = 1; // read-only, must not be written
    const QByteArray patched = *atom::patchEntry(original, l).value;
    const ContactList back = *atom::readEntry<ContactList>(patched).value;
    QCOMPARE(back.name, QStringLiteral("Renamed list"));
    QCOMPARE(back.contactCount, count);
    QCOMPARE(back.membersId, l.membersId);
}

void TestAtomPatch::hostileValuesEscaped()
{
    const QByteArray original = test::readData(QStringLiteral("contacts/single.xml"));
    Contact c = *atom::readEntry<Contact>(original).value;
    c.note = QStringLiteral("</Note><Status>Active</Status><!-- & ]]>");
    const QByteArray patched = *atom::patchEntry(original, c).value;
    const Contact back = *atom::readEntry<Contact>(patched).value;
    QCOMPARE(back.note, c.note);
    QCOMPARE(back.status, QStringLiteral("Active"));
    QCOMPARE(payloadChildren(patched, u"Contact").count(QStringLiteral("Status")), 1);
}

void TestAtomPatch::bareAmpersandRepaired()
{
    // The reader accepts this entry (it repairs the bare '&'); the patcher must too, or an update
    // would have nothing to send but the known fields.
    const QByteArray original = test::readData(QStringLiteral("contacts/single-bare-ampersand.xml"));
    const atom::Parsed<Contact> parsed = atom::readEntry<Contact>(original);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error.toString()));
    Contact c = *parsed.value;
    c.companyName = QStringLiteral("Acme");
    const atom::Parsed<QByteArray> patched = atom::patchEntry(original, c);
    QVERIFY2(patched.ok(), qPrintable(patched.error.toString()));
    QVERIFY(patched.value->contains("<FutureField>kept by the server</FutureField>"));
    QVERIFY(patched.value->contains("<CompanyName>Acme</CompanyName>"));
    QVERIFY(patched.value->contains("email=mia%40example.com&amp;listid=3"));
    QXmlStreamReader wellFormed(*patched.value);
    while (!wellFormed.atEnd())
        wellFormed.readNext();
    QVERIFY2(!wellFormed.hasError(), qPrintable(wellFormed.errorString()));
    const atom::Parsed<Contact> back = atom::readEntry<Contact>(*patched.value);
    QVERIFY(back.ok());
    QCOMPARE(back.value->companyName, QStringLiteral("Acme"));
    QCOMPARE(back.value->firstName, QStringLiteral("Mia"));
}

void TestAtomPatch::errors_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << test::readData(QStringLiteral("malformed/truncated.xml"));
    QTest::newRow("dtd") << test::readData(QStringLiteral("malformed/dtd-entities.xml"));
    QTest::newRow("a feed, not an entry") << test::readData(QStringLiteral("contacts/feed-last.xml"));
    QTest::newRow("no content") << QByteArray("<entry xmlns=\"http://www.w3.org/2005/Atom\"><id>x</id></entry>");
}

void TestAtomPatch::errors()
{
    QFETCH(QByteArray, original);
    Contact c;
    c.firstName = QStringLiteral("x");
    const atom::Parsed<QByteArray> patched = atom::patchEntry(original, c);
    QVERIFY(!patched.ok());
    QVERIFY(!patched.error.message.isEmpty());
    QVERIFY(patched.error.line >= 1);
}

QTEST_APPLESS_MAIN(TestAtomPatch)
#include "tst_atompatch.moc"
