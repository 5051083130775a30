#include "app/render/views/ResizeConvPicture.h"

#include "app/render/GridPainter.h"
#include "app/render/Inspection.h"
#include "app/render/ModuleCall.h"
#include "app/render/SceneLayout.h"
#include "app/render/views/PictureChrome.h"
#include "core/OverlapMap.h"

#include <algorithm>

namespace sb {

namespace {

constexpr double kMapSide = 420.0;  // the largest side a grid takes; cells shrink to fit it
constexpr double kLabel = 190.0;    // the method's name left of its row

double minimumOf(const HeatMap& a, const HeatMap& b, const HeatMap& c)
{
    return std::min({a.minimum(), b.minimum(), c.minimum()});
}

double maximumOf(const HeatMap& a, const HeatMap& b, const HeatMap& c)
{
    return std::max({a.maximum(), b.maximum(), c.maximum()});
}

} // namespace

ResizeConvPicture::ResizeConvPicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane)
    : record_(std::move(record)), plane_(plane)
{
    const Layer& layer = record_->layer();
    const LayerGeometry& g = layer.geometry;
    ci_ = g.firstInputOfOutput(plane.co);
    const ResizeConvolution nearest(layer, UpsampleMode::Nearest);
    const ResizeConvolution bilinear(layer, UpsampleMode::Bilinear);

    maps_[Transposed][Source] = HeatMap::ofPlane(layer.input, plane.n, ci_);
    maps_[Transposed][Output] = HeatMap::ofPlane(record_->output(), plane.n, plane.co);
    maps_[Transposed][Overlap] = HeatMap::ofOverlap(OverlapMap(g));
    std::vector<double> counts;
    for (std::int64_t oy = 0; oy < g.output.h; ++oy)
        for (std::int64_t ox = 0; ox < g.output.w; ++ox)
            counts.push_back(nearest.overlapAt(oy, ox));
    // Which cells the taps reach does not depend on how the input was upsampled.
    const HeatMap resizeOverlap(g.output.h, g.output.w, std::move(counts));
    const std::array<const ResizeConvolution*, 2> resized{&nearest, &bilinear};
    for (int m = Nearest; m <= Bilinear; ++m) {
        maps_[m][Source] = HeatMap::ofPlane(resized[m - 1]->upsampled(), plane.n, ci_);
        maps_[m][Output] = HeatMap::ofPlane(resized[m - 1]->output(), plane.n, plane.co);
        maps_[m][Overlap] = resizeOverlap;
    }
    layout();
}

HeatScale ResizeConvPicture::scale(Column column, const Theme& theme) const
{
    const HeatMap& a = maps_[Transposed][column];
    const HeatMap& b = maps_[Nearest][column];
    const HeatMap& c = maps_[Bilinear][column];
    const double lo = minimumOf(a, b, c), hi = maximumOf(a, b, c);
    return column == Overlap ? HeatScale::overlap(theme, lo, hi) : HeatScale::values(theme, lo, hi);
}

void ResizeConvPicture::layout()
{
    const LayerGeometry& g = record_->geometry();
    const std::int64_t side = std::max({g.output.h, g.output.w, g.input.h, g.input.w, std::int64_t{1}});
    const double cell = std::clamp(kMapSide / static_cast<double>(side), 2.0, SceneLayout::kCell);
    const double column = std::max(static_cast<double>(std::max(g.output.w, g.input.w)) * cell, 300.0) + SceneLayout::kGap;
    const double rowHeight = static_cast<double>(std::max(g.output.h, g.input.h)) * cell + SceneLayout::kCaption + 26;
    labelLeft_ = SceneLayout::kMargin;
    const double left = SceneLayout::kMargin + kLabel;
    double top = SceneLayout::kMargin + SceneLayout::kTitle + SceneLayout::kCaption + 10;
    for (int m = Transposed; m <= Bilinear; ++m) {
        for (int c = Source; c <= Overlap; ++c)
            grids_[m][c] = GridGeometry{QPointF(left + c * column, top), maps_[m][c].rows(), maps_[m][c].cols(), cell};
        top += rowHeight;
    }
    for (int c = Source; c <= Overlap; ++c)
        legends_[c] = QRectF(left + c * column, top - 10, 200, 14);
    const double width = std::max(left + 3 * column - SceneLayout::kGap + SceneLayout::kMargin, 1240.0);
    title_ = QRectF(SceneLayout::kMargin, SceneLayout::kMargin, width - 2 * SceneLayout::kMargin, SceneLayout::kTitle - 8);
    footer_ = QRectF(SceneLayout::kMargin, top + 40, width - 2 * SceneLayout::kMargin, SceneLayout::kFooter);
    bounds_ = QRectF(0, 0, width, footer_.bottom() + SceneLayout::kMargin);
}

QRectF ResizeConvPicture::cellRect(Method method, Column column, std::int64_t row, std::int64_t col) const
{
    return grids_[method][column].cellRect(row, col);
}

QString ResizeConvPicture::narration(qint64 step) const
{
    Q_UNUSED(step);
    const HeatMap& t = maps_[Transposed][Overlap];
    const LayerGeometry& g = record_->geometry();
    return QStringLiteral("Same %1×%2 output, same kernel: the transposed convolution gives %3 to %4 contributions per cell; "
                          "upsampling then convolving gives %5 everywhere inside, so no checkerboard.")
        .arg(g.output.h)
        .arg(g.output.w)
        .arg(formatValue(t.minimum()), formatValue(t.maximum()), formatValue(maps_[Nearest][Overlap].maximum()));
}

void ResizeConvPicture::paint(QPainter& painter, double position, const RenderOptions& options) const
{
    PictureChrome::beginPaint(painter, options, bounds_);
    GridPainter gp(painter, options);
    const Theme& theme = options.theme;
    const LayerGeometry& g = record_->geometry();
    PictureChrome::paintTitle(gp, title_, moduleCall(g, record_->layer().hasBias()),
                              QStringLiteral("resize-conv: upsample, then a stride-1 convolution with the same kernel and "
                                             "output size — the remedy of Distill's \"Deconvolution and Checkerboard Artifacts\""));
    const std::array<QString, 3> methods{QStringLiteral("ConvTranspose2d"), QStringLiteral("nearest upsample\n+ Conv2d"),
                                         QStringLiteral("bilinear upsample\n+ Conv2d")};
    const std::array<QString, 3> sources{QStringLiteral("input x[%1, %2]  %3×%4").arg(plane_.n).arg(ci_).arg(g.input.h).arg(g.input.w),
                                         QStringLiteral("x upsampled (nearest)  %1×%2").arg(g.output.h).arg(g.output.w),
                                         QStringLiteral("x upsampled (bilinear)  %1×%2").arg(g.output.h).arg(g.output.w)};
    const std::array<HeatScale, 3> scales{scale(Source, theme), scale(Output, theme), scale(Overlap, theme)};
    for (int m = Transposed; m <= Bilinear; ++m) {
        const GridGeometry& first = grids_[m][Source];
        gp.text(QRectF(labelLeft_, first.origin.y(), first.origin.x() - labelLeft_ - 16, 60), methods[m], theme.text, 13, true,
                Qt::AlignRight | Qt::AlignTop);
        const std::array<QString, 3> captions{sources[m], QStringLiteral("output y[%1, %2]").arg(plane_.n).arg(plane_.co),
                                              QStringLiteral("contributions per cell")};
        for (int c = Source; c <= Overlap; ++c) {
            gp.caption(grids_[m][c].origin, captions[c], true, 12);
            maps_[m][c].paint(gp, grids_[m][c], scales[c]);
        }
    }
    HeatMap::paintLegend(gp, legends_[Source], scales[Source], QStringLiteral("input values"));
    HeatMap::paintLegend(gp, legends_[Output], scales[Output], QStringLiteral("one scale for all outputs"));
    HeatMap::paintLegend(gp, legends_[Overlap], scales[Overlap], QStringLiteral("one scale for all overlaps"));

    const QString sentence = options.caption.isEmpty() ? narration(stepAt(position)) : options.caption;
    PictureChrome::paintFooter(gp, footer_, sentence, QString(), false);
    painter.restore();
}

} // namespace sb
