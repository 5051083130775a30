// SPDX-License-Identifier: MIT
#include "app/render/views/StackPicture.h"

#include "app/render/GridPainter.h"
#include "app/render/Inspection.h"
#include "app/render/ModuleCall.h"
#include "app/render/PictureChrome.h"
#include "app/render/Typography.h"
#include "core/OverlapAnalysis.h"
#include "core/TensorFill.h"

#include <QCoreApplication>

#include <algorithm>

namespace sb {

namespace {

struct StackPictureText {
    Q_DECLARE_TR_FUNCTIONS(StackPicture)
};

constexpr double kGap = 48.0;          // between maps
constexpr double kLegendBar = 160.0;   // a map's colour scale under it

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

QString StackPicture::captionOf(std::size_t i) const
{
    const LayerGeometry& g = stack_.layer(i).geometry;
    return StackPictureText::tr("after layer %1: %2×%3").arg(i + 1).arg(g.output.h).arg(g.output.w);
}

QString StackPicture::argumentsOf(std::size_t i) const
{
    const LayerGeometry& g = stack_.layer(i).geometry;
    // After a ConvTranspose1d every layer of the chain is 1-D (run, like it, at height 1).
    const auto size = [&](Size2 v) { return argumentText(v, record_->geometry().is1d()); };
    QString text = QStringLiteral("kernel_size=%1, stride=%2").arg(size(g.kernel), size(g.stride));
    if (g.padding != Size2(0))
        text += QStringLiteral(", padding=%1").arg(size(g.padding));
    if (g.dilation != Size2(1))
        text += QStringLiteral(", dilation=%1").arg(size(g.dilation));
    return text;
}

HeatScale StackPicture::scaleOf(std::size_t i, const Theme& theme) const
{
    return HeatScale::overlap(theme, maps_[i].minimum(), maps_[i].maximum());
}

void StackPicture::layout()
{
    // One cell size for every map, so each layer's growth is seen as growth: the one every map's
    // numbers fit, smaller (colour alone) only when the picture would exceed 4000 px a side.
    double cell = 0.0;
    for (const HeatMap& m : maps_)
        cell = std::max(cell, m.textCell());
    PictureChrome::fitCells(cell, [this](double c) {
        place(c);
        return bounds_;
    });
}

void StackPicture::place(double cell)
{
    const double m = PictureChrome::kMargin;
    grids_.clear();
    columns_.clear();
    std::int64_t rows = 1;
    double x = m;
    const double top0 = 0.0;
    for (std::size_t i = 0; i < maps_.size(); ++i) {
        const HeatMap& map = maps_[i];
        rows = std::max(rows, map.rows());
        const double column = std::max({static_cast<double>(map.cols()) * cell, Typography::width(captionOf(i), Typography::kHeading, true),
                                        Typography::width(argumentsOf(i), Typography::kLabel),
                                        HeatMap::legendSize(scaleOf(i, Theme::light()), QString(), kLegendBar).width()});
        grids_.push_back(GridGeometry{QPointF(x, top0), map.rows(), map.cols(), cell});
        columns_.push_back(column);
        x += column + kGap;
    }
    const double width = std::max(x - kGap + m, PictureChrome::kMinWidth + 2 * m);
    const QString title = moduleCall(record_->geometry(), record_->layer().hasBias());
    title_ = QRectF(m, m, width - 2 * m, PictureChrome::titleHeight(title, width - 2 * m));
    const double top = title_.bottom() + 18 + PictureChrome::captionHeight();
    for (GridGeometry& grid : grids_)
        grid.origin.setY(top);
    textTop_ = top + static_cast<double>(rows) * cell + 12;
    argumentsHeight_ = Typography::lineHeight(Typography::kLabel) + 6;
    const double legendHeight = HeatMap::legendSize(scaleOf(0, Theme::light()), QString(), kLegendBar).height();
    footer_ = QRectF(m, textTop_ + argumentsHeight_ + legendHeight + 28, width - 2 * m, PictureChrome::footerHeight());
    bounds_ = QRectF(0, 0, width, footer_.bottom() + m);
}

QRectF StackPicture::cellRect(std::size_t layer, std::int64_t oy, std::int64_t ox) const
{
    return grids_.at(layer).cellRect(oy, ox);
}

QString StackPicture::narration(qint64 step) const
{
    // Step i shows layer i + 1 reached: the view opens on the first layer's own map.
    const std::size_t i = static_cast<std::size_t>(std::clamp<qint64>(step, 0, stepCount() - 1));
    const HeatMap& m = maps_[i];
    const LayerGeometry& g = stack_.layer(i).geometry;
    //: Paths: the ways an input element reaches an output cell through the stacked layers
    const QString range = StackPictureText::tr("%1 to %2 paths per cell").arg(NumberFormat::plain(m.minimum()), NumberFormat::plain(m.maximum()));
    if (i == 0)
        //: %3 is a range like "1 to 4 paths per cell", %4 the number of layers
        return StackPictureText::tr("Layer 1 makes %1×%2 with %3: its own overlap map. %4 transposed convolutions follow one another, "
                              "as in a decoder: each one's overlap multiplies the pattern of the layers before it.")
            .arg(g.output.h)
            .arg(g.output.w)
            .arg(range)
            .arg(stack_.size());
    const HeatMap& before = maps_[i - 1];
    // Whether this layer's own overlap is even, as core decides it (dilation included).
    const bool evenLayer = OverlapAnalysis(g).even();
    //: %4 is a range like "1 to 4 paths per cell"; %7 is one of the two clauses that follow
    return StackPictureText::tr("Layer %1 makes %2×%3 with %4 (was %5 to %6): %7")
        .arg(i + 1)
        .arg(g.output.h)
        .arg(g.output.w)
        .arg(range, NumberFormat::plain(before.minimum()), NumberFormat::plain(before.maximum()),
             evenLayer ? StackPictureText::tr("an even layer only scales the pattern it receives.")
                       : StackPictureText::tr("the uneven overlaps multiply, so the checkerboard compounds."));
}

void StackPicture::paint(QPainter& painter, double position, const RenderOptions& options) const
{
    PictureChrome::beginPaint(painter, options, bounds_);
    GridPainter gp(painter, options);
    const Theme& theme = options.theme;
    const qint64 step = stepAt(position);
    PictureChrome::paintTitle(gp, title_, moduleCall(record_->geometry(), record_->layer().hasBias()),
                              //: The view's subtitle; %1 is the view's name ("stack"), %2 the number of layers
                              StackPictureText::tr("%1: %2 layers one after another, the paths per output cell after each (its own "
                                                   "colour scale) · layer %3 / %4")
                                  .arg(viewTitle(ViewId::Stack))
                                  .arg(stack_.size())
                                  .arg(step + 1)
                                  .arg(stack_.size()));
    for (std::size_t i = 0; i < maps_.size(); ++i) {
        const GridGeometry& grid = grids_[i];
        // Layer i is reached at step i (the first one at the start), fading in while moving to it.
        const double reached = std::clamp(position - static_cast<double>(i) + 1.0, 0.0, 1.0);
        const double alpha = 0.15 + 0.85 * reached;
        const bool current = static_cast<std::size_t>(step) == i;
        gp.caption(grid.origin, captionOf(i), current, Typography::kHeading);
        const HeatMap& m = maps_[i];
        const HeatScale scale = scaleOf(i, theme);
        m.paint(gp, grid, scale, alpha);
        if (current)
            gp.frameRect(grid.rect().adjusted(-4, -4, 4, 4), theme.highlight, 3.0);
        const double left = grid.origin.x();
        gp.text(QRectF(left, textTop_, columns_[i], argumentsHeight_), argumentsOf(i), GridPainter::withAlpha(theme.mutedText, alpha),
                Typography::kLabel, false, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
        HeatMap::paintLegend(gp, QPointF(left, textTop_ + argumentsHeight_), kLegendBar, scale, QString(), alpha);
    }
    const QString sentence = options.caption.isEmpty() ? narration(step) : options.caption;
    PictureChrome::paintFooter(gp, footer_, sentence, QString(), false);
    painter.restore();
}

} // namespace sb
