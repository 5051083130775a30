// SPDX-License-Identifier: MIT
// ExportJob: one export from start to end — the view's Picture, the steps, the scale — run the
// same way by `scatterboard export` and by the window's File → Export… (in a worker thread:
// run() only reads what it was given). It checks the request before drawing anything, reports
// progress per frame and stops when asked, leaving no file behind.
#pragma once

#include "app/export/ExportTarget.h"
#include "app/export/FramePlan.h"
#include "app/render/PictureFactory.h"
#include "app/render/RenderOptions.h"

#include <QCoreApplication>
#include <QSize>
#include <QStringList>

#include <functional>
#include <optional>

namespace sb {

class ExportJob {
    Q_DECLARE_TR_FUNCTIONS(sb::ExportJob)

public:
    struct StepRange {
        qint64 first = 0;
        qint64 last = 0;  // kLastStep: the picture's last step, whichever it is
        static constexpr qint64 kLastStep = -1;
        static StepRange all() { return {0, kLastStep}; }
    };

    struct Settings {
        ViewId view = PictureFactory::defaultView();
        // Which steps; nullopt: the whole timeline for animations, the last step for a still.
        std::optional<StepRange> steps;
        double scale = 1.0;   // device pixels per world unit; 96·scale dpi
        double fps = 20.0;    // animations: frames per second while a step slides in
        int loop = 0;         // GIF: 0 loops forever, n plays n times
        RenderOptions render; // theme, palette, transparency, a pinned inspection
        // The files the export reads (config, photo, .npy): the output may not be one of them.
        QStringList inputs;
    };

    // Accepted ranges, for the command line's and the dialog's checks.
    static constexpr double kMinScale = 0.05, kMaxScale = 16.0;
    static constexpr double kMinFps = 1.0, kMaxFps = 50.0;  // GIF delays are whole 1/100 s
    static constexpr int kMaxPixelsPerSide = 16384;          // raster outputs
    static constexpr qint64 kMaxFrames = 20000;
    // How long a GIF rests on each step reached, and on its last frame before it loops.
    static constexpr double kHoldSeconds = 1.0, kFinalHoldSeconds = 3.0;

    enum class Status { Done, Cancelled, Failed };
    struct Result {
        Status status = Status::Failed;
        QString error;        // Failed: what went wrong, naming the file or the setting
        QStringList files;    // Done: what was written
        qint64 frames = 0;    // frames drawn
        QSize pixelSize;      // of one frame (raster) or of the page (vector, in 1/96 inch)
        double seconds = 0.0; // wall time of run()
    };
    // Called after each frame: frames done of total. Returning false cancels the export.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    ExportJob(PictureFactory::Source source, ExportTarget target, Settings settings);

    const ExportTarget& target() const { return target_; }
    const Settings& settings() const { return settings_; }

    // The picture the job draws, or nullptr with *error (unknown view, empty layer, plane out of
    // range).
    std::unique_ptr<Picture> makePicture(QString* error) const;
    // The steps that will be drawn, checked against the picture; nullopt with *error.
    std::optional<StepRange> resolveSteps(const Picture& picture, QString* error) const;
    // What run() will check before drawing: empty when the job can run.
    QString check(const Picture& picture) const;
    // The frames of an animation (all the positions for a still's one frame).
    FramePlan plan(const StepRange& steps) const;

    // How long a GIF of plan plays once, its rests included.
    double playSeconds(const FramePlan& plan) const;

    Result run(const Progress& progress = {}) const;

private:
    Result runStill(const Picture& picture, const StepRange& steps) const;
    Result runAnimation(const Picture& picture, const StepRange& steps, const Progress& progress) const;
    int delayCentiseconds(const FramePlan& plan, qint64 frame) const;

    PictureFactory::Source source_;
    ExportTarget target_;
    Settings settings_;
};

} // namespace sb
