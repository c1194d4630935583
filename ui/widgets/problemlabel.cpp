// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemlabel.h"

#include <QEvent>

namespace ctct::ui {

ProblemLabel::ProblemLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("problemLabel"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    applyColour();
    hide();
}

ProblemLabel::~ProblemLabel() = default;

void ProblemLabel::setProblem(const QString &text)
{
    setText(text);
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

void ProblemLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) // the window went dark or light
        applyColour();
}

QColor ProblemLabel::colour(const QPalette &palette)
{
    // Chosen by the window's lightness, so it reads on light and dark windows alike.
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

void ProblemLabel::applyColour()
{
    QPalette p = palette();
    const QColor red = colour(p);
    if (p.color(QPalette::WindowText) == red)
        return; // also ends the PaletteChange that setPalette() sends
    p.setColor(QPalette::WindowText, red);
    setPalette(p);
}

} // namespace ctct::ui
