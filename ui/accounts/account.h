// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A saved Constant Contact account as the app remembers it (design.md §7): who and where, and
// how the user signs in. Never a secret: those live only in memory and in the CredentialStore.

#include "api/credentials.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace ctct::ui {

struct Account
{
    QString username;
    QUrl server;
    Credentials::Scheme scheme = Credentials::Scheme::Basic;

    bool isValid() const { return !username.isEmpty() && server.isValid(); }
    // The CredentialStore key: "joe@https://api.constantcontact.com".
    QString key() const;
    // "joe @ api.constantcontact.com" (the port too when it is not the scheme's default).
    QString label() const;

    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace ctct::ui
