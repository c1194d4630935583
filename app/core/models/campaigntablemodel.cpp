// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigntablemodel.h"

#include "models/roles.h"

#include <QLocale>

namespace ctct {

namespace {

QString dateText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

CampaignTableModel::CampaignTableModel(QObject *parent)
    : TypedPagedModel<Campaign>(parent)
{}

CampaignTableModel::~CampaignTableModel() = default;

int CampaignTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CampaignTableModel::statusText(const QString &status)
{
    switch (campaignStatusFromString(status)) {
    case CampaignStatus::Draft:
        return tr("Draft", "campaign status");
    case CampaignStatus::Running:
        return tr("Running", "campaign status");
    case CampaignStatus::Scheduled:
        return tr("Scheduled", "campaign status");
    case CampaignStatus::Sent:
        return tr("Sent", "campaign status");
    case CampaignStatus::Unknown:
        break;
    }
    return status;
}

QString CampaignTableModel::rateText(double fraction)
{
    return tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

QVariant CampaignTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const Campaign &c = row.campaign;
    const auto column = Column(index.column());
    const auto rateOf = [&row](Column col) -> std::optional<double> {
        if (!row.rates)
            return std::nullopt;
        return col == OpenRateColumn ? row.rates->open : col == ClickRateColumn ? row.rates->click : row.rates->bounce;
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return c.name;
        case StatusColumn:
            return statusText(c.status);
        case DateColumn:
            return dateText(c.date);
        case SubjectColumn:
            return c.subject;
        case SentColumn:
            return c.sent ? QLocale().toString(*c.sent) : QString();
        case OpenRateColumn:
        case ClickRateColumn:
        case BounceRateColumn:
            if (const auto r = rateOf(column))
                return rateText(*r);
            return QString();
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn || column == SubjectColumn)
            return data(index, Qt::DisplayRole);
        break;
    case Qt::TextAlignmentRole:
        if (column >= SentColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RawValueRole:
        switch (column) {
        case DateColumn:
            return c.date.isValid() ? c.date.toMSecsSinceEpoch() : qint64(0);
        case SentColumn:
            return qint64(c.sent.value_or(-1));
        case OpenRateColumn:
        case ClickRateColumn:
        case BounceRateColumn:
            return rateOf(column).value_or(-1.0);
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return c.id;
    default:
        break;
    }
    return {};
}

QVariant CampaignTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TypedPagedModel<Campaign>::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case DateColumn:
        return tr("Date");
    case SubjectColumn:
        return tr("Subject");
    case SentColumn:
        return tr("Sent");
    case OpenRateColumn:
        return tr("Open rate");
    case ClickRateColumn:
        return tr("Click rate");
    case BounceRateColumn:
        return tr("Bounce rate");
    case ColumnCount:
        break;
    }
    return {};
}

int CampaignTableModel::rowOfId(const QString &id) const
{
    const QString shortId = shortIdOf(id);
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].campaign.shortId() == shortId)
            return int(i);
    }
    return -1;
}

bool CampaignTableModel::setDetails(const Campaign &campaign)
{
    const int row = rowOfId(campaign.id);
    if (row < 0)
        return false;
    m_rows[size_t(row)].campaign = campaign;
    m_rows[size_t(row)].detailed = true;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool CampaignTableModel::setReport(const reporting::CampaignReport &report)
{
    const int row = rowOfId(report.campaignId);
    if (row < 0)
        return false;
    m_rows[size_t(row)].rates = report.rates;
    emit dataChanged(index(row, OpenRateColumn), index(row, BounceRateColumn));
    return true;
}

bool CampaignTableModel::removeCampaign(const QString &id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    return true;
}

QStringList CampaignTableModel::idsWithoutDetails() const
{
    QStringList ids;
    for (const Row &r : m_rows) {
        if (!r.detailed)
            ids.append(r.campaign.id);
    }
    return ids;
}

void CampaignTableModel::appendEntries(const QList<Campaign> &entries)
{
    if (entries.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + entries.size()) - 1);
    for (const Campaign &c : entries)
        m_rows.push_back(Row{c, false, std::nullopt});
    endInsertRows();
}

void CampaignTableModel::setCampaigns(const QList<Campaign> &campaigns, const QList<bool> &detailed)
{
    dropSource();
    std::vector<Row> rows;
    rows.reserve(size_t(campaigns.size()));
    for (qsizetype i = 0; i < campaigns.size(); ++i) {
        Row r{campaigns[i], detailed.value(i), std::nullopt};
        if (const int old = rowOfId(campaigns[i].id); old >= 0) {
            r.rates = m_rows[size_t(old)].rates;
            const Campaign &before = m_rows[size_t(old)].campaign;
            if (!r.detailed && m_rows[size_t(old)].detailed && before.status == r.campaign.status &&
                before.name == r.campaign.name && before.date == r.campaign.date) {
                r.campaign = m_rows[size_t(old)].campaign; // the full entry beats a summary
                r.detailed = true;
            }
        }
        rows.push_back(std::move(r));
    }
    bool same = rows.size() == m_rows.size();
    for (size_t i = 0; same && i < rows.size(); ++i)
        same = rows[i].campaign.id == m_rows[i].campaign.id;
    if (same) {
        m_rows = std::move(rows);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void CampaignTableModel::clearRows()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QString CampaignTableModel::loadedText(int loaded) const
{
    return tr("%n campaigns", nullptr, loaded);
}

QString CampaignTableModel::shownText(int shown, int loaded) const
{
    return tr("%1 of %n campaigns shown", nullptr, loaded).arg(shown);
}

} // namespace ctct
