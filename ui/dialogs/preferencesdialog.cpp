// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "customfieldlabelsdialog.h"
#include "settings.h"
#include "ui_preferencesdialog.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"

#include <QDir>
#include <QPushButton>

namespace ctct::ui {

PreferencesDialog::PreferencesDialog(const Context &context, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::PreferencesDialog>())
    , m_context(context)
{
    Q_ASSERT(context.settings);
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("preferencesDialog"));
    Settings *settings = m_context.settings;

    // The languages are named in their own words, as language choosers do.
    m_ui->languageCombo->addItem(tr("System language"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    const int language = m_ui->languageCombo->findData(settings->value(setting::Language));
    m_ui->languageCombo->setCurrentIndex(std::max(language, 0));

    m_ui->timeoutSpin->setSuffix(tr(" s", "seconds"));
    m_ui->timeoutSpin->setValue(settings->value(setting::RequestTimeoutSeconds));
    m_ui->syncIntervalSpin->setSuffix(tr(" min", "minutes"));
    m_ui->syncIntervalSpin->setSpecialValueText(tr("only at start and with F5"));
    m_ui->syncIntervalSpin->setValue(settings->value(setting::SyncIntervalMinutes));
    m_ui->startWithSandboxCheck->setChecked(settings->value(setting::StartWithSandbox));
    m_ui->startWithSandboxCheck->setAccessibleName(m_ui->startWithSandboxCheck->text().remove(u'&'));

    m_labels = settings->customFieldLabels(m_context.accountKey);
    m_ui->customFieldsNote->setText(
        tr("The names of the custom fields are kept for each account; these are the names of %1.")
            .arg(m_context.accountLabel.toHtmlEscaped()));
    m_ui->customFieldsButton->setAccessibleName(tr("Name the custom fields of %1").arg(m_context.accountLabel));
    connect(m_ui->customFieldsButton, &QPushButton::clicked, this, &PreferencesDialog::editCustomFieldLabels);

    m_ui->dataFolderEdit->setText(QDir::toNativeSeparators(settings->value(setting::SandboxDataDir)));
    m_ui->dataFolderEdit->setPlaceholderText(QDir::toNativeSeparators(m_context.defaultSandboxDataDir));
    QString note = tr("Empty: the default folder, which ctct --sandbox uses too. A new folder is used at once; "
                      "demo data is made there when it has none.");
    if (m_context.sandboxDataDirFixed)
        note = tr("This run uses the folder given on the command line; the folder set here applies to starts "
                  "without one.");
    m_ui->dataFolderNote->setText(note);
    connect(m_ui->chooseFolderButton, &QPushButton::clicked, this, &PreferencesDialog::chooseFolder);
    m_ui->resetDemoDataButton->setAccessibleName(tr("Reset the demo data of the sandbox"));
    m_ui->resetDemoDataButton->setToolTip(m_context.sandboxDataDir.isEmpty()
                                              ? tr("The sandbox keeps its data in memory this time: every start "
                                                   "has fresh demo data.")
                                              : tr("Deletes the sandbox's data in %1 and makes the demo data anew.")
                                                    .arg(QDir::toNativeSeparators(m_context.sandboxDataDir)));
    connect(m_ui->resetDemoDataButton, &QPushButton::clicked, this, &PreferencesDialog::askResetDemoData);
    m_ui->clearLocalDataButton->setAccessibleName(tr("Clear the local data"));
    connect(m_ui->clearLocalDataButton, &QPushButton::clicked, this, &PreferencesDialog::askClearLocalData);

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->languageCombo->setFocus();
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

void PreferencesDialog::accept()
{
    Settings *settings = m_context.settings;
    settings->setValue(setting::Language, language());
    settings->setValue(setting::RequestTimeoutSeconds, m_ui->timeoutSpin->value());
    settings->setValue(setting::SyncIntervalMinutes, m_ui->syncIntervalSpin->value());
    settings->setValue(setting::StartWithSandbox, m_ui->startWithSandboxCheck->isChecked());
    settings->setCustomFieldLabels(m_context.accountKey, m_labels);
    settings->setValue(setting::SandboxDataDir, QDir::fromNativeSeparators(m_ui->dataFolderEdit->text().trimmed()));
    settings->sync();
    QDialog::accept();
    emit applied();
}

void PreferencesDialog::editCustomFieldLabels()
{
    auto *dialog = new CustomFieldLabelsDialog(m_labels, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_labels = dialog->labels(); });
    dialog->open();
}

void PreferencesDialog::chooseFolder()
{
    const QString current = m_ui->dataFolderEdit->text().trimmed();
    FileDialog::chooseFolder(this, tr("Data Folder of the Sandbox"),
                             current.isEmpty() ? m_context.defaultSandboxDataDir : current,
                             [this](const QString &path) {
                                 if (!path.isEmpty())
                                     m_ui->dataFolderEdit->setText(QDir::toNativeSeparators(path));
                             });
}

void PreferencesDialog::askResetDemoData()
{
    const QString where =
        m_context.sandboxDataDir.isEmpty()
            ? tr("The sandbox keeps its data in memory this time; it starts again with fresh demo data.")
            : tr("Everything in the sandbox's data folder %1 is deleted and the demo data made anew. "
                 "The sandbox restarts; Constant Contact accounts are not touched.")
                  .arg(QDir::toNativeSeparators(m_context.sandboxDataDir));
    MessageBox::question(
        this, {tr("Reset Demo Data"), tr("Reset the sandbox to its demo data?"), where},
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Yes)
                emit resetDemoDataRequested();
        },
        tr("&Reset"));
}

void PreferencesDialog::askClearLocalData()
{
    MessageBox::question(
        this,
        {tr("Clear Local Data"), tr("Clear the data this app keeps on this computer?"),
         tr("The copies of the accounts are deleted (the one in use is copied again from the server), the layout "
            "of the tables and panes returns to the defaults, the remembered import column choices are forgotten "
            "and activities still running are no longer followed. Accounts, credentials and these preferences "
            "stay.")},
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Yes)
                emit clearLocalDataRequested();
        },
        tr("C&lear"));
}

} // namespace ctct::ui
