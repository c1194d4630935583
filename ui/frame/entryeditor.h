// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The base of every dialog that edits one entry of the API (design.md §4 Edit): it loads the
// entry and keeps the XML the server sent, checks the input before anything is sent, saves by
// patching that XML (so elements this client does not know survive), stays open with the
// user's input until the server answers 2xx, and shows a refusal in plain words (describeFailure)
// in its ProblemLabel. While a request runs the form is disabled; a save that was sent cannot
// be called back, so Cancel waits for its answer (the transfer timeout bounds the wait).
// Opened with open(), never exec(). ContactEditor and ListDialog are built on it.
//
// A subclass sets up its form, calls setFrame() with the parts the base drives, and implements
// readEntry() (fill the form from a loaded entry), validate(), sendSave() and saveAccepted().

#include "frame/tabcontext.h"
#include "settings.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace ctct {
class ApiJob;
struct ApiResult;
} // namespace ctct

namespace ctct::ui {

class ProblemLabel;

class EntryEditor : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryEditor)

public:
    ~EntryEditor() override;

    bool isCreating() const { return m_creating; }
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const;
    // The problem shown in the dialog; empty when there is none.
    QString problem() const;

public Q_SLOTS:
    // Checks the input, then sends it; the dialog closes when the server says 2xx.
    void save();
    // The same as save(): whatever accepts the dialog (Enter, the Save button) only asks to save.
    void accept() override { save(); }
    void reject() override;

protected:
    EntryEditor(const TabContext &context, QWidget *parent = nullptr);

    // The parts the base drives: form is disabled while busy, buttons' accept button is Save
    // (its accepted() and rejected() are connected here), problem shows what went wrong, notice
    // (optional) what is going on.
    void setFrame(QWidget *form, QDialogButtonBox *buttons, ProblemLabel *problem, QLabel *notice = nullptr);
    // Restores the dialog's size and place from the key, and saves them when it closes.
    void rememberGeometry(const SettingKey<QByteArray> &key);

    // A new entry: nothing to load.
    void startNew();
    // An existing one: job is its GET. loadFailed is a sentence with %1 for the reason.
    void startEdit(ApiJob *job, const QString &loadingNotice, const QString &loadFailed);

    // Fills the form from the entry the server sent (originalXml() holds its body); false with
    // *error when it cannot be read.
    virtual bool readEntry(const ApiResult &result, QString *error) = 0;
    // Problems that keep the input from being sent; firstInvalid, the widget to fix first.
    virtual QStringList validate(QWidget **firstInvalid) const = 0;
    // Starts the POST (isCreating()) or the PUT of the patched originalXml().
    virtual ApiJob *sendSave() = 0;
    // After a 2xx, before the dialog closes: tell whoever waits (emit the subclass's saved()).
    virtual void saveAccepted(const ApiResult &result) = 0;
    // The sentence for a refused save; describeFailure() by default.
    virtual QString failureText(const ApiResult &result) const;
    // Extra conditions for Save (a name typed in, ...); re-checked by updateSaveButton().
    virtual bool canSave() const { return true; }
    virtual QString savingNotice() const;

    void updateSaveButton();
    void showProblem(const QString &text);
    void setNotice(const QString &text);
    void setBusy(bool busy, const QString &notice = {});
    // Disables the form and Save for good (the entry could not be loaded).
    void setUnusable(const QString &problem);

    const TabContext &context() const { return m_context; }
    const Operations *operations() const { return m_context.operations(); }
    const QByteArray &originalXml() const { return m_originalXml; }

    void done(int result) override;

private:
    void onLoaded(const ApiResult &result, const QString &loadFailed);
    void onSaved(const ApiResult &result);
    void reveal(QWidget *widget);

    const TabContext m_context;
    QWidget *m_form = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    ProblemLabel *m_problem = nullptr;
    QLabel *m_notice = nullptr;
    const SettingKey<QByteArray> *m_geometryKey = nullptr;
    QByteArray m_originalXml;
    QPointer<ApiJob> m_job;
    bool m_creating = false;
    bool m_loaded = false;
    bool m_unusable = false;
};

} // namespace ctct::ui
