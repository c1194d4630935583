// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Check-in at the door (issue 11, item 4): one event's registrants, all pages loaded, in a large,
// keyboard-first window. A search field that always has the focus matches by name, e-mail or
// ticket/registrant id as the organiser (or a barcode scanner) types; Enter on a single match
// marks that registrant ATTENDED (GROUP when guests come along) and says so in a banner; Undo
// (Ctrl+Z) reverts the last check-in. Registrants already checked in or cancelled are shown as
// such and not checked in twice. A failed PUT leaves the registrant not checked in, with the
// reason and Retry. "Print Sheet…" writes the paper sheet for when the network fails.

#include "domain/event.h"
#include "domain/registrant.h"
#include "frame/tabcontext.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QIdentityProxyModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QEvent;

namespace ctct {
struct ApiResult;
class CheckInMatchModel;
template<typename T>
class TypedPager;
} // namespace ctct

namespace ctct::ui {

class CheckInWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckInWindow)

public:
    // Opens (and shows) a check-in window for the event; it deletes itself when closed.
    static CheckInWindow *open(const TabContext &context, const ctct::Event &event, QWidget *parent);

    CheckInWindow(const TabContext &context, const ctct::Event &event, QWidget *parent = nullptr);
    ~CheckInWindow() override;

    const ctct::Event &event() const { return m_event; }
    // True until every page of the registrants is in.
    bool isLoading() const;
    // The registrants as known here (attendance as last confirmed by the server).
    QList<ctct::Registrant> registrants() const;
    // The message in the banner and whether it reports a success, a refusal or a failure.
    enum class BannerKind { None, Info, Success, Refused, Failure };
    QString bannerText() const;
    BannerKind bannerKind() const { return m_bannerKind; }

    // What Enter does: checks in the single match of the search text.
    void checkInCurrent();
    // A check-in or undo is on its way to the server (its request leaves at once).
    bool isSending() const { return !m_inFlight.isEmpty(); }
    // Reverts the last check-in made here (back to the status it had before); again for the
    // one before.
    void undoLast();
    bool canUndo() const;
    // Repeats the check-in (or undo) whose request failed.
    void retry();
    // Writes the check-in sheet of the loaded registrants after asking for a path.
    void printSheet();
    // The search field (it keeps the focus) and the matches shown.
    QLineEdit *searchField() const { return m_search; }
    ctct::CheckInMatchModel *matches() const { return m_matches; }
    // "Checked in 12 of 40 …", as the window shows it.
    QString countsText() const;

Q_SIGNALS:
    void loaded();
    // A check-in or undo was confirmed by the server (registrant id, new attendance status).
    void attendanceChanged(const QString &registrantId, const QString &status);
    // A check-in or undo failed (the banner says why).
    void attendanceFailed(const QString &registrantId);
    // The check-in sheet was written (error empty) or could not be (error says why).
    void sheetWritten(const QString &path, const QString &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Pending
    {
        QString registrantId;
        QString status;         // the status asked for
        QString type;           // GROUP or INDIVIDUAL (empty for NOT_ATTENDED)
        QString previousStatus; // to revert to on Undo
        QString previousType;
        bool undo = false;
    };

    void buildLayout();
    void startLoading();
    void searchChanged();
    void send(const Pending &change);
    void changeDone(const Pending &change, const ApiResult &result);
    void showBanner(BannerKind kind, const QString &headline, const QString &detail = {});
    void moveCurrent(int delta);
    qsizetype chosenRow() const;
    void checkIn(qsizetype row);
    void updateCounts();
    void updateButtons();

    const TabContext m_context;
    const ctct::Event m_event;
    ctct::CheckInMatchModel *m_matches = nullptr;
    QIdentityProxyModel *m_colours = nullptr;
    QPointer<ctct::TypedPager<ctct::Registrant>> m_pager;
    bool m_loading = false;
    QSet<QString> m_inFlight;        // registrant ids whose change is on its way
    QList<Pending> m_done;           // the confirmed check-ins, newest last, for Undo
    std::optional<Pending> m_failed; // the change whose request failed, for Retry
    BannerKind m_bannerKind = BannerKind::None;
    QString m_bannerText;
    bool m_printing = false;
    bool m_loadFailed = false;
    QSet<QString> m_failedIds; // registrants whose last change failed (shown as such)

    QLabel *m_heading = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_counts = nullptr;
    QWidget *m_bannerBox = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_banner = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_checkIn = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_print = nullptr;
};

} // namespace ctct::ui
