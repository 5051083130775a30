// SPDX-License-Identifier: MIT
// The photo is computed one input channel and one band of input rows at a time. A transposed
// convolution is a sum of independent scatters, so a band of rows [a, b) scatters into the full
// (uncropped) buffer exactly as a layer of its own would, shifted down by a·stride rows; the bands
// add up to the full buffer, and the crop (padding, output_padding) is applied once at the end.
// That keeps each step short enough to report progress and to notice a cancellation.
#include "core/ImageConvTranspose.h"

#include "core/FastConvTranspose.h"
#include "core/Layer.h"
#include "core/ResizeConvolution.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <numeric>
#include <stdexcept>

namespace sb {

namespace {

constexpr std::int64_t kBandElements = 1 << 16;  // input elements per step

// The weight (C, C/groups, kH, kW) of the layer the kernel choice makes for a C-channel image.
Tensor layerWeight(const ImageKernel& kernel, std::int64_t channels, Size2 kernelSize, std::int64_t& groups)
{
    if (kernel.isPerChannel()) {
        // Each colour channel through the same plane: a depthwise layer, groups = C.
        const Tensor plane = kernel.plane(kernelSize);
        Tensor weight({channels, 1, kernelSize.h, kernelSize.w});
        for (std::int64_t c = 0; c < channels; ++c)
            std::copy(plane.values().begin(), plane.values().end(), weight.data() + c * plane.numel());
        groups = channels;
        return weight;
    }
    const Tensor& w = kernel.weight;
    if (w.dim() != 4 || w.size(0) != channels || w.size(1) < 1 || channels % w.size(1) != 0)
        throw std::invalid_argument("a weight of shape " + formatShape(w.shape()) + " does not fit an image with "
                                    + std::to_string(channels) + " channels: expected (1, 1, kH, kW) for every channel, or ("
                                    + std::to_string(channels) + ", " + std::to_string(channels)
                                    + "/groups, kH, kW) for a whole layer");
    groups = channels / w.size(1);
    return w;
}

// Rows [first, last) of one channel of a (C, H, W) image, as a (1, 1, rows, W) input.
Tensor rowBand(const Tensor& image, std::int64_t channel, std::int64_t first, std::int64_t last)
{
    const std::int64_t width = image.size(2);
    const float* begin = image.data() + (channel * image.size(1) + first) * width;
    return Tensor({1, 1, last - first, width}, std::vector<float>(begin, begin + (last - first) * width));
}

} // namespace

double imageWork(const LayerGeometry& g)
{
    // The scatter visits every (input pixel, output channel of its group, tap); the
    // resize-convolution every (output pixel, input channel of its group, tap). Doubles: the
    // product of a large photo and a large kernel is beyond 64 bits long before it is refused.
    const double taps = static_cast<double>(g.kernel.h) * static_cast<double>(g.kernel.w);
    const double scatter = static_cast<double>(g.in_channels) * static_cast<double>(g.input.h) * static_cast<double>(g.input.w)
                           * static_cast<double>(g.outPerGroup()) * taps;
    const double resize = static_cast<double>(g.out_channels) * static_cast<double>(g.output.h) * static_cast<double>(g.output.w)
                          * static_cast<double>(g.outPerGroup()) * taps;
    return scatter + resize;
}

void checkImageWork(const LayerGeometry& g)
{
    const double work = imageWork(g);
    if (work > kMaxImageWork) {
        char text[400];
        std::snprintf(text, sizeof text,
                      "a %lld×%lld kernel on a %lld×%lld image (%lld×%lld out, %lld channels) is about %.3g multiply-adds, "
                      "more than the image view's limit of %.3g (a few seconds): use a smaller kernel or a smaller photo",
                      static_cast<long long>(g.kernel.h), static_cast<long long>(g.kernel.w), static_cast<long long>(g.input.w),
                      static_cast<long long>(g.input.h), static_cast<long long>(g.output.w), static_cast<long long>(g.output.h),
                      static_cast<long long>(g.in_channels), work, kMaxImageWork);
        throw std::length_error(text);
    }
}

std::optional<ImageConvTransposeResult> convTransposeImage(const Tensor& image, const ImageLayerArguments& arguments,
                                                           const ImageKernel& kernel, const ImageProgress& progress)
{
    if (image.dim() != 3 || image.numel() == 0)
        throw std::invalid_argument("an image must be a non-empty (C, H, W) tensor, got shape " + formatShape(image.shape()));
    const std::int64_t channels = image.size(0), height = image.size(1), width = image.size(2);
    const Size2 kernelSize = kernel.sizeFor(arguments.kernel_size);
    std::int64_t groups = 1;
    const Tensor weight = layerWeight(kernel, channels, kernelSize, groups);

    ConvTransposeParams params;
    params.in_channels = params.out_channels = channels;
    params.kernel_size = kernelSize;
    params.stride = arguments.stride;
    params.padding = arguments.padding;
    params.output_padding = arguments.output_padding;
    params.dilation = arguments.dilation;
    params.groups = groups;
    ImageConvTransposeResult result;
    result.geometry = validateGeometry(params, {1, channels, height, width}, weight.shape(), std::nullopt, std::nullopt);
    const LayerGeometry& g = result.geometry;
    checkImageWork(g);
    const Size2 full = g.full();
    const std::int64_t outG = g.outPerGroup(), taps = kernelSize.h * kernelSize.w;

    const std::int64_t bandRows = std::max<std::int64_t>(1, kBandElements / width);
    const std::int64_t bands = (height + bandRows - 1) / bandRows;
    const double steps = static_cast<double>(channels * (bands + 1));
    double done = 0;
    auto advance = [&] { return !progress || progress(++done / steps); };

    Tensor fullBuffer({channels, full.h, full.w});
    result.resized = Tensor({channels, g.output.h, g.output.w});
    for (std::int64_t ci = 0; ci < channels; ++ci) {
        const std::int64_t firstOut = g.groupOfInput(ci) * outG;
        const Tensor channelWeight({1, outG, kernelSize.h, kernelSize.w},
                                   std::vector<float>(weight.data() + ci * outG * taps, weight.data() + (ci + 1) * outG * taps));

        ConvTransposeProblem band;
        band.params = params;
        band.params.in_channels = 1;
        band.params.out_channels = outG;
        band.params.groups = 1;
        band.params.padding = 0;
        band.params.output_padding = 0;
        band.weight = channelWeight;
        for (std::int64_t first = 0; first < height; first += bandRows) {
            const std::int64_t last = std::min(height, first + bandRows);
            band.input = rowBand(image, ci, first, last);
            const Tensor scattered = fastConvTranspose(validate(band));  // (1, outG, rows of the band's buffer, full.w)
            const std::int64_t rows = scattered.size(2), shift = first * g.stride.h;
            for (std::int64_t j = 0; j < outG; ++j) {
                const float* from = scattered.data() + j * rows * full.w;
                float* to = fullBuffer.data() + ((firstOut + j) * full.h + shift) * full.w;
                std::transform(from, from + rows * full.w, to, to, std::plus<>());
            }
            if (!advance())
                return std::nullopt;
        }

        // The same input channel upsampled to the output size and convolved with stride 1; the
        // transposed weight w[ci, co'] is the convolution's w[co, ci'], as in ResizeConvolution.
        const Tensor upsampled = upsample(rowBand(image, ci, 0, height), g.output, UpsampleMode::Nearest);
        const Tensor convolved = conv2dSame(upsampled, channelWeight.reshaped({outG, 1, kernelSize.h, kernelSize.w}), 1);
        const std::int64_t plane = g.output.h * g.output.w;
        std::transform(convolved.data(), convolved.data() + outG * plane, result.resized.data() + firstOut * plane,
                       result.resized.data() + firstOut * plane, std::plus<>());
        if (!advance())
            return std::nullopt;
    }

    // The crop: output index o is full index o + padding; output_padding rows past the full buffer stay 0.
    result.output = Tensor({channels, g.output.h, g.output.w});
    for (std::int64_t c = 0; c < channels; ++c)
        for (std::int64_t oy = 0; oy < g.output.h; ++oy) {
            const std::int64_t fy = oy + g.padding.h;
            if (fy >= full.h)
                break;
            const std::int64_t columns = std::min(g.output.w, full.w - g.padding.w);
            const float* from = fullBuffer.data() + (c * full.h + fy) * full.w + g.padding.w;
            std::copy(from, from + columns, result.output.data() + (c * g.output.h + oy) * g.output.w);
        }
    result.overlap = OverlapMap(g);
    return result;
}

std::vector<double> rowPhaseMeans(const Tensor& image, std::int64_t period, std::int64_t border)
{
    std::vector<double> sums(static_cast<std::size_t>(std::max<std::int64_t>(period, 1))), counts(sums.size());
    const std::int64_t channels = image.size(0), height = image.size(1), width = image.size(2);
    for (std::int64_t c = 0; c < channels; ++c)
        for (std::int64_t y = border; y < height - border; ++y) {
            const float* row = image.data() + (c * height + y) * width;
            const auto phase = static_cast<std::size_t>(y % static_cast<std::int64_t>(sums.size()));
            sums[phase] += std::accumulate(row, row + width, 0.0);
            counts[phase] += static_cast<double>(width);
        }
    for (std::size_t r = 0; r < sums.size(); ++r)
        sums[r] = counts[r] > 0 ? sums[r] / counts[r] : 0.0;
    return sums;
}

Tensor normalizedForDisplay(const Tensor& tensor)
{
    Tensor normalized = tensor;
    Floats& v = normalized.values();
    if (v.empty())
        return normalized;
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    const float low = *lo, range = *hi - *lo;
    for (float& value : v)
        value = range > 0 ? (value - low) / range : std::clamp(value, 0.0f, 1.0f);
    return normalized;
}

} // namespace sb
