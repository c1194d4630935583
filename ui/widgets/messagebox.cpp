// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebox.h"

#include <QPointer>
#include <QPushButton>
#include <QTimer>

namespace ctct::ui {

std::optional<QMessageBox::StandardButton> MessageBox::s_nextAnswer;
MessageBox::Question MessageBox::s_lastQuestion;
int MessageBox::s_asked = 0;
int MessageBox::s_answered = 0;

void MessageBox::question(QWidget *parent, const Question &question, QMessageBox::StandardButtons buttons,
                          QMessageBox::StandardButton defaultButton,
                          std::function<void(QMessageBox::StandardButton)> then, const QString &acceptText)
{
    Q_ASSERT(parent);
    s_lastQuestion = question;
    ++s_asked;
    if (s_nextAnswer) {
        const QMessageBox::StandardButton answer = *std::exchange(s_nextAnswer, std::nullopt);
        const QPointer<QWidget> guard(parent);
        QTimer::singleShot(0, parent, [guard, answer, then = std::move(then)] {
            if (!guard)
                return;
            then(answer);
            ++s_answered;
        });
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, question.title, question.text, buttons, parent);
    box->setObjectName(QStringLiteral("questionBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(question.informativeText);
    box->setDefaultButton(defaultButton);
    box->setAccessibleName(question.title);
    if (!acceptText.isEmpty()) {
        if (QAbstractButton *yes = box->button(QMessageBox::Yes))
            yes->setText(acceptText);
    }
    QObject::connect(box, &QMessageBox::finished, box, [box, then = std::move(then)] {
        QAbstractButton *clicked = box->clickedButton();
        const QMessageBox::StandardButton answer =
            clicked ? box->standardButton(clicked) : QMessageBox::StandardButton(QMessageBox::Cancel);
        then(answer);
        ++s_answered;
    });
    box->open();
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

MessageBox::Question MessageBox::lastQuestion()
{
    return s_lastQuestion;
}

int MessageBox::questionsAsked()
{
    return s_asked;
}

int MessageBox::answersGiven()
{
    return s_answered;
}

} // namespace ctct::ui
