// SPDX-License-Identifier: MIT
#include "app/render/views/HeatMap.h"

#include "app/render/Inspection.h"
#include "app/render/PictureChrome.h"
#include "app/render/Typography.h"

#include <QLinearGradient>

#include <algorithm>
#include <cmath>

namespace sb {

HeatScale HeatScale::overlap(const Theme& theme, double lo, double hi)
{
    return {lo, hi, theme.heatLow, theme.heatHigh};
}

HeatScale HeatScale::values(const Theme& theme, double lo, double hi)
{
    return {lo, hi, theme.panel, theme.text};
}

double HeatScale::position(double value) const
{
    // A flat map (lo = hi) sits at the low end, as the scatter view's overlap of a constant map.
    return hi > lo ? std::clamp((value - lo) / (hi - lo), 0.0, 1.0) : 0.0;
}

QColor HeatScale::color(double value) const
{
    return GridPainter::mix(low, high, position(value));
}

HeatMap::HeatMap(std::int64_t rows, std::int64_t cols, std::vector<double> values)
    : rows_(rows), cols_(cols), values_(std::move(values)), format_(NumberFormat::forValues(values_)), widest_(format_.widest(values_))
{
    if (!values_.empty()) {
        const auto [lo, hi] = std::minmax_element(values_.begin(), values_.end());
        minimum_ = *lo;
        maximum_ = *hi;
    }
}

double HeatMap::cellFor(const QString& widest, bool bold)
{
    const double w = Typography::width(widest, Typography::kCell, bold);
    return std::ceil(std::max({40.0, w + 12, w / 0.9 + 1, Typography::lineHeight(Typography::kCell, bold) + 10}));
}

HeatMap HeatMap::ofPlane(const Tensor& tensor, std::int64_t n, std::int64_t c)
{
    const std::int64_t rows = tensor.size(2), cols = tensor.size(3);
    std::vector<double> values;
    values.reserve(static_cast<std::size_t>(rows * cols));
    for (std::int64_t y = 0; y < rows; ++y)
        for (std::int64_t x = 0; x < cols; ++x)
            values.push_back(tensor.at(n, c, y, x));
    return {rows, cols, std::move(values)};
}

HeatMap HeatMap::ofOverlap(const OverlapMap& map)
{
    return {map.height(), map.width(), std::vector<double>(map.counts().begin(), map.counts().end())};
}

void HeatMap::paint(GridPainter& gp, const GridGeometry& grid, const HeatScale& scale, double alpha) const
{
    QPainter& p = gp.painter();
    qint64 r0, r1, c0, c1;
    gp.visibleSpan(grid, r0, r1, c0, c1);
    const std::optional<double> px = gp.gridTextSize(grid.cell, widest_);
    const auto fillAt = [&](qint64 r, qint64 c) { return GridPainter::mix(gp.theme().background, scale.color(at(r, c)), alpha); };
    if (!px && GridPainter::fillsAsImage((r1 - r0) * (c1 - c0)))
        gp.fillCells(grid, r0, r1, c0, c1, fillAt);  // colour alone: one image, not a rectangle per cell
    else
    for (qint64 r = r0; r < r1; ++r)
        for (qint64 c = c0; c < c1; ++c) {
            const QRectF cell = grid.cellRect(r, c);
            const QColor fill = fillAt(r, c);
            p.fillRect(cell, fill);
            if (px)
                gp.cellText(cell, format_.text(at(r, c)), GridPainter::withAlpha(PictureChrome::inkOn(fill), alpha), *px);
        }
    // Grid lines only while they leave room for the colours.
    if (grid.cell * gp.scale() >= 6)
        gp.gridLines(grid, GridPainter::withAlpha(gp.theme().grid, alpha));
    gp.frameRect(grid.rect(), GridPainter::withAlpha(gp.theme().gridStrong, alpha), 1.5);
}

namespace {

constexpr double kBarHeight = 12.0;
constexpr double kLabelGap = 10.0;

} // namespace

double HeatMap::legendBarWidth(const HeatScale& scale, double barWidth)
{
    const double ends = Typography::width(NumberFormat::plain(scale.lo), Typography::kSmall)
                        + Typography::width(NumberFormat::plain(scale.hi), Typography::kSmall) + 12;
    return std::max(barWidth, ends);
}

QSizeF HeatMap::legendSize(const HeatScale& scale, const QString& label, double barWidth)
{
    const double bar = legendBarWidth(scale, barWidth);
    const double labelWidth = label.isEmpty() ? 0.0 : kLabelGap + Typography::width(label, Typography::kSmall);
    const double height = std::max(kBarHeight + 2 + Typography::lineHeight(Typography::kSmall), Typography::lineHeight(Typography::kSmall));
    return {bar + labelWidth, height};
}

void HeatMap::paintLegend(GridPainter& gp, const QPointF& topLeft, double barWidth, const HeatScale& scale, const QString& label,
                          double alpha)
{
    const QRectF bar(topLeft, QSizeF(legendBarWidth(scale, barWidth), kBarHeight));
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    gradient.setColorAt(0, GridPainter::mix(gp.theme().background, scale.low, alpha));
    gradient.setColorAt(1, GridPainter::mix(gp.theme().background, scale.high, alpha));
    gp.painter().fillRect(bar, gradient);
    gp.frameRect(bar, GridPainter::withAlpha(gp.theme().gridStrong, alpha), 1.0);
    const double line = Typography::lineHeight(Typography::kSmall);
    const QRectF under(bar.left(), bar.bottom() + 2, bar.width(), line);
    const QColor ink = GridPainter::withAlpha(gp.theme().text, alpha);
    const int flags = Qt::AlignTop | Qt::TextSingleLine;
    gp.text(under, NumberFormat::plain(scale.lo), ink, Typography::kSmall, false, Qt::AlignLeft | flags);
    // A flat scale has one value: written once.
    if (scale.hi != scale.lo)
        gp.text(under, NumberFormat::plain(scale.hi), ink, Typography::kSmall, false, Qt::AlignRight | flags);
    if (!label.isEmpty())
        gp.text(QRectF(bar.right() + kLabelGap, bar.center().y() - line / 2, Typography::width(label, Typography::kSmall) + 2, line), label,
                GridPainter::withAlpha(gp.theme().mutedText, alpha), Typography::kSmall, false,
                Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
}

} // namespace sb
