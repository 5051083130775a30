// SPDX-License-Identifier: MIT
// EquivalentConvolution: the transposed convolution as an ordinary (direct) convolution, the way
// seed 000 states it: insert s−1 zeros between input elements, pad d·(k−1)−p zeros on each side
// (plus output_padding at the bottom/right; a negative border crops instead), flip the kernel
// up-down and left-right, and slide it with stride 1 and the same dilation.
#pragma once

#include "core/Layer.h"

namespace sb {

class EquivalentConvolution {
public:
    explicit EquivalentConvolution(Layer layer);

    const Layer& layer() const { return layer_; }

    // Border added before the first element on each axis: d·(k−1) − p (negative means cropped).
    Size2 border() const;
    // Size of the zero-inserted, bordered (or cropped) input on which the kernel slides.
    Size2 paddedSize() const;
    // The zero-inserted, bordered input plane of (n, ci): paddedSize() values, row-major.
    std::vector<float> paddedInput(std::int64_t n, std::int64_t ci) const;
    // Which input element sits at padded position (py, px), or false for an inserted/border zero.
    bool sourceOf(std::int64_t py, std::int64_t px, std::int64_t& iy, std::int64_t& ix) const;
    // The kernel of (ci, co-in-group) flipped in both axes: flipped[ky][kx] = w[kH−1−ky][kW−1−kx].
    std::vector<float> flippedKernel(std::int64_t ci, std::int64_t coInGroup) const;

    // (N, C_out, H_out, W_out) computed by direct convolution, bias added.
    Tensor output() const;

private:
    Layer layer_;
};

} // namespace sb
