#pragma once
// The District window's slow steps (reading many packages, the merge's audit, writing to a drive)
// run on a worker thread behind a window-modal progress dialog with Cancel, and the caller gets
// the result back where it asked, as if the call had been direct. No vault is open in that window,
// so nothing can be locked or closed under the work; the window refuses other actions meanwhile.
// Progress and cancel cross threads as JobProgress atomics.

#include "ui/common/JobProgress.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace cd::ui {

template <typename R>
R runWithProgress(QWidget *parent, const QString &title, const QString &label,
                  const std::function<R(const std::shared_ptr<JobProgress> &job)> &work)
{
    auto job = std::make_shared<JobProgress>();
    auto result = std::make_shared<std::optional<R>>();
    QThread *thread = QThread::create([job, result, work]() { result->emplace(work(job)); });

    QProgressDialog dialog(label, QCoreApplication::translate("cd::ui::DistrictWindow", "Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("districtProgress"));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    dialog.setMinimumDuration(300);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [job]() { job->cancel = true; });
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&dialog, job]() {
        if (job->total.load() <= 0 || dialog.wasCanceled()) return;
        dialog.setMaximum(1000);
        dialog.setValue(job->permille());
    });

    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    poll.start();
    if (!thread->isFinished()) loop.exec();
    thread->wait();
    delete thread;
    return std::move(**result);
}

}  // namespace cd::ui
