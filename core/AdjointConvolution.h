// SPDX-License-Identifier: MIT
// AdjointConvolution: ConvTranspose2d as the gradient of Conv2d (seed 001's matrix view: the
// transposed convolution multiplies by Wᵀ where the convolution multiplies by W). The nn.Conv2d
// with the same weight — read as (out = C_in, in/groups = C_out/groups, kH, kW) — stride, padding,
// dilation and groups maps the transposed layer's output shape back to its input shape, and for
// every z of the output's shape
//   ⟨conv2d(z), x⟩ = ⟨z, conv_transpose2d(x)⟩,
// so conv_transpose2d(x) is the gradient of ⟨conv2d(z), x⟩ with respect to z (what
// torch.autograd.grad returns). Bias is left out of both: it is not part of the linear map.
#pragma once

#include "core/Layer.h"

#include <cstdint>

namespace sb {

class AdjointConvolution {
public:
    // Conv2d's output size on one axis: ⌊(in + 2·p − d·(k − 1) − 1) / s⌋ + 1 (PyTorch's docs).
    static std::int64_t convSize(std::int64_t in, std::int64_t kernel, std::int64_t stride, std::int64_t padding, std::int64_t dilation);

    // conv2d(z) with the layer's weight and arguments, z shaped like the layer's batched output
    // (N, C_out, H_out, W_out); the result is shaped like its input (N, C_in, H_in, W_in).
    // Accumulated in double. Throws std::invalid_argument when z's shape is not the output's.
    static Tensor conv2d(const Layer& layer, const Tensor& z);
    // The transposed convolution without its bias, by the same loops read the other way
    // (scatter instead of gather), so the identity is checked between two direct computations.
    static Tensor convTranspose2d(const Layer& layer);

    // W's non-zero weights: the (input element, tap, output channel) pairs of one sample that the
    // crop keeps, counted per axis from the geometry alone.
    static std::int64_t nonZeros(const LayerGeometry& geometry);

    // ⟨a, b⟩ over every element, in double.
    static double inner(const Tensor& a, const Tensor& b);

    // The identity with the layer's own input and a fixed z (uniform in [−1, 1), seed 17).
    struct Check {
        Tensor z, convOfZ, y;  // z, conv2d(z), conv_transpose2d(x) without bias
        double left = 0.0;     // ⟨conv2d(z), x⟩
        double right = 0.0;    // ⟨z, conv_transpose2d(x)⟩
    };
    static Check check(const Layer& layer);
};

} // namespace sb
