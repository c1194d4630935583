// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcontactsmodel.h"

#include "models/roles.h"
#include "reporting/campaignreport.h"

#include <QLocale>
#include <QSet>

namespace ctct {

using reporting::csvField;

ReportContactsModel::ReportContactsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ReportContactsModel::~ReportContactsModel() = default;

void ReportContactsModel::setEvents(CampaignEventKind kind, const QList<CampaignEvent> &events)
{
    beginResetModel();
    m_kind = kind;
    m_events = events;
    endResetModel();
}

void ReportContactsModel::setNames(const QHash<QString, QString> &namesByEmail)
{
    for (auto it = namesByEmail.begin(); it != namesByEmail.end(); ++it)
        m_names.insert(it.key(), it.value());
    if (!m_events.isEmpty())
        emit dataChanged(index(0, NameColumn), index(int(m_events.size()) - 1, NameColumn));
}

int ReportContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ReportContactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReportContactsModel::detailText(const CampaignEvent &e)
{
    switch (e.kind) {
    case CampaignEventKind::Click:
        return e.linkUrl;
    case CampaignEventKind::Bounce:
        return e.bounceMessage.isEmpty() ? e.code : tr("%1: %2").arg(e.code, e.bounceMessage);
    case CampaignEventKind::OptOut:
        return e.optOutReason.isEmpty() ? e.optOutSource : e.optOutReason;
    default:
        break;
    }
    return {};
}

QVariant ReportContactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampaignEvent &e = m_events.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case EmailColumn:
            return e.contactEmail;
        case NameColumn:
            return m_names.value(e.contactEmail.toLower());
        case TimeColumn:
            return e.eventTime.isValid() ? QLocale().toString(e.eventTime.toLocalTime(), QLocale::ShortFormat)
                                         : QString();
        case DetailColumn:
            return detailText(e);
        case ColumnCount:
            break;
        }
        break;
    case RawValueRole:
        if (column == TimeColumn)
            return e.eventTime.isValid() ? e.eventTime.toMSecsSinceEpoch() : qint64(0);
        return data(index, Qt::DisplayRole);
    case IdRole:
        return e.contactId;
    default:
        break;
    }
    return {};
}

QVariant ReportContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case EmailColumn:
        return tr("E-mail");
    case NameColumn:
        return tr("Name");
    case TimeColumn:
        return tr("Time");
    case DetailColumn:
        switch (m_kind) {
        case CampaignEventKind::Click:
            return tr("Link");
        case CampaignEventKind::Bounce:
            return tr("Code and message");
        case CampaignEventKind::OptOut:
            return tr("Reason");
        default:
            return tr("Details");
        }
    case ColumnCount:
        break;
    }
    return {};
}

QStringList ReportContactsModel::emails() const
{
    QStringList out;
    QSet<QString> seen;
    for (const CampaignEvent &e : m_events) {
        const QString key = e.contactEmail.toLower();
        if (!key.isEmpty() && !seen.contains(key)) {
            seen.insert(key);
            out.append(e.contactEmail);
        }
    }
    return out;
}

QList<std::pair<QString, QString>> ReportContactsModel::contacts() const
{
    QList<std::pair<QString, QString>> out;
    QSet<QString> seen;
    for (const CampaignEvent &e : m_events) {
        if (e.contactId.isEmpty() || seen.contains(e.contactId))
            continue;
        seen.insert(e.contactId);
        out.append({e.contactId, e.contactEmail});
    }
    return out;
}

QByteArray ReportContactsModel::toCsv() const
{
    QByteArray out = "EmailAddress,Name,EventTime";
    if (m_kind == CampaignEventKind::Click)
        out += ",LinkUrl";
    if (m_kind == CampaignEventKind::Bounce)
        out += ",Code,Description,BounceMessage";
    if (m_kind == CampaignEventKind::OptOut)
        out += ",OptOutSource,OptOutReason";
    out += '\n';
    for (const CampaignEvent &e : m_events) {
        QByteArrayList row{csvField(e.contactEmail), csvField(m_names.value(e.contactEmail.toLower())),
                           e.eventTime.toUTC().toString(Qt::ISODateWithMs).toUtf8()};
        if (m_kind == CampaignEventKind::Click)
            row.append(csvField(e.linkUrl));
        if (m_kind == CampaignEventKind::Bounce)
            row += {csvField(e.code), csvField(e.description), csvField(e.bounceMessage)};
        if (m_kind == CampaignEventKind::OptOut)
            row += {csvField(e.optOutSource), csvField(e.optOutReason)};
        out += row.join(',') + '\n';
    }
    return out;
}

} // namespace ctct
