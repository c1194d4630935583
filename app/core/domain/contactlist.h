// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resource.h"

namespace ctct {

// A contact list (api-contract §4.2). The system lists active, removed and do-not-mail carry
// only Name and ShortName.
struct ContactList : Resource
{
    std::optional<bool> optInDefault;
    QString name;
    QString shortName;
    std::optional<bool> displayOnSignup; // "Yes"/"No" on the wire
    std::optional<qint64> sortOrder;
    QString membersId;
    std::optional<qint64> contactCount;

    bool isSystemList() const;
};

// True for the ids (full URI or short) of the three system lists.
bool isSystemListId(QStringView id);

// An entry of /lists/{id}/members. Its id is the contact URI.
struct ContactListMember : Resource
{
    QString emailAddress;
    QString name;
};

} // namespace ctct

// Only Qt value types and std types of them inside: QList may move these with memcpy.
Q_DECLARE_TYPEINFO(ctct::ContactList, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ctct::ContactListMember, Q_RELOCATABLE_TYPE);
