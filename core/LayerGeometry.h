// SPDX-License-Identifier: MIT
// LayerGeometry: the sizes of one validated transposed convolution, and the index arithmetic
// every view shares: where an input element's kernel tap lands in the full (uncropped) buffer,
// and where that is in the output once padding has cropped it.
#pragma once

#include "core/ConvTransposeParams.h"
#include "core/Size2.h"
#include "core/Tensor.h"

#include <cstdint>

namespace sb {

struct LayerGeometry {
    // ConvTranspose1d runs as this 2-D layer with H = 1 (see ConvModule); only the shapes PyTorch
    // reports drop the H axis.
    ConvModule module = ConvModule::ConvTranspose2d;
    std::int64_t batch = 1;        // N
    bool batched = true;           // false when the input was (C, H, W): PyTorch then drops N
    std::int64_t in_channels = 1;  // C_in
    std::int64_t out_channels = 1; // C_out
    std::int64_t groups = 1;
    Size2 input;                   // (H_in, W_in)
    Size2 kernel;                  // (kH, kW)
    Size2 stride{1};
    Size2 padding{0};
    Size2 output_padding{0};       // as resolved from output_size when that was given
    Size2 dilation{1};
    Size2 output;                  // (H_out, W_out)

    std::int64_t inPerGroup() const { return in_channels / groups; }
    std::int64_t outPerGroup() const { return out_channels / groups; }
    std::int64_t groupOfInput(std::int64_t ci) const { return ci / inPerGroup(); }
    std::int64_t groupOfOutput(std::int64_t co) const { return co / outPerGroup(); }
    // The first input channel summed into output channel co: PyTorch's groups split the channels
    // into consecutive blocks, so co reads channels first … first + inPerGroup() − 1.
    std::int64_t firstInputOfOutput(std::int64_t co) const { return groupOfOutput(co) * inPerGroup(); }

    // The full buffer holds every contribution before the crop: (H−1)·s + d·(k−1) + 1 per axis.
    Size2 full() const
    {
        return {(input.h - 1) * stride.h + dilation.h * (kernel.h - 1) + 1,
                (input.w - 1) * stride.w + dilation.w * (kernel.w - 1) + 1};
    }
    // Full-buffer coordinate of input index i through kernel tap k on one axis: i·s + k·d.
    std::int64_t fullY(std::int64_t iy, std::int64_t ky) const { return iy * stride.h + ky * dilation.h; }
    std::int64_t fullX(std::int64_t ix, std::int64_t kx) const { return ix * stride.w + kx * dilation.w; }
    // The taps whose copies land on full-buffer cell (y, x): fn(iy, ix, ky, kx) for every input
    // position and kernel tap with y = iy·s + ky·d and x = ix·s + kx·d, found by inverting that
    // rather than by searching, in (ky, kx) order.
    template <typename Fn>
    void forEachTapAt(std::int64_t y, std::int64_t x, Fn&& fn) const
    {
        for (std::int64_t ky = 0; ky < kernel.h; ++ky) {
            const std::int64_t ry = y - ky * dilation.h;  // = iy · s for a contributing row
            if (ry < 0 || ry % stride.h != 0 || ry / stride.h >= input.h)
                continue;
            for (std::int64_t kx = 0; kx < kernel.w; ++kx) {
                const std::int64_t rx = x - kx * dilation.w;
                if (rx < 0 || rx % stride.w != 0 || rx / stride.w >= input.w)
                    continue;
                fn(ry / stride.h, rx / stride.w, ky, kx);
            }
        }
    }
    // Padding crops p rows/cols off the top/left, so output index = full index − p.
    bool keptY(std::int64_t oy) const { return oy >= 0 && oy < output.h; }
    bool keptX(std::int64_t ox) const { return ox >= 0 && ox < output.w; }

    // One contribution per (n, ci, iy, ix, co in ci's group, ky, kx).
    std::int64_t contributionsPerInputElement() const { return outPerGroup() * kernel.h * kernel.w; }
    std::int64_t contributionCount() const
    {
        return batch * in_channels * input.h * input.w * contributionsPerInputElement();
    }

    bool is1d() const { return module == ConvModule::ConvTranspose1d; }

    // (N, C_out, H_out, W_out), or without N for an unbatched input, as PyTorch reports it;
    // ConvTranspose1d: (N, C_out, L_out) or (C_out, L_out).
    Shape outputShape() const;
    Shape inputShape() const;   // (N, C_in, H, W) always: core works batched internally
    // The input's shape as it was passed: without N when unbatched, without H for ConvTranspose1d.
    Shape passedInputShape() const;
    Shape weightShape() const;  // (C_in, C_out/groups, kH, kW)
    // The weight's shape as PyTorch's module holds it: weightShape(), or (C_in, C_out/groups, k).
    Shape moduleWeightShape() const;

    friend bool operator==(const LayerGeometry&, const LayerGeometry&) = default;
};

} // namespace sb
