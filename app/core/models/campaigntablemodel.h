// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The account's e-mail campaigns (api-contract §5) as a table, paged like every collection
// (PagedTableModel). A collection entry holds only Name, Status and Date: the rest of a row
// (subject, sent) comes in when the campaign's full entry is set with setDetails(), and the
// rates when its report is set with setReport() — until then those cells are empty.

#include "domain/campaign.h"
#include "models/pagedtablemodel.h"
#include "reporting/campaignreport.h"

#include <optional>
#include <vector>

namespace ctct {

class CampaignTableModel final : public TypedPagedModel<Campaign>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignTableModel)

public:
    enum Column {
        NameColumn,
        StatusColumn,
        DateColumn,
        SubjectColumn,
        SentColumn,
        OpenRateColumn,
        ClickRateColumn,
        BounceRateColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit CampaignTableModel(QObject *parent = nullptr);
    ~CampaignTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The campaign of a row: the full entry once setDetails() gave it, the summary before.
    const Campaign &campaign(int row) const { return m_rows[size_t(row)].campaign; }
    bool hasDetails(int row) const { return m_rows[size_t(row)].detailed; }
    const std::optional<reporting::Rates> &rates(int row) const { return m_rows[size_t(row)].rates; }
    // -1 when absent.
    int rowOfId(const QString &id) const;
    // The full entry of a campaign in the table (its cells change in place); false when absent.
    bool setDetails(const Campaign &campaign);
    // The rates of a campaign's report; false when absent.
    bool setReport(const reporting::CampaignReport &report);
    // Takes a campaign off the table (it was deleted); false when absent.
    bool removeCampaign(const QString &id);
    // The campaigns whose full entry has not been set.
    QStringList idsWithoutDetails() const;
    // Every row at once (the campaigns of the local copy of the account); detailed[i] says
    // campaigns[i] is a full entry. The rates of campaigns that stay are kept; the same
    // campaigns in the same order change in place (no reset). The pager of a view from the
    // server, if any, is dropped.
    void setCampaigns(const QList<Campaign> &campaigns, const QList<bool> &detailed);

    // "Draft", "Sent" ... as shown; the API's word when unknown.
    static QString statusText(const QString &status);
    // "38.2 %"
    static QString rateText(double fraction);

protected:
    void appendEntries(const QList<Campaign> &entries) override;
    void clearRows() override;
    QString loadedText(int loaded) const override;
    QString shownText(int shown, int loaded) const override;

private:
    struct Row
    {
        Campaign campaign;
        bool detailed = false;
        std::optional<reporting::Rates> rates;
    };
    std::vector<Row> m_rows;
};

} // namespace ctct
