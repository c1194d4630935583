// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The charts of campaign reports (Qt Charts), built from reporting:: values: opens and clicks
// over time (the hourly part and the daily part of the timeline apart, since an hour and a day
// are not counted alike) and the rates of several campaigns side by side.

#include "reporting/campaignreport.h"

class QChart;

namespace ctct::ui {

enum class TimelinePart { Hourly, Daily };

// A chart of the opens and clicks in the buckets of that part; nullptr when it has none.
QChart *timelineChart(const reporting::CampaignReport &report, TimelinePart part);
// Open, click, bounce and opt-out rates (in per cent) of each report, one bar set a campaign.
QChart *compareChart(const QList<reporting::CampaignReport> &reports);

} // namespace ctct::ui
