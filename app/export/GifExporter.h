// SPDX-License-Identifier: MIT
// GifExporter: writes an animated GIF with giflib, frame by frame — each frame only the rectangle
// that changed since the one before, with its own palette (IndexedFrame) — looping through the
// NETSCAPE2.0 extension. The file appears only when finish() succeeds; anything else (an error,
// cancel(), destruction) leaves no file behind.
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSaveFile>
#include <QString>

#include <memory>

struct GifFileType;

namespace sb {

class GifExporter {
    Q_DECLARE_TR_FUNCTIONS(sb::GifExporter)

public:
    explicit GifExporter(const QString& path);
    ~GifExporter();
    GifExporter(const GifExporter&) = delete;
    GifExporter& operator=(const GifExporter&) = delete;

    // Starts the file: frames of `size` pixels. loopCount: 0 loops forever, n plays n times.
    // With `transparent`, pixels less than half opaque are transparent and every frame is whole.
    bool open(QSize size, int loopCount, bool transparent);
    // Adds a frame of size() pixels shown for delayCentiseconds (GIF counts in 1/100 s).
    bool addFrame(const QImage& frame, int delayCentiseconds);
    // Ends the file and puts it in place.
    bool finish();
    // Drops everything written so far.
    void cancel();

    QSize size() const { return size_; }
    int frameCount() const { return frames_; }
    const QString& error() const { return error_; }

private:
    bool fail(const QString& message);
    bool failGif(const char* what, int code);
    bool putLoopExtension(int loopCount);

    QSaveFile file_;
    GifFileType* gif_ = nullptr;
    QSize size_;
    bool transparent_ = false;
    int frames_ = 0;
    QImage previous_;
    QString error_;
};

} // namespace sb
