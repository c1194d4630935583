// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activitieshandler.h"
#include "campaignshandler.h"
#include "contactshandler.h"
#include "eventmarketinghandler.h"
#include "feedcontext.h"
#include "http.h"
#include "listshandler.h"
#include "servicehandler.h"

#include <QObject>
#include <QString>

#include <memory>

namespace ctct::sandbox {

class ActivityRunner;
class Store;

// Serves one account: routes every request under /ws/customers/{user}/ to the handler of its
// resource; the handlers share one FeedContext.
class Api final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Api)

public:
    Api(Store &store, const QString &user, int activityStepMs, QObject *parent = nullptr);
    ~Api() override;

    // `rest` is the path after /ws/customers/{user} (it may be empty or start with '/').
    HttpResponse handle(const HttpRequest &request, const QString &rest);

    const QString &user() const { return m_context.user(); }
    Store &store() { return m_context.store(); }
    ActivityRunner &activityRunner() { return *m_runner; }
    // Picks up activities a previous run left PENDING or RUNNING.
    void resumeActivities();

private:
    HttpResponse dispatch(const HttpRequest &request, const QStringList &segments, bool trailingSlash);

    FeedContext m_context;
    std::unique_ptr<ActivityRunner> m_runner;
    ServiceHandler m_service;
    ContactsHandler m_contacts;
    ListsHandler m_lists;
    CampaignsHandler m_campaigns;
    EventMarketingHandler m_eventMarketing;
    ActivitiesHandler m_activities;
};

} // namespace ctct::sandbox
