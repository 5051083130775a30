// SPDX-License-Identifier: MIT
// ConvRoundTrip: the Conv2d side of one axis's output size (seed 002, PyTorch's note on
// output_padding). Conv2d maps i to o = ⌊(i + 2p − d(k − 1) − 1)/s⌋ + 1, so `stride` consecutive
// sizes all shrink back to the transposed convolution's input size; they are exactly the sizes
// PyTorch accepts as output_size, and output_padding = i − minimum picks one of them.
#pragma once

#include "core/OutputSizeFormula.h"

#include <cstdint>
#include <vector>

namespace sb {

struct RoundTripCandidate {
    std::int64_t size = 0;            // a Conv2d input size (= a ConvTranspose2d output size)
    std::int64_t output_padding = 0;  // the output_padding that makes ConvTranspose2d produce it
    std::int64_t numerator = 0;       // i + 2p − d(k − 1) − 1, before the floor division by s
    std::int64_t conv2dOutput = 0;    // what Conv2d makes of it
};

class ConvRoundTrip {
public:
    explicit ConvRoundTrip(const OutputSizeFormula& formula);

    // Conv2d's output size on one axis (PyTorch's Conv2d shape formula), floor division included.
    static std::int64_t conv2dOutputSize(std::int64_t in, std::int64_t kernel, std::int64_t stride,
                                         std::int64_t padding, std::int64_t dilation);

    const OutputSizeFormula& formula() const { return formula_; }
    // The sizes minimum() … maximum() that are at least 1, in order; each convolves to formula().in.
    const std::vector<RoundTripCandidate>& candidates() const { return candidates_; }
    // Index into candidates() of the size the formula's output_padding picks, or −1 when that
    // output_padding is ≥ stride (PyTorch allows it when dilation > stride, but Conv2d then does not
    // map the size back to the input size).
    std::int64_t picked() const { return picked_; }
    // The formula's own size with Conv2d's answer, also when it lies outside the candidates.
    RoundTripCandidate current() const;

private:
    RoundTripCandidate candidate(std::int64_t size) const;

    OutputSizeFormula formula_;
    std::vector<RoundTripCandidate> candidates_;
    std::int64_t picked_ = -1;
};

} // namespace sb
