// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Check against the account" before an import: what each valid row will do, asked through the
// exact e-mail search (MaxEmailsPerSearch addresses a request, one request after another): a new
// contact, an update of an existing one, or nothing, because the contact is on the Do Not Mail
// list — an import never subscribes it again (only the contact can). Nothing is written.

#include "api/apierror.h"
#include "api/operations.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <array>

namespace ctct {

class AccountCheckJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountCheckJob)

public:
    enum class Outcome { New, Update, DoNotMail };
    static constexpr int OutcomeCount = 3;

    AccountCheckJob(const Operations &operations, QStringList emails, QObject *parent = nullptr);
    ~AccountCheckJob() override;

    void start();
    // Stops after the request in flight; finished() follows, with wasCancelled().
    void cancel();

    qsizetype total() const { return m_emails.size(); }
    qsizetype checked() const { return m_checked; }
    bool isFinished() const { return m_finished; }
    bool isComplete() const { return m_finished && m_failure.ok() && !m_cancelled; }
    bool wasCancelled() const { return m_cancelled; }
    const ApiResult &failure() const { return m_failure; }

    // For a checked address (ignoring case); New for one not found.
    Outcome outcome(const QString &email) const;
    bool wasChecked(const QString &email) const;
    qsizetype count(Outcome outcome) const { return m_counts[size_t(outcome)]; }
    // The status the account has for the address ("Active", "Removed", ...); empty when new.
    QString status(const QString &email) const;

Q_SIGNALS:
    void progress(qsizetype checked, qsizetype total);
    void finished();

private:
    void next();
    void finish();

    Operations m_operations;
    QStringList m_emails;
    QList<QUrl> m_urls;
    qsizetype m_nextUrl = 0;
    qsizetype m_checked = 0;
    QHash<QString, QString> m_found; // case-folded address -> status
    QSet<QString> m_asked;           // case-folded addresses asked so far
    std::array<qsizetype, OutcomeCount> m_counts{};
    QPointer<Pager> m_pager;
    ApiResult m_failure;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace ctct
