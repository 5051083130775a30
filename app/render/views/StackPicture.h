// SPDX-License-Identifier: MIT
// StackPicture: the `stack` view — transposed convolutions applied one after another, as in a
// decoder, and the overlap map after each (LayerStack::overlap: paths from the input to each
// cell). The maps multiply, so an uneven layer's checkerboard compounds into the coarser,
// stronger patterns the Distill article (linked from seed 000) shows growing with depth. One step
// per layer, the current one highlighted; the view opens on the first layer.
//
// The default chain, since a config describes one layer: that layer, then the same call twice
// more on its own output as ConvTranspose2d(1, 1, kernel_size, stride, padding, output_padding,
// dilation, bias=False) with a ones kernel — three layers. When the config's layer has several
// output channels, the first layer keeps its input and arguments but gets out_channels=1,
// groups=1 and a ones kernel, so the chain stays one channel wide.
#pragma once

#include "app/render/Picture.h"
#include "app/render/views/HeatMap.h"
#include "app/render/views/StackLayout.h"
#include "core/LayerStack.h"
#include "core/ScatterRecord.h"
#include "core/Timeline.h"

#include <memory>
#include <vector>

namespace sb {

class StackPicture : public Picture {
public:
    static constexpr int kDefaultDepth = 3;

    StackPicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane);
    // An explicit chain: the first problem and the layers after it.
    StackPicture(std::shared_ptr<const ScatterRecord> record, const ConvTransposeProblem& first,
                 const std::vector<StackedLayer>& rest);

    // The chain the default constructor builds from a record (see the header comment).
    static ConvTransposeProblem defaultFirst(const Layer& layer);
    static std::vector<StackedLayer> defaultRest(const Layer& layer, int depth = kDefaultDepth);

    const LayerStack& stack() const { return stack_; }
    const HeatMap& overlapMap(std::size_t i) const { return maps_[i]; }
    QRectF cellRect(std::size_t layer, std::int64_t oy, std::int64_t ox) const;
    const StackLayout& layout() const { return layout_; }

    // Picture
    ViewId view() const override { return ViewId::Stack; }
    QRectF bounds() const override { return layout_.bounds(); }
    // One step per layer: step i shows layers 1 … i + 1, the last of them highlighted, so the
    // view opens on the first layer's map.
    qint64 stepCount() const override { return static_cast<qint64>(stack_.size()); }
    QString narration(qint64 step) const override;
    void paint(QPainter& painter, double position, const RenderOptions& options) const override;

private:
    class Painter;                               // one frame's painting, section by section (StackPicture.cpp)
    static constexpr double kLegendBar = 160.0;  // a map's colour scale under it

    // Measures the maps' texts and numbers and lays the picture out (StackLayout).
    void layout();
    QString captionOf(std::size_t layer) const;
    QString argumentsOf(std::size_t layer) const;
    HeatScale scaleOf(std::size_t layer, const Theme& theme) const;

    std::shared_ptr<const ScatterRecord> record_;
    LayerStack stack_;
    std::vector<HeatMap> maps_;
    StackLayout layout_;
};

} // namespace sb
