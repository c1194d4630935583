// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations.h"

#include "atom/atomdate.h"
#include "atom/atomwriter.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace ctct {

namespace {

const QByteArray kFormType = "application/x-www-form-urlencoded";
const QByteArray kEntryType = "application/atom+xml";
const QByteArray kEventEntryType = "application/atom+xml;type=entry";
const QString kApiHost = QStringLiteral("http://api.constantcontact.com");

// PUT of an existing resource. With the entry the server sent, only that entry patched with the
// changes is ever sent: when it cannot be patched the write is refused, because an entry written
// from the known fields alone deletes on the server every element this client does not know.
// Without an original, the caller asked for a full entry from the known fields.
template<typename T>
ApiJob *sendUpdate(ApiClient *client, const QUrl &url, const T &value, const QByteArray &original,
                   const QByteArray &contentType, const char *what)
{
    if (original.isEmpty())
        return client->put(url, atom::writeEntry(value, atom::WriteMode::Update), contentType);
    const atom::Parsed<QByteArray> patched = atom::patchEntry(original, value);
    if (patched.ok())
        return client->put(url, *patched.value, contentType);
    ApiResult refusal;
    refusal.error = ApiError::Parse;
    refusal.message =
        QCoreApplication::translate("ctct::Operations",
                                    "not saved: the %1 as the server sent it cannot be updated (%2); writing only the "
                                    "fields this client knows would delete the others on the server, so nothing was "
                                    "sent")
            .arg(QCoreApplication::translate("ctct::Operations", what), patched.error.toString());
    return client->refuse(ApiRequest::put(url, {}, contentType), refusal);
}

bool isPathLike(const QString &id)
{
    return id.contains(u'/') || id.contains(u':');
}

} // namespace

Operations::Operations(ApiClient *client)
    : m_client(client)
{}

QUrl Operations::urlOf(const QString &id, const QString &collection) const
{
    return m_client->urlForId(id, collection);
}

template<typename T>
TypedPager<T> *Operations::pager(const QUrl &url, QObject *parent) const
{
    return new TypedPager<T>(m_client, url, parent);
}

QString Operations::listUri(const QString &listId) const
{
    const QUrl url = urlOf(listId, QStringLiteral("lists"));
    if (url.isEmpty())
        return {};
    // Decision 21: ids name the API's host whatever server answers; the path is what counts.
    QString path = url.path();
    const QString user = m_client->username();
    const QString prefix = u"/ws/customers/" + user + u'/';
    if (!path.startsWith(prefix))
        return kApiHost + path;
    return kApiHost + path;
}

// ----------------------------------------------------------------------------- contacts

QList<QUrl> Operations::contactsUrls(const ContactQuery &q) const
{
    QList<QUrl> urls;
    if (!q.emails.isEmpty()) {
        for (qsizetype i = 0; i < q.emails.size(); i += MaxEmailsPerSearch) {
            QUrlQuery query;
            for (const QString &e : q.emails.mid(i, MaxEmailsPerSearch))
                query.addQueryItem(QStringLiteral("email"), e.trimmed().toLower());
            urls.append(m_client->url(QStringLiteral("contacts"), query));
        }
        return urls;
    }
    QUrlQuery query;
    if (q.updatedSince.isValid()) {
        query.addQueryItem(QStringLiteral("updatedsince"), atom::formatDateTime(q.updatedSince.toUTC()));
        if (!q.listType.isEmpty())
            query.addQueryItem(QStringLiteral("listtype"), q.listType);
        if (!q.listId.isEmpty())
            query.addQueryItem(QStringLiteral("listid"), shortIdOf(q.listId));
    }
    urls.append(m_client->url(QStringLiteral("contacts"), query));
    return urls;
}

TypedPager<Contact> *Operations::contacts(const QUrl &firstPage, QObject *parent) const
{
    return pager<Contact>(firstPage, parent);
}

ApiJob *Operations::getContact(const QString &id) const
{
    return m_client->get(urlOf(id, QStringLiteral("contacts")));
}

ApiJob *Operations::createContact(const Contact &contact) const
{
    return m_client->post(m_client->url(QStringLiteral("contacts")), atom::writeEntry(contact), kEntryType);
}

ApiJob *Operations::updateContact(const Contact &contact, const QByteArray &original) const
{
    return sendUpdate(m_client, urlOf(contact.id, QStringLiteral("contacts")), contact, original, kEntryType,
                      QT_TRANSLATE_NOOP("ctct::Operations", "contact"));
}

ApiJob *Operations::optOutContact(const QString &id) const
{
    return m_client->deleteResource(urlOf(id, QStringLiteral("contacts")));
}

ApiJob *Operations::contactEventsService(const QString &contactId) const
{
    QUrl url = urlOf(contactId, QStringLiteral("contacts"));
    url.setPath(url.path() + QStringLiteral("/events/")); // the trailing '/' is required
    return m_client->get(url);
}

TypedPager<CampaignEvent> *Operations::contactEvents(const QString &contactId, CampaignEventKind kind,
                                                     QObject *parent) const
{
    QUrl url = urlOf(contactId, QStringLiteral("contacts"));
    url.setPath(url.path() + QStringLiteral("/events/") + campaignEventCollection(kind));
    return pager<CampaignEvent>(url, parent);
}

// -------------------------------------------------------------------------------- lists

TypedPager<ContactList> *Operations::lists(QObject *parent) const
{
    return pager<ContactList>(m_client->url(QStringLiteral("lists")), parent);
}

ApiJob *Operations::getList(const QString &id) const
{
    return m_client->get(urlOf(id, QStringLiteral("lists")));
}

ApiJob *Operations::createList(const ContactList &list) const
{
    return m_client->post(m_client->url(QStringLiteral("lists")), atom::writeEntry(list), kEntryType);
}

ApiJob *Operations::updateList(const ContactList &list, const QByteArray &original) const
{
    return sendUpdate(m_client, urlOf(list.id, QStringLiteral("lists")), list, original, kEntryType,
                      QT_TRANSLATE_NOOP("ctct::Operations", "list"));
}

ApiJob *Operations::deleteList(const QString &id) const
{
    return m_client->deleteResource(urlOf(id, QStringLiteral("lists")));
}

TypedPager<ContactListMember> *Operations::members(const QString &listId, QObject *parent) const
{
    QUrl url = urlOf(listId, QStringLiteral("lists"));
    url.setPath(url.path() + QStringLiteral("/members"));
    return pager<ContactListMember>(url, parent);
}

// ---------------------------------------------------------------------------- campaigns

TypedPager<Campaign> *Operations::campaigns(const QString &status, QObject *parent) const
{
    QUrlQuery query;
    if (!status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), status.toUpper());
    return pager<Campaign>(m_client->url(QStringLiteral("campaigns"), query), parent);
}

ApiJob *Operations::getCampaign(const QString &id) const
{
    return m_client->get(urlOf(id, QStringLiteral("campaigns")));
}

ApiJob *Operations::createCampaign(const Campaign &campaign) const
{
    return m_client->post(m_client->url(QStringLiteral("campaigns")), atom::writeEntry(campaign), kEntryType);
}

ApiJob *Operations::updateCampaign(const Campaign &campaign, const QByteArray &original) const
{
    return sendUpdate(m_client, urlOf(campaign.id, QStringLiteral("campaigns")), campaign, original, kEntryType,
                      QT_TRANSLATE_NOOP("ctct::Operations", "campaign"));
}

ApiJob *Operations::deleteCampaign(const QString &id) const
{
    return m_client->deleteResource(urlOf(id, QStringLiteral("campaigns")));
}

QUrl Operations::schedulesUrl(const QString &campaignId) const
{
    QUrl url = urlOf(campaignId, QStringLiteral("campaigns"));
    url.setPath(url.path() + QStringLiteral("/schedules"));
    return url;
}

ApiJob *Operations::scheduleCampaign(const QString &campaignId, const QDateTime &when) const
{
    const QUrl url = schedulesUrl(campaignId);
    CampaignSchedule schedule;
    schedule.id = url.toString() + QStringLiteral("/1"); // the payload names the schedule it makes
    schedule.scheduledTime = when.toUTC();
    return m_client->post(url, atom::writeEntry(schedule, atom::WriteMode::Update), kEntryType);
}

ApiJob *Operations::campaignSchedule(const QString &campaignId) const
{
    return m_client->get(schedulesUrl(campaignId));
}

ApiJob *Operations::unscheduleCampaign(const QString &campaignId) const
{
    QUrl url = schedulesUrl(campaignId);
    url.setPath(url.path() + QStringLiteral("/1"));
    return m_client->deleteResource(url);
}

ApiJob *Operations::campaignEventsService(const QString &campaignId) const
{
    QUrl url = urlOf(campaignId, QStringLiteral("campaigns"));
    url.setPath(url.path() + QStringLiteral("/events/"));
    return m_client->get(url);
}

TypedPager<CampaignEvent> *Operations::campaignEvents(const QString &campaignId, CampaignEventKind kind, int pageSize,
                                                      QObject *parent) const
{
    QUrl url = urlOf(campaignId, QStringLiteral("campaigns"));
    url.setPath(url.path() + QStringLiteral("/events/") + campaignEventCollection(kind));
    if (pageSize > 0) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("pageSize"), QString::number(std::clamp(pageSize, 1, 200)));
        url.setQuery(query);
    }
    return pager<CampaignEvent>(url, parent);
}

// ----------------------------------------------------------------------------- settings

TypedPager<EmailAddress> *Operations::emailAddresses(QObject *parent) const
{
    return pager<EmailAddress>(m_client->url(QStringLiteral("settings/emailaddresses")), parent);
}

ApiJob *Operations::getEmailAddress(const QString &id) const
{
    return m_client->get(urlOf(id, QStringLiteral("settings/emailaddresses")));
}

// ---------------------------------------------------------------------- event marketing

TypedPager<Event> *Operations::events(QObject *parent) const
{
    return pager<Event>(m_client->url(QStringLiteral("events")), parent);
}

ApiJob *Operations::getEvent(const QString &id) const
{
    return m_client->get(urlOf(id, QStringLiteral("events")));
}

ApiJob *Operations::createEvent(const Event &event) const
{
    return m_client->post(m_client->url(QStringLiteral("events")), atom::writeEntry(event), kEventEntryType);
}

ApiJob *Operations::updateEvent(const Event &event, const QByteArray &original) const
{
    return sendUpdate(m_client, urlOf(event.id, QStringLiteral("events")), event, original, kEventEntryType,
                      QT_TRANSLATE_NOOP("ctct::Operations", "event"));
}

QUrl Operations::nestedUrl(const QString &eventId, const QString &registrantId, const QString &tail) const
{
    QUrl url;
    if (isPathLike(registrantId)) {
        url = urlOf(registrantId, {});
    } else {
        url = urlOf(eventId, QStringLiteral("events"));
        if (url.isEmpty())
            return {};
        url.setPath(url.path() + QStringLiteral("/registrants"));
        if (!registrantId.isEmpty())
            url.setPath(url.path() + u'/' + registrantId);
    }
    if (!tail.isEmpty() && !url.isEmpty())
        url.setPath(url.path() + u'/' + tail);
    return url;
}

TypedPager<Registrant> *Operations::registrants(const QString &eventId, QObject *parent) const
{
    return pager<Registrant>(nestedUrl(eventId, {}), parent);
}

ApiJob *Operations::getRegistrant(const QString &eventId, const QString &registrantId) const
{
    return m_client->get(nestedUrl(eventId, registrantId));
}

TypedPager<Guest> *Operations::guests(const QString &eventId, const QString &registrantId, QObject *parent) const
{
    return pager<Guest>(nestedUrl(eventId, registrantId, QStringLiteral("guests")), parent);
}

ApiJob *Operations::getGuest(const QString &eventId, const QString &registrantId, const QString &guestId) const
{
    if (isPathLike(guestId))
        return m_client->get(urlOf(guestId, {}));
    return m_client->get(nestedUrl(eventId, registrantId, u"guests/" + guestId));
}

ApiJob *Operations::getAttendance(const QString &eventId, const QString &registrantId) const
{
    return m_client->get(nestedUrl(eventId, registrantId, QStringLiteral("attendancestatus")));
}

ApiJob *Operations::setAttendance(const QString &eventId, const QString &registrantId, const QString &status,
                                  const QString &type) const
{
    AttendanceStatus a;
    a.status = status;
    a.type = type;
    return m_client->put(nestedUrl(eventId, registrantId, QStringLiteral("attendancestatus")),
                         atom::writeEntry(a, atom::WriteMode::Update), kEventEntryType);
}

ApiJob *Operations::getPayment(const QString &eventId, const QString &registrantId) const
{
    return m_client->get(nestedUrl(eventId, registrantId, QStringLiteral("paymentstatus")));
}

ApiJob *Operations::setPayment(const QString &eventId, const QString &registrantId, const QString &status) const
{
    PaymentStatus p;
    p.status = status;
    return m_client->put(nestedUrl(eventId, registrantId, QStringLiteral("paymentstatus")),
                         atom::writeEntry(p, atom::WriteMode::Update), kEventEntryType);
}

// --------------------------------------------------------------------------- activities

TypedPager<Activity> *Operations::activities(QObject *parent) const
{
    return pager<Activity>(m_client->url(QStringLiteral("activities")), parent);
}

ApiJob *Operations::getActivity(const QString &id) const
{
    return m_client->get(urlOf(id, QStringLiteral("activities")));
}

ApiJob *Operations::createUpload(const importing::ActivityUpload &upload, bool multipart) const
{
    const QUrl url = m_client->url(QStringLiteral("activities"));
    if (!multipart)
        return m_client->post(url, importing::formBody(upload), kFormType);
    QByteArray contentType;
    const QByteArray body = importing::multipartBody(upload, &contentType);
    return m_client->post(url, body, contentType);
}

ApiJob *Operations::createClear(const QStringList &listIds) const
{
    QStringList uris;
    for (const QString &id : listIds)
        uris.append(listUri(id));
    return m_client->post(m_client->url(QStringLiteral("activities")), importing::clearListsBody(uris), kFormType);
}

ApiJob *Operations::createExport(const importing::ExportOptions &options) const
{
    importing::ExportOptions o = options;
    o.listId = listUri(options.listId);
    return m_client->post(m_client->url(QStringLiteral("activities")), importing::exportBody(o), kFormType);
}

ApiJob *Operations::downloadExport(const Activity &activity) const
{
    // CCPHP downloads GET /activities/{last path segment of FileName}.
    const QString file = activity.fileName.isEmpty() ? QString() : shortIdOf(activity.fileName);
    ApiRequest request = ApiRequest::get(m_client->url(u"activities/" + file));
    request.accept = "text/csv, text/plain;q=0.9, */*;q=0.1";
    request.maxResponseBytes = MaxDownloadBytes;
    request.deadline = DownloadDeadline;
    return m_client->send(request);
}

} // namespace ctct
