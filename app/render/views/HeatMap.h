// HeatMap: a grid of numbers painted on a colour scale, with its legend — the overlap maps and
// value grids of the checkerboard lab views (compare, stack, resize-conv), drawn the way the
// scatter view's overlap view draws its own (heatLow → heatHigh, counts in the cells), so a count
// has the same colour in every view that shares a scale.
#pragma once

#include "app/render/GridPainter.h"
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
    double minimum() const;
    double maximum() const;

    // Cells filled on the scale, their numbers where they fit, grid lines and a frame; alpha
    // fades the whole map (panels not reached yet in a stepped view).
    void paint(GridPainter& gp, const GridGeometry& grid, const HeatScale& scale, double alpha = 1.0) const;
    // A horizontal bar from scale.lo to scale.hi with both ends labelled, and a label after it.
    static void paintLegend(GridPainter& gp, const QRectF& bar, const HeatScale& scale, const QString& label);

private:
    std::int64_t rows_ = 0, cols_ = 0;
    std::vector<double> values_;
};

} // namespace sb
