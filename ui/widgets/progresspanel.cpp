// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresspanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace ctct::ui {

ProgressPanel::ProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("progressPanel"));
    m_label->setObjectName(QStringLiteral("progressLabel"));
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setAccessibleName(tr("Progress"));
    m_bar->setMaximumWidth(180);
    m_bar->setTextVisible(true);
    m_cancel->setObjectName(QStringLiteral("progressCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the work in progress"));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &ProgressPanel::onCancel);
    hide();
}

ProgressPanel::~ProgressPanel() = default;

void ProgressPanel::start(const QString &text, std::function<void()> cancel, int maximum)
{
    m_onCancel = std::move(cancel);
    m_label->setText(text);
    m_bar->setRange(0, maximum);
    m_bar->setValue(0);
    m_cancel->setVisible(bool(m_onCancel));
    m_cancel->setEnabled(true);
    show();
}

void ProgressPanel::setProgress(int value, int maximum)
{
    m_bar->setRange(0, maximum);
    m_bar->setValue(value);
}

void ProgressPanel::setText(const QString &text)
{
    m_label->setText(text);
}

void ProgressPanel::finish()
{
    m_onCancel = {};
    hide();
}

void ProgressPanel::onCancel()
{
    m_cancel->setEnabled(false);
    if (std::function<void()> cancel = std::exchange(m_onCancel, {}))
        cancel();
}

} // namespace ctct::ui
