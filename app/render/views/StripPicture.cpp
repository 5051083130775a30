#include "app/render/views/StripPicture.h"

#include "app/render/GridPainter.h"
#include "app/render/Inspection.h"
#include "app/render/ModuleCall.h"
#include "app/render/SceneLayout.h"
#include "app/render/views/PictureChrome.h"
#include "core/OverlapMap.h"

#include <algorithm>
#include <cmath>

namespace sb {

namespace {

constexpr double kCell = SceneLayout::kCell;
constexpr double kLabel = 210.0;      // "x[c=1][0,12] = −0.25" left of a strip
constexpr double kStripGap = 6.0;
constexpr double kCountHeight = 30.0;

// Element tints are light in both themes (ElementPalette::tint), so numbers on them are dark.
const QColor& inkOnTint()
{
    static const QColor ink = Theme::light().text;
    return ink;
}

} // namespace

StripPicture::StripPicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane)
    : record_(std::move(record)), plane_(plane)
{
    const LayerGeometry& g = record_->geometry();
    ci_ = g.firstInputOfOutput(plane.co);
    ky_ = g.kernel.h / 2;
    coInGroup_ = plane.co % g.outPerGroup();
    const std::int64_t full = g.full().w;
    extent_ = std::max(full, g.padding.w + g.output.w);
    fullSums_.assign(static_cast<std::size_t>(full), 0.0f);
    fullCounts_.assign(static_cast<std::size_t>(full), 0);
    for (std::int64_t f = 0; f < full; ++f)
        fullCounts_[static_cast<std::size_t>(f)] = axisOverlap(f, g.input.w, g.kernel.w, g.stride.w, g.dilation.w);
    // Summed in element order, as the stacked strips add up, in float like the record.
    for (std::int64_t ix = 0; ix < g.input.w; ++ix)
        for (std::int64_t kx = 0; kx < g.kernel.w; ++kx)
            fullSums_[static_cast<std::size_t>(g.fullX(ix, kx))] += product(ix, kx);
    layout();
}

bool StripPicture::isLayerRow() const
{
    const LayerGeometry& g = record_->geometry();
    return g.input.h == 1 && g.kernel.h == 1 && g.inPerGroup() == 1;
}

float StripPicture::product(std::int64_t ix, std::int64_t kx) const
{
    // Contributions of one element are stored (co-in-group, ky, kx) within its run.
    const LayerGeometry& g = record_->geometry();
    const ContributionRange range = record_->fromInput(plane_.n, ci_, 0, ix);
    return record_->values()[static_cast<std::size_t>(range.begin + (coInGroup_ * g.kernel.h + ky_) * g.kernel.w + kx)];
}

std::vector<float> StripPicture::outputValues() const
{
    const LayerGeometry& g = record_->geometry();
    std::vector<float> out(static_cast<std::size_t>(g.output.w), 0.0f);
    for (std::int64_t ox = 0; ox < g.output.w; ++ox) {
        const std::int64_t f = ox + g.padding.w;  // padding crops p cells off the left
        if (f < static_cast<std::int64_t>(fullSums_.size()))
            out[static_cast<std::size_t>(ox)] = fullSums_[static_cast<std::size_t>(f)];
    }
    return out;
}

std::vector<std::int32_t> StripPicture::outputOverlap() const
{
    const LayerGeometry& g = record_->geometry();
    std::vector<std::int32_t> out(static_cast<std::size_t>(g.output.w), 0);
    for (std::int64_t ox = 0; ox < g.output.w; ++ox) {
        const std::int64_t f = ox + g.padding.w;
        if (f < static_cast<std::int64_t>(fullCounts_.size()))
            out[static_cast<std::size_t>(ox)] = fullCounts_[static_cast<std::size_t>(f)];
    }
    return out;
}

void StripPicture::layout()
{
    const LayerGeometry& g = record_->geometry();
    x0_ = SceneLayout::kMargin + kLabel;
    inputTop_ = SceneLayout::kMargin + SceneLayout::kTitle + SceneLayout::kCaption + 16;
    kernelLeft_ = std::max(x0_ + static_cast<double>(g.input.w) * kCell + SceneLayout::kGap, x0_ + 340.0);
    stripsTop_ = inputTop_ + kCell + 40 + SceneLayout::kCaption;
    sumTop_ = stripsTop_ + static_cast<double>(g.input.w) * (kCell + kStripGap) + 30 + SceneLayout::kCaption;
    countTop_ = sumTop_ + kCell + 8;
    outputTop_ = countTop_ + kCountHeight + 36 + SceneLayout::kCaption;
    // At least as wide as the other views, so the module call in the title fits.
    const double right = std::max({x0_ + static_cast<double>(extent_) * kCell, kernelLeft_ + static_cast<double>(g.kernel.w) * kCell + 300,
                                   1240.0 - SceneLayout::kMargin});
    const double width = right + SceneLayout::kMargin;
    title_ = QRectF(SceneLayout::kMargin, SceneLayout::kMargin, width - 2 * SceneLayout::kMargin, SceneLayout::kTitle - 8);
    footer_ = QRectF(SceneLayout::kMargin, outputTop_ + kCell + 30 + 24, width - 2 * SceneLayout::kMargin, SceneLayout::kFooter);
    bounds_ = QRectF(0, 0, width, footer_.bottom() + SceneLayout::kMargin);
}

QRectF StripPicture::inputCellRect(std::int64_t ix) const
{
    return QRectF(x0_ + static_cast<double>(ix) * kCell, inputTop_, kCell, kCell);
}

QRectF StripPicture::kernelCellRect(std::int64_t kx) const
{
    return QRectF(kernelLeft_ + static_cast<double>(kx) * kCell, inputTop_, kCell, kCell);
}

QRectF StripPicture::stripCellRect(std::int64_t ix, std::int64_t f) const
{
    return QRectF(x0_ + static_cast<double>(f) * kCell, stripsTop_ + static_cast<double>(ix) * (kCell + kStripGap), kCell, kCell);
}

QRectF StripPicture::sumCellRect(std::int64_t f) const
{
    return QRectF(x0_ + static_cast<double>(f) * kCell, sumTop_, kCell, kCell);
}

QRectF StripPicture::countCellRect(std::int64_t f) const
{
    return QRectF(x0_ + static_cast<double>(f) * kCell, countTop_, kCell, kCountHeight);
}

QRectF StripPicture::outputCellRect(std::int64_t ox) const
{
    // Under the cells the crop keeps, so the crop reads straight down.
    return QRectF(x0_ + static_cast<double>(ox + record_->geometry().padding.w) * kCell, outputTop_, kCell, kCell);
}

double StripPicture::strength(std::int64_t ix, double position) const
{
    // Element ix scatters at step ix + 1.
    return std::clamp(position - static_cast<double>(ix), 0.0, 1.0);
}

QString StripPicture::narration(qint64 step) const
{
    const LayerGeometry& g = record_->geometry();
    const Tensor& x = record_->layer().input;
    const std::int64_t last = stepCount() - 1;
    step = std::clamp<qint64>(step, 0, last);
    if (step == 0) {
        const QString what = isLayerRow() ? QStringLiteral("The layer is 1-D (H = 1): its row of %1 values").arg(g.input.w)
                                          : QStringLiteral("1-D slice: row 0 of x[c=%2] (%1 values) with the kernel's middle row ky = %3")
                                                .arg(g.input.w).arg(ci_).arg(ky_);
        return what + QStringLiteral("; each value scatters a scaled copy of the kernel row, stride %1 apart.").arg(g.stride.w);
    }
    if (step < last) {
        const std::int64_t ix = step - 1;
        const QString name = g.inPerGroup() > 1 ? QStringLiteral("x[c=%1][0,%2]").arg(ci_).arg(ix) : QStringLiteral("x[0,%1]").arg(ix);
        QString sentence = QStringLiteral("%1 = %2 scatters %2·w into cells %3–%4 of the full row")
                               .arg(name, formatValue(x.at(plane_.n, ci_, 0, ix)))
                               .arg(g.fullX(ix, 0))
                               .arg(g.fullX(ix, g.kernel.w - 1));
        QStringList why;
        if (ix > 0)
            why << QStringLiteral("stride %1: %1 cell%2 right of x[0,%3]").arg(g.stride.w).arg(g.stride.w == 1 ? "" : "s").arg(ix - 1);
        if (g.dilation.w > 1)
            why << QStringLiteral("dilation %1: taps %1 apart").arg(g.dilation.w);
        if (!why.isEmpty())
            sentence += QStringLiteral(" (") + why.join(QStringLiteral("; ")) + QLatin1Char(')');
        return sentence + QLatin1Char('.');
    }
    // Overlap rises and falls with stride's rhythm when the kernel's reach is not a multiple of
    // it (Distill's checkerboard), and is flat in the interior when it is.
    const auto [lo, hi] = std::minmax_element(fullCounts_.begin(), fullCounts_.end());
    if (g.dilation.w == 1 && g.kernel.w % g.stride.w == 0)
        return QStringLiteral("Summed: %1 contributions per cell all through the interior, since kernel %2 is a multiple of "
                              "stride %3: no checkerboard.")
            .arg(g.kernel.w / g.stride.w).arg(g.kernel.w).arg(g.stride.w);
    return QStringLiteral("Summed: %1 to %2 contributions per cell, rising and falling with the stride: the checkerboard in 1-D.")
        .arg(*lo).arg(*hi);
}

void StripPicture::paintCrop(GridPainter& gp, double top, double bottom, double alpha) const
{
    // Cells outside the kept window [p, p + W_out) are what padding removes, shaded as in the
    // scatter view's full buffer.
    const LayerGeometry& g = record_->geometry();
    const QColor shade = GridPainter::withAlpha(gp.theme().cropShade, alpha);
    const double keptLeft = x0_ + static_cast<double>(g.padding.w) * kCell;
    const double keptRight = x0_ + static_cast<double>(g.padding.w + g.output.w) * kCell;
    const double fullRight = x0_ + static_cast<double>(g.full().w) * kCell;
    if (keptLeft > x0_)
        gp.painter().fillRect(QRectF(x0_, top, keptLeft - x0_, bottom - top), shade);
    if (fullRight > keptRight)
        gp.painter().fillRect(QRectF(keptRight, top, fullRight - keptRight, bottom - top), shade);
}

void StripPicture::paint(QPainter& painter, double position, const RenderOptions& options) const
{
    PictureChrome::beginPaint(painter, options, bounds(), false);
    GridPainter gp(painter, options);
    const Theme& theme = options.theme;
    const LayerGeometry& g = record_->geometry();
    const Tensor& x = record_->layer().input;
    const std::int64_t full = g.full().w;
    const double finish = std::clamp(position - static_cast<double>(g.input.w), 0.0, 1.0);

    const QString slice = isLayerRow()
                              ? QStringLiteral("1-D: the layer's row")
                              : QStringLiteral("1-D slice: row 0 of x[c=%1] with the kernel's middle row ky = %2 (ConvTranspose1d along W)")
                                    .arg(ci_).arg(ky_);
    if (!options.transparentBackground)
        painter.fillRect(bounds_, options.theme.background);
    PictureChrome::paintTitle(gp, title_, moduleCall(g, record_->layer().hasBias()),
                           slice + QStringLiteral(" · step %1 / %2")
                                       .arg(stepAt(position))
                                       .arg(stepCount() - 1));

    // Input row and kernel row.
    gp.caption(QPointF(x0_, inputTop_), QStringLiteral("input row x[0, :]  (%1 values)").arg(g.input.w));
    for (std::int64_t ix = 0; ix < g.input.w; ++ix) {
        const QRectF r = inputCellRect(ix);
        painter.fillRect(r, options.palette.tint(ci_, 0, ix, 0.22 + 0.5 * strength(ix, position)));
        gp.cellText(r, formatValue(x.at(plane_.n, ci_, 0, ix)), inkOnTint());
    }
    gp.gridLines(GridGeometry{QPointF(x0_, inputTop_), 1, g.input.w, kCell}, theme.grid);
    gp.frameRect(QRectF(x0_, inputTop_, static_cast<double>(g.input.w) * kCell, kCell), theme.gridStrong, 1.5);
    const auto active = static_cast<std::int64_t>(std::ceil(position)) - 1;
    if (active >= 0 && active < g.input.w)
        gp.frameRect(inputCellRect(active).adjusted(1, 1, -1, -1), options.palette.color(ci_, 0, active), 3.5);

    gp.caption(QPointF(kernelLeft_, inputTop_), g.kernel.h == 1 ? QStringLiteral("kernel w[%1, %2]").arg(ci_).arg(coInGroup_)
                                                                : QStringLiteral("kernel row w[%1, %2][%3, :]").arg(ci_).arg(coInGroup_).arg(ky_));
    for (std::int64_t kx = 0; kx < g.kernel.w; ++kx) {
        const QRectF r = kernelCellRect(kx);
        painter.fillRect(r, theme.panel);
        gp.cellText(r, formatValue(record_->layer().weightAt(ci_, coInGroup_, ky_, kx)), theme.text);
    }
    gp.gridLines(GridGeometry{QPointF(kernelLeft_, inputTop_), 1, g.kernel.w, kCell}, theme.grid);
    gp.frameRect(QRectF(kernelLeft_, inputTop_, static_cast<double>(g.kernel.w) * kCell, kCell), theme.gridStrong, 1.5);

    // One strip per element: x[ix]·w at cells ix·stride + kx·dilation, the gaps left empty.
    gp.caption(QPointF(x0_, stripsTop_),
               QStringLiteral("each value times the kernel row, %1 apart (stride)%2")
                   .arg(g.stride.w)
                   .arg(g.dilation.w > 1 ? QStringLiteral(", taps %1 apart (dilation)").arg(g.dilation.w) : QString()));
    for (std::int64_t ix = 0; ix < g.input.w; ++ix) {
        const double s = strength(ix, position);
        const QRectF lane(x0_, stripCellRect(ix, 0).top(), static_cast<double>(full) * kCell, kCell);
        painter.fillRect(lane, theme.panel);
        const QString name = g.inPerGroup() > 1 ? QStringLiteral("x[c=%1][0,%2]").arg(ci_).arg(ix) : QStringLiteral("x[0,%1]").arg(ix);
        gp.text(QRectF(SceneLayout::kMargin, lane.top(), kLabel - 14, kCell),
                name + QStringLiteral(" = ") + formatValue(x.at(plane_.n, ci_, 0, ix)) + QStringLiteral(" · w"),
                GridPainter::withAlpha(theme.text, 0.35 + 0.65 * s), 11.5, s >= 1, Qt::AlignRight | Qt::AlignVCenter);
        const QColor tint = options.palette.tint(ci_, 0, ix, 0.55);
        for (std::int64_t kx = 0; kx < g.kernel.w; ++kx) {
            const QRectF r = stripCellRect(ix, g.fullX(ix, kx));
            painter.fillRect(r, GridPainter::withAlpha(tint, std::max(s, 0.12)));
            if (s > 0)
                gp.cellText(r, formatValue(product(ix, kx)), GridPainter::withAlpha(inkOnTint(), s));
        }
        gp.gridLines(GridGeometry{lane.topLeft(), 1, full, kCell}, GridPainter::withAlpha(theme.grid, 0.7));
        // The element's footprint, first tap to last: dilation's gaps show inside it.
        const QRectF footprint = stripCellRect(ix, g.fullX(ix, 0)).united(stripCellRect(ix, g.fullX(ix, g.kernel.w - 1)));
        gp.frameRect(footprint, GridPainter::withAlpha(options.palette.color(ci_, 0, ix), 0.3 + 0.7 * s), s > 0 ? 2.0 : 1.0);
    }

    // The sum, striped by the elements that landed, with the count of contributions per cell.
    gp.caption(QPointF(x0_, sumTop_), QStringLiteral("full row = Σ strips  (%1 cells, before the crop)").arg(full));
    const auto [lo, hi] = std::minmax_element(fullCounts_.begin(), fullCounts_.end());
    const double span = std::max<double>(*hi - *lo, 1);
    for (std::int64_t f = 0; f < full; ++f) {
        const QRectF r = sumCellRect(f);
        painter.fillRect(r, theme.panel);
        std::vector<std::int64_t> landed;
        double sum = 0;
        for (std::int64_t ix = 0; ix < g.input.w; ++ix)
            for (std::int64_t kx = 0; kx < g.kernel.w; ++kx)
                if (g.fullX(ix, kx) == f && strength(ix, position) > 0.5) {
                    landed.push_back(ix);
                    sum += product(ix, kx);
                }
        const double w = r.width() / static_cast<double>(std::max<std::size_t>(landed.size(), 1));
        for (std::size_t i = 0; i < landed.size(); ++i)
            painter.fillRect(QRectF(r.left() + static_cast<double>(i) * w, r.top(), w + 0.02, r.height()),
                             options.palette.tint(ci_, 0, landed[i], 0.5));
        if (!landed.empty())
            gp.cellText(r, formatValue(sum), inkOnTint(), landed.size() > 1);

        const QRectF c = countCellRect(f);
        const std::int32_t count = static_cast<std::int32_t>(landed.size());
        const double heat = (count - *lo) / span;
        painter.fillRect(c, count == 0 ? theme.panel : GridPainter::mix(theme.heatLow, theme.heatHigh, std::clamp(heat, 0.0, 1.0)));
        gp.cellText(c, QStringLiteral("×%1").arg(count),
                    count == 0 ? theme.mutedText : heat > 0.6 ? QColor(Qt::white) : theme.text, count > 0);
    }
    gp.gridLines(GridGeometry{QPointF(x0_, sumTop_), 1, full, kCell}, theme.grid);
    gp.frameRect(QRectF(x0_, sumTop_, static_cast<double>(full) * kCell, kCell), theme.gridStrong, 1.5);
    gp.frameRect(QRectF(x0_, countTop_, static_cast<double>(full) * kCell, kCountHeight), theme.grid, 1.0);
    gp.text(QRectF(SceneLayout::kMargin, countTop_, kLabel - 14, kCountHeight), QStringLiteral("contributions per cell"),
            theme.mutedText, 11, false, Qt::AlignRight | Qt::AlignVCenter);
    gp.text(QRectF(SceneLayout::kMargin, sumTop_, kLabel - 14, kCell), QStringLiteral("sum"), theme.text, 11.5, true,
            Qt::AlignRight | Qt::AlignVCenter);

    const double stripsBottom = stripCellRect(g.input.w - 1, 0).bottom();
    paintCrop(gp, stripsTop_, stripsBottom, 0.25 + 0.75 * finish);
    paintCrop(gp, sumTop_, countTop_ + kCountHeight, 0.25 + 0.75 * finish);

    // The output row, under the cells the crop keeps; output_padding's cells dashed.
    QString caption = QStringLiteral("output row  (%1 cells)").arg(g.output.w);
    if (g.padding.w > 0)
        caption += QStringLiteral(": padding = %1 crops %1 from each side").arg(g.padding.w);
    if (record_->layer().hasBias())
        caption += QStringLiteral(", bias not added");
    gp.caption(QPointF(outputCellRect(0).left(), outputTop_), caption);
    const std::vector<float> out = outputValues();
    for (std::int64_t ox = 0; ox < g.output.w; ++ox) {
        const QRectF r = outputCellRect(ox);
        painter.fillRect(r, theme.panel);
        gp.cellText(r, formatValue(out[static_cast<std::size_t>(ox)]), GridPainter::withAlpha(theme.text, finish), finish >= 1);
    }
    const QRectF outRect(outputCellRect(0).topLeft(), QSizeF(static_cast<double>(g.output.w) * kCell, kCell));
    gp.gridLines(GridGeometry{outRect.topLeft(), 1, g.output.w, kCell}, theme.grid);
    gp.frameRect(outRect, theme.gridStrong, finish >= 1 ? 2.5 : 1.5);
    // The kept window, framed over the strips and over the sum, straight above the output.
    const QColor keptFrame = GridPainter::withAlpha(theme.cropFrame, 0.25 + 0.6 * finish);
    gp.frameRect(QRectF(outRect.left(), stripsTop_ - 3, outRect.width(), stripsBottom - stripsTop_ + 6), keptFrame, 1.5,
                 Qt::DashLine);
    gp.frameRect(QRectF(outRect.left(), sumTop_ - 3, outRect.width(), countTop_ + kCountHeight - sumTop_ + 6), keptFrame, 1.5,
                 Qt::DashLine);
    if (g.output_padding.w > 0) {
        const QRectF padded(outputCellRect(g.output.w - g.output_padding.w).topLeft(),
                            QSizeF(static_cast<double>(g.output_padding.w) * kCell, kCell));
        gp.frameRect(padded, GridPainter::withAlpha(theme.outputPadding, 0.3 + 0.7 * finish), 2.5, Qt::DashLine);
        gp.text(QRectF(padded.left() - 60, padded.bottom() + 4, padded.width() + 120, 20),
                QStringLiteral("output_padding"), GridPainter::withAlpha(theme.outputPadding, 0.3 + 0.7 * finish), 11, true,
                Qt::AlignHCenter | Qt::AlignTop);
    }
    gp.text(QRectF(SceneLayout::kMargin, outputTop_, kLabel - 14, kCell), QStringLiteral("y[%1] row").arg(plane_.co),
            theme.text, 11.5, true, Qt::AlignRight | Qt::AlignVCenter);

    const QString sentence = options.caption.isEmpty() ? narration(stepAt(position)) : options.caption;
    PictureChrome::paintFooter(gp, footer_, sentence, QString(), false);
    painter.restore();
}

} // namespace sb
