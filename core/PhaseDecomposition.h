// SPDX-License-Identifier: MIT
// PhaseDecomposition: a strided transposed convolution is s_h·s_w ordinary stride-1 convolutions,
// interleaved. Output row o belongs to phase o mod s (the output is already cropped, so padding
// shifts which taps serve which phase). A tap k reaches full-buffer row y = i·s + k·d, and output
// row o = y − p, so the taps that reach phase r are those with
//     k·d ≡ r + p (mod s),
// and phase r's output q (row o = q·s + r) is the stride-1 correlation
//     y_r[q] = Σ_k x[q + m_k] · w[k],  m_k = (r + p − k·d) / s,
// an exact division by the congruence. PixelShuffle(s) (equal strides) interleaves the phases
// back into the output. This is how fast implementations run the layer (core/simd's phase
// kernel), and why the checkerboard has two causes: phases with different numbers of taps
// (uneven overlap), and phases whose weights sum differently even when their counts are equal —
// a constant input c then gives c · (the phase's weight sum) in the interior of each phase.
#pragma once

#include "core/LayerGeometry.h"
#include "core/Tensor.h"

#include <cstdint>
#include <vector>

namespace sb {

// One phase of one axis: its taps in increasing order and the input offset m_k of each.
struct AxisPhase {
    std::int64_t phase = 0;             // r: the output indices ≡ r (mod s)
    std::vector<std::int64_t> taps;     // k with k·d ≡ r + p (mod s)
    std::vector<std::int64_t> offsets;  // m_k = (r + p − k·d) / s, the same order
    std::int64_t outputs = 0;           // how many output indices the phase holds: |{o < out : o ≡ r}|
};

class PhaseDecomposition {
public:
    explicit PhaseDecomposition(const LayerGeometry& geometry);

    const LayerGeometry& geometry() const { return g_; }
    // s_h phases of the rows and s_w of the columns, phase r at index r.
    const std::vector<AxisPhase>& rows() const { return rows_; }
    const std::vector<AxisPhase>& columns() const { return columns_; }
    std::int64_t phaseCount() const { return static_cast<std::int64_t>(rows_.size() * columns_.size()); }
    // Taps of phase (ry, rx): |rows[ry].taps| · |columns[rx].taps|, which the overlap view's count
    // is in the interior of that phase.
    std::int64_t tapCount(std::int64_t ry, std::int64_t rx) const;
    // Whether every phase has the same number of taps (even overlap: no checkerboard from counts).
    bool evenTapCounts() const;

    // Σ of w[ci, co_g, kh, kw] over the taps of phase (ry, rx), indexed [ci][co_g] (co_g the output
    // channel within its group): the interior of output channel co on a constant input c is
    // c · Σ_{ci of co's group} sums[ci][co_g] (plus the bias).
    std::vector<std::vector<double>> weightSums(const Tensor& weight, std::int64_t ry, std::int64_t rx) const;
    // The spread of those sums over the phases for (ci, co_g): max − min, the checkerboard's
    // amplitude on a constant input of 1 (one input channel's share).
    double weightSumSpread(const Tensor& weight, std::int64_t ci, std::int64_t cog) const;

    // Phase (ry, rx) of plane (n, co) computed on its own, as its stride-1 correlation:
    // rows[ry].outputs × columns[rx].outputs values, row-major (bias included). The interleave of
    // every phase is the layer's output plane.
    std::vector<float> phaseOutput(const Tensor& input, const Tensor& weight, const std::vector<float>& bias, std::int64_t n,
                                   std::int64_t co, std::int64_t ry, std::int64_t rx) const;

private:
    static std::vector<AxisPhase> axis(std::int64_t stride, std::int64_t padding, std::int64_t dilation, std::int64_t kernel,
                                       std::int64_t outputs);

    LayerGeometry g_;
    std::vector<AxisPhase> rows_, columns_;
};

// ICNR (Aitken et al. 2017, "Checkerboard artifact free sub-pixel convolution"): a weight whose
// every phase gets the same sub-kernel, so that a constant input gives a constant interior at
// initialisation. On each axis the j-th tap of every phase (in the order of PhaseDecomposition's
// taps) takes the value of the j-th tap of a small kernel `seedValues`-filled; where the phases
// have different numbers of taps (uneven overlap) they cannot all be equal, and the phases with
// more taps repeat the small kernel's last ones. `small(ci, cog, jy, jx)` gives the values.
template <typename SmallKernel>
Tensor icnrWeight(const LayerGeometry& g, SmallKernel&& small)
{
    const PhaseDecomposition phases(g);
    Tensor w(g.weightShape());
    const auto rank = [](const std::vector<AxisPhase>& axis, std::int64_t k) {
        for (const AxisPhase& p : axis)
            for (std::size_t j = 0; j < p.taps.size(); ++j)
                if (p.taps[j] == k)
                    return static_cast<std::int64_t>(j);
        return std::int64_t{0};  // unreachable: every tap belongs to the phase of its residue
    };
    for (std::int64_t ci = 0; ci < g.in_channels; ++ci)
        for (std::int64_t cog = 0; cog < g.outPerGroup(); ++cog)
            for (std::int64_t kh = 0; kh < g.kernel.h; ++kh)
                for (std::int64_t kw = 0; kw < g.kernel.w; ++kw)
                    w.at(ci, cog, kh, kw) = small(ci, cog, rank(phases.rows(), kh), rank(phases.columns(), kw));
    return w;
}

} // namespace sb
