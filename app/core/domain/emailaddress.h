// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resource.h"

namespace ctct {

// An account e-mail address (settings/emailaddresses, payload element "Email").
struct EmailAddress : Resource
{
    QString emailAddress;
    QString status; // Verified, or another value while pending
    QDateTime verifiedTime;
};

} // namespace ctct

// Only Qt value types and std types of them inside: QList may move these with memcpy.
Q_DECLARE_TYPEINFO(ctct::EmailAddress, Q_RELOCATABLE_TYPE);
