// SPDX-License-Identifier: MIT
// FrameworkSizes: the output-size rules of the other frameworks' transposed convolutions, one axis
// at a time, as their sources and specifications state them, and PyTorch's arguments carried over
// to each. With k' = dilation·(kernel − 1) + 1 (the effective kernel):
//   Keras  conv_utils.deconv_output_length: output_padding None: 'valid' in·s + max(k' − s, 0),
//          'same' in·s; otherwise (in − 1)·s + k' − 2·pad + output_padding, pad = k' // 2 for
//          'same' and 0 for 'valid'.
//   ONNX   ConvTranspose: out = s·(in − 1) + output_padding + k' − pads_begin − pads_end; auto_pad
//          SAME_UPPER / SAME_LOWER make out = in·s with total = s·(in − 1) + output_padding + k' − out
//          split total/2 (rounded down) at the beginning for SAME_UPPER, at the end for SAME_LOWER.
//   JAX    lax.conv_transpose (_conv_transpose_padding), the input dilated by s: 'SAME' pad_len =
//          k' + s − 2 and pad_a = k' − 1 if s > k' − 1 else ⌈pad_len / 2⌉; 'VALID' pad_len =
//          k' + s − 2 + max(k' − s, 0) and pad_a = k' − 1; pad_b = pad_len − pad_a; out =
//          (in − 1)·s + 1 + pad_a + pad_b − k' + 1.
// PyTorch's own rule is OutputSizeFormula's.
#pragma once

#include <cstdint>
#include <optional>

namespace sb::frameworks {

struct Pads {
    std::int64_t begin = 0, end = 0;
    friend bool operator==(const Pads&, const Pads&) = default;
};

std::int64_t effectiveKernel(std::int64_t kernel, std::int64_t dilation);

enum class Padding { Valid, Same };

// Keras Conv2DTranspose.
std::int64_t kerasLength(std::int64_t in, std::int64_t kernel, std::int64_t stride, Padding padding,
                         std::optional<std::int64_t> outputPadding, std::int64_t dilation);
// ONNX ConvTranspose with explicit pads, and the pads auto_pad SAME_UPPER (upper) or SAME_LOWER
// chooses.
std::int64_t onnxLength(std::int64_t in, std::int64_t kernel, std::int64_t stride, Pads pads, std::int64_t outputPadding,
                        std::int64_t dilation);
Pads onnxAutoPads(std::int64_t in, std::int64_t kernel, std::int64_t stride, std::int64_t outputPadding, std::int64_t dilation,
                  bool upper);
// JAX lax.conv_transpose: the padding 'SAME' or 'VALID' means, and the size explicit padding gives.
Pads jaxPadding(std::int64_t kernel, std::int64_t stride, std::int64_t dilation, Padding padding);
std::int64_t jaxLength(std::int64_t in, std::int64_t kernel, std::int64_t stride, std::int64_t dilation, Pads padding);

// PyTorch's (kernel, stride, padding, output_padding, dilation) on one axis, in each framework.
struct KerasAxis {
    Padding padding = Padding::Valid;
    std::int64_t outputPadding = 0;  // always given: with None Keras's own rule differs
    std::int64_t crop = 0;           // rows (columns) a Cropping2D removes from each side after it
    bool possible = true;            // Keras requires output_padding < stride
};
KerasAxis toKeras(std::int64_t kernel, std::int64_t stride, std::int64_t padding, std::int64_t outputPadding, std::int64_t dilation);
// lax.conv_transpose's explicit padding (transpose_kernel=True): (k' − 1 − p, k' − 1 − p + output_padding).
Pads toJax(std::int64_t kernel, std::int64_t padding, std::int64_t outputPadding, std::int64_t dilation);
// ONNX pads are PyTorch's padding on both sides; output_padding and dilations carry over as they are.
Pads toOnnx(std::int64_t padding);

} // namespace sb::frameworks
