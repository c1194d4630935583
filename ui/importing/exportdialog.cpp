// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "activities/activitywatch.h"
#include "api/activitytracker.h"
#include "api/apijob.h"
#include "api/operations.h"
#include "frame/failure.h"
#include "importing/columnmapping.h"
#include "importing/exportfile.h"
#include "lists/listsmodel.h"
#include "logging.h"
#include "widgets/problemlabel.h"
#include "widgets/progresspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ctct::ui {

ExportDialog::ExportDialog(const TabContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_lists(new ListsModel(context.operations(), this))
    , m_listBox(new QComboBox(this))
    , m_columns(new QListWidget(this))
    , m_optDate(new QCheckBox(tr("Opt-in &date"), this))
    , m_optSource(new QCheckBox(tr("Opt-in &source"), this))
    , m_listName(new QCheckBox(tr("List &name"), this))
    , m_sortBox(new QComboBox(this))
    , m_typeBox(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_problem(new ProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Contacts"));
    m_listBox->setObjectName(QStringLiteral("exportListBox"));
    m_columns->setObjectName(QStringLiteral("exportColumns"));
    m_columns->setAccessibleName(tr("Columns to export"));
    m_sortBox->setObjectName(QStringLiteral("exportSortBox"));
    m_typeBox->setObjectName(QStringLiteral("exportTypeBox"));
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_problem->setObjectName(QStringLiteral("exportProblem"));

    for (const QString &column : importing::apiColumns()) {
        auto *item = new QListWidgetItem(column, m_columns);
        item->setData(Qt::UserRole, column);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        if (column == u"EMAIL ADDRESS") {
            item->setFlags(Qt::ItemIsUserCheckable); // always exported
            item->setToolTip(tr("The e-mail address is always exported."));
        }
    }
    m_columns->setMinimumHeight(180);
    auto *all = new QPushButton(tr("&All"), this);
    auto *none = new QPushButton(tr("N&one"), this);
    // After the list they act on (they are made after the button box, which orders its own).
    QWidget::setTabOrder(m_columns, all);
    QWidget::setTabOrder(all, none);
    QWidget::setTabOrder(none, m_optDate);
    const auto checkAll = [this](Qt::CheckState state) {
        for (int i = 0; i < m_columns->count(); ++i) {
            QListWidgetItem *item = m_columns->item(i);
            if (item->flags() & Qt::ItemIsEnabled)
                item->setCheckState(state);
        }
    };
    connect(all, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Checked); });
    connect(none, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Unchecked); });
    auto *columnButtons = new QVBoxLayout;
    columnButtons->addWidget(all);
    columnButtons->addWidget(none);
    columnButtons->addStretch();
    auto *columnsRow = new QHBoxLayout;
    columnsRow->addWidget(m_columns, 1);
    columnsRow->addLayout(columnButtons);

    m_optDate->setChecked(true);
    m_optSource->setChecked(true);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_optDate);
    optionsRow->addWidget(m_optSource);
    optionsRow->addWidget(m_listName);
    optionsRow->addStretch();
    m_sortBox->addItem(tr("By e-mail address"), QStringLiteral("EMAIL_ADDRESS"));
    m_sortBox->addItem(tr("Newest first"), QStringLiteral("DATE_DESC"));
    m_typeBox->addItem(tr("CSV (comma-separated)"), QStringLiteral("CSV"));
    m_typeBox->addItem(tr("TXT (tab-separated)"), QStringLiteral("TXT"));

    auto *form = new QFormLayout;
    form->addRow(tr("&List:"), m_listBox);
    form->addRow(tr("Columns:"), columnsRow);
    form->addRow(tr("Include:"), optionsRow);
    form->addRow(tr("O&rder:"), m_sortBox);
    form->addRow(tr("&Format:"), m_typeBox);

    m_status->setWordWrap(true);
    m_progress->hide();
    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_lists, &ListsModel::loaded, this, &ExportDialog::fillLists);
    connect(m_lists, &ListsModel::failed, this, [this](const ApiResult &r) {
        m_problem->setProblem(tr("The lists could not be loaded: %1").arg(describeFailure(r)));
    });
    fillLists();
    m_lists->reload();
}

ExportDialog::~ExportDialog() = default;

ExportDialog *ExportDialog::open(const TabContext &context, QWidget *window, const QString &listId)
{
    auto *dialog = window->findChild<ExportDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new ExportDialog(context, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (!listId.isEmpty())
        dialog->setList(listId);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void ExportDialog::fillLists()
{
    const QString current = m_wantedList.isEmpty() ? m_listBox->currentData().toString() : m_wantedList;
    const Operations *operations = m_context.operations();
    const QSignalBlocker blocker(m_listBox);
    m_listBox->clear();
    for (int row = 0; row < m_lists->rowCount(); ++row) {
        const ListsModel::Entry &e = m_lists->entry(row);
        if (e.kind == ListsModel::Kind::AllContacts)
            continue;
        const QString id =
            e.kind == ListsModel::Kind::SystemList && operations ? operations->listUri(e.listType) : e.id;
        m_listBox->addItem(e.kind == ListsModel::Kind::SystemList ? tr("%1 (system list)").arg(e.name) : e.name, id);
    }
    const int index = m_listBox->findData(current);
    m_listBox->setCurrentIndex(index >= 0 ? index : 0);
}

void ExportDialog::setList(const QString &listId)
{
    const Operations *operations = m_context.operations();
    m_wantedList = operations ? operations->listUri(listId) : listId;
    fillLists();
}

importing::ExportOptions ExportDialog::options() const
{
    importing::ExportOptions o;
    o.listId = m_listBox->currentData().toString();
    for (int i = 0; i < m_columns->count(); ++i) {
        const QListWidgetItem *item = m_columns->item(i);
        if (item->checkState() == Qt::Checked)
            o.columns.append(item->data(Qt::UserRole).toString());
    }
    o.fileType = m_typeBox->currentData().toString();
    o.exportOptDate = m_optDate->isChecked();
    o.exportOptSource = m_optSource->isChecked();
    o.exportListName = m_listName->isChecked();
    o.sortBy = m_sortBox->currentData().toString();
    return o;
}

QString ExportDialog::problem() const
{
    return m_problem->problem();
}

QString ExportDialog::status() const
{
    return m_status->text();
}

void ExportDialog::setRunning(bool running)
{
    m_running = running;
    for (QWidget *w :
         {static_cast<QWidget *>(m_listBox), static_cast<QWidget *>(m_columns), static_cast<QWidget *>(m_optDate),
          static_cast<QWidget *>(m_optSource), static_cast<QWidget *>(m_listName), static_cast<QWidget *>(m_sortBox),
          static_cast<QWidget *>(m_typeBox)})
        w->setEnabled(!running);
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!running);
    }
    m_progress->setVisible(running);
    m_progress->setRange(0, 0);
}

void ExportDialog::startExport()
{
    const Operations *operations = m_context.operations();
    if (!operations || isRunning())
        return;
    const importing::ExportOptions o = options();
    if (o.listId.isEmpty()) {
        m_problem->setProblem(tr("Choose the list to export."));
        return;
    }
    m_problem->setProblem({});
    m_status->setText(tr("Asking the server for the export of %1…").arg(m_listBox->currentText()));
    setRunning(true);
    operations->createExport(o)->then(this, [this, operations](const ApiResult &r) {
        if (!m_running)
            return; // given up on while the request was out: the activity stays in the Activities tab
        const atom::Parsed<Activity> a = r.ok() ? parseEntry<Activity>(r) : atom::Parsed<Activity>{};
        if (!r.ok() || !a.ok()) {
            setRunning(false);
            m_status->clear();
            m_problem->setProblem(tr("The export could not be started: %1")
                                      .arg(describeFailure(r.ok() ? parseFailure(r, a.error.toString()) : r)));
            return;
        }
        qCInfo(lcUiImport) << "export activity" << a.value->shortId() << "created";
        m_status->setText(tr("The server is exporting %1 (%2)…").arg(m_listBox->currentText(), a.value->status));
        if (m_context.activities)
            m_context.activities->remember(*a.value, tr("The export of %1").arg(m_listBox->currentText()));
        m_tracker = new ActivityTracker(*operations, a.value->id, this);
        connect(m_tracker, &ActivityTracker::progressed, this, [this](const Activity &p) {
            m_status->setText(tr("The server is exporting %1 (%2)…").arg(m_listBox->currentText(), p.status));
        });
        connect(m_tracker, &ActivityTracker::finished, this, &ExportDialog::onFinished);
        connect(m_tracker, &ActivityTracker::failed, this, [this](const ApiResult &failure) {
            m_tracker->deleteLater();
            m_tracker = nullptr;
            setRunning(false);
            m_problem->setProblem(
                tr("The export could not be followed: %1. It goes on on the server: see the Activities tab.")
                    .arg(describeFailure(failure)));
        });
        if (m_context.progress)
            m_context.progress->start(tr("Exporting %1").arg(m_listBox->currentText()), [self = QPointer(this)] {
                if (self)
                    self->reject();
            });
        m_tracker->start();
    });
}

void ExportDialog::onFinished(const Activity &activity)
{
    if (m_context.activities)
        m_context.activities->forget(activity.id);
    m_tracker->deleteLater();
    m_tracker = nullptr;
    setRunning(false);
    if (m_context.progress)
        m_context.progress->finish();
    if (activity.statusValue() != ActivityStatus::Complete) {
        QStringList errors;
        for (const ActivityError &e : activity.errors)
            errors.append(e.message);
        m_problem->setProblem(
            errors.isEmpty() ? tr("The server ended the export in %1.").arg(activity.status)
                             : tr("The server ended the export in %1: %2").arg(activity.status, errors.join(u"; ")));
        return;
    }
    m_status->setText(tr("The export is ready (%n contacts).", nullptr, int(activity.transactionCount.value_or(0))));
    saveExportFile(m_context, this, activity, [this](const QString &path, const QString &error) {
        if (path.isEmpty())
            m_status->setText(tr("The export is ready; it can be saved later from the Activities tab."));
        else if (error.isEmpty())
            m_status->setText(tr("Saved to %1.").arg(path));
        else
            m_problem->setProblem(tr("%1 could not be saved: %2").arg(path, error));
        emit saved(path, error);
    });
}

void ExportDialog::reject()
{
    if (m_running) {
        // Stops following; the export goes on on the server and stays in the Activities tab.
        if (m_tracker) {
            m_tracker->cancel();
            m_tracker->deleteLater();
            m_tracker = nullptr;
        }
        setRunning(false);
        if (m_context.progress)
            m_context.progress->finish();
        m_status->setText(tr("No longer followed here: the export goes on on the server (see the Activities tab)."));
        return;
    }
    QDialog::reject();
}

} // namespace ctct::ui
