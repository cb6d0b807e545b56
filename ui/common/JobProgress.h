#pragma once
// Progress and cancel shared between work on a worker thread and the dialog that shows it: plain
// atomics, so no Qt object crosses threads. The dialog polls done/total with a timer.

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <memory>

namespace cd {
namespace ui {

struct JobProgress {
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancel{false};

    /// A progress callback for core work (returns false once cancel is set). `self` keeps the
    /// state alive for as long as the worker runs, whatever happens to the dialog.
    static std::function<bool(qint64, qint64)> callback(const std::shared_ptr<JobProgress> &self)
    {
        return [self](qint64 d, qint64 t) {
            self->done = d;
            self->total = t;
            return !self->cancel.load();
        };
    }
    /// 0–1000 for a progress bar.
    int permille() const
    {
        const qint64 t = total.load();
        return t > 0 ? static_cast<int>(qBound(qint64(0), done.load() * 1000 / t, qint64(1000))) : 0;
    }
};

}  // namespace ui
}  // namespace cd
