// SPDX-License-Identifier: MIT
// HeatMap: a grid of numbers painted on a colour scale, with its legend — the overlap maps and
// value grids of the checkerboard lab views (compare, stack, resize-conv), drawn the way the
// scatter view's overlap view draws its own (heatLow → heatHigh, counts in the cells), so a count
// has the same colour in every view that shares a scale.
#pragma once

#include "app/render/GridPainter.h"
#include "app/render/NumberFormat.h"
#include "core/OverlapMap.h"
#include "core/Tensor.h"

#include <QColor>
#include <QString>

#include <cstdint>
#include <vector>

namespace sb {

// The values that map to the two ends of the colours; panels that share one are comparable.
struct HeatScale {
    double lo = 0.0;
    double hi = 1.0;
    QColor low, high;

    // Overlap counts: the theme's heat colours, as the scatter view's overlap view.
    static HeatScale overlap(const Theme& theme, double lo, double hi);
    // Signal values: grey from the panel to the text colour, read like a greyscale image.
    static HeatScale values(const Theme& theme, double lo, double hi);
    double position(double value) const;  // 0 at lo, 1 at hi, clamped
    QColor color(double value) const;
};

class HeatMap {
public:
    HeatMap() = default;
    HeatMap(std::int64_t rows, std::int64_t cols, std::vector<double> values);
    static HeatMap ofPlane(const Tensor& tensor, std::int64_t n, std::int64_t c);
    static HeatMap ofOverlap(const OverlapMap& map);

    std::int64_t rows() const { return rows_; }
    std::int64_t cols() const { return cols_; }
    double at(std::int64_t r, std::int64_t c) const { return values_[static_cast<std::size_t>(r * cols_ + c)]; }
    // Found once, when the map is made: a picture asks for them at every paint.
    double minimum() const { return minimum_; }
    double maximum() const { return maximum_; }

    // The map's one number format, and the widest number it writes.
    const NumberFormat& format() const { return format_; }
    const QString& widest() const { return widest_; }
    // The side of a cell in which the map's widest number fits at Typography::kCell.
    double textCell() const { return cellFor(widest_); }
    // The side of a cell in which `widest` fits at Typography::kCell, as GridPainter::gridTextSize
    // decides at scale 1: max(40, widest + 12, line height + 10). Cells grow; type never shrinks.
    static double cellFor(const QString& widest, bool bold = false);

    // Cells filled on the scale, their numbers when the grid's cells fit them at this scale (all or
    // none, one size for the grid), grid lines and a frame; alpha fades the whole map (panels not
    // reached yet in a stepped view).
    void paint(GridPainter& gp, const GridGeometry& grid, const HeatScale& scale, double alpha = 1.0) const;

    // A legend: a bar from scale.lo to scale.hi with both ends labelled under it, and a label
    // after it. Its size is measured, so layouts reserve it: the bar is at least as wide as its
    // two end labels.
    static QSizeF legendSize(const HeatScale& scale, const QString& label, double barWidth);
    static double legendBarWidth(const HeatScale& scale, double barWidth);
    static void paintLegend(GridPainter& gp, const QPointF& topLeft, double barWidth, const HeatScale& scale, const QString& label,
                            double alpha = 1.0);

private:
    std::int64_t rows_ = 0, cols_ = 0;
    std::vector<double> values_;
    double minimum_ = 0.0, maximum_ = 0.0;
    NumberFormat format_;
    QString widest_;
};

} // namespace sb
