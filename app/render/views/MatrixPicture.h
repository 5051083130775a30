// SPDX-License-Identifier: MIT
// MatrixPicture: the `matrix` view — seed 001 §2.3 (d2l's W and Wᵀ). The forward convolution's
// sparse matrix W, transposed: Wᵀ has one row per output cell and one column per input entry of
// the plane's group; y = Wᵀ·x is drawn as the output column, "=", Wᵀ, "·", the input column.
// The animation computes one row per step; hovering a row writes its dot product out, hovering an
// input entry highlights its column.
#pragma once

#include "app/render/Inspection.h"
#include "app/render/NumberFormat.h"
#include "app/render/Picture.h"
#include "app/render/views/MatrixLayout.h"
#include "core/PlaneMatrix.h"

#include <memory>

namespace sb {

class MatrixPicture : public Picture {
public:
    // The plane y[n, co]. hideZeros leaves Wᵀ's zeros blank, so a large matrix shows only its taps.
    MatrixPicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane, bool hideZeros = false);

    ViewId view() const override { return ViewId::Matrix; }
    QRectF bounds() const override { return layout_.bounds(); }
    // The start, then one step per row of Wᵀ (output cell): H_out·W_out + 1.
    qint64 stepCount() const override;
    QString narration(qint64 step) const override;
    void paint(QPainter& painter, double position, const RenderOptions& options) const override;
    // Output for a row (y, its labels), Input for a column (x, its labels, the column labels),
    // Buffer for a cell of Wᵀ: the element of its column, the output cell of its row, the tap (or −1).
    HitTarget hitTest(const QPointF& world, double position) const override;
    // The output column y, one row of Wᵀ per cell (its steps are its own: rows, not a sliding window).
    bool hasOutputGrid() const override { return true; }

    // What hovering a target explains; outputCells holds rows, elements holds columns of Wᵀ.
    Inspection inspect(const HitTarget& target) const;
    // "y[0,1] = w[1,2]·x[0,0] + w[1,0]·x[0,1] = 7·1 + 5·1 = 12": row · x written out.
    QString rowExpression(qint64 row) const;
    QString rowName(qint64 row) const;        // "y[0,1]"
    QString columnName(qint64 column) const;  // "x[0,1]", or "x[c=1][0,1]" when the group has several channels

    // The line under the title that says what Wᵀ's rows, columns and colours are.
    static QString note();

    bool hidesZeros() const { return hideZeros_; }
    // Whether Wᵀ's zeros are written as "0": in a small matrix (d2l's, seed 004's) they show the
    // shape of W; in a larger one they bury the taps, so they are left as faint blank cells.
    bool writesZeros() const;
    static constexpr qint64 kMaxCellsWithZeros = 1024;
    const PlaneMatrix& model() const { return model_; }
    const MatrixLayout& layout() const { return layout_; }
    // One number format per grid: Wᵀ's taps, the output column y, the input column x; and the
    // widest text each writes (what its cells were sized for).
    const NumberFormat& matrixFormat() const { return matrixFormat_; }
    const NumberFormat& outputFormat() const { return outputFormat_; }
    const NumberFormat& inputFormat() const { return inputFormat_; }
    const QString& widestMatrixText() const { return widestMatrix_; }
    const QString& widestOutputText() const { return widestOutput_; }
    const QString& widestInputText() const { return widestInput_; }

private:
    // A row's taps written with their names only up to this many (beyond, the names crowd the footer).
    static constexpr std::size_t kNamedTerms = 3;
    // Products written out before "…".
    static constexpr std::size_t kMaxTerms = 8;
    PlaneMatrix model_;
    NumberFormat matrixFormat_, outputFormat_, inputFormat_;
    QString widestMatrix_, widestOutput_, widestInput_;
    bool hideZeros_ = false;
    MatrixLayout layout_;
};

} // namespace sb
