// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtablemodel.h"

#include "models/roles.h"

#include <QLocale>

namespace ctct {

namespace {

QString dateText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QVariant count(const std::optional<qint64> &n)
{
    return n ? QVariant(QLocale().toString(*n)) : QVariant(QString());
}

} // namespace

EventTableModel::EventTableModel(QObject *parent)
    : TypedPagedModel<Event>(parent)
{}

EventTableModel::~EventTableModel() = default;

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventTableModel::statusText(const QString &status)
{
    switch (eventStatusFromString(status)) {
    case EventStatus::Draft:
        return tr("Draft");
    case EventStatus::Active:
        return tr("Active");
    case EventStatus::Cancelled:
        return tr("Cancelled");
    case EventStatus::Complete:
        return tr("Complete");
    case EventStatus::Unknown:
        break;
    }
    return status;
}

namespace {

// The EventType values of event marketing, in the order the editor offers them.
const std::pair<const char *, const char *> kEventTypes[] = {
    {"AUCTION", QT_TRANSLATE_NOOP("ctct::EventTableModel", "Auction")},
    {"BIRTHDAY", QT_TRANSLATE_NOOP("ctct::EventTableModel", "Birthday")},
    {"BUSINESS_FINANCE_SALES", QT_TRANSLATE_NOOP("ctct::EventTableModel", "Business, finance, sales")},
    {"CLASS_WORKSHOP", QT_TRANSLATE_NOOP("ctct::EventTableModel", "Class, workshop")},
    {"CONFERENCE_SEMINAR", QT_TRANSLATE_NOOP("ctct::EventTableModel", "Conference, seminar")},
    {"CONVENTION_TRADESHOW_EXPO", QT_TRANSLATE_NOOP("ctct::EventTableModel", "Convention, trade show, expo")},
    {"FESTIVAL_FAIR", QT_TRANSLATE_NOOP("ctct::EventTableModel", "Festival, fair")},
    {"FUNDRAISERS_CHARITY", QT_TRANSLATE_NOOP("ctct::EventTableModel", "Fundraiser, charity")},
    {"MEETING", QT_TRANSLATE_NOOP("ctct::EventTableModel", "Meeting")},
    {"OUTDOORS_RECREATION", QT_TRANSLATE_NOOP("ctct::EventTableModel", "Outdoors, recreation")},
    {"PERFORMANCE", QT_TRANSLATE_NOOP("ctct::EventTableModel", "Performance")},
    {"SOCIAL_EVENT_MIXER", QT_TRANSLATE_NOOP("ctct::EventTableModel", "Social event, mixer")},
    {"SPORTS", QT_TRANSLATE_NOOP("ctct::EventTableModel", "Sports")},
    {"OTHER", QT_TRANSLATE_NOOP("ctct::EventTableModel", "Other")},
};

} // namespace

QStringList EventTableModel::eventTypes()
{
    QStringList types;
    for (const auto &[type, text] : kEventTypes)
        types.append(QString::fromLatin1(type));
    return types;
}

QString EventTableModel::typeText(const QString &eventType)
{
    for (const auto &[type, text] : kEventTypes) {
        if (eventType.compare(QLatin1StringView(type), Qt::CaseInsensitive) == 0)
            return tr(text);
    }
    return eventType;
}

QString EventTableModel::locationText(const EventAddress &l)
{
    QStringList parts;
    for (const QString &p : {l.location, l.address1, l.address2, l.address3, l.city}) {
        if (!p.trimmed().isEmpty())
            parts.append(p.trimmed());
    }
    return parts.join(QStringLiteral(", "));
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &e = m_rows[size_t(index.row())].event;
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return e.title.isEmpty() ? e.name : e.title;
        case NameColumn:
            return e.name;
        case StatusColumn:
            return statusText(e.status);
        case TypeColumn:
            return typeText(e.eventType);
        case StartColumn:
            return dateText(e.startDate);
        case EndColumn:
            return dateText(e.endDate);
        case LocationColumn:
            return locationText(e.location);
        case RegisteredColumn:
            return count(e.registered);
        case CancelledColumn:
            return count(e.cancelledCount);
        case AttendedColumn:
            return count(e.attendedCount);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == TitleColumn || column == NameColumn || column == LocationColumn)
            return data(index, Qt::DisplayRole);
        break;
    case Qt::TextAlignmentRole:
        if (column >= RegisteredColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RawValueRole:
        switch (column) {
        case StatusColumn:
            return e.status.toUpper();
        case TypeColumn:
            return e.eventType;
        case StartColumn:
            return e.startDate.isValid() ? e.startDate.toMSecsSinceEpoch() : qint64(0);
        case EndColumn:
            return e.endDate.isValid() ? e.endDate.toMSecsSinceEpoch() : qint64(0);
        case RegisteredColumn:
            return e.registered.value_or(-1);
        case CancelledColumn:
            return e.cancelledCount.value_or(-1);
        case AttendedColumn:
            return e.attendedCount.value_or(-1);
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return e.id;
    default:
        break;
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TypedPagedModel<Event>::headerData(section, orientation, role);
    switch (Column(section)) {
    case TitleColumn:
        return tr("Title");
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case TypeColumn:
        return tr("Type");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case LocationColumn:
        return tr("Location");
    case RegisteredColumn:
        return tr("Registered");
    case CancelledColumn:
        return tr("Cancelled");
    case AttendedColumn:
        return tr("Attended");
    case ColumnCount:
        break;
    }
    return {};
}

int EventTableModel::rowOfId(const QString &id) const
{
    const QString shortId = shortIdOf(id);
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].event.shortId() == shortId)
            return int(i);
    }
    return -1;
}

void EventTableModel::setEvent(const Event &event)
{
    const int row = rowOfId(event.id);
    if (row >= 0) {
        m_rows[size_t(row)] = Row{event, true};
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.push_back(Row{event, true});
    endInsertRows();
}

void EventTableModel::appendEntries(const QList<Event> &entries)
{
    QList<Event> added;
    for (const Event &e : entries) {
        if (rowOfId(e.id) < 0) // one created here already has its row
            added.append(e);
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
    for (const Event &e : std::as_const(added))
        m_rows.push_back(Row{e, false});
    endInsertRows();
}

void EventTableModel::clearRows()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QString EventTableModel::loadedText(int loaded) const
{
    return tr("%n events", nullptr, loaded);
}

QString EventTableModel::shownText(int shown, int loaded) const
{
    return tr("%1 of %n events shown", nullptr, loaded).arg(shown);
}

} // namespace ctct
