// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventhistorymodel.h"

#include "api/operations.h"
#include "cache/accountstore.h"
#include "models/roles.h"

#include <QLocale>

#include <algorithm>

namespace ctct {

EventHistoryModel::EventHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

EventHistoryModel::~EventHistoryModel()
{
    cancelAll();
}

int EventHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventHistoryModel::kindText(CampaignEventKind kind)
{
    switch (kind) {
    case CampaignEventKind::Send:
        return tr("Sent");
    case CampaignEventKind::Open:
        return tr("Opened");
    case CampaignEventKind::Click:
        return tr("Clicked");
    case CampaignEventKind::Bounce:
        return tr("Bounced");
    case CampaignEventKind::Forward:
        return tr("Forwarded");
    case CampaignEventKind::OptOut:
        return tr("Opted out");
    }
    return {};
}

QVariant EventHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampaignEvent &e = m_events[size_t(index.row())];
    if (role == IdRole)
        return e.id;
    if (role == RawValueRole && index.column() == TimeColumn)
        return e.eventTime.toMSecsSinceEpoch();
    if (role == Qt::ToolTipRole) {
        // The whole event in one line, for a narrow pane: when, what, which campaign, detail.
        const QString detail = data(index.siblingAtColumn(DetailColumn), Qt::DisplayRole).toString();
        QString text = tr("%1: %2 \u201c%3\u201d")
                           .arg(QLocale().toString(e.eventTime.toLocalTime(), QLocale::LongFormat), kindText(e.kind),
                                data(index.siblingAtColumn(CampaignColumn), Qt::DisplayRole).toString());
        return detail.isEmpty() ? text : text + u" \u2014 " + detail;
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn:
        return QLocale().toString(e.eventTime.toLocalTime().date(), QLocale::ShortFormat); // the time is in the tooltip
    case EventColumn:
        return kindText(e.kind);
    case CampaignColumn:
        return e.campaignName.isEmpty() ? shortIdOf(e.campaignId) : e.campaignName;
    case DetailColumn:
        switch (e.kind) {
        case CampaignEventKind::Click:
            return e.linkUrl;
        case CampaignEventKind::Bounce:
            return e.description.isEmpty() ? e.code : e.description;
        case CampaignEventKind::OptOut:
            return e.optOutReason;
        default:
            return QString();
        }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EventHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("When");
    case EventColumn:
        return tr("What");
    case CampaignColumn:
        return tr("Campaign");
    case DetailColumn:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

void EventHistoryModel::cancelAll()
{
    for (QPointer<Pager> &p : m_pagers) {
        if (Pager *pager = p)
            pager->abandon();
        p = nullptr;
    }
}

void EventHistoryModel::clear()
{
    cancelAll();
    m_contactId.clear();
    m_counts = {};
    m_keys.clear();
    if (m_events.empty())
        return;
    beginResetModel();
    m_events.clear();
    endResetModel();
}

bool EventHistoryModel::isLoading() const
{
    return std::any_of(m_pagers.begin(), m_pagers.end(), [](const QPointer<Pager> &p) { return !p.isNull(); });
}

void EventHistoryModel::load(const Operations *operations, const QString &contactId, cache::AccountStore *store)
{
    clear();
    m_contactId = contactId;
    m_store = store;
    if (store && !contactId.isEmpty())
        insert(store->contactEvents(contactId));
    if (!operations || contactId.isEmpty())
        return;
    for (int k = 0; k < CampaignEventKindCount; ++k) {
        TypedPager<CampaignEvent> *pager = operations->contactEvents(contactId, CampaignEventKind(k), this);
        m_pagers[size_t(k)] = pager;
        connect(pager, &Pager::pageReady, this, [this, pager](int) {
            QList<CampaignEvent> events = pager->takePage().entries;
            if (cache::AccountStore *s = m_store) {
                // Into the local copy, by campaign: its reports and the next history have them.
                QHash<QString, QList<CampaignEvent>> byCampaign;
                for (const CampaignEvent &e : std::as_const(events)) {
                    if (!e.campaignId.isEmpty())
                        byCampaign[e.campaignId].append(e);
                }
                for (auto it = byCampaign.cbegin(); it != byCampaign.cend(); ++it)
                    s->addCampaignEvents(it.key(), it.value());
            }
            insert(std::move(events));
        });
        connect(pager, &Pager::failed, this, &EventHistoryModel::failed);
        connect(pager, &Pager::finished, this, &EventHistoryModel::onPagerFinished);
        pager->fetchAll();
    }
}

void EventHistoryModel::onPagerFinished()
{
    auto *pager = qobject_cast<Pager *>(sender());
    for (QPointer<Pager> &p : m_pagers) {
        if (p == pager)
            p = nullptr;
    }
    if (pager)
        pager->deleteLater();
    if (!isLoading())
        emit finished();
}

void EventHistoryModel::insert(QList<CampaignEvent> events)
{
    // Newest first; a page is small, each event goes in at its place.
    const auto newer = [](const CampaignEvent &a, const CampaignEvent &b) { return a.eventTime > b.eventTime; };
    for (CampaignEvent &e : events) {
        const QString key = shortIdOf(e.campaignId) + u'/' + QString::number(int(e.kind)) + u'/' + shortIdOf(e.id);
        if (m_keys.contains(key))
            continue;
        m_keys.insert(key);
        ++m_counts[size_t(e.kind)];
        const auto at = std::upper_bound(m_events.begin(), m_events.end(), e, newer);
        const int row = int(at - m_events.begin());
        beginInsertRows({}, row, row);
        m_events.insert(m_events.begin() + row, std::move(e));
        endInsertRows();
    }
}

} // namespace ctct
