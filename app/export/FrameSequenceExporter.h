// SPDX-License-Identifier: MIT
// FrameSequenceExporter: numbered PNG frames (frame-0001.png, frame-0002.png, ...) for people who
// make videos. Each file is written atomically; when the export fails or is cancelled, the frames
// it already wrote are removed again, so a sequence is there whole or not at all.
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

    // Checks that the folder exists and takes files, before any frame is drawn.
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

    ExportTarget target_;
    double dpi_;
    QStringList written_;
    bool finished_ = false;
    QString error_;
};

} // namespace sb
