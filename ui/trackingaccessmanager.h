// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The app's AccessManager: the core's, plus a count of the requests on the wire for the status
// bar ("requests in flight", design.md §7), and word of any reply the server answered 401 (the
// app then asks for the credentials again, design.md §7).

#include "api/accessmanager.h"

namespace ctct::ui {

class TrackingAccessManager final : public AccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackingAccessManager)

public:
    explicit TrackingAccessManager(QObject *parent = nullptr);
    ~TrackingAccessManager() override;

    int requestsInFlight() const { return m_inFlight; }

Q_SIGNALS:
    void requestsInFlightChanged(int count);
    // A request was answered 401 Unauthorized: the credentials no longer work.
    void unauthorized();

protected:
    QNetworkReply *send(Operation op, const QNetworkRequest &prepared, QIODevice *outgoingData) override;

private:
    void setInFlight(int count);

    int m_inFlight = 0;
};

} // namespace ctct::ui
