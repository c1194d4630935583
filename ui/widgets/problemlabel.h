// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one way a dialog shows what keeps it from going on (invalid input, the server's refusal):
// a word-wrapped label in the palette's error colour, hidden while there is no problem, read
// out by screen readers through its accessible description. Forms use it by promotion in
// Designer ("ctct::ui::ProblemLabel", header "widgets/problemlabel.h").

#include <QLabel>

namespace ctct::ui {

class ProblemLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemLabel)

public:
    explicit ProblemLabel(QWidget *parent = nullptr);
    ~ProblemLabel() override;

    // Shows the text, or hides the label when it is empty.
    void setProblem(const QString &text);
    QString problem() const { return isHidden() ? QString() : text(); }
    // The colour of a problem on a window of this palette (a red that reads on light and dark).
    static QColor colour(const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColour();
};

} // namespace ctct::ui
