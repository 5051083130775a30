// SPDX-License-Identifier: MIT
// ResizeConvPicture: the `resize-conv` view — the remedy Odena et al. recommend against
// checkerboard artifacts (Distill 2016, linked from seed 000), beside the layer it replaces. One
// row per method, each with what the kernel slides over, the output and the overlap map:
//   ConvTranspose2d:               input x,                        output, overlap (uneven for k3 s2)
//   nearest upsample + Conv2d:     x upsampled to the output size, output, overlap (even inside)
//   bilinear upsample + Conv2d:    x upsampled bilinearly,         output, overlap (the same)
// Both resize-convolutions keep the transposed layer's output size and kernel values
// (ResizeConvolution). The outputs share one colour scale, the overlaps another. A still picture.
#pragma once

#include "app/render/Picture.h"
#include "app/render/views/HeatMap.h"
#include "app/render/views/ResizeConvLayout.h"
#include "core/ResizeConvolution.h"
#include "core/ScatterRecord.h"
#include "core/Timeline.h"

#include <array>
#include <memory>

namespace sb {

class ResizeConvPicture : public Picture {
public:
    enum Method { Transposed, Nearest, Bilinear };
    enum Column { Source, Output, Overlap };

    ResizeConvPicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane);

    // The grid of one method and column: the plane's input channel (the first of its group), the
    // output plane (n, co), or the contributions per output cell.
    const HeatMap& map(Method method, Column column) const { return maps_[method][column]; }
    // One scale per column across the three methods: outputs comparable, overlaps comparable.
    HeatScale scale(Column column, const Theme& theme) const;
    QRectF cellRect(Method method, Column column, std::int64_t row, std::int64_t col) const;
    const ResizeConvLayout& layout() const { return layout_; }

    // Picture
    ViewId view() const override { return ViewId::ResizeConv; }
    QRectF bounds() const override { return layout_.bounds(); }
    qint64 stepCount() const override { return 1; }
    QString narration(qint64 step) const override;
    void paint(QPainter& painter, double position, const RenderOptions& options) const override;

private:
    class Painter;                               // one frame's painting, section by section (ResizeConvPicture.cpp)
    static constexpr double kLegendBar = 160.0;  // a column's colour scale under its last grid

    // Measures the grids' captions and numbers and lays the picture out (ResizeConvLayout).
    void layout();
    static QStringList methodName(Method method);
    QString captionOf(Method method, Column column) const;

    std::shared_ptr<const ScatterRecord> record_;
    PlaneSelection plane_;
    std::int64_t ci_ = 0;
    std::array<std::array<HeatMap, 3>, 3> maps_;
    ResizeConvLayout layout_;
};

} // namespace sb
