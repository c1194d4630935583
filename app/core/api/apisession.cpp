// SPDX-License-Identifier: GPL-3.0-or-later
#include "apisession.h"

#include <QCoreApplication>

namespace ctct {

ApiSession::ApiSession(const Login &login, std::unique_ptr<AccessManager> access)
    : m_login(login)
    , m_access(access ? std::move(access) : std::make_unique<AccessManager>())
    , m_client(std::make_unique<ApiClient>(m_access.get()))
    , m_operations(m_client.get())
{}

ApiSession::~ApiSession() = default;

std::unique_ptr<ApiSession> ApiSession::open(const Login &login, QString *error, std::unique_ptr<AccessManager> access)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::unique_ptr<ApiSession>();
    };
    if (login.username.trimmed().isEmpty())
        return fail(QCoreApplication::translate("ctct::ApiSession", "No username was given."));
    std::unique_ptr<ApiSession> session(new ApiSession(login, std::move(access)));
    if (!session->m_client->setServer(login.server))
        return fail(session->m_client->error());
    session->m_client->setUsername(login.username.trimmed());
    session->m_access->setCredentials(login.credentials);
    if (error)
        error->clear();
    return session;
}

void ApiSession::setCredentials(const Credentials &credentials)
{
    m_login.credentials = credentials;
    m_access->setCredentials(credentials);
}

} // namespace ctct
