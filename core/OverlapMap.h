// SPDX-License-Identifier: MIT
// OverlapMap: how many (input element, kernel tap) pairs land on each cell of one output plane,
// per input channel. Uneven counts are the checkerboard of transposed convolutions (seed 003's
// all-ones stride-2 output is exactly this map: 4 2 4 2 4 / 2 1 2 1 2).
#pragma once

#include "core/LayerGeometry.h"

#include <cstdint>
#include <vector>

namespace sb {

class OverlapMap {
public:
    // Counts over the output (after the crop); fullBuffer = true counts over the full buffer.
    explicit OverlapMap(const LayerGeometry& geometry, bool fullBuffer = false);

    std::int64_t height() const { return height_; }
    std::int64_t width() const { return width_; }
    std::int32_t at(std::int64_t y, std::int64_t x) const { return counts_[static_cast<std::size_t>(y * width_ + x)]; }
    const std::vector<std::int32_t>& counts() const { return counts_; }
    std::int32_t minimum() const;
    std::int32_t maximum() const;

private:
    std::int64_t height_ = 0;
    std::int64_t width_ = 0;
    std::vector<std::int32_t> counts_;
};

// How many taps of one axis land on full-buffer index f: #{(i, k) : i·s + k·d = f}. The 2-D count
// is the product of the two axes' counts, which is what makes the pattern separable.
std::int32_t axisOverlap(std::int64_t f, std::int64_t inputSize, std::int64_t kernelSize, std::int64_t stride,
                         std::int64_t dilation);

} // namespace sb
