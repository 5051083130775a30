// SPDX-License-Identifier: MIT
#include "app/render/views/ResizeConvLayout.h"

#include "app/render/Typography.h"

#include <algorithm>

namespace sb {

ResizeConvLayout::ResizeConvLayout(const Measures& measures, QSizeF maxSize)
{
    double cell = 0.0;
    for (const auto& row : measures.grids)
        for (const Grid& grid : row)
            cell = std::max(cell, grid.textCell);
    PictureChrome::fitCells(
        cell, [&](double c) { return place(measures, c); }, maxSize);
}

QRectF ResizeConvLayout::place(const Measures& measures, double cell)
{
    const double m = PictureChrome::kMargin, cap = PictureChrome::captionHeight();
    // The methods' names, right-aligned in a column of their own.
    double label = 0.0;
    for (const QStringList& name : measures.methodNames)
        label = std::max(label, Typography::widestLine(name, Typography::kLabel, true));
    labelLeft_ = m;
    labelWidth_ = label;
    // Each column: max(its grids, captions, legend).
    std::array<double, 3> widths{}, lefts{};
    for (int c = 0; c < 3; ++c) {
        widths[c] = measures.legends[c].width();
        for (int r = 0; r < 3; ++r)
            widths[c] = std::max({widths[c], static_cast<double>(measures.grids[r][c].cols) * cell,
                                  Typography::width(measures.grids[r][c].caption, Typography::kHeading, true)});
    }
    double x = m + label + kGap;
    for (int c = 0; c < 3; ++c) {
        lefts[c] = x;
        x += widths[c] + kGap;
    }
    const double width = std::max(x - kGap + m, PictureChrome::kMinWidth + 2 * m);
    title_ = QRectF(m, m, width - 2 * m, PictureChrome::titleHeight(measures.title, width - 2 * m));
    double top = title_.bottom() + 18;
    for (int r = 0; r < 3; ++r) {
        std::int64_t rows = 0;
        for (int c = 0; c < 3; ++c) {
            const Grid& g = measures.grids[r][c];
            grids_[r][c] = GridGeometry{QPointF(lefts[c], top + cap), g.rows, g.cols, cell};
            rows = std::max(rows, g.rows);
        }
        const double nameHeight = measures.methodNames[r].size() * Typography::lineHeight(Typography::kLabel, true);
        top += cap + std::max(static_cast<double>(rows) * cell, nameHeight) + kRowGap;
    }
    double legendHeight = 0.0;
    for (int c = 0; c < 3; ++c) {
        legends_[c] = QRectF(QPointF(lefts[c], top - kRowGap + 14), measures.legends[c]);
        legendHeight = std::max(legendHeight, measures.legends[c].height());
    }
    footer_ = QRectF(m, top - kRowGap + 14 + legendHeight + 28, width - 2 * m, PictureChrome::footerHeight());
    bounds_ = QRectF(0, 0, width, footer_.bottom() + m);
    return bounds_;
}

}  // namespace sb
