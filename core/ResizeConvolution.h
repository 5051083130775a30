// SPDX-License-Identifier: MIT
// ResizeConvolution: the remedy for checkerboard artifacts that Odena et al. recommend (Distill
// 2016): upsample (nearest-neighbour or bilinear, as torch.nn.functional.interpolate) to the
// transposed convolution's output size, then convolve with stride 1 and "same" padding. Every
// output cell then receives the same number of kernel taps, so its overlap is even.
#pragma once

#include "core/Layer.h"

#include <cstdint>
#include <vector>

namespace sb {

enum class UpsampleMode { Nearest, Bilinear };

// F.interpolate(input, size=size, mode="nearest" | "bilinear", align_corners=False).
Tensor upsample(const Tensor& input, Size2 size, UpsampleMode mode);

// Stride-1 cross-correlation (nn.Conv2d) of (N, C_in, H, W) with weight (C_out, C_in/groups, kH, kW),
// zero padding of kH−1 rows split top ⌊⌋ / bottom ⌈⌉ (and likewise columns) so the size is kept.
Tensor conv2dSame(const Tensor& input, const Tensor& weight, std::int64_t groups);

class ResizeConvolution {
public:
    // Uses the layer's input, kernel values (w[ci, co'] as the convolution's w[co, ci']), groups
    // and bias, and its output size.
    ResizeConvolution(const Layer& layer, UpsampleMode mode);

    const Tensor& upsampled() const { return upsampled_; }
    const Tensor& output() const { return output_; }
    // Taps that land inside the upsampled input for each output cell: k_h·k_w in the interior,
    // fewer only at the border, never a checkerboard.
    std::int32_t overlapAt(std::int64_t oy, std::int64_t ox) const;
    Size2 outputSize() const { return size_; }

private:
    Size2 size_, kernel_;
    Tensor upsampled_, output_;
};

} // namespace sb
