// SPDX-License-Identifier: GPL-3.0-or-later
// ctct-sandbox: the Constant Contact v1 API on 127.0.0.1, with demo data and faults on demand.
#include "ctct_version.h"
#include "sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using ctct::sandbox::Sandbox;

namespace {

bool readRate(const QCommandLineParser &parser, const QString &name, double *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double v = parser.value(name).toDouble(&ok);
    if (!ok || v < 0 || v > 1) {
        *error = u"--%1 needs a probability between 0 and 1"_s.arg(name);
        return false;
    }
    *out = v;
    return true;
}

bool readInt(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max, qint64 *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 v = parser.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        *error = u"--%1 needs a whole number from %2 to %3"_s.arg(name).arg(min).arg(max);
        return false;
    }
    *out = v;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ctct-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CTCT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local Constant Contact v1 (Atom/XML) API with persistent storage and demo data.\n"
        "Listens on 127.0.0.1 only. Log in as user demo with API key sandbox-key and password sandbox\n"
        "(HTTP Basic \"sandbox-key%demo\" : \"sandbox\"), or with the bearer token sandbox-token."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"port"_s, u"TCP port on 127.0.0.1 (default 8080; 0 picks a free one)."_s, u"N"_s, u"8080"_s},
        {u"data"_s, u"Directory of the data files (default %1)."_s.arg(Sandbox::defaultDataDir()), u"DIR"_s},
        {u"memory"_s, u"Keep everything in memory; nothing is written to disk."_s},
        {u"empty"_s, u"A new store starts with only the system lists and the verified sender address."_s},
        {u"contacts"_s, u"Number of demo contacts in a new store (default 2500)."_s, u"N"_s},
        {u"registrants"_s,
         u"A new store gets one more event, today, with N registrants (some with guests,\n"
         "some cancelled, some checked in already), for check-in tests and benchmarks."_s,
         u"N"_s},
        {u"seed"_s, u"Seed of the demo data generator; the same seed gives the same data (default 1)."_s, u"S"_s},
        {u"latency"_s, u"Delay every answer by MS milliseconds."_s, u"MS"_s},
        {u"fail-rate"_s, u"Answer this share of requests (0..1) with 500 or 503."_s, u"P"_s},
        {u"fail-only"_s,
         u"Apply --fail-rate only to requests whose \"METHOD /path\" contains TEXT\n"
         "(e.g. \"PUT\" or \"attendancestatus\")."_s,
         u"TEXT"_s},
        {u"fail-times"_s, u"Fail at most N requests (with --fail-rate), then answer normally."_s, u"N"_s},
        {u"hang-rate"_s, u"Never answer this share of requests (0..1)."_s, u"P"_s},
        {u"malformed-rate"_s, u"Send this share of 200 XML answers (0..1) truncated and garbled."_s, u"P"_s},
        {u"rate-limit"_s, u"Allow N requests per second; more get 403 \"over rate limit\"."_s, u"N"_s},
        {u"reset-damaged"_s, u"When a data file is damaged, rename it to FILE.damaged-TIME and start a new store\n"
                             "(with demo data) instead of refusing to start."_s},
        {u"activity-step"_s, u"Milliseconds between activity states PENDING, RUNNING, COMPLETE (default 1000)."_s,
         u"MS"_s},
    });
    parser.process(app);

    Sandbox::Options options;
    QString error;
    qint64 port = options.port;
    qint64 contacts = options.contacts;
    qint64 registrants = options.registrants;
    qint64 failTimes = options.failTimes;
    qint64 seed = options.seed;
    qint64 latency = 0;
    qint64 rateLimit = 0;
    qint64 step = options.activityStepMs;
    const bool ok = readInt(parser, u"port"_s, 0, 65535, &port, &error) &&
                    readInt(parser, u"contacts"_s, 0, 1000000, &contacts, &error) &&
                    readInt(parser, u"registrants"_s, 0, 100000, &registrants, &error) &&
                    readInt(parser, u"fail-times"_s, 0, 1000000, &failTimes, &error) &&
                    readInt(parser, u"seed"_s, 0, 4294967295LL, &seed, &error) &&
                    readInt(parser, u"latency"_s, 0, 3600000, &latency, &error) &&
                    readInt(parser, u"rate-limit"_s, 0, 1000000, &rateLimit, &error) &&
                    readInt(parser, u"activity-step"_s, 0, 3600000, &step, &error) &&
                    readRate(parser, u"fail-rate"_s, &options.failRate, &error) &&
                    readRate(parser, u"hang-rate"_s, &options.hangRate, &error) &&
                    readRate(parser, u"malformed-rate"_s, &options.malformedRate, &error);
    if (ok && parser.isSet(u"memory"_s) && parser.isSet(u"data"_s))
        error = u"--memory and --data exclude each other"_s;
    if (!error.isEmpty()) {
        std::fprintf(stderr, "ctct-sandbox: %s\n", qPrintable(error));
        return 2;
    }
    options.port = quint16(port);
    options.contacts = int(contacts);
    options.registrants = int(registrants);
    options.failTimes = int(failTimes);
    options.failOnly = parser.value(u"fail-only"_s);
    options.seed = quint32(seed);
    options.latencyMs = int(latency);
    options.rateLimit = int(rateLimit);
    options.activityStepMs = int(step);
    options.memory = parser.isSet(u"memory"_s);
    options.dataDir = parser.value(u"data"_s);
    options.empty = parser.isSet(u"empty"_s);
    options.resetDamaged = parser.isSet(u"reset-damaged"_s);

    Sandbox sandbox(options);
    QElapsedTimer timer;
    timer.start();
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "ctct-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("ctct-sandbox listening on %s\n", qPrintable(sandbox.baseUrl().toString()));
    std::printf("  user demo, API key %s, password %s (Basic \"%s%%demo\":\"%s\"), bearer token %s\n",
                Sandbox::kDemoApiKey, Sandbox::kDemoPassword, Sandbox::kDemoApiKey, Sandbox::kDemoPassword,
                Sandbox::kDemoToken);
    std::printf("  data: %s; started in %lld ms\n",
                options.memory ? "in memory"
                               : qPrintable(options.dataDir.isEmpty() ? Sandbox::defaultDataDir() : options.dataDir),
                static_cast<long long>(timer.elapsed()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
