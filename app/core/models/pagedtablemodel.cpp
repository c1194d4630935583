// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagedtablemodel.h"

#include "api/apijob.h"

#include <QCoreApplication>

namespace ctct {

PagedTableModel::PagedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

PagedTableModel::~PagedTableModel()
{
    // The pager is a child: it goes with the model, and its job with it, without a signal here.
    if (m_pager)
        QObject::disconnect(m_pager, nullptr, this, nullptr);
}

void PagedTableModel::setSource(PagerFactory makePager, const QUrl &firstPage)
{
    m_makePager = std::move(makePager);
    m_firstPage = firstPage;
    m_failedPage.clear();
    setPager(nullptr);
    clearRows();
    if (!firstPage.isEmpty() && m_makePager) {
        setPager(m_makePager(firstPage));
        fetchMore({});
    }
    emit loadingChanged();
}

void PagedTableModel::dropSource()
{
    const bool had = m_pager || !m_firstPage.isEmpty();
    m_makePager = {};
    m_firstPage.clear();
    m_failedPage.clear();
    setPager(nullptr);
    if (had)
        emit loadingChanged();
}

void PagedTableModel::reload()
{
    setSource(m_makePager, m_firstPage);
}

void PagedTableModel::setPager(Pager *pager)
{
    if (pager == m_pager)
        return;
    const bool wasLoadingAll = std::exchange(m_loadingAll, false);
    if (Pager *old = m_pager)
        old->abandon(); // whoever listened to it hears nothing more, not even a cancel
    m_pager = pager;
    if (wasLoadingAll)
        emit loadingChanged();
    if (!pager)
        return;
    pager->setParent(this);
    connect(pager, &Pager::pageReady, this, [this, pager] {
        appendPage(pager);
        emit pageLoaded();
        if (m_loadingAll)
            emit loadProgress(rowCount());
    });
    connect(pager, &Pager::failed, this, [this](const ApiResult &result) {
        m_failedPage = result.url;
        emit pageFailed(result);
    });
    connect(pager, &Pager::finished, this, [this, pager] { onFinished(pager); });
}

void PagedTableModel::onFinished(Pager *pager)
{
    if (pager != m_pager)
        return;
    m_loadingAll = false;
    emit loadingChanged();
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pager && m_pager->canFetchMore();
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid() && m_pager && m_pager->fetchNext())
        emit loadingChanged();
}

bool PagedTableModel::isFetching() const
{
    return m_pager && m_pager->isFetching();
}

bool PagedTableModel::hasMore() const
{
    return m_pager && m_pager->canFetchMore();
}

bool PagedTableModel::loadAll()
{
    if (!m_pager || m_loadingAll || (!m_pager->canFetchMore() && !m_pager->isFetching()))
        return false;
    m_loadingAll = true;
    emit loadingChanged();
    m_pager->fetchAll();
    return true;
}

void PagedTableModel::stopLoading()
{
    if (!m_loadingAll)
        return;
    m_loadingAll = false;
    if (m_pager)
        m_pager->stop();
    emit loadingChanged();
}

void PagedTableModel::retry()
{
    if (!canRetry())
        return;
    const QUrl page = std::exchange(m_failedPage, QUrl());
    setPager(m_makePager(page));
    fetchMore({});
    emit loadingChanged();
}

QString PagedTableModel::countText(int shown) const
{
    const int loaded = rowCount();
    QString text = shown >= 0 ? shownText(shown, loaded) : loadedText(loaded);
    if (isFetching())
        text = QCoreApplication::translate("ctct::PagedTableModel", "%1, loading more…").arg(text);
    else if (hasMore())
        text = QCoreApplication::translate("ctct::PagedTableModel", "%1, more on the server").arg(text);
    return text;
}

} // namespace ctct
