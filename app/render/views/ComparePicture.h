// SPDX-License-Identifier: MIT
// ComparePicture: the `compare` view — the layer's overlap map beside the same layer with its
// kernel size rounded up to a multiple of the stride (k3 s2 → k4 s2) and with kernel = stride
// (k2 s2), the three comparisons of the Distill article on checkerboard artifacts (linked from
// seed 000). All panels take the same input size with a ones kernel, so each map counts
// contributions, and they share ONE colour scale: a 4 is the same colour in every panel. Under
// each map, OverlapAnalysis's verdict and its interior / border ranges. A still picture.
#pragma once

#include "app/render/Picture.h"
#include "app/render/views/CompareLayout.h"
#include "app/render/views/HeatMap.h"
#include "core/OverlapAnalysis.h"
#include "core/ScatterRecord.h"
#include "core/Timeline.h"

#include <memory>
#include <vector>

namespace sb {

class ComparePicture : public Picture {
public:
    ComparePicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane);

    // Panel 0 is the layer itself; then the rounded-up kernel and kernel = stride, each left out
    // when it repeats an earlier panel or PyTorch would reject it (e.g. too much padding).
    std::size_t panelCount() const { return panels_.size(); }
    const LayerGeometry& panelGeometry(std::size_t i) const { return panels_[i].geometry; }
    const OverlapAnalysis& panelAnalysis(std::size_t i) const { return panels_[i].analysis; }
    // The one scale every panel is coloured on: min and max count over all panels.
    double scaleMinimum() const { return lo_; }
    double scaleMaximum() const { return hi_; }
    QRectF cellRect(std::size_t panel, std::int64_t oy, std::int64_t ox) const;
    const CompareLayout& layout() const { return layout_; }

    // The kernel size rounded up per axis to a multiple of the stride: ⌈k / s⌉·s.
    static Size2 roundedUpKernel(Size2 kernel, Size2 stride);

    // Picture
    ViewId view() const override { return ViewId::Compare; }
    QRectF bounds() const override { return layout_.bounds(); }
    qint64 stepCount() const override { return 1; }
    QString narration(qint64 step) const override;
    void paint(QPainter& painter, double position, const RenderOptions& options) const override;

private:
    class Painter;                               // one frame's painting, section by section (ComparePicture.cpp)
    static constexpr double kLegendBar = 200.0;  // the shared scale's bar

    struct Panel {
        QString role;
        LayerGeometry geometry;
        OverlapAnalysis analysis;
        HeatMap map;
    };
    void addPanel(const QString& role, Size2 kernel);
    // Measures the panels' texts and numbers and lays the picture out (CompareLayout).
    void layout();
    static QString captionOf(const Panel& panel);
    static QString statsOf(const Panel& panel);
    static QString legendLabel();

    std::shared_ptr<const ScatterRecord> record_;
    std::vector<Panel> panels_;
    double lo_ = 0, hi_ = 1;
    CompareLayout layout_;
};

} // namespace sb
