// SPDX-License-Identifier: MIT
// ShapeSolver: which arguments take a size to another. For one axis, every PyTorch-valid
// (kernel_size, stride, padding, output_padding, dilation) within bounds with
//   (in − 1)·stride − 2·padding + dilation·(kernel_size − 1) + output_padding + 1 = out
// (seed 000's formula), the even-overlap ones first: the answer to "which layer doubles 16 to 32
// without a checkerboard?". Rectangular shapes are solved one axis at a time.
#pragma once

#include <cstdint>
#include <vector>

namespace sb {

struct AxisSetting {
    std::int64_t kernel_size = 1, stride = 1, padding = 0, output_padding = 0, dilation = 1;
    // OverlapAnalysis::evenAxis: on a long input every interior output cell gets as many
    // contributions (no checkerboard).
    bool even = false;
    friend bool operator==(const AxisSetting&, const AxisSetting&) = default;
};

struct SolverBounds {
    // Inclusive, from 1. Padding is any value ≥ 0 and output_padding any value below
    // max(stride, dilation), as PyTorch allows.
    std::int64_t maxKernel = 7, maxStride = 4, maxDilation = 1;
    // The largest any bound may be, so that a request is answered at once (and the list stays short
    // enough to read): 64³ candidates, each with at most 64 output_paddings.
    static constexpr std::int64_t kLargest = 64;
    // The most settings given back: the first ones in the order below; the rest are only counted.
    // At the largest bounds one size pair has millions of settings (7 → 14: 8 million, 517 MB of
    // JSON, 5.6 GB to make), so what is made and printed is held to this.
    std::int64_t limit = kDefaultLimit;
    static constexpr std::int64_t kDefaultLimit = 1000, kLargestLimit = 100000;
};

struct SolverAnswer {
    std::vector<AxisSetting> settings;  // at most bounds.limit, the first in the order
    std::int64_t total = 0;             // how many there are
};

class ShapeSolver {
public:
    // Every setting of one axis taking `from` to `to` within bounds, checked by validateGeometry
    // (PyTorch's own checks), even ones first, then by kernel_size, stride, dilation,
    // output_padding. Throws std::invalid_argument for sizes below 1, bounds outside 1…kLargest or
    // a limit outside 1…kLargestLimit. Time and memory are bounded: at most kLargest⁴ candidates
    // are looked at, and bounds.limit kept.
    static SolverAnswer solve(std::int64_t from, std::int64_t to, const SolverBounds& bounds);
    // solve(...).settings.
    static std::vector<AxisSetting> solveAxis(std::int64_t from, std::int64_t to, const SolverBounds& bounds);
};

} // namespace sb
