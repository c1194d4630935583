// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The contacts behind one number of a campaign report, in a window of their own: e-mail,
// name (looked up on the server, 50 addresses a request, while the table is already shown),
// event time and the event's particulars. They can be exported to CSV, added to one of the
// account's lists ("Add to List"), or made into a new list ("New List from These…"), through
// MembershipJob — the path the Contacts tab uses — with progress and Cancel in the window.

#include "domain/campaignevent.h"
#include "frame/tabcontext.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QToolButton;

namespace ctct {
class MembershipJob;
class ReportContactsModel;
} // namespace ctct

namespace ctct::ui {

class ListDialog;
class ListsModel;
class ResourceTableView;

class DrillDownWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillDownWindow)

public:
    DrillDownWindow(const TabContext &context, const QString &title, CampaignEventKind kind,
                    const QList<CampaignEvent> &events, QWidget *parent = nullptr);
    ~DrillDownWindow() override;

    ReportContactsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    ListsModel *lists() const { return m_lists; }
    bool isLookingUpNames() const { return m_lookups > 0; }
    bool isChangingMembership() const;
    QString statusText() const;
    ListDialog *listDialog() const;

    bool writeCsv(const QString &path, QString *error) const;
    void exportCsv();
    // Adds every contact shown to the list (by id in any form; name: what to call it).
    void addToList(const QString &listId, const QString &name = {});
    // What the last Add to List did: contacts added, and those refused (with the reason).
    int lastAdded() const { return m_lastAdded; }
    int lastRefused() const { return m_lastRefused; }
    // Opens the new-list dialog; once the list is created, the contacts are added to it.
    void newListFromThese();

private:
    void lookUpNames();
    void fillListsMenu();
    void setStatus(const QString &text);
    void updateButtons();

    const TabContext m_context;
    ReportContactsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ListsModel *m_lists;
    ResourceTableView *m_table = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_exportButton = nullptr;
    QToolButton *m_addButton = nullptr;
    QPushButton *m_newListButton = nullptr;
    QPointer<MembershipJob> m_job;
    QPointer<ListDialog> m_listDialog;
    int m_lookups = 0;
    int m_lastAdded = 0;
    int m_lastRefused = 0;
};

} // namespace ctct::ui
