// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitywatch.h"

#include "api/activitytracker.h"
#include "api/operations.h"
#include "frame/failure.h"
#include "logging.h"
#include "models/activitytablemodel.h"
#include "settings.h"
#include "widgets/messagebar.h"

namespace ctct::ui {

ActivityWatch::ActivityWatch(const TabContext &context, const QString &accountKey, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_account(accountKey)
{}

ActivityWatch::~ActivityWatch() = default;

QMap<QString, QString> ActivityWatch::remembered() const
{
    QMap<QString, QString> ids;
    if (!m_context.settings)
        return ids;
    const QVariantMap all = m_context.settings->value(setting::FollowedActivities);
    const QVariantMap mine = all.value(m_account).toMap();
    for (auto it = mine.cbegin(); it != mine.cend(); ++it)
        ids.insert(it.key(), it.value().toString());
    return ids;
}

void ActivityWatch::store(const QMap<QString, QString> &ids)
{
    if (!m_context.settings)
        return;
    QVariantMap all = m_context.settings->value(setting::FollowedActivities);
    QVariantMap mine;
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        mine.insert(it.key(), it.value());
    if (mine.isEmpty())
        all.remove(m_account);
    else
        all.insert(m_account, mine);
    m_context.settings->setValue(setting::FollowedActivities, all);
}

void ActivityWatch::remember(const Activity &activity, const QString &what)
{
    QMap<QString, QString> ids = remembered();
    ids.insert(activity.id, what);
    store(ids);
}

void ActivityWatch::forget(const QString &activityId)
{
    QMap<QString, QString> ids = remembered();
    if (ids.remove(activityId))
        store(ids);
}

void ActivityWatch::resume()
{
    const Operations *operations = m_context.operations();
    if (!operations)
        return;
    const QMap<QString, QString> ids = remembered();
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        const QString id = it.key();
        const QString what = it.value();
        qCInfo(lcUiImport) << "following again an activity started earlier:" << what;
        auto *tracker = new ActivityTracker(*operations, id, this);
        ++m_following;
        connect(tracker, &ActivityTracker::finished, this, [this, tracker, id, what](const Activity &a) {
            tracker->deleteLater();
            --m_following;
            forget(id);
            const QString text =
                a.statusValue() == ActivityStatus::Complete
                    ? tr("%1, started before the app was last closed, has finished: %n rows processed, see the "
                         "Activities tab.",
                         nullptr, int(a.transactionCount.value_or(0)))
                          .arg(what)
                    : tr("%1, started before the app was last closed, ended in %2: see the Activities tab.")
                          .arg(what, a.status);
            m_context.messages->showMessage(a.statusValue() == ActivityStatus::Complete ? MessageBar::Kind::Information
                                                                                        : MessageBar::Kind::Error,
                                            text);
            emit resumedFinished(a);
        });
        connect(tracker, &ActivityTracker::failed, this, [this, tracker, id](const ApiResult &r) {
            tracker->deleteLater();
            --m_following;
            // An activity the server no longer knows is not asked for again; any other failure
            // keeps it for the next start, and the Activities tab still shows it.
            qCWarning(lcUiImport) << "an activity started earlier could not be followed:" << r.toString();
            if (r.httpStatus == 404)
                forget(id);
        });
        tracker->start();
    }
}

} // namespace ctct::ui
