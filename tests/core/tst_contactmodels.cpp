// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/contactfiltermodel.h"
#include "models/contacttablemodel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace ctct;

namespace {

Contact contact(int id, const char *email, const char *first, const char *last, const char *status,
                const char *company = "", qint64 updatedMs = 0)
{
    Contact c;
    c.id = QStringLiteral("http://api.constantcontact.com/ws/customers/joe/contacts/%1").arg(id);
    c.emailAddress = QString::fromUtf8(email);
    c.firstName = QString::fromUtf8(first);
    c.lastName = QString::fromUtf8(last);
    c.status = QString::fromUtf8(status);
    c.companyName = QString::fromUtf8(company);
    if (updatedMs)
        c.lastUpdateTime = QDateTime::fromMSecsSinceEpoch(updatedMs, Qt::UTC);
    return c;
}

QList<Contact> sample()
{
    return {
        contact(1, "ann@example.com", "Ann", "Lee", "Active", "Acme", 5000),
        contact(2, "jorg@example.de", "Jörg", "Müller", "Active", "Mühle GmbH", 3000),
        contact(3, "bob@example.com", "Bob", "Stone", "Removed", "Acme", 9000),
        contact(4, "emile@example.fr", "Émile", "Zola", "Do Not Mail", "", 1000),
        contact(5, "cy@example.com", "Cy", "Young", "Unconfirmed", "Young & Co", 7000),
    };
}

QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QString::fromUtf8(i));
    return out;
}

QStringList emails(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.index(r, ContactTableModel::EmailColumn).data().toString());
    return out;
}

// The contact statuses in German, as the app's translation has them.
class GermanStatuses final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation, int) const override
    {
        if (qstrcmp(context, "ctct::ContactTableModel") != 0 || qstrcmp(disambiguation, "contact status") != 0)
            return {};
        const QByteArray s(source);
        if (s == "Active")
            return QStringLiteral("Aktiv");
        if (s == "Unconfirmed")
            return QString::fromUtf8("Unbestätigt");
        if (s == "Removed")
            return QStringLiteral("Entfernt");
        if (s == "Do Not Mail")
            return QStringLiteral("Nicht anschreiben");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestContactModels : public QObject
{
    Q_OBJECT

private slots:
    void tableModel();
    void upsertAndRemove();
    void filter_data();
    void filter();
    void narrowingAndWidening();
    void statusFilter();
    void statusWords();
    void sort_data();
    void sort();
    void insertWhileSortedAndFiltered();
    void sortedBeforeAnyData();
    void historyForgetsChangedRows();
    void editMovesRows();
    void removeThroughProxy();
    void selectionSurvivesFilter();
    void fold();
    void searchKeysFollowEdits();
};

void TestContactModels::tableModel()
{
    ContactTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendContacts(sample());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(ContactTableModel::ColumnCount));
    const QModelIndex jorg = model.index(1, ContactTableModel::NameColumn);
    QCOMPARE(jorg.data().toString(), QString::fromUtf8("Jörg Müller"));
    QCOMPARE(model.index(1, ContactTableModel::CompanyColumn).data().toString(), QString::fromUtf8("Mühle GmbH"));
    QCOMPARE(model.index(1, ContactTableModel::UpdatedColumn).data(RawValueRole).toLongLong(), 3000);
    QVERIFY(!model.index(1, ContactTableModel::UpdatedColumn).data().toString().isEmpty());
    QVERIFY(jorg.data(IdRole).toString().endsWith(u"/contacts/2"));
    QCOMPARE(model.headerData(ContactTableModel::EmailColumn, Qt::Horizontal).toString(), QStringLiteral("E-mail"));
    QVERIFY(model.flags(jorg) & Qt::ItemIsDragEnabled);
    // A summary without first/last names shows the server's Name.
    Contact summary = contact(9, "x@example.com", "", "", "Active");
    summary.name = QStringLiteral("Doe, Jane");
    model.appendContacts({summary});
    QCOMPARE(model.index(5, ContactTableModel::NameColumn).data().toString(), QStringLiteral("Doe, Jane"));
}

void TestContactModels::upsertAndRemove()
{
    ContactTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendContacts(sample());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // A page that repeats a known contact updates it instead of adding a second row.
    Contact again = sample()[2];
    again.firstName = QStringLiteral("Robert");
    model.appendContacts({again, contact(6, "new@example.com", "New", "One", "Active")});
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(2, ContactTableModel::FirstNameColumn).data().toString(), QStringLiteral("Robert"));
    model.upsertContact(contact(7, "up@example.com", "Up", "Sert", "Active"));
    QCOMPARE(model.rowCount(), 7);
    QVERIFY(model.removeContact(sample()[0].id));
    QVERIFY(!model.removeContact(sample()[0].id));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.rowOfId(sample()[1].id), 0);
    QCOMPARE(model.rowOfId(QStringLiteral("up@example.com")), -1);
    QCOMPARE(model.rowOfId(contact(7, "", "", "", "").id), 5);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestContactModels::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty shows all") << ""
                                     << L({"ann@example.com", "jorg@example.de", "bob@example.com", "emile@example.fr",
                                           "cy@example.com"});
    QTest::newRow("e-mail part") << "example.com" << L({"ann@example.com", "bob@example.com", "cy@example.com"});
    QTest::newRow("case-insensitive") << "ACME" << L({"ann@example.com", "bob@example.com"});
    QTest::newRow("accents ignored") << "jorg mull" << L({"jorg@example.de"});
    QTest::newRow("accent typed") << QString::fromUtf8("émile") << L({"emile@example.fr"});
    QTest::newRow("all words must match") << "acme stone" << L({"bob@example.com"});
    QTest::newRow("word order free") << "lee ann" << L({"ann@example.com"});
    QTest::newRow("company") << "young & co" << L({"cy@example.com"});
    QTest::newRow("no match") << "zzz" << QStringList{};
    QTest::newRow("extra spaces") << "  ann   lee " << L({"ann@example.com"});
}

void TestContactModels::filter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    ContactTableModel model;
    model.appendContacts(sample());
    ContactFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setFilterText(text);
    QCOMPARE(emails(proxy), expected);
}

void TestContactModels::narrowingAndWidening()
{
    ContactTableModel model;
    model.appendContacts(sample());
    ContactFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    for (const char *step : {"e", "ex", "exa", "example.c", "example.co", "example.c", "e", "", "b", "bo"}) {
        proxy.setFilterText(QString::fromLatin1(step));
        // Whatever the path, the result equals a fresh filter with the same text.
        ContactFilterModel fresh;
        fresh.setSourceModel(&model);
        fresh.setFilterText(QString::fromLatin1(step));
        QCOMPARE(emails(proxy), emails(fresh));
    }
    QCOMPARE(emails(proxy), QStringList{QStringLiteral("bob@example.com")});
}

void TestContactModels::statusFilter()
{
    ContactTableModel model;
    model.appendContacts(sample());
    ContactFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setStatusFilter(QStringLiteral("Active"));
    QCOMPARE(emails(proxy), (QStringList{QStringLiteral("ann@example.com"), QStringLiteral("jorg@example.de")}));
    proxy.setFilterText(QStringLiteral("ann"));
    QCOMPARE(emails(proxy), QStringList{QStringLiteral("ann@example.com")});
    proxy.setStatusFilter(QString());
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 5);
}

void TestContactModels::statusWords()
{
    ContactTableModel model;
    model.appendContacts(sample());
    ContactFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    // The status as the Status column shows it, in part or with other words.
    const auto search = [&proxy](const char *text) {
        proxy.setFilterText(QString::fromUtf8(text));
        return emails(proxy);
    };
    QCOMPARE(search("removed"), L({"bob@example.com"}));
    QCOMPARE(search("do not"), L({"emile@example.fr"}));
    QCOMPARE(search("Unconf"), L({"cy@example.com"}));
    QCOMPARE(search("active"), L({"ann@example.com", "jorg@example.de"}));
    QCOMPARE(search("acme active"), L({"ann@example.com"}));
    QCOMPARE(search("entfernt"), QStringList{});

    // In German the German words find them, and the English ones still do.
    GermanStatuses german;
    QVERIFY(QCoreApplication::installTranslator(&german));
    const auto cleanup = qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });
    QCOMPARE(model.index(2, ContactTableModel::StatusColumn).data().toString(), QStringLiteral("Entfernt"));
    search(""); // the language is set before a search starts, not changed in its middle
    QCOMPARE(search("entfernt"), L({"bob@example.com"}));
    QCOMPARE(search("ENTF"), L({"bob@example.com"}));
    QCOMPARE(search("unbestatigt"), L({"cy@example.com"}));
    QCOMPARE(search("nicht anschreiben"), L({"emile@example.fr"}));
    QCOMPARE(search("aktiv lee"), L({"ann@example.com"}));
    QCOMPARE(search("removed"), L({"bob@example.com"}));

    // Rows added, changed and removed are found by their status of now.
    Contact ann = sample()[0];
    ann.status = QStringLiteral("Removed");
    model.upsertContact(ann);
    model.appendContacts({contact(6, "dee@example.com", "Dee", "Ray", "Removed")});
    QCOMPARE(search("entfernt"), L({"ann@example.com", "bob@example.com", "dee@example.com"}));
    QVERIFY(model.removeContact(sample()[1].id));
    QCOMPARE(search("aktiv"), QStringList{});
    QCOMPARE(search("entfernt"), L({"ann@example.com", "bob@example.com", "dee@example.com"}));
    QCOMPARE(search("nicht"), L({"emile@example.fr"}));
}

void TestContactModels::sort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("e-mail up") << int(ContactTableModel::EmailColumn) << int(Qt::AscendingOrder)
                               << L({"ann@example.com", "bob@example.com", "cy@example.com", "emile@example.fr",
                                     "jorg@example.de"});
    QTest::newRow("last name down") << int(ContactTableModel::LastNameColumn) << int(Qt::DescendingOrder)
                                    << L({"emile@example.fr", "cy@example.com", "bob@example.com", "jorg@example.de",
                                          "ann@example.com"});
    // "Émile" sorts among the e's, not after z.
    QTest::newRow("name, accents folded")
        << int(ContactTableModel::NameColumn) << int(Qt::AscendingOrder)
        << L({"ann@example.com", "bob@example.com", "cy@example.com", "emile@example.fr", "jorg@example.de"});
    QTest::newRow("updated up") << int(ContactTableModel::UpdatedColumn) << int(Qt::AscendingOrder)
                                << L({"emile@example.fr", "jorg@example.de", "ann@example.com", "cy@example.com",
                                      "bob@example.com"});
    QTest::newRow("company ties keep source order")
        << int(ContactTableModel::CompanyColumn) << int(Qt::AscendingOrder)
        << L({"emile@example.fr", "ann@example.com", "bob@example.com", "jorg@example.de", "cy@example.com"});
    QTest::newRow("unsorted") << -1 << int(Qt::AscendingOrder)
                              << L({"ann@example.com", "jorg@example.de", "bob@example.com", "emile@example.fr",
                                    "cy@example.com"});
}

void TestContactModels::sort()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, expected);
    ContactTableModel model;
    model.appendContacts(sample());
    ContactFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(ContactTableModel::StatusColumn); // from another order first
    proxy.sort(column, Qt::SortOrder(order));
    QCOMPARE(emails(proxy), expected);
}

void TestContactModels::insertWhileSortedAndFiltered()
{
    ContactTableModel model;
    model.appendContacts(sample());
    ContactFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(ContactTableModel::EmailColumn);
    proxy.setFilterText(QStringLiteral("example.com"));
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    // The next page arrives: matching rows go in at their sorted place, others stay hidden.
    model.appendContacts({contact(10, "bea@example.com", "Bea", "A", "Active"),
                          contact(11, "zed@example.org", "Zed", "B", "Active"),
                          contact(12, "al@example.com", "Al", "C", "Active")});
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(emails(proxy),
             (L({"al@example.com", "ann@example.com", "bea@example.com", "bob@example.com", "cy@example.com"})));
}

void TestContactModels::sortedBeforeAnyData()
{
    // A view sorted by name before the first page arrives (the remembered sort order).
    ContactTableModel model;
    ContactFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(ContactTableModel::NameColumn, Qt::DescendingOrder);
    const QList<Contact> all = sample();
    model.appendContacts(all.mid(0, 2));
    model.appendContacts(all.mid(2));
    // "jorg muller" > "emile zola" > "cy young" > "bob stone" > "ann lee"
    QCOMPARE(emails(proxy),
             L({"jorg@example.de", "emile@example.fr", "cy@example.com", "bob@example.com", "ann@example.com"}));
}

void TestContactModels::historyForgetsChangedRows()
{
    ContactTableModel model;
    model.appendContacts(sample());
    ContactFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setFilterText(QStringLiteral("a"));
    proxy.setFilterText(QStringLiteral("ac"));
    // A row that matches "a" arrives while "ac" is shown; going back to "a" must show it.
    model.appendContacts({contact(20, "dan@example.com", "Dan", "Ray", "Active")});
    proxy.setFilterText(QStringLiteral("a"));
    QVERIFY(emails(proxy).contains(QStringLiteral("dan@example.com")));
    ContactFilterModel fresh;
    fresh.setSourceModel(&model);
    fresh.setFilterText(QStringLiteral("a"));
    QCOMPARE(emails(proxy), emails(fresh));
}

void TestContactModels::editMovesRows()
{
    ContactTableModel model;
    model.appendContacts(sample());
    ContactFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(ContactTableModel::EmailColumn);
    proxy.setFilterText(QStringLiteral("acme"));
    QCOMPARE(emails(proxy), (L({"ann@example.com", "bob@example.com"})));
    // Edited so that it no longer matches: gone; edited so that it matches: appears, sorted.
    Contact ann = sample()[0];
    ann.companyName = QStringLiteral("Other");
    model.upsertContact(ann);
    Contact cy = sample()[4];
    cy.companyName = QStringLiteral("Acme");
    model.upsertContact(cy);
    QCOMPARE(emails(proxy), (L({"bob@example.com", "cy@example.com"})));
    // A visible row whose sort key changes moves.
    Contact bob = sample()[2];
    bob.emailAddress = QStringLiteral("zz-bob@example.com");
    model.upsertContact(bob);
    QCOMPARE(emails(proxy), (L({"cy@example.com", "zz-bob@example.com"})));
}

void TestContactModels::removeThroughProxy()
{
    ContactTableModel model;
    model.appendContacts(sample());
    ContactFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(ContactTableModel::EmailColumn, Qt::DescendingOrder);
    QVERIFY(model.removeContact(sample()[1].id)); // jorg
    QVERIFY(model.removeContact(sample()[3].id)); // emile
    QCOMPARE(emails(proxy), (L({"cy@example.com", "bob@example.com", "ann@example.com"})));
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QModelIndex p = proxy.index(r, 0);
        QCOMPARE(proxy.mapFromSource(proxy.mapToSource(p)), p);
    }
}

void TestContactModels::selectionSurvivesFilter()
{
    ContactTableModel model;
    model.appendContacts(sample());
    ContactFilterModel proxy;
    proxy.setSourceModel(&model);
    QItemSelectionModel selection(&proxy);
    selection.setCurrentIndex(proxy.index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("bob@example.com"));
    proxy.setFilterText(QStringLiteral("bob"));
    QCOMPARE(selection.currentIndex().row(), 0);
    QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("bob@example.com"));
    QVERIFY(selection.isRowSelected(0));
    proxy.setFilterText(QStringLiteral("ann"));
    QVERIFY(!selection.currentIndex().isValid());
}

void TestContactModels::fold()
{
    QCOMPARE(foldForSearch(QString::fromUtf8("Jörg MÜLLER Ça Ñandú")), QString::fromUtf8("jorg muller ca nandu"));
    QCOMPARE(foldForSearch(QStringLiteral("plain ASCII")), QStringLiteral("plain ascii"));
}

void TestContactModels::searchKeysFollowEdits()
{
    // Many edits make the key buffer compact itself; every row must still be found by its
    // current values only.
    ContactTableModel model;
    model.appendContacts(sample());
    Contact c = sample()[1];
    for (int i = 0; i < 60; ++i) {
        c.companyName = QStringLiteral("Company%1").arg(i);
        model.upsertContact(c);
    }
    model.removeContact(sample()[0].id);
    ContactFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterText(QStringLiteral("company59"));
    QCOMPARE(emails(proxy), L({"jorg@example.de"}));
    proxy.setFilterText(QStringLiteral("company58"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(QStringLiteral("young"));
    QCOMPARE(emails(proxy), L({"cy@example.com"}));
    proxy.setFilterText(QStringLiteral("ann"));
    QCOMPARE(proxy.rowCount(), 0);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.searchKey(r).toString(), model.contactRow(r).searchKey());
}

QTEST_GUILESS_MAIN(TestContactModels)
#include "tst_contactmodels.moc"
