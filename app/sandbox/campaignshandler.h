// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedcontext.h"

namespace ctct::sandbox {

// /campaigns (decision 10), their schedules, and the campaign and contact event feeds (§6).
class CampaignsHandler final : public ResourceHandler
{
public:
    explicit CampaignsHandler(FeedContext &context)
        : ResourceHandler(context)
    {}

    HttpResponse campaignsCollection(const HttpRequest &request);
    HttpResponse campaignResource(const HttpRequest &request, const QString &id);
    HttpResponse campaignSchedules(const HttpRequest &request, qint64 id, const QStringList &rest);
    // .../events/{kind} of a campaign (byCampaign) or of a contact.
    HttpResponse eventFeed(const HttpRequest &request, bool byCampaign, qint64 ownerId, const QString &kind);

private:
    HttpResponse campaignWrite(const HttpRequest &request, std::optional<qint64> id);
    QByteArray campaignEntry(qint64 id, bool withSource);
};

} // namespace ctct::sandbox
