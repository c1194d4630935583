// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Work off the UI thread, the one way: runInWorker(context, work, then) runs work() on the
// global thread pool and then(result) on context's thread afterwards — or never, when context
// is destroyed first. work() must not touch context; pass it values (or shared state it owns
// with the caller) and let it report progress through something thread-safe (an atomic, or a
// queued invokeMethod on context).

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>

namespace ctct {

template<typename Work, typename Then>
void runInWorker(QObject *context, Work work, Then then)
{
    using Result = std::invoke_result_t<Work &>;
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
    future.then(context, [then = std::move(then)](Result result) mutable { then(std::move(result)); });
}

} // namespace ctct
