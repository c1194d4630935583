// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The detail pane of the Contacts tab: every field of the selected contact, fetched in full
// (a table row holds only a summary), the lists it belongs to, and its campaign history, whose
// rows open the campaign's report.

#include "domain/contact.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QFormLayout;
class QLabel;
class QTableView;

namespace ctct {
class ApiJob;
class EventHistoryModel;
class Operations;
struct ApiResult;
} // namespace ctct

namespace ctct::cache {
class AccountStore;
}

namespace ctct::ui {

class ListsModel;

class ContactDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDetails)

public:
    ContactDetails(const Operations *operations, const ListsModel *lists, QWidget *parent = nullptr);
    ~ContactDetails() override;

    // The local copy of the account (nullptr: none): a contact is shown from it at once, then
    // from the server, whose answer goes into it; the history keeps every event it has.
    void setStore(cache::AccountStore *store);
    // Fetches the contact and shows it; a fetch still running for another one is canceled.
    void showContact(const QString &id);
    void setContact(const Contact &contact);
    void showSelectionCount(int count);
    void clear();
    // The user's names for the custom fields (Settings::customFieldLabels).
    void setCustomFieldLabels(const QStringList &labels);

    // The contact shown or being fetched; empty when none.
    QString contactId() const { return m_id; }
    // What is shown comes from the local copy (the server's answer is still due, or did not come).
    bool showsLocalCopy() const { return m_fromCopy; }
    bool isLoading() const;
    // The contact's sends, opens, clicks, bounces, forwards and opt-outs (last 90 days).
    EventHistoryModel *history() const { return m_history; }

Q_SIGNALS:
    void contactLoaded(const ctct::Contact &contact);
    void failed(const ctct::ApiResult &result);
    // A history row was activated (Enter, double-click, Open Campaign Report): its campaign.
    void campaignReportRequested(const QString &campaignId);

private:
    QLabel *addRow(const QString &label, const char *name);
    void setRow(QLabel *value, const QString &text);
    void setHeading(const QString &title, const QString &subtitle);
    void cancelFetch();
    void onFinished(const ApiResult &result);
    void setHistoryVisible(bool visible);
    void updateHistorySummary();
    QString currentHistoryCampaign() const;

    const Operations *m_operations;
    const ListsModel *m_lists;
    QPointer<cache::AccountStore> m_store;
    QPointer<ApiJob> m_job;
    QString m_id;
    bool m_fromCopy = false;

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_copyNote;
    QFormLayout *m_form;
    QLabel *m_status;
    QLabel *m_emailType;
    QLabel *m_jobTitle;
    QLabel *m_company;
    QLabel *m_homePhone;
    QLabel *m_workPhone;
    QLabel *m_address;
    QLabel *m_note;
    QList<QLabel *> m_custom;
    QLabel *m_memberships;
    QLabel *m_optIn;
    QLabel *m_optOut;
    QLabel *m_inserted;
    QLabel *m_updated;
    EventHistoryModel *m_history;
    QLabel *m_historyTitle;
    QLabel *m_historySummary;
    QTableView *m_historyView;
    QAction *m_openReportAction;
};

} // namespace ctct::ui
