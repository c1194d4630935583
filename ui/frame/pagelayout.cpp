// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame/pagelayout.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace ctct::ui {

FilterRow makeFilterRow(QWidget *parent, const FilterRowSpec &spec)
{
    FilterRow row;
    auto *searchLabel = new QLabel(QCoreApplication::translate("ctct::ui::FilterRow", "&Search:"), parent);
    row.search = new QLineEdit(parent);
    row.search->setObjectName(QLatin1StringView(spec.searchName));
    row.search->setAccessibleName(spec.searchAccessibleName);
    row.search->setPlaceholderText(spec.searchPlaceholder);
    row.search->setClearButtonEnabled(true);
    searchLabel->setBuddy(row.search);

    auto *statusLabel = new QLabel(QCoreApplication::translate("ctct::ui::FilterRow", "S&tatus:"), parent);
    row.status = new QComboBox(parent);
    row.status->setObjectName(QLatin1StringView(spec.statusName));
    row.status->setAccessibleName(spec.statusAccessibleName);
    for (const auto &[text, value] : spec.statuses)
        row.status->addItem(text, value);
    statusLabel->setBuddy(row.status);

    row.count = new QLabel(parent);
    row.count->setObjectName(QLatin1StringView(spec.countName));
    row.count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    row.layout = new QHBoxLayout;
    row.layout->addWidget(searchLabel);
    row.layout->addWidget(row.search, 2);
    row.layout->addWidget(statusLabel);
    row.layout->addWidget(row.status);
    row.layout->addWidget(row.count, 1);
    return row;
}

QLabel *makeDetailHeading(QWidget *parent, const char *objectName, const QString &text)
{
    auto *heading = new QLabel(text, parent);
    heading->setObjectName(QLatin1StringView(objectName));
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    heading->setFont(bold);
    heading->setWordWrap(true);
    return heading;
}

} // namespace ctct::ui
