// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/sandbox.h"

#include <QByteArray>
#include <QHash>
#include <QNetworkAccessManager>
#include <QString>
#include <QStringList>

#include <memory>

namespace ctct::test {

// The answer to one request, read in full.
struct Reply
{
    int status = 0; // 0 = no answer (timeout or connection error)
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

enum class Auth { Basic, Bearer, QueryToken, None, WrongPassword, Other };

// A sandbox in memory on 127.0.0.1:0 plus a client that talks real HTTP to it.
class Harness final
{
public:
    static sandbox::Sandbox::Options defaults();

    explicit Harness(const sandbox::Sandbox::Options &options = defaults());
    ~Harness();

    bool started() const { return m_started; }
    sandbox::Sandbox &sandbox() { return *m_sandbox; }
    // "http://127.0.0.1:PORT"
    QString origin() const;

    // `path` is absolute ("/ws/...") or relative to /ws/customers/demo/ ("contacts").
    Reply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QByteArray &contentType = {}, Auth auth = Auth::Basic, int timeoutMs = 10000);
    Reply get(const QString &path, Auth auth = Auth::Basic) { return request("GET", path, {}, {}, auth); }
    Reply post(const QString &path, const QByteArray &body, const QByteArray &type = "application/atom+xml")
    {
        return request("POST", path, body, type);
    }
    Reply put(const QString &path, const QByteArray &body, const QByteArray &type = "application/atom+xml")
    {
        return request("PUT", path, body, type);
    }
    Reply del(const QString &path) { return request("DELETE", path); }

    // Follows rel="next" links from `path` and returns every page's body.
    QList<QByteArray> allPages(const QString &path, int maxPages = 1000);

    QNetworkAccessManager &network() { return m_network; }

private:
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QNetworkAccessManager m_network;
    bool m_started = false;
};

// Plain QXmlStreamReader checks, by local element name.
namespace xml {
bool wellFormed(const QByteArray &data);
QStringList texts(const QByteArray &data, const QString &element);
QString text(const QByteArray &data, const QString &element);
int count(const QByteArray &data, const QString &element);
QStringList attributes(const QByteArray &data, const QString &element, const QString &attribute);
// href of the first <link rel="...">.
QString link(const QByteArray &data, const QString &rel);
// Local name and namespace of the document element.
QPair<QString, QString> root(const QByteArray &data);
// Namespace URI of the first element with this local name.
QString namespaceOf(const QByteArray &data, const QString &element);
// Texts of `child` elements inside each `parent` element, one list per parent.
QList<QHash<QString, QString>> records(const QByteArray &data, const QString &parent);
} // namespace xml

// Atom entry bodies for POST/PUT.
QByteArray contactEntry(const QString &email, const QStringList &listIds,
                        const QString &optInSource = QStringLiteral("ACTION_BY_CUSTOMER"), const QString &extra = {});
QByteArray listEntry(const QString &name, const QString &extra = {});
QString listUri(int id);
QByteArray campaignEntry(const QString &name, const QString &extra = {},
                         const QString &textContent = QStringLiteral("&lt;Text&gt;Hello&lt;/Text&gt;"),
                         const QString &fromEmail = QStringLiteral(
                             "http://api.constantcontact.com/ws/customers/demo/settings/emailaddresses/1"));
QByteArray scheduleEntry(const QString &when);
// EventSpot style (atom: prefix, payload without namespace).
QByteArray eventEntry(const QString &payload);
QByteArray statusEntry(const QString &element, const QString &payload);

} // namespace ctct::test

Q_DECLARE_METATYPE(ctct::test::Auth)
