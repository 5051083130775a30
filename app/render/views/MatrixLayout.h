// SPDX-License-Identifier: MIT
// MatrixLayout: where the matrix view's parts sit, in world coordinates (cells of
// SceneLayout::kCell): y = Wᵀ · x written left to right — the output column y with its row
// labels, "=", the matrix Wᵀ under its column labels, "·", the input column x with its labels.
// Every band is measured (MatrixMeasures); the cells fit the widest number, and shrink to keep
// the picture within 4000 px a side (the grids then show colour at scale 1).
// Wᵀ has a row per output cell, so it is tall: its rows are cut into blocks of whole output rows
// standing side by side, as many as make the picture largest on a 16:9 screen. Shared by
// painting and hit testing.
#pragma once

#include "app/render/GridGeometry.h"

#include <QRectF>

namespace sb {

// What the layout measures before placing anything: the cell that fits the grids' widest
// numbers, the label bands measured in their font, and the title and note above.
struct MatrixMeasures {
    double cell = 40.0;          // the text-fitting cell (world px); shrunk when over the budget
    double rowLabels = 96.0;     // the widest row label ("y[12,11]")
    double inputLabels = 120.0;  // the widest input label, right of x
    double columnLabels = 100.0; // the widest column label, standing rotated above Wᵀ
    double blockCaption = 0.0;   // the widest caption over a block of Wᵀ
    double minWidth = 760.0;     // room the note and the footer need
    QString title;               // the module call (it wraps: titleHeight)
};

class MatrixLayout {
public:
    static constexpr double kOperator = 64.0;   // room for "=" and "·"
    static constexpr double kColourBar = 8.0;   // each column's element colour, above Wᵀ
    static constexpr double kBlockGap = 56.0;   // between two blocks of rows
    static constexpr double kLabelGap = 8.0;    // between a label band and its grid
    // Cells this large on a 1920×1080 screen need no further cut (numbers show from 17 px).
    static constexpr double kComfortablePixels = 28.0;
    // No side of the picture is longer at scale 1.
    static constexpr double kBudget = 4000.0;

    MatrixLayout() = default;
    // rows = H_out·W_out, columns = input entries of the group; rowGroup = W_out (blocks hold whole
    // output rows).
    MatrixLayout(qint64 rows, qint64 columns, qint64 rowGroup, const MatrixMeasures& measures);

    // The cell size the grids are drawn at (the text-fitting one unless the budget shrank it).
    double cell() const { return cell_; }
    QRectF bounds() const { return bounds_; }
    QRectF titleRect() const { return title_; }
    QRectF noteRect() const { return note_; }
    QRectF footerRect() const { return footer_; }

    qint64 rows() const { return rows_; }
    qint64 columns() const { return columns_; }
    int blockCount() const { return blocks_; }
    qint64 blockRows() const { return blockRows_; }
    qint64 firstRowOf(int block) const { return block * blockRows_; }
    // Block b: its rows of y and of Wᵀ (grid row r is row firstRowOf(b) + r), the labels left of
    // them, the rotated column labels above, and the "=" between.
    GridGeometry outputBlock(int block) const;
    GridGeometry matrixBlock(int block) const;
    QRectF rowLabels(int block) const;
    QRectF columnLabels(int block) const;
    QRectF equalsRect(int block) const;
    // Where row `row` of Wᵀ is drawn (a cell of matrixBlock's width × one row), and y's cell for it.
    QRectF matrixRow(qint64 row) const;
    QRectF outputCell(qint64 row) const;
    QRectF matrixCell(qint64 row, qint64 column) const;

    const GridGeometry& inputVector() const { return x_; }
    QRectF inputLabels() const { return xLabels_; }
    QRectF timesRect() const { return times_; }

    // Which row (output cell) or column (input entry) a point names, from the vectors, the label
    // bands or the matrix; −1 for neither.
    void rowColumnAt(const QPointF& world, qint64& row, qint64& column) const;

private:
    qint64 blockOf(qint64 row) const { return row / blockRows_; }
    double blockLeft(int block) const;
    double blockWidth() const;
    void place(qint64 rowGroup);

    MatrixMeasures m_;
    double cell_ = 40.0;

    qint64 rows_ = 0, columns_ = 0, blockRows_ = 1;
    int blocks_ = 1;
    double top_ = 0.0, labels_ = 0.0;
    QRectF bounds_, title_, note_, footer_, xLabels_, times_;
    GridGeometry x_;
};

} // namespace sb
