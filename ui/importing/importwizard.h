// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The import wizard (design.md §1.2): a CSV file dropped on the window or a list, or chosen with
// File → Import Contacts…, goes in in five steps — the file (encoding and delimiter as read,
// both changeable, the first rows), the column mapping (saved per header set and offered again),
// the lists (a new one can be made here), the preview (every row's verdict before anything is
// sent, and on request what each valid row will do in the account), and the run (batches sent
// and followed by ImportJob, cancellable between batches, then a summary that accounts for
// every row and can save the rejected ones with their reasons). The same wizard removes the
// contacts of a file from lists (Mode::Remove). It is not modal: the window stays usable while
// it reads, checks and runs, and closing it during a run only hides it — the run goes on in the
// status bar's progress panel, and the message bar says when it is done.
//
// Reading, planning and writing files run on worker threads (platform/worker.h); nothing here
// blocks the UI thread.

#include "api/accountcheckjob.h"
#include "frame/tabcontext.h"
#include "importing/importplan.h"

#include <QPointer>
#include <QWizard>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTimer;

namespace ctct {
class ImportJob;
class ImportRowsModel;
} // namespace ctct

namespace ctct::ui {

class ListsModel;
class ProblemLabel;

class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum class Mode { Add, Remove };
    enum Step { FileStep, MappingStep, ListsStep, PreviewStep, RunStep };

    ImportWizard(const TabContext &context, Mode mode, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // The one way to start an import: shows the window's wizard for the mode that is not running
    // yet (a new one if there is none) with the file (none: it asks for one) and the lists.
    static ImportWizard *open(const TabContext &context, QWidget *window, Mode mode, const QString &path = {},
                              const QStringList &listIds = {});

    Mode mode() const { return m_mode; }
    // Reads the file (on a worker thread) and shows it on the first step.
    void setFile(const QString &path);
    // The lists chosen on the lists step (full URIs or ids), e.g. the list a file was dropped on.
    void setLists(const QStringList &listIds);
    QString path() const { return m_path; }
    // An import is being sent or followed.
    bool isRunning() const;

    // What the steps hold, for the window and for tests.
    const importing::ImportInspection &inspection() const { return m_inspection; }
    bool isInspecting() const { return m_inspecting; }
    const importing::ColumnMapping &mapping() const { return m_mapping; }
    bool mappingWasSaved() const { return m_mappingFromSaved; }
    // The user's choice on the mapping step (an empty apiColumn leaves the column out).
    void chooseColumn(int index, const QString &apiColumn);
    QStringList chosenLists() const;
    const importing::ImportPlan &plan() const { return m_plan; }
    bool isPlanning() const { return m_planning; }
    ImportRowsModel *previewModel() const { return m_previewModel; }
    ImportRowsModel *summaryModel() const { return m_summaryModel; }
    ImportJob *job() const { return m_job; }
    QString summaryText() const;

    // "Check against the account" on the preview step; cancel with the same button.
    void checkAgainstAccount();
    AccountCheckJob *accountCheck() const { return m_check; }
    // Asks where, then writes the rows not taken (so far) with their reasons.
    void saveRejectedRows();
    // Stops the run after the batch in flight.
    void stopRun();
    // Test seam: smaller batches than the API's limits.
    void setUploadLimits(const importing::UploadLimits &limits) { m_limits = limits; }

Q_SIGNALS:
    void inspected();
    void planned();
    void accountChecked();
    void runFinished();
    void rejectedRowsSaved(const QString &path, const QString &error);

protected:
    void done(int result) override;

private:
    class StepPage;

    QWizardPage *buildFileStep();
    QWizardPage *buildMappingStep();
    QWizardPage *buildListsStep();
    QWizardPage *buildPreviewStep();
    QWizardPage *buildRunStep();

    void chooseFile();
    void inspect();
    void applyInspection(importing::ImportInspection inspection);
    void fillMappingTable();
    void fillLists();
    void newList();
    void startPlan();
    void applyPlan(importing::ImportPlan plan);
    void cancelPlan();
    void finishCheck();
    void startRun();
    void updateRun();
    void finishRun();
    void updateSummary();
    QList<importing::RowProblem> rejectedSoFar() const;
    QString activityType() const;
    void saveMapping();
    void updateComplete();

    const TabContext m_context;
    const Mode m_mode;
    QString m_path;
    QStringList m_wantedLists;

    importing::ImportInspection m_inspection;
    std::shared_ptr<std::atomic_bool> m_cancelInspect;
    quint64 m_inspectGeneration = 0;
    bool m_inspecting = false;

    importing::ColumnMapping m_mapping;
    bool m_mappingFromSaved = false;

    importing::ImportPlan m_plan;
    importing::UploadLimits m_limits;
    struct Progress
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic_bool cancelled{false};
    };
    std::shared_ptr<Progress> m_planProgress;
    bool m_planning = false;
    QString m_plannedFor; // the mapping and format the plan was made with

    QPointer<AccountCheckJob> m_check;
    std::shared_ptr<Progress> m_checkRead;
    ImportJob *m_job = nullptr;

    ListsModel *m_lists;
    ImportRowsModel *m_previewModel;
    ImportRowsModel *m_summaryModel;
    QSortFilterProxyModel *m_previewFilter;
    QTimer *m_progressTimer;

    // File step
    QLineEdit *m_fileEdit = nullptr;
    QComboBox *m_encodingBox = nullptr;
    QComboBox *m_delimiterBox = nullptr;
    QLabel *m_fileInfo = nullptr;
    ProblemLabel *m_fileProblem = nullptr;
    QTableWidget *m_fileTable = nullptr;
    // Mapping step
    QTableWidget *m_mappingTable = nullptr;
    QLabel *m_mappingInfo = nullptr;
    QCheckBox *m_rememberMapping = nullptr;
    ProblemLabel *m_mappingProblem = nullptr;
    // Lists step
    QListWidget *m_listsView = nullptr;
    QPushButton *m_newListButton = nullptr;
    ProblemLabel *m_listsProblem = nullptr;
    // Preview step
    QLabel *m_previewInfo = nullptr;
    QProgressBar *m_previewProgress = nullptr;
    QPushButton *m_previewCancel = nullptr;
    QCheckBox *m_onlyRejected = nullptr;
    QTableView *m_previewTable = nullptr;
    QPushButton *m_checkButton = nullptr;
    QLabel *m_checkInfo = nullptr;
    QPushButton *m_previewSaveRejected = nullptr;
    ProblemLabel *m_previewProblem = nullptr;
    // Run step
    QLabel *m_runInfo = nullptr;
    QProgressBar *m_runProgress = nullptr;
    QPushButton *m_stopButton = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_summaryTable = nullptr;
    QPushButton *m_saveRejected = nullptr;
    QPushButton *m_retryButton = nullptr;
    ProblemLabel *m_runProblem = nullptr;
};

} // namespace ctct::ui
