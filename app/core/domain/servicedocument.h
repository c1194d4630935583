// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ctct {

struct ServiceCollection
{
    QString href;
    QString title;
    QStringList accept;
    friend bool operator==(const ServiceCollection &, const ServiceCollection &) = default;
};

struct ServiceWorkspace
{
    QString title;
    QList<ServiceCollection> collections;
};

// An APP service document: the root (GET /ws/customers/{u}/) and the event workspaces.
struct ServiceDocument
{
    QList<ServiceWorkspace> workspaces;
};

} // namespace ctct
