// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Activities this app started are not forgotten when it closes: the import wizard and the
// export dialog remember() each activity they create and forget() it once they have seen its
// end. Whatever is still remembered when the app starts again (it was closed, or crashed, while
// the server was still working) is followed again here, and its end is said in the message bar.
// One per account session; the ids are kept per account in the settings (setting::
// FollowedActivities), never anything secret.

#include "frame/tabcontext.h"

#include <QObject>

namespace ctct {
struct Activity;
}

namespace ctct::ui {

class ActivityWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityWatch)

public:
    ActivityWatch(const TabContext &context, const QString &accountKey, QObject *parent = nullptr);
    ~ActivityWatch() override;

    void remember(const Activity &activity, const QString &what);
    void forget(const QString &activityId);
    // The activities remembered for this account (what, by id).
    QMap<QString, QString> remembered() const;
    // Follows every remembered activity again (at start).
    void resume();
    int following() const { return m_following; }

Q_SIGNALS:
    void resumedFinished(const ctct::Activity &activity);

private:
    void store(const QMap<QString, QString> &ids);

    const TabContext m_context;
    const QString m_account;
    int m_following = 0;
};

} // namespace ctct::ui
