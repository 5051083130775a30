#include "app/render/views/HeatMap.h"

#include "app/render/Inspection.h"
#include "app/render/views/PictureChrome.h"

#include <QLinearGradient>

#include <algorithm>

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
    : rows_(rows), cols_(cols), values_(std::move(values))
{
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

double HeatMap::minimum() const
{
    return values_.empty() ? 0.0 : *std::min_element(values_.begin(), values_.end());
}

double HeatMap::maximum() const
{
    return values_.empty() ? 0.0 : *std::max_element(values_.begin(), values_.end());
}

void HeatMap::paint(GridPainter& gp, const GridGeometry& grid, const HeatScale& scale, double alpha) const
{
    QPainter& p = gp.painter();
    qint64 r0, r1, c0, c1;
    gp.visibleSpan(grid, r0, r1, c0, c1);
    const bool numbers = gp.textFits(grid.cell);
    for (qint64 r = r0; r < r1; ++r)
        for (qint64 c = c0; c < c1; ++c) {
            const QRectF cell = grid.cellRect(r, c);
            const QColor fill = GridPainter::mix(gp.theme().background, scale.color(at(r, c)), alpha);
            p.fillRect(cell, fill);
            if (numbers)
                gp.cellText(cell, formatValue(at(r, c)), GridPainter::withAlpha(PictureChrome::inkOn(fill), alpha));
        }
    // Grid lines only while they leave room for the colours.
    if (grid.cell * gp.scale() >= 6)
        gp.gridLines(grid, GridPainter::withAlpha(gp.theme().grid, alpha));
    gp.frameRect(grid.rect(), GridPainter::withAlpha(gp.theme().gridStrong, alpha), 1.5);
}

void HeatMap::paintLegend(GridPainter& gp, const QRectF& bar, const HeatScale& scale, const QString& label)
{
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    gradient.setColorAt(0, scale.low);
    gradient.setColorAt(1, scale.high);
    gp.painter().fillRect(bar, gradient);
    gp.frameRect(bar, gp.theme().gridStrong, 1.0);
    const QRectF under(bar.left(), bar.bottom() + 2, bar.width(), 18);
    gp.text(under, formatValue(scale.lo), gp.theme().text, 11, false, Qt::AlignLeft | Qt::AlignTop);
    gp.text(under, formatValue(scale.hi), gp.theme().text, 11, false, Qt::AlignRight | Qt::AlignTop);
    if (!label.isEmpty())
        gp.text(QRectF(bar.right() + 10, bar.top() - 4, 420, bar.height() + 8), label, gp.theme().mutedText, 11, false,
                Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
}

} // namespace sb
