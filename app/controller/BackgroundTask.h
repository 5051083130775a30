// SPDX-License-Identifier: MIT
// BackgroundTask: runs one long computation at a time on Qt's thread pool, the newest request
// winning (Qt's threaded Mandelbrot example has the same shape): start() cancels the job before it,
// whose result is then dropped. The GUI thread only receives finished results, so the window keeps
// repainting while a large record or picture is built.
//
// Work runs with a Control it should consult now and then: isCancelled() to stop early (throwing
// sb::Cancelled is the simplest way), setProgress() to drive a progress bar.
#pragma once

#include "core/Cancelled.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace sb {

class BackgroundTask : public QObject {
    Q_OBJECT
public:
    class Control {
    public:
        bool isCancelled() const { return cancelled_.load(std::memory_order_relaxed); }
        // fraction in 0..1; reported to the GUI thread at most once per percent.
        void setProgress(double fraction);
        // A ProgressCallback for core computations: reports, and answers false once cancelled.
        ProgressCallback callback();

    private:
        friend class BackgroundTask;
        std::atomic<bool> cancelled_{false};
        std::atomic<int> percent_{-1};
        BackgroundTask* owner_ = nullptr;
        quint64 generation_ = 0;
    };

    explicit BackgroundTask(QObject* parent = nullptr);
    ~BackgroundTask() override;  // cancels, and waits for the worker so nothing outlives us

    // Runs work(control) on the thread pool; done(result) runs later on this object's thread, unless
    // a newer start() or cancel() came first. what says what is computed ("Recording 49 M
    // contributions"). Work that throws Cancelled ends quietly; other exceptions must be turned
    // into results by the work itself.
    template <typename Result>
    void start(const QString& what, std::function<Result(Control&)> work, std::function<void(Result)> done);

    void cancel();
    bool isBusy() const { return busy_; }
    QString description() const { return description_; }

signals:
    void started(const QString& what);
    void progressed(int percent);
    // The current job ended: finished (true) or cancelled/superseded-and-idle (false).
    void ended(bool completed);

private:
    std::shared_ptr<Control> begin(const QString& what);
    // Returns whether generation is still the newest job (and marks the task idle if so).
    bool finish(quint64 generation, bool completed);
    void forgetFinished();

    quint64 generation_ = 0;
    bool busy_ = false;
    QString description_;
    std::shared_ptr<Control> current_;
    QList<QFuture<void>> running_;
};

template <typename Result>
void BackgroundTask::start(const QString& what, std::function<Result(Control&)> work, std::function<void(Result)> done)
{
    const std::shared_ptr<Control> control = begin(what);
    const quint64 generation = control->generation_;
    QFuture<std::optional<Result>> future = QtConcurrent::run([control, work = std::move(work)]() -> std::optional<Result> {
        try {
            return work(*control);
        } catch (const Cancelled&) {
            return std::nullopt;
        }
    });
    forgetFinished();
    running_.append(QFuture<void>(future));
    auto* watcher = new QFutureWatcher<std::optional<Result>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, done = std::move(done)] {
        std::optional<Result> result = watcher->future().result();
        watcher->deleteLater();
        if (finish(generation, result.has_value()) && result)
            done(std::move(*result));
    });
    watcher->setFuture(future);
}

} // namespace sb
