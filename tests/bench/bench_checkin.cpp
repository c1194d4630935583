// SPDX-License-Identifier: GPL-3.0-or-later
// Check-in at the door (issue 11): a keystroke in the search over 5,000 registrants, well under
// 10 ms. Names, e-mails and tickets are typed one key at a time into CheckInIndex::match() and
// into the window's model (CheckInMatchModel::setQuery, a model reset included); the reference,
// in the same run, is the naive search: QString::contains(…, Qt::CaseInsensitive) on every
// field of every registrant (which does not even ignore accents).
//   bench_checkin [--registrants N] [--runs N]
#include "models/checkinmatchmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <cstdio>

namespace {

QList<ctct::Registrant> generate(int n)
{
    static const char *const first[] = {"Ann",   "Jörg", "Priya",  "Tomás", "Wei",     "Fatima", "Liam", "Sofía",
                                        "Émile", "Noah", "Olivia", "Mateo", "Aisling", "Kenji",  "Zoë",  "Dmitri",
                                        "Mary",  "John", "Lucía",  "Omar",  "Ingrid",  "Chloé",  "Leo"};
    static const char *const last[] = {"Lee",     "Müller",    "Raman",    "Novák",     "Zhang",  "Haddad",
                                       "O'Brien", "Lindqvist", "García",   "Smith",     "Okafor", "Rossi",
                                       "Dubois",  "Kowalski",  "Nakamura", "Fernández", "Ng",     "Lefèvre",
                                       "Murphy",  "Petrov",    "Silva",    "MacLeod",   "Kelly"};
    constexpr int nf = int(std::size(first));
    constexpr int nl = int(std::size(last));
    static const char *const status[] = {"REGISTERED", "REGISTERED", "REGISTERED", "REGISTERED", "REGISTERED",
                                         "REGISTERED", "REGISTERED", "CANCELLED",  "REGISTERED", "ABANDONED"};
    QList<ctct::Registrant> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        ctct::Registrant r;
        r.id = QStringLiteral("http://api.constantcontact.com/ws/customers/demo/events/a07e0000/registrants/001%1")
                   .arg(qulonglong(i) * 2654435761ULL % 1000000007ULL, 12, 36, QLatin1Char('0'));
        r.firstName = QString::fromUtf8(first[(i * 7) % nf]);
        r.lastName = QString::fromUtf8(last[(i * 13 / 3) % nl]);
        r.title = r.firstName + u' ' + r.lastName;
        r.emailAddress = QString(r.firstName + u'.' + r.lastName + QString::number(i) + u"@example.com").toLower();
        r.registrationStatus = QString::fromLatin1(status[i % 10]);
        r.attendanceStatus = i % 11 == 0 ? QStringLiteral("ATTENDED") : QStringLiteral("NOT_ATTENDED");
        r.guestCount = i % 3 == 0 ? (i % 2) + 1 : 0;
        r.ticketId = QStringLiteral("BKO-4-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        out.append(r);
    }
    return out;
}

template<typename F>
double ms(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

struct Stats
{
    double median = 0, p95 = 0, worst = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[v.size() * 95 / 100], v.back()};
}

// The naive search: every word in some field, compared case-insensitively as it is.
qsizetype naive(const QList<ctct::Registrant> &all, const QString &query)
{
    const QStringList words = query.split(u' ', Qt::SkipEmptyParts);
    qsizetype n = 0;
    for (const ctct::Registrant &r : all) {
        bool every = true;
        for (const QString &w : words) {
            if (!r.firstName.contains(w, Qt::CaseInsensitive) && !r.lastName.contains(w, Qt::CaseInsensitive) &&
                !r.emailAddress.contains(w, Qt::CaseInsensitive) && !r.ticketId.contains(w, Qt::CaseInsensitive) &&
                !r.id.contains(w, Qt::CaseInsensitive)) {
                every = false;
                break;
            }
        }
        n += every;
    }
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int n = 5000;
    int runs = 20;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--registrants")
            n = std::max(1, args[i + 1].toInt());
        else if (args[i] == u"--runs")
            runs = std::max(1, args[i + 1].toInt());
    }
    const QList<ctct::Registrant> registrants = generate(n);
    ctct::CheckInMatchModel model;
    const double load = ms([&] {
        for (qsizetype i = 0; i < registrants.size(); i += 50) // as pages arrive
            model.append(registrants.mid(i, 50));
    });
    const ctct::CheckInIndex &index = model.checkInIndex();
    std::printf("registrants: %d\nloading %lld pages of 50 (keys folded, sorted): %.1f ms\n", n,
                static_cast<long long>((n + 49) / 50), load);

    // What the door types: a name, a name and a first name, an e-mail, a scanned ticket.
    const ctct::Registrant &target = registrants[registrants.size() / 3];
    const QStringList queries = {target.lastName, target.firstName + u' ' + target.lastName, target.emailAddress,
                                 target.ticketId};
    std::vector<double> indexTimes, modelTimes, naiveTimes;
    qsizetype lastMatches = 0;
    qsizetype naiveMatches = 0;
    // Each way on its own pass, so that one's cache does not help the other.
    const auto typeAll = [&](const std::function<void(const QString &)> &keystroke, std::vector<double> &times) {
        for (int run = 0; run < runs; ++run) {
            for (const QString &q : queries) {
                for (qsizetype k = 1; k <= q.size(); ++k) {
                    const QString typed = q.left(k);
                    times.push_back(ms([&] { keystroke(typed); }));
                }
            }
        }
    };
    typeAll([&](const QString &typed) { lastMatches = qsizetype(index.match(typed).size()); }, indexTimes);
    typeAll([&](const QString &typed) { model.setQuery(typed); }, modelTimes);
    typeAll([&](const QString &typed) { naiveMatches = naive(registrants, typed); }, naiveTimes);
    const Stats i = stats(indexTimes), m = stats(modelTimes), r = stats(naiveTimes);
    std::printf("keystrokes timed: %zu (%d runs of %lld queries typed key by key)\n", indexTimes.size(), runs,
                static_cast<long long>(queries.size()));
    std::printf("CheckInIndex::match:          median %6.3f ms, 95%% %6.3f ms, worst %6.3f ms (ticket -> %lld row)\n",
                i.median, i.p95, i.worst, static_cast<long long>(lastMatches));
    std::printf("CheckInMatchModel::setQuery:  median %6.3f ms, 95%% %6.3f ms, worst %6.3f ms\n", m.median, m.p95,
                m.worst);
    std::printf("reference, naive contains():  median %6.3f ms, 95%% %6.3f ms, worst %6.3f ms (ticket -> %lld rows)\n",
                r.median, r.p95, r.worst, static_cast<long long>(naiveMatches));
    return 0;
}
