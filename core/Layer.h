// SPDX-License-Identifier: MIT
// Layer: a validated ConvTranspose2d call — its geometry and its tensors, normalised to the
// batched (N, C, H, W) layout. Only validate() makes one, so every computation may trust it.
#pragma once

#include "core/ConvTransposeProblem.h"
#include "core/LayerGeometry.h"

namespace sb {

struct Layer {
    LayerGeometry geometry;
    Tensor input;             // (N, C_in, H, W)
    Tensor weight;            // (C_in, C_out/groups, kH, kW)
    std::vector<float> bias;  // C_out values, or empty

    float weightAt(std::int64_t ci, std::int64_t coInGroup, std::int64_t ky, std::int64_t kx) const
    {
        return weight.at(ci, coInGroup, ky, kx);
    }
    bool hasBias() const { return !bias.empty(); }

    // Adds the bias (if any) to an (N, C_out, H_out, W_out) tensor; the last step of every path.
    void addBias(Tensor& output) const;
};

// Checks the problem in the order PyTorch 1.13 does (module constructor, then output_size, then
// ATen's checks) and throws TorchError with PyTorch's exact message on the first failure.
Layer validate(const ConvTransposeProblem& problem);

// Only the size checks of validate(), for editors that want the output shape or the message
// without building tensors. biasSize is empty when the layer has no bias. Throws TorchError like
// validate(), or std::invalid_argument when the weight's shape contradicts the arguments (PyTorch
// cannot get there: its module makes the weight from the arguments).
LayerGeometry validateGeometry(const ConvTransposeParams& params, const Shape& inputShape,
                               const Shape& weightShape, std::optional<std::size_t> biasSize,
                               const std::optional<std::vector<std::int64_t>>& outputSize);

} // namespace sb
