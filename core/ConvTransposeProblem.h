// SPDX-License-Identifier: MIT
// ConvTransposeProblem: everything one call of nn.ConvTranspose2d needs, as the user wrote it
// (not yet validated): the module's arguments, the input, the weight, the bias values and the
// optional output_size passed to forward().
#pragma once

#include "core/ConvTransposeParams.h"
#include "core/Tensor.h"

#include <optional>
#include <vector>

namespace sb {

struct ConvTransposeProblem {
    ConvTransposeParams params;
    // (N, C, H, W) batched or (C, H, W) unbatched; other ranks are rejected as PyTorch does.
    // ConvTranspose1d: (N, C, L) or (C, L).
    Tensor input;
    Tensor weight;  // (in_channels, out_channels / groups, kH, kW); ConvTranspose1d: (…, k)
    std::vector<float> bias;  // out_channels values when params.bias, otherwise empty
    // 2, or 3/4 elements matching the input; ConvTranspose1d: 1, or 2/3.
    std::optional<std::vector<std::int64_t>> output_size;

    friend bool operator==(const ConvTransposeProblem&, const ConvTransposeProblem&) = default;
};

} // namespace sb
