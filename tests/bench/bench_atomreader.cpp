// SPDX-License-Identifier: GPL-3.0-or-later
// Atom feed -> domain objects throughput (design.md §10: >= 80 MB/s on a 20 MB contacts feed),
// beside a raw QXmlStreamReader token scan of the same bytes as the reference.
//   bench_atomreader [--megabytes N] [--runs N]
#include "atom/atomreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstdio>

namespace {

// A contacts feed as GET /contacts returns it (summary entries), with varied values.
QByteArray generateFeed(qsizetype targetBytes)
{
    static const char *const first[] = {"Ann", "Jörg", "Priya", "Tomás", "Wei", "Fatima", "Liam", "Sofia"};
    static const char *const last[] = {"Lee", "Müller", "Raman", "Novák", "Zhang", "Haddad", "O'Brien", "Lindqvist"};
    static const char *const status[] = {"Active", "Active", "Active", "Unconfirmed", "Removed", "Do Not Mail"};
    QByteArray xml;
    xml.reserve(targetBytes + 4096);
    xml += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
           "  <id>http://api.constantcontact.com/ws/customers/joe/contacts</id>\n"
           "  <title type=\"text\">Contacts for Customer: joe</title>\n"
           "  <link href=\"contacts\"/>\n  <link href=\"contacts\" rel=\"self\"/>\n"
           "  <author><name>joe</name></author>\n  <updated>2010-04-21T18:35:34.279Z</updated>\n"
           "  <link href=\"/ws/customers/joe/contacts?next=g24umerp-fymhqg\" rel=\"next\"/>\n"
           "  <link href=\"/ws/customers/joe/contacts\" rel=\"first\"/>\n"
           "  <link href=\"/ws/customers/joe/contacts\" rel=\"current\"/>\n";
    for (int i = 0; xml.size() < targetBytes; ++i) {
        const QByteArray id = QByteArray::number(1000000 - i);
        const QByteArray f = first[i % 8];
        const QByteArray l = last[(i / 8) % 8];
        const QByteArray email = f.toLower() + '.' + l.toLower() + QByteArray::number(i) + "@example.com";
        const QByteArray s = status[i % 6];
        const QByteArray time = "2010-04-" + QByteArray::number(10 + i % 18) +
                                "T18:35:" + QByteArray::number(10 + i % 50) + "." + QByteArray::number(100 + i % 900) +
                                "Z";
        xml += "  <entry>\n    <link href=\"/ws/customers/joe/contacts/" + id +
               "\" rel=\"edit\"/>\n"
               "    <id>http://api.constantcontact.com/ws/customers/joe/contacts/" +
               id +
               "</id>\n"
               "    <title type=\"text\">Contact: " +
               email +
               "</title>\n"
               "    <updated>" +
               time +
               "</updated>\n"
               "    <author><name>Constant Contact</name></author>\n"
               "    <content type=\"application/vnd.ctct+xml\">\n"
               "      <Contact xmlns=\"http://ws.constantcontact.com/ns/1.0/\" "
               "id=\"http://api.constantcontact.com/ws/customers/joe/contacts/" +
               id +
               "\">\n"
               "        <Status>" +
               s +
               "</Status>\n"
               "        <EmailAddress>" +
               email +
               "</EmailAddress>\n"
               "        <EmailType>HTML</EmailType>\n"
               "        <Name>" +
               l + ", " + f +
               "</Name>\n"
               "        <OptInTime>" +
               time +
               "</OptInTime>\n"
               "        <OptInSource>ACTION_BY_CUSTOMER</OptInSource>\n"
               "      </Contact>\n    </content>\n  </entry>\n";
    }
    xml += "</feed>\n";
    return xml;
}

double megabytesPerSecond(qsizetype bytes, qint64 nanoseconds)
{
    return (double(bytes) / (1024.0 * 1024.0)) / (double(nanoseconds) / 1e9);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qsizetype megabytes = 20;
    int runs = 5;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--megabytes")
            megabytes = args[i + 1].toLongLong();
        else if (args[i] == u"--runs")
            runs = std::max(1, args[i + 1].toInt());
    }

    const QByteArray feed = generateFeed(megabytes * 1024 * 1024);
    std::printf("feed: %.1f MB\n", double(feed.size()) / (1024.0 * 1024.0));

    qint64 bestScan = std::numeric_limits<qint64>::max();
    qint64 bestDecode = std::numeric_limits<qint64>::max();
    qsizetype tokens = 0;
    qsizetype contacts = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        QXmlStreamReader r(feed);
        qsizetype n = 0;
        while (!r.atEnd()) {
            r.readNext();
            ++n;
        }
        bestScan = std::min(bestScan, t.nsecsElapsed());
        tokens = n;

        t.restart();
        const ctct::atom::Parsed<ctct::Page<ctct::Contact>> page = ctct::atom::readPage<ctct::Contact>(feed);
        bestDecode = std::min(bestDecode, t.nsecsElapsed());
        if (!page.ok()) {
            std::fprintf(stderr, "decode failed: %s\n", qPrintable(page.error.toString()));
            return 1;
        }
        contacts = page.value->entries.size();
    }
    const double scan = megabytesPerSecond(feed.size(), bestScan);
    const double decode = megabytesPerSecond(feed.size(), bestDecode);
    std::printf("raw QXmlStreamReader token scan: %8.1f MB/s (%lld tokens, best of %d)\n", scan,
                static_cast<long long>(tokens), runs);
    std::printf("feed -> ctct::Contact:           %8.1f MB/s (%lld contacts, %.0f contacts/s, best of %d)\n", decode,
                static_cast<long long>(contacts), double(contacts) / (double(bestDecode) / 1e9), runs);
    std::printf("decode / scan: %.0f%%\n", 100.0 * decode / scan);
    return 0;
}
