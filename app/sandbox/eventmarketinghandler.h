// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedcontext.h"

namespace ctct::sandbox {

// /events: event marketing (EventSpot, contract §9, decisions 15-19, 22, 23) with atom:-prefixed
// documents, payloads without a namespace, tag: ids, local times and ?pageNumber= paging.
class EventMarketingHandler final : public ResourceHandler
{
public:
    explicit EventMarketingHandler(FeedContext &context)
        : ResourceHandler(context)
    {}

    // `segments` is the path after /events.
    HttpResponse eventMarketing(const HttpRequest &request, const QStringList &segments);

private:
    HttpResponse eventsCollection(const HttpRequest &request);
    HttpResponse eventWrite(const HttpRequest &request, const std::optional<QString> &id);
    HttpResponse eventResource(const HttpRequest &request, const QString &eventId);
    HttpResponse registrants(const HttpRequest &request, const QString &eventId);
    HttpResponse registrantResource(const HttpRequest &request, const QString &eventId, const QStringList &rest);
    QString eventTag(const XmlText &path) const;
    QByteArray eventEntry(const QString &id);
};

} // namespace ctct::sandbox
