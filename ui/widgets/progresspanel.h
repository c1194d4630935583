// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Progress of long work with a Cancel button, for the status bar (design.md §7). One piece of
// work at a time: start() replaces whatever was shown.

#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QToolButton;

namespace ctct::ui {

class ProgressPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressPanel)

public:
    explicit ProgressPanel(QWidget *parent = nullptr);
    ~ProgressPanel() override;

    // maximum 0: busy indicator until setProgress() gives one.
    void start(const QString &text, std::function<void()> cancel, int maximum = 0);
    void setProgress(int value, int maximum);
    void setText(const QString &text);
    void finish();

    bool isBusy() const { return !isHidden(); }

private:
    void onCancel();

    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    std::function<void()> m_onCancel;
};

} // namespace ctct::ui
