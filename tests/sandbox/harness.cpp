// SPDX-License-Identifier: GPL-3.0-or-later
#include "harness.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace ctct::test {

sandbox::Sandbox::Options Harness::defaults()
{
    sandbox::Sandbox::Options o;
    o.port = 0;
    o.memory = true;
    o.contacts = 120;
    o.seed = 7;
    o.activityStepMs = 30;
    return o;
}

Harness::Harness(const sandbox::Sandbox::Options &options)
    : m_sandbox(std::make_unique<sandbox::Sandbox>(options))
{
    QString error;
    m_started = m_sandbox->start(&error);
    if (!m_started)
        qWarning() << "sandbox did not start:" << error;
}

Harness::~Harness() = default;

QString Harness::origin() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_sandbox->port());
}

Reply Harness::request(const QByteArray &method, const QString &path, const QByteArray &body,
                       const QByteArray &contentType, Auth auth, int timeoutMs)
{
    QString full = path.startsWith(u'/') ? path : u"/ws/customers/demo/"_s + path;
    if (auth == Auth::QueryToken)
        full += (full.contains(u'?') ? u"&"_s : u"?"_s) + u"access_token=sandbox-token"_s;
    QNetworkRequest request(QUrl(origin() + full));
    switch (auth) {
    case Auth::Basic:
        request.setRawHeader("Authorization", "Basic " + QByteArray("sandbox-key%demo:sandbox").toBase64());
        break;
    case Auth::WrongPassword:
        request.setRawHeader("Authorization", "Basic " + QByteArray("sandbox-key%demo:nope").toBase64());
        break;
    case Auth::Other:
        request.setRawHeader("Authorization", "Basic " + QByteArray("other-key%other:other-pass").toBase64());
        break;
    case Auth::Bearer:
        request.setRawHeader("Authorization", "Bearer sandbox-token");
        break;
    case Auth::QueryToken:
    case Auth::None:
        break;
    }
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    Reply r;
    r.elapsedMs = timer.elapsed();
    if (!reply->isFinished()) {
        reply->abort();
        reply->deleteLater();
        return r;
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &[k, v] : reply->rawHeaderPairs())
        r.headers.insert(k.toLower(), v);
    reply->deleteLater();
    return r;
}

QList<QByteArray> Harness::allPages(const QString &path, int maxPages)
{
    QList<QByteArray> pages;
    QString next = path;
    while (!next.isEmpty() && pages.size() < maxPages) {
        const Reply r = get(next);
        if (r.status != 200) {
            qWarning() << "page" << next << "answered" << r.status << r.body;
            break;
        }
        pages.append(r.body);
        next = xml::link(r.body, u"next"_s);
    }
    return pages;
}

namespace xml {

bool wellFormed(const QByteArray &data)
{
    QXmlStreamReader r(data);
    while (!r.atEnd())
        r.readNext();
    return !r.hasError();
}

QStringList texts(const QByteArray &data, const QString &element)
{
    QStringList out;
    QXmlStreamReader r(data);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == element)
            out.append(r.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    return out;
}

QString text(const QByteArray &data, const QString &element)
{
    return texts(data, element).value(0);
}

int count(const QByteArray &data, const QString &element)
{
    int n = 0;
    QXmlStreamReader r(data);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == element)
            ++n;
    }
    return n;
}

QStringList attributes(const QByteArray &data, const QString &element, const QString &attribute)
{
    QStringList out;
    QXmlStreamReader r(data);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == element &&
            r.attributes().hasAttribute(attribute))
            out.append(r.attributes().value(attribute).toString());
    }
    return out;
}

QString link(const QByteArray &data, const QString &rel)
{
    QXmlStreamReader r(data);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == u"link" &&
            r.attributes().value(u"rel"_s) == rel)
            return r.attributes().value(u"href"_s).toString();
    }
    return {};
}

QPair<QString, QString> root(const QByteArray &data)
{
    QXmlStreamReader r(data);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement)
            return {r.name().toString(), r.namespaceUri().toString()};
    }
    return {};
}

QString namespaceOf(const QByteArray &data, const QString &element)
{
    QXmlStreamReader r(data);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == element)
            return r.namespaceUri().toString();
    }
    return {};
}

QList<QHash<QString, QString>> records(const QByteArray &data, const QString &parent)
{
    QList<QHash<QString, QString>> out;
    QXmlStreamReader r(data);
    int depth = 0;
    int parentDepth = -1;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (parentDepth < 0 && r.name() == parent) {
                parentDepth = depth;
                out.append(QHash<QString, QString>());
                for (const QXmlStreamAttribute &a : r.attributes())
                    out.last().insert(u"@"_s + a.name().toString(), a.value().toString());
            } else if (parentDepth >= 0 && depth == parentDepth + 1) {
                const QString name = r.name().toString();
                out.last().insert(name, r.readElementText(QXmlStreamReader::IncludeChildElements));
                --depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == parentDepth)
                parentDepth = -1;
            --depth;
        }
    }
    return out;
}

} // namespace xml

QString listUri(int id)
{
    return u"http://api.constantcontact.com/ws/customers/demo/lists/%1"_s.arg(id);
}

QByteArray contactEntry(const QString &email, const QStringList &listIds, const QString &optInSource,
                        const QString &extra)
{
    QString lists;
    for (const QString &id : listIds)
        lists += u"<ContactList id=\"%1\"/>"_s.arg(id);
    return uR"(<entry xmlns="http://www.w3.org/2005/Atom">
  <title type="text"> </title><updated>2008-07-23T14:21:06.407Z</updated>
  <author></author><id>data:,none</id><summary type="text">Contact</summary>
  <content type="application/vnd.ctct+xml">
    <Contact xmlns="http://ws.constantcontact.com/ns/1.0/">
      <EmailAddress>%1</EmailAddress><OptInSource>%2</OptInSource>%3
      <ContactLists>%4</ContactLists>
    </Contact>
  </content>
</entry>)"_s.arg(email, optInSource, extra, lists)
        .toUtf8();
}

QByteArray listEntry(const QString &name, const QString &extra)
{
    return uR"(<entry xmlns="http://www.w3.org/2005/Atom">
  <id>data:,</id><title/><author/><updated>2008-04-16</updated>
  <content type="application/vnd.ctct+xml">
    <ContactList xmlns="http://ws.constantcontact.com/ns/1.0/">
      <OptInDefault>false</OptInDefault><Name>%1</Name><SortOrder>70</SortOrder>%2
    </ContactList>
  </content>
</entry>)"_s.arg(name, extra)
        .toUtf8();
}

QByteArray campaignEntry(const QString &name, const QString &extra, const QString &textContent,
                         const QString &fromEmail)
{
    return uR"(<entry xmlns="http://www.w3.org/2005/Atom">
<id>data:,none</id><title type="text"/><author/><updated>2010-04-21T18:35:34.279Z</updated>
<content type="application/vnd.ctct+xml">
<Campaign xmlns="http://ws.constantcontact.com/ns/1.0/" id="data:,none">
<Name>%1</Name><Status>Draft</Status><Date>2009-10-19T18:34:53.105Z</Date>
<Subject>Spring news</Subject><FromName>Bluewater</FromName>
<ViewAsWebpage>NO</ViewAsWebpage><PermissionReminder>yes</PermissionReminder>
<GreetingName>FirstName</GreetingName><OrganizationName>Bluewater</OrganizationName>
<EmailContentFormat>HTML</EmailContentFormat>
<EmailContent>&lt;html&gt;&lt;body&gt;&lt;p&gt;Hi&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</EmailContent>
<EmailTextContent>%3</EmailTextContent>%2
<ContactLists><ContactList id="http://api.constantcontact.com/ws/customers/demo/lists/1"/></ContactLists>
<FromEmail><Email id="%4"/><EmailAddress>demo@bluewaterkayak.example</EmailAddress></FromEmail>
<ReplyToEmail><Email id="http://api.constantcontact.com/ws/customers/demo/settings/emailaddresses/1"/><EmailAddress>demo@bluewaterkayak.example</EmailAddress></ReplyToEmail>
</Campaign></content></entry>)"_s.arg(name, extra, textContent, fromEmail)
        .toUtf8();
}

QByteArray scheduleEntry(const QString &when)
{
    return uR"(<entry xmlns="http://www.w3.org/2005/Atom"><id>data:,none</id><title/><author/><updated>2010-01-01</updated>
<content type="application/vnd.ctct+xml"><Schedule xmlns="http://ws.constantcontact.com/ns/1.0/"><ScheduledTime>%1</ScheduledTime></Schedule></content></entry>)"_s
        .arg(when)
        .toUtf8();
}

QByteArray eventEntry(const QString &payload)
{
    return uR"(<atom:entry xmlns:atom="http://www.w3.org/2005/Atom"><atom:content><Event>%1</Event></atom:content></atom:entry>)"_s
        .arg(payload)
        .toUtf8();
}

QByteArray statusEntry(const QString &element, const QString &payload)
{
    return uR"(<atom:entry xmlns:atom="http://www.w3.org/2005/Atom"><atom:content><%1>%2</%1></atom:content></atom:entry>)"_s
        .arg(element, payload)
        .toUtf8();
}

} // namespace ctct::test
