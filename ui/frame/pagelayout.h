// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pieces every tab's layout shares, built one way: the filter row above a tab's table
// ("Search:" field, "Status:" combo, the count on the right) and the bold heading of a detail
// pane. The tab connects the widgets and places the row's layout.

#include <QList>
#include <QString>
#include <utility>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace ctct::ui {

struct FilterRowSpec
{
    const char *searchName = nullptr; // object names, for tests and state
    QString searchAccessibleName;
    QString searchPlaceholder;
    const char *statusName = nullptr;
    QString statusAccessibleName;
    QList<std::pair<QString, QString>> statuses; // the combo's items: shown text, filter value
    const char *countName = nullptr;
};

struct FilterRow
{
    QLineEdit *search = nullptr;   // the buddy of "&Search:", with a clear button
    QComboBox *status = nullptr;   // the buddy of "S&tatus:"
    QLabel *count = nullptr;       // right-aligned; the tab sets its text
    QHBoxLayout *layout = nullptr; // not yet placed
};

FilterRow makeFilterRow(QWidget *parent, const FilterRowSpec &spec);

// A word-wrapped label in a bold font 1.2 times the normal size.
QLabel *makeDetailHeading(QWidget *parent, const char *objectName, const QString &text = {});

} // namespace ctct::ui
