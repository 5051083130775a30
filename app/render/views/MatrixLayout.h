// MatrixLayout: where the matrix view's parts sit, in world coordinates (cells of
// SceneLayout::kCell): y = Wᵀ · x written left to right — the output column y with its row
// labels, "=", the matrix Wᵀ under its column labels, "·", the input column x with its labels.
// Wᵀ has a row per output cell, so it is tall: its rows are cut into blocks of whole output rows
// standing side by side, as many as make the picture largest on a 16:9 screen. Shared by
// painting and hit testing.
#pragma once

#include "app/render/GridGeometry.h"

#include <QRectF>

namespace sb {

class MatrixLayout {
public:
    static constexpr double kRowLabels = 96.0;  // "y[12,11]" left of y
    static constexpr double kOperator = 64.0;   // room for "=" and "·"
    static constexpr double kColourBar = 8.0;   // each column's element colour, above Wᵀ
    static constexpr double kNote = 24.0;       // the line under the title that explains Wᵀ
    static constexpr double kBlockGap = 56.0;   // between two blocks of rows
    static constexpr double kInputLabels = 120.0;
    // Cells this large on a 1920×1080 screen need no further cut (numbers show from 17 px).
    static constexpr double kComfortablePixels = 28.0;

    MatrixLayout() = default;
    // rows = H_out·W_out, columns = input entries of the group; rowGroup = W_out (blocks hold whole
    // output rows); labelChars: the longest column label; minWidth: room the title and note need.
    MatrixLayout(qint64 rows, qint64 columns, qint64 rowGroup, int labelChars, double minWidth);

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

    qint64 rows_ = 0, columns_ = 0, blockRows_ = 1;
    int blocks_ = 1;
    double top_ = 0.0, labels_ = 0.0;
    QRectF bounds_, title_, note_, footer_, xLabels_, times_;
    GridGeometry x_;
};

} // namespace sb
