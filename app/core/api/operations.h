// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every resource and method of the API (seed/api-quick-reference.txt, api-contract §3-§9) as
// typed calls over one ApiClient. A call starts an ApiJob (or returns a Pager for
// collections); parseEntry<T>() reads a job's body into a domain value. Writes of existing
// resources patch the entry the server sent, so elements this client does not know survive; an
// entry that cannot be patched is not written at all (the job fails with ApiError::Parse).

#include "api/accessmanager.h"
#include "api/apiclient.h"
#include "api/pager.h"
#include "importing/activityrequest.h"

#include <QDateTime>

namespace ctct {

// GET /contacts variants (contract §3.1).
struct ContactQuery
{
    QStringList emails;     // exact-match search: one request per 50 addresses
    QDateTime updatedSince; // needs listType or listId (decision 8)
    QString listType;       // active | removed | do-not-mail
    QString listId;         // list id in any form; the numeric id is sent
};

inline constexpr int MaxEmailsPerSearch = 50;

// An export file is the one response that grows with the account (decision 14): it gets a larger
// limit than AccessManager's default, and a deadline that suits a large transfer. A download that
// stalls still ends after the AccessManager's transfer timeout.
inline constexpr qint64 MaxDownloadBytes = qint64(1) << 30;
inline constexpr std::chrono::milliseconds DownloadDeadline{std::chrono::hours(1)};

class Operations final
{
public:
    explicit Operations(ApiClient *client);

    ApiClient *client() const { return m_client; }

    // Contacts
    QList<QUrl> contactsUrls(const ContactQuery &query = {}) const; // more than one only for big searches
    TypedPager<Contact> *contacts(const QUrl &firstPage, QObject *parent = nullptr) const;
    ApiJob *getContact(const QString &id) const;
    ApiJob *createContact(const Contact &contact) const;
    // original: the entry as GET returned it, patched with the changes; when it cannot be
    // patched nothing is sent and the job fails with ApiError::Parse. Empty original: a full
    // entry is written from contact (which deletes elements this client does not know).
    ApiJob *updateContact(const Contact &contact, const QByteArray &original = {}) const;
    ApiJob *optOutContact(const QString &id) const; // DELETE: Do Not Mail, off every list
    ApiJob *contactEventsService(const QString &contactId) const;
    TypedPager<CampaignEvent> *contactEvents(const QString &contactId, CampaignEventKind kind,
                                             QObject *parent = nullptr) const;

    // Lists
    TypedPager<ContactList> *lists(QObject *parent = nullptr) const;
    ApiJob *getList(const QString &id) const;
    ApiJob *createList(const ContactList &list) const;
    ApiJob *updateList(const ContactList &list, const QByteArray &original = {}) const;
    ApiJob *deleteList(const QString &id) const;
    TypedPager<ContactListMember> *members(const QString &listId, QObject *parent = nullptr) const;

    // Campaigns
    TypedPager<Campaign> *campaigns(const QString &status = {}, QObject *parent = nullptr) const;
    ApiJob *getCampaign(const QString &id) const;
    ApiJob *createCampaign(const Campaign &campaign) const;
    ApiJob *updateCampaign(const Campaign &campaign, const QByteArray &original = {}) const;
    ApiJob *deleteCampaign(const QString &id) const;
    // A draft's send time (§5.5): POST makes it Scheduled, DELETE makes it a draft again; GET
    // gives a feed of zero or one CampaignSchedule.
    ApiJob *scheduleCampaign(const QString &campaignId, const QDateTime &when) const;
    ApiJob *campaignSchedule(const QString &campaignId) const;
    ApiJob *unscheduleCampaign(const QString &campaignId) const;
    ApiJob *campaignEventsService(const QString &campaignId) const;
    // pageSize 1-200 (0: the server's default of 50).
    TypedPager<CampaignEvent> *campaignEvents(const QString &campaignId, CampaignEventKind kind, int pageSize = 0,
                                              QObject *parent = nullptr) const;

    // Account settings
    TypedPager<EmailAddress> *emailAddresses(QObject *parent = nullptr) const;
    ApiJob *getEmailAddress(const QString &id) const;

    // Event marketing
    TypedPager<Event> *events(QObject *parent = nullptr) const;
    ApiJob *getEvent(const QString &id) const;
    ApiJob *createEvent(const Event &event) const;
    ApiJob *updateEvent(const Event &event, const QByteArray &original = {}) const;
    TypedPager<Registrant> *registrants(const QString &eventId, QObject *parent = nullptr) const;
    ApiJob *getRegistrant(const QString &eventId, const QString &registrantId) const;
    TypedPager<Guest> *guests(const QString &eventId, const QString &registrantId, QObject *parent = nullptr) const;
    ApiJob *getGuest(const QString &eventId, const QString &registrantId, const QString &guestId) const;
    ApiJob *getAttendance(const QString &eventId, const QString &registrantId) const;
    ApiJob *setAttendance(const QString &eventId, const QString &registrantId, const QString &status,
                          const QString &type = {}) const;
    ApiJob *getPayment(const QString &eventId, const QString &registrantId) const;
    ApiJob *setPayment(const QString &eventId, const QString &registrantId, const QString &status) const;

    // Activities
    TypedPager<Activity> *activities(QObject *parent = nullptr) const;
    ApiJob *getActivity(const QString &id) const;
    ApiJob *createUpload(const importing::ActivityUpload &upload, bool multipart = true) const;
    ApiJob *createClear(const QStringList &listIds) const;
    ApiJob *createExport(const importing::ExportOptions &options) const;
    // The file of a finished export (its FileName, decision 14), up to MaxDownloadBytes.
    ApiJob *downloadExport(const Activity &activity) const;

    // The full URI the API uses for a list given in any form ("3", "active", a URI), as
    // activities and contact entries need it (decision 21).
    QString listUri(const QString &listId) const;

    QUrl urlOf(const QString &id, const QString &collection) const;

private:
    QUrl nestedUrl(const QString &eventId, const QString &registrantId, const QString &tail = {}) const;
    QUrl schedulesUrl(const QString &campaignId) const;
    template<typename T>
    TypedPager<T> *pager(const QUrl &url, QObject *parent) const;

    ApiClient *m_client;
};

// The entry in a finished job's body; a Parse error when it cannot be read.
template<typename T>
atom::Parsed<T> parseEntry(const ApiResult &result)
{
    return atom::readEntry<T>(result.body);
}

} // namespace ctct
