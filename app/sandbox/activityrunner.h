// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

namespace ctct::sandbox {

class FeedContext;

// Moves bulk activities through PENDING -> RUNNING -> COMPLETE | ERROR, one step per timer tick,
// and does their work (uploads, removals, clears, exports) against the store when they run.
class ActivityRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityRunner)

public:
    ActivityRunner(FeedContext &context, int stepMs, QObject *parent = nullptr);
    ~ActivityRunner() override;

    void schedule(const QString &id);
    // Schedules every activity still PENDING or RUNNING in the store (after a restart).
    void resume();

    // US states and Canadian provinces by code or name, for upload validation.
    static bool isKnownState(const QString &state);

Q_SIGNALS:
    // An activity took a step: its state, progress or result may have changed.
    void stepped(const QString &id);

private:
    void advance(const QString &id);
    void execute(const QString &id);
    // Marks the activity ERROR with `message` after its changes were rolled back.
    void fail(const QString &id, const QString &message);

    FeedContext &m_ctx;
    int m_stepMs;
    // The parsed data of the uploads running now (header first); read again after a restart.
    QHash<QString, std::shared_ptr<QList<CsvRecord>>> m_records;
};

} // namespace ctct::sandbox
