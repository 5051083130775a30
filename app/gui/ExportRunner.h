// SPDX-License-Identifier: MIT
// ExportRunner: runs an ExportJob in a worker thread for the window, so the window stays
// responsive during a long animation — progress and the result come back as signals on the GUI
// thread; cancel() stops the job after its current frame, and the job removes what it wrote.
#pragma once

#include "app/export/ExportJob.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace sb {

class ExportRunner : public QObject {
    Q_OBJECT
public:
    explicit ExportRunner(QObject* parent = nullptr);
    // Cancels a running job and waits for its thread (a frame at most).
    ~ExportRunner() override;

    bool isRunning() const { return thread_ != nullptr; }
    // Starts job; false while another one runs.
    bool start(const ExportJob& job);

public slots:
    void cancel();

signals:
    void progressed(qint64 done, qint64 total);
    void finished(const sb::ExportJob::Result& result);

private:
    QThread* thread_ = nullptr;
    std::shared_ptr<std::atomic_bool> cancelled_;
};

} // namespace sb
