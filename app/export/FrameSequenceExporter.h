// SPDX-License-Identifier: MIT
// FrameSequenceExporter: numbered PNG frames (frame-0001.png, frame-0002.png, ...) for people who
// make videos. Each file is written atomically; when the export fails or is cancelled, the frames
// it already wrote are removed again, so a sequence is there whole or not at all. The pattern is
// claimed for the whole export by a lock on a hidden file beside the frames (.frame-%04d.png.lock,
// SafeOutputPath::framesLockPath), taken before the folder is checked for earlier frames: a second
// export to the same pattern, started while one runs, is refused instead of writing its frames
// between the first one's.
#pragma once

#include "app/export/ExportTarget.h"

#include <QCoreApplication>
#include <QImage>
#include <QStringList>

namespace sb {

class FrameSequenceExporter {
    Q_DECLARE_TR_FUNCTIONS(sb::FrameSequenceExporter)

public:
    // dpi: the resolution recorded in every PNG.
    FrameSequenceExporter(ExportTarget target, double dpi);
    ~FrameSequenceExporter();
    FrameSequenceExporter(const FrameSequenceExporter&) = delete;
    FrameSequenceExporter& operator=(const FrameSequenceExporter&) = delete;

    // Checks that the folder exists and takes files, claims the pattern and checks that the folder
    // holds none of its frames, before any frame is drawn.
    bool open();
    bool addFrame(const QImage& frame);
    // Keeps the frames written.
    void finish();
    // Removes the frames written.
    void cancel();

    const QStringList& written() const { return written_; }
    const QString& error() const { return error_; }

private:
    bool fail(const QString& message);
    // The lock: taken (true) or why not (false with error_); released by release().
    bool claim();
    void release();

    ExportTarget target_;
    double dpi_;
    QStringList written_;
    bool finished_ = false;
    QString error_;
    QString lockPath_;
    int lock_ = -1;  // the lock file's descriptor, holding a write lock on it while the export runs
};

} // namespace sb
