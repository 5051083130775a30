// SPDX-License-Identifier: MIT
// ImagePicture: the `image` view — the layer applied to a real photo, each colour channel through
// the chosen kernel: the photo, the transposed convolution's output and the resize-convolution's
// (nearest upsampling + stride-1 Conv2d, same kernel and size), each normalised for display, and
// the overlap map that explains the difference. A second row magnifies the same small region of
// all four, where the checkerboard of Distill's "Deconvolution and Checkerboard Artifacts" shows
// pixel by pixel. A still picture of an ImageExperiment (computed beforehand, off the GUI thread
// in the window).
#pragma once

#include "app/render/ImageExperiment.h"
#include "app/render/Picture.h"
#include "app/render/views/ImageLayout.h"

#include <QImage>

#include <array>
#include <memory>

namespace sb {

class ImagePicture : public Picture {
public:
    enum Panel { Input, Output, Resized, Overlap };

    explicit ImagePicture(std::shared_ptr<const ImageExperiment> experiment);

    const ImageExperiment& experiment() const { return *experiment_; }
    // Where a panel shows its whole image, and its magnified detail below.
    QRectF panelRect(Panel panel) const { return layout_.panelRect(panel); }
    QRectF detailRect(Panel panel) const { return layout_.detailRect(panel); }
    const ImageLayout& layout() const { return layout_; }
    // The magnified region, in output pixels (the input's is the same fraction of the photo).
    QRect detailRegion() const { return region_; }

    // Picture
    ViewId view() const override { return ViewId::Image; }
    QRectF bounds() const override { return layout_.bounds(); }
    qint64 stepCount() const override { return 1; }
    QString narration(qint64 step) const override;
    void paint(QPainter& painter, double position, const RenderOptions& options) const override;

private:
    class Painter;                               // one frame's painting, section by section (ImagePicture.cpp)
    static constexpr int kDetail = 24;           // output pixels across the magnified region
    static constexpr double kLegendBar = 150.0;  // the overlap's colour scale

    // Writes the captions and notes and lays the panels out (ImageLayout).
    void layout();
    QImage image(Panel panel, const Theme& theme) const;
    QRectF sourceRegion(Panel panel) const;  // detailRegion() in the panel image's pixels

    std::shared_ptr<const ImageExperiment> experiment_;
    QImage overlapLevels_;  // Indexed8: 0 … 255 from the fewest contributions to the most
    bool overlapEven_ = false;
    QString overlapCounts_;  // "1, 2 or 4"
    std::array<double, 2> rowContrast_{};  // the output's and the resize-convolution's, 0 … 1
    QRect region_;
    std::array<QString, 4> captions_, notes_;
    QString detailCaption_;
    ImageLayout layout_;
};

} // namespace sb
