// SPDX-License-Identifier: MIT
#include "app/render/views/ResizeConvPicture.h"

#include "app/render/GridPainter.h"
#include "app/render/Inspection.h"
#include "app/render/ModuleCall.h"
#include "app/render/PictureChrome.h"
#include "app/render/Typography.h"
#include "core/OverlapMap.h"

#include <QCoreApplication>

#include <algorithm>

namespace sb {

namespace {

struct ResizeConvPictureText {
    Q_DECLARE_TR_FUNCTIONS(ResizeConvPicture)
};

constexpr double kGap = 40.0;         // between columns, and after the methods' names
constexpr double kRowGap = 28.0;      // between rows, above the next row's captions
constexpr double kLegendBar = 160.0;  // a column's colour scale under its last grid

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
    // One cell size for every grid, so the sizes compare: the one every grid's numbers fit,
    // smaller (colour alone) only when the picture would exceed 4000 px a side.
    double cell = 0.0;
    for (const auto& row : maps_)
        for (const HeatMap& m : row)
            cell = std::max(cell, m.textCell());
    PictureChrome::fitCells(cell, [this](double c) {
        place(c);
        return bounds_;
    });
}

void ResizeConvPicture::place(double cell)
{
    const double m = PictureChrome::kMargin, cap = PictureChrome::captionHeight();
    const Theme& measureTheme = Theme::light();  // legends measure the same in either theme
    // The methods' names, right-aligned in a column of their own.
    double label = 0.0;
    for (int r = Transposed; r <= Bilinear; ++r)
        label = std::max(label, Typography::widestLine(methodName(static_cast<Method>(r)), Typography::kLabel, true));
    labelLeft_ = m;
    labelWidth_ = label;
    // Each column: max(its grids, captions, legend).
    std::array<double, 3> widths{};
    for (int c = Source; c <= Overlap; ++c) {
        widths[c] = HeatMap::legendSize(scale(static_cast<Column>(c), measureTheme), legendLabels()[c], kLegendBar).width();
        for (int r = Transposed; r <= Bilinear; ++r)
            widths[c] = std::max({widths[c], static_cast<double>(maps_[r][c].cols()) * cell,
                                  Typography::width(captionOf(static_cast<Method>(r), static_cast<Column>(c)), Typography::kHeading, true)});
    }
    double x = m + label + kGap;
    for (int c = Source; c <= Overlap; ++c) {
        columnLeft_[c] = x;
        columnWidth_[c] = widths[c];
        x += widths[c] + kGap;
    }
    const double width = std::max(x - kGap + m, PictureChrome::kMinWidth + 2 * m);
    const QString title = moduleCall(record_->geometry(), record_->layer().hasBias());
    title_ = QRectF(m, m, width - 2 * m, PictureChrome::titleHeight(title, width - 2 * m));
    double top = title_.bottom() + 18;
    for (int r = Transposed; r <= Bilinear; ++r) {
        std::int64_t rows = 0;
        for (int c = Source; c <= Overlap; ++c) {
            grids_[r][c] = GridGeometry{QPointF(columnLeft_[c], top + cap), maps_[r][c].rows(), maps_[r][c].cols(), cell};
            rows = std::max(rows, maps_[r][c].rows());
        }
        const double nameHeight = methodName(static_cast<Method>(r)).size() * Typography::lineHeight(Typography::kLabel, true);
        top += cap + std::max(static_cast<double>(rows) * cell, nameHeight) + kRowGap;
    }
    double legendHeight = 0.0;
    for (int c = Source; c <= Overlap; ++c) {
        const QSizeF size = HeatMap::legendSize(scale(static_cast<Column>(c), measureTheme), legendLabels()[c], kLegendBar);
        legends_[c] = QRectF(QPointF(columnLeft_[c], top - kRowGap + 14), size);
        legendHeight = std::max(legendHeight, size.height());
    }
    footer_ = QRectF(m, top - kRowGap + 14 + legendHeight + 28, width - 2 * m, PictureChrome::footerHeight());
    bounds_ = QRectF(0, 0, width, footer_.bottom() + m);
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
    return ResizeConvPictureText::tr("Same %1×%2 output, same kernel: the transposed convolution gives %3 to %4 contributions per cell; "
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
                              //: The view's subtitle; %1 is the view's name ("resize-conv")
                              ResizeConvPictureText::tr("%1: upsample, then a stride-1 convolution with the same kernel and "
                                                        "output size — the remedy for checkerboard artifacts")
                                  .arg(viewTitle(ViewId::ResizeConv)));
    const std::array<HeatScale, 3> scales{scale(Source, theme), scale(Output, theme), scale(Overlap, theme)};
    const double nameLine = Typography::lineHeight(Typography::kLabel, true);
    for (int m = Transposed; m <= Bilinear; ++m) {
        const Method method = static_cast<Method>(m);
        double y = grids_[m][Source].origin.y();
        for (const QString& line : methodName(method)) {
            gp.text(QRectF(labelLeft_, y, labelWidth_, nameLine), line, theme.text, Typography::kLabel, true,
                    Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine);
            y += nameLine;
        }
        for (int c = Source; c <= Overlap; ++c) {
            gp.caption(grids_[m][c].origin, captionOf(method, static_cast<Column>(c)), true, Typography::kHeading);
            maps_[m][c].paint(gp, grids_[m][c], scales[c]);
        }
    }
    for (int c = Source; c <= Overlap; ++c)
        HeatMap::paintLegend(gp, legends_[c].topLeft(), kLegendBar, scales[c], legendLabels()[c]);

    const QString sentence = options.caption.isEmpty() ? narration(stepAt(position)) : options.caption;
    PictureChrome::paintFooter(gp, footer_, sentence, QString(), false);
    painter.restore();
}

} // namespace sb
