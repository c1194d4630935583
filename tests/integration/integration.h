// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One sandbox in memory on 127.0.0.1:0 and an ApiSession pointed at it with the demo account's
// Basic credentials. Jobs and pagers are run to the end with the event loop turning, so tests
// read like straight-line code.

#include "api/apisession.h"
#include "apitest.h"
#include "sandbox/sandbox.h"

#include <QTest>

#include <memory>

namespace ctct::test {

// Every page of a collection as the client saw it.
template<typename T>
struct Collected
{
    QList<T> entries;
    QList<QUrl> pageUrls; // the URL each page was fetched from
    ApiResult result;     // how the pager ended
};

class Integration final
{
public:
    // 120 contacts (three pages of 50), seed 7, activities stepping every 50 ms.
    static sandbox::Sandbox::Options defaults();
    // The default retry counts with waits of a few milliseconds.
    static RetryPolicy fastRetries();
    static Credentials demoCredentials();

    explicit Integration(const sandbox::Sandbox::Options &options = defaults());
    ~Integration();

    bool started() const { return m_started; }
    sandbox::Sandbox &sandbox() { return *m_sandbox; }
    AccessManager &access() { return *m_session->accessManager(); }
    ApiClient &client() { return *m_session->client(); }
    const Operations &ops() const { return m_session->operations(); }
    // http://127.0.0.1:PORT
    QUrl server() const;
    // The members' addresses of a list (lower case, sorted).
    QStringList memberEmails(const QString &list) const;

    // Waits for the job's finished() and returns its result (a Canceled result after timeoutMs).
    static ApiResult run(ApiJob *job, int timeoutMs = 10000);
    // Runs the job and reads its body as an entry of T; a failed request or an unreadable body
    // is reported as a warning and gives an empty optional.
    template<typename T>
    static std::optional<T> fetch(ApiJob *job)
    {
        const ApiResult result = run(job);
        if (!result.ok()) {
            qWarning("request failed: %s", qPrintable(result.toString()));
            return std::nullopt;
        }
        atom::Parsed<T> parsed = parseEntry<T>(result);
        if (!parsed.ok())
            qWarning("unreadable entry: %s", qPrintable(parsed.error.toString()));
        return parsed.value;
    }

    // Fetches every page; the pager is deleted afterwards.
    template<typename T>
    static Collected<T> collect(TypedPager<T> *pager, int timeoutMs = 15000)
    {
        const std::unique_ptr<TypedPager<T>> owner(pager);
        Collected<T> out;
        bool done = false;
        QObject::connect(pager, &Pager::pageReady, pager, [&out, pager] {
            out.entries += pager->takePage().entries;
            out.pageUrls.append(pager->currentUrl());
        });
        QObject::connect(pager, &Pager::finished, pager, [&done] { done = true; });
        pager->fetchAll();
        if (!QTest::qWaitFor([&done] { return done; }, timeoutMs))
            pager->cancel();
        out.result = pager->result();
        return out;
    }

    // Every contact of the collection, or those the query's first request finds.
    Collected<Contact> contacts(const ContactQuery &query = {}) const
    {
        return collect(ops().contacts(ops().contactsUrls(query).first()));
    }

    // The collections a service document lists, by their last path segment ("sends", "opens",
    // ...); empty when the request fails or the document cannot be read.
    static QStringList collectionNames(ApiJob *serviceDocument);

private:
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<ApiSession> m_session;
    bool m_started = false;
};

// The full URI of a list as the API writes it ("http://api.constantcontact.com/ws/customers/demo/lists/3").
QString demoListUri(const QString &shortId);

} // namespace ctct::test
