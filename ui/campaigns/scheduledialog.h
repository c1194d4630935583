// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Schedules a draft campaign to be sent (api-contract §5.5), on the EntryEditor frame: the user
// picks a time in their own time zone, the dialog checks that it lies ahead, and it stays open
// with the choice until the server accepts the schedule (a campaign without lists, or a time
// the server thinks has passed, is refused in plain words).

#include "frame/entryeditor.h"

#include <QDateTime>

#include <memory>

namespace Ui {
class ScheduleDialog;
}

namespace ctct::ui {

class ScheduleDialog final : public EntryEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleDialog)

public:
    // campaignName is shown in the dialog; the earliest time offered is a few minutes ahead.
    ScheduleDialog(const TabContext &context, const QString &campaignId, const QString &campaignName,
                   QWidget *parent = nullptr);
    ~ScheduleDialog() override;

    QDateTime scheduledTime() const;
    void setScheduledTime(const QDateTime &when);
    QString errorText() const { return problem(); }

Q_SIGNALS:
    void scheduled(const QString &campaignId, const QDateTime &when);

protected:
    bool readEntry(const ApiResult &result, QString *error) override;
    QStringList validate(QWidget **firstInvalid) const override;
    ApiJob *sendSave() override;
    void saveAccepted(const ApiResult &result) override;
    QString failureText(const ApiResult &result) const override;
    QString savingNotice() const override;

private:
    void updateZoneNote();

    const std::unique_ptr<::Ui::ScheduleDialog> m_ui;
    const QString m_campaignId;
};

} // namespace ctct::ui
