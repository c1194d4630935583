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

// Only Qt value types and std types of them inside: QList may move these with memcpy.
Q_DECLARE_TYPEINFO(ctct::ServiceCollection, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ctct::ServiceWorkspace, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ctct::ServiceDocument, Q_RELOCATABLE_TYPE);
