// SPDX-License-Identifier: MIT
// ConvTransposeParams: the constructor arguments of torch.nn.ConvTranspose2d (or ConvTranspose1d),
// under PyTorch's names.
#pragma once

#include "core/Size2.h"

#include <cstdint>
#include <vector>

namespace sb {

// Which module the arguments build. PyTorch 1.13 runs ConvTranspose1d as a 2-D layer of height 1
// (ATen's view1d_as_2d), and so does core: a 1-D layer's Size2 arguments hold its integer in w and
// the neutral value in h (kernel 1, stride 1, padding 0, output_padding 0, dilation 1), so every
// computation and view works on it unchanged. Its tensors keep the ranks PyTorch sees, (N, C, L)
// and (C_in, C_out/groups, k), until validate() lifts them.
enum class ConvModule { ConvTranspose1d, ConvTranspose2d };

struct ConvTransposeParams {
    ConvModule module = ConvModule::ConvTranspose2d;
    std::int64_t in_channels = 1;
    std::int64_t out_channels = 1;
    Size2 kernel_size{3};
    Size2 stride{1};
    Size2 padding{0};
    Size2 output_padding{0};
    Size2 dilation{1};
    std::int64_t groups = 1;
    bool bias = false;

    bool is1d() const { return module == ConvModule::ConvTranspose1d; }
    int spatialDims() const { return is1d() ? 1 : 2; }
    // The weight the module makes: (in_channels, out_channels / groups, kH, kW), or
    // (in_channels, out_channels / groups, k) for ConvTranspose1d. groups must be positive.
    std::vector<std::int64_t> weightShape() const
    {
        if (is1d())
            return {in_channels, out_channels / groups, kernel_size.w};
        return {in_channels, out_channels / groups, kernel_size.h, kernel_size.w};
    }
    // Gives the height axis the values a 1-D layer has there: kernel, stride and dilation 1,
    // padding and output_padding 0.
    void setUnitHeight()
    {
        kernel_size.h = stride.h = dilation.h = 1;
        padding.h = output_padding.h = 0;
    }

    friend bool operator==(const ConvTransposeParams&, const ConvTransposeParams&) = default;
};

} // namespace sb
