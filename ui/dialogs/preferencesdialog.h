// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Edit → Preferences… (Ctrl+,): the request timeout, the language, whether a start without an
// account opens the sandbox, the custom field names of the account in use, the sandbox's data
// folder with Reset Demo Data…, and Clear Local Data…. OK writes the settings (setting::…) and
// says applied(); the two resets are asked through MessageBox::question and then left to the
// composition root (resetDemoDataRequested(), clearLocalDataRequested()), which owns the sandbox
// and the tabs. Its size is what its content needs (the layout's SetFixedSize): Qt opens a window
// at no more than two thirds of the screen's height, regardless of what its word-wrapped notes
// need at that width, and the notes lost their last lines (German on an 800 px screen).

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace ctct::ui {

class Settings;

class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    struct Context
    {
        Settings *settings = nullptr;
        QString accountKey;     // whose custom field names (TabContext::accountKey)
        QString accountLabel;   // "Sandbox (demo data)", "joe @ api.constantcontact.com"
        QString sandboxDataDir; // the folder the running sandbox uses; empty: in memory
        QString defaultSandboxDataDir;
        bool sandboxDataDirFixed = false; // given on the command line: the setting does not apply now
    };

    explicit PreferencesDialog(const Context &context, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // The language codes of the combo box: "" (the system's), "en", "de", "fr".
    QString language() const;

    void accept() override;

Q_SIGNALS:
    // The settings are written; what changed can be applied.
    void applied();
    void resetDemoDataRequested();
    void clearLocalDataRequested();

private:
    void editCustomFieldLabels();
    void chooseFolder();
    void askResetDemoData();
    void askClearLocalData();

    const std::unique_ptr<::Ui::PreferencesDialog> m_ui;
    Context m_context;
    QStringList m_labels; // the custom field names being edited
};

} // namespace ctct::ui
