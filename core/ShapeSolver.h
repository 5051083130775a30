// SPDX-License-Identifier: MIT
// ShapeSolver: which arguments take a size to another. For one axis, every PyTorch-valid
// (kernel_size, stride, padding, output_padding, dilation) within bounds with
//   (in − 1)·stride − 2·padding + dilation·(kernel_size − 1) + output_padding + 1 = out
// (seed 000's formula), the usual settings first: the answer to "which layer doubles 16 to 32?".
// Even overlap removes the checkerboard that comes from the taps' counts; the weights' sums per
// phase (PhaseDecomposition) decide the rest, so even overlap is necessary, not sufficient.
// Rectangular shapes are solved one axis at a time.
#pragma once

#include <cstdint>
#include <vector>

namespace sb {

// How the taps of one axis share out over the output's stride phases.
enum class AxisOverlap {
    Even,    // every phase gets as many taps: no checkerboard from the counts
    Uneven,  // phases get different numbers of taps: a checkerboard from the counts
    Holes,   // some phase gets none: output cells no input reaches (kernel reach below the stride)
};

struct AxisSetting {
    std::int64_t kernel_size = 1, stride = 1, padding = 0, output_padding = 0, dilation = 1;
    // OverlapAnalysis::evenAxis: on a long input every interior output cell gets as many
    // contributions.
    bool even = false;
    AxisOverlap overlap = AxisOverlap::Uneven;
    // padding > dilation·(kernel_size − 1): the crop takes whole copies of the kernel (the first
    // and last input rows' contributions) away, work the layer does only to throw it out.
    bool cropsWholeCopies = false;
    friend bool operator==(const AxisSetting&, const AxisSetting&) = default;

    // How the taps of (kernel_size, stride, dilation) share out over the stride phases.
    static AxisOverlap overlapOf(std::int64_t kernel, std::int64_t stride, std::int64_t dilation);
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
    // (PyTorch's own checks), the usual ones first: even overlap, then uneven, then holes; within
    // each, those whose padding crops no whole kernel copy first (k4 s2 p1 before k3 s3 p8); then
    // by kernel_size, stride, dilation, output_padding. Throws std::invalid_argument for sizes below 1, bounds outside 1…kLargest or
    // a limit outside 1…kLargestLimit. Time and memory are bounded: at most kLargest⁴ candidates
    // are looked at, and bounds.limit kept.
    static SolverAnswer solve(std::int64_t from, std::int64_t to, const SolverBounds& bounds);
    // solve(...).settings.
    static std::vector<AxisSetting> solveAxis(std::int64_t from, std::int64_t to, const SolverBounds& bounds);
};

} // namespace sb
