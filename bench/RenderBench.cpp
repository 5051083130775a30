// SPDX-License-Identifier: MIT
#include "RenderBench.h"

#include "BenchTiming.h"

#include "app/render/SceneRenderer.h"
#include "core/TensorFill.h"

#include <QImage>
#include <QPainter>

#include <cstdio>

namespace sbbench {

namespace {

std::shared_ptr<const sb::ScatterRecord> record(sb::Size2 input, std::int64_t kernel, std::int64_t stride, std::int64_t padding)
{
    sb::ConvTransposeProblem p;
    p.params.kernel_size = kernel;
    p.params.stride = stride;
    p.params.padding = padding;
    p.input = sb::makeFilled({1, 1, input.h, input.w}, {sb::FillKind::Random, 0, 3});
    p.weight = sb::makeFilled({1, 1, kernel, kernel}, {sb::FillKind::Arange, 1});
    return std::make_shared<const sb::ScatterRecord>(sb::validate(p));
}

// Frames at positions spread over the timeline, each halfway through a step (something moving),
// fitted to the image like the window's "fit" zoom, and zoomed 4× into the middle.
void measure(const char* name, const std::shared_ptr<const sb::ScatterRecord>& rec)
{
    const sb::ScatterScene scene(rec, {0, 0}, false, sb::ViewId::Scatter);
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const QRectF b = scene.layout().bounds();
    const double fit = std::min(1920 / b.width(), 1080 / b.height());
    const sb::RenderOptions options;
    for (double zoom : {1.0, 4.0}) {
        int frame = 0;
        const qint64 steps = scene.timeline().size();
        const double ms = medianMilliseconds(61, [&] {
            const double position = std::fmod(frame++ * 7.5 + 0.5, static_cast<double>(steps - 1));
            QPainter painter(&image);
            painter.fillRect(image.rect(), Qt::white);
            painter.translate(960, 540);
            painter.scale(fit * zoom, fit * zoom);
            painter.translate(-b.center());
            sb::SceneRenderer::paint(painter, scene, scene.frameAt(position), options);
        });
        std::printf("  %-34s zoom %.0fx: median %.2f ms per frame (%.0f fps)\n", name, zoom, ms, 1000.0 / ms);
    }
}

} // namespace

void runRenderBench()
{
    std::printf("renderer frame time, offscreen 1920x1080, median of 61 animated frames\n");
    measure("seed 004: 4x4, k4 s2 p1", record(4, 4, 2, 1));
    measure("32x32 input, k5 s2", record(32, 5, 2, 0));
    // Cells smaller than a pixel at fit: every grid is colour alone (level of detail), one image each.
    measure("256x256 input, k3 s2", record(256, 3, 2, 0));
}

} // namespace sbbench
