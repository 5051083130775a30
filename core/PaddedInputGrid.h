// SPDX-License-Identifier: MIT
// PaddedInputGrid: what the equivalent view draws for the input the flipped kernel slides over —
// seed 000's "s−1 rows/cols between elements, k−p−1 around": the zero-inserted input, its border
// of d·(k−1)−p zeros on each side, the output_padding zeros at the bottom/right, and, when the
// border is negative, the rows/cols it crops (still drawn, shaded). Plain index arithmetic on top
// of EquivalentConvolution, shared by painting, hit testing and the tests.
#pragma once

#include "core/EquivalentConvolution.h"

#include <cstdint>
#include <memory>

namespace sb {

class PaddedInputGrid {
public:
    enum class CellKind {
        Element,            // an input element
        InsertedZero,       // one of the s − 1 zeros between two elements
        BorderZero,         // the d·(k−1) − p zeros around the zero-inserted input
        OutputPaddingZero,  // output_padding's extra zeros at the bottom/right
        Cropped,            // cut off by a negative border: not part of the padded input
    };

    PaddedInputGrid() = default;
    explicit PaddedInputGrid(std::shared_ptr<const EquivalentConvolution> convolution);

    Size2 border() const { return border_; }
    Size2 paddedSize() const { return padded_; }
    // (H − 1)·s + 1: the input with the s − 1 zeros inserted, before any border.
    Size2 zeroInsertedSize() const { return inserted_; }

    // The drawn grid: the padded input, plus the cropped rows/cols when the border is negative.
    std::int64_t rows() const { return rows_; }
    std::int64_t cols() const { return cols_; }
    // Where padded cell (0, 0) sits in the drawn grid: the crop's width, or 0.
    Size2 paddedOrigin() const { return origin_; }

    CellKind kind(std::int64_t row, std::int64_t col) const;
    // The input element at a drawn cell (cropped ones included), or false for a zero.
    bool elementAt(std::int64_t row, std::int64_t col, std::int64_t& iy, std::int64_t& ix) const;
    // Padded coordinates of a drawn cell (negative or past paddedSize() in the crop).
    std::int64_t paddedRow(std::int64_t row) const { return row - origin_.h; }
    std::int64_t paddedCol(std::int64_t col) const { return col - origin_.w; }

private:
    enum class Line { Elements, Inserted, Border, OutputPadding, Cropped };
    Line lineKind(std::int64_t drawn, int axis) const;

    std::shared_ptr<const EquivalentConvolution> convolution_;
    Size2 border_, padded_, inserted_, stride_{1}, origin_;
    std::int64_t rows_ = 0, cols_ = 0;
};

}  // namespace sb
