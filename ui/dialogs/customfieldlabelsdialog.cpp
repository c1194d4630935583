// SPDX-License-Identifier: GPL-3.0-or-later
#include "customfieldlabelsdialog.h"

#include "domain/contact.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ctct::ui {

CustomFieldLabelsDialog::CustomFieldLabelsDialog(const QStringList &labels, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("customFieldLabelsDialog"));
    setWindowTitle(tr("Custom Field Names"));
    auto *intro = new QLabel(tr("Name the custom fields the way your account uses them. The names are "
                                "kept on this computer; the API stores only the values."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    for (int i = 0; i < CustomFieldCount; ++i) {
        auto *edit = new QLineEdit(labels.value(i), this);
        edit->setObjectName(QStringLiteral("customLabel%1Edit").arg(i + 1));
        edit->setPlaceholderText(tr("Custom field %1").arg(i + 1));
        edit->setAccessibleName(tr("Name of custom field %1").arg(i + 1));
        edit->setMaxLength(60);
        form->addRow(tr("Field %1:").arg(i + 1), edit);
        m_edits.append(edit);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

CustomFieldLabelsDialog::~CustomFieldLabelsDialog() = default;

QStringList CustomFieldLabelsDialog::labels() const
{
    QStringList out;
    for (const QLineEdit *edit : m_edits)
        out.append(edit->text().trimmed());
    return out;
}

} // namespace ctct::ui
