// SPDX-License-Identifier: MIT
#include "core/FrameworkSizes.h"

#include <algorithm>

namespace sb::frameworks {

std::int64_t effectiveKernel(std::int64_t kernel, std::int64_t dilation)
{
    return dilation * (kernel - 1) + 1;
}

std::int64_t kerasLength(std::int64_t in, std::int64_t kernel, std::int64_t stride, Padding padding,
                         std::optional<std::int64_t> outputPadding, std::int64_t dilation)
{
    const std::int64_t k = effectiveKernel(kernel, dilation);
    if (!outputPadding)
        return padding == Padding::Valid ? in * stride + std::max<std::int64_t>(k - stride, 0) : in * stride;
    const std::int64_t pad = padding == Padding::Same ? k / 2 : 0;
    return (in - 1) * stride + k - 2 * pad + *outputPadding;
}

std::int64_t onnxLength(std::int64_t in, std::int64_t kernel, std::int64_t stride, Pads pads, std::int64_t outputPadding,
                        std::int64_t dilation)
{
    return stride * (in - 1) + outputPadding + effectiveKernel(kernel, dilation) - pads.begin - pads.end;
}

Pads onnxAutoPads(std::int64_t in, std::int64_t kernel, std::int64_t stride, std::int64_t outputPadding, std::int64_t dilation,
                  bool upper)
{
    const std::int64_t out = in * stride;
    const std::int64_t total = stride * (in - 1) + outputPadding + effectiveKernel(kernel, dilation) - out;
    const std::int64_t half = total / 2;
    return upper ? Pads{half, total - half} : Pads{total - half, half};
}

Pads jaxPadding(std::int64_t kernel, std::int64_t stride, std::int64_t dilation, Padding padding)
{
    const std::int64_t k = effectiveKernel(kernel, dilation);
    std::int64_t length = 0, before = 0;
    if (padding == Padding::Same) {
        length = k + stride - 2;
        before = stride > k - 1 ? k - 1 : (length + 1) / 2;
    } else {
        length = k + stride - 2 + std::max<std::int64_t>(k - stride, 0);
        before = k - 1;
    }
    return {before, length - before};
}

std::int64_t jaxLength(std::int64_t in, std::int64_t kernel, std::int64_t stride, std::int64_t dilation, Pads padding)
{
    return (in - 1) * stride + 1 + padding.begin + padding.end - effectiveKernel(kernel, dilation) + 1;
}

KerasAxis toKeras(std::int64_t kernel, std::int64_t stride, std::int64_t padding, std::int64_t outputPadding, std::int64_t dilation)
{
    const std::int64_t k = effectiveKernel(kernel, dilation);
    KerasAxis axis;
    axis.outputPadding = outputPadding;
    axis.possible = outputPadding < stride;
    if (padding == 0) {
        axis.padding = Padding::Valid;
    } else if (padding == k / 2) {
        axis.padding = Padding::Same;
    } else {
        // Keras crops only k' // 2 ('same') or nothing ('valid'): the rest is a Cropping2D.
        axis.padding = Padding::Valid;
        axis.crop = padding;
    }
    return axis;
}

Pads toJax(std::int64_t kernel, std::int64_t padding, std::int64_t outputPadding, std::int64_t dilation)
{
    const std::int64_t k = effectiveKernel(kernel, dilation);
    return {k - 1 - padding, k - 1 - padding + outputPadding};
}

Pads toOnnx(std::int64_t padding)
{
    return {padding, padding};
}

} // namespace sb::frameworks
