// SPDX-License-Identifier: MIT
// StackLayout: where every part of the stack view sits, in world coordinates — the title, one
// column per layer's overlap map (its caption over it, its arguments and colour scale under it,
// the column as wide as the widest of them) and the footer. One cell size for every map, so each
// layer's growth is seen as growth: the one every map's numbers fit, smaller (colour alone) only
// when the picture would exceed its room. Shared by painting and tests.
#pragma once

#include "app/render/GridGeometry.h"
#include "app/render/PictureChrome.h"

#include <QRectF>
#include <QSizeF>
#include <QString>

#include <cstdint>
#include <vector>

namespace sb {

class StackLayout {
public:
    // What the layout measures of a layer's map: its size, the cell its numbers need, its texts
    // and its legend's size.
    struct Map {
        std::int64_t rows = 0, cols = 0;
        double textCell = 0;
        QString caption, arguments;
        QSizeF legend;
    };

    StackLayout() = default;
    StackLayout(const std::vector<Map>& maps, const QString& title,
                QSizeF maxSize = QSizeF(PictureChrome::kMaxSide, PictureChrome::kMaxSide));

    QRectF bounds() const { return bounds_; }
    QRectF titleRect() const { return title_; }
    QRectF footerRect() const { return footer_; }
    const GridGeometry& grid(std::size_t layer) const { return grids_.at(layer); }
    // Each map's column: max(map, its texts, its legend).
    double column(std::size_t layer) const { return columns_.at(layer); }
    // Under the maps: the arguments' line at textTop(), the legends under it.
    double textTop() const { return textTop_; }
    double argumentsHeight() const { return argumentsHeight_; }

private:
    static constexpr double kGap = 48.0;  // between maps
    QRectF place(const std::vector<Map>& maps, const QString& title, double cell);

    std::vector<GridGeometry> grids_;
    std::vector<double> columns_;
    QRectF bounds_, title_, footer_;
    double textTop_ = 0, argumentsHeight_ = 0;
};

}  // namespace sb
