// EquivalentLayout: where every part of the equivalent view sits, in world coordinates (the
// scatter view's units: cells of SceneLayout::kCell). Row 1: the input x, the kernel w and its
// flipped copy, seed 000's rule; row 2: the padded input the flipped kernel slides over, the
// window's products, the output y. Shared by painting and hit testing.
#pragma once

#include "app/render/GridGeometry.h"
#include "app/render/HitTarget.h"
#include "app/render/views/PaddedInputGrid.h"
#include "core/LayerGeometry.h"

#include <QRectF>

namespace sb {

class EquivalentLayout {
public:
    static constexpr double kFlipGap = 120.0;    // between the kernel and its flipped copy: the arrow
    static constexpr double kRulesWidth = 700.0;
    static constexpr double kLine = 24.0;          // one line of the rules and the legend
    static constexpr int kLegendLines = 4;
    static constexpr double kCaptionWidth = 250.0; // room for a grid's caption when the grid is narrower
    static constexpr double kSumWidth = 300.0;     // room for the sum under the products

    EquivalentLayout() = default;
    // ruleLines: lines of seed 000's rule in the panel; minWidth: room the title needs.
    EquivalentLayout(const LayerGeometry& geometry, const PaddedInputGrid& grid, int ruleLines, double minWidth);

    QRectF bounds() const { return bounds_; }
    QRectF titleRect() const { return title_; }
    QRectF footerRect() const { return footer_; }
    QRectF rulesRect() const { return rules_; }
    QRectF legendRect() const { return legend_; }
    // Under the flipped kernel: which original tap its top-left is.
    QRectF flipNoteRect() const { return flipNote_; }
    // Under the products: their sum.
    QRectF sumRect() const { return sum_; }

    const GridGeometry& input() const { return input_; }
    const GridGeometry& kernel() const { return kernel_; }
    const GridGeometry& flipped() const { return flipped_; }
    // The drawn padded input (PaddedInputGrid's rows × cols, crop included).
    const GridGeometry& padded() const { return padded_; }
    const GridGeometry& products() const { return products_; }
    const GridGeometry& output() const { return output_; }

    // Input cells report the element of `channel`; padded cells their padded coordinates (Padded);
    // both kernels and the products report the original tap (ky, kx); output cells (oy, ox).
    HitTarget hitTest(const QPointF& world, const PaddedInputGrid& grid, qint64 channel) const;

private:
    LayerGeometry g_;
    QRectF bounds_, title_, footer_, rules_, legend_, flipNote_, sum_;
    GridGeometry input_, kernel_, flipped_, padded_, products_, output_;
};

} // namespace sb
