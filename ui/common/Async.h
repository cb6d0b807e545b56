#pragma once
// Runs slow work (key derivation) on a worker thread and delivers its result on the thread of
// `context`, with no nested event loop. If `context` is destroyed first, the result is dropped.

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace cd {
namespace ui {

namespace detail {
inline std::atomic<int> &jobsRunning()
{
    static std::atomic<int> count{0};
    return count;
}
}  // namespace detail

/// How many runAsync() jobs have not delivered yet (the vault must not be closed under them).
inline int backgroundJobsRunning() { return detail::jobsRunning().load(); }

template <typename R>
void runAsync(QObject *context, std::function<R()> work, std::function<void(R)> done)
{
    auto result = std::make_shared<std::optional<R>>();
    QThread *thread = QThread::create([work = std::move(work), result]() { result->emplace(work()); });
    ++detail::jobsRunning();
    QPointer<QObject> guard(context);
    // Runs in the thread's own context, so the count drops even if `context` is gone.
    QObject::connect(thread, &QThread::finished, thread, [thread, result, guard, done = std::move(done)]() {
        --detail::jobsRunning();
        thread->deleteLater();
        if (guard && result->has_value()) done(std::move(**result));
    }, Qt::QueuedConnection);
    thread->start();
}

}  // namespace ui
}  // namespace cd
