// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Names for CustomField1..15 ("Membership level" instead of "Custom field 3"), used by the
// contact editor and the detail pane. The API has no names for them; they are the user's.

#include <QDialog>

class QLineEdit;

namespace ctct::ui {

class CustomFieldLabelsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomFieldLabelsDialog)

public:
    explicit CustomFieldLabelsDialog(const QStringList &labels, QWidget *parent = nullptr);
    ~CustomFieldLabelsDialog() override;

    // 15 entries, empty where the default name stays.
    QStringList labels() const;

private:
    QList<QLineEdit *> m_edits;
};

} // namespace ctct::ui
