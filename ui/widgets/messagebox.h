// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Questions that need a decision, asked without a nested event loop: the dialog is opened
// window-modal with open() and the answer arrives in a callback. The test seam
// setNextAnswer() answers the next question without showing anything (design.md §7),
// lastQuestion() tells a test what would have been asked, and answersGiven() when the answer has
// been acted on.

#include <QMessageBox>

#include <functional>
#include <optional>

namespace ctct::ui {

class MessageBox final
{
public:
    struct Question
    {
        QString title;
        QString text;
        QString informativeText;
    };

    // Asks; then() gets the button pressed (Cancel or the escape button when dismissed) on a
    // later turn of the event loop. context ends the question when it is destroyed.
    static void question(QWidget *parent, const Question &question, QMessageBox::StandardButtons buttons,
                         QMessageBox::StandardButton defaultButton,
                         std::function<void(QMessageBox::StandardButton)> then, const QString &acceptText = {});

    // Test seam: the next question is answered with this, without a dialog.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static Question lastQuestion();
    static int questionsAsked();
    // Answers whose then() has returned: a test waits for this instead of for a time.
    static int answersGiven();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static Question s_lastQuestion;
    static int s_asked;
    static int s_answered;
};

} // namespace ctct::ui
