// SPDX-License-Identifier: GPL-3.0-or-later
// Edit → Preferences…: every preference is saved and applied. The timeout reaches the session,
// the language is stored and chosen at the next start, the custom field names belong to the
// account in use, a start without accounts can open the Connect dialog instead of the sandbox,
// Reset Demo Data… brings the demo set back, and Clear Local Data… forgets the view state and
// the import mappings but not the accounts.
#include "uiharness.h"

#include "accounts/accountdialog.h"
#include "api/accessmanager.h"
#include "api/apisession.h"
#include "api/operations.h"
#include "contacts/contactdetails.h"
#include "dialogs/customfieldlabelsdialog.h"
#include "dialogs/preferencesdialog.h"
#include "domain/contactlist.h"
#include "lists/listsmodel.h"
#include "settings.h"
#include "widgets/messagebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace ctct;
using namespace ctct::test;

namespace {

ui::PreferencesDialog *openPreferences(UiHarness &h)
{
    h.window()->preferencesAction()->trigger();
    ui::PreferencesDialog *dialog = h.app().preferencesDialog();
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000))
        return nullptr;
    return dialog;
}

template<typename T>
T field(QWidget *w, const char *name)
{
    return w->findChild<T>(QLatin1StringView(name));
}

bool hasList(UiHarness &h, const QString &name)
{
    for (int r = 0; r < h.lists()->rowCount(); ++r) {
        if (h.lists()->index(r).data(ui::ListsModel::NameRole).toString() == name)
            return true;
    }
    return false;
}

} // namespace

class TestUiPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiHarness::setUpProgram(); }
    void timeoutReachesTheSession();
    void languageIsStoredAndChosenAtStart();
    void customFieldNamesBelongToTheAccount();
    void startWithoutSandboxAsksForAnAccount();
    void resetDemoDataRestoresTheDemoSet();
    void clearLocalDataKeepsTheAccounts();
    void noTextCutOff_data();
    void noTextCutOff();
};

void TestUiPreferences::timeoutReachesTheSession()
{
    UiHarness h;
    QVERIFY(h.start());
    QCOMPARE(h.app().session()->accessManager()->timeout(), std::chrono::milliseconds(30000)); // the default
    ui::PreferencesDialog *dialog = openPreferences(h);
    QVERIFY(dialog);
    auto *spin = field<QSpinBox *>(dialog, "timeoutSpin");
    QCOMPARE(spin->value(), 30);
    spin->setValue(12);
    dialog->accept();
    QCOMPARE(ui::Settings().value(ui::setting::RequestTimeoutSeconds), 12);
    QCOMPARE(h.app().session()->accessManager()->timeout(), std::chrono::milliseconds(12000));

    // A new session (here: the next start) gets it too.
    UiHarness::Options keep;
    keep.clearSettings = false;
    UiHarness again(keep);
    QVERIFY(again.start());
    QCOMPARE(again.app().session()->accessManager()->timeout(), std::chrono::milliseconds(12000));
}

void TestUiPreferences::languageIsStoredAndChosenAtStart()
{
    {
        UiHarness h;
        QVERIFY(h.start());
        ui::PreferencesDialog *dialog = openPreferences(h);
        QVERIFY(dialog);
        auto *combo = field<QComboBox *>(dialog, "languageCombo");
        QCOMPARE(combo->currentData().toString(), QString()); // the system's
        QCOMPARE(combo->count(), 4);
        combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
        dialog->accept();
        QCOMPARE(ui::Settings().value(ui::setting::Language), QStringLiteral("de"));
        QCOMPARE(h.window()->findChild<QMenu *>(QStringLiteral("fileMenu"))->title(),
                 QStringLiteral("&File")); // at the next start
    }
    // The next start: the language read from the settings.
    const QList<QTranslator *> installed = ui::Application::installTranslations();
    QVERIFY(!installed.isEmpty());
    QCOMPARE(QCoreApplication::translate("ctct::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(QLocale().language(), QLocale::German);
    for (QTranslator *t : installed) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
    QCOMPARE(QCoreApplication::translate("ctct::ui::MainWindow", "&File"), QStringLiteral("&File"));
    UiHarness::clearSettings();
}

void TestUiPreferences::customFieldNamesBelongToTheAccount()
{
    UiHarness h;
    QVERIFY(h.start());
    const QString sandbox = QString::fromLatin1(ui::kSandboxAccountKey);
    {
        ui::Settings settings;
        settings.setCustomFieldLabels(QStringLiteral("joe@https://api.example.test"), {QStringLiteral("Not mine")});
    }
    ui::PreferencesDialog *dialog = openPreferences(h);
    QVERIFY(dialog);
    field<QPushButton *>(dialog, "customFieldsButton")->click();
    ui::CustomFieldLabelsDialog *labels = nullptr;
    QTRY_VERIFY((labels = dialog->findChild<ui::CustomFieldLabelsDialog *>()) && labels->isVisible());
    auto *first = field<QLineEdit *>(labels, "customLabel1Edit");
    QCOMPARE(first->text(), QString()); // another account's names are not the sandbox's
    auto *third = field<QLineEdit *>(labels, "customLabel3Edit");
    QTest::keyClicks(third, QStringLiteral("Region"));
    labels->accept();
    QCOMPARE(ui::Settings().customFieldLabels(sandbox), QStringList()); // not before OK
    dialog->accept();

    ui::Settings settings;
    QCOMPARE(settings.customFieldLabels(sandbox).value(2), QStringLiteral("Region"));
    QCOMPARE(settings.customFieldLabels(QStringLiteral("joe@https://api.example.test")),
             QStringList{QStringLiteral("Not mine")});
    // The tabs are made anew: the detail pane names the field.
    QTRY_VERIFY(h.tab() != nullptr);
    QLabel *value = nullptr;
    QTRY_VERIFY((value = h.window()->findChild<QLabel *>(QStringLiteral("detailCustomField3"))) != nullptr);
    auto *form = h.window()->findChild<QWidget *>(QStringLiteral("contactDetails"))->findChild<QFormLayout *>();
    QVERIFY(form);
    auto *label = qobject_cast<QLabel *>(form->labelForField(value));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Region:"));
}

void TestUiPreferences::startWithoutSandboxAsksForAnAccount()
{
    UiHarness::clearSettings();
    {
        ui::Settings settings;
        settings.setValue(ui::setting::StartWithSandbox, false);
    }
    UiHarness::Options keep;
    keep.clearSettings = false;
    UiHarness h(keep);
    h.app().start();
    QTRY_VERIFY(h.app().isReady());
    QTRY_VERIFY(h.app().accountDialog() && h.app().accountDialog()->isVisible());

    UiHarness::clearSettings(); // the default: the sandbox, no dialog
    UiHarness sandbox;
    QVERIFY(sandbox.start());
    QVERIFY(!sandbox.app().accountDialog());
}

void TestUiPreferences::resetDemoDataRestoresTheDemoSet()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    UiHarness::Options options;
    options.contacts = 40;
    options.sandboxDataDir = dir.path();
    UiHarness h(options);
    QVERIFY(h.start());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("sandbox.sqlite"))));
    const int demoLists = h.lists()->rowCount();
    ContactList list;
    list.name = QStringLiteral("Made before the reset");
    QVERIFY(UiHarness::resultOf(h.operations()->createList(list)).ok());
    h.tab()->refresh();
    QTRY_VERIFY(hasList(h, list.name));

    ui::PreferencesDialog *dialog = openPreferences(h);
    QVERIFY(dialog);
    QSignalSpy restarted(&h.app(), &ui::Application::sandboxRestarted);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    field<QPushButton *>(dialog, "resetDemoDataButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(restarted.size(), 1, 20000);
    QVERIFY(ui::MessageBox::lastQuestion().informativeText.contains(QDir::toNativeSeparators(dir.path())));
    QTRY_VERIFY(h.tab() != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(!h.lists()->isLoading() && h.lists()->rowCount() > 0, 10000);
    QCOMPARE(h.lists()->rowCount(), demoLists);
    QVERIFY(!hasList(h, list.name));
    QTRY_VERIFY(h.model()->rowCount() > 0);
}

void TestUiPreferences::clearLocalDataKeepsTheAccounts()
{
    UiHarness h;
    QVERIFY(h.start());
    {
        ui::Settings settings;
        settings.setViewState(u"contacts", u"header", QByteArrayLiteral("a header"));
        settings.setValue(ui::setting::SavedImportMappings, QVariantMap{{QStringLiteral("k"), QStringLiteral("v")}});
        settings.setAccounts({ui::Account{QStringLiteral("joe"), QUrl(QStringLiteral("https://api.example.test"))}});
        settings.setValue(ui::setting::RequestTimeoutSeconds, 20);
    }
    ui::PreferencesDialog *dialog = openPreferences(h);
    QVERIFY(dialog);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    field<QPushButton *>(dialog, "clearLocalDataButton")->click();
    QTRY_VERIFY(ui::MessageBox::lastQuestion().title == u"Clear Local Data");
    QTRY_VERIFY(h.tab() != nullptr);
    ui::Settings settings;
    QTRY_VERIFY(settings.value(ui::setting::SavedImportMappings).isEmpty());
    QCOMPARE(settings.viewState(u"contacts", u"header"), QByteArray());
    QCOMPARE(settings.accounts().size(), 1);
    QCOMPARE(settings.value(ui::setting::RequestTimeoutSeconds), 20);
}

void TestUiPreferences::noTextCutOff_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("folderFixed");
    for (const QString &language : ui::Application::languages()) {
        QTest::addRow("%s", qPrintable(language)) << language << false;
        QTest::addRow("%s, folder from the command line", qPrintable(language)) << language << true;
    }
}

void TestUiPreferences::noTextCutOff()
{
    QFETCH(QString, language);
    QFETCH(bool, folderFixed);
    const QList<QTranslator *> translators = ui::Application::installTranslations(language);
    const auto cleanup = qScopeGuard([&translators] {
        for (QTranslator *t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale::c());
    });
    ui::Settings settings;
    ui::PreferencesDialog::Context context;
    context.settings = &settings;
    context.accountKey = QStringLiteral("joe@https://api.constantcontact.com");
    context.accountLabel = QStringLiteral("joe @ api.constantcontact.com");
    context.sandboxDataDir = QStringLiteral("/home/someone/.local/share/ctct-sandbox");
    context.defaultSandboxDataDir = context.sandboxDataDir;
    context.sandboxDataDirFixed = folderFixed;
    ui::PreferencesDialog dialog(context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The test screen is 800 px high: a window that opens at more than two thirds of that was
    // cut to it by Qt, whatever its word-wrapped notes needed.
    const QStringList cut = UiHarness::cutOffText(&dialog);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
    // As narrow as it may be made, the notes take more lines and still fit.
    dialog.resize(dialog.minimumWidth(), dialog.height());
    QTRY_VERIFY2(UiHarness::cutOffText(&dialog).isEmpty(), qPrintable(UiHarness::cutOffText(&dialog).join(u'\n')));
}

QTEST_MAIN(TestUiPreferences)
#include "tst_ui_preferences.moc"
