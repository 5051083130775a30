// SPDX-License-Identifier: MIT
// ImageKernel: which kernel the image view applies to a photo — all ones, the bilinear-upsampling
// kernel of fully convolutional networks, seeded random values, or a weight tensor the user loaded —
// and the weight tensor each choice becomes for a given kernel size.
#pragma once

#include "core/Size2.h"
#include "core/Tensor.h"

#include <cstdint>
#include <optional>
#include <string>

namespace sb {

struct ImageKernel {
    enum class Kind { Ones, Bilinear, Random, Weight };

    Kind kind = Kind::Ones;
    std::uint64_t seed = 0;  // Random: TensorFill's seeded values, the same on every machine
    Tensor weight;           // Weight: (1, 1, kH, kW) applied to each colour channel, or
                             // (C, C/groups, kH, kW) applied as a whole layer (C = the image's channels)

    static ImageKernel ones() { return {}; }
    static ImageKernel bilinear() { return {Kind::Bilinear, 0, {}}; }
    static ImageKernel random(std::uint64_t seed) { return {Kind::Random, seed, {}}; }
    static ImageKernel fromWeight(Tensor weight) { return {Kind::Weight, 0, std::move(weight)}; }

    // "ones", "bilinear", "random" (seed 0) or "random:SEED"; nullopt for anything else.
    static std::optional<ImageKernel> fromName(const std::string& name);
    // "ones", "bilinear", "random:7", "weight [1, 1, 4, 4]": the name back, for titles and messages.
    std::string name() const;

    // The kernel size a loaded weight imposes (its last two dimensions); otherwise `requested`.
    Size2 sizeFor(Size2 requested) const;
    // The (1, 1, kH, kW) plane of a per-channel choice (ones, bilinear, random, a (1,1,kH,kW) weight).
    // A whole-layer weight has no single plane: callers check isPerChannel() first.
    Tensor plane(Size2 kernelSize) const;
    bool isPerChannel() const;
};

// The bilinear-upsampling kernel of FCN (Long et al. 2015, `upsample_filt`): per axis a tent
// 1 − |i − c| / f with f = ⌈k/2⌉ and centre c = f − 1 (odd k) or f − 0.5 (even k); the 2-D kernel
// is the outer product. With k = 2s and p = s/2 a transposed convolution with it is exactly bilinear
// interpolation, and its overlap is even. Shape (1, 1, kH, kW).
Tensor bilinearKernel(Size2 kernelSize);

} // namespace sb
