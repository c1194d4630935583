// SPDX-License-Identifier: GPL-3.0-or-later
#include "page.h"

#include "cache/accountcache.h"

#include "api/apisession.h"
#include "settings.h"

namespace ctct::ui {

const Operations *TabContext::operations() const
{
    return session ? &session->operations() : nullptr;
}

cache::AccountStore *TabContext::store() const
{
    return cache && cache->isComplete() ? cache->store() : nullptr;
}

cache::AccountStore *TabContext::localCopy() const
{
    return cache ? cache->store() : nullptr;
}

Page::Page(const TabContext &context, const QString &id, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_id(id)
{
    setObjectName(id + u"Tab");
}

Page::~Page() = default;

QByteArray Page::viewState(QStringView part) const
{
    return m_context.settings ? m_context.settings->viewState(m_id, part) : QByteArray();
}

void Page::setViewState(QStringView part, const QByteArray &state)
{
    if (m_context.settings)
        m_context.settings->setViewState(m_id, part, state);
}

} // namespace ctct::ui
