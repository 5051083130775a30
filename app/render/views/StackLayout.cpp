// SPDX-License-Identifier: MIT
#include "app/render/views/StackLayout.h"

#include "app/render/Typography.h"

#include <algorithm>

namespace sb {

StackLayout::StackLayout(const std::vector<Map>& maps, const QString& title, QSizeF maxSize)
{
    double cell = 0.0;
    for (const Map& m : maps)
        cell = std::max(cell, m.textCell);
    PictureChrome::fitCells(
        cell, [&](double c) { return place(maps, title, c); }, maxSize);
}

QRectF StackLayout::place(const std::vector<Map>& maps, const QString& title, double cell)
{
    const double m = PictureChrome::kMargin;
    grids_.clear();
    columns_.clear();
    std::int64_t rows = 1;
    double x = m;
    for (const Map& map : maps) {
        rows = std::max(rows, map.rows);
        const double column =
            std::max({static_cast<double>(map.cols) * cell, Typography::width(map.caption, Typography::kHeading, true),
                      Typography::width(map.arguments, Typography::kLabel), map.legend.width()});
        grids_.push_back(GridGeometry{QPointF(x, 0.0), map.rows, map.cols, cell});
        columns_.push_back(column);
        x += column + kGap;
    }
    const double width = std::max(x - kGap + m, PictureChrome::kMinWidth + 2 * m);
    title_ = QRectF(m, m, width - 2 * m, PictureChrome::titleHeight(title, width - 2 * m));
    const double top = title_.bottom() + 18 + PictureChrome::captionHeight();
    for (GridGeometry& grid : grids_)
        grid.origin.setY(top);
    textTop_ = top + static_cast<double>(rows) * cell + 12;
    argumentsHeight_ = Typography::lineHeight(Typography::kLabel) + 6;
    const double legendHeight = maps.empty() ? 0.0 : maps.front().legend.height();
    footer_ = QRectF(m, textTop_ + argumentsHeight_ + legendHeight + 28, width - 2 * m, PictureChrome::footerHeight());
    bounds_ = QRectF(0, 0, width, footer_.bottom() + m);
    return bounds_;
}

}  // namespace sb
