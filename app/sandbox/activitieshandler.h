// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedcontext.h"

namespace ctct::sandbox {

class ActivityRunner;

// /activities (contract §8, decisions 12-14): created from form-encoded or multipart bodies, run
// by the ActivityRunner, exports downloadable as /activities/{id}.csv or .txt.
class ActivitiesHandler final : public ResourceHandler
{
public:
    ActivitiesHandler(FeedContext &context, ActivityRunner &runner)
        : ResourceHandler(context)
        , m_runner(runner)
    {}

    HttpResponse activitiesCollection(const HttpRequest &request);
    HttpResponse activityResource(const HttpRequest &request, const QString &id);

private:
    HttpResponse activitiesPost(const HttpRequest &request);
    QByteArray activityEntry(const QString &id, bool withSource);
    void writeActivity(XmlWriter &out, const QSqlQuery &row, bool standalone);

    ActivityRunner &m_runner;
};

} // namespace ctct::sandbox
