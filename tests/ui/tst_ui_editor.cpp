// SPDX-License-Identifier: GPL-3.0-or-later
// The contact editor: edit and save (the value is there after a reload), validation before
// sending, a 409 when the e-mail is changed to another contact's, and new contacts.
#include "uiharness.h"

#include "api/operations.h"
#include "contacts/contactdetails.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace ctct;
using namespace ctct::test;

class TestUiEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiHarness::setUpProgram(); }
    void editAndSave();
    void validationBeforeSending_data();
    void validationBeforeSending();
    void conflictOnExistingEmail();
    void refusedForAnOptedOutContact();
    void removeFromAllListsAndBack();
    void newContactNeedsAList();
    void newContact();

private:
    static ui::ContactEditor *openEditor(UiHarness &h, int row);
};

namespace {

QLineEdit *field(ui::ContactEditor *editor, const char *name)
{
    return editor->findChild<QLineEdit *>(QLatin1StringView(name));
}

void setText(ui::ContactEditor *editor, const char *name, const QString &text)
{
    QLineEdit *edit = field(editor, name);
    QVERIFY2(edit, name);
    edit->selectAll();
    QTest::keyClicks(edit, text);
    if (text.isEmpty())
        edit->clear();
}

void clickSave(ui::ContactEditor *editor)
{
    auto *box = editor->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
}

} // namespace

ui::ContactEditor *TestUiEditor::openEditor(UiHarness &h, int row)
{
    if (!h.selectRow(row))
        return nullptr;
    h.tab()->editCurrent();
    ui::ContactEditor *editor = h.editor();
    if (!editor)
        return nullptr;
    if (!QTest::qWaitFor([editor] { return editor->isVisible() && !editor->isBusy(); }, 5000))
        return nullptr;
    return editor;
}

void TestUiEditor::editAndSave()
{
    UiHarness h;
    QVERIFY(h.start());
    ui::ContactEditor *editor = openEditor(h, 4);
    QVERIFY(editor);
    const QString id = editor->contactId();
    QVERIFY(!id.isEmpty());
    QVERIFY(!field(editor, "emailEdit")->text().isEmpty());
    QCOMPARE(field(editor, "emailEdit")->text(), h.emailAt(4));

    setText(editor, "firstNameEdit", QStringLiteral("Zelda"));
    setText(editor, "companyEdit", QStringLiteral("Hyrule Trading Ltd"));
    setText(editor, "customField7Edit", QStringLiteral("likes tea"));
    editor->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))->setPlainText(QStringLiteral("Met at the fair"));
    QSignalSpy saved(editor, &ui::ContactEditor::saved);
    QPointer<ui::ContactEditor> guard(editor);
    clickSave(editor);
    QVERIFY(editor->isBusy()); // input locked while the server answers
    QTRY_COMPARE(saved.size(), 1);
    QTRY_VERIFY(guard.isNull()); // closed after the 2xx

    Contact server;
    QVERIFY(!(server = h.contactOnServer(id)).emailAddress.isEmpty());
    QCOMPARE(server.firstName, QStringLiteral("Zelda"));
    QCOMPARE(server.companyName, QStringLiteral("Hyrule Trading Ltd"));
    QCOMPARE(server.customField(6), QStringLiteral("likes tea"));
    QCOMPARE(server.note, QStringLiteral("Met at the fair"));

    // After a reload (F5) the table and the detail pane show the new values.
    QTest::keyClick(h.window(), Qt::Key_F5);
    QTRY_VERIFY(h.model()->rowOfId(id) >= 0);
    QVERIFY(h.waitIdle());
    const int row = h.proxy()->mapFromSource(h.model()->index(h.model()->rowOfId(id), 0)).row();
    QVERIFY(h.selectRow(row));
    auto *details = h.window()->findChild<ui::ContactDetails *>();
    QTRY_COMPARE(details->findChild<QLabel *>(QStringLiteral("detailCompany"))->text(),
                 QStringLiteral("Hyrule Trading Ltd"));
    QVERIFY(details->findChild<QLabel *>(QStringLiteral("detailTitle"))->text().startsWith(QStringLiteral("Zelda")));
    QVERIFY(h.proxy()->index(row, ContactTableModel::NameColumn).data().toString().contains(QStringLiteral("Zelda")));
    QCOMPARE(details->findChild<QLabel *>(QStringLiteral("detailCustomField7"))->text(), QStringLiteral("likes tea"));
}

void TestUiEditor::validationBeforeSending_data()
{
    QTest::addColumn<QByteArray>("fieldName");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad e-mail") << QByteArray("emailEdit") << QStringLiteral("not-an-address")
                                << QStringLiteral("is not a valid e-mail address");
    QTest::newRow("no e-mail") << QByteArray("emailEdit") << QString() << QStringLiteral("Enter an e-mail address");
    QTest::newRow("long first name") << QByteArray("firstNameEdit") << QString(51, u'x')
                                     << QStringLiteral("First name is too long: 51 characters, at most 50");
    QTest::newRow("long company") << QByteArray("companyEdit") << QString(101, u'c')
                                  << QStringLiteral("Company is too long: 101 characters, at most 100");
    QTest::newRow("long postal code") << QByteArray("postalCodeEdit") << QString(26, u'9')
                                      << QStringLiteral("Postal code is too long");
    QTest::newRow("long custom field") << QByteArray("customField15Edit") << QString(51, u'z')
                                       << QStringLiteral("Custom field 15 is too long");
}

void TestUiEditor::validationBeforeSending()
{
    QFETCH(QByteArray, fieldName);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    UiHarness h;
    QVERIFY(h.start());
    ui::ContactEditor *editor = openEditor(h, 2);
    QVERIFY(editor);
    const QString id = editor->contactId();
    Contact before;
    QVERIFY(!(before = h.contactOnServer(id)).emailAddress.isEmpty());
    QVERIFY(h.waitIdle());

    setText(editor, fieldName.constData(), value);
    QSignalSpy saved(editor, &ui::ContactEditor::saved);
    clickSave(editor);
    QVERIFY2(editor->problem().contains(expected), qPrintable(editor->problem()));
    QVERIFY(!editor->isBusy()); // nothing was sent
    QCOMPARE(h.find<QWidget *>("requestsLabel")->property("requests").toInt(), 0);
    QVERIFY(editor->isVisible());
    QCOMPARE(saved.size(), 0);
    // The offending field is shown and focused, with the user's input.
    QLineEdit *edit = field(editor, fieldName.constData());
    auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QVERIFY(tabs->currentWidget()->isAncestorOf(edit));
    QTRY_VERIFY(edit->hasFocus());
    QCOMPARE(edit->text(), value);
    Contact after;
    QVERIFY(!(after = h.contactOnServer(id)).emailAddress.isEmpty());
    QCOMPARE(after.lastUpdateTime, before.lastUpdateTime);
}

void TestUiEditor::conflictOnExistingEmail()
{
    UiHarness h;
    QVERIFY(h.start());
    const QString taken = h.emailAt(9);
    ui::ContactEditor *editor = openEditor(h, 3);
    QVERIFY(editor);
    const QString id = editor->contactId();
    const QString original = field(editor, "emailEdit")->text();
    QVERIFY(original != taken);
    setText(editor, "emailEdit", taken);
    setText(editor, "jobTitleEdit", QStringLiteral("Harbour master"));
    clickSave(editor);
    QTRY_VERIFY(!editor->isBusy());
    // Plain words, and the server's own message (decision 1).
    const QString problem = editor->problem();
    QVERIFY2(problem.contains(QStringLiteral("Another contact already has the e-mail address ") + taken),
             qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("The server said: another contact")), qPrintable(problem));
    // Still open, with the input, and nothing changed on the server.
    QVERIFY(editor->isVisible());
    QCOMPARE(field(editor, "emailEdit")->text(), taken);
    QCOMPARE(field(editor, "jobTitleEdit")->text(), QStringLiteral("Harbour master"));
    QCOMPARE(h.contactOnServer(id).emailAddress, original);

    // Fixing the input and saving again works.
    setText(editor, "emailEdit", QStringLiteral("fresh.address@example.net"));
    QPointer<ui::ContactEditor> guard(editor);
    clickSave(editor);
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(h.contactOnServer(id).emailAddress, QStringLiteral("fresh.address@example.net"));
}

void TestUiEditor::refusedForAnOptedOutContact()
{
    UiHarness h;
    QVERIFY(h.start());
    QVERIFY(h.selectRow(5));
    const QString id = h.tab()->selectedIds().value(0);
    // Opted out behind the app's back: the owner may no longer change it (contract §3.3, 403).
    const ApiResult optedOut = UiHarness::resultOf(h.operations()->optOutContact(id));
    QVERIFY2(optedOut.ok(), qPrintable(optedOut.toString()));
    h.tab()->editContact(id);
    ui::ContactEditor *editor = h.editor();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible() && !editor->isBusy());
    QVERIFY(editor->findChild<QLabel *>(QStringLiteral("noticeLabel"))->text().contains(QStringLiteral("opted out")));
    setText(editor, "jobTitleEdit", QStringLiteral("Lighthouse keeper"));
    clickSave(editor);
    QTRY_VERIFY(!editor->isBusy());
    QVERIFY2(editor->problem().contains(QStringLiteral("The server refused the change")),
             qPrintable(editor->problem()));
    QVERIFY(editor->problem().contains(QStringLiteral("The server said: ")));
    QVERIFY(editor->isVisible());
    QCOMPARE(field(editor, "jobTitleEdit")->text(), QStringLiteral("Lighthouse keeper"));
    QVERIFY(h.contactOnServer(id).jobTitle != QStringLiteral("Lighthouse keeper"));
}

void TestUiEditor::removeFromAllListsAndBack()
{
    UiHarness h;
    QVERIFY(h.start());
    int row = -1;
    for (int r = 0; r < h.proxy()->rowCount() && row < 0; ++r) {
        if (h.proxy()->index(r, ContactTableModel::StatusColumn).data().toString() == u"Active")
            row = r;
    }
    QVERIFY(row >= 0);
    ui::ContactEditor *editor = openEditor(h, row);
    QVERIFY(editor);
    const QString id = editor->contactId();
    auto *lists = editor->findChild<QListWidget *>(QStringLiteral("listsWidget"));
    QVERIFY(lists->count() > 0);
    int ticked = 0;
    for (int i = 0; i < lists->count(); ++i) {
        ticked += lists->item(i)->checkState() == Qt::Checked ? 1 : 0;
        lists->item(i)->setCheckState(Qt::Unchecked);
    }
    QVERIFY(ticked > 0);
    QPointer<ui::ContactEditor> guard(editor);
    clickSave(editor);
    QTRY_VERIFY(guard.isNull());
    Contact server;
    QVERIFY(!(server = h.contactOnServer(id)).emailAddress.isEmpty());
    QCOMPARE(server.status, QStringLiteral("Removed"));
    QVERIFY(server.contactLists.isEmpty());
    // The table follows (the row is refreshed after the save).
    QTRY_COMPARE(h.model()->contactRow(h.model()->rowOfId(id)).status, QStringLiteral("Removed"));

    // Ticking a list again makes it Active.
    editor = openEditor(h, h.proxy()->mapFromSource(h.model()->index(h.model()->rowOfId(id), 0)).row());
    QVERIFY(editor);
    lists = editor->findChild<QListWidget *>(QStringLiteral("listsWidget"));
    lists->item(0)->setCheckState(Qt::Checked);
    guard = editor;
    clickSave(editor);
    QTRY_VERIFY(guard.isNull());
    QVERIFY(!(server = h.contactOnServer(id)).emailAddress.isEmpty());
    QCOMPARE(server.status, QStringLiteral("Active"));
    QCOMPARE(server.contactLists.size(), 1);
}

void TestUiEditor::newContactNeedsAList()
{
    UiHarness h;
    QVERIFY(h.start());
    h.tab()->newContact();
    ui::ContactEditor *editor = h.editor();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    QVERIFY(editor->isCreating());
    setText(editor, "emailEdit", QStringLiteral("new.person@example.com"));
    clickSave(editor);
    QVERIFY2(editor->problem().contains(QStringLiteral("at least one list")), qPrintable(editor->problem()));
    QVERIFY(!editor->isBusy());
    auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("listsPage"));
}

void TestUiEditor::newContact()
{
    UiHarness h;
    QVERIFY(h.start());
    // From a list of the account, the new contact starts on that list.
    const int listRow = 4;
    const QString listId = h.lists()->entry(listRow).id;
    h.tab()->showList(listRow);
    QTRY_VERIFY(!h.tab()->isLoading());
    const int before = h.model()->rowCount();
    h.tab()->newContact();
    ui::ContactEditor *editor = h.editor();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    auto *lists = editor->findChild<QListWidget *>(QStringLiteral("listsWidget"));
    int ticked = 0;
    for (int i = 0; i < lists->count(); ++i) {
        if (lists->item(i)->checkState() == Qt::Checked) {
            ++ticked;
            QCOMPARE(lists->item(i)->data(Qt::UserRole).toString(), listId);
        }
    }
    QCOMPARE(ticked, 1);
    setText(editor, "emailEdit", QStringLiteral("Brand.New@Example.com"));
    setText(editor, "firstNameEdit", QStringLiteral("Brand"));
    setText(editor, "lastNameEdit", QStringLiteral("New"));
    auto *format = editor->findChild<QComboBox *>(QStringLiteral("emailTypeCombo"));
    format->setCurrentIndex(format->findData(QStringLiteral("Text")));
    QSignalSpy saved(editor, &ui::ContactEditor::saved);
    clickSave(editor);
    QTRY_COMPARE(saved.size(), 1);
    QVERIFY(saved.first().at(1).toBool());
    const QString id = saved.first().at(0).value<Contact>().id;
    QVERIFY(!id.isEmpty());
    // It shows up in the view, selected.
    QTRY_VERIFY(h.model()->rowOfId(id) >= 0);
    QVERIFY(h.model()->rowCount() > before);
    QTRY_COMPARE(h.tab()->selectedIds(), QStringList{id});
    Contact server;
    QCOMPARE((server = h.contactOnServer(id)).emailAddress.toLower(), QStringLiteral("brand.new@example.com"));
    QCOMPARE(server.emailType, QStringLiteral("Text"));
    QCOMPARE(server.contactLists.size(), 1);
    QCOMPARE(shortIdOf(server.contactLists.first().listId), shortIdOf(listId));
}

QTEST_MAIN(TestUiEditor)
#include "tst_ui_editor.moc"
