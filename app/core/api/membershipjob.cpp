// SPDX-License-Identifier: GPL-3.0-or-later
#include "membershipjob.h"

#include "api/apijob.h"

namespace ctct {

MembershipJob::MembershipJob(const Operations &operations, Mode mode, const QString &listId,
                             QList<MembershipTarget> contacts, QObject *parent)
    : MembershipJob(operations, mode, QStringList{listId}, std::move(contacts), parent)
{}

MembershipJob::MembershipJob(const Operations &operations, Mode mode, const QStringList &listIds,
                             QList<MembershipTarget> contacts, QObject *parent)
    : QObject(parent)
    , m_operations(operations)
    , m_mode(mode)
    , m_contacts(std::move(contacts))
{
    for (const QString &id : listIds)
        m_listUris.append(operations.listUri(id));
}

MembershipJob::~MembershipJob() = default; // its requests are owned by it (ApiJob::then)

void MembershipJob::setPollIntervals(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_pollFirst = first;
    m_pollMax = max;
}

void MembershipJob::start()
{
    emit progress(0, int(m_contacts.size()));
    if (m_contacts.isEmpty()) {
        QMetaObject::invokeMethod(this, &MembershipJob::finish, Qt::QueuedConnection);
        return;
    }
    if (usesActivity())
        runActivity();
    else
        nextContact();
}

void MembershipJob::cancel()
{
    m_canceled = true;
    if (m_tracker) {
        // The activity goes on on the server; we stop following it.
        m_tracker->cancel();
        finish();
    }
}

void MembershipJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

void MembershipJob::nextContact()
{
    if (m_canceled || m_next >= m_contacts.size()) {
        finish();
        return;
    }
    const MembershipTarget target = m_contacts[m_next++];
    const auto fail = [this, target](const QString &message) {
        m_failures.append({target.contactId, target.emailAddress, message});
        emit progress(int(m_next), int(m_contacts.size()));
        nextContact();
    };
    m_operations.getContact(target.contactId)->then(this, [this, target, fail](const ApiResult &got) {
        if (!got.ok()) {
            fail(got.message);
            return;
        }
        const atom::Parsed<Contact> parsed = parseEntry<Contact>(got);
        if (!parsed.ok()) {
            fail(parsed.error.toString());
            return;
        }
        Contact c = *parsed.value;
        QStringList wanted;
        for (const QString &uri : std::as_const(m_listUris))
            wanted.append(shortIdOf(uri));
        const auto inWanted = [&wanted](const ContactListMembership &m) {
            return wanted.contains(shortIdOf(m.listId));
        };
        bool change = false;
        if (m_mode == Mode::Add) {
            for (const QString &uri : std::as_const(m_listUris)) {
                const auto same = [&uri](const ContactListMembership &m) {
                    return shortIdOf(m.listId) == shortIdOf(uri);
                };
                if (std::none_of(c.contactLists.begin(), c.contactLists.end(), same)) {
                    c.contactLists.append({uri, {}, {}});
                    change = true;
                }
            }
        } else {
            change = c.contactLists.removeIf(inWanted) > 0;
        }
        if (!change) { // nothing to do for this contact
            ++m_succeeded;
            emit progress(int(m_next), int(m_contacts.size()));
            nextContact();
            return;
        }
        c.hasContactLists = true;
        c.optInSource = QString::fromUtf16(ActionByCustomer);
        m_operations.updateContact(c, got.body)->then(this, [this, fail](const ApiResult &put) {
            if (!put.ok()) {
                fail(put.message);
                return;
            }
            ++m_succeeded;
            emit progress(int(m_next), int(m_contacts.size()));
            nextContact();
        });
    });
}

void MembershipJob::runActivity()
{
    importing::ActivityUpload upload;
    upload.activityType =
        QString::fromUtf16(m_mode == Mode::Add ? activitytype::AddContacts : activitytype::RemoveContactsFromLists);
    upload.columns = {QStringLiteral("EMAIL ADDRESS")};
    upload.lists = m_listUris;
    for (qsizetype i = 0; i < m_contacts.size(); ++i) {
        upload.rows.append({m_contacts[i].emailAddress});
        upload.sourceLines.append(i + 1); // index into m_contacts, plus one: sourceLineOf() says 0 for unknown
    }
    m_operations.createUpload(upload)->then(this, [this, upload](const ApiResult &r) {
        const atom::Parsed<Activity> created = r.ok() ? parseEntry<Activity>(r) : atom::Parsed<Activity>{};
        if (!r.ok() || !created.ok()) {
            const QString message = r.ok() ? created.error.toString() : r.message;
            for (const MembershipTarget &t : std::as_const(m_contacts))
                m_failures.append({t.contactId, t.emailAddress, message});
            finish();
            return;
        }
        m_activity = *created.value;
        if (m_canceled) {
            finish();
            return;
        }
        m_tracker = new ActivityTracker(m_operations, m_activity.id, this);
        m_tracker->setIntervals(m_pollFirst, m_pollMax);
        connect(m_tracker, &ActivityTracker::finished, this, [this, upload](const Activity &a) {
            m_activity = a;
            QSet<qsizetype> failed;
            for (const ActivityError &e : a.errors) {
                const qsizetype index = (e.lineNumber ? upload.sourceLineOf(*e.lineNumber) : 0) - 1;
                const bool known = index >= 0 && index < m_contacts.size();
                const MembershipTarget t = known ? m_contacts[index] : MembershipTarget{QString(), e.emailAddress};
                if (known)
                    failed.insert(index);
                m_failures.append({t.contactId, t.emailAddress.isEmpty() ? e.emailAddress : t.emailAddress, e.message});
            }
            if (a.statusValue() == ActivityStatus::Error && a.errors.isEmpty()) {
                for (const MembershipTarget &t : std::as_const(m_contacts))
                    m_failures.append({t.contactId, t.emailAddress, tr("the activity ended in ERROR")});
                failed = {};
                m_succeeded = 0;
            } else {
                m_succeeded = int(m_contacts.size() - failed.size());
            }
            emit progress(int(m_contacts.size()), int(m_contacts.size()));
            finish();
        });
        connect(m_tracker, &ActivityTracker::failed, this, [this](const ApiResult &failure) {
            for (const MembershipTarget &t : std::as_const(m_contacts))
                m_failures.append({t.contactId, t.emailAddress, failure.message});
            finish();
        });
        m_tracker->start();
    });
}

} // namespace ctct
