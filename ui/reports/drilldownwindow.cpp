// SPDX-License-Identifier: GPL-3.0-or-later
#include "drilldownwindow.h"

#include "api/membershipjob.h"
#include "api/operations.h"
#include "lists/listdialog.h"
#include "lists/listsmodel.h"
#include "models/reportcontactsmodel.h"
#include "models/roles.h"
#include "widgets/filedialog.h"
#include "widgets/resourcetableview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace ctct::ui {

DrillDownWindow::DrillDownWindow(const TabContext &context, const QString &title, CampaignEventKind kind,
                                 const QList<CampaignEvent> &events, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_model(new ReportContactsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_lists(new ListsModel(context.operations(), this))
{
    setObjectName(QStringLiteral("drillDownWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    m_model->setEvents(kind, events);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RawValueRole);

    m_heading = new QLabel(title, this);
    m_heading->setObjectName(QStringLiteral("drillDownHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    auto *count = new QLabel(tr("%n contacts", nullptr, int(m_model->contacts().size())) + u" · " +
                                 tr("%n events", nullptr, int(events.size())),
                             this);
    count->setObjectName(QStringLiteral("drillDownCount"));

    m_table = new ResourceTableView(this);
    m_table->setObjectName(QStringLiteral("drillDownView"));
    m_table->setAccessibleName(tr("Contacts behind the number"));
    m_table->setModel(m_proxy);
    ResourceTableView::Defaults defaults;
    defaults.widths = {{ReportContactsModel::EmailColumn, 260},
                       {ReportContactsModel::NameColumn, 170},
                       {ReportContactsModel::TimeColumn, 180}};
    m_table->restoreHeader({}, defaults);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("drillDownStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("drillDownProgress"));
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("drillDownCancel"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });

    m_exportButton = new QPushButton(tr("&Export CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("drillDownExportButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &DrillDownWindow::exportCsv);
    m_addButton = new QToolButton(this);
    m_addButton->setObjectName(QStringLiteral("addToListButton"));
    m_addButton->setText(tr("&Add to List"));
    m_addButton->setToolTip(tr("Add these contacts to one of the account's lists"));
    m_addButton->setPopupMode(QToolButton::InstantPopup);
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addButton->setMenu(new QMenu(m_addButton));
    m_newListButton = new QPushButton(tr("&New List from These…"), this);
    m_newListButton->setObjectName(QStringLiteral("newListFromTheseButton"));
    connect(m_newListButton, &QPushButton::clicked, this, &DrillDownWindow::newListFromThese);
    auto *close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QWidget::close);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_newListButton);
    buttons->addStretch();
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(count);
    layout->addWidget(m_table, 1);
    layout->addLayout(statusRow);
    layout->addLayout(buttons);
    resize(760, 520);

    connect(m_lists, &ListsModel::loaded, this, &DrillDownWindow::fillListsMenu);
    m_lists->reload();
    lookUpNames();
    updateButtons();
}

DrillDownWindow::~DrillDownWindow() = default;

bool DrillDownWindow::isChangingMembership() const
{
    return m_job != nullptr;
}

ListDialog *DrillDownWindow::listDialog() const
{
    return m_listDialog;
}

QString DrillDownWindow::statusText() const
{
    return m_status->text();
}

void DrillDownWindow::setStatus(const QString &text)
{
    m_status->setText(text);
}

void DrillDownWindow::updateButtons()
{
    const bool any = m_model->rowCount() > 0;
    const bool idle = !m_job;
    m_exportButton->setEnabled(any);
    m_addButton->setEnabled(any && idle && !m_lists->userLists().isEmpty());
    m_newListButton->setEnabled(any && idle);
}

void DrillDownWindow::fillListsMenu()
{
    QMenu *menu = m_addButton->menu();
    menu->clear();
    for (const ContactList &list : m_lists->userLists()) {
        QAction *a = menu->addAction(list.name);
        a->setData(list.id);
        connect(a, &QAction::triggered, this, [this, id = list.id] { addToList(id); });
    }
    updateButtons();
}

void DrillDownWindow::lookUpNames()
{
    const Operations *ops = m_context.operations();
    const QStringList emails = m_model->emails();
    if (!ops || emails.isEmpty())
        return;
    ContactQuery query;
    query.emails = emails;
    // One request per 50 addresses (the API's limit), one after another. The step holds itself
    // only through the request it started (a weak pointer here), so it goes with the last one.
    auto urls = std::make_shared<QList<QUrl>>(ops->contactsUrls(query));
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, ops, urls, self = std::weak_ptr(next)] {
        if (urls->isEmpty()) {
            m_lookups = 0;
            return;
        }
        m_lookups = int(urls->size());
        TypedPager<Contact> *pager = ops->contacts(urls->takeFirst(), this);
        connect(pager, &Pager::pageReady, this, [this, pager] {
            QHash<QString, QString> names;
            for (const Contact &c : pager->takePage().entries) {
                const QString name =
                    !c.name.isEmpty() ? c.name : QStringList{c.firstName, c.lastName}.join(u' ').trimmed();
                names.insert(c.emailAddress.toLower(), name);
            }
            m_model->setNames(names);
        });
        connect(pager, &Pager::finished, this, [this, pager, next = self.lock()] {
            pager->deleteLater();
            if (!pager->result().ok()) {
                m_lookups = 0;
                setStatus(tr("Names could not be looked up: %1").arg(pager->result().message));
                return;
            }
            (*next)();
        });
        pager->fetchAll();
    };
    (*next)();
}

void DrillDownWindow::addToList(const QString &listId, const QString &listName)
{
    const Operations *ops = m_context.operations();
    const QList<std::pair<QString, QString>> contacts = m_model->contacts();
    if (!ops || contacts.isEmpty() || m_job)
        return;
    QList<MembershipTarget> targets;
    for (const auto &[id, email] : contacts)
        targets.append({id, email});
    QString name = listName.isEmpty() ? m_lists->nameOf(listId) : listName;
    if (name.isEmpty())
        name = shortIdOf(listId);
    auto *job = new MembershipJob(*ops, MembershipJob::Mode::Add, listId, targets, this);
    m_job = job;
    m_progress->setRange(0, int(targets.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    setStatus(tr("Adding %n contacts to %1…", nullptr, int(targets.size())).arg(name));
    connect(job, &MembershipJob::progress, m_progress, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(job, &MembershipJob::finished, this, [this, job, name] {
        job->deleteLater();
        m_job = nullptr;
        m_progress->hide();
        m_cancel->hide();
        const auto &failures = job->failures();
        m_lastAdded = job->succeeded();
        m_lastRefused = int(failures.size());
        if (!failures.isEmpty()) {
            const MembershipFailure &f = failures.first();
            setStatus(tr("%n contacts could not be added to %1; the first, %2: %3", nullptr, int(failures.size()))
                          .arg(name, f.emailAddress.isEmpty() ? f.contactId : f.emailAddress, f.message));
        } else if (job->wasCanceled()) {
            setStatus(tr("Canceled: %n contacts were added to %1.", nullptr, job->succeeded()).arg(name));
        } else {
            setStatus(tr("Done: %n contacts added to %1.", nullptr, job->succeeded()).arg(name));
        }
        m_lists->reload();
        updateButtons();
    });
    updateButtons();
    job->start();
}

void DrillDownWindow::newListFromThese()
{
    if (m_listDialog) {
        m_listDialog->raise();
        return;
    }
    auto *dialog = new ListDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_listDialog = dialog;
    connect(dialog, &ListDialog::saved, this, [this](const ContactList &list, bool created) {
        if (created && !list.id.isEmpty())
            addToList(list.id, list.name);
    });
    dialog->newList();
    dialog->open();
}

bool DrillDownWindow::writeCsv(const QString &path, QString *error) const
{
    const QByteArray bytes = m_model->toCsv();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void DrillDownWindow::exportCsv()
{
    FileDialog::saveFile(this, tr("Export Contacts"), QStringLiteral("contacts.csv"), tr("CSV files (*.csv)"),
                         [this](const QString &path) {
                             if (path.isEmpty())
                                 return;
                             QString error;
                             setStatus(writeCsv(path, &error)
                                           ? tr("%n contacts written to %1.", nullptr, m_model->rowCount()).arg(path)
                                           : tr("%1 could not be written: %2").arg(path, error));
                         });
}

} // namespace ctct::ui
