// SPDX-License-Identifier: MIT
// CompareLayout: where every part of the compare view sits, in world coordinates — the title, one
// column per overlap map (its caption over it, its statistics line and wrapped verdict under it,
// the column as wide as the widest of them), the shared colour scale's legend and the footer. One
// cell size for every map, so equal sizes look equal: the one every map's numbers fit, smaller
// (colour alone) only when the picture would exceed its room. Shared by painting and tests.
#pragma once

#include "app/render/GridGeometry.h"
#include "app/render/PictureChrome.h"

#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace sb {

class CompareLayout {
public:
    // What the layout measures of a panel: its map's size and the cell its numbers need, and its texts.
    struct Panel {
        std::int64_t rows = 0, cols = 0;
        double textCell = 0;
        QString caption, stats, verdict;
    };
    // A panel placed: its map, its column and its verdict wrapped to the column.
    struct Column {
        GridGeometry grid;
        double left = 0, width = 0;
        QStringList verdict;
    };

    CompareLayout() = default;
    // `legend`: the size of the shared scale's legend, measured by the picture.
    CompareLayout(const std::vector<Panel>& panels, const QString& title, QSizeF legend,
                  QSizeF maxSize = QSizeF(PictureChrome::kMaxSide, PictureChrome::kMaxSide));

    QRectF bounds() const { return bounds_; }
    QRectF titleRect() const { return title_; }
    QRectF legendRect() const { return legend_; }
    QRectF footerRect() const { return footer_; }
    const std::vector<Column>& columns() const { return columns_; }
    // Under the maps: the statistics line at textTop(), then the verdicts' lines.
    double textTop() const { return textTop_; }
    double statsHeight() const { return statsHeight_; }
    double lineHeight() const { return lineHeight_; }

private:
    static constexpr double kGap = 48.0;         // between panels
    static constexpr double kMinColumn = 300.0;  // a verdict's measure when its map is narrower
    QRectF place(const std::vector<Panel>& panels, const QString& title, QSizeF legend, double cell);

    std::vector<Column> columns_;
    QRectF bounds_, title_, legend_, footer_;
    double textTop_ = 0, statsHeight_ = 0, lineHeight_ = 0;
};

}  // namespace sb
