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
