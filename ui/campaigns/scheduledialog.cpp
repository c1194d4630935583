// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduledialog.h"
#include "ui_scheduledialog.h"

#include "api/operations.h"
#include "frame/failure.h"

#include <QPushButton>
#include <QTimeZone>

namespace ctct::ui {

namespace {

// The earliest time offered: the next quarter hour at least ten minutes ahead, so that the
// time is still ahead when the user has read the dialog.
QDateTime earliestOffer(const QDateTime &now)
{
    QDateTime t = now.addSecs(10 * 60);
    const int minutes = t.time().minute();
    t = t.addSecs((15 - minutes % 15) % 15 * 60);
    t.setTime(QTime(t.time().hour(), t.time().minute()));
    return t;
}

} // namespace

ScheduleDialog::ScheduleDialog(const TabContext &context, const QString &campaignId, const QString &campaignName,
                               QWidget *parent)
    : EntryEditor(context, parent)
    , m_ui(std::make_unique<::Ui::ScheduleDialog>())
    , m_campaignId(campaignId)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("scheduleDialog"));
    setWindowTitle(tr("Schedule Campaign"));
    if (QPushButton *save = m_ui->buttons->button(QDialogButtonBox::Save))
        save->setText(tr("&Schedule"));
    setFrame(m_ui->formWidget, m_ui->buttons, m_ui->errorLabel);
    m_ui->introLabel->setText(
        tr("When should %1 be sent to its lists? Until then it can be unscheduled and edited again.")
            .arg(campaignName.toHtmlEscaped()));
    m_ui->whenEdit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_ui->whenEdit->setTimeSpec(Qt::LocalTime);
    const QDateTime now = QDateTime::currentDateTime();
    m_ui->whenEdit->setMinimumDateTime(now.addSecs(-60)); // past times are refused by validate(), not clamped
    m_ui->whenEdit->setDateTime(earliestOffer(now));
    connect(m_ui->whenEdit, &QDateTimeEdit::dateTimeChanged, this, &ScheduleDialog::updateZoneNote);
    updateZoneNote();
    startNew();
    m_ui->whenEdit->setFocus();
}

ScheduleDialog::~ScheduleDialog() = default;

QDateTime ScheduleDialog::scheduledTime() const
{
    return m_ui->whenEdit->dateTime();
}

void ScheduleDialog::setScheduledTime(const QDateTime &when)
{
    m_ui->whenEdit->setMinimumDateTime(std::min(m_ui->whenEdit->minimumDateTime(), when.toLocalTime()));
    m_ui->whenEdit->setDateTime(when.toLocalTime());
}

void ScheduleDialog::updateZoneNote()
{
    const QDateTime when = scheduledTime();
    m_ui->zoneLabel->setText(tr("Your time zone: %1. That is %2 UTC.")
                                 .arg(QTimeZone::systemTimeZone().displayName(when, QTimeZone::LongName),
                                      QLocale().toString(when.toUTC(), QLocale::ShortFormat)));
}

bool ScheduleDialog::readEntry(const ApiResult &, QString *)
{
    return true; // a schedule is only ever made new here
}

QStringList ScheduleDialog::validate(QWidget **firstInvalid) const
{
    if (scheduledTime() > QDateTime::currentDateTime().addSecs(60))
        return {};
    *firstInvalid = m_ui->whenEdit;
    return {tr("Choose a time that lies ahead: this one has passed or is less than a minute away.")};
}

ApiJob *ScheduleDialog::sendSave()
{
    return operations() ? operations()->scheduleCampaign(m_campaignId, scheduledTime()) : nullptr;
}

void ScheduleDialog::saveAccepted(const ApiResult &)
{
    emit scheduled(m_campaignId, scheduledTime());
}

QString ScheduleDialog::failureText(const ApiResult &result) const
{
    FailureWords words;
    words.badRequest = tr("The server did not schedule the campaign (only a draft with at least one list can be "
                          "scheduled, for a time ahead). The server said: %1");
    words.notFound = tr("This campaign is no longer in the account. The server said: %1");
    return describeFailure(result, words);
}

QString ScheduleDialog::savingNotice() const
{
    return tr("Scheduling…");
}

} // namespace ctct::ui
