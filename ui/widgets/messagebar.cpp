// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace ctct::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retryButton(new QPushButton(tr("&Retry"), this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_icon->setAccessibleName(tr("Message icon"));

    m_retryButton->setObjectName(QStringLiteral("messageRetry"));
    m_retryButton->setAccessibleName(tr("Retry"));
    m_closeButton->setObjectName(QStringLiteral("messageClose"));
    m_closeButton->setAccessibleName(tr("Close message"));
    m_closeButton->setToolTip(tr("Close message"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retryButton);
    layout->addWidget(m_closeButton);

    connect(m_retryButton, &QPushButton::clicked, this, &MessageBar::onRetry);
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBar::dismiss);
    hide();
}

MessageBar::~MessageBar() = default;

void MessageBar::showMessage(Kind kind, const QString &text, std::function<void()> retry)
{
    showMessage(kind, text, tr("&Retry"), std::move(retry));
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &actionText, std::function<void()> action)
{
    m_retry = std::move(action);
    m_retryButton->setText(actionText);
    m_retryButton->setAccessibleName(QString(actionText).remove(u'&'));
    m_text->setText(text);
    m_text->setAccessibleName(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        style()
            ->standardIcon(kind == Kind::Error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation)
            .pixmap(size, size));
    // A tint of red or blue that keeps the window's own lightness, so the bar reads on light and
    // dark palettes alike.
    QPalette p = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    if (kind == Kind::Error)
        p.setColor(QPalette::Window, dark ? QColor(0x5a, 0x1e, 0x1e) : QColor(0xfd, 0xe8, 0xe6));
    else
        p.setColor(QPalette::Window, dark ? QColor(0x1e, 0x34, 0x52) : QColor(0xe6, 0xf0, 0xfd));
    p.setColor(QPalette::WindowText, dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x20, 0x20, 0x20));
    setPalette(p);
    m_retryButton->setVisible(bool(m_retry));
    show();
}

void MessageBar::dismiss()
{
    m_retry = {};
    hide();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBar::onRetry()
{
    std::function<void()> retry = std::exchange(m_retry, {});
    hide();
    if (retry)
        retry();
}

} // namespace ctct::ui
