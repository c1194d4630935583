// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A non-modal bar above the tabs for errors and notices (design.md §7): the text (with the
// server's message), an optional Retry and a Close button. Showing a new message replaces the
// one shown; nothing here ever blocks.

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace ctct::ui {

class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind { Error, Information };

    explicit MessageBar(QWidget *parent = nullptr);
    ~MessageBar() override;

    // retry, when given, runs when the user presses Retry (the bar hides first).
    void showMessage(Kind kind, const QString &text, std::function<void()> retry = {});
    // The same with another button than Retry ("Show Summary"); action runs when it is pressed.
    void showMessage(Kind kind, const QString &text, const QString &actionText, std::function<void()> action);
    void showError(const QString &text, std::function<void()> retry = {})
    {
        showMessage(Kind::Error, text, std::move(retry));
    }
    void dismiss();

    QString text() const;
    bool hasRetry() const { return bool(m_retry); }

private:
    void onRetry();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retryButton;
    QToolButton *m_closeButton;
    std::function<void()> m_retry;
};

} // namespace ctct::ui
