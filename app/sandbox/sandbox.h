// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ctct::sandbox {

class Api;
class HttpFrontend;
class Store;
struct HttpRequest;
struct HttpResponse;

// A local Constant Contact v1 API: start() it, point a client at baseUrl(), log in with the demo
// credentials. Used by the ctct-sandbox executable, embeddable in-process by the app and the CLI,
// and started on port 0 by the integration tests.
class Sandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sandbox)

public:
    struct Options
    {
        quint16 port = 8080;          // 0 picks a free port
        QString dataDir;              // empty: the default data directory (unless memory)
        bool memory = false;          // keep everything in memory (tests)
        bool empty = false;           // a new store gets only system lists and the verified sender address
        int contacts = 2500;          // demo contacts in a new store
        int registrants = 0;          // > 0: a new store gets one more event with this many registrants
        quint32 seed = 1;             // demo data generator seed
        int latencyMs = 0;            // delay every answer
        double failRate = 0;          // share of requests answered 500/503
        QString failOnly;             // fail only requests whose "METHOD /path" contains this (empty: all)
        int failTimes = 0;            // fail at most this many requests, then answer normally (0: no limit)
        double hangRate = 0;          // share of requests never answered
        double malformedRate = 0;     // share of 200 XML answers with a broken body
        int rateLimit = 0;            // requests per second before 403 "over rate limit" (0 = off)
        int activityStepMs = 1000;    // time between activity states
        bool resetDamaged = false;    // a damaged data file is renamed *.damaged-TIME and a new one made
        int requestTimeoutMs = 10000; // a request whose head or body stalls this long is closed (408)
        int idleTimeoutMs = 60000;    // a connection without a request is closed after this
        // Milliseconds of a steady clock for the rate limit's one-second windows; empty: the
        // system's steady clock. Tests turn it by hand.
        std::function<qint64()> clock;
    };

    // The largest request body read: the activity limit (decision 13, 4 MiB) plus room for the
    // form encoding or multipart framing around it.
    static constexpr qint64 kMaxBodyBytes = 4 * 1024 * 1024 + 256 * 1024;
    // localhost, 127.x.x.x or [::1], with or without a port (DNS-rebinding protection).
    static bool isLoopbackHost(QByteArrayView host);

    struct Account
    {
        QString user;
        QString apiKey;
        QString password;
        QString token;
    };

    static constexpr const char *kDemoUser = "demo";
    static constexpr const char *kDemoApiKey = "sandbox-key";
    static constexpr const char *kDemoPassword = "sandbox";
    static constexpr const char *kDemoToken = "sandbox-token";

    // The demo account's login, the one function every client of the sandbox signs in with.
    static Account demoAccount()
    {
        return {QString::fromLatin1(kDemoUser), QString::fromLatin1(kDemoApiKey), QString::fromLatin1(kDemoPassword),
                QString::fromLatin1(kDemoToken)};
    }

    explicit Sandbox(const Options &options, QObject *parent = nullptr);
    ~Sandbox() override;

    bool start(QString *error);
    quint16 port() const;
    // http://127.0.0.1:PORT/ws/customers/demo/
    QUrl baseUrl() const;
    // The accounts this sandbox knows: demo first, then a second one ("other") for 403 tests.
    const QList<Account> &accounts() const { return m_accounts; }
    // Where a data file lives when neither dataDir nor memory is given.
    static QString defaultDataDir();
    // Milliseconds the demo data took to generate during start() (0 when the store existed).
    qint64 seedMillis() const { return m_seedMillis; }

Q_SIGNALS:
    // A request's answer is held back for --latency (it follows after the delay).
    void answerDelayed(const QString &path);
    // A request is never answered (--hang-rate).
    void answerWithheld(const QString &path);
    // A bulk activity of `user` took a step (its status or progress may have changed).
    void activityStepped(const QString &user, const QString &id);

private:
    struct AccountState;

    void handle(const HttpRequest &request, std::function<void(const HttpResponse &)> reply);
    HttpResponse route(const HttpRequest &request);
    // Decides on a request from its head, before its body is read.
    std::optional<HttpResponse> admit(const HttpRequest &head, qint64 bodyBytes) const;
    static HttpResponse unauthorized(bool presented);
    const Account *authenticate(const HttpRequest &request, bool *presented) const;
    bool overRateLimit();
    // Whether this request is to fail (--fail-rate, narrowed by --fail-only and --fail-times).
    bool failNow(const HttpRequest &request);
    // Renames a damaged data file (and its WAL) to FILE.damaged-TIME; the new name, or empty.
    static QString setAside(const QString &file, QString *error);

    Options m_options;
    QList<Account> m_accounts;
    std::vector<std::unique_ptr<AccountState>> m_states;
    std::unique_ptr<HttpFrontend> m_frontend;
    QRandomGenerator m_faults;
    QElapsedTimer m_steadyClock;
    qint64 m_rateWindowStart = 0;
    int m_rateCount = 0;
    int m_failures = 0; // requests failed on purpose so far
    qint64 m_seedMillis = 0;
};

} // namespace ctct::sandbox
