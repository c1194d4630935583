// SPDX-License-Identifier: GPL-3.0-or-later
#include "resource.h"

namespace ctct {

QString shortIdOf(QStringView uri)
{
    while (uri.endsWith(u'/'))
        uri.chop(1);
    const qsizetype slash = uri.lastIndexOf(u'/');
    return (slash < 0 ? uri : uri.mid(slash + 1)).toString();
}

QString Resource::shortId() const
{
    return shortIdOf(id);
}

} // namespace ctct
