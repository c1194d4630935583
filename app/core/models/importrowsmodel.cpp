// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrowsmodel.h"

#include "models/roles.h"

#include <algorithm>
#include <limits>

namespace ctct {

using importing::RowProblem;

ImportRowsModel::ImportRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ImportRowsModel::~ImportRowsModel() = default;

namespace {

ImportRowsModel::Row rejectedRow(const RowProblem &p, const QString &verdict)
{
    return ImportRowsModel::Row{p.line, p.emailAddress, verdict, p.message, true, ImportRowsModel::Effect::Unknown};
}

void sortByLine(std::vector<ImportRowsModel::Row> &rows)
{
    // Rows without a line (a server error that names none) go last.
    std::stable_sort(rows.begin(), rows.end(), [](const ImportRowsModel::Row &a, const ImportRowsModel::Row &b) {
        const qsizetype la = a.line > 0 ? a.line : std::numeric_limits<qsizetype>::max();
        const qsizetype lb = b.line > 0 ? b.line : std::numeric_limits<qsizetype>::max();
        return la < lb;
    });
}

} // namespace

void ImportRowsModel::setPlan(const importing::ImportPlan &plan, const QList<qsizetype> &previewLines,
                              const QStringList &previewEmails)
{
    beginResetModel();
    m_rows.clear();
    QHash<qsizetype, qsizetype> rejectedByLine;
    for (qsizetype i = 0; i < plan.rejected.size(); ++i)
        rejectedByLine.insert(plan.rejected[i].line, i);
    const qsizetype lastPreviewLine = previewLines.isEmpty() ? 0 : previewLines.last();
    for (qsizetype i = 0; i < previewLines.size(); ++i) {
        const auto it = rejectedByLine.constFind(previewLines[i]);
        if (it != rejectedByLine.cend()) {
            const RowProblem &p = plan.rejected[*it];
            m_rows.push_back(rejectedRow(p, importing::verdictName(p.verdict)));
        } else {
            m_rows.push_back(Row{previewLines[i], previewEmails.value(i),
                                 importing::verdictName(importing::RowVerdict::Valid), QString(), false,
                                 Effect::Unknown});
        }
    }
    for (const RowProblem &p : plan.rejected) {
        if (p.line > lastPreviewLine)
            m_rows.push_back(rejectedRow(p, importing::verdictName(p.verdict)));
    }
    endResetModel();
}

void ImportRowsModel::setRejected(const QList<RowProblem> &beforeSending, const QList<RowProblem> &byServer)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(size_t(beforeSending.size() + byServer.size()));
    for (const RowProblem &p : beforeSending)
        m_rows.push_back(rejectedRow(p, importing::verdictName(p.verdict)));
    for (const RowProblem &p : byServer)
        m_rows.push_back(rejectedRow(p, tr("rejected by the server")));
    sortByLine(m_rows);
    endResetModel();
}

void ImportRowsModel::setEffects(const std::function<Effect(const QString &)> &effectOf)
{
    int first = -1;
    int last = -1;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        if (r.rejected)
            continue;
        r.effect = effectOf(r.email);
        r.detail = effectText(r.effect);
        if (first < 0)
            first = int(i);
        last = int(i);
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void ImportRowsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ImportRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    if (role == RejectedRole)
        return r.rejected;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case LineColumn:
            return r.line > 0 ? QString::number(r.line) : QString();
        case EmailColumn:
            return r.email;
        case VerdictColumn:
            return r.verdict;
        case DetailColumn:
            return r.detail;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == RawValueRole) {
        if (index.column() == LineColumn)
            return r.line;
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LineColumn:
        return tr("Line");
    case EmailColumn:
        return tr("E-mail address");
    case VerdictColumn:
        return tr("Verdict");
    case DetailColumn:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

QString ImportRowsModel::effectText(Effect effect)
{
    switch (effect) {
    case Effect::Unknown:
        return {};
    case Effect::NewContact:
        return tr("new contact");
    case Effect::Update:
        return tr("updates an existing contact");
    case Effect::DoNotMail:
        return tr("no effect: on the Do Not Mail list, will not be subscribed again");
    }
    return {};
}

} // namespace ctct
