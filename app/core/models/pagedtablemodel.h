// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The base of every table that pages through a collection of the API (design.md §4 Browse,
// house style 12). It owns the Pager of the view shown: fetchMore() only starts a request and
// canFetchMore() is false while a page is in flight; loadAll() fetches every remaining page
// with progress signals and stopLoading(); after a failed page, retry() resumes at that page
// with the rows loaded so far kept; countText() says how many rows are loaded and whether more
// wait on the server. A subclass stores the rows: TypedPagedModel<T> hands it each page's
// entries. Sorting and filtering belong to a proxy sorting on RawValueRole (models/roles.h):
// a stock QSortFilterProxyModel for most tables, ContactFilterModel for 100,000 contacts.

#include "api/apiclient.h"
#include "api/pager.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace ctct {

class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModel)

public:
    using PagerFactory = std::function<Pager *(const QUrl &page)>;

    explicit PagedTableModel(QObject *parent = nullptr);
    ~PagedTableModel() override;

    // The same view again from its first page (see setSource()).
    void reload();
    // Drops the pager (canceled; nobody hears from it again); the rows stay.
    void clearPager() { setPager(nullptr); }
    Pager *pager() const { return m_pager; }
    QUrl firstPage() const { return m_firstPage; }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool isFetching() const;
    // More pages wait on the server (none in flight).
    bool hasMore() const;
    // Fetches every remaining page; loadProgress() after each; loadingChanged() at the start
    // and the end. False when there is nothing left to load or it runs already.
    bool loadAll();
    // Ends loadAll() after the page in flight; the rows stay and scrolling goes on from there.
    void stopLoading();
    bool isLoadingAll() const { return m_loadingAll; }
    // After pageFailed(): a new pager from the page that failed, the rows kept.
    bool canRetry() const { return !m_failedPage.isEmpty() && bool(m_makePager); }
    void retry();

    // "120 contacts loaded, more on the server"; with shown >= 0 (a filter is set), "30 of 120
    // loaded contacts shown, …". The nouns come from loadedText()/shownText().
    QString countText(int shown = -1) const;

Q_SIGNALS:
    // A page could not be fetched or read (after the job's retries); canRetry() is true.
    void pageFailed(const ctct::ApiResult &result);
    // A page's rows were added (also during loadAll()).
    void pageLoaded();
    void loadProgress(int loadedRows);
    // Fetching or loading all began or ended (for the actions and the count).
    void loadingChanged();

protected:
    // A new view: the rows go, the pager of the old view is canceled (nobody hears from it
    // again), and the first page is requested. makePager builds a pager for a page URL; it is
    // kept for retry(). An empty firstPage leaves the model empty.
    void setSource(PagerFactory makePager, const QUrl &firstPage);
    // Forgets the view's source (no more pages, no reload or retry from the server); the rows
    // stay. For rows that come from elsewhere (the local copy of the account).
    void dropSource();
    // Takes a pager that is set up already (the rows stay; nullptr: none). The model becomes its
    // parent; the previous one is canceled and deleted.
    void setPager(Pager *pager);

    // Called for every page the pager delivers: take it from the (typed) pager and add its
    // rows. The base inserts nothing itself.
    virtual void appendPage(Pager *pager) = 0;
    // Removes every row (a new view).
    virtual void clearRows() = 0;
    // "%n contacts loaded" and "%1 of %n loaded contacts shown" for this model's resource.
    virtual QString loadedText(int loaded) const = 0;
    virtual QString shownText(int shown, int loaded) const = 0;

private:
    void onFinished(Pager *pager);

    PagerFactory m_makePager;
    QUrl m_firstPage;
    QUrl m_failedPage;
    QPointer<Pager> m_pager;
    bool m_loadingAll = false;
};

// A PagedTableModel over a collection of T: setSource() takes the pager of the collection's
// first page, as an Operations call returns it (operations.activities()); later pages, Retry and
// reload() use pagers of the same client. appendEntries() receives the entries of each page.
template<typename T>
class TypedPagedModel : public PagedTableModel
{
public:
    using PagedTableModel::PagedTableModel;

    // nullptr: no view (the model stays empty).
    void setSource(TypedPager<T> *first)
    {
        if (!first) {
            PagedTableModel::setSource({}, QUrl());
            return;
        }
        const QUrl firstPage = first->nextUrl();
        PagedTableModel::setSource(
            [client = QPointer<ApiClient>(first->client()),
             given = QPointer<Pager>(first)](const QUrl &page) mutable -> Pager * {
                if (Pager *p = given.data(); p && page == p->nextUrl()) {
                    given = nullptr;
                    return p; // the pager given, for the first page
                }
                return client ? new TypedPager<T>(client, page) : nullptr;
            },
            firstPage);
    }
    // A pager set up already, the rows kept (see PagedTableModel::setPager()).
    void setPager(TypedPager<T> *pager) { PagedTableModel::setPager(pager); }
    TypedPager<T> *pager() const { return static_cast<TypedPager<T> *>(PagedTableModel::pager()); }

protected:
    virtual void appendEntries(const QList<T> &entries) = 0;

private:
    void appendPage(Pager *pager) final { appendEntries(static_cast<TypedPager<T> *>(pager)->takePage().entries); }
};

} // namespace ctct
