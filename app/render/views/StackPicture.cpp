#include "app/render/views/StackPicture.h"

#include "app/render/GridPainter.h"
#include "app/render/Inspection.h"
#include "app/render/ModuleCall.h"
#include "app/render/SceneLayout.h"
#include "app/render/views/PictureChrome.h"
#include "core/TensorFill.h"

#include <algorithm>

namespace sb {

namespace {

constexpr double kRowWidth = 1500.0;   // all maps side by side fit this width
constexpr double kPanelText = 70.0;    // module call, range and legend under each map
constexpr double kMinPanel = 250.0;    // room for the text under a small map

ConvTransposeParams paramsOf(const LayerGeometry& g, bool bias)
{
    ConvTransposeParams p;
    p.in_channels = g.in_channels;
    p.out_channels = g.out_channels;
    p.kernel_size = g.kernel;
    p.stride = g.stride;
    p.padding = g.padding;
    p.output_padding = g.output_padding;  // resolved from output_size when the config gave one
    p.dilation = g.dilation;
    p.groups = g.groups;
    p.bias = bias;
    return p;
}

} // namespace

ConvTransposeProblem StackPicture::defaultFirst(const Layer& layer)
{
    const LayerGeometry& g = layer.geometry;
    ConvTransposeProblem p;
    p.params = paramsOf(g, layer.hasBias());
    p.input = layer.input;
    p.weight = layer.weight;
    p.bias = layer.bias;
    if (g.out_channels != 1) {
        p.params.out_channels = 1;
        p.params.groups = 1;
        p.params.bias = false;
        p.weight = makeFilled({g.in_channels, 1, g.kernel.h, g.kernel.w}, {FillKind::Ones});
        p.bias.clear();
    }
    return p;
}

std::vector<StackedLayer> StackPicture::defaultRest(const Layer& layer, int depth)
{
    const LayerGeometry& g = layer.geometry;
    ConvTransposeParams p = paramsOf(g, false);
    p.in_channels = p.out_channels = p.groups = 1;
    std::vector<StackedLayer> rest;
    for (int i = 1; i < depth; ++i)
        rest.push_back({p, makeFilled({1, 1, g.kernel.h, g.kernel.w}, {FillKind::Ones}), {}});
    return rest;
}

StackPicture::StackPicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane)
    : StackPicture(record, defaultFirst(record->layer()), defaultRest(record->layer()))
{
    Q_UNUSED(plane);  // the chain is one channel wide after the first layer
}

StackPicture::StackPicture(std::shared_ptr<const ScatterRecord> record, const ConvTransposeProblem& first,
                           const std::vector<StackedLayer>& rest)
    : record_(std::move(record)), stack_(first, rest)
{
    for (std::size_t i = 0; i < stack_.size(); ++i)
        maps_.push_back(HeatMap::ofPlane(stack_.overlap(i), 0, 0));
    layout();
}

void StackPicture::layout()
{
    // One cell size for every map, so each layer's growth is seen as growth.
    double cols = 0;
    std::int64_t rows = 1;
    for (const HeatMap& m : maps_) {
        cols += static_cast<double>(m.cols());
        rows = std::max(rows, m.rows());
    }
    const double gaps = SceneLayout::kGap * static_cast<double>(maps_.size() - 1);
    const double cell = std::clamp((kRowWidth - gaps) / std::max(cols, 1.0), 1.0, SceneLayout::kCell);
    const double top = SceneLayout::kMargin + SceneLayout::kTitle + SceneLayout::kCaption + 10;
    double x = SceneLayout::kMargin;
    for (const HeatMap& m : maps_) {
        grids_.push_back(GridGeometry{QPointF(x, top), m.rows(), m.cols(), cell});
        x += std::max(static_cast<double>(m.cols()) * cell, kMinPanel) + SceneLayout::kGap;
    }
    textTop_ = top + static_cast<double>(rows) * cell + 12;
    const double width = std::max(x - SceneLayout::kGap + SceneLayout::kMargin, 1240.0);
    title_ = QRectF(SceneLayout::kMargin, SceneLayout::kMargin, width - 2 * SceneLayout::kMargin, SceneLayout::kTitle - 8);
    footer_ = QRectF(SceneLayout::kMargin, textTop_ + kPanelText + 30, width - 2 * SceneLayout::kMargin, SceneLayout::kFooter);
    bounds_ = QRectF(0, 0, width, footer_.bottom() + SceneLayout::kMargin);
}

QRectF StackPicture::cellRect(std::size_t layer, std::int64_t oy, std::int64_t ox) const
{
    return grids_.at(layer).cellRect(oy, ox);
}

QString StackPicture::narration(qint64 step) const
{
    step = std::clamp<qint64>(step, 0, stepCount() - 1);
    if (step == 0)
        return QStringLiteral("%1 transposed convolutions in a row, as in a decoder: each one's overlap multiplies the "
                              "pattern of the layers before it.")
            .arg(stack_.size());
    const std::size_t i = static_cast<std::size_t>(step - 1);
    const HeatMap& m = maps_[i];
    const LayerGeometry& g = stack_.layer(i).geometry;
    const QString range = QStringLiteral("%1 to %2 paths per cell").arg(formatValue(m.minimum()), formatValue(m.maximum()));
    if (i == 0)
        return QStringLiteral("Layer 1 makes %1×%2 with %3: its own overlap map.").arg(g.output.h).arg(g.output.w).arg(range);
    const HeatMap& before = maps_[i - 1];
    const bool evenLayer = g.dilation == Size2(1) && g.kernel.h % g.stride.h == 0 && g.kernel.w % g.stride.w == 0;
    return QStringLiteral("Layer %1 makes %2×%3 with %4 (was %5 to %6): %7")
        .arg(i + 1)
        .arg(g.output.h)
        .arg(g.output.w)
        .arg(range, formatValue(before.minimum()), formatValue(before.maximum()),
             evenLayer ? QStringLiteral("an even layer only scales the pattern it receives.")
                       : QStringLiteral("the uneven overlaps multiply, so the checkerboard compounds."));
}

void StackPicture::paint(QPainter& painter, double position, const RenderOptions& options) const
{
    PictureChrome::beginPaint(painter, options, bounds_);
    GridPainter gp(painter, options);
    const Theme& theme = options.theme;
    const qint64 step = stepAt(position);
    PictureChrome::paintTitle(gp, title_, moduleCall(record_->geometry(), record_->layer().hasBias()),
                              QStringLiteral("stack: %1 layers applied one after another, the paths per output cell after "
                                             "each (its own colour scale) · step %2 / %3")
                                  .arg(stack_.size())
                                  .arg(step)
                                  .arg(stepCount() - 1));
    for (std::size_t i = 0; i < maps_.size(); ++i) {
        const GridGeometry& grid = grids_[i];
        const LayerGeometry& g = stack_.layer(i).geometry;
        // Layers appear as the steps reach them (layer i at step i + 1), fading in while moving.
        const double reached = std::clamp(position - static_cast<double>(i), 0.0, 1.0);
        const double alpha = 0.15 + 0.85 * reached;
        const bool current = static_cast<std::size_t>(step) == i + 1;
        gp.caption(grid.origin, QStringLiteral("after layer %1: %2×%3").arg(i + 1).arg(g.output.h).arg(g.output.w), current);
        const HeatMap& m = maps_[i];
        const HeatScale scale = HeatScale::overlap(theme, m.minimum(), m.maximum());
        m.paint(gp, grid, scale, alpha);
        if (current)
            gp.frameRect(grid.rect().adjusted(-4, -4, 4, 4), theme.highlight, 3.0);
        const double left = grid.origin.x();
        const double width = std::max(grid.rect().width(), kMinPanel);
        gp.text(QRectF(left, textTop_, width, 20),
                QStringLiteral("k=%1 s=%2%3").arg(pairText(g.kernel), pairText(g.stride),
                                                  g.padding == Size2(0) ? QString() : QStringLiteral(" p=%1").arg(pairText(g.padding))),
                GridPainter::withAlpha(theme.mutedText, alpha), 11.5);
        if (reached > 0)
            HeatMap::paintLegend(gp, QRectF(left, textTop_ + 26, std::min(width, 200.0), 12), scale, QString());
    }
    const QString sentence = options.caption.isEmpty() ? narration(step) : options.caption;
    PictureChrome::paintFooter(gp, footer_, sentence, QString(), false);
    painter.restore();
}

} // namespace sb
