// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resource.h"

namespace ctct {

// An entry whose payload this client has no type for (e.g. a campaign Schedule): its
// payload's children are kept as ExtraElements so they can still be shown.
struct GenericEntry : Resource
{
    QString payloadName;
};

} // namespace ctct

// Only Qt value types and std types of them inside: QList may move these with memcpy.
Q_DECLARE_TYPEINFO(ctct::GenericEntry, Q_RELOCATABLE_TYPE);
