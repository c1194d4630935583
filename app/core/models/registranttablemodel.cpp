// SPDX-License-Identifier: GPL-3.0-or-later
#include "registranttablemodel.h"

#include "models/roles.h"
#include "reporting/campaignreport.h"

#include <QLocale>

namespace ctct {

using reporting::csvField;

namespace {

QString dateText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString nameOf(const Registrant &r)
{
    const QString name = QStringList{r.firstName, r.lastName}.join(u' ').trimmed();
    return name.isEmpty() ? r.title : name;
}

QByteArray centsCsv(const std::optional<qint64> &cents)
{
    if (!cents)
        return {};
    return QByteArray::number(*cents / 100) + '.' + QByteArray::number(*cents % 100).rightJustified(2, '0');
}

} // namespace

RegistrantTableModel::RegistrantTableModel(QObject *parent)
    : TypedPagedModel<Registrant>(parent)
{}

RegistrantTableModel::~RegistrantTableModel() = default;

int RegistrantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegistrantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RegistrantTableModel::registrationText(const QString &status)
{
    if (status.compare(u"REGISTERED", Qt::CaseInsensitive) == 0)
        return tr("Registered");
    if (status.compare(u"CANCELLED", Qt::CaseInsensitive) == 0)
        return tr("Cancelled");
    if (status.compare(u"ABANDONED", Qt::CaseInsensitive) == 0)
        return tr("Abandoned");
    return status;
}

QString RegistrantTableModel::attendanceText(const QString &status)
{
    if (status.compare(Attended, Qt::CaseInsensitive) == 0)
        return tr("Attended");
    if (status.compare(NotAttended, Qt::CaseInsensitive) == 0)
        return tr("Not attended");
    return status;
}

QString RegistrantTableModel::paymentText(const QString &status)
{
    if (status.compare(u"PENDING", Qt::CaseInsensitive) == 0)
        return tr("Pending");
    if (status.compare(u"COMPLETED", Qt::CaseInsensitive) == 0)
        return tr("Completed");
    if (status.compare(u"CANCELLED", Qt::CaseInsensitive) == 0)
        return tr("Cancelled");
    if (status.compare(u"REFUNDED", Qt::CaseInsensitive) == 0)
        return tr("Refunded");
    return status;
}

std::optional<qint64> RegistrantTableModel::centsOf(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 15 || fraction.size() > 2)
        return std::nullopt;
    for (QChar c : whole) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    }
    for (QChar c : fraction) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    }
    qint64 cents = whole.toLongLong() * 100;
    if (fraction.size() == 1)
        cents += fraction.toInt() * 10;
    else if (fraction.size() == 2)
        cents += fraction.toInt();
    return cents;
}

QString RegistrantTableModel::moneyText(qint64 cents)
{
    const QLocale locale;
    return locale.toString(cents / 100) + locale.decimalPoint() +
           QStringLiteral("%1").arg(cents % 100, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> RegistrantTableModel::amountCents(const Registrant &r)
{
    if (const auto order = centsOf(r.orderAmount))
        return order;
    std::optional<qint64> sum;
    for (const Cost &c : r.costs) {
        if (const auto total = centsOf(c.total))
            sum = sum.value_or(0) + *total;
    }
    return sum;
}

QString RegistrantTableModel::typeText(const Registrant &r)
{
    QStringList types;
    for (const Cost &c : r.costs) {
        if (!c.feeType.isEmpty() && !types.contains(c.feeType))
            types.append(c.feeType);
    }
    return types.join(QStringLiteral(", "));
}

QVariant RegistrantTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const Registrant &r = row.registrant;
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return nameOf(r);
        case EmailColumn:
            return r.emailAddress;
        case CompanyColumn:
            return r.businessInformation.company;
        case RegistrationColumn:
            return registrationText(r.registrationStatus);
        case TypeColumn:
            return typeText(r);
        case DateColumn:
            return dateText(r.registrationDate);
        case GuestsColumn:
            return r.guestCount ? QLocale().toString(*r.guestCount) : QString();
        case AttendanceColumn:
            return attendanceText(r.attendanceStatus);
        case PaymentColumn:
            return paymentText(r.paymentStatus);
        case AmountColumn:
            if (const auto cents = amountCents(r))
                return moneyText(*cents);
            return QString();
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn || column == EmailColumn || column == CompanyColumn)
            return data(index, Qt::DisplayRole);
        break;
    case Qt::TextAlignmentRole:
        if (column == GuestsColumn || column == AmountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RawValueRole:
        switch (column) {
        case RegistrationColumn:
            return r.registrationStatus.toUpper();
        case AttendanceColumn:
            return r.attendanceStatus.toUpper();
        case PaymentColumn:
            return r.paymentStatus.toUpper();
        case DateColumn:
            return r.registrationDate.isValid() ? r.registrationDate.toMSecsSinceEpoch() : qint64(0);
        case GuestsColumn:
            return r.guestCount.value_or(-1);
        case AmountColumn:
            return amountCents(r).value_or(-1);
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return r.id;
    default:
        break;
    }
    return {};
}

QVariant RegistrantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TypedPagedModel<Registrant>::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case CompanyColumn:
        return tr("Company");
    case RegistrationColumn:
        return tr("Registration");
    case TypeColumn:
        return tr("Type");
    case DateColumn:
        return tr("Registered on");
    case GuestsColumn:
        return tr("Guests");
    case AttendanceColumn:
        return tr("Attendance");
    case PaymentColumn:
        return tr("Payment");
    case AmountColumn:
        return tr("Amount");
    case ColumnCount:
        break;
    }
    return {};
}

int RegistrantTableModel::rowOfId(const QString &id) const
{
    return m_rowOfShortId.value(shortIdOf(id), -1);
}

bool RegistrantTableModel::setDetails(const Registrant &registrant)
{
    const int row = rowOfId(registrant.id);
    if (row < 0)
        return false;
    m_rows[size_t(row)] = Row{registrant, true};
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool RegistrantTableModel::setPaymentStatus(const QString &id, const QString &status)
{
    const int row = rowOfId(id);
    if (row < 0)
        return false;
    m_rows[size_t(row)].registrant.paymentStatus = status;
    emit dataChanged(index(row, PaymentColumn), index(row, PaymentColumn));
    return true;
}

QStringList RegistrantTableModel::idsWithoutDetails() const
{
    QStringList ids;
    for (const Row &r : m_rows) {
        if (!r.detailed)
            ids.append(r.registrant.id);
    }
    return ids;
}

RegistrantTableModel::Totals RegistrantTableModel::totals() const
{
    Totals t;
    for (const Row &row : m_rows) {
        const std::optional<qint64> cents = amountCents(row.registrant);
        if (!cents) {
            ++t.withoutAmount;
            continue;
        }
        const QString status = row.registrant.paymentStatus.toUpper();
        t.cents[status] += *cents;
        ++t.registrants[status];
    }
    return t;
}

QByteArray RegistrantTableModel::toCsv() const
{
    QByteArray out = "FirstName,LastName,EmailAddress,Company,RegistrationStatus,RegistrationType,RegistrationDate,"
                     "GuestCount,AttendanceStatus,PaymentStatus,Amount,TicketId\n";
    for (const Row &row : m_rows) {
        const Registrant &r = row.registrant;
        const QByteArrayList fields{
            csvField(r.firstName),
            csvField(r.lastName),
            csvField(r.emailAddress),
            csvField(r.businessInformation.company),
            csvField(r.registrationStatus),
            csvField(typeText(r)),
            r.registrationDate.isValid() ? r.registrationDate.toString(Qt::ISODate).toUtf8() : QByteArray(),
            r.guestCount ? QByteArray::number(*r.guestCount) : QByteArray(),
            csvField(r.attendanceStatus),
            csvField(r.paymentStatus),
            centsCsv(amountCents(r)),
            csvField(r.ticketId),
        };
        out += fields.join(',') + '\n';
    }
    return out;
}

void RegistrantTableModel::appendEntries(const QList<Registrant> &entries)
{
    if (entries.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + entries.size()) - 1);
    for (const Registrant &r : entries) {
        m_rowOfShortId.insert(r.shortId(), int(m_rows.size()));
        m_rows.push_back(Row{r, false});
    }
    endInsertRows();
}

void RegistrantTableModel::clearRows()
{
    beginResetModel();
    m_rows.clear();
    m_rowOfShortId.clear();
    endResetModel();
}

QString RegistrantTableModel::loadedText(int loaded) const
{
    return tr("%n registrants", nullptr, loaded);
}

QString RegistrantTableModel::shownText(int shown, int loaded) const
{
    return tr("%1 of %n registrants shown", nullptr, loaded).arg(shown);
}

} // namespace ctct
