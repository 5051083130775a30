// SPDX-License-Identifier: MIT
#include "app/render/views/CompareLayout.h"

#include "app/render/Typography.h"

#include <algorithm>

namespace sb {

CompareLayout::CompareLayout(const std::vector<Panel>& panels, const QString& title, QSizeF legend, QSizeF maxSize)
{
    double cell = 0.0;
    for (const Panel& p : panels)
        cell = std::max(cell, p.textCell);
    PictureChrome::fitCells(
        cell, [&](double c) { return place(panels, title, legend, c); }, maxSize);
}

QRectF CompareLayout::place(const std::vector<Panel>& panels, const QString& title, QSizeF legend, double cell)
{
    const double m = PictureChrome::kMargin;
    // Columns: max(map, caption, statistics line, a verdict's measure).
    columns_.clear();
    std::int64_t rows = 1;
    double x = m;
    for (const Panel& p : panels) {
        rows = std::max(rows, p.rows);
        Column c;
        c.width =
            std::max({static_cast<double>(p.cols) * cell, Typography::width(p.caption, Typography::kHeading, true),
                      Typography::width(p.stats, Typography::kLabel, true), kMinColumn});
        c.verdict = Typography::wrap(p.verdict, Typography::kLabel, false, c.width);
        c.left = x;
        x += c.width + kGap;
        columns_.push_back(c);
    }
    const double width = std::max({x - kGap + m, PictureChrome::kMinWidth + 2 * m, m + legend.width() + m});
    title_ = QRectF(m, m, width - 2 * m, PictureChrome::titleHeight(title, width - 2 * m));
    const double top = title_.bottom() + 18 + PictureChrome::captionHeight();
    const double label = Typography::lineHeight(Typography::kLabel, true),
                 line = Typography::lineHeight(Typography::kLabel);
    qsizetype verdictLines = 0;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        columns_[i].grid = GridGeometry{QPointF(columns_[i].left, top), panels[i].rows, panels[i].cols, cell};
        verdictLines = std::max(verdictLines, columns_[i].verdict.size());
    }
    textTop_ = top + static_cast<double>(rows) * cell + 14;
    lineHeight_ = line;
    statsHeight_ = label + 6;
    legend_ = QRectF(QPointF(m, textTop_ + statsHeight_ + static_cast<double>(verdictLines) * line + 20), legend);
    footer_ = QRectF(m, legend_.bottom() + 28, width - 2 * m, PictureChrome::footerHeight());
    bounds_ = QRectF(0, 0, width, footer_.bottom() + m);
    return bounds_;
}

}  // namespace sb
