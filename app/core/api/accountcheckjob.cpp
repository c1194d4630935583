// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountcheckjob.h"

#include "domain/contact.h"

namespace ctct {

AccountCheckJob::AccountCheckJob(const Operations &operations, QStringList emails, QObject *parent)
    : QObject(parent)
    , m_operations(operations)
    , m_emails(std::move(emails))
{
    m_urls = m_operations.contactsUrls(ContactQuery{m_emails, {}, {}, {}});
    if (m_emails.isEmpty())
        m_urls.clear();
}

AccountCheckJob::~AccountCheckJob()
{
    if (m_pager)
        m_pager->abandon();
}

void AccountCheckJob::start()
{
    emit progress(0, total());
    if (m_urls.isEmpty()) {
        QMetaObject::invokeMethod(this, &AccountCheckJob::finish, Qt::QueuedConnection);
        return;
    }
    next();
}

void AccountCheckJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_pager) {
        m_pager->abandon();
        m_pager = nullptr;
    }
    QMetaObject::invokeMethod(this, &AccountCheckJob::finish, Qt::QueuedConnection);
}

AccountCheckJob::Outcome AccountCheckJob::outcome(const QString &email) const
{
    const QString status = m_found.value(email.trimmed().toCaseFolded());
    if (status.isEmpty())
        return Outcome::New;
    return status == u"Do Not Mail" ? Outcome::DoNotMail : Outcome::Update;
}

bool AccountCheckJob::wasChecked(const QString &email) const
{
    return m_asked.contains(email.trimmed().toCaseFolded());
}

QString AccountCheckJob::status(const QString &email) const
{
    return m_found.value(email.trimmed().toCaseFolded());
}

void AccountCheckJob::next()
{
    if (m_cancelled)
        return;
    if (m_nextUrl >= m_urls.size()) {
        finish();
        return;
    }
    const qsizetype index = m_nextUrl++;
    auto *pager = m_operations.contacts(m_urls[index], this);
    m_pager = pager;
    connect(pager, &Pager::pageReady, this, [this, pager] {
        for (const Contact &c : pager->page().entries)
            m_found.insert(c.emailAddress.trimmed().toCaseFolded(), c.status);
    });
    connect(pager, &Pager::finished, this, [this, pager, index] {
        pager->deleteLater();
        m_pager = nullptr;
        if (!pager->result().ok()) {
            m_failure = pager->result();
            finish();
            return;
        }
        const QStringList chunk = m_emails.mid(index * MaxEmailsPerSearch, MaxEmailsPerSearch);
        for (const QString &e : chunk) {
            const QString key = e.trimmed().toCaseFolded();
            if (m_asked.contains(key))
                continue;
            m_asked.insert(key);
            ++m_counts[size_t(outcome(key))];
        }
        m_checked += chunk.size();
        emit progress(m_checked, total());
        next();
    });
    pager->fetchAll();
}

void AccountCheckJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

} // namespace ctct
