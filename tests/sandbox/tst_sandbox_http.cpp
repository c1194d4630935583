// SPDX-License-Identifier: GPL-3.0-or-later
// Transport-level behaviour: authentication (decisions 2-4), error bodies (decision 1), unknown
// paths, unsupported methods and content types (decision 5), service documents.
#include "harness.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ctct::test;

class TestSandboxHttp final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void authentication_data();
    void authentication();
    void challengeOn401();
    void otherAccountIsForbidden();
    void otherAccountServesItsOwnPath();
    void errorBodyFormat();
    void unknownPaths_data();
    void unknownPaths();
    void unsupportedMethods_data();
    void unsupportedMethods();
    void wrongContentType_data();
    void wrongContentType();
    void malformedBodies_data();
    void malformedBodies();
    void randomBodiesAreRejected_data();
    void randomBodiesAreRejected();
    void unicodeRoundTrip();
    void rootServiceDocument();
    void eventServiceDocuments_data();
    void eventServiceDocuments();
    void emailAddresses();
    void idsUseThePublicHost();

private:
    std::unique_ptr<Harness> m_h;
};

void TestSandboxHttp::initTestCase()
{
    m_h = std::make_unique<Harness>();
    QVERIFY(m_h->started());
    QVERIFY(m_h->sandbox().port() != 0);
    QCOMPARE(m_h->sandbox().baseUrl().toString(), m_h->origin() + u"/ws/customers/demo/"_s);
}

void TestSandboxHttp::cleanupTestCase()
{
    m_h.reset();
}

void TestSandboxHttp::authentication_data()
{
    QTest::addColumn<Auth>("auth");
    QTest::addColumn<int>("status");
    QTest::newRow("basic") << Auth::Basic << 200;
    QTest::newRow("bearer") << Auth::Bearer << 200;
    QTest::newRow("access_token") << Auth::QueryToken << 200;
    QTest::newRow("none") << Auth::None << 401;
    QTest::newRow("wrong password") << Auth::WrongPassword << 401;
}

void TestSandboxHttp::authentication()
{
    QFETCH(Auth, auth);
    QFETCH(int, status);
    const Reply r = m_h->get(u"contacts"_s, auth);
    QCOMPARE(r.status, status);
}

void TestSandboxHttp::challengeOn401()
{
    const Reply r = m_h->get(u"lists"_s, Auth::None);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.header("WWW-Authenticate"), QByteArray(R"(Basic realm="api.constantcontact.com")"));
    // A wrong API key with the right password is still 401.
    QNetworkRequest request(QUrl(m_h->origin() + u"/ws/customers/demo/lists"_s));
    request.setRawHeader("Authorization", "Basic " + QByteArray("wrong-key%demo:sandbox").toBase64());
    QNetworkReply *reply = m_h->network().get(request);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    reply->deleteLater();
}

void TestSandboxHttp::otherAccountIsForbidden()
{
    const Reply r = m_h->get(u"contacts"_s, Auth::Other);
    QCOMPARE(r.status, 403);
    QVERIFY(r.body.startsWith("Error 403: "));
    const Reply r2 = m_h->get(u"/ws/customers/other/contacts"_s, Auth::Basic);
    QCOMPARE(r2.status, 403);
}

void TestSandboxHttp::otherAccountServesItsOwnPath()
{
    const Reply r = m_h->request("GET", u"/ws/customers/other/lists"_s, {}, {}, Auth::Other);
    QCOMPARE(r.status, 200);
    // A fresh account has only the three system lists.
    QCOMPARE(xml::count(r.body, u"entry"_s), 3);
    const Reply addresses = m_h->request("GET", u"/ws/customers/other/settings/emailaddresses"_s, {}, {}, Auth::Other);
    QCOMPARE(xml::count(addresses.body, u"entry"_s), 1);
    QCOMPARE(xml::text(addresses.body, u"Status"_s), u"Verified"_s);
}

void TestSandboxHttp::errorBodyFormat()
{
    const Reply r = m_h->get(u"contacts/999999"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
    QVERIFY2(r.body.startsWith("Error 404: "), r.body.constData());
    QVERIFY(!r.body.contains('\n'));
}

void TestSandboxHttp::unknownPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("outside the API") << u"/favicon.ico"_s;
    QTest::newRow("unknown collection") << u"widgets"_s;
    QTest::newRow("unknown contact") << u"contacts/123456789"_s;
    QTest::newRow("non-numeric contact") << u"contacts/abc"_s;
    QTest::newRow("unknown list") << u"lists/999"_s;
    QTest::newRow("unknown campaign") << u"campaigns/42"_s;
    QTest::newRow("unknown event kind") << u"campaigns/1100546096289/events/likes"_s;
    QTest::newRow("event service document without slash") << u"campaigns/1100546096289/events"_s;
    QTest::newRow("contact events without slash") << u"contacts/1/events"_s;
    QTest::newRow("unknown activity") << u"activities/a07enothere"_s;
    QTest::newRow("unknown email address") << u"settings/emailaddresses/9"_s;
    QTest::newRow("unknown event") << u"events/a07enothere"_s;
    QTest::newRow("member edit link") << u"lists/1/members/5"_s;
    QTest::newRow("export not ready") << u"activities/a07enothere.csv"_s;
}

void TestSandboxHttp::unknownPaths()
{
    QFETCH(QString, path);
    const Reply r = m_h->get(path);
    QCOMPARE(r.status, 404);
    QVERIFY2(r.body.startsWith("Error 404: "), r.body.constData());
}

void TestSandboxHttp::unsupportedMethods_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("PUT /contacts") << QByteArray("PUT") << u"contacts"_s;
    QTest::newRow("DELETE /contacts") << QByteArray("DELETE") << u"contacts"_s;
    QTest::newRow("POST /contacts/1") << QByteArray("POST") << u"contacts/1"_s;
    QTest::newRow("PATCH /contacts/1") << QByteArray("PATCH") << u"contacts/1"_s;
    QTest::newRow("PUT /lists") << QByteArray("PUT") << u"lists"_s;
    QTest::newRow("POST /lists/1") << QByteArray("POST") << u"lists/1"_s;
    QTest::newRow("POST /lists/1/members") << QByteArray("POST") << u"lists/1/members"_s;
    QTest::newRow("DELETE /campaigns") << QByteArray("DELETE") << u"campaigns"_s;
    QTest::newRow("POST /campaigns/id") << QByteArray("POST") << u"campaigns/1100546096289"_s;
    QTest::newRow("POST campaign events") << QByteArray("POST") << u"campaigns/1100546096289/events/opens"_s;
    QTest::newRow("DELETE contact events") << QByteArray("DELETE") << u"contacts/1/events/"_s;
    QTest::newRow("PUT /activities") << QByteArray("PUT") << u"activities"_s;
    QTest::newRow("DELETE /events") << QByteArray("DELETE") << u"events"_s;
    QTest::newRow("POST /settings/emailaddresses") << QByteArray("POST") << u"settings/emailaddresses"_s;
    QTest::newRow("PUT service document") << QByteArray("PUT") << QString();
}

void TestSandboxHttp::unsupportedMethods()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const Reply r = m_h->request(method, path, "<x/>", "application/atom+xml");
    QCOMPARE(r.status, 415);
    QVERIFY2(r.body.startsWith("Error 415: "), r.body.constData());
}

void TestSandboxHttp::wrongContentType_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("POST contact as JSON") << QByteArray("POST") << u"contacts"_s << QByteArray("application/json");
    QTest::newRow("PUT contact as text") << QByteArray("PUT") << u"contacts/1"_s << QByteArray("text/plain");
    QTest::newRow("POST list form") << QByteArray("POST") << u"lists"_s
                                    << QByteArray("application/x-www-form-urlencoded");
    QTest::newRow("POST activity as Atom")
        << QByteArray("POST") << u"activities"_s << QByteArray("application/atom+xml");
    QTest::newRow("POST campaign as JSON") << QByteArray("POST") << u"campaigns"_s << QByteArray("application/json");
}

void TestSandboxHttp::wrongContentType()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, type);
    const Reply r = m_h->request(method, path, "{}", type);
    QCOMPARE(r.status, 415);
}

void TestSandboxHttp::malformedBodies_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << u"contacts"_s << QByteArray();
    QTest::newRow("not xml") << u"contacts"_s << QByteArray("hello");
    QTest::newRow("truncated") << u"lists"_s << QByteArray("<entry xmlns=\"http://www.w3.org/2005/Atom\"><content>");
    QTest::newRow("dtd entity") << u"contacts"_s
                                << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]>"
                                              "<entry xmlns=\"http://www.w3.org/2005/Atom\">&a;</entry>");
    QTest::newRow("wrong root") << u"contacts"_s << QByteArray("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>");
    QTest::newRow("no content") << u"lists"_s << QByteArray("<entry xmlns=\"http://www.w3.org/2005/Atom\"/>");
    QTest::newRow("wrong payload") << u"lists"_s
                                   << QByteArray("<entry xmlns=\"http://www.w3.org/2005/Atom\"><content><Contact "
                                                 "xmlns=\"http://ws.constantcontact.com/ns/1.0/\"/></content></entry>");
    QTest::newRow("deep nesting") << u"campaigns"_s << QByteArray(QByteArray("<a>").repeated(200));
    QTest::newRow("binary") << u"events"_s << QByteArray("\x00\x01\xff\xfe<", 5);
}

void TestSandboxHttp::malformedBodies()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const Reply r = m_h->post(path, body);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.body.startsWith("Error 400: "), r.body.constData());
    // The server is still fine afterwards.
    QCOMPARE(m_h->get(u"lists"_s).status, 200);
}

void TestSandboxHttp::randomBodiesAreRejected_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("valid");
    QTest::addColumn<QByteArray>("type");
    const QByteArray atom = "application/atom+xml";
    const QByteArray event = eventEntry(u"<Name>Fuzz</Name><EventLocation><City>X</City></EventLocation>"_s);
    QTest::newRow("POST contacts") << QByteArray("POST") << u"contacts"_s
                                   << contactEntry(u"fuzz@example.com"_s, {listUri(1)}) << atom;
    QTest::newRow("PUT contact") << QByteArray("PUT") << u"contacts/1"_s
                                 << contactEntry(u"fuzz@example.com"_s, {listUri(1)}) << atom;
    QTest::newRow("POST lists") << QByteArray("POST") << u"lists"_s << listEntry(u"Fuzz"_s) << atom;
    QTest::newRow("PUT list") << QByteArray("PUT") << u"lists/2"_s << listEntry(u"Fuzz"_s) << atom;
    QTest::newRow("POST campaigns") << QByteArray("POST") << u"campaigns"_s << campaignEntry(u"Fuzz"_s) << atom;
    QTest::newRow("POST events") << QByteArray("POST") << u"events"_s << event << atom;
    QTest::newRow("POST activities")
        << QByteArray("POST") << u"activities"_s
        << QByteArray(
               "activityType=SV_ADD&data=EMAIL+ADDRESS%0Aa%40b.example%0A&lists=%2Fws%2Fcustomers%2Fdemo%2Flists%2F1")
        << QByteArray("application/x-www-form-urlencoded");
}

void TestSandboxHttp::randomBodiesAreRejected()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, valid);
    QFETCH(QByteArray, type);
    QRandomGenerator rng(42);
    for (int round = 0; round < 40; ++round) {
        QByteArray body;
        switch (round % 4) {
        case 0: // random bytes
            body.resize(rng.bounded(1, 400));
            for (char &c : body)
                c = char(rng.bounded(256));
            break;
        case 1: // a valid body cut short
            body = valid.left(rng.bounded(1, int(valid.size()) - 1));
            break;
        case 2: // a valid body with a byte replaced by markup
            body = valid;
            body[rng.bounded(int(body.size()))] = "<>&\"'="[rng.bounded(6)];
            break;
        default: // a valid body with random bytes inserted
            body = valid;
            body.insert(rng.bounded(int(body.size())), QByteArray(rng.bounded(1, 8), char(rng.bounded(1, 32))));
            break;
        }
        const Reply r = m_h->request(method, path, body, type);
        // A mutated body may still be valid (e.g. a changed name); it must never be a 5xx or no answer.
        QVERIFY2(r.status >= 200 && r.status < 500,
                 qPrintable(u"%1 for %2"_s.arg(r.status).arg(QString::fromLatin1(body.toPercentEncoding()))));
        if (r.status >= 400)
            QVERIFY(r.body.startsWith("Error "));
    }
    QCOMPARE(m_h->get(u"lists"_s).status, 200);
}

void TestSandboxHttp::unicodeRoundTrip()
{
    const QString name = u"Zoë 李 😀 <&> \"quoted\""_s;
    QString escaped = name;
    escaped.replace(u"&"_s, u"&amp;"_s).replace(u"<"_s, u"&lt;"_s).replace(u">"_s, u"&gt;"_s);
    const Reply r =
        m_h->post(u"contacts"_s, contactEntry(u"unicode@example.com"_s, {listUri(1)}, u"ACTION_BY_CUSTOMER"_s,
                                              u"<FirstName>%1</FirstName>"_s.arg(escaped)));
    QCOMPARE(r.status, 201);
    QCOMPARE(xml::text(r.body, u"FirstName"_s), name);
    const QString location = QString::fromUtf8(r.header("Location"));
    QCOMPARE(xml::text(m_h->get(location.mid(location.indexOf(u"/ws/"_s))).body, u"FirstName"_s), name);
    // Control characters XML cannot carry are refused by the parser.
    QCOMPARE(m_h->post(u"contacts"_s, contactEntry(u"ctrl@example.com"_s, {listUri(1)}, u"ACTION_BY_CUSTOMER"_s,
                                                   u"<FirstName>a\u0001b</FirstName>"_s))
                 .status,
             400);
    QCOMPARE(m_h->post(u"contacts"_s, contactEntry(QString(10000, u'a') + u"@example.com"_s, {listUri(1)})).status,
             400);
}

void TestSandboxHttp::rootServiceDocument()
{
    for (const QString &path : {u"/ws/customers/demo/"_s, u"/ws/customers/demo"_s}) {
        const Reply r = m_h->get(path);
        QCOMPARE(r.status, 200);
        QCOMPARE(xml::root(r.body), qMakePair(u"service"_s, u"http://www.w3.org/2007/app"_s));
        const QStringList hrefs = xml::attributes(r.body, u"collection"_s, u"href"_s);
        QCOMPARE(hrefs.size(), 6);
        for (const QString &c :
             {u"contacts"_s, u"lists"_s, u"campaigns"_s, u"activities"_s, u"settings/emailaddresses"_s, u"events"_s})
            QVERIFY(hrefs.contains(u"http://api.constantcontact.com/ws/customers/demo/"_s + c));
        QCOMPARE(xml::namespaceOf(r.body, u"title"_s), u"http://www.w3.org/2005/Atom"_s);
    }
}

void TestSandboxHttp::eventServiceDocuments_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("campaign") << u"campaigns/1100546096289/events/"_s;
    QTest::newRow("contact") << u"contacts/1/events/"_s;
}

void TestSandboxHttp::eventServiceDocuments()
{
    QFETCH(QString, path);
    const Reply r = m_h->get(path);
    QCOMPARE(r.status, 200);
    QCOMPARE(xml::root(r.body).first, u"service"_s);
    const QStringList hrefs = xml::attributes(r.body, u"collection"_s, u"href"_s);
    QCOMPARE(hrefs.size(), 6);
    for (const QString &kind : {u"bounces"_s, u"clicks"_s, u"forwards"_s, u"opens"_s, u"optouts"_s, u"sends"_s}) {
        const QString href = u"http://api.constantcontact.com/ws/customers/demo/"_s + path + kind;
        QVERIFY2(hrefs.contains(href), qPrintable(href));
        QCOMPARE(m_h->get(path + kind).status, 200);
    }
}

void TestSandboxHttp::emailAddresses()
{
    const Reply feed = m_h->get(u"settings/emailaddresses"_s);
    QCOMPARE(feed.status, 200);
    const auto emails = xml::records(feed.body, u"Email"_s);
    QCOMPARE(emails.size(), 2);
    QCOMPARE(emails.at(0).value(u"Status"_s), u"Verified"_s);
    QVERIFY(!emails.at(0).value(u"VerifiedTime"_s).isEmpty());
    QCOMPARE(emails.at(1).value(u"Status"_s), u"Pending"_s);
    QVERIFY(!emails.at(1).contains(u"VerifiedTime"_s));
    const Reply one = m_h->get(u"settings/emailaddresses/1"_s);
    QCOMPARE(one.status, 200);
    QCOMPARE(xml::root(one.body).first, u"entry"_s);
    QCOMPARE(xml::text(one.body, u"EmailAddress"_s), emails.at(0).value(u"EmailAddress"_s));
    QCOMPARE(xml::count(one.body, u"source"_s), 1);
}

void TestSandboxHttp::idsUseThePublicHost()
{
    const Reply r = m_h->get(u"contacts"_s);
    for (const QString &id : xml::texts(r.body, u"id"_s))
        QVERIFY2(id.startsWith(u"http://api.constantcontact.com/ws/customers/demo/"_s), qPrintable(id));
    for (const QString &href : xml::attributes(r.body, u"link"_s, u"href"_s))
        QVERIFY2(!href.contains(u"127.0.0.1"_s), qPrintable(href));
    QCOMPARE(xml::namespaceOf(r.body, u"Contact"_s), u"http://ws.constantcontact.com/ns/1.0/"_s);
}

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandbox_http.moc"
