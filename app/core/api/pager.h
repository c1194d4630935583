// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Walks a paged collection (api-contract §1.7, decision 6): each page's next link is resolved
// against the URL of that page (RFC 3986) and kept on the configured server. Pages are
// delivered one by one, either on request (fetchNext, for a model's fetchMore) or all in a row
// (fetchAll, for "Load all" and the command line). Parsing is a callback, so one Pager serves
// every resource; TypedPager<T> plugs in atom::readPage<T> and holds the page just delivered.

#include "api/apierror.h"
#include "atom/atomreader.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>
#include <utility>

namespace ctct {

class ApiClient;
class ApiJob;

class Pager : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pager)

public:
    // What the parser found in one page body.
    struct PageInfo
    {
        bool ok = false;
        QString error; // why the body could not be read, when !ok
        QString next;  // href of the next link as sent; empty on the last page
        qsizetype entries = 0;
    };
    using Parser = std::function<PageInfo(const QByteArray &body)>;

    Pager(ApiClient *client, const QUrl &firstPage, Parser parser, QObject *parent = nullptr);
    ~Pager() override;

    // Starts the request for the next page. False when there is nothing to fetch: a page is in
    // flight, the last page was delivered, or the pager failed or was canceled.
    bool fetchNext();
    // Fetches page after page until the last one, a failure, stop() or cancel().
    void fetchAll();
    // Ends fetch-all after the page in flight; fetchNext() or fetchAll() resume.
    void stop();
    // Aborts the page in flight and ends the pager: finished() with ApiError::Canceled (and no
    // failed()). Does nothing once the pager has ended.
    void cancel();
    // Ends the pager without a word (no signal) and deletes it later: for whoever no longer
    // wants its pages (a new view, a new search, the owner closing).
    void abandon();

    bool canFetchMore() const;
    bool isFetching() const;
    bool atEnd() const { return m_ended; }
    int pagesFetched() const { return m_pages; }
    qsizetype entriesFetched() const { return m_entries; }
    // The client the pages come from (nullptr once it is gone).
    ApiClient *client() const;
    // The page to fetch next (the first page before any fetch); empty after the last page.
    QUrl nextUrl() const { return m_next; }
    // The URL of the page last delivered.
    QUrl currentUrl() const { return m_current; }
    // The last request's result; after finished() it says how the pager ended (None when the
    // last page arrived, Canceled, or the failure).
    const ApiResult &result() const { return m_result; }

Q_SIGNALS:
    // One page arrived and was parsed; index counts from 0.
    void pageReady(int index);
    // A page could not be fetched (after the job's retries) or read; finished() follows.
    void failed(const ctct::ApiResult &result);
    // Exactly once: after the last page, a failure or a cancel.
    void finished();

private:
    void onJobFinished(ApiJob *job);
    void end(const ApiResult &result);

    QPointer<ApiClient> m_client;
    Parser m_parser;
    QPointer<ApiJob> m_job;
    QUrl m_next;
    QUrl m_current;
    QSet<QUrl> m_seen;
    ApiResult m_result;
    qsizetype m_entries = 0;
    int m_pages = 0;
    bool m_fetchAll = false;
    bool m_ended = false;
};

// A Pager over a collection of T; page() is the page announced by the last pageReady().
template<typename T>
class TypedPager final : public Pager
{
public:
    TypedPager(ApiClient *client, const QUrl &firstPage, QObject *parent = nullptr)
        : Pager(
              client, firstPage, [this](const QByteArray &body) { return parse(body); }, parent)
    {}

    const Page<T> &page() const { return m_page; }
    Page<T> takePage() { return std::exchange(m_page, Page<T>{}); }

private:
    PageInfo parse(const QByteArray &body)
    {
        atom::Parsed<Page<T>> parsed = atom::readPage<T>(body);
        if (!parsed.ok())
            return PageInfo{false, parsed.error.toString(), {}, 0};
        m_page = std::move(*parsed.value);
        return PageInfo{true, {}, m_page.next, m_page.entries.size()};
    }

    Page<T> m_page;
};

} // namespace ctct
