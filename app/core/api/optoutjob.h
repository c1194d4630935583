// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Opts contacts out one after another (DELETE /contacts/{id}: Do Not Mail, off every list,
// api-contract §3.4). It stops at the first refusal, so the caller can say which contact and
// why, and offer the ones not yet done again (remaining()). Beside MembershipJob, which changes
// list memberships the same way.

#include "api/apierror.h"
#include "api/operations.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace ctct {

class OptOutJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptOutJob)

public:
    OptOutJob(const Operations &operations, QStringList contactIds, QObject *parent = nullptr);
    ~OptOutJob() override;

    void start();
    // Stops after the request in flight; finished() follows.
    void cancel();

    int total() const { return int(m_ids.size()); }
    int succeeded() const { return m_succeeded; }
    bool wasCanceled() const { return m_canceled; }
    bool isFinished() const { return m_finished; }
    // The refusal that stopped the job (ok() when none did) and the contact it was for.
    const ApiResult &failure() const { return m_failure; }
    QString failedId() const { return m_failedId; }
    // The contacts not opted out: the one refused first, then those not tried.
    QStringList remaining() const;

Q_SIGNALS:
    void progress(int done, int total);
    void optedOut(const QString &contactId);
    void finished();

private:
    void next();
    void finish();

    Operations m_operations;
    QStringList m_ids;
    qsizetype m_next = 0;
    int m_succeeded = 0;
    ApiResult m_failure;
    QString m_failedId;
    bool m_canceled = false;
    bool m_finished = false;
};

} // namespace ctct
