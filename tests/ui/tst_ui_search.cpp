// SPDX-License-Identifier: GPL-3.0-or-later
// Search as you type: debounced filtering of the loaded rows (words, accents, case, the status
// as shown in the user's language), and the exact e-mail lookup on the server when no loaded
// row matches.
#include "uiharness.h"

#include "api/operations.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace ctct;
using namespace ctct::test;

class TestUiSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiHarness::setUpProgram(); }
    void filtersLoadedRowsAfterADebounce();
    void wordsAndAccents();
    void statusInTheUsersLanguage();
    void escapeClears();
    void exactEmailLookupOnTheServer();
    void unknownEmail();
};

namespace {

// Creates a contact on the server behind the app's back; returns its id.
QString createOnServer(const Operations *ops, const QString &email, const QString &first, const QString &last)
{
    TypedPager<ContactList> *lists = ops->lists();
    bool done = false;
    QString listId;
    QObject::connect(lists, &Pager::pageReady, lists, [lists, &listId] {
        for (const ContactList &l : lists->page().entries) {
            if (!l.isSystemList() && listId.isEmpty())
                listId = l.id;
        }
    });
    QObject::connect(lists, &Pager::finished, lists, [&done] { done = true; });
    lists->fetchAll();
    const bool finished = QTest::qWaitFor([&done] { return done; }, 5000);
    lists->deleteLater();
    if (!finished || listId.isEmpty())
        return {};
    Contact c;
    c.emailAddress = email;
    c.firstName = first;
    c.lastName = last;
    c.optInSource = QString::fromUtf16(ActionByCustomer);
    c.contactLists = {ContactListMembership{listId, {}, {}}};
    c.hasContactLists = true;
    const ApiResult created = UiHarness::resultOf(ops->createContact(c));
    return created.ok() ? created.location.toString() : QString();
}

} // namespace

void TestUiSearch::filtersLoadedRowsAfterADebounce()
{
    UiHarness h;
    QVERIFY(h.start());
    const QString email = h.emailAt(17);
    const QString local = email.section(u'@', 0, 0);
    QLineEdit *search = h.search();
    search->setFocus();
    QTest::keyClicks(search, local);
    // Nothing is filtered while the user is still typing...
    QCOMPARE(h.proxy()->filterText(), QString());
    QCOMPARE(h.proxy()->rowCount(), 50);
    QVERIFY(h.find<QTimer *>("searchTimer")->isActive());
    // ...then the loaded rows are.
    QTRY_COMPARE(h.proxy()->filterText(), local);
    QVERIFY(h.proxy()->rowCount() >= 1);
    QVERIFY(h.rowOfEmail(email) >= 0);
    for (int r = 0; r < h.proxy()->rowCount(); ++r)
        QVERIFY(
            h.emailAt(r).contains(local, Qt::CaseInsensitive) ||
            h.proxy()->index(r, ContactTableModel::NameColumn).data().toString().contains(local, Qt::CaseInsensitive));
    // A search does not page behind the user's back (Load all does, with progress and cancel).
    QVERIFY(!h.proxy()->canFetchMore({}));
    QVERIFY(h.model()->canFetchMore({}));
    QVERIFY(h.waitIdle());
    QCOMPARE(h.model()->rowCount(), 50);
    const QString count = h.find<QLabel *>("countLabel")->text();
    QVERIFY2(count.contains(QStringLiteral(" of 50 loaded contacts shown, more on the server")), qPrintable(count));
    QVERIFY(h.find<QLabel *>("searchNote")->isHidden()); // not an e-mail address: no lookup
}

void TestUiSearch::wordsAndAccents()
{
    UiHarness h;
    QVERIFY(h.start());
    QVERIFY(!createOnServer(h.operations(), QStringLiteral("jorg.muller@example.de"), QStringLiteral("Jörg"),
                            QStringLiteral("Müller"))
                 .isEmpty());
    h.tab()->refresh(); // newest first: on the first page
    QTRY_VERIFY(h.rowOfEmail(QStringLiteral("jorg.muller@example.de")) >= 0);
    QVERIFY(h.waitIdle());
    // Typed key by key, with text beyond ASCII.
    for (const QChar c : QStringLiteral("MULL jör"))
        QTest::sendKeyEvent(QTest::Click, h.search(), Qt::Key_unknown, QString(c), Qt::NoModifier);
    QTRY_COMPARE(h.proxy()->rowCount(), 1);
    QCOMPARE(h.emailAt(0), QStringLiteral("jorg.muller@example.de"));
}

void TestUiSearch::statusInTheUsersLanguage()
{
    const QList<QTranslator *> translators = ui::Application::installTranslations(QStringLiteral("de"));
    const auto cleanup = qScopeGuard([&translators] {
        for (QTranslator *t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale::c());
    });
    UiHarness h;
    QVERIFY(h.start());
    const QString removed = ContactTableModel::statusText(QStringLiteral("Removed"));
    QCOMPARE(removed, QStringLiteral("Entfernt"));
    const auto statusOf = [&h](int row) {
        return h.proxy()->index(row, ContactTableModel::StatusColumn).data().toString();
    };
    int shown = 0;
    for (int r = 0; r < h.proxy()->rowCount(); ++r)
        shown += statusOf(r) == removed;
    QVERIFY2(shown > 0, "the first page of the demo data has removed contacts");
    // The word of the Status column, in part and in any case, and the English one.
    for (const QString &typed : {QStringLiteral("ENTFERN"), QStringLiteral("removed")}) {
        h.search()->clear();
        QTRY_COMPARE(h.proxy()->rowCount(), 50);
        h.search()->setFocus();
        QTest::keyClicks(h.search(), typed);
        QTRY_COMPARE(h.proxy()->filterText(), typed);
        QCOMPARE(h.proxy()->rowCount(), shown);
        for (int r = 0; r < h.proxy()->rowCount(); ++r)
            QCOMPARE(statusOf(r), removed);
    }
}

void TestUiSearch::escapeClears()
{
    UiHarness h;
    QVERIFY(h.start());
    h.search()->setFocus();
    QTest::keyClicks(h.search(), QStringLiteral("zzzz-nothing-matches"));
    QTRY_COMPARE(h.proxy()->rowCount(), 0);
    QTest::keyClick(h.search(), Qt::Key_Escape);
    QCOMPARE(h.search()->text(), QString());
    QTRY_COMPARE(h.proxy()->filterText(), QString());
    QCOMPARE(h.proxy()->rowCount(), 50);
    QVERIFY(h.proxy()->canFetchMore({}));
}

void TestUiSearch::exactEmailLookupOnTheServer()
{
    UiHarness h;
    QVERIFY(h.start());
    // A contact the app has not loaded: created after the first page came in, so not on it.
    const QString id = createOnServer(h.operations(), QStringLiteral("late.arrival@example.org"),
                                      QStringLiteral("Late"), QStringLiteral("Arrival"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(h.rowOfEmail(QStringLiteral("late.arrival@example.org")), -1);

    QTest::keyClicks(h.search(), QStringLiteral("Late.Arrival@example.org"));
    auto *note = h.find<QLabel *>("searchNote");
    QTRY_VERIFY(note->isVisible());
    QTRY_VERIFY2(note->text().contains(QStringLiteral("Found")), qPrintable(note->text()));
    QCOMPARE(h.proxy()->rowCount(), 1);
    QCOMPARE(h.emailAt(0), QStringLiteral("late.arrival@example.org"));
    QCOMPARE(h.tab()->selectedIds().size(), 1);
    QVERIFY(h.tab()->selectedIds().value(0).endsWith(id.section(u'/', -1)));
}

void TestUiSearch::unknownEmail()
{
    UiHarness h;
    QVERIFY(h.start());
    QTest::keyClicks(h.search(), QStringLiteral("nobody.at.all@example.invalid"));
    auto *note = h.find<QLabel *>("searchNote");
    QTRY_VERIFY2(note->text().contains(QStringLiteral("No contact of the account")), qPrintable(note->text()));
    QCOMPARE(h.proxy()->rowCount(), 0);

    // A loaded address is found among the rows, without asking the server.
    h.search()->clear();
    const QString email = h.emailAt(3);
    QTest::keyClicks(h.search(), email);
    QTRY_COMPARE(h.proxy()->filterText(), email);
    QVERIFY(h.proxy()->rowCount() >= 1);
    QVERIFY(note->isHidden());
}

QTEST_MAIN(TestUiSearch)
#include "tst_ui_search.moc"
