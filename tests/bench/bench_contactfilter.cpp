// SPDX-License-Identifier: GPL-3.0-or-later
// Search-as-you-type and sort over 100,000 loaded contacts (design.md §10: <= 10 ms a keystroke,
// <= 50 ms a sort, <= 1 KiB a contact for model and index), beside the stock
// QSortFilterProxyModel as the reference.
//   bench_contactfilter [--contacts N] [--no-reference]
#include "models/contactfiltermodel.h"
#include "models/contacttablemodel.h"
#include "models/roles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <cstdio>
#include <malloc.h>

namespace {

QList<ctct::Contact> generate(int n)
{
    static const char *const first[] = {"Ann",   "Jörg", "Priya",  "Tomás", "Wei",     "Fatima", "Liam", "Sofia",
                                        "Émile", "Noah", "Olivia", "Mateo", "Aisling", "Kenji",  "Zoë",  "Dmitri"};
    static const char *const last[] = {"Lee",     "Müller",    "Raman",    "Novák", "Zhang",    "Haddad",
                                       "O'Brien", "Lindqvist", "García",   "Smith", "Nakamura", "Okafor",
                                       "Rossi",   "Dubois",    "Kowalski", "Ng"};
    static const char *const company[] = {"Acme", "Bluewater Kayak",     "Northwind Tea", "Mühle GmbH", "Harbor Club",
                                          "",     "Cedarline Logistics", "Young & Co"};
    static const char *const status[] = {"Active", "Active", "Active", "Unconfirmed", "Removed", "Do Not Mail"};
    QList<ctct::Contact> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        ctct::Contact c;
        c.id = QStringLiteral("http://api.constantcontact.com/ws/customers/demo/contacts/%1").arg(100000 + i);
        c.firstName = QString::fromUtf8(first[(i * 7) % 16]);
        c.lastName = QString::fromUtf8(last[(i * 13 / 3) % 16]);
        c.emailAddress = QString(c.firstName + u'.' + c.lastName + QString::number(i) + u"@example.com").toLower();
        c.companyName = QString::fromUtf8(company[i % 8]);
        c.status = QString::fromLatin1(status[i % 6]);
        c.lastUpdateTime = QDateTime::fromMSecsSinceEpoch(1700000000000LL + qint64(i) * 7919 % 100000000, Qt::UTC);
        out.append(c);
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
    double median = 0, worst = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v.back()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int n = 100000;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--contacts")
            n = args[i + 1].toInt();
    }
    const bool reference = !args.contains(QStringLiteral("--no-reference"));
    const QList<ctct::Contact> contacts = generate(n);

    malloc_trim(0);
    const size_t before = mallinfo2().uordblks + mallinfo2().hblkhd;
    auto *model = new ctct::ContactTableModel;
    auto *proxy = new ctct::ContactFilterModel;
    proxy->setSourceModel(model);
    proxy->sort(ctct::ContactTableModel::NameColumn); // pages go in at their sorted place
    const double load = ms([&] {
        for (qsizetype i = 0; i < contacts.size(); i += 50) // as pages arrive
            model->appendContacts(contacts.mid(i, 50));
    });
    const size_t after = mallinfo2().uordblks + mallinfo2().hblkhd;
    std::printf("contacts: %d\nmemory per contact (model + index): %.0f bytes\n", n,
                double(after - before) / double(n));
    std::printf("loading %d pages of 50 into the sorted view: %.0f ms (%.3f ms a page)\n", n / 50, load,
                load / (n / 50.0));

    // Typing the last name and first name of one contact one key at a time, then deleting it
    // again, as a user looking for someone does.
    const ctct::Contact &target = contacts[contacts.size() / 3];
    const QString query = ctct::foldForSearch(QString(target.lastName + u' ' + target.firstName));
    std::vector<double> typing, deleting;
    for (qsizetype k = 1; k <= query.size(); ++k)
        typing.push_back(ms([&] { proxy->setFilterText(query.left(k)); }));
    const qsizetype matches = proxy->rowCount();
    for (qsizetype k = query.size() - 1; k >= 0; --k)
        deleting.push_back(ms([&] { proxy->setFilterText(query.left(k)); }));
    const Stats t = stats(typing), d = stats(deleting);
    if (args.contains(QStringLiteral("--verbose"))) {
        for (size_t k = 0; k < typing.size(); ++k)
            std::printf("  \"%s\": %.2f ms\n", qPrintable(query.left(qsizetype(k) + 1)), typing[k]);
    }
    std::printf("keystroke, typing:   median %6.2f ms, worst %6.2f ms (\"%s\" -> %lld rows)\n", t.median, t.worst,
                qPrintable(query), static_cast<long long>(matches));
    std::printf("keystroke, deleting: median %6.2f ms, worst %6.2f ms\n", d.median, d.worst);

    // Typing a status as the Status column shows it: a row whose key lacks the word typed so far
    // is compared with the statuses the word names ("u" names Unconfirmed, in few keys here).
    const QString statusWord = QStringLiteral("unconfirmed");
    std::vector<double> statusTyping;
    for (qsizetype k = 1; k <= statusWord.size(); ++k)
        statusTyping.push_back(ms([&] { proxy->setFilterText(statusWord.left(k)); }));
    const qsizetype statusMatches = proxy->rowCount();
    proxy->setFilterText(QString());
    const Stats st0 = stats(statusTyping);
    std::printf("keystroke, a status: median %6.2f ms, worst %6.2f ms (\"%s\" -> %lld rows)\n", st0.median, st0.worst,
                qPrintable(statusWord), static_cast<long long>(statusMatches));

    std::vector<double> sorts;
    for (int column : {int(ctct::ContactTableModel::NameColumn), int(ctct::ContactTableModel::EmailColumn),
                       int(ctct::ContactTableModel::CompanyColumn), int(ctct::ContactTableModel::UpdatedColumn)}) {
        const double up = ms([&] { proxy->sort(column, Qt::AscendingOrder); });
        const double down = ms([&] { proxy->sort(column, Qt::DescendingOrder); });
        std::printf("sort by %s: %6.2f ms up, %6.2f ms down\n",
                    qPrintable(model->headerData(column, Qt::Horizontal).toString()), up, down);
        sorts.push_back(up);
        sorts.push_back(down);
    }
    proxy->sort(-1);
    const double byName = ms([&] { proxy->sort(ctct::ContactTableModel::NameColumn); });
    const Stats s = stats(sorts);
    std::printf("sort all rows by name: %6.2f ms; any column: median %6.2f ms, worst %6.2f ms\n", byName, s.median,
                s.worst);

    if (!reference) {
        delete proxy;
        delete model;
        return 0;
    }
    // Reference: the stock proxy over the same model, filtering on every column's text.
    QSortFilterProxyModel stock;
    stock.setSourceModel(model);
    stock.setFilterKeyColumn(-1);
    stock.setFilterCaseSensitivity(Qt::CaseInsensitive);
    stock.setSortRole(ctct::RawValueRole);
    std::vector<double> stockTyping;
    for (qsizetype k = 1; k <= 6; ++k)
        stockTyping.push_back(ms([&] { stock.setFilterFixedString(query.left(k)); }));
    stock.setFilterFixedString(QString());
    const double stockSort = ms([&] { stock.sort(ctct::ContactTableModel::NameColumn); });
    const Stats st = stats(stockTyping);
    std::printf("reference QSortFilterProxyModel: keystroke median %6.2f ms, worst %6.2f ms; sort by name %6.2f ms\n",
                st.median, st.worst, stockSort);
    delete proxy;
    delete model;
    return 0;
}
