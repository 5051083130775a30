// SPDX-License-Identifier: MIT
// ImageConvTranspose: a transposed convolution applied to a photograph, each colour channel through
// the chosen kernel (or a loaded weight as a whole layer), on the fast path (no scatter record: a
// photo has far too many contributions to record). Beside it the resize-convolution of the same
// photo with the same kernel and output size, and the overlap map that explains the difference:
// the checkerboard of Odena et al. (Distill 2016) made visible on a real image.
#pragma once

#include "core/ImageKernel.h"
#include "core/LayerGeometry.h"
#include "core/OverlapMap.h"
#include "core/Tensor.h"

#include <functional>
#include <optional>
#include <vector>

namespace sb {

// The spatial arguments of nn.ConvTranspose2d under PyTorch's names; the channels are the image's.
struct ImageLayerArguments {
    Size2 kernel_size{3};
    Size2 stride{2};
    Size2 padding{0};
    Size2 output_padding{0};
    Size2 dilation{1};
};

struct ImageConvTransposeResult {
    LayerGeometry geometry;  // the layer as applied: C_in = C_out = the image's channels
    Tensor output;           // (C, H_out, W_out): the transposed convolution
    Tensor resized;          // (C, H_out, W_out): nearest upsampling to H_out×W_out + stride-1 Conv2d
    OverlapMap overlap{LayerGeometry{}};  // kernel taps per output cell, from one input channel
};

// Called with the fraction done (0 … 1) after each row band of each channel; returning false
// cancels the computation (a newer request has come), which then returns nullopt.
using ImageProgress = std::function<bool(double fraction)>;

// The image view's budget: multiply-adds of the transposed convolution and the resize-convolution
// together. Both run on the fast path's phase kernel (core/FastConvTranspose.h) on 2 cores:
// 1.2·10^10, a 31×31 kernel on a 1024×768 photo, takes about 4 s here. A 250×250 kernel on the
// 96×64 test photo (3.2·10^10) is refused before anything is computed.
inline constexpr double kMaxImageWork = 1.2e10;

// The multiply-adds convTransposeImage would spend on a layer of geometry g.
double imageWork(const LayerGeometry& g);
// Throws std::length_error, saying what costs too much, when imageWork(g) > kMaxImageWork.
void checkImageWork(const LayerGeometry& g);

// image: (C, H, W), values in [0, 1] for a photo (any values work). Throws TorchError with
// PyTorch's message when nn.ConvTranspose2d would refuse the arguments, std::invalid_argument when
// the image is not (C, H, W) or a whole-layer weight does not fit its channels, std::length_error
// (checkImageWork) before anything is computed when the work is beyond kMaxImageWork.
std::optional<ImageConvTransposeResult> convTransposeImage(const Tensor& image, const ImageLayerArguments& arguments,
                                                           const ImageKernel& kernel, const ImageProgress& progress = {});

// The checkerboard's signature in an image (C, H, W): the mean of the rows whose index is r modulo
// `period`, for r = 0 … period − 1, over every channel and column, leaving out `border` rows at each
// edge. Uneven overlap makes these means differ (Distill's alternating rows); an even one does not.
std::vector<double> rowPhaseMeans(const Tensor& image, std::int64_t period, std::int64_t border);

// For display: min … max over all channels together (so colours keep their balance) → 0 … 1. A
// constant tensor has no range to stretch and is clamped to [0, 1] instead.
Tensor normalizedForDisplay(const Tensor& tensor);

} // namespace sb
