// SPDX-License-Identifier: MIT
// ResizeConvLayout: where every part of the resize-conv view sits, in world coordinates — the
// title, one row per method with its name right-aligned in a column of its own, three columns
// (what the kernel slides over, the output, the overlap) each as wide as the widest of its grids,
// captions and legend, the legends under the last row and the footer. One cell size for every
// grid, so the sizes compare: the one every grid's numbers fit, smaller (colour alone) only when
// the picture would exceed its room. Shared by painting and tests.
#pragma once

#include "app/render/GridGeometry.h"
#include "app/render/PictureChrome.h"

#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>

namespace sb {

class ResizeConvLayout {
public:
    // What the layout measures of a grid: its size, the cell its numbers need and its caption.
    struct Grid {
        std::int64_t rows = 0, cols = 0;
        double textCell = 0;
        QString caption;
    };
    // Rows are methods, columns what each shows; the methods' names (one or two lines each) and
    // each column's legend size.
    struct Measures {
        std::array<std::array<Grid, 3>, 3> grids;
        std::array<QStringList, 3> methodNames;
        std::array<QSizeF, 3> legends;
        QString title;
    };

    ResizeConvLayout() = default;
    explicit ResizeConvLayout(const Measures& measures,
                              QSizeF maxSize = QSizeF(PictureChrome::kMaxSide, PictureChrome::kMaxSide));

    QRectF bounds() const { return bounds_; }
    QRectF titleRect() const { return title_; }
    QRectF footerRect() const { return footer_; }
    const GridGeometry& grid(int method, int column) const { return grids_[method][column]; }
    QRectF legendRect(int column) const { return legends_[column]; }
    // The methods' names, right-aligned in their column left of the grids.
    double labelLeft() const { return labelLeft_; }
    double labelWidth() const { return labelWidth_; }

private:
    static constexpr double kGap = 40.0;     // between columns, and after the methods' names
    static constexpr double kRowGap = 28.0;  // between rows, above the next row's captions
    QRectF place(const Measures& measures, double cell);

    std::array<std::array<GridGeometry, 3>, 3> grids_;
    std::array<QRectF, 3> legends_;
    QRectF bounds_, title_, footer_;
    double labelLeft_ = 0, labelWidth_ = 0;
};

}  // namespace sb
