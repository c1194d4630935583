// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox.h"

#include "activityrunner.h"
#include "api.h"
#include "demodata.h"
#include "http.h"
#include "httpfrontend.h"
#include "logging.h"
#include "store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ctct::sandbox {

struct Sandbox::AccountState
{
    Account account;
    std::unique_ptr<Store> store;
    std::unique_ptr<Api> api;
};

Sandbox::Sandbox(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_faults(options.seed ^ 0x5eedu)
{
    m_accounts = {
        {QString::fromLatin1(kDemoUser), QString::fromLatin1(kDemoApiKey), QString::fromLatin1(kDemoPassword),
         QString::fromLatin1(kDemoToken)},
        {u"other"_s, u"other-key"_s, u"other-pass"_s, u"other-token"_s},
    };
}

Sandbox::~Sandbox()
{
    // The APIs (and their activity timers) go before the stores they use.
    for (auto &state : m_states)
        state->api.reset();
}

QString Sandbox::setAside(const QString &file, QString *error)
{
    const QString aside = file + u".damaged-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    if (!QFile::rename(file, aside)) {
        *error = u"the data file %1 is damaged and cannot be renamed to %2"_s.arg(file, aside);
        return {};
    }
    // The write-ahead log belongs to the damaged file; a new store must not replay it.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(file + suffix) && !QFile::rename(file + suffix, aside + suffix)) {
            *error = u"cannot set %1 aside"_s.arg(file + suffix);
            return {};
        }
    }
    return aside;
}

QString Sandbox::defaultDataDir()
{
    // The generic location, so that the executable and programs embedding the sandbox share one store.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/ctct-sandbox"_s;
}

bool Sandbox::start(QString *error)
{
    QString dir;
    if (!m_options.memory) {
        dir = m_options.dataDir.isEmpty() ? defaultDataDir() : m_options.dataDir;
        if (!QDir().mkpath(dir)) {
            *error = u"cannot create the data directory %1"_s.arg(dir);
            return false;
        }
    }
    for (const Account &account : std::as_const(m_accounts)) {
        auto state = std::make_unique<AccountState>();
        state->account = account;
        state->store = std::make_unique<Store>();
        const bool demo = account.user == QLatin1StringView(kDemoUser);
        const QString file =
            dir.isEmpty() ? QString() : dir + (demo ? u"/sandbox.sqlite"_s : u"/sandbox-%1.sqlite"_s.arg(account.user));
        bool damaged = false;
        if (!state->store->open(file, error, &damaged)) {
            if (!damaged || !m_options.resetDamaged) {
                if (damaged)
                    *error += u"; start with --reset-damaged to set it aside and begin a new store"_s;
                return false;
            }
            state->store.reset();
            const QString aside = setAside(file, error);
            if (aside.isEmpty())
                return false;
            qCWarning(lcStore) << "damaged data file set aside as" << aside;
            state->store = std::make_unique<Store>();
            if (!state->store->open(file, error))
                return false;
        }
        if (!state->store->isSeeded()) {
            QElapsedTimer timer;
            timer.start();
            DemoData::Settings settings;
            settings.user = account.user;
            settings.seed = m_options.seed;
            settings.contacts = m_options.contacts;
            settings.registrants = m_options.registrants;
            settings.empty = m_options.empty || !demo;
            if (!DemoData::populate(*state->store, settings, error))
                return false;
            if (demo)
                m_seedMillis = timer.elapsed();
            qCInfo(lcStore) << "seeded" << account.user << "in" << timer.elapsed() << "ms";
        }
        state->api = std::make_unique<Api>(*state->store, account.user, m_options.activityStepMs);
        connect(&state->api->activityRunner(), &ActivityRunner::stepped, this,
                [this, user = account.user](const QString &id) { Q_EMIT activityStepped(user, id); });
        m_states.push_back(std::move(state));
    }
    for (auto &state : m_states)
        state->api->resumeActivities();

    ConnectionGuard::Limits limits;
    limits.maxBodyBytes = kMaxBodyBytes;
    limits.requestTimeoutMs = m_options.requestTimeoutMs;
    limits.idleTimeoutMs = m_options.idleTimeoutMs;
    m_frontend = std::make_unique<HttpFrontend>(
        [this](const HttpRequest &request, Responder reply) { handle(request, std::move(reply)); },
        [this](const HttpRequest &head, qint64 bodyBytes) { return admit(head, bodyBytes); }, limits);
    if (!m_frontend->listen(m_options.port, error))
        return false;
    if (!m_options.clock) {
        m_steadyClock.start();
        m_options.clock = [this] { return m_steadyClock.elapsed(); };
    }
    m_rateWindowStart = m_options.clock();
    return true;
}

quint16 Sandbox::port() const
{
    return m_frontend ? m_frontend->port() : 0;
}

QUrl Sandbox::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/ws/customers/%2/"_s.arg(port()).arg(QLatin1StringView(kDemoUser)));
}

bool Sandbox::overRateLimit()
{
    if (m_options.rateLimit <= 0)
        return false;
    const qint64 now = m_options.clock();
    if (now - m_rateWindowStart >= 1000) {
        m_rateWindowStart = now;
        m_rateCount = 0;
    }
    return ++m_rateCount > m_options.rateLimit;
}

bool Sandbox::failNow(const HttpRequest &request)
{
    if (m_options.failRate <= 0)
        return false;
    if (m_options.failTimes > 0 && m_failures >= m_options.failTimes)
        return false;
    if (!m_options.failOnly.isEmpty() &&
        !QString(QString::fromLatin1(request.method) + u' ' + request.path).contains(m_options.failOnly))
        return false;
    if (m_faults.generateDouble() >= m_options.failRate)
        return false;
    ++m_failures;
    return true;
}

void Sandbox::handle(const HttpRequest &request, std::function<void(const HttpResponse &)> reply)
{
    if (overRateLimit()) {
        reply(HttpResponse::error(403, u"over rate limit"_s));
        return;
    }
    if (failNow(request)) {
        const int status = m_faults.bounded(2) == 0 ? 500 : 503;
        qCDebug(lcFaults) << "failing" << request.path << "with" << status;
        reply(HttpResponse::error(status, u"simulated server failure (--fail-rate)"_s));
        return;
    }
    if (m_options.hangRate > 0 && m_faults.generateDouble() < m_options.hangRate) {
        qCDebug(lcFaults) << "never answering" << request.path;
        Q_EMIT answerWithheld(request.path);
        return; // the connection stays open until the client gives up
    }
    HttpResponse response = route(request);
    response.headers.append({"Server"_ba, "ctct-sandbox"_ba});
    if (m_options.malformedRate > 0 && response.status == 200 && response.contentType.contains("xml") &&
        m_faults.generateDouble() < m_options.malformedRate) {
        // Cut the document in the middle of an element and add a byte XML cannot hold.
        response.body.truncate(std::max<qsizetype>(1, response.body.size() / 2));
        response.body.append("\x01</broken");
        qCDebug(lcFaults) << "garbling" << request.path;
    }
    if (m_options.latencyMs > 0) {
        Q_EMIT answerDelayed(request.path);
        QTimer::singleShot(m_options.latencyMs, this, [reply = std::move(reply), response]() { reply(response); });
        return;
    }
    reply(response);
}

const Sandbox::Account *Sandbox::authenticate(const HttpRequest &request, bool *presented) const
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    *presented = !authorization.isEmpty();
    if (authorization.startsWith("Basic ") || authorization.startsWith("basic ")) {
        const auto decoded = QByteArray::fromBase64Encoding(authorization.mid(6).trimmed());
        if (!decoded)
            return nullptr;
        const QString credentials = QString::fromUtf8(decoded.decoded);
        const qsizetype colon = credentials.indexOf(u':');
        if (colon < 0)
            return nullptr;
        const QString login = credentials.left(colon);
        const QString password = credentials.mid(colon + 1);
        const qsizetype percent = login.indexOf(u'%');
        if (percent < 0)
            return nullptr;
        const QString key = login.left(percent);
        const QString user = login.mid(percent + 1);
        for (const Account &a : m_accounts) {
            if (a.user == user.toLower() && a.apiKey == key && a.password == password)
                return &a;
        }
        return nullptr;
    }
    QString token;
    if (authorization.startsWith("Bearer ") || authorization.startsWith("bearer ")) {
        token = QString::fromUtf8(authorization.mid(7).trimmed());
    } else if (authorization.isEmpty()) {
        for (const auto &[k, v] : request.queryItems()) {
            if (k == u"access_token") {
                token = v;
                *presented = true;
            }
        }
    }
    if (token.isEmpty())
        return nullptr;
    for (const Account &a : m_accounts) {
        if (a.token == token)
            return &a;
    }
    return nullptr;
}

bool Sandbox::isLoopbackHost(QByteArrayView host)
{
    QByteArrayView name = host.trimmed();
    QByteArrayView port;
    if (name.startsWith('[')) {
        const qsizetype close = name.indexOf(']');
        if (close < 0)
            return false;
        port = name.sliced(close + 1);
        name = name.sliced(1, close - 1);
        if (!port.isEmpty() && !port.startsWith(':'))
            return false;
    } else if (const qsizetype colon = name.lastIndexOf(':'); colon >= 0) {
        port = name.sliced(colon);
        name = name.first(colon);
    }
    if (!port.isEmpty()) {
        port = port.sliced(1);
        if (port.isEmpty() || port.size() > 5 ||
            !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return false;
    }
    if (name.compare("localhost", Qt::CaseInsensitive) == 0 || name.compare("localhost.", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(QString::fromLatin1(name.toByteArray()));
    return !address.isNull() && address.isLoopback();
}

HttpResponse Sandbox::unauthorized(bool presented)
{
    HttpResponse r = HttpResponse::error(
        401, presented ? u"invalid credentials: send Basic {apikey}%{username}:{password} or a Bearer token"_s
                       : u"authentication required: send Basic {apikey}%{username}:{password} or a Bearer token"_s);
    r.headers.append({"WWW-Authenticate"_ba, "Basic realm=\"api.constantcontact.com\""_ba});
    return r;
}

std::optional<HttpResponse> Sandbox::admit(const HttpRequest &head, qint64 bodyBytes) const
{
    const QByteArray host = head.header("Host");
    if (!isLoopbackHost(host))
        return HttpResponse::error(400, u"the sandbox answers requests for localhost, 127.0.0.1 or [::1] only "
                                        "(Host: \"%1\")"_s.arg(QString::fromLatin1(host.left(100))));
    if (bodyBytes == 0)
        return std::nullopt; // the API layer authenticates what has no body
    bool presented = false;
    if (!authenticate(head, &presented))
        return unauthorized(presented); // a body is read for known callers only
    if (bodyBytes > kMaxBodyBytes) {
        if (head.method == "POST" && head.path.endsWith(u"/activities"))
            return HttpResponse::error(400, u"activity too large (limit 40000 rows / 4 MiB)"_s);
        return HttpResponse::error(413, u"request body too large (at most %1 bytes)"_s.arg(kMaxBodyBytes));
    }
    return std::nullopt;
}

HttpResponse Sandbox::route(const HttpRequest &request)
{
    static const QString prefix = u"/ws/customers/"_s;
    if (!request.path.startsWith(prefix))
        return HttpResponse::error(
            404, u"no resource at %1; the API lives under /ws/customers/{username}/"_s.arg(request.path));
    bool presented = false;
    const Account *account = authenticate(request, &presented);
    if (!account)
        return unauthorized(presented);
    const qsizetype slash = request.path.indexOf(u'/', prefix.size());
    const QString user = request.path.mid(prefix.size(), slash < 0 ? -1 : slash - prefix.size());
    const QString rest = slash < 0 ? QString() : request.path.mid(slash);
    if (user != account->user)
        return HttpResponse::error(403, u"these credentials are for the account %1, not %2"_s.arg(account->user, user));
    for (auto &state : m_states) {
        if (state->account.user == user)
            return state->api->handle(request, rest);
    }
    return HttpResponse::error(404, u"no account %1"_s.arg(user));
}

} // namespace ctct::sandbox
