// SPDX-License-Identifier: MIT
#include "core/ConvRoundTrip.h"

#include "core/AdjointConvolution.h"

namespace sb {

ConvRoundTrip::ConvRoundTrip(const OutputSizeFormula& formula) : formula_(formula)
{
    for (std::int64_t size = formula.minimum(); size <= formula.maximum(); ++size) {
        if (size < 1)
            continue;
        if (size - formula.minimum() == formula.output_padding)
            picked_ = static_cast<std::int64_t>(candidates_.size());
        candidates_.push_back(candidate(size));
    }
}

std::int64_t ConvRoundTrip::conv2dOutputSize(std::int64_t in, std::int64_t kernel, std::int64_t stride,
                                             std::int64_t padding, std::int64_t dilation)
{
    return AdjointConvolution::convSize(in, kernel, stride, padding, dilation);
}

RoundTripCandidate ConvRoundTrip::candidate(std::int64_t size) const
{
    const OutputSizeFormula& f = formula_;
    RoundTripCandidate c;
    c.size = size;
    c.output_padding = size - f.minimum();
    c.numerator = size + 2 * f.padding - f.dilation * (f.kernel - 1) - 1;
    c.conv2dOutput = conv2dOutputSize(size, f.kernel, f.stride, f.padding, f.dilation);
    return c;
}

RoundTripCandidate ConvRoundTrip::current() const
{
    return candidate(formula_.result());
}

}  // namespace sb
