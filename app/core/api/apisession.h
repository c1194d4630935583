// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One account's connection to the API: its AccessManager (credentials, timeouts), the
// ApiClient (server, user, URLs, jobs) and the typed Operations over them, opened together and
// destroyed together in the right order (operations, then the client and with it every job it
// still runs, then the access manager). The app, the account dialog's check, the command line
// and the integration tests all open sessions this way.

#include "api/accessmanager.h"
#include "api/apiclient.h"
#include "api/credentials.h"
#include "api/operations.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace ctct {

class ApiSession final
{
    Q_DISABLE_COPY_MOVE(ApiSession)

public:
    struct Login
    {
        QUrl server; // scheme, host and port count; a path (the sandbox's base URL) is dropped
        QString username;
        Credentials credentials;
    };

    // A session for the login, or nullptr with *error saying why the server cannot be used
    // (not http(s), plain http to a host that is not loopback, no user). access: a subclass
    // to use (the app's counts requests in flight); a plain AccessManager when empty.
    static std::unique_ptr<ApiSession> open(const Login &login, QString *error,
                                            std::unique_ptr<AccessManager> access = {});
    ~ApiSession();

    AccessManager *accessManager() const { return m_access.get(); }
    ApiClient *client() const { return m_client.get(); }
    const Operations &operations() const { return m_operations; }
    const Login &login() const { return m_login; }

    // Credentials that changed while the session is open (a sign-in after a 401): the same
    // client, so everything that uses it keeps its place.
    void setCredentials(const Credentials &credentials);

private:
    ApiSession(const Login &login, std::unique_ptr<AccessManager> access);

    Login m_login;
    // Declaration order is destruction order, reversed: keep the access manager first.
    std::unique_ptr<AccessManager> m_access;
    std::unique_ptr<ApiClient> m_client;
    Operations m_operations;
};

} // namespace ctct
