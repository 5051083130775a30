// SPDX-License-Identifier: MIT
#include "app/gui/ExportRunner.h"

#include <QThread>

namespace sb {

ExportRunner::ExportRunner(QObject* parent) : QObject(parent) {}

ExportRunner::~ExportRunner()
{
    if (thread_) {
        cancel();
        thread_->wait();
        delete thread_;  // its queued "finished" dies with this object
    }
}

bool ExportRunner::start(const ExportJob& job)
{
    if (thread_)
        return false;
    cancelled_ = std::make_shared<std::atomic_bool>(false);
    // The worker only reads its copy of the job; it reports through queued calls with this as
    // the context, so nothing arrives once the runner is gone.
    thread_ = QThread::create([this, job, cancelled = cancelled_] {
        const ExportJob::Result result = job.run([this, cancelled](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(this, [this, done, total] { emit progressed(done, total); }, Qt::QueuedConnection);
            return !cancelled->load();
        });
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                thread_->wait();
                thread_->deleteLater();
                thread_ = nullptr;
                emit finished(result);
            },
            Qt::QueuedConnection);
    });
    thread_->start();
    return true;
}

void ExportRunner::cancel()
{
    if (cancelled_)
        cancelled_->store(true);
}

} // namespace sb
