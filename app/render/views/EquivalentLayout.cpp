#include "app/render/views/EquivalentLayout.h"

#include "app/render/SceneLayout.h"

#include <algorithm>

namespace sb {

EquivalentLayout::EquivalentLayout(const LayerGeometry& g, const PaddedInputGrid& grid, int ruleLines, double minWidth)
    : g_(g)
{
    // The scatter view's measures, so both views read alike (and sit side by side).
    const double c = SceneLayout::kCell, margin = SceneLayout::kMargin, gap = SceneLayout::kGap;
    const double caption = SceneLayout::kCaption;
    const double top = margin + SceneLayout::kTitle;

    // Row 1: input, kernel → flipped kernel, the rule.
    const double row1 = top + caption;
    input_ = {QPointF(margin, row1), g.input.h, g.input.w, c};
    kernel_ = {QPointF(margin + std::max(input_.rect().width(), kCaptionWidth * 0.7) + gap, row1), g.kernel.h, g.kernel.w, c};
    flipped_ = {QPointF(kernel_.rect().right() + kFlipGap, row1), g.kernel.h, g.kernel.w, c};
    flipNote_ = QRectF(flipped_.rect().left(), flipped_.rect().bottom() + 6, std::max(flipped_.rect().width(), 230.0), 2 * kLine);
    rules_ = QRectF(std::max(flipped_.rect().right(), flipNote_.right()) + gap, top, kRulesWidth, ruleLines * kLine + 16);
    const double row1Bottom = std::max({input_.rect().bottom(), flipNote_.bottom(), rules_.bottom()});

    // Row 2: padded input, products, output; the output starts level with the padded input, as
    // its cell (0, 0) is the window whose top-left is padded (0, 0).
    const double row2 = row1Bottom + gap * 0.75 + caption;
    padded_ = {QPointF(margin, row2), grid.rows(), grid.cols(), c};
    legend_ = QRectF(margin, padded_.rect().bottom() + 14, std::max(padded_.rect().width(), 600.0), kLegendLines * kLine);
    products_ = {QPointF(margin + std::max(padded_.rect().width(), kCaptionWidth) + gap, row2), g.kernel.h, g.kernel.w, c};
    const double productsWidth = std::max(products_.rect().width(), kSumWidth);
    sum_ = QRectF(products_.rect().left(), products_.rect().bottom() + 8, productsWidth, 3 * kLine);
    output_ = {QPointF(products_.rect().left() + productsWidth + gap, row2), g.output.h, g.output.w, c};

    const double right = std::max({output_.rect().right(), rules_.right(), legend_.right(), margin + minWidth});
    const double bottom = std::max({legend_.bottom(), sum_.bottom(), output_.rect().bottom()});
    title_ = QRectF(margin, margin, right - margin, SceneLayout::kTitle - 8);
    footer_ = QRectF(margin, bottom + 24, right - margin, SceneLayout::kFooter);
    bounds_ = QRectF(0, 0, right + margin, footer_.bottom() + margin);
}

HitTarget EquivalentLayout::hitTest(const QPointF& p, const PaddedInputGrid& grid, qint64 channel) const
{
    HitTarget hit;
    qint64 r = 0, col = 0;
    if (output_.cellAt(p, r, col)) {
        hit.kind = HitTarget::Kind::Output;
        hit.oy = r;
        hit.ox = col;
        hit.y = r + g_.padding.h;
        hit.x = col + g_.padding.w;
    } else if (padded_.cellAt(p, r, col)) {
        hit.kind = HitTarget::Kind::Padded;
        hit.y = grid.paddedRow(r);
        hit.x = grid.paddedCol(col);
        std::int64_t iy = 0, ix = 0;
        if (grid.elementAt(r, col, iy, ix)) {
            hit.ci = channel;
            hit.iy = iy;
            hit.ix = ix;
        }
    } else if (input_.cellAt(p, r, col)) {
        hit.kind = HitTarget::Kind::Input;
        hit.ci = channel;
        hit.iy = r;
        hit.ix = col;
    } else if (kernel_.cellAt(p, r, col)) {
        hit.kind = HitTarget::Kind::Kernel;
        hit.ky = r;
        hit.kx = col;
    } else if (flipped_.cellAt(p, r, col) || products_.cellAt(p, r, col)) {
        // Flipped tap (fy, fx) is the original tap (kH−1−fy, kW−1−fx).
        hit.kind = HitTarget::Kind::Kernel;
        hit.ky = g_.kernel.h - 1 - r;
        hit.kx = g_.kernel.w - 1 - col;
    }
    return hit;
}

} // namespace sb
