// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Item roles shared by every model of the project (house style 11): DisplayRole is formatted
// text, RawValueRole the value to sort on, IdRole the resource URI.

#include <Qt>

namespace ctct {

enum ItemRole {
    RawValueRole = Qt::UserRole + 1,
    IdRole,
};

} // namespace ctct
