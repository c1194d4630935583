// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A contact's campaign history of the last 90 days (api-contract §6): the six event feeds of
// /contacts/{id}/events/ (sends, opens, clicks, bounces, forwards, opt-outs), fetched together
// and shown as one table, newest first. Rows arrive as the pages do. With the local copy of
// the account, the events it has come first (older ones too: it keeps what the server forgot),
// the feeds add what it lacks, and those go into it.

#include "domain/campaignevent.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

#include <array>
#include <vector>

namespace ctct::cache {
class AccountStore;
}

namespace ctct {

class Operations;
class Pager;
struct ApiResult;

class EventHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventHistoryModel)

public:
    enum Column { TimeColumn, EventColumn, CampaignColumn, DetailColumn, ColumnCount };
    Q_ENUM(Column)

    explicit EventHistoryModel(QObject *parent = nullptr);
    ~EventHistoryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Clears and fetches the contact's six feeds; a load still running is canceled.
    void load(const Operations *operations, const QString &contactId, cache::AccountStore *store = nullptr);
    void clear();
    bool isLoading() const;
    QString contactId() const { return m_contactId; }
    int count(CampaignEventKind kind) const { return m_counts[size_t(kind)]; }
    const CampaignEvent &eventAt(int row) const { return m_events[size_t(row)]; }

    // "Sent", "Opened", ... for a kind.
    static QString kindText(CampaignEventKind kind);

Q_SIGNALS:
    // All six feeds are in (or one failed: failed() came first).
    void finished();
    void failed(const ctct::ApiResult &result);

private:
    void insert(QList<CampaignEvent> events);
    void cancelAll();
    void onPagerFinished();

    std::vector<CampaignEvent> m_events; // newest first
    std::array<int, CampaignEventKindCount> m_counts{};
    std::array<QPointer<Pager>, CampaignEventKindCount> m_pagers;
    QPointer<cache::AccountStore> m_store;
    QSet<QString> m_keys; // campaign, kind and event id of every row: a feed repeats what the copy has
    QString m_contactId;
};

} // namespace ctct
