// SPDX-License-Identifier: MIT
// ConvTransposeParams: the constructor arguments of torch.nn.ConvTranspose2d, under PyTorch's names.
#pragma once

#include "core/Size2.h"

namespace sb {

struct ConvTransposeParams {
    std::int64_t in_channels = 1;
    std::int64_t out_channels = 1;
    Size2 kernel_size{3};
    Size2 stride{1};
    Size2 padding{0};
    Size2 output_padding{0};
    Size2 dilation{1};
    std::int64_t groups = 1;
    bool bias = false;

    friend bool operator==(const ConvTransposeParams&, const ConvTransposeParams&) = default;
};

} // namespace sb
