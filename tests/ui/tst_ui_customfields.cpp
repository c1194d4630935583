// SPDX-License-Identifier: GPL-3.0-or-later
// The user names the custom fields; the editor and the detail pane use the names.
#include "uiharness.h"

#include "dialogs/customfieldlabelsdialog.h"
#include "settings.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace ctct;
using namespace ctct::test;

class TestUiCustomFields : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiHarness::setUpProgram(); }
    void nameAField();
};

void TestUiCustomFields::nameAField()
{
    UiHarness h;
    QVERIFY(h.start());
    QVERIFY(h.selectRow(0));
    h.tab()->editCurrent();
    QTRY_VERIFY(h.editor() && !h.editor()->isBusy());
    ui::ContactEditor *editor = h.editor();
    auto *label = editor->findChild<QLabel *>(QStringLiteral("customField3EditLabel"));
    QCOMPARE(label->text(), QStringLiteral("Custom field 3:"));

    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("nameCustomFieldsButton")), Qt::LeftButton);
    ui::CustomFieldLabelsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = editor->findChild<ui::CustomFieldLabelsDialog *>()) != nullptr);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("customLabel3Edit"));
    QVERIFY(name);
    QTest::keyClicks(name, QStringLiteral("Membership level"));
    dialog->accept();

    QCOMPARE(label->text(), QStringLiteral("Membership level:"));
    QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("customField3Edit"))->accessibleName(),
             QStringLiteral("Membership level"));
    const QString sandbox = QString::fromLatin1(ui::kSandboxAccountKey);
    QCOMPARE(ui::Settings().customFieldLabels(sandbox).value(2), QStringLiteral("Membership level"));
    QCOMPARE(ui::Settings().customFieldLabels(sandbox).value(0), QString()); // the others keep their default

    // The detail pane names the field the same way.
    auto *value = h.window()->findChild<QLabel *>(QStringLiteral("detailCustomField3"));
    QVERIFY(value);
    auto *form = h.window()->findChild<QWidget *>(QStringLiteral("contactDetails"))->findChild<QFormLayout *>();
    QVERIFY(form);
    auto *detailLabel = qobject_cast<QLabel *>(form->labelForField(value));
    QVERIFY(detailLabel);
    QCOMPARE(detailLabel->text(), QStringLiteral("Membership level:"));
    editor->reject();
}

QTEST_MAIN(TestUiCustomFields)
#include "tst_ui_customfields.moc"
