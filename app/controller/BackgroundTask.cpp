// SPDX-License-Identifier: MIT
#include "app/controller/BackgroundTask.h"

#include <QMetaObject>
#include <QPointer>

#include <algorithm>
#include <cmath>

namespace sb {

void BackgroundTask::Control::setProgress(double fraction)
{
    const int percent = static_cast<int>(std::floor(std::clamp(fraction, 0.0, 1.0) * 100.0));
    if (percent_.exchange(percent) == percent)
        return;
    // Posted to the task's thread; the task waits for its workers before it is destroyed.
    BackgroundTask* owner = owner_;
    const quint64 generation = generation_;
    QMetaObject::invokeMethod(owner, [owner, generation, percent] {
        if (owner->generation_ == generation && owner->busy_)
            emit owner->progressed(percent);
    }, Qt::QueuedConnection);
}

ProgressCallback BackgroundTask::Control::callback()
{
    return [this](double fraction) {
        setProgress(fraction);
        return !isCancelled();
    };
}

BackgroundTask::BackgroundTask(QObject* parent) : QObject(parent) {}

BackgroundTask::~BackgroundTask()
{
    if (current_)
        current_->cancelled_ = true;
    for (QFuture<void>& future : running_)
        future.waitForFinished();
}

std::shared_ptr<BackgroundTask::Control> BackgroundTask::begin(const QString& what)
{
    if (current_)
        current_->cancelled_ = true;  // newest wins: the previous job stops at its next check
    current_ = std::make_shared<Control>();
    current_->owner_ = this;
    current_->generation_ = ++generation_;
    description_ = what;
    busy_ = true;
    emit started(what);  // also when a job is superseded: the progress bar restarts
    return current_;
}

void BackgroundTask::cancel()
{
    if (!busy_)
        return;
    current_->cancelled_ = true;
    ++generation_;  // whatever the worker returns now is dropped
    busy_ = false;
    emit ended(false);
}

bool BackgroundTask::finish(quint64 generation, bool completed)
{
    if (generation != generation_)
        return false;
    busy_ = false;
    current_.reset();
    emit ended(completed);
    return true;
}

void BackgroundTask::forgetFinished()
{
    running_.removeIf([](const QFuture<void>& f) { return f.isFinished(); });
}

} // namespace sb
