// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The registrants of one event (api-contract §9.2, §9.3) as a table, paged with ?pageNumber=
// like every collection (PagedTableModel). The feed's summary has name, e-mail, registration,
// attendance, guests and payment; company, type and amount come from each registrant's full
// entry, set with setDetails() — until then those cells are empty. Money stays decimal: amounts
// are added up in cents, never in binary floating point. toCsv() writes the rows for export.

#include "domain/registrant.h"
#include "models/pagedtablemodel.h"

#include <QMap>

#include <optional>
#include <vector>

namespace ctct {

class RegistrantTableModel final : public TypedPagedModel<Registrant>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrantTableModel)

public:
    enum Column {
        NameColumn,
        EmailColumn,
        CompanyColumn,
        RegistrationColumn,
        TypeColumn,
        DateColumn,
        GuestsColumn,
        AttendanceColumn,
        PaymentColumn,
        AmountColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // The amounts of the registrants, added up by payment status (PENDING, COMPLETED, ...).
    struct Totals
    {
        QMap<QString, qint64> cents;    // by payment status
        QMap<QString, int> registrants; // by payment status, those with an amount
        int withoutAmount = 0;          // no full entry yet, or none in it
    };

    explicit RegistrantTableModel(QObject *parent = nullptr);
    ~RegistrantTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Registrant &registrant(int row) const { return m_rows[size_t(row)].registrant; }
    bool hasDetails(int row) const { return row >= 0 && m_rows[size_t(row)].detailed; }
    // -1 when absent.
    int rowOfId(const QString &id) const;
    // The full entry of a registrant in the table (its cells change in place); false when absent.
    bool setDetails(const Registrant &registrant);
    // After a PUT of the payment status; false when absent.
    bool setPaymentStatus(const QString &id, const QString &status);
    // The registrants whose full entry has not been set.
    QStringList idsWithoutDetails() const;
    // Every row, whatever a view filters.
    Totals totals() const;
    // A header and one line per registrant: name, e-mail, company, statuses, date, guests, amount.
    QByteArray toCsv() const;

    static QString registrationText(const QString &status);
    static QString attendanceText(const QString &status);
    static QString paymentText(const QString &status);
    // The registration's amount: OrderAmount when the server sent one, the costs' totals added up
    // otherwise; nullopt when neither is known.
    static std::optional<qint64> amountCents(const Registrant &registrant);
    // "25.00" -> 2500; nullopt when the text is not a decimal amount.
    static std::optional<qint64> centsOf(QStringView text);
    // 2500 -> "25.00" in the user's locale.
    static QString moneyText(qint64 cents);
    // The fee types of the costs ("Member, Guest").
    static QString typeText(const Registrant &registrant);

protected:
    void appendEntries(const QList<Registrant> &entries) override;
    void clearRows() override;
    QString loadedText(int loaded) const override;
    QString shownText(int shown, int loaded) const override;

private:
    struct Row
    {
        Registrant registrant;
        bool detailed = false;
    };
    std::vector<Row> m_rows;
    QHash<QString, int> m_rowOfShortId;
};

} // namespace ctct
