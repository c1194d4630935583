// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"

#include "activities/activitywatch.h"
#include "api/accountcheckjob.h"
#include "api/apisession.h"
#include "api/importjob.h"
#include "frame/failure.h"
#include "importing/rejectedrows.h"
#include "lists/listdialog.h"
#include "lists/listsmodel.h"
#include "logging.h"
#include "models/importrowsmodel.h"
#include "platform/worker.h"
#include "settings.h"
#include "widgets/filedialog.h"
#include "widgets/messagebar.h"
#include "widgets/problemlabel.h"
#include "widgets/progresspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ctct::ui {

using importing::ColumnMapping;
using importing::ImportPlan;
using importing::RowProblem;
using importing::RowVerdict;

// One step of the wizard: its completeness and set-up are the wizard's (so the state lives in
// one place).
class ImportWizard::StepPage final : public QWizardPage
{
public:
    StepPage(std::function<bool()> complete, std::function<void()> init)
        : m_complete(std::move(complete))
        , m_init(std::move(init))
    {}
    bool isComplete() const override { return m_complete ? m_complete() : true; }
    void initializePage() override
    {
        if (m_init)
            m_init();
    }
    void changed() { emit completeChanged(); }

private:
    std::function<bool()> m_complete;
    std::function<void()> m_init;
};

namespace {

const QStringList kEncodings{QStringLiteral("UTF-8"), QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16BE"),
                             QStringLiteral("Windows-1252")};
constexpr importing::CsvEncoding kEncodingValues[] = {importing::CsvEncoding::Utf8, importing::CsvEncoding::Utf16LE,
                                                      importing::CsvEncoding::Utf16BE,
                                                      importing::CsvEncoding::Windows1252};
constexpr char kDelimiters[] = {',', ';', '\t', '|'};
constexpr int kPreviewRows = 200; // rows of the file shown with their verdicts (rejected ones: all)

QString delimiterName(char c)
{
    switch (c) {
    case ',':
        return ImportWizard::tr("comma");
    case ';':
        return ImportWizard::tr("semicolon");
    case '\t':
        return ImportWizard::tr("tab");
    case '|':
        return ImportWizard::tr("vertical bar");
    default:
        return QStringLiteral("'%1'").arg(QChar::fromLatin1(c));
    }
}

QTableView *makeRowsTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setSortingEnabled(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->setColumnWidth(ImportRowsModel::LineColumn,
                          table->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 16);
    table->setColumnWidth(ImportRowsModel::EmailColumn, table->fontMetrics().horizontalAdvance(u'x') * 32);
    table->setColumnWidth(ImportRowsModel::VerdictColumn, table->fontMetrics().horizontalAdvance(u'x') * 24);
    return table;
}

QMap<int, QString> customFieldNames(const TabContext &context)
{
    QMap<int, QString> names;
    if (!context.settings)
        return names;
    const QStringList labels = context.settings->customFieldLabels(context.accountKey);
    for (int i = 0; i < labels.size() && i < 15; ++i) {
        if (!labels[i].trimmed().isEmpty())
            names.insert(i + 1, labels[i].trimmed());
    }
    return names;
}

} // namespace

ImportWizard::ImportWizard(const TabContext &context, Mode mode, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_mode(mode)
    , m_lists(new ListsModel(context.operations(), this))
    , m_previewModel(new ImportRowsModel(this))
    , m_summaryModel(new ImportRowsModel(this))
    , m_previewFilter(new QSortFilterProxyModel(this))
    , m_progressTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(mode == Mode::Add ? tr("Import Contacts") : tr("Remove Contacts from Lists"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);
    setWindowModality(Qt::NonModal);
    setMinimumSize(760, 560);

    m_previewFilter->setSourceModel(m_previewModel);
    m_previewFilter->setFilterRole(ImportRowsModel::RejectedRole);
    m_previewFilter->setFilterKeyColumn(0);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_planProgress && m_planProgress->total > 0) {
            m_previewProgress->setMaximum(1000);
            m_previewProgress->setValue(int(m_planProgress->done * 1000 / m_planProgress->total));
        }
    });

    setPage(FileStep, buildFileStep());
    setPage(MappingStep, buildMappingStep());
    setPage(ListsStep, buildListsStep());
    setPage(PreviewStep, buildPreviewStep());
    setPage(RunStep, buildRunStep());
    setStartId(FileStep);

    connect(m_lists, &ListsModel::loaded, this, &ImportWizard::fillLists);
    connect(m_lists, &ListsModel::failed, this, [this](const ApiResult &result) {
        m_listsProblem->setProblem(tr("The lists could not be loaded: %1").arg(describeFailure(result)));
    });
    m_lists->reload();
}

ImportWizard::~ImportWizard()
{
    if (m_cancelInspect)
        *m_cancelInspect = true;
    if (m_planProgress)
        m_planProgress->cancelled = true;
    if (m_checkRead)
        m_checkRead->cancelled = true;
}

ImportWizard *ImportWizard::open(const TabContext &context, QWidget *window, Mode mode, const QString &path,
                                 const QStringList &listIds)
{
    ImportWizard *wizard = nullptr;
    for (ImportWizard *w : window->findChildren<ImportWizard *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (w->mode() == mode && !w->m_job)
            wizard = w;
    }
    if (!wizard)
        wizard = new ImportWizard(context, mode, window);
    if (!listIds.isEmpty())
        wizard->setLists(listIds);
    wizard->show();
    wizard->raise();
    wizard->activateWindow();
    if (!path.isEmpty())
        wizard->setFile(path);
    else if (wizard->m_path.isEmpty())
        wizard->chooseFile();
    return wizard;
}

// ------------------------------------------------------------------------------------ the file

QWizardPage *ImportWizard::buildFileStep()
{
    auto *page =
        new StepPage([this] { return !m_inspecting && m_inspection.ok() && !m_inspection.header.isEmpty(); }, {});
    page->setObjectName(QStringLiteral("fileStep"));
    page->setTitle(tr("The File"));
    page->setSubTitle(m_mode == Mode::Add
                          ? tr("A CSV or text file with an e-mail column, as Excel, Outlook, Google, Apple or any "
                               "other program writes it. Check that the columns below look right.")
                          : tr("A CSV or text file with the e-mail addresses of the contacts to take off lists."));

    m_fileEdit = new QLineEdit(page);
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("No file chosen"));
    auto *browse = new QPushButton(tr("&Choose…"), page);
    browse->setObjectName(QStringLiteral("chooseFileButton"));
    connect(browse, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);

    m_encodingBox = new QComboBox(page);
    m_encodingBox->setObjectName(QStringLiteral("encodingBox"));
    m_encodingBox->addItem(tr("As detected"));
    for (const QString &e : kEncodings)
        m_encodingBox->addItem(e);
    m_delimiterBox = new QComboBox(page);
    m_delimiterBox->setObjectName(QStringLiteral("delimiterBox"));
    m_delimiterBox->addItem(tr("As detected"));
    for (char c : kDelimiters)
        m_delimiterBox->addItem(delimiterName(c));
    connect(m_encodingBox, &QComboBox::currentIndexChanged, this, &ImportWizard::inspect);
    connect(m_delimiterBox, &QComboBox::currentIndexChanged, this, &ImportWizard::inspect);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_encodingBox);
    formatRow->addSpacing(12);
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), page);
    delimiterLabel->setBuddy(m_delimiterBox);
    formatRow->addWidget(delimiterLabel);
    formatRow->addWidget(m_delimiterBox);
    formatRow->addStretch();

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(m_fileEdit);
    form->addRow(fileLabel, fileRow);
    auto *encodingLabel = new QLabel(tr("&Encoding:"), page);
    encodingLabel->setBuddy(m_encodingBox);
    form->addRow(encodingLabel, formatRow);

    m_fileInfo = new QLabel(page);
    m_fileInfo->setObjectName(QStringLiteral("fileInfo"));
    m_fileInfo->setWordWrap(true);
    m_fileProblem = new ProblemLabel(page);
    m_fileProblem->setObjectName(QStringLiteral("fileProblem"));
    m_fileTable = new QTableWidget(page);
    m_fileTable->setObjectName(QStringLiteral("fileTable"));
    m_fileTable->setAccessibleName(tr("The first rows of the file"));
    m_fileTable->setTabKeyNavigation(false); // Tab goes on to the next control
    m_fileTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fileTable->setAlternatingRowColors(true);
    m_fileTable->verticalHeader()->setDefaultSectionSize(m_fileTable->fontMetrics().height() + 8);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_fileInfo);
    layout->addWidget(m_fileProblem);
    layout->addWidget(m_fileTable, 1);
    return page;
}

void ImportWizard::chooseFile()
{
    FileDialog::openFile(this, tr("Import Contacts"), tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"),
                         [this](const QString &path) {
                             if (!path.isEmpty())
                                 setFile(path);
                         });
}

void ImportWizard::setFile(const QString &path)
{
    if (isRunning())
        return;
    if (currentId() != FileStep && currentId() != -1)
        restart();
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_mapping = {};
    inspect();
}

void ImportWizard::setLists(const QStringList &listIds)
{
    m_wantedLists.clear();
    const Operations *operations = m_context.operations();
    for (const QString &id : listIds)
        m_wantedLists.append(operations ? operations->listUri(id) : id);
    fillLists();
}

void ImportWizard::inspect()
{
    if (m_path.isEmpty())
        return;
    if (m_cancelInspect)
        *m_cancelInspect = true;
    m_cancelInspect = std::make_shared<std::atomic_bool>(false);
    importing::CsvReaderOptions options;
    if (const int e = m_encodingBox->currentIndex(); e > 0)
        options.encoding = kEncodingValues[e - 1];
    if (const int d = m_delimiterBox->currentIndex(); d > 0)
        options.delimiter = kDelimiters[d - 1];
    options.cancelled = [flag = m_cancelInspect] { return flag->load(); };
    const quint64 generation = ++m_inspectGeneration;
    m_inspecting = true;
    m_fileInfo->setText(tr("Reading %1…").arg(QFileInfo(m_path).fileName()));
    m_fileProblem->setProblem({});
    updateComplete();
    runInWorker(
        this, [path = m_path, options] { return importing::inspectFile(path, kPreviewRows, options); },
        [this, generation](importing::ImportInspection inspection) {
            if (generation == m_inspectGeneration)
                applyInspection(std::move(inspection));
        });
}

void ImportWizard::applyInspection(importing::ImportInspection inspection)
{
    m_inspecting = false;
    m_inspection = std::move(inspection);
    m_fileTable->clear();
    if (!m_inspection.ok()) {
        m_fileInfo->clear();
        m_fileTable->setRowCount(0);
        m_fileTable->setColumnCount(0);
        m_fileProblem->setProblem(m_inspection.error.line > 0
                                      ? tr("The file cannot be read: line %1: %2")
                                            .arg(m_inspection.error.line)
                                            .arg(m_inspection.error.message)
                                      : tr("The file cannot be read: %1").arg(m_inspection.error.message));
        updateComplete();
        emit inspected();
        return;
    }
    const QFileInfo info(m_path);
    m_fileInfo->setText(tr("%1 (%2): %3, %4-separated, %5 columns. The first rows:")
                            .arg(info.fileName(), QLocale().formattedDataSize(info.size()),
                                 importing::encodingName(m_inspection.encoding), delimiterName(m_inspection.delimiter))
                            .arg(m_inspection.header.size()));
    if (m_inspection.header.isEmpty())
        m_fileProblem->setProblem(tr("The file is empty: it has no header line."));
    m_fileTable->setColumnCount(int(m_inspection.header.size()));
    m_fileTable->setHorizontalHeaderLabels(m_inspection.header);
    const int shown = int(std::min<qsizetype>(m_inspection.preview.size(), 20));
    m_fileTable->setRowCount(shown);
    QStringList lines;
    for (int r = 0; r < shown; ++r) {
        const QStringList &row = m_inspection.preview[r];
        for (int c = 0; c < row.size() && c < m_inspection.header.size(); ++c)
            m_fileTable->setItem(r, c, new QTableWidgetItem(row[c]));
        lines.append(QString::number(m_inspection.previewLines.value(r)));
    }
    m_fileTable->setVerticalHeaderLabels(lines);
    m_fileTable->resizeColumnsToContents();
    for (int c = 0; c < m_fileTable->columnCount(); ++c)
        m_fileTable->setColumnWidth(c, std::min(m_fileTable->columnWidth(c), 260));

    // A new header set gets the automatic mapping, or the one saved for it.
    if (m_mapping.key() != ColumnMapping::headerKey(m_inspection.header) || m_mapping.size() == 0) {
        m_mapping = ColumnMapping::automatic(m_inspection.header, customFieldNames(m_context));
        m_mappingFromSaved = false;
        if (m_context.settings) {
            const QVariantMap saved = m_context.settings->value(setting::SavedImportMappings);
            const auto it = saved.constFind(m_mapping.key());
            if (it != saved.cend()) {
                if (std::optional<ColumnMapping> s = ColumnMapping::fromVariantMap(it->toMap()))
                    m_mappingFromSaved = m_mapping.applySaved(*s);
            }
        }
    }
    updateComplete();
    emit inspected();
}

// --------------------------------------------------------------------------------- the mapping

QWizardPage *ImportWizard::buildMappingStep()
{
    auto *page = new StepPage([this] { return m_mapping.emailColumn() >= 0; }, [this] { fillMappingTable(); });
    page->setObjectName(QStringLiteral("mappingStep"));
    page->setTitle(tr("The Columns"));
    page->setSubTitle(m_mode == Mode::Add
                          ? tr("Which column of the file goes into which field of a contact. Columns that match "
                               "no field, or could mean two, are left out unless you choose a field for them.")
                          : tr("Only the e-mail column is needed to take contacts off lists."));
    m_mappingInfo = new QLabel(page);
    m_mappingInfo->setObjectName(QStringLiteral("mappingInfo"));
    m_mappingInfo->setWordWrap(true);
    m_mappingTable = new QTableWidget(0, 4, page);
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setAccessibleName(tr("Column mapping"));
    m_mappingTable->setTabKeyNavigation(false);
    m_mappingTable->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("First value"), tr("Imported as"), tr("Note")});
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->verticalHeader()->setDefaultSectionSize(m_mappingTable->fontMetrics().height() + 14);
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingTable->setColumnWidth(0, 180);
    m_mappingTable->setColumnWidth(1, 180);
    m_mappingTable->setColumnWidth(2, 220);
    m_rememberMapping = new QCheckBox(tr("&Remember these choices for files with the same columns"), page);
    m_rememberMapping->setObjectName(QStringLiteral("rememberMapping"));
    m_rememberMapping->setChecked(true);
    m_mappingProblem = new ProblemLabel(page);
    m_mappingProblem->setObjectName(QStringLiteral("mappingProblem"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_mappingInfo);
    layout->addWidget(m_mappingTable, 1);
    layout->addWidget(m_mappingProblem);
    layout->addWidget(m_rememberMapping);
    return page;
}

void ImportWizard::fillMappingTable()
{
    const QStringList &api = importing::apiColumns();
    const QStringList labels =
        m_context.settings ? m_context.settings->customFieldLabels(m_context.accountKey) : QStringList();
    const QList<importing::MappedColumn> &columns = m_mapping.columns();
    m_mappingTable->setRowCount(int(columns.size()));
    for (int i = 0; i < columns.size(); ++i) {
        const importing::MappedColumn &c = columns[i];
        m_mappingTable->setItem(i, 0, new QTableWidgetItem(c.header));
        const QString first = m_inspection.preview.isEmpty() ? QString() : m_inspection.preview.first().value(i);
        m_mappingTable->setItem(i, 1, new QTableWidgetItem(first));
        auto *box = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(i, 2));
        if (!box) {
            box = new QComboBox(m_mappingTable);
            box->setObjectName(QStringLiteral("mappingBox%1").arg(i));
            box->addItem(tr("(left out)"), QString());
            for (const QString &a : api) {
                QString text = a;
                if (a.startsWith(u"CUSTOM FIELD ")) {
                    const int n = a.mid(13).toInt();
                    const QString label = Settings::customFieldLabel(labels, n - 1);
                    if (!label.isEmpty() && label.compare(a, Qt::CaseInsensitive) != 0)
                        text = QStringLiteral("%1 (%2)").arg(a, label);
                }
                box->addItem(text, a);
            }
            box->setAccessibleName(tr("Imported as, for column %1").arg(c.header));
            connect(box, &QComboBox::activated, this,
                    [this, i, box] { chooseColumn(i, box->currentData().toString()); });
            m_mappingTable->setCellWidget(i, 2, box);
        }
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(std::max(0, box->findData(c.apiColumn)));
        auto *note = new QTableWidgetItem(c.note);
        note->setToolTip(c.note);
        m_mappingTable->setItem(i, 3, note);
    }
    const QStringList leftOut = m_mapping.leftOut();
    QString info =
        m_mappingFromSaved ? tr("Your saved choices for files with these columns are applied.") + u' ' : QString();
    info += leftOut.isEmpty() ? tr("Every column is imported.")
                              : tr("Left out: %1.").arg(leftOut.join(QStringLiteral("; ")));
    m_mappingInfo->setText(info);
    m_mappingProblem->setProblem(m_mapping.emailColumn() < 0
                                     ? tr("Choose the column that holds the e-mail addresses: without it nothing "
                                          "can be imported.")
                                     : QString());
}

void ImportWizard::chooseColumn(int index, const QString &apiColumn)
{
    if (index < 0 || index >= m_mapping.size())
        return;
    if (apiColumn.isEmpty())
        m_mapping.skip(index);
    else
        m_mapping.setColumn(index, apiColumn);
    fillMappingTable();
    updateComplete();
}

void ImportWizard::saveMapping()
{
    if (!m_context.settings || !m_rememberMapping->isChecked())
        return;
    const bool chosen =
        std::any_of(m_mapping.columns().cbegin(), m_mapping.columns().cend(),
                    [](const importing::MappedColumn &c) { return c.source == importing::MappedColumn::Source::User; });
    QVariantMap saved = m_context.settings->value(setting::SavedImportMappings);
    if (chosen)
        saved.insert(m_mapping.key(), m_mapping.toVariantMap());
    else
        saved.remove(m_mapping.key());
    m_context.settings->setValue(setting::SavedImportMappings, saved);
}

// ----------------------------------------------------------------------------------- the lists

QWizardPage *ImportWizard::buildListsStep()
{
    auto *page = new StepPage([this] { return !chosenLists().isEmpty(); }, {});
    page->setObjectName(QStringLiteral("listsStep"));
    page->setTitle(tr("The Lists"));
    page->setSubTitle(m_mode == Mode::Add ? tr("The lists the contacts are added to (one or more).")
                                          : tr("The lists the contacts are taken off (one or more)."));
    m_listsView = new QListWidget(page);
    m_listsView->setObjectName(QStringLiteral("listsView"));
    m_listsView->setAccessibleName(tr("Lists"));
    connect(m_listsView, &QListWidget::itemChanged, this, &ImportWizard::updateComplete);
    m_newListButton = new QPushButton(tr("New &List…"), page); // &N is the wizard's Next
    m_newListButton->setObjectName(QStringLiteral("newListButton"));
    m_newListButton->setVisible(m_mode == Mode::Add);
    connect(m_newListButton, &QPushButton::clicked, this, &ImportWizard::newList);
    m_listsProblem = new ProblemLabel(page);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newListButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_listsView, 1);
    layout->addWidget(m_listsProblem);
    layout->addLayout(buttons);
    return page;
}

void ImportWizard::fillLists()
{
    QStringList checked = chosenLists();
    for (const QString &id : std::as_const(m_wantedLists)) {
        if (!checked.contains(id))
            checked.append(id);
    }
    const QSignalBlocker blocker(m_listsView);
    m_listsView->clear();
    for (const ContactList &list : m_lists->userLists()) {
        auto *item = new QListWidgetItem(list.name, m_listsView);
        item->setData(Qt::UserRole, list.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(list.id) ? Qt::Checked : Qt::Unchecked);
        if (list.contactCount)
            item->setToolTip(tr("%n contacts", nullptr, int(*list.contactCount)));
    }
    updateComplete();
}

QStringList ImportWizard::chosenLists() const
{
    QStringList ids;
    for (int i = 0; i < m_listsView->count(); ++i) {
        const QListWidgetItem *item = m_listsView->item(i);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toString());
    }
    return ids;
}

void ImportWizard::newList()
{
    auto *dialog = new ListDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ListDialog::saved, this, [this](const ContactList &list, bool) {
        m_wantedLists.append(list.id);
        m_lists->reload();
    });
    dialog->newList();
    dialog->open();
}

// --------------------------------------------------------------------------------- the preview

QWizardPage *ImportWizard::buildPreviewStep()
{
    auto *page = new StepPage([this] { return !m_planning && m_plan.ok() && m_plan.valid() > 0 && !m_check; },
                              [this] { startPlan(); });
    page->setObjectName(QStringLiteral("previewStep"));
    page->setTitle(tr("The Rows"));
    page->setSubTitle(tr("Every row is checked before anything is sent. Rejected rows are not sent; the others "
                         "go in activities of up to 40,000 rows."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, m_mode == Mode::Add ? tr("&Import") : tr("&Remove"));

    m_previewInfo = new QLabel(page);
    m_previewInfo->setObjectName(QStringLiteral("previewInfo"));
    m_previewInfo->setWordWrap(true);
    m_previewInfo->setTextFormat(Qt::PlainText);
    m_previewProgress = new QProgressBar(page);
    m_previewProgress->setObjectName(QStringLiteral("previewProgress"));
    m_previewCancel = new QPushButton(tr("Cancel"), page);
    m_previewCancel->setObjectName(QStringLiteral("previewCancel"));
    connect(m_previewCancel, &QPushButton::clicked, this, &ImportWizard::cancelPlan);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_previewProgress, 1);
    progressRow->addWidget(m_previewCancel);

    m_onlyRejected = new QCheckBox(tr("Show only the &rejected rows"), page);
    m_onlyRejected->setObjectName(QStringLiteral("onlyRejected"));
    connect(m_onlyRejected, &QCheckBox::toggled, this,
            [this](bool only) { m_previewFilter->setFilterFixedString(only ? QStringLiteral("true") : QString()); });
    m_previewTable = makeRowsTable(m_previewFilter, page);
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setAccessibleName(tr("Rows and their verdicts"));
    m_previewTable->setTabKeyNavigation(false);

    m_checkButton = new QPushButton(tr("Check Against the &Account"), page);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_checkButton->setToolTip(tr("Asks the account which rows make new contacts, which update existing ones and "
                                 "which are on the Do Not Mail list. Nothing is changed."));
    m_checkButton->setVisible(m_mode == Mode::Add);
    connect(m_checkButton, &QPushButton::clicked, this, &ImportWizard::checkAgainstAccount);
    m_checkInfo = new QLabel(page);
    m_checkInfo->setObjectName(QStringLiteral("checkInfo"));
    m_checkInfo->setWordWrap(true);
    m_previewSaveRejected = new QPushButton(tr("Save Rejected Rows…"), page);
    m_previewSaveRejected->setObjectName(QStringLiteral("previewSaveRejected"));
    connect(m_previewSaveRejected, &QPushButton::clicked, this, &ImportWizard::saveRejectedRows);
    m_previewProblem = new ProblemLabel(page);
    m_previewProblem->setObjectName(QStringLiteral("previewProblem"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_onlyRejected);
    buttons->addStretch();
    buttons->addWidget(m_previewSaveRejected);
    buttons->addWidget(m_checkButton);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_previewInfo);
    layout->addLayout(progressRow);
    layout->addWidget(m_previewProblem);
    layout->addLayout(buttons);
    layout->addWidget(m_checkInfo);
    layout->addWidget(m_previewTable, 1);
    return page;
}

void ImportWizard::startPlan()
{
    saveMapping();
    const QString key = m_mapping.toJson() + QString::number(int(m_inspection.encoding)) +
                        QChar::fromLatin1(m_inspection.delimiter) + m_path;
    if (key == m_plannedFor && m_plan.ok())
        return; // back and forth without a change: the plan stands
    if (m_planProgress)
        m_planProgress->cancelled = true;
    if (m_check)
        m_check->cancel();
    m_plannedFor = key;
    m_planning = true;
    m_plan = {};
    m_previewModel->clear();
    m_checkInfo->clear();
    m_previewProblem->setProblem({});
    m_previewInfo->setText(tr("Checking the rows of %1…").arg(QFileInfo(m_path).fileName()));
    m_previewProgress->setRange(0, 0);
    m_previewProgress->show();
    m_previewCancel->show();
    m_checkButton->setEnabled(false);
    m_previewSaveRejected->setEnabled(false);
    auto progress = std::make_shared<Progress>();
    m_planProgress = progress;
    m_progressTimer->start();
    importing::ImportControl control;
    control.progress = [progress](qint64 done, qint64 total) {
        progress->done = done;
        progress->total = total;
    };
    control.cancelled = [progress] { return progress->cancelled.load(); };
    control.encoding = m_inspection.encoding;
    control.delimiter = m_inspection.delimiter;
    updateComplete();
    runInWorker(
        this,
        [path = m_path, mapping = m_mapping, limits = m_limits, control] {
            return importing::planFile(path, mapping, limits, control);
        },
        [this, progress](ImportPlan plan) {
            if (progress == m_planProgress)
                applyPlan(std::move(plan));
        });
}

void ImportWizard::cancelPlan()
{
    if (m_check) {
        m_check->cancel();
        return;
    }
    if (m_checkRead) {
        m_checkRead->cancelled = true;
        return;
    }
    if (m_planProgress)
        m_planProgress->cancelled = true;
}

void ImportWizard::applyPlan(ImportPlan plan)
{
    m_planning = false;
    m_progressTimer->stop();
    m_previewProgress->hide();
    m_previewCancel->hide();
    m_plan = std::move(plan);
    if (!m_plan.ok()) {
        m_plannedFor.clear();
        m_previewInfo->clear();
        m_previewProblem->setProblem(m_plan.cancelled ? tr("Checking was cancelled: go back and forth to check again.")
                                                      : tr("The rows cannot be checked: %1").arg(m_plan.error));
        updateComplete();
        emit planned();
        return;
    }
    // The preview shows the first rows with their verdicts, and every rejected row.
    QStringList emails;
    const qsizetype emailColumn = m_mapping.emailColumn();
    for (const QStringList &row : std::as_const(m_inspection.preview))
        emails.append(row.value(emailColumn).trimmed());
    m_previewModel->setPlan(m_plan, m_inspection.previewLines, emails);

    const QLocale locale;
    QStringList parts;
    for (int v = 1; v < importing::RowVerdictCount; ++v) {
        if (const qsizetype n = m_plan.counts[size_t(v)])
            parts.append(QStringLiteral("%1 %2").arg(locale.toString(n), importing::verdictName(RowVerdict(v))));
    }
    QString text = tr("%n rows in the file.", nullptr, int(m_plan.rows)) + u' ';
    text += m_mode == Mode::Add ? tr("%n will be sent", nullptr, int(m_plan.valid()))
                                : tr("%n will be taken off the lists", nullptr, int(m_plan.valid()));
    text += u' ' + tr("(in %n activities).", nullptr, int(m_plan.batches.size()));
    if (!m_plan.rejected.isEmpty())
        text += u' ' + tr("%n rejected before sending: %1.", nullptr, int(m_plan.rejected.size()))
                           .arg(parts.join(QStringLiteral(", ")));
    const QStringList leftOut = m_plan.mapping.leftOut();
    if (!leftOut.isEmpty())
        text += u' ' + tr("Columns left out: %1.").arg(leftOut.join(QStringLiteral("; ")));
    m_previewInfo->setText(text);
    if (m_plan.valid() == 0)
        m_previewProblem->setProblem(tr("No row can be sent."));
    m_checkButton->setEnabled(m_plan.valid() > 0);
    m_previewSaveRejected->setEnabled(!m_plan.rejected.isEmpty());
    m_onlyRejected->setEnabled(!m_plan.rejected.isEmpty());
    if (m_plan.rejected.isEmpty())
        m_onlyRejected->setChecked(false);
    updateComplete();
    emit planned();
}

void ImportWizard::checkAgainstAccount()
{
    const Operations *operations = m_context.operations();
    if (!operations || !m_plan.ok() || m_planning || m_check || m_checkRead)
        return;
    auto read = std::make_shared<Progress>();
    m_checkRead = read;
    m_checkButton->setEnabled(false);
    m_previewProgress->setRange(0, 0);
    m_previewProgress->show();
    m_previewCancel->show();
    m_checkInfo->setText(tr("Reading the addresses…"));
    updateComplete();
    importing::ImportControl control;
    control.cancelled = [read] { return read->cancelled.load(); };
    runInWorker(
        this,
        [path = m_path, plan = m_plan, control] {
            QString error;
            QStringList emails = importing::plannedEmails(path, plan, &error, control);
            return std::pair{emails, error};
        },
        [this, read, operations](std::pair<QStringList, QString> result) {
            if (read != m_checkRead)
                return;
            m_checkRead.reset();
            if (!result.second.isEmpty()) {
                m_checkInfo->clear();
                finishCheck();
                m_previewProblem->setProblem(result.second == u"cancelled"
                                                 ? QString()
                                                 : tr("The addresses cannot be read again: %1").arg(result.second));
                return;
            }
            m_check = new AccountCheckJob(*operations, std::move(result.first), this);
            m_previewProgress->setRange(0, int(std::max<qsizetype>(1, m_check->total())));
            connect(m_check, &AccountCheckJob::progress, this, [this](qsizetype checked, qsizetype total) {
                m_previewProgress->setValue(int(checked));
                m_checkInfo->setText(tr("Checking against the account: %1 of %2 addresses…")
                                         .arg(QLocale().toString(checked), QLocale().toString(total)));
            });
            connect(m_check, &AccountCheckJob::finished, this, &ImportWizard::finishCheck);
            m_check->start();
        });
}

void ImportWizard::finishCheck()
{
    m_previewProgress->hide();
    m_previewCancel->hide();
    AccountCheckJob *check = m_check;
    if (check) {
        m_check = nullptr;
        check->deleteLater();
        if (check->isComplete()) {
            m_previewModel->setEffects([check](const QString &email) {
                switch (check->outcome(email)) {
                case AccountCheckJob::Outcome::New:
                    return ImportRowsModel::Effect::NewContact;
                case AccountCheckJob::Outcome::Update:
                    return ImportRowsModel::Effect::Update;
                case AccountCheckJob::Outcome::DoNotMail:
                    return ImportRowsModel::Effect::DoNotMail;
                }
                return ImportRowsModel::Effect::Unknown;
            });
            const QLocale l;
            m_checkInfo->setText(
                tr("In the account: %1 new contacts, %2 updates of existing contacts, %3 with no effect (on the Do "
                   "Not Mail list: an import does not subscribe them again).")
                    .arg(l.toString(check->count(AccountCheckJob::Outcome::New)),
                         l.toString(check->count(AccountCheckJob::Outcome::Update)),
                         l.toString(check->count(AccountCheckJob::Outcome::DoNotMail))));
        } else if (check->wasCancelled()) {
            m_checkInfo->setText(tr("The check was cancelled."));
        } else {
            m_checkInfo->setText(tr("The account could not be checked: %1").arg(describeFailure(check->failure())));
        }
    }
    m_checkButton->setEnabled(m_plan.valid() > 0);
    updateComplete();
    emit accountChecked();
}

// ------------------------------------------------------------------------------------- the run

QWizardPage *ImportWizard::buildRunStep()
{
    auto *page = new StepPage([this] { return m_job && m_job->isFinished(); }, [this] { startRun(); });
    page->setObjectName(QStringLiteral("runStep"));
    page->setTitle(m_mode == Mode::Add ? tr("Importing") : tr("Removing"));
    page->setSubTitle(tr("You can go on working meanwhile, and close this window: the status bar shows the "
                         "progress, and the message bar says when it is done."));
    page->setFinalPage(true);
    m_runInfo = new QLabel(page);
    m_runInfo->setObjectName(QStringLiteral("runInfo"));
    m_runInfo->setWordWrap(true);
    m_runProgress = new QProgressBar(page);
    m_runProgress->setObjectName(QStringLiteral("runProgress"));
    m_stopButton = new QPushButton(tr("&Stop After This Batch"), page);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    connect(m_stopButton, &QPushButton::clicked, this, &ImportWizard::stopRun);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_runProgress, 1);
    progressRow->addWidget(m_stopButton);
    m_summaryLabel = new QLabel(page);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryTable = makeRowsTable(m_summaryModel, page);
    m_summaryTable->setObjectName(QStringLiteral("summaryTable"));
    m_runProblem = new ProblemLabel(page);
    m_runProblem->setObjectName(QStringLiteral("runProblem"));
    m_retryButton = new QPushButton(tr("&Retry"), page);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->hide();
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        if (m_job && m_job->canRetry()) {
            m_retryButton->hide();
            m_runProblem->setProblem({});
            m_job->retry();
            updateRun();
            updateComplete();
        }
    });
    m_saveRejected = new QPushButton(tr("Save Rejected Rows…"), page);
    m_saveRejected->setObjectName(QStringLiteral("saveRejectedButton"));
    m_saveRejected->setEnabled(false);
    connect(m_saveRejected, &QPushButton::clicked, this, &ImportWizard::saveRejectedRows);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retryButton);
    buttons->addStretch();
    buttons->addWidget(m_saveRejected);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_runInfo);
    layout->addLayout(progressRow);
    layout->addWidget(m_runProblem);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_summaryTable, 1);
    layout->addLayout(buttons);
    return page;
}

QString ImportWizard::activityType() const
{
    return QString::fromUtf16(m_mode == Mode::Add ? activitytype::SvAdd : activitytype::RemoveContactsFromLists);
}

void ImportWizard::startRun()
{
    const Operations *operations = m_context.operations();
    if (m_job || !operations)
        return;
    QStringList lists;
    for (const QString &id : chosenLists())
        lists.append(operations->listUri(id));
    m_job = new ImportJob(*operations, m_path, m_plan, activityType(), lists, this);
    connect(m_job, &ImportJob::progress, this, &ImportWizard::updateRun);
    connect(m_job, &ImportJob::activityProgressed, this, &ImportWizard::updateRun);
    connect(m_job, &ImportJob::activityFinished, this, [this] {
        updateRun();
        updateSummary();
    });
    connect(m_job, &ImportJob::finished, this, &ImportWizard::finishRun);
    const QString file = QFileInfo(m_path).fileName();
    if (ActivityWatch *watch = m_context.activities) {
        // Followed again at the next start if the app closes before the server is done.
        const QString what = m_mode == Mode::Add ? tr("The import of %1").arg(file) : tr("The removal of %1").arg(file);
        connect(m_job, &ImportJob::activityCreated, watch,
                [watch, what](const Activity &a) { watch->remember(a, what); });
        connect(m_job, &ImportJob::activityFinished, watch, [watch](const Activity &a) { watch->forget(a.id); });
    }
    if (m_context.progress)
        m_context.progress->start(
            m_mode == Mode::Add ? tr("Importing %1").arg(file) : tr("Removing %1").arg(file),
            [job = QPointer<ImportJob>(m_job)] {
                if (job)
                    job->cancel();
            },
            int(m_plan.batches.size()));
    qCInfo(lcUiImport) << "import of" << m_plan.valid() << "rows in" << m_plan.batches.size() << "batches";
    m_job->start();
    updateRun();
    updateSummary();
}

void ImportWizard::stopRun()
{
    if (m_job && m_job->isRunning()) {
        m_job->cancel();
        m_stopButton->setEnabled(false);
        updateRun();
    }
}

bool ImportWizard::isRunning() const
{
    return m_job && m_job->isRunning();
}

void ImportWizard::updateRun()
{
    if (!m_job)
        return;
    const int sent = m_job->batchesSent();
    const int total = m_job->batches();
    m_runProgress->setRange(0, std::max(1, total * 2));
    // Half a step for each batch sent, the other half when the server has finished it.
    m_runProgress->setValue(sent + m_job->activitiesFinished());
    QString text;
    if (m_job->isFinished())
        text = tr("Done.");
    else if (m_job->wasCancelled())
        text = tr("Stopping: no more batches are sent; waiting for the server to finish the %n sent.", nullptr, sent);
    else
        text =
            tr("Batch %1 of %2 sent, %3 finished by the server.").arg(sent).arg(total).arg(m_job->activitiesFinished());
    m_runInfo->setText(text);
    m_stopButton->setVisible(!m_job->isFinished());
    if (m_context.progress && !m_job->isFinished())
        m_context.progress->setProgress(sent, std::max(1, total));
}

void ImportWizard::updateSummary()
{
    if (!m_job)
        return;
    const QLocale l;
    const ImportJob &job = *m_job;
    QStringList lines;
    lines.append(tr("%n rows in the file:", nullptr, int(job.rows())));
    lines.append(u"  " + (m_mode == Mode::Add ? tr("%1 added or updated") : tr("%1 taken off the lists"))
                             .arg(l.toString(job.accepted())));
    lines.append(u"  " + tr("%1 rejected before sending").arg(l.toString(job.rejectedBeforeSending())));
    lines.append(u"  " + tr("%1 rejected by the server").arg(l.toString(job.serverRejected().size())));
    if (job.notSent() > 0)
        lines.append(u"  " + tr("%1 not sent (the import stopped before them)").arg(l.toString(job.notSent())));
    if (job.unconfirmed() > 0)
        lines.append(u"  " + (job.isFinished() ? tr("%1 sent, with the server's verdict unknown (see the Activities "
                                                    "tab)")
                                               : tr("%1 sent, waiting for the server"))
                                 .arg(l.toString(job.unconfirmed())));
    m_summaryLabel->setText(lines.join(u'\n'));
    m_summaryModel->setRejected(job.plan().rejected, job.serverRejected());
    m_saveRejected->setEnabled(m_summaryModel->rowCount() > 0);
}

QString ImportWizard::summaryText() const
{
    return m_summaryLabel->text();
}

void ImportWizard::finishRun()
{
    updateRun();
    updateSummary();
    if (m_context.progress)
        m_context.progress->finish();
    const ImportJob &job = *m_job;
    QString problem;
    if (!job.failure().ok())
        problem = tr("Batch %1 was not sent: %2").arg(job.batchesSent() + 1).arg(describeFailure(job.failure()));
    else if (!job.readError().isEmpty())
        problem = tr("The file could not be read again: %1").arg(job.readError());
    else if (!job.followFailure().ok())
        problem = tr("The activities could not be followed to their end: %1").arg(describeFailure(job.followFailure()));
    m_runProblem->setProblem(problem);
    m_retryButton->setVisible(job.canRetry());
    updateComplete();
    emit runFinished();

    const QString file = QFileInfo(m_path).fileName();
    const qsizetype rejected = job.rejectedBeforeSending() + job.serverRejected().size();
    QString text = m_mode == Mode::Add ? tr("Import of %1: %2 of %3 rows added or updated, %4 rejected.")
                                       : tr("Removal of %1: %2 of %3 rows taken off the lists, %4 rejected.");
    text = text.arg(file, QLocale().toString(job.accepted()), QLocale().toString(job.rows()),
                    QLocale().toString(rejected));
    if (!problem.isEmpty())
        text += u' ' + problem;
    if (m_context.messages && (isHidden() || !problem.isEmpty())) {
        const QPointer<ImportWizard> self(this);
        m_context.messages->showMessage(problem.isEmpty() ? MessageBar::Kind::Information : MessageBar::Kind::Error,
                                        text, tr("Show &Summary"), [self] {
                                            if (self) {
                                                self->show();
                                                self->raise();
                                                self->activateWindow();
                                            }
                                        });
    }
}

QList<RowProblem> ImportWizard::rejectedSoFar() const
{
    QList<RowProblem> rows = m_plan.rejected;
    if (m_job)
        rows += m_job->serverRejected();
    return rows;
}

void ImportWizard::saveRejectedRows()
{
    const QList<RowProblem> rows = rejectedSoFar();
    if (rows.isEmpty() || !m_plan.ok())
        return;
    const QFileInfo info(m_path);
    const QString suggested = info.completeBaseName() + tr("-rejected") + QStringLiteral(".csv");
    FileDialog::saveFile(
        this, tr("Save Rejected Rows"), suggested, tr("CSV files (*.csv)"), [this, rows](const QString &target) {
            if (target.isEmpty())
                return;
            runInWorker(
                this,
                [source = m_path, plan = m_plan, rows, target] {
                    return importing::writeRejectedRows(source, plan, rows, target);
                },
                [this, target](importing::RejectedRowsResult result) {
                    if (!result.ok()) {
                        const QString text = tr("The rejected rows could not be saved: %1").arg(result.error);
                        (currentId() == RunStep ? m_runProblem : m_previewProblem)->setProblem(text);
                    }
                    emit rejectedRowsSaved(target, result.error);
                });
        });
}

// ----------------------------------------------------------------------------------- the frame

void ImportWizard::updateComplete()
{
    for (int id : pageIds()) {
        if (auto *step = static_cast<StepPage *>(page(id)))
            step->changed();
    }
}

void ImportWizard::done(int result)
{
    if (isRunning()) {
        // The run goes on: the progress panel shows it and the message bar reports its end.
        hide();
        return;
    }
    if (m_check)
        m_check->cancel();
    QWizard::done(result);
    deleteLater();
}

} // namespace ctct::ui
