// SPDX-License-Identifier: GPL-3.0-or-later
#include "api.h"

#include "activityrunner.h"
#include "store.h"

using namespace Qt::StringLiterals;

namespace ctct::sandbox {

Api::Api(Store &store, const QString &user, int activityStepMs, QObject *parent)
    : QObject(parent)
    , m_context(store, user)
    , m_runner(std::make_unique<ActivityRunner>(m_context, activityStepMs))
    , m_service(m_context)
    , m_contacts(m_context)
    , m_lists(m_context)
    , m_campaigns(m_context)
    , m_eventMarketing(m_context)
    , m_activities(m_context, *m_runner)
{}

Api::~Api() = default;

void Api::resumeActivities()
{
    m_runner->resume();
}

HttpResponse Api::handle(const HttpRequest &request, const QString &rest)
{
    const bool trailingSlash = rest.endsWith(u'/');
    const QStringList segments = rest.split(u'/', Qt::SkipEmptyParts);
    // A statement that failed anywhere, a read included, makes the answer a 500: a lookup that
    // failed must not pass for "no such row" (a 404) or for an empty result.
    Store &store = m_context.store();
    store.clearFailure();
    HttpResponse response = dispatch(request, segments, trailingSlash);
    if (store.failed() && response.status < 500)
        return FeedContext::storageError();
    return response;
}

HttpResponse Api::dispatch(const HttpRequest &request, const QStringList &s, bool trailingSlash)
{
    const QByteArray &m = request.method;
    const qsizetype n = s.size();
    const auto notFound = [&request] { return HttpResponse::error(404, u"no resource at %1"_s.arg(request.path)); };

    if (n == 0) {
        if (m != "GET")
            return FeedContext::unsupported(request);
        return m_service.serviceDocument();
    }
    const QString &top = s.first();
    if (top == u"contacts") {
        if (n == 1)
            return m_contacts.contactsCollection(request);
        if (n == 2)
            return m_contacts.contactResource(request, s.at(1));
        if (s.at(2) == u"events" && (n == 3 || n == 4)) {
            bool ok = false;
            const qint64 id = s.at(1).toLongLong(&ok);
            if (!ok || !m_context.store().scalar(u"SELECT 1 FROM contacts WHERE id = ?"_s, {id}).isValid())
                return HttpResponse::error(404, u"no contact %1"_s.arg(s.at(1)));
            if (m != "GET")
                return FeedContext::unsupported(request);
            if (n == 3) {
                if (!trailingSlash)
                    return HttpResponse::error(404, u"the events service document needs a trailing '/'"_s);
                return m_service.eventsServiceDocument(u"Contact", s.at(1));
            }
            return m_campaigns.eventFeed(request, false, id, s.at(3));
        }
        return notFound();
    }
    if (top == u"lists") {
        if (n == 1)
            return m_lists.listsCollection(request);
        if (n == 2)
            return m_lists.listResource(request, s.at(1));
        if (n == 3 && s.at(2) == u"members")
            return m_lists.listMembers(request, s.at(1));
        return notFound();
    }
    if (top == u"campaigns") {
        if (n == 1)
            return m_campaigns.campaignsCollection(request);
        if (n == 2)
            return m_campaigns.campaignResource(request, s.at(1));
        bool ok = false;
        const qint64 id = s.at(1).toLongLong(&ok);
        if (!ok || !m_context.store().scalar(u"SELECT 1 FROM campaigns WHERE id = ?"_s, {id}).isValid())
            return HttpResponse::error(404, u"no campaign %1"_s.arg(s.at(1)));
        if (s.at(2) == u"events" && (n == 3 || n == 4)) {
            if (m != "GET")
                return FeedContext::unsupported(request);
            if (n == 3) {
                if (!trailingSlash)
                    return HttpResponse::error(404, u"the events service document needs a trailing '/'"_s);
                return m_service.eventsServiceDocument(u"Campaign", s.at(1));
            }
            return m_campaigns.eventFeed(request, true, id, s.at(3));
        }
        if (s.at(2) == u"schedules" && n <= 4)
            return m_campaigns.campaignSchedules(request, id, s.mid(3));
        return notFound();
    }
    if (top == u"settings") {
        if (n >= 2 && n <= 3 && s.at(1) == u"emailaddresses")
            return m_service.emailAddresses(request, s.mid(2));
        return notFound();
    }
    if (top == u"activities") {
        if (n == 1)
            return m_activities.activitiesCollection(request);
        if (n == 2)
            return m_activities.activityResource(request, s.at(1));
        return notFound();
    }
    if (top == u"events")
        return m_eventMarketing.eventMarketing(request, s.mid(1));
    return notFound();
}

} // namespace ctct::sandbox
