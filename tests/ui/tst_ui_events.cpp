// SPDX-License-Identifier: GPL-3.0-or-later
// The Events tab offscreen against the in-process sandbox: the events (model and proxy under
// QAbstractItemModelTester), the status filter and search; an event created and edited in the
// editor (checked before sending; the server's 400 said in the dialog, which keeps the input);
// the registrants of an event with their filters and search, a detail with its guests by name;
// a payment status set after the question (and not set when it is declined), the totals; the
// registrants exported to CSV.
#include "uiharness.h"

#include "api/operations.h"
#include "events/checkinwindow.h"
#include "events/eventeditor.h"
#include "events/eventstab.h"
#include "models/eventtablemodel.h"
#include "models/registranttablemodel.h"
#include "models/roles.h"
#include "models/rowfiltermodel.h"
#include "widgets/filedialog.h"
#include "widgets/messagebar.h"
#include "widgets/messagebox.h"
#include "widgets/resourcetableview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace ctct;
using namespace ctct::test;

namespace {

ui::EventsTab *showEvents(UiHarness &h)
{
    auto *tabs = h.find<QTabWidget *>("tabs");
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i).remove(u'&') == u"Events")
            tabs->setCurrentIndex(i);
    }
    return h.window()->page<ui::EventsTab>();
}

bool loaded(ui::EventsTab *tab)
{
    return QTest::qWaitFor([tab] { return tab->model()->rowCount() > 0 && !tab->model()->isFetching(); }, 10000);
}

int rowOfName(ui::EventsTab *tab, QStringView prefix)
{
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        if (tab->model()->event(row).name.startsWith(prefix))
            return row;
    }
    return -1;
}

bool selectEvent(ui::EventsTab *tab, int sourceRow)
{
    if (sourceRow < 0)
        return false;
    tab->table()->selectViewRow(tab->proxy()->mapFromSource(tab->model()->index(sourceRow, 0)).row());
    return QTest::qWaitFor(
        [tab] {
            return !tab->shownEventId().isEmpty() && tab->registrants()->rowCount() > 0 &&
                   !tab->registrants()->isFetching() && !tab->registrants()->hasMore() && !tab->isCompleting();
        },
        20000);
}

bool selectRegistrant(ui::EventsTab *tab, int sourceRow)
{
    const QModelIndex index = tab->registrantProxy()->mapFromSource(tab->registrants()->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    tab->registrantTable()->selectViewRow(index.row());
    return QTest::qWaitFor([tab] { return tab->guestsLoaded(); }, 10000);
}

QList<Registrant> registrantsOnServer(UiHarness &h, const QString &eventId)
{
    QList<Registrant> all;
    auto *pager = h.operations()->registrants(eventId);
    QObject::connect(pager, &Pager::pageReady, pager, [pager, &all] { all += pager->takePage().entries; });
    bool done = false;
    QObject::connect(pager, &Pager::finished, pager, [&done] { done = true; });
    pager->fetchAll();
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        all.clear();
    pager->deleteLater();
    return all;
}

Event eventOnServer(UiHarness &h, const QString &id)
{
    const ApiResult r = UiHarness::resultOf(h.operations()->getEvent(id));
    const atom::Parsed<Event> parsed = r.ok() ? parseEntry<Event>(r) : atom::Parsed<Event>{};
    return parsed.ok() ? *parsed.value : Event{};
}

QString paymentOnServer(UiHarness &h, const QString &eventId, const QString &registrantId)
{
    const ApiResult r = UiHarness::resultOf(h.operations()->getRegistrant(eventId, registrantId));
    const atom::Parsed<Registrant> parsed = r.ok() ? parseEntry<Registrant>(r) : atom::Parsed<Registrant>{};
    return parsed.ok() ? parsed.value->paymentStatus : QString();
}

template<typename T>
T field(QWidget *w, const char *name)
{
    return w->findChild<T>(QLatin1StringView(name));
}

ui::EventEditor *readyEditor(ui::EventsTab *tab)
{
    ui::EventEditor *editor = tab->editor();
    if (!editor ||
        !QTest::qWaitFor([editor] { return editor->isVisible() && !editor->isBusy() && editor->isLoaded(); }, 10000))
        return nullptr;
    return editor;
}

} // namespace

class TestUiEvents final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiHarness::setUpProgram(); }

    void eventsListedFilteredAndSearched()
    {
        UiHarness h;
        QVERIFY(h.start());
        QVERIFY(!h.window()->page<ui::EventsTab>()); // made when first shown
        ui::EventsTab *tab = showEvents(h);
        QVERIFY(tab);
        QAbstractItemModelTester modelTester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(tab->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loaded(tab));
        QCOMPARE(tab->model()->rowCount(), 3);
        // The defaults of the columns: the rest is in the column chooser.
        QVERIFY(tab->table()->isColumnHidden(EventTableModel::NameColumn));
        QVERIFY(tab->registrantTable()->isColumnHidden(RegistrantTableModel::TypeColumn));
        const int harbor = rowOfName(tab, u"Harbor Cleanup Paddle");
        QVERIFY(harbor >= 0);
        const Event &summary = tab->model()->event(harbor);
        QCOMPARE(tab->model()->index(harbor, EventTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Complete"));
        QCOMPARE(tab->model()->index(harbor, EventTableModel::RegisteredColumn).data().toString(),
                 QString::number(summary.registered.value_or(-1)));

        auto *status = tab->findChild<QComboBox *>(QStringLiteral("eventStatusFilter"));
        QCOMPARE(status->count(), 5);
        tab->setStatusFilter(QStringLiteral("ACTIVE"));
        QCOMPARE(tab->proxy()->rowCount(), 2);
        tab->setStatusFilter(QStringLiteral("COMPLETE"));
        QCOMPARE(tab->proxy()->rowCount(), 1);
        QCOMPARE(tab->proxy()->index(0, EventTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Harbor Cleanup Paddle"));
        tab->setStatusFilter(QStringLiteral("DRAFT"));
        QCOMPARE(tab->proxy()->rowCount(), 0);
        tab->setStatusFilter(QString());
        QCOMPARE(tab->proxy()->rowCount(), 3);

        auto *search = tab->findChild<QLineEdit *>(QStringLiteral("eventSearchField"));
        QTest::keyClicks(search, QStringLiteral("sea kay"));
        QCOMPARE(tab->proxy()->rowCount(), 1);
        QCOMPARE(tab->proxy()->index(0, EventTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Intro to Sea Kayaking"));
        QVERIFY(tab->findChild<QLabel *>(QStringLiteral("eventsCountLabel"))->text().startsWith(u"1 of"));
        search->clear();
        QCOMPARE(tab->proxy()->rowCount(), 3);

        // The detail pane: the place, the registration page as a link, types, fees, payment.
        QVERIFY(selectEvent(tab, harbor));
        auto *details = tab->findChild<QLabel *>(QStringLiteral("eventSettings"));
        QTRY_VERIFY(details->text().contains(u"PayPal"));
        const Event full = eventOnServer(h, summary.id);
        QVERIFY(details->text().contains(u"<a href=\"" + full.registrationUrl.toHtmlEscaped() + u"\">"));
        QVERIFY(details->text().contains(full.location.location.toHtmlEscaped()));
        QVERIFY(details->text().contains(u"General"));
        QVERIFY(details->text().contains(full.registrationTypes.first().eventFees.first().fee));
        QVERIFY(details->text().contains(u"At the door"));
        QVERIFY(details->text().contains(u"up to 50 registrants"));
        QVERIFY(tab->registrantTable()->isColumnHidden(RegistrantTableModel::TypeColumn)); // after a new view
    }

    void actionsComeBackWhenTheEditorCloses()
    {
        UiHarness h;
        QVERIFY(h.start());
        ui::EventsTab *tab = showEvents(h);
        QVERIFY(loaded(tab));
        QVERIFY(selectEvent(tab, 0));
        auto *newAction = tab->findChild<QAction *>(QStringLiteral("newEventAction"));
        auto *editAction = tab->findChild<QAction *>(QStringLiteral("editEventAction"));
        QVERIFY(newAction->isEnabled() && editAction->isEnabled());
        for (const bool creating : {false, true}) {
            // One editor at a time: while it is open, New and Edit wait.
            if (creating)
                tab->newEvent();
            else
                tab->editSelected();
            QPointer<ui::EventEditor> editor = readyEditor(tab);
            QVERIFY(editor);
            QVERIFY(!newAction->isEnabled() && !editAction->isEnabled());
            // Closed without saving, nothing else changes on the tab: both are back at once.
            editor->reject();
            QTRY_VERIFY(!editor);
            QVERIFY2(newAction->isEnabled() && editAction->isEnabled(), creating ? "new" : "edit");
        }
    }

    void eventCreatedRefusedAndEdited()
    {
        UiHarness h;
        QVERIFY(h.start());
        ui::EventsTab *tab = showEvents(h);
        QVERIFY(loaded(tab));
        tab->newEvent();
        ui::EventEditor *editor = readyEditor(tab);
        QVERIFY(editor);
        // A name the server finds too long (the contract names no limit; the sandbox has one).
        field<QLineEdit *>(editor, "nameEdit")->setText(QString(101, u'x'));
        field<QLineEdit *>(editor, "titleEdit")->setText(QStringLiteral("Sunset Paddle"));
        field<QLineEdit *>(editor, "locationEdit")->setText(QStringLiteral("Pavilion Beach"));
        field<QLineEdit *>(editor, "cityEdit")->setText(QStringLiteral("Gloucester"));
        editor->addTypeLine(QStringLiteral("General"), QStringLiteral("Member"), QStringLiteral("20.00"));
        field<QCheckBox *>(editor, "feeRequiredCheck")->setChecked(true);
        field<QCheckBox *>(editor, "payPalCheck")->setChecked(true);
        field<QLineEdit *>(editor, "payPalEdit")->setText(QStringLiteral("payments at bluewater"));
        // Checked before sending: nothing goes out with a PayPal address that is none.
        editor->save();
        QVERIFY(!editor->isBusy());
        QVERIFY2(editor->errorText().contains(u"PayPal"), qPrintable(editor->errorText()));
        field<QLineEdit *>(editor, "payPalEdit")->setText(QStringLiteral("payments@bluewater.example"));
        editor->save();
        QTRY_VERIFY(!editor->isBusy() && !editor->errorText().isEmpty());
        QVERIFY2(editor->errorText().contains(u"did not accept the event") &&
                     editor->errorText().contains(u"longer than 100"),
                 qPrintable(editor->errorText()));
        QVERIFY(editor->isVisible());
        QCOMPARE(field<QLineEdit *>(editor, "titleEdit")->text(), QStringLiteral("Sunset Paddle"));
        QCOMPARE(field<QTableWidget *>(editor, "typesTable")->rowCount(), 1);
        QCOMPARE(tab->model()->rowCount(), 3); // nothing was created

        field<QLineEdit *>(editor, "nameEdit")->setText(QStringLiteral("Sunset Paddle 2030"));
        QPointer<ui::EventEditor> closing = editor;
        editor->save();
        QTRY_VERIFY(!closing);
        QTRY_COMPARE(tab->model()->rowCount(), 4);
        const int row = rowOfName(tab, u"Sunset Paddle 2030");
        QVERIFY(row >= 0);
        const QString id = tab->model()->event(row).id;
        QTRY_COMPARE(shortIdOf(tab->shownEventId()), shortIdOf(id)); // the new event is selected
        Event created = eventOnServer(h, id);
        QCOMPARE(created.statusValue(), EventStatus::Draft); // decision 15
        QCOMPARE(created.title, QStringLiteral("Sunset Paddle"));
        QCOMPARE(created.location.location, QStringLiteral("Pavilion Beach"));
        QCOMPARE(created.eventFeeRequired, std::optional<bool>(true));
        QCOMPARE(created.registrationTypes.size(), 1);
        QCOMPARE(created.registrationTypes.first().eventFees.first().fee, QStringLiteral("20.00"));
        QCOMPARE(created.paymentOptions.size(), 1);
        QCOMPARE(created.paymentOptions.first().payPalAccountEmail, QStringLiteral("payments@bluewater.example"));

        // Edit: the form holds what the server has; the change patches that entry.
        tab->editSelected();
        editor = readyEditor(tab);
        QVERIFY(editor);
        QCOMPARE(field<QLineEdit *>(editor, "titleEdit")->text(), QStringLiteral("Sunset Paddle"));
        QCOMPARE(field<QLineEdit *>(editor, "payPalEdit")->text(), QStringLiteral("payments@bluewater.example"));
        field<QLineEdit *>(editor, "titleEdit")->setText(QStringLiteral("Sunset Paddle (full moon)"));
        auto *statusCombo = field<QComboBox *>(editor, "statusCombo");
        statusCombo->setCurrentIndex(statusCombo->findData(QStringLiteral("ACTIVE")));
        field<QCheckBox *>(editor, "doorCheck")->setChecked(true);
        closing = editor;
        editor->save();
        QTRY_VERIFY(!closing);
        QTRY_COMPARE(eventOnServer(h, id).title, QStringLiteral("Sunset Paddle (full moon)"));
        const Event edited = eventOnServer(h, id);
        QCOMPARE(edited.statusValue(), EventStatus::Active);
        QCOMPARE(edited.paymentOptions.size(), 2);
        QCOMPARE(edited.registrationTypes.first().eventFees.first().fee, QStringLiteral("20.00"));
        QCOMPARE(edited.location.city, QStringLiteral("Gloucester"));
        QTRY_COMPARE(tab->model()->index(tab->model()->rowOfId(id), EventTableModel::TitleColumn).data().toString(),
                     QStringLiteral("Sunset Paddle (full moon)"));
        QTRY_VERIFY(tab->findChild<QLabel *>(QStringLiteral("eventSettings"))->text().contains(u"At the door"));
    }

    void registrantsFilteredWithDetailAndGuests()
    {
        UiHarness h;
        QVERIFY(h.start());
        ui::EventsTab *tab = showEvents(h);
        QVERIFY(loaded(tab));
        QAbstractItemModelTester modelTester(tab->registrants(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(tab->registrantProxy(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int harbor = rowOfName(tab, u"Harbor Cleanup Paddle");
        QVERIFY(selectEvent(tab, harbor));
        const QList<Registrant> server = registrantsOnServer(h, tab->shownEventId());
        QCOMPARE(tab->registrants()->rowCount(), server.size());
        QVERIFY(tab->registrants()->idsWithoutDetails().isEmpty()); // completed in the background
        const auto count = [&server](auto pred) { return int(std::count_if(server.begin(), server.end(), pred)); };
        const int cancelled = count([](const Registrant &r) { return r.registrationStatus == u"CANCELLED"; });
        const int attended = count([](const Registrant &r) { return r.attendanceStatus == Attended; });
        const int completed = count([](const Registrant &r) { return r.paymentStatus == u"COMPLETED"; });

        auto *registration = tab->findChild<QComboBox *>(QStringLiteral("registrationFilter"));
        auto *attendance = tab->findChild<QComboBox *>(QStringLiteral("attendanceFilter"));
        auto *payment = tab->findChild<QComboBox *>(QStringLiteral("paymentFilter"));
        registration->setCurrentIndex(registration->findData(QStringLiteral("CANCELLED")));
        QCOMPARE(tab->registrantProxy()->rowCount(), cancelled);
        registration->setCurrentIndex(0);
        attendance->setCurrentIndex(attendance->findData(QStringLiteral("ATTENDED")));
        QCOMPARE(tab->registrantProxy()->rowCount(), attended);
        QVERIFY(attended > 0);
        attendance->setCurrentIndex(0);
        payment->setCurrentIndex(payment->findData(QStringLiteral("COMPLETED")));
        QCOMPARE(tab->registrantProxy()->rowCount(), completed);
        for (int row = 0; row < tab->registrantProxy()->rowCount(); ++row)
            QCOMPARE(tab->registrantProxy()->index(row, RegistrantTableModel::PaymentColumn).data().toString(),
                     QStringLiteral("Completed"));
        payment->setCurrentIndex(0);
        QCOMPARE(tab->registrantProxy()->rowCount(), server.size());

        // Search by e-mail as you type.
        const Registrant &someone = server.at(server.size() / 2);
        auto *search = tab->findChild<QLineEdit *>(QStringLiteral("registrantSearchField"));
        QTest::keyClicks(search, someone.emailAddress.toUpper());
        QCOMPARE(tab->registrantProxy()->rowCount(), 1);
        QCOMPARE(tab->registrantProxy()->index(0, RegistrantTableModel::EmailColumn).data().toString(),
                 someone.emailAddress);
        QVERIFY(tab->findChild<QLabel *>(QStringLiteral("registrantsCountLabel"))->text().startsWith(u"1 of"));
        search->clear();

        // A registrant with guests: the detail names them, with the costs and the answers.
        int withGuests = -1;
        for (int row = 0; row < tab->registrants()->rowCount() && withGuests < 0; ++row) {
            if (tab->registrants()->registrant(row).guestCount.value_or(0) > 0)
                withGuests = row;
        }
        QVERIFY(withGuests >= 0);
        const Registrant r = tab->registrants()->registrant(withGuests);
        QVERIFY(selectRegistrant(tab, withGuests));
        QCOMPARE(tab->shownGuests().size(), int(*r.guestCount));
        auto *details = tab->findChild<QTextBrowser *>(QStringLiteral("registrantDetails"));
        const QString text = details->toPlainText();
        for (const Guest &g : tab->shownGuests())
            QVERIFY2(text.contains(g.firstName + u' ' + g.lastName), qPrintable(text));
        QVERIFY(text.contains(r.businessInformation.company));
        QVERIFY(text.contains(u"Paddling experience?"));
        QVERIFY(text.contains(r.costs.first().total));
        QVERIFY(!r.businessInformation.company.isEmpty());
        QCOMPARE(tab->registrants()->index(withGuests, RegistrantTableModel::CompanyColumn).data().toString(),
                 r.businessInformation.company);
    }

    void paymentSetAfterTheQuestion()
    {
        UiHarness h;
        QVERIFY(h.start());
        ui::EventsTab *tab = showEvents(h);
        QVERIFY(loaded(tab));
        QVERIFY(selectEvent(tab, rowOfName(tab, u"Intro to Sea Kayaking")));
        const QString eventId = tab->shownEventId();
        int row = -1;
        for (int i = 0; i < tab->registrants()->rowCount() && row < 0; ++i) {
            if (tab->registrants()->registrant(i).paymentStatus == u"COMPLETED")
                row = i;
        }
        QVERIFY(row >= 0);
        const Registrant r = tab->registrants()->registrant(row);
        const qint64 amount = RegistrantTableModel::amountCents(r).value_or(0);
        QVERIFY(amount > 0);
        const qint64 completedBefore = tab->registrants()->totals().cents.value(QStringLiteral("COMPLETED"));
        QVERIFY(selectRegistrant(tab, row));

        // Declined: nothing is sent (a PUT would leave within the answer's callback).
        const SentRequests sent;
        const QString payment = u'/' + r.id.section(u'/', -1) + QStringLiteral("/paymentstatus");
        const int asked = ui::MessageBox::questionsAsked();
        const int answered = ui::MessageBox::answersGiven();
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        tab->findChild<QAction *>(QStringLiteral("paymentRefundedAction"))->trigger();
        QCOMPARE(ui::MessageBox::questionsAsked(), asked + 1);
        QVERIFY(ui::MessageBox::lastQuestion().text.contains(r.firstName));
        QTRY_COMPARE(ui::MessageBox::answersGiven(), answered + 1);
        QCOMPARE(sent.count(QStringLiteral("PUT"), payment), 0);
        QVERIFY(h.waitIdle());
        QCOMPARE(paymentOnServer(h, eventId, r.id), QStringLiteral("COMPLETED"));

        // Accepted: one PUT (what the check above would have seen), the server has it, the row
        // and the totals show it.
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        tab->setPaymentOfSelected(QStringLiteral("REFUNDED"));
        QTRY_COMPARE(ui::MessageBox::answersGiven(), answered + 2);
        QCOMPARE(sent.count(QStringLiteral("PUT"), payment), 1);
        QTRY_COMPARE(paymentOnServer(h, eventId, r.id), QStringLiteral("REFUNDED"));
        QCOMPARE(ui::MessageBox::questionsAsked(), asked + 2);
        QTRY_COMPARE(tab->registrants()->index(row, RegistrantTableModel::PaymentColumn).data().toString(),
                     QStringLiteral("Refunded"));
        const RegistrantTableModel::Totals totals = tab->registrants()->totals();
        QCOMPARE(totals.cents.value(QStringLiteral("COMPLETED")), completedBefore - amount);
        QVERIFY(totals.cents.value(QStringLiteral("REFUNDED")) >= amount);
        auto *totalsLabel = tab->findChild<QLabel *>(QStringLiteral("paymentTotalsLabel"));
        QVERIFY2(totalsLabel->text().contains(
                     u"Refunded: " + RegistrantTableModel::moneyText(totals.cents.value(QStringLiteral("REFUNDED")))),
                 qPrintable(totalsLabel->text()));

        // Back to completed: no question for that.
        tab->setPaymentOfSelected(QStringLiteral("COMPLETED"));
        QTRY_COMPARE(paymentOnServer(h, eventId, r.id), QStringLiteral("COMPLETED"));
        QCOMPARE(ui::MessageBox::questionsAsked(), asked + 2);
    }

    void checkInModeUpdatesTheTab()
    {
        UiHarness h;
        QVERIFY(h.start());
        ui::EventsTab *tab = showEvents(h);
        QVERIFY(loaded(tab));
        auto *action = tab->findChild<QAction *>(QStringLiteral("checkInAction"));
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+K")));
        QVERIFY(!action->isEnabled()); // no event selected
        const int eventRow = rowOfName(tab, u"Intro to Sea Kayaking");
        QVERIFY(selectEvent(tab, eventRow));
        QVERIFY(action->isEnabled());
        int row = -1;
        for (int i = 0; i < tab->registrants()->rowCount() && row < 0; ++i) {
            const Registrant &r = tab->registrants()->registrant(i);
            if (r.registrationStatus == u"REGISTERED" && r.attendanceStatus == NotAttended)
                row = i;
        }
        QVERIFY(row >= 0);
        const Registrant r = tab->registrants()->registrant(row);
        const qint64 attendedBefore = tab->model()->event(eventRow).attendedCount.value_or(-1);
        action->trigger();
        auto *window = h.window()->findChild<ui::CheckInWindow *>();
        QVERIFY(window);
        QCOMPARE(shortIdOf(window->event().id), shortIdOf(tab->shownEventId()));
        QTRY_VERIFY_WITH_TIMEOUT(!window->isLoading(), 10000);
        QTest::keyClicks(window->searchField(), r.emailAddress);
        window->checkInCurrent();
        QTRY_COMPARE(tab->registrants()->index(row, RegistrantTableModel::AttendanceColumn).data().toString(),
                     QStringLiteral("Attended"));
        QTRY_COMPARE(tab->model()->event(eventRow).attendedCount.value_or(-1), attendedBefore + 1);
        window->close();
    }

    void registrantsExportedToCsv()
    {
        UiHarness h;
        QVERIFY(h.start());
        ui::EventsTab *tab = showEvents(h);
        QVERIFY(loaded(tab));
        QVERIFY(selectEvent(tab, rowOfName(tab, u"Harbor Cleanup Paddle")));
        const QList<Registrant> server = registrantsOnServer(h, tab->shownEventId());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("registrants.csv"));
        ui::FileDialog::setNextFileName(path);
        tab->findChild<QAction *>(QStringLiteral("exportRegistrantsAction"))->trigger();
        QTRY_VERIFY(QFile::exists(path));
        QTRY_VERIFY(h.window()->findChild<ui::MessageBar *>()->text().contains(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), server.size() + 1);
        QVERIFY(lines.first().contains("GuestCount,AttendanceStatus,PaymentStatus,Amount"));
        for (const Registrant &r : server) {
            bool found = false;
            for (const QByteArray &line : lines) {
                if (!line.contains(QByteArray("," + r.emailAddress.toUtf8() + ",")))
                    continue;
                found = true;
                QVERIFY2(line.contains(QByteArray("," + QByteArray::number(r.guestCount.value_or(0)) + "," +
                                                  r.attendanceStatus.toUtf8() + "," + r.paymentStatus.toUtf8() + ",")),
                         line.constData());
            }
            QVERIFY2(found, qPrintable(r.emailAddress));
        }
    }
};

QTEST_MAIN(TestUiEvents)
#include "tst_ui_events.moc"
