// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedcontext.h"

namespace ctct::sandbox {

// The service documents (the root and the two event workspaces) and /settings/emailaddresses.
class ServiceHandler final : public ResourceHandler
{
public:
    explicit ServiceHandler(FeedContext &context)
        : ResourceHandler(context)
    {}

    HttpResponse serviceDocument();
    // owner is "Contact" or "Campaign".
    HttpResponse eventsServiceDocument(QStringView owner, const QString &ownerId);
    HttpResponse emailAddresses(const HttpRequest &request, const QStringList &segments);
};

} // namespace ctct::sandbox
