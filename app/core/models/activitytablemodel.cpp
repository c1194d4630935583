// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitytablemodel.h"

#include "models/roles.h"

#include <QLocale>

namespace ctct {

namespace {

QString dateText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QVariant dateValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(qint64(0));
}

// The file's own name: ".../activities/a07e1ffa.csv" -> "a07e1ffa.csv".
QString fileText(const QString &fileName)
{
    return fileName.mid(fileName.lastIndexOf(u'/') + 1);
}

} // namespace

ActivityTableModel::ActivityTableModel(QObject *parent)
    : TypedPagedModel<Activity>(parent)
{}

ActivityTableModel::~ActivityTableModel() = default;

int ActivityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityTableModel::statusText(const QString &status)
{
    switch (activityStatusFromString(status)) {
    case ActivityStatus::Pending:
        return tr("Pending", "activity status");
    case ActivityStatus::Queued:
        return tr("Queued", "activity status");
    case ActivityStatus::Running:
        return tr("Running", "activity status");
    case ActivityStatus::Complete:
        return tr("Complete", "activity status");
    case ActivityStatus::Error:
        return tr("Error", "activity status");
    case ActivityStatus::Unknown:
        break;
    }
    return status;
}

QString ActivityTableModel::typeText(const QString &type)
{
    if (type == activitytype::SvAdd || type == activitytype::AddContacts)
        return tr("Import contacts");
    if (type == activitytype::AddContactDetail)
        return tr("Update contact details");
    if (type == activitytype::RemoveContactsFromLists)
        return tr("Remove from lists");
    if (type == activitytype::ClearContactsFromLists)
        return tr("Clear lists");
    if (type == activitytype::ExportContacts)
        return tr("Export contacts");
    return type;
}

QVariant ActivityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Activity &a = m_rows[size_t(index.row())];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TypeColumn:
            return typeText(a.type);
        case StatusColumn:
            return statusText(a.status);
        case CreatedColumn:
            return dateText(a.insertTime);
        case StartedColumn:
            return dateText(a.runStartTime);
        case FinishedColumn:
            return dateText(a.runFinishTime);
        case RowsColumn:
            return a.transactionCount ? QLocale().toString(*a.transactionCount) : QString();
        case FileColumn:
            return fileText(a.fileName);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == TypeColumn)
            return a.type;
        if (column == FileColumn)
            return a.fileName;
        break;
    case Qt::TextAlignmentRole:
        if (column == RowsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RawValueRole:
        switch (column) {
        case CreatedColumn:
            return dateValue(a.insertTime);
        case StartedColumn:
            return dateValue(a.runStartTime);
        case FinishedColumn:
            return dateValue(a.runFinishTime);
        case RowsColumn:
            return qint64(a.transactionCount.value_or(0));
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return a.id;
    default:
        break;
    }
    return {};
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TypedPagedModel<Activity>::headerData(section, orientation, role);
    switch (Column(section)) {
    case TypeColumn:
        return tr("Activity");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case StartedColumn:
        return tr("Started");
    case FinishedColumn:
        return tr("Finished");
    case RowsColumn:
        return tr("Rows");
    case FileColumn:
        return tr("File");
    case ColumnCount:
        break;
    }
    return {};
}

int ActivityTableModel::rowOfId(const QString &id) const
{
    const QString shortId = shortIdOf(id);
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].shortId() == shortId)
            return int(i);
    }
    return -1;
}

bool ActivityTableModel::updateActivity(const Activity &activity)
{
    const int row = rowOfId(activity.id);
    if (row < 0)
        return false;
    m_rows[size_t(row)] = activity;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

QStringList ActivityTableModel::unfinishedIds() const
{
    QStringList ids;
    for (const Activity &a : m_rows) {
        if (!a.isFinished())
            ids.append(a.id);
    }
    return ids;
}

void ActivityTableModel::appendEntries(const QList<Activity> &entries)
{
    if (entries.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + entries.size()) - 1);
    m_rows.insert(m_rows.end(), entries.begin(), entries.end());
    endInsertRows();
}

void ActivityTableModel::clearRows()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QString ActivityTableModel::loadedText(int loaded) const
{
    return tr("%n activities", nullptr, loaded);
}

QString ActivityTableModel::shownText(int shown, int loaded) const
{
    return tr("%1 of %n activities shown", nullptr, loaded).arg(shown);
}

} // namespace ctct
