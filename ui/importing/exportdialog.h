// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File → Export Contacts… and the sidebar's Export List…: a list (the system lists included),
// the columns, the options (opt-in date and source, list name, sort) and CSV or TXT become an
// EXPORT_CONTACTS activity (api-contract §8.2); the dialog follows it with its progress and,
// once it is COMPLETE, asks where to save the file (saveExportFile). Not modal; Cancel stops
// following (the activity goes on on the server and stays in the Activities tab).

#include "api/activitytracker.h"
#include "frame/tabcontext.h"
#include "importing/activityrequest.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;

namespace ctct::ui {

class ListsModel;
class ProblemLabel;

class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(const TabContext &context, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // The one way to open it: the window's dialog (a new one if there is none), on the list.
    static ExportDialog *open(const TabContext &context, QWidget *window, const QString &listId = {});

    void setList(const QString &listId);
    importing::ExportOptions options() const;
    bool isRunning() const { return m_running; }
    QString problem() const;
    QString status() const;

public Q_SLOTS:
    void startExport();

Q_SIGNALS:
    // The export's file was saved (error empty) or could not be.
    void saved(const QString &path, const QString &error);

protected:
    void reject() override;

private:
    void fillLists();
    void onFinished(const Activity &activity);
    void setRunning(bool running);

    const TabContext m_context;
    ListsModel *m_lists;
    QString m_wantedList;
    QComboBox *m_listBox;
    QListWidget *m_columns;
    QCheckBox *m_optDate;
    QCheckBox *m_optSource;
    QCheckBox *m_listName;
    QComboBox *m_sortBox;
    QComboBox *m_typeBox;
    QLabel *m_status;
    QProgressBar *m_progress;
    ProblemLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPointer<ActivityTracker> m_tracker;
    bool m_running = false;
};

} // namespace ctct::ui
