// SPDX-License-Identifier: GPL-3.0-or-later
// Check-in at the door (issue 11), offscreen against the in-process sandbox with an event of 300
// registrants: typing a name (or scanning an id) and Enter checks in, which the sandbox then
// says too (attendance, GROUP with guests, the event's AttendedCount); Ctrl+Z undoes it; a
// second check-in, a cancelled registrant and an ambiguous query are refused without a request;
// a failed PUT (sandbox fault) leaves the registrant visibly not checked in, and Retry does it;
// the search field keeps the focus; the check-in sheet is a PDF of several pages.
#include "uiharness.h"

#include "api/operations.h"
#include "events/checkinsheet.h"
#include "events/checkinwindow.h"
#include "models/checkinmatchmodel.h"
#include "models/contacttablemodel.h"
#include "models/roles.h"
#include "widgets/filedialog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ctct;
using namespace ctct::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRegistrants = 300;

UiHarness::Options withLargeEvent()
{
    UiHarness::Options o;
    o.contacts = 20;
    o.registrants = kRegistrants;
    return o;
}

Event eventOnServer(UiHarness &h, const QString &id)
{
    const ApiResult r = UiHarness::resultOf(h.operations()->getEvent(id));
    const auto parsed = r.ok() ? parseEntry<Event>(r) : atom::Parsed<Event>{};
    return parsed.ok() ? *parsed.value : Event{};
}

AttendanceStatus attendanceOnServer(UiHarness &h, const Event &event, const QString &registrantId)
{
    const ApiResult r = UiHarness::resultOf(h.operations()->getAttendance(event.id, registrantId));
    const auto parsed = r.ok() ? parseEntry<AttendanceStatus>(r) : atom::Parsed<AttendanceStatus>{};
    return parsed.ok() ? *parsed.value : AttendanceStatus{};
}

ui::CheckInWindow *openWindow(UiHarness &h, const Event &event)
{
    ui::CheckInWindow *w = ui::CheckInWindow::open(h.window()->context(), event, h.window());
    if (!QTest::qWaitForWindowExposed(w) || !QTest::qWaitFor([w] { return !w->isLoading(); }, 20000))
        return nullptr;
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w))
        return nullptr;
    return w;
}

// A registrant in the given state whose name matches no one else; guests > 0 when withGuests.
Registrant pick(ui::CheckInWindow *w, CheckInState state, bool withGuests, const QSet<QString> &taken = {})
{
    const CheckInIndex &index = w->matches()->checkInIndex();
    for (qsizetype i = 0; i < index.size(); ++i) {
        const Registrant &r = index.at(i);
        if (checkInStateOf(r) != state || taken.contains(r.id) || (r.guestCount.value_or(0) > 0) != withGuests)
            continue;
        if (index.match(registrantName(r)).size() == 1)
            return r;
    }
    return {};
}

// Types text into the search field key by key, then Enter.
void typeAndEnter(ui::CheckInWindow *w, const QString &text)
{
    QTest::keyClicks(w->searchField(), text);
    QTest::keyClick(w->searchField(), Qt::Key_Return);
}

int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return int(QString::fromLatin1(pdf).count(page));
}

} // namespace

class TestUiCheckIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        UiHarness::setUpProgram();
        m_h = std::make_unique<UiHarness>(withLargeEvent());
        QVERIFY(m_h->start());
        m_event = m_h->largestEvent();
        QCOMPARE(m_event.registered.value_or(0) + m_event.cancelledCount.value_or(0) > kRegistrants / 2, true);
    }
    void cleanupTestCase() { m_h.reset(); }

    void loadsEveryPage()
    {
        ui::CheckInWindow *w = openWindow(*m_h, m_event);
        QVERIFY(w);
        QCOMPARE(w->matches()->checkInIndex().size(), kRegistrants); // six pages of 50
        const CheckInIndex::Counts c = w->matches()->checkInIndex().counts();
        QCOMPARE(c.registered, m_event.registered.value_or(-1));
        QCOMPARE(c.attended, m_event.attendedCount.value_or(-1));
        QVERIFY(w->countsText().contains(QLocale().toString(c.registered)));
        QCOMPARE(QApplication::focusWidget(), w->searchField());
        w->close();
    }

    void checkInByTypingAndEnter()
    {
        ui::CheckInWindow *w = openWindow(*m_h, m_event);
        QVERIFY(w);
        const Registrant r = pick(w, CheckInState::NotCheckedIn, true);
        QVERIFY(!r.id.isEmpty());
        const qint64 attendedBefore = eventOnServer(*m_h, m_event.id).attendedCount.value_or(-1);
        const QString countsBefore = w->countsText();
        QSignalSpy changed(w, &ui::CheckInWindow::attendanceChanged);
        typeAndEnter(w, registrantName(r).toLower()); // case does not matter
        // The request left with the Enter (what the refusals below rely on).
        QVERIFY(w->isSending());
        QVERIFY(changed.wait(10000));
        QVERIFY(!w->isSending());
        QCOMPARE(changed.at(0).at(0).toString(), r.id);
        // The server has it: ATTENDED, as a group (guests came along), one more attended.
        const AttendanceStatus server = attendanceOnServer(*m_h, m_event, r.id);
        QCOMPARE(server.status, u"ATTENDED"_s);
        QCOMPARE(server.type, u"GROUP"_s);
        QCOMPARE(eventOnServer(*m_h, m_event.id).attendedCount.value_or(-1), attendedBefore + 1);
        // The window says so, with the name and the guests, and is ready for the next person.
        QCOMPARE(w->bannerKind(), ui::CheckInWindow::BannerKind::Success);
        QVERIFY2(w->bannerText().contains(registrantName(r)), qPrintable(w->bannerText()));
        QVERIFY2(w->bannerText().contains(ui::CheckInWindow::tr("With %n guests", nullptr, int(*r.guestCount))),
                 qPrintable(w->bannerText()));
        QVERIFY(w->searchField()->text().isEmpty());
        QCOMPARE(QApplication::focusWidget(), w->searchField());
        QVERIFY(w->countsText() != countsBefore);
        QCOMPARE(w->matches()->checkInIndex().counts().attended, attendedBefore + 1);
        const qsizetype row = w->matches()->checkInIndex().indexOf(r.id);
        QCOMPARE(checkInStateOf(w->matches()->checkInIndex().at(row)), CheckInState::CheckedIn);
        w->close();
    }

    void scannedIdChecksIn()
    {
        ui::CheckInWindow *w = openWindow(*m_h, m_event);
        QVERIFY(w);
        const Registrant r = pick(w, CheckInState::NotCheckedIn, false);
        QVERIFY(!r.id.isEmpty());
        QSignalSpy changed(w, &ui::CheckInWindow::attendanceChanged);
        typeAndEnter(w, shortIdOf(r.id)); // what a scanner types
        QVERIFY(changed.wait(10000));
        const AttendanceStatus server = attendanceOnServer(*m_h, m_event, r.id);
        QCOMPARE(server.status, u"ATTENDED"_s);
        QCOMPARE(server.type, u"INDIVIDUAL"_s);
        QVERIFY(w->bannerText().contains(ui::CheckInWindow::tr("No guests")));
        w->close();
    }

    void undoRevertsTheLastCheckIn()
    {
        ui::CheckInWindow *w = openWindow(*m_h, m_event);
        QVERIFY(w);
        const Registrant r = pick(w, CheckInState::NotCheckedIn, true);
        QVERIFY(!r.id.isEmpty());
        QVERIFY(!w->canUndo());
        QSignalSpy changed(w, &ui::CheckInWindow::attendanceChanged);
        typeAndEnter(w, registrantName(r));
        QVERIFY(changed.wait(10000));
        QVERIFY(w->canUndo());
        const qint64 attended = eventOnServer(*m_h, m_event.id).attendedCount.value_or(-1);
        QTest::keyClick(w->searchField(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.at(1).at(1).toString(), u"NOT_ATTENDED"_s);
        QCOMPARE(attendanceOnServer(*m_h, m_event, r.id).status, u"NOT_ATTENDED"_s);
        QCOMPARE(eventOnServer(*m_h, m_event.id).attendedCount.value_or(-1), attended - 1);
        QVERIFY2(w->bannerText().contains(registrantName(r)), qPrintable(w->bannerText()));
        QVERIFY(!w->canUndo());
        const qsizetype row = w->matches()->checkInIndex().indexOf(r.id);
        QCOMPARE(checkInStateOf(w->matches()->checkInIndex().at(row)), CheckInState::NotCheckedIn);
        // The button does the same.
        typeAndEnter(w, registrantName(r));
        QVERIFY(changed.wait(10000));
        QTest::mouseClick(w->findChild<QPushButton *>(u"checkInUndo"_s), Qt::LeftButton);
        QVERIFY(changed.wait(10000));
        QCOMPARE(attendanceOnServer(*m_h, m_event, r.id).status, u"NOT_ATTENDED"_s);
        QCOMPARE(QApplication::focusWidget(), w->searchField());
        w->close();
    }

    void secondCheckInIsRefused()
    {
        ui::CheckInWindow *w = openWindow(*m_h, m_event);
        QVERIFY(w);
        const Registrant r = pick(w, CheckInState::NotCheckedIn, false);
        QVERIFY(!r.id.isEmpty());
        QSignalSpy changed(w, &ui::CheckInWindow::attendanceChanged);
        typeAndEnter(w, registrantName(r));
        QVERIFY(changed.wait(10000));
        const qint64 attended = eventOnServer(*m_h, m_event.id).attendedCount.value_or(-1);
        typeAndEnter(w, registrantName(r));
        QCOMPARE(w->bannerKind(), ui::CheckInWindow::BannerKind::Refused);
        QVERIFY2(w->bannerText().contains(ui::CheckInWindow::tr("%1 is already checked in").arg(registrantName(r))),
                 qPrintable(w->bannerText()));
        QVERIFY(!w->isSending()); // no request: one would have left with the Enter
        QCOMPARE(changed.size(), 1);
        QCOMPARE(eventOnServer(*m_h, m_event.id).attendedCount.value_or(-1), attended);
        // Undo still reverts the first check-in, the refusal did not replace it.
        QVERIFY(w->canUndo());
        w->close();
    }

    void alreadyAttendedAndCancelledAreShownAndRefused()
    {
        ui::CheckInWindow *w = openWindow(*m_h, m_event);
        QVERIFY(w);
        QSignalSpy changed(w, &ui::CheckInWindow::attendanceChanged);
        const Registrant attended = pick(w, CheckInState::CheckedIn, false);
        QVERIFY(!attended.id.isEmpty());
        QTest::keyClicks(w->searchField(), registrantName(attended));
        QCOMPARE(w->matches()->rowCount(), 1);
        QCOMPARE(w->matches()->index(0, CheckInMatchModel::StatusColumn).data().toString(),
                 CheckInMatchModel::stateText(CheckInState::CheckedIn));
        QTest::keyClick(w->searchField(), Qt::Key_Return);
        QCOMPARE(w->bannerKind(), ui::CheckInWindow::BannerKind::Refused);

        const Registrant cancelled = pick(w, CheckInState::Cancelled, false);
        QVERIFY(!cancelled.id.isEmpty());
        QTest::keyClicks(w->searchField(), registrantName(cancelled));
        QCOMPARE(w->matches()->index(0, CheckInMatchModel::StatusColumn).data().toString(),
                 CheckInMatchModel::stateText(CheckInState::Cancelled));
        QTest::keyClick(w->searchField(), Qt::Key_Return);
        QCOMPARE(w->bannerKind(), ui::CheckInWindow::BannerKind::Refused);
        QVERIFY2(w->bannerText().contains(registrantName(cancelled)), qPrintable(w->bannerText()));
        QVERIFY(!w->isSending());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(attendanceOnServer(*m_h, m_event, cancelled.id).status, u"NOT_ATTENDED"_s);
        w->close();
    }

    void severalMatchesAskForMoreThenArrowsChoose()
    {
        ui::CheckInWindow *w = openWindow(*m_h, m_event);
        QVERIFY(w);
        QSignalSpy changed(w, &ui::CheckInWindow::attendanceChanged);
        QTest::keyClicks(w->searchField(), u"a"_s);
        const int n = w->matches()->rowCount();
        QVERIFY(n > 1);
        QTest::keyClick(w->searchField(), Qt::Key_Return);
        QCOMPARE(w->bannerText().section(u'\n', 0, 0), ui::CheckInWindow::tr("%Ln registrants match", nullptr, n));
        QVERIFY(!w->isSending());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(w->searchField()->text(), u"a"_s); // kept, to type on
        // Down to the first one that can be checked in, then Enter takes it.
        int target = -1;
        for (int row = 0; row < n && target < 0; ++row) {
            if (w->matches()->index(row, 0).data(CheckInMatchModel::CheckInStateRole).toInt() ==
                int(CheckInState::NotCheckedIn))
                target = row;
        }
        QVERIFY(target >= 0);
        for (int i = 0; i <= target; ++i)
            QTest::keyClick(w->searchField(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), w->searchField());
        const QString id = w->matches()->index(target, 0).data(IdRole).toString();
        QTest::keyClick(w->searchField(), Qt::Key_Return);
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.at(0).at(0).toString(), id);
        QCOMPARE(attendanceOnServer(*m_h, m_event, id).status, u"ATTENDED"_s);
        w->close();
    }

    void focusStaysInTheSearchField()
    {
        ui::CheckInWindow *w = openWindow(*m_h, m_event);
        QVERIFY(w);
        auto *table = w->findChild<QTableView *>(u"checkInTable"_s);
        QVERIFY(table);
        QTest::keyClicks(w->searchField(), u"e"_s);
        QVERIFY(w->matches()->rowCount() > 2);
        const QRect cell = table->visualRect(table->model()->index(1, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(table->currentIndex().row(), 1);
        QCOMPARE(QApplication::focusWidget(), w->searchField());
        QTest::keyClicks(w->searchField(), u"x"_s); // typing goes on in the field
        QCOMPARE(w->searchField()->text(), u"ex"_s);
        QTest::mouseClick(w->findChild<QPushButton *>(u"checkInUndo"_s), Qt::LeftButton);
        QTest::mouseClick(w->findChild<QPushButton *>(u"checkInButton"_s), Qt::LeftButton);
        QCOMPARE(QApplication::focusWidget(), w->searchField());
        QTest::keyClick(w->searchField(), Qt::Key_Escape);
        QVERIFY(w->searchField()->text().isEmpty());
        QVERIFY(w->isVisible()); // Escape clears, it does not close
        w->close();
    }

    void checkInSheetIsAPdfOfSeveralPages()
    {
        ui::CheckInWindow *w = openWindow(*m_h, m_event);
        QVERIFY(w);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sheet.pdf"_s);
        QSignalSpy written(w, &ui::CheckInWindow::sheetWritten);
        ui::FileDialog::setNextFileName(path);
        QTest::mouseClick(w->findChild<QPushButton *>(u"checkInPrint"_s), Qt::LeftButton);
        QVERIFY(written.wait(20000));
        QCOMPARE(written.at(0).at(1).toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        const qsizetype listed = ui::checkInSheetRows(w->registrants()).size();
        QVERIFY(listed > 100 && listed < kRegistrants); // cancelled and abandoned ones are left out
        QVERIFY2(pdfPages(pdf) > 1, qPrintable(QString::number(pdfPages(pdf))));
        QCOMPARE(QApplication::focusWidget(), w->searchField());

        // A few registrants fit on one page; the rows are alphabetical by last name.
        QList<Registrant> few = w->registrants().mid(0, 12);
        QString error;
        QVERIFY2(ui::writeCheckInSheet(dir.filePath(u"few.pdf"_s), m_event, few, &error), qPrintable(error));
        QFile small(dir.filePath(u"few.pdf"_s));
        QVERIFY(small.open(QIODevice::ReadOnly));
        QCOMPARE(pdfPages(small.readAll()), 1);
        const QList<Registrant> rows = ui::checkInSheetRows(few);
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY(foldForSearch(rows.at(i - 1).lastName) <= foldForSearch(rows.at(i).lastName));
        // A path that cannot be written is an error, not a crash.
        QVERIFY(!ui::writeCheckInSheet(dir.filePath(u"missing/dir/sheet.pdf"_s), m_event, few, &error));
        QVERIFY(!error.isEmpty());
        w->close();
    }

    void failedPutIsShownAndRetried()
    {
        UiHarness::Options o = withLargeEvent();
        o.failRate = 1.0;
        o.failOnly = u"PUT"_s;
        o.failTimes = 1;
        UiHarness h(o);
        QVERIFY(h.start());
        const Event event = h.largestEvent();
        ui::CheckInWindow *w = openWindow(h, event);
        QVERIFY(w);
        const Registrant r = pick(w, CheckInState::NotCheckedIn, true);
        QVERIFY(!r.id.isEmpty());
        QSignalSpy failed(w, &ui::CheckInWindow::attendanceFailed);
        QSignalSpy changed(w, &ui::CheckInWindow::attendanceChanged);
        typeAndEnter(w, registrantName(r));
        QVERIFY(failed.wait(10000));
        QCOMPARE(changed.size(), 0);
        // Not checked in, visibly, with the reason and a Retry.
        QCOMPARE(w->bannerKind(), ui::CheckInWindow::BannerKind::Failure);
        QVERIFY2(w->bannerText().contains(ui::CheckInWindow::tr("%1 is NOT checked in").arg(registrantName(r))),
                 qPrintable(w->bannerText()));
        QVERIFY2(w->bannerText().contains(u"simulated server failure"_s), qPrintable(w->bannerText()));
        auto *retry = w->findChild<QPushButton *>(u"checkInRetry"_s);
        QVERIFY(retry->isVisible());
        QCOMPARE(attendanceOnServer(h, event, r.id).status, u"NOT_ATTENDED"_s);
        const qsizetype row = w->matches()->checkInIndex().indexOf(r.id);
        QCOMPARE(checkInStateOf(w->matches()->checkInIndex().at(row)), CheckInState::NotCheckedIn);
        QVERIFY(!w->canUndo());
        QTest::keyClicks(w->searchField(), registrantName(r));
        QCOMPARE(w->matches()->index(0, CheckInMatchModel::StatusColumn).data().toString(),
                 CheckInMatchModel::stateText(CheckInState::NotCheckedIn));
        auto *table = w->findChild<QTableView *>(u"checkInTable"_s);
        QVERIFY2(table->model()
                     ->index(0, CheckInMatchModel::StatusColumn)
                     .data()
                     .toString()
                     .contains(ui::CheckInWindow::tr("failed")),
                 qPrintable(table->model()->index(0, CheckInMatchModel::StatusColumn).data().toString()));
        // Retry: the sandbox answers this time.
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(changed.wait(10000));
        QCOMPARE(attendanceOnServer(h, event, r.id).status, u"ATTENDED"_s);
        QCOMPARE(w->bannerKind(), ui::CheckInWindow::BannerKind::Success);
        QVERIFY(!retry->isVisible());
        QCOMPARE(table->model()->index(0, CheckInMatchModel::StatusColumn).data().toString(),
                 CheckInMatchModel::stateText(CheckInState::CheckedIn));
        QCOMPARE(QApplication::focusWidget(), w->searchField());
        w->close();
    }

private:
    std::unique_ptr<UiHarness> m_h;
    Event m_event;
};

QTEST_MAIN(TestUiCheckIn)
#include "tst_ui_checkin.moc"
