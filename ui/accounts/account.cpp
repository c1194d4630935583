// SPDX-License-Identifier: GPL-3.0-or-later
#include "account.h"

#include "platform/credentialstore.h"

#include <QCoreApplication>

namespace ctct::ui {

QString Account::key() const
{
    return CredentialStore::accountKey(username, server.toString(QUrl::RemovePath | QUrl::StripTrailingSlash));
}

QString Account::label() const
{
    QString host = server.host();
    if (server.port() > 0 && server.port() != (server.scheme() == u"http" ? 80 : 443))
        host += u':' + QString::number(server.port());
    return QCoreApplication::translate("ctct::ui::Account", "%1 @ %2").arg(username, host);
}

} // namespace ctct::ui
