// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Events tab (event marketing, api-contract §9): the account's events, paged with
// ?pageNumber=, filtered by status and searched as you type on the loaded rows, sorted by any
// column; a detail pane with the place, the registration page (opens the browser),
// registration types with fees and limits and the payment options. Below, the registrants of
// the selected event, every page of them, searched by name or e-mail and filtered by
// registration, attendance and payment status; their company, type and amount are completed
// from each full entry in the background, one request at a time. The selected registrant's
// detail shows personal and business information, the answers to custom questions, the costs
// and the guests by name (fetched when it is shown). Payment status can be set (a question
// first for cancel and refund); the amounts are added up by payment status; the registrants
// are exported to CSV. Events are created and edited in the EventEditor; Check-In Mode opens
// the door's CheckInWindow, whose check-ins show here as they happen. A page on the frame.

#include "frame/page.h"

#include "domain/event.h"
#include "domain/registrant.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTextBrowser;

namespace ctct {
class ApiJob;
class EventTableModel;
class Pager;
class RegistrantTableModel;
class RowFilterModel;
} // namespace ctct

namespace ctct::ui {

class CheckInWindow;
class EventEditor;
class ResourceTableView;

class EventsTab final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsTab)

public:
    explicit EventsTab(const TabContext &context, QWidget *parent = nullptr);
    ~EventsTab() override;

    Actions actions() const override;
    void refresh() override;
    bool hasSearch() const override { return true; }
    void focusSearch() override;
    void saveState() override;

    // "" (all), "DRAFT", "ACTIVE", "CANCELLED", "COMPLETE".
    void setStatusFilter(const QString &status);
    QString statusFilter() const;

    void newEvent();
    void editSelected();
    EventEditor *editor() const;
    // Sets the selected registrant's payment status (PENDING, COMPLETED, CANCELLED, REFUNDED);
    // cancel and refund are asked first.
    void setPaymentOfSelected(const QString &status);
    // Asks where, then writes the registrants of the event shown as CSV.
    void exportRegistrants();
    // The door: a check-in window for the selected event (Ctrl+Shift+K).
    CheckInWindow *openCheckIn();

    EventTableModel *model() const { return m_events; }
    RowFilterModel *proxy() const { return m_eventProxy; }
    ResourceTableView *table() const { return m_table; }
    RegistrantTableModel *registrants() const { return m_registrants; }
    RowFilterModel *registrantProxy() const { return m_registrantProxy; }
    ResourceTableView *registrantTable() const { return m_registrantTable; }
    // The event the panes show; empty when none.
    QString shownEventId() const { return m_shownEvent.id; }
    // The registrant the detail shows; empty when none.
    QString shownRegistrantId() const { return m_shownRegistrantId; }
    // The guests of the registrant shown, once fetched.
    const QList<Guest> &shownGuests() const { return m_guests; }
    bool guestsLoaded() const { return m_guestsLoaded; }
    // Registrants' full entries are being fetched in the background.
    bool isCompleting() const;

private:
    void buildActions();
    void buildLayout();
    QWidget *buildEventsPane();
    QWidget *buildRegistrantsPane();
    void onEventSelected();
    void showEvent(const Event &event);
    void loadRegistrants(const Event &event);
    void onRegistrantSelected();
    void showRegistrant();
    void fetchGuests(const Registrant &registrant);
    void completeRegistrants();
    void fetchRegistrant(const QString &id, bool background);
    void updateEventCount();
    void updateRegistrantCount();
    void updateTotals();
    void updateActions();
    const Event *selectedEvent() const;
    const Registrant *selectedRegistrant() const;
    void sendPayment(const QString &eventId, const QString &registrantId, const QString &name, const QString &status);
    void onSaved(const QString &eventId, bool created);
    void reloadEvent(const QString &eventId);
    // The editor (the only one), deleted when closed.
    EventEditor *createEditor();

    EventTableModel *m_events;
    RowFilterModel *m_eventProxy;
    RegistrantTableModel *m_registrants;
    RowFilterModel *m_registrantProxy;

    ResourceTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_eventHeading = nullptr;
    QLabel *m_eventDetails = nullptr;

    ResourceTableView *m_registrantTable = nullptr;
    QLineEdit *m_registrantSearch = nullptr;
    QComboBox *m_registrationFilter = nullptr;
    QComboBox *m_attendanceFilter = nullptr;
    QComboBox *m_paymentFilter = nullptr;
    QLabel *m_registrantCount = nullptr;
    QLabel *m_totals = nullptr;
    QTextBrowser *m_registrantDetails = nullptr;

    QSplitter *m_vertical = nullptr;
    QSplitter *m_eventSplitter = nullptr;
    QSplitter *m_registrantSplitter = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_checkInAction = nullptr;
    QMenu *m_paymentMenu = nullptr;
    QList<QAction *> m_paymentActions;

    Event m_shownEvent;
    QString m_shownRegistrantId;
    QList<Guest> m_guests;
    bool m_guestsLoaded = false;
    QPointer<Pager> m_guestsPager;
    QPointer<ApiJob> m_eventJob;
    QPointer<ApiJob> m_detailsJob;
    QPointer<EventEditor> m_editor;
};

} // namespace ctct::ui
