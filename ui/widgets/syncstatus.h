// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The local copy's state in the status bar (issue 12): "Synced at 14:05", the progress of a
// sync under way with its Cancel, or "Offline — last synced at …" in the palette's warning
// colour with a "Try Now" button. Shows nothing without a local copy.

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace ctct::cache {
class AccountCache;
}

namespace ctct::ui {

class SyncStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatus)

public:
    explicit SyncStatus(QWidget *parent = nullptr);
    ~SyncStatus() override;

    // nullptr: no local copy (hidden).
    void setCache(cache::AccountCache *cache);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();
    void onProgress(qint64 done, qint64 total, const QString &what);

    QPointer<cache::AccountCache> m_cache;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_button;
    QString m_progressText;
};

} // namespace ctct::ui
