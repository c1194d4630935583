// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstatus.h"

#include "cache/accountcache.h"
#include "widgets/problemlabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace ctct::ui {

SyncStatus::SyncStatus(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_button(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_label->setObjectName(QStringLiteral("syncLabel"));
    m_bar->setObjectName(QStringLiteral("syncBar"));
    m_bar->setAccessibleName(tr("Sync progress"));
    m_bar->setRange(0, 0);
    m_bar->setMaximumWidth(90);
    m_bar->setMaximumHeight(14);
    m_bar->setTextVisible(false);
    m_button->setObjectName(QStringLiteral("syncButton"));
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_button);
    connect(m_button, &QToolButton::clicked, this, [this] {
        if (!m_cache)
            return;
        if (m_cache->isSyncing())
            m_cache->cancelSync();
        else
            m_cache->syncNow();
    });
    hide();
}

SyncStatus::~SyncStatus() = default;

void SyncStatus::setCache(cache::AccountCache *cache)
{
    if (m_cache)
        disconnect(m_cache, nullptr, this, nullptr);
    m_cache = cache;
    m_progressText.clear();
    if (cache) {
        connect(cache, &cache::AccountCache::stateChanged, this, &SyncStatus::update);
        connect(cache, &cache::AccountCache::syncProgress, this, &SyncStatus::onProgress);
    }
    update();
}

QString SyncStatus::text() const
{
    return m_label->text();
}

void SyncStatus::onProgress(qint64, qint64, const QString &what)
{
    m_progressText = what;
    update();
}

void SyncStatus::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        update();
}

void SyncStatus::update()
{
    cache::AccountCache *cache = m_cache;
    setVisible(cache != nullptr);
    if (!cache)
        return;
    const bool syncing = cache->isSyncing();
    if (!syncing)
        m_progressText.clear();
    // The first copy of an account takes a while: say how far it got, and let it be canceled
    // (it continues where it stopped next time).
    const bool full = syncing && cache->job() && cache->job()->isFull();
    const QString text = full && !m_progressText.isEmpty() ? m_progressText : cache->statusText();
    m_label->setText(text);
    m_label->setAccessibleName(text);
    QPalette palette = this->palette();
    if (cache->isOffline()) {
        palette.setColor(QPalette::WindowText, ProblemLabel::colour(palette));
        m_label->setToolTip(tr("The server did not answer: %1. The app shows the local copy and tries again by "
                               "itself; changes cannot be saved meanwhile.")
                                .arg(cache->lastFailure().message));
    } else {
        m_label->setToolTip(cache->lastFailure().ok()
                                ? tr("The account is kept on this computer and brought up to date every few minutes "
                                     "(F5: now).")
                                : tr("The last sync failed: %1").arg(cache->lastFailure().message));
    }
    m_label->setPalette(palette);
    m_bar->setVisible(syncing);
    m_button->setVisible(full || (cache->isOffline() && !syncing));
    m_button->setText(syncing ? tr("Cancel") : tr("Try Now"));
    m_button->setAccessibleName(syncing ? tr("Cancel the sync (it continues where it stopped next time)")
                                        : tr("Try to reach the server now"));
}

} // namespace ctct::ui
