// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackingaccessmanager.h"

#include <QNetworkReply>

namespace ctct::ui {

TrackingAccessManager::TrackingAccessManager(QObject *parent)
    : AccessManager(parent)
{}

TrackingAccessManager::~TrackingAccessManager() = default;

QNetworkReply *TrackingAccessManager::send(Operation op, const QNetworkRequest &prepared, QIODevice *outgoingData)
{
    QNetworkReply *reply = AccessManager::send(op, prepared, outgoingData);
    if (!reply)
        return reply;
    setInFlight(m_inFlight + 1);
    // A reply ends once: finished, or destroyed without finishing (its job was deleted).
    auto counted = std::make_shared<bool>(true);
    const auto done = [this, counted] {
        if (!*counted)
            return;
        *counted = false;
        setInFlight(m_inFlight - 1);
    };
    connect(reply, &QNetworkReply::finished, this, done);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 401)
            emit unauthorized();
    });
    connect(reply, &QObject::destroyed, this, done);
    return reply;
}

void TrackingAccessManager::setInFlight(int count)
{
    m_inFlight = std::max(0, count);
    emit requestsInFlightChanged(m_inFlight);
}

} // namespace ctct::ui
