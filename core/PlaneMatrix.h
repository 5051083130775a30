// SPDX-License-Identifier: MIT
// PlaneMatrix: seed 001 §2.3's matrix view of one output plane y[n, co]. Core's
// TransposedConvMatrix, built on the plane's own layer, gives the forward convolution's sparse W
// (rows: input entries (c, iy, ix) of co's group; columns: output cells (oy, ox)); the
// transposed convolution is y = Wᵀ·x (+ b). This class holds Wᵀ row by row — the rows the view
// draws and animates — and names its rows and columns.
#pragma once

#include "core/ScatterRecord.h"
#include "core/Timeline.h"
#include "core/TransposedConvMatrix.h"

#include <memory>
#include <vector>

namespace sb {

class PlaneMatrix {
public:
    PlaneMatrix() = default;
    PlaneMatrix(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane);

    bool isNull() const { return !record_; }
    const ScatterRecord& record() const { return *record_; }
    const LayerGeometry& geometry() const { return record_->geometry(); }
    PlaneSelection plane() const { return plane_; }
    std::int64_t firstChannel() const { return firstChannel_; }
    std::int64_t channelCount() const { return geometry().inPerGroup(); }

    // W of the plane's layer, exactly as core builds it (d2l's kernel2matrix for one channel).
    const TransposedConvMatrix& convolution() const { return *matrix_; }
    // Wᵀ: rows = output cells (oy, ox), columns = input entries (c, iy, ix), row-major.
    const TransposedConvMatrix::Matrix& transposed() const { return transposed_; }
    std::int64_t rows() const { return transposed_.rows(); }
    std::int64_t columns() const { return transposed_.cols(); }
    // Wᵀ[row, col]; 0 where the element's kernel copy does not reach the cell.
    float entry(std::int64_t row, std::int64_t col) const { return transposed_.coeff(row, col); }
    // Whether Wᵀ[row, col] holds a kernel tap (even one whose weight is 0).
    bool isTap(std::int64_t row, std::int64_t col) const;

    // Row ↔ output cell (oy, ox); column ↔ input element (absolute channel c, iy, ix).
    std::int64_t rowOf(std::int64_t oy, std::int64_t ox) const { return oy * geometry().output.w + ox; }
    std::int64_t columnOf(std::int64_t channel, std::int64_t iy, std::int64_t ix) const;
    void cellOfRow(std::int64_t row, std::int64_t& oy, std::int64_t& ox) const;
    void elementOfColumn(std::int64_t col, std::int64_t& channel, std::int64_t& iy, std::int64_t& ix) const;

    // x[n, c, iy, ix] of a column; y[n, co, oy, ox] = (Wᵀ·x)[row] + b of a row (core's output()).
    float inputValue(std::int64_t col) const;
    float outputValue(std::int64_t row) const { return output_[static_cast<std::size_t>(row)]; }
    float bias() const;
    // The kernel taps of a row, with the element and tap each comes from: the scatter's
    // contributions to that output cell (ScatterRecord::intoOutput), in record order.
    std::vector<Contribution> rowTerms(std::int64_t row) const;
    // The tap at Wᵀ[row, col], or false for a zero.
    bool tapAt(std::int64_t row, std::int64_t col, std::int64_t& ky, std::int64_t& kx) const;

private:
    std::shared_ptr<const ScatterRecord> record_;
    PlaneSelection plane_;
    std::int64_t firstChannel_ = 0;
    std::shared_ptr<const TransposedConvMatrix> matrix_;
    TransposedConvMatrix::Matrix transposed_;
    Floats output_;
};

}  // namespace sb
