// SPDX-License-Identifier: GPL-3.0-or-later
// A start on the local copy of an account of 100,000 contacts (design.md §10, issue 12: first
// rows < 300 ms, the whole set searchable < 1 s), step by step as the Contacts tab takes it:
// opening the store (with its integrity check), reading every contact on a worker, building the
// rows with their search keys, the model's reset under ContactFilterModel, and the first
// keystroke over all of them. References in the same run: a bare SQLite scan of the same table,
// and the stock QSortFilterProxyModel's keystroke over the same rows.
//   bench_cachestart [--contacts N] [--runs R]
#include "cache/accountstore.h"
#include "models/contactfiltermodel.h"
#include "models/contacttablemodel.h"
#include "models/roles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ctct;
using namespace ctct::cache;

namespace {

const QString kContacts = QStringLiteral("http://api.constantcontact.com/ws/customers/demo/contacts/");
const QString kLists = QStringLiteral("http://api.constantcontact.com/ws/customers/demo/lists/");

void fill(AccountStore &store, int n)
{
    static const char *const first[] = {"Ann",   "Jörg", "Priya",  "Tomás", "Wei",     "Fatima", "Liam", "Sofia",
                                        "Émile", "Noah", "Olivia", "Mateo", "Aisling", "Kenji",  "Zoë",  "Dmitri"};
    static const char *const last[] = {"Lee",     "Müller",    "Raman",    "Novák", "Zhang",    "Haddad",
                                       "O'Brien", "Lindqvist", "García",   "Smith", "Nakamura", "Okafor",
                                       "Rossi",   "Dubois",    "Kowalski", "Ng"};
    static const char *const status[] = {"Active", "Active", "Active", "Unconfirmed", "Removed", "Do Not Mail"};
    QList<ContactList> lists;
    for (int l = 1; l <= 6; ++l) {
        ContactList list;
        list.id = kLists + QString::number(l);
        list.name = QStringLiteral("List %1").arg(l);
        lists.append(list);
    }
    store.replaceLists(lists);
    // Pages of 50, as a sync writes them.
    for (int start = 0; start < n; start += 50) {
        std::vector<CachedContact> page;
        std::vector<std::pair<QString, QStringList>> memberships;
        for (int i = start; i < std::min(n, start + 50); ++i) {
            CachedContact c;
            c.id = kContacts + QString::number(i + 1);
            const QString f = QString::fromUtf8(first[(i * 7) % 16]);
            const QString l = QString::fromUtf8(last[(i * 13 / 3) % 16]);
            c.email = QString(f + u'.' + l + QString::number(i) + u"@example.com").toLower();
            c.name = l + u", " + f;
            c.status = QString::fromLatin1(status[i % 6]);
            c.emailType = QStringLiteral("HTML");
            c.optInSource = QStringLiteral("ACTION_BY_CUSTOMER");
            c.optInTime = QDateTime::fromMSecsSinceEpoch(1600000000000LL + qint64(i) * 7919, Qt::UTC);
            c.updated = QDateTime::fromMSecsSinceEpoch(1700000000000LL + qint64(i) * 7919, Qt::UTC);
            page.push_back(c);
            QStringList in;
            for (int k = 1; k <= 6; ++k) {
                if ((i + k) % 3 == 0)
                    in.append(kLists + QString::number(k));
            }
            memberships.emplace_back(c.id, in);
        }
        store.upsertContacts(page);
        store.setMemberships(memberships);
    }
}

template<typename F>
double ms(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int contacts = 100000;
    int runs = 5;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--contacts")
            contacts = args[i + 1].toInt();
        else if (args[i] == u"--runs")
            runs = std::max(1, args[i + 1].toInt());
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    {
        QElapsedTimer made;
        made.start();
        AccountStore::Opened opened = AccountStore::open(path);
        if (!opened.store) {
            std::fprintf(stderr, "no store: %s\n", qPrintable(opened.error));
            return 1;
        }
        fill(*opened.store, contacts);
        std::printf("store of %d contacts made in %lld ms (%lld KiB)\n", contacts,
                    static_cast<long long>(made.elapsed()), static_cast<long long>(QFileInfo(path).size() / 1024));
    }

    std::vector<double> open, read, build, reset, firstRows, keystroke, scan, stockKeystroke;
    for (int run = 0; run < runs; ++run) {
        std::unique_ptr<AccountStore> store;
        open.push_back(ms([&] { store = AccountStore::open(path).store; }));
        std::vector<CachedContact> cached;
        read.push_back(ms([&] { cached = AccountStore::readContacts(path); }));
        ContactRowSet set;
        build.push_back(ms([&] {
            std::vector<ContactRow> rows;
            rows.reserve(cached.size());
            for (const CachedContact &c : cached)
                rows.push_back(ContactRow::fromCached(c));
            set = ContactRowSet::build(std::move(rows));
        }));
        ContactTableModel model;
        ContactFilterModel proxy;
        proxy.setSourceModel(&model);
        reset.push_back(ms([&] {
            model.setRowSet(std::move(set));
            (void)proxy.index(0, 0).data(); // the first row as the view asks for it
        }));
        firstRows.push_back(open.back() + read.back() + build.back() + reset.back());
        if (model.rowCount() != contacts) {
            std::fprintf(stderr, "expected %d rows, got %d\n", contacts, model.rowCount());
            return 1;
        }
        keystroke.push_back(ms([&] { proxy.setFilterText(QStringLiteral("mul")); }));

        // References: SQLite alone reading the same rows, and the stock proxy's keystroke.
        scan.push_back(ms([&] {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("scan"));
            db.setDatabaseName(path);
            db.open();
            {
                QSqlQuery q(db);
                q.setForwardOnly(true);
                q.exec(QStringLiteral("SELECT id, status, email, email_type, name, first_name, last_name, company, "
                                      "opt_in_source, opt_in_time, opt_out_source, opt_out_time, updated FROM "
                                      "contacts ORDER BY id DESC"));
                qint64 n = 0;
                while (q.next())
                    n += q.value(2).toString().size();
                if (n == 0)
                    std::printf(" ");
            }
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("scan"));
        }));
        QSortFilterProxyModel stock;
        stock.setSourceModel(&model);
        stock.setFilterKeyColumn(-1);
        stock.setFilterCaseSensitivity(Qt::CaseInsensitive);
        (void)stock.rowCount(); // its mapping is built lazily: not part of the keystroke
        stockKeystroke.push_back(ms([&] {
            stock.setFilterFixedString(QStringLiteral("mul"));
            (void)stock.rowCount();
        }));
    }
    std::printf("median of %d runs, %d contacts:\n", runs, contacts);
    std::printf("  open the store (integrity check)   %8.1f ms\n", median(open));
    std::printf("  read every contact (worker)        %8.1f ms\n", median(read));
    std::printf("  rows and search keys (worker)      %8.1f ms\n", median(build));
    std::printf("  model reset + first row (UI)       %8.1f ms\n", median(reset));
    std::printf("  first rows on screen, all searchable %6.1f ms   (target < 300 ms for first rows, < 1 s all)\n",
                median(firstRows));
    std::printf("  first keystroke over all rows      %8.1f ms   (target <= 10 ms)\n", median(keystroke));
    std::printf("reference, same run:\n");
    std::printf("  bare SQLite scan of the table      %8.1f ms\n", median(scan));
    std::printf("  stock QSortFilterProxyModel keystroke %5.1f ms\n", median(stockKeystroke));
    return 0;
}
