// SPDX-License-Identifier: GPL-3.0-or-later
#include "integration.h"

#include "jobwait.h"

using namespace std::chrono_literals;

namespace ctct::test {

sandbox::Sandbox::Options Integration::defaults()
{
    sandbox::Sandbox::Options o;
    o.port = 0;
    o.memory = true;
    o.contacts = 120;
    o.seed = 7;
    o.activityStepMs = 50;
    return o;
}

RetryPolicy Integration::fastRetries()
{
    RetryPolicy p;
    p.backoff = {5ms, 10ms, 15ms};
    p.jitter = 0;
    return p;
}

Credentials Integration::demoCredentials()
{
    const sandbox::Sandbox::Account demo = sandbox::Sandbox::demoAccount();
    return Credentials::basic(demo.apiKey, demo.user, demo.password);
}

Integration::Integration(const sandbox::Sandbox::Options &options)
    : m_sandbox(std::make_unique<sandbox::Sandbox>(options))
{
    QString error;
    m_started = m_sandbox->start(&error);
    if (!m_started) {
        qWarning("sandbox did not start: %s", qPrintable(error));
        return;
    }
    m_session = ApiSession::open({server(), sandbox::Sandbox::demoAccount().user, demoCredentials()}, &error);
    m_started = m_session != nullptr;
    if (!m_started)
        qWarning("server refused: %s", qPrintable(error));
}

Integration::~Integration() = default;

QUrl Integration::server() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_sandbox->port()));
}

ApiResult Integration::run(ApiJob *job, int timeoutMs)
{
    return waitForJob(job, timeoutMs);
}

QStringList Integration::collectionNames(ApiJob *serviceDocument)
{
    const ApiResult r = run(serviceDocument);
    const atom::Parsed<ServiceDocument> doc = atom::readServiceDocument(r.body);
    if (!r.ok() || !doc.ok()) {
        qWarning("no service document: %s", qPrintable(r.toString()));
        return {};
    }
    QStringList names;
    for (const ServiceWorkspace &w : doc.value->workspaces)
        for (const ServiceCollection &c : w.collections)
            names.append(c.href.section(u'/', -1));
    return names;
}

QString demoListUri(const QString &shortId)
{
    return u"http://api.constantcontact.com/ws/customers/demo/lists/" + shortId;
}

QStringList Integration::memberEmails(const QString &list) const
{
    QStringList emails;
    for (const ContactListMember &m : collect(ops().members(list)).entries)
        emails.append(m.emailAddress.toLower());
    emails.sort();
    return emails;
}

} // namespace ctct::test
