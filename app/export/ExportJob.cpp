// SPDX-License-Identifier: MIT
#include "app/export/ExportJob.h"

#include "app/export/FrameSequenceExporter.h"
#include "app/export/GifExporter.h"
#include "app/export/PictureCanvas.h"
#include "app/export/SafeOutputPath.h"
#include "app/export/StillExporter.h"

#include <QElapsedTimer>

#include <cmath>

namespace sb {

namespace {

QString range(qint64 count)
{
    return count == 1 ? ExportJob::tr("only step 0") : ExportJob::tr("steps 0–%1").arg(count - 1);
}

} // namespace

ExportJob::ExportJob(PictureFactory::Source source, ExportTarget target, Settings settings)
    : source_(std::move(source)), target_(std::move(target)), settings_(std::move(settings))
{
}

std::unique_ptr<Picture> ExportJob::makePicture(QString* error) const
{
    if (!source_.record || source_.record->geometry().batch == 0) {
        *error = ExportJob::tr("nothing to draw: the layer's batch is empty");
        return nullptr;
    }
    const LayerGeometry& g = source_.record->geometry();
    if (source_.plane.n < 0 || source_.plane.n >= g.batch || source_.plane.co < 0 || source_.plane.co >= g.out_channels) {
        *error = ExportJob::tr("plane n=%1, co=%2 is out of range: the layer has n 0–%3 and co 0–%4")
                     .arg(source_.plane.n).arg(source_.plane.co).arg(g.batch - 1).arg(g.out_channels - 1);
        return nullptr;
    }
    return PictureFactory::make(settings_.view, source_);
}

std::optional<ExportJob::StepRange> ExportJob::resolveSteps(const Picture& picture, QString* error) const
{
    const qint64 count = picture.stepCount();
    StepRange steps = settings_.steps.value_or(target_.isAnimation() ? StepRange::all() : StepRange{count - 1, count - 1});
    if (steps.last == StepRange::kLastStep)
        steps.last = count - 1;
    for (qint64 step : {steps.first, steps.last})
        if (step < 0 || step >= count) {
            *error = ExportJob::tr("step %1 is out of range: the %2 view of this layer has %3").arg(step).arg(picture.viewName(), range(count));
            return std::nullopt;
        }
    if (steps.last < steps.first) {
        *error = ExportJob::tr("steps %1-%2: the first step comes after the last").arg(steps.first).arg(steps.last);
        return std::nullopt;
    }
    if (!target_.isAnimation() && steps.first != steps.last) {
        // One arg() with every value: the pattern %04d inside a value is not taken for a placeholder.
        //: %1 is a format (PNG, SVG, PDF); %4 is the file name pattern frame-%04d.png
        *error = tr("%1 draws one step, not steps %2–%3: give one step, or export the range as .gif or as "
                    "numbered frames (%4)")
                     .arg(ExportTarget::formatName(target_.format()), QString::number(steps.first),
                          QString::number(steps.last), QStringLiteral("frame-%04d.png"));
        return std::nullopt;
    }
    return steps;
}

FramePlan ExportJob::plan(const StepRange& steps) const
{
    return {steps.first, steps.last, target_.isAnimation() ? FramePlan::framesPerStepAt(settings_.fps) : 1};
}

QString ExportJob::check(const Picture& picture) const
{
    QString error;
    const std::optional<StepRange> steps = resolveSteps(picture, &error);
    if (!steps)
        return error;
    const Settings& s = settings_;
    if (!(s.scale >= kMinScale && s.scale <= kMaxScale))
        return ExportJob::tr("scale %1 is out of range: between %2 and %3").arg(s.scale).arg(kMinScale).arg(kMaxScale);
    if (target_.isAnimation() && !(s.fps >= kMinFps && s.fps <= kMaxFps))
        return ExportJob::tr("%1 frames per second is out of range: between %2 and %3").arg(s.fps).arg(kMinFps).arg(kMaxFps);
    if (s.loop < 0 || s.loop > 65536)
        return ExportJob::tr("loop %1 is out of range: 0 (forever) to 65536 plays").arg(s.loop);
    const QSize size = PictureCanvas::pixelSize(picture, s.scale);
    if (!target_.isVector() && (size.width() > kMaxPixelsPerSide || size.height() > kMaxPixelsPerSide))
        return ExportJob::tr("%1×%2 pixels is too large (at most %3 on a side): use a smaller scale, or SVG or PDF")
            .arg(size.width()).arg(size.height()).arg(kMaxPixelsPerSide);
    // A vector file holds every cell the picture has, visible at its scale or not: a scatter of a
    // 1000×1000 input would be tens of gigabytes of SVG. PNG draws only what its pixels show.
    constexpr double kCellArea = 40.0 * 40.0;  // world units² of one cell
    constexpr double kMaxVectorCells = 2'000'000;
    const double cells = picture.bounds().width() * picture.bounds().height() / kCellArea;
    if (target_.isVector() && cells > kMaxVectorCells)
        return ExportJob::tr("the picture spans about %L1 cells, too many for a vector file (at most %L2): export a PNG, "
                              "at a smaller --scale if needed")
            .arg(static_cast<qint64>(cells)).arg(static_cast<qint64>(kMaxVectorCells));
    const qint64 frames = plan(*steps).count();
    if (frames > kMaxFrames)
        return ExportJob::tr("%1 frames is too many (at most %2): export fewer steps or at fewer frames per second")
            .arg(frames).arg(kMaxFrames);
    return {};
}

ExportJob::Result ExportJob::run(const Progress& progress) const
{
    QElapsedTimer clock;
    clock.start();
    Result result;
    // Before any drawing: a device, a FIFO, an input or earlier frames are never written over.
    result.error = SafeOutputPath::check(target_, settings_.inputs);
    if (!result.error.isEmpty())
        return result;
    const std::unique_ptr<Picture> picture = makePicture(&result.error);
    if (!picture)
        return result;
    result.error = check(*picture);
    if (!result.error.isEmpty())
        return result;
    const StepRange steps = *resolveSteps(*picture, &result.error);
    result = target_.isAnimation() ? runAnimation(*picture, steps, progress) : runStill(*picture, steps);
    result.seconds = clock.elapsed() / 1000.0;
    return result;
}

ExportJob::Result ExportJob::runStill(const Picture& picture, const StepRange& steps) const
{
    Result result;
    result.pixelSize = PictureCanvas::pixelSize(picture, settings_.scale);
    result.error = StillExporter::write(picture, static_cast<double>(steps.first), settings_.render, settings_.scale, target_);
    if (result.error.isEmpty()) {
        result.status = Status::Done;
        result.files = QStringList{target_.path()};
        result.frames = 1;
    }
    return result;
}

int ExportJob::delayCentiseconds(const FramePlan& plan, qint64 frame) const
{
    double seconds = 1.0 / settings_.fps;
    if (frame == plan.count() - 1)
        seconds += kFinalHoldSeconds;
    else if (plan.reachesStep(frame))
        seconds += kHoldSeconds;
    return static_cast<int>(std::lround(seconds * 100.0));
}

double ExportJob::playSeconds(const FramePlan& plan) const
{
    qint64 centiseconds = 0;
    for (qint64 i = 0; i < plan.count(); ++i)
        centiseconds += delayCentiseconds(plan, i);
    return centiseconds / 100.0;
}

ExportJob::Result ExportJob::runAnimation(const Picture& picture, const StepRange& steps, const Progress& progress) const
{
    Result result;
    const FramePlan frames = plan(steps);
    const QSize size = PictureCanvas::pixelSize(picture, settings_.scale);
    result.pixelSize = size;
    const bool gif = target_.format() == ExportTarget::Format::Gif;
    // Exactly one of the two writers is used; both clean up after themselves unless finished.
    GifExporter gifWriter(target_.path());
    FrameSequenceExporter sequence(target_, PictureCanvas::kDpi * settings_.scale);
    const bool opened = gif ? gifWriter.open(size, settings_.loop, settings_.render.transparentBackground) : sequence.open();
    if (!opened) {
        result.error = gif ? gifWriter.error() : sequence.error();
        return result;
    }
    for (qint64 i = 0; i < frames.count(); ++i) {
        const QImage image = PictureCanvas::render(picture, frames.position(i), settings_.render, settings_.scale);
        if (image.isNull()) {
            result.error = ExportJob::tr("not enough memory for a %1×%2 frame").arg(size.width()).arg(size.height());
            return result;
        }
        const bool added = gif ? gifWriter.addFrame(image, delayCentiseconds(frames, i)) : sequence.addFrame(image);
        if (!added) {
            result.error = gif ? gifWriter.error() : sequence.error();
            return result;
        }
        result.frames = i + 1;
        if (progress && !progress(i + 1, frames.count())) {
            result.status = Status::Cancelled;
            return result;  // the writers' destructors remove what was written
        }
    }
    if (gif) {
        if (!gifWriter.finish()) {
            result.error = gifWriter.error();
            return result;
        }
        result.files = QStringList{target_.path()};
    } else {
        sequence.finish();
        result.files = sequence.written();
    }
    result.status = Status::Done;
    return result;
}

} // namespace sb
