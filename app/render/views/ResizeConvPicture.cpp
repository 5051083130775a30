// SPDX-License-Identifier: MIT
#include "app/render/views/ResizeConvPicture.h"

#include "app/render/GridPainter.h"
#include "app/render/Inspection.h"
#include "app/render/ModuleCall.h"
#include "app/render/PictureChrome.h"
#include "app/render/PicturePainter.h"
#include "app/render/Typography.h"
#include "core/OverlapMap.h"

#include <QCoreApplication>

#include <algorithm>

namespace sb {

namespace {

struct ResizeConvPictureText {
    Q_DECLARE_TR_FUNCTIONS(ResizeConvPicture)
};

// Built at each call, in the language of the moment.
std::array<QString, 3> legendLabels()
{
    return {ResizeConvPictureText::tr("input values"), ResizeConvPictureText::tr("one scale for all outputs"),
            ResizeConvPictureText::tr("one scale for all overlaps")};
}

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

QStringList ResizeConvPicture::methodName(Method method)
{
    switch (method) {
    case Transposed: return {QStringLiteral("ConvTranspose2d")};
    //: A method's name, on two lines: "nearest upsample" / "+ Conv2d"
    case Nearest: return {ResizeConvPictureText::tr("nearest upsample"), QStringLiteral("+ Conv2d")};
    case Bilinear: break;
    }
    //: A method's name, on two lines: "bilinear upsample" / "+ Conv2d"
    return {ResizeConvPictureText::tr("bilinear upsample"), QStringLiteral("+ Conv2d")};
}

QString ResizeConvPicture::captionOf(Method method, Column column) const
{
    const LayerGeometry& g = record_->geometry();
    if (column == Output)
        return ResizeConvPictureText::tr("output y[%1, %2]  %3×%4").arg(plane_.n).arg(plane_.co).arg(g.output.h).arg(g.output.w);
    if (column == Overlap)
        return ResizeConvPictureText::tr("contributions per cell");
    switch (method) {
    case Transposed: return ResizeConvPictureText::tr("input x[%1, %2]  %3×%4").arg(plane_.n).arg(ci_).arg(g.input.h).arg(g.input.w);
    case Nearest: return ResizeConvPictureText::tr("x upsampled (nearest)  %1×%2").arg(g.output.h).arg(g.output.w);
    case Bilinear: break;
    }
    return ResizeConvPictureText::tr("x upsampled (bilinear)  %1×%2").arg(g.output.h).arg(g.output.w);
}

void ResizeConvPicture::layout()
{
    ResizeConvLayout::Measures measures;
    const Theme& measureTheme = Theme::light();  // legends measure the same in either theme
    for (int r = Transposed; r <= Bilinear; ++r) {
        measures.methodNames[r] = methodName(static_cast<Method>(r));
        for (int c = Source; c <= Overlap; ++c) {
            const HeatMap& map = maps_[r][c];
            measures.grids[r][c] = {map.rows(), map.cols(), map.textCell(),
                                    captionOf(static_cast<Method>(r), static_cast<Column>(c))};
        }
    }
    for (int c = Source; c <= Overlap; ++c)
        measures.legends[c] =
            HeatMap::legendSize(scale(static_cast<Column>(c), measureTheme), legendLabels()[c], kLegendBar);
    measures.title = moduleCall(record_->geometry(), record_->layer().hasBias());
    layout_ = ResizeConvLayout(measures);
}

QRectF ResizeConvPicture::cellRect(Method method, Column column, std::int64_t row, std::int64_t col) const
{
    return layout_.grid(method, column).cellRect(row, col);
}

QString ResizeConvPicture::narration(qint64 step) const
{
    Q_UNUSED(step);
    const HeatMap& t = maps_[Transposed][Overlap];
    const LayerGeometry& g = record_->geometry();
    return ResizeConvPictureText::tr("Same %1×%2 output, same kernel: the transposed convolution gives %3 to %4 contributions per cell; "
                          "upsampling then convolving gives %5 everywhere inside, so no checkerboard.")
        .arg(g.output.h)
        .arg(g.output.w)
        .arg(formatValue(t.minimum()), formatValue(t.maximum()), formatValue(maps_[Nearest][Overlap].maximum()));
}

// One frame's painting, section by section over the layout.
class ResizeConvPicture::Painter : public PicturePainter {
public:
    Painter(QPainter& p, const ResizeConvPicture& picture, double position, const RenderOptions& options)
        : PicturePainter(p, options, position), pic_(picture),
          L_(picture.layout_), scales_{picture.scale(Source, options.theme), picture.scale(Output, options.theme),
                                       picture.scale(Overlap, options.theme)}
    {}

    void paint()
    {
        fillBackground(L_.bounds());
        paintTitle();
        for (int m = Transposed; m <= Bilinear; ++m)
            paintMethod(static_cast<Method>(m));
        for (int c = Source; c <= Overlap; ++c)
            HeatMap::paintLegend(gp_, L_.legendRect(c).topLeft(), kLegendBar, scales_[c], legendLabels()[c]);
        paintNarration(pic_, L_.footerRect());
    }

private:
    void paintTitle()
    {
        PictureChrome::paintTitle(
            gp_, L_.titleRect(), moduleCall(pic_.record_->geometry(), pic_.record_->layer().hasBias()),
            //: The view's subtitle; %1 is the view's name ("resize-conv")
            ResizeConvPictureText::tr("%1: upsample, then a stride-1 convolution with the same kernel and "
                                      "output size — the remedy for checkerboard artifacts")
                .arg(viewTitle(ViewId::ResizeConv)));
    }

    // A method's row: its name, then its three grids with their captions.
    void paintMethod(Method method)
    {
        const double nameLine = Typography::lineHeight(Typography::kLabel, true);
        double y = L_.grid(method, Source).origin.y();
        for (const QString& line : methodName(method)) {
            gp_.text(QRectF(L_.labelLeft(), y, L_.labelWidth(), nameLine), line, theme_.text, Typography::kLabel, true,
                     Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine);
            y += nameLine;
        }
        for (int c = Source; c <= Overlap; ++c) {
            const GridGeometry& grid = L_.grid(method, c);
            gp_.caption(grid.origin, pic_.captionOf(method, static_cast<Column>(c)), true, Typography::kHeading);
            pic_.maps_[method][c].paint(gp_, grid, scales_[c]);
        }
    }

    const ResizeConvPicture& pic_;
    const ResizeConvLayout& L_;
    const std::array<HeatScale, 3> scales_;  // one per column across the methods
};

void ResizeConvPicture::paint(QPainter& painter, double position, const RenderOptions& options) const
{
    Painter(painter, *this, position, options).paint();
}

} // namespace sb
