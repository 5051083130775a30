// SPDX-License-Identifier: MIT
// TransposedConvMatrix: the matrix view of seed 001 §2.3. The forward convolution that maps an
// output-sized tensor back to the input's size is a sparse matrix W (rows: input entries, columns:
// output entries); the transposed convolution is output = Wᵀ·x.
#pragma once

#include "core/Layer.h"

#include <Eigen/SparseCore>

namespace sb {

class TransposedConvMatrix {
public:
    using Matrix = Eigen::SparseMatrix<float, Eigen::RowMajor, std::int64_t>;

    explicit TransposedConvMatrix(Layer layer);

    // W: (C_in·H·W) × (C_out·H_out·W_out). Row (ci, iy, ix), column (co, oy, ox) holds
    // w[ci, co', ky, kx] when tap (ky, kx) of element (iy, ix) lands on (oy, ox) after the crop.
    const Matrix& forwardMatrix() const { return w_; }
    std::int64_t rowOf(std::int64_t ci, std::int64_t iy, std::int64_t ix) const;
    std::int64_t columnOf(std::int64_t co, std::int64_t oy, std::int64_t ox) const;

    // (N, C_out, H_out, W_out) = Wᵀ·x per batch element, bias added.
    Tensor output() const;

private:
    Layer layer_;
    Matrix w_;
};

} // namespace sb
