// SPDX-License-Identifier: GPL-3.0-or-later
#include "entryeditor.h"

#include "api/apijob.h"
#include "frame/failure.h"
#include "widgets/problemlabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>

namespace ctct::ui {

EntryEditor::EntryEditor(const TabContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{}

// A request in flight is owned by the editor (ApiJob::then) and ends quietly with it.
EntryEditor::~EntryEditor() = default;

void EntryEditor::setFrame(QWidget *form, QDialogButtonBox *buttons, ProblemLabel *problem, QLabel *notice)
{
    m_form = form;
    m_problem = problem;
    m_notice = notice;
    const QList<QAbstractButton *> all = buttons->buttons();
    for (QAbstractButton *b : all) {
        auto *button = qobject_cast<QPushButton *>(b);
        if (!button)
            continue;
        if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            m_saveButton = button;
        else if (buttons->buttonRole(b) == QDialogButtonBox::RejectRole)
            m_cancelButton = button;
        button->setAccessibleName(button->text().remove(u'&'));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &EntryEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &EntryEditor::reject);
    if (m_problem)
        m_problem->setProblem({});
    setNotice({});
}

void EntryEditor::rememberGeometry(const SettingKey<QByteArray> &key)
{
    m_geometryKey = &key;
    if (!m_context.settings)
        return;
    const QByteArray geometry = m_context.settings->value(key);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
}

bool EntryEditor::isBusy() const
{
    return m_job != nullptr;
}

QString EntryEditor::problem() const
{
    return m_problem ? m_problem->problem() : QString();
}

void EntryEditor::startNew()
{
    m_creating = true;
    m_loaded = true;
    m_unusable = false;
    m_originalXml.clear();
    showProblem({});
    setBusy(false);
}

void EntryEditor::startEdit(ApiJob *job, const QString &loadingNotice, const QString &loadFailed)
{
    m_creating = false;
    m_loaded = false;
    m_unusable = false;
    m_originalXml.clear();
    showProblem({});
    if (!job) {
        setUnusable(loadFailed.arg(tr("there is no connection to a server")));
        return;
    }
    m_job = job->then(this, [this, loadFailed](const ApiResult &result) { onLoaded(result, loadFailed); });
    setBusy(true, loadingNotice);
}

void EntryEditor::onLoaded(const ApiResult &result, const QString &loadFailed)
{
    m_job = nullptr;
    setBusy(false);
    if (!result.ok()) {
        setUnusable(loadFailed.arg(describeFailure(result)));
        return;
    }
    m_originalXml = result.body;
    QString error;
    if (!readEntry(result, &error)) {
        m_originalXml.clear();
        setUnusable(loadFailed.arg(tr("the server's answer could not be read: %1").arg(error)));
        return;
    }
    m_loaded = true;
    updateSaveButton();
}

void EntryEditor::save()
{
    if (m_job || !m_loaded || m_unusable || !canSave())
        return;
    QWidget *invalid = nullptr;
    const QStringList problems = validate(&invalid);
    if (!problems.isEmpty()) {
        showProblem(problems.join(u'\n'));
        if (invalid)
            reveal(invalid);
        return;
    }
    showProblem({});
    ApiJob *job = sendSave();
    if (!job)
        return;
    m_job = job->then(this, [this](const ApiResult &result) { onSaved(result); });
    setBusy(true, savingNotice());
}

void EntryEditor::onSaved(const ApiResult &result)
{
    m_job = nullptr;
    setBusy(false);
    if (!result.ok()) {
        showProblem(failureText(result));
        return;
    }
    saveAccepted(result);
    QDialog::accept();
}

QString EntryEditor::failureText(const ApiResult &result) const
{
    return describeFailure(result);
}

QString EntryEditor::savingNotice() const
{
    return m_creating ? tr("Adding…") : tr("Saving…");
}

void EntryEditor::reveal(QWidget *widget)
{
    // Bring the page of any tab widget holding it to the front, then focus it.
    const QList<QTabWidget *> tabs = findChildren<QTabWidget *>();
    for (QTabWidget *t : tabs) {
        for (int i = 0; i < t->count(); ++i) {
            if (t->widget(i)->isAncestorOf(widget))
                t->setCurrentIndex(i);
        }
    }
    widget->setFocus();
}

void EntryEditor::updateSaveButton()
{
    if (m_saveButton)
        m_saveButton->setEnabled(!m_job && m_loaded && !m_unusable && canSave());
}

void EntryEditor::showProblem(const QString &text)
{
    if (m_problem)
        m_problem->setProblem(text);
}

void EntryEditor::setNotice(const QString &text)
{
    if (!m_notice)
        return;
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void EntryEditor::setBusy(bool busy, const QString &notice)
{
    if (m_form)
        m_form->setEnabled(!busy && !m_unusable);
    updateSaveButton();
    // A write that was sent cannot be called back: wait for its answer.
    if (m_cancelButton)
        m_cancelButton->setEnabled(!(busy && m_loaded));
    setNotice(notice);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void EntryEditor::setUnusable(const QString &problem)
{
    m_unusable = true;
    setBusy(false);
    showProblem(problem);
}

void EntryEditor::reject()
{
    if (m_job && m_loaded)
        return; // saving: see setBusy()
    QDialog::reject();
}

void EntryEditor::done(int result)
{
    if (m_geometryKey && m_context.settings)
        m_context.settings->setValue(*m_geometryKey, saveGeometry());
    QDialog::done(result);
}

} // namespace ctct::ui
