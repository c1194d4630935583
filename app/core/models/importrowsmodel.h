// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The rows of an import as a table, for the wizard's preview and its summary: the file line,
// the e-mail address, the verdict ("valid", "duplicate", "rejected by the server" ...) and what
// it means for the row — the reason it is not sent, or, once checked against the account,
// whether it makes a new contact, updates one, or does nothing (Do Not Mail). A filter role
// tells the rejected rows from the others (RejectedRole), so a proxy can show only those.

#include "importing/importplan.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>
#include <vector>

namespace ctct {

class ImportRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRowsModel)

public:
    enum Column { LineColumn, EmailColumn, VerdictColumn, DetailColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { RejectedRole = Qt::UserRole + 50 };
    // What a valid row will do, once known.
    enum class Effect { Unknown, NewContact, Update, DoNotMail };

    struct Row
    {
        qsizetype line = 0;
        QString email;
        QString verdict;
        QString detail;
        bool rejected = false;
        Effect effect = Effect::Unknown;
    };

    explicit ImportRowsModel(QObject *parent = nullptr);
    ~ImportRowsModel() override;

    // The first rows of the file (their lines and e-mail addresses) with the plan's verdict for
    // each, and every rejected row after them; in file order.
    void setPlan(const importing::ImportPlan &plan, const QList<qsizetype> &previewLines,
                 const QStringList &previewEmails);
    // Every row the import did not take: before sending and by the server; in file order.
    void setRejected(const QList<importing::RowProblem> &beforeSending, const QList<importing::RowProblem> &byServer);
    // Marks the valid rows with what they will do; effectOf(email) is asked for each.
    void setEffects(const std::function<Effect(const QString &email)> &effectOf);
    void clear();

    const Row &row(int index) const { return m_rows[size_t(index)]; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString effectText(Effect effect);

private:
    std::vector<Row> m_rows;
};

} // namespace ctct
