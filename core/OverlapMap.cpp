// SPDX-License-Identifier: MIT
#include "core/OverlapMap.h"

#include <algorithm>

namespace sb {

std::int32_t axisOverlap(std::int64_t f, std::int64_t inputSize, std::int64_t kernelSize, std::int64_t stride,
                         std::int64_t dilation)
{
    std::int32_t count = 0;
    for (std::int64_t k = 0; k < kernelSize; ++k) {
        const std::int64_t rest = f - k * dilation;  // must be i·s for some input index i
        if (rest >= 0 && rest % stride == 0 && rest / stride < inputSize)
            ++count;
    }
    return count;
}

OverlapMap::OverlapMap(const LayerGeometry& g, bool fullBuffer)
{
    const Size2 extent = fullBuffer ? g.full() : g.output;
    const Size2 offset = fullBuffer ? Size2{0, 0} : g.padding;  // output index + p = full index
    height_ = std::max<std::int64_t>(extent.h, 0);
    width_ = std::max<std::int64_t>(extent.w, 0);

    std::vector<std::int32_t> rows(static_cast<std::size_t>(height_)), cols(static_cast<std::size_t>(width_));
    for (std::int64_t y = 0; y < height_; ++y)
        rows[static_cast<std::size_t>(y)] = axisOverlap(y + offset.h, g.input.h, g.kernel.h, g.stride.h, g.dilation.h);
    for (std::int64_t x = 0; x < width_; ++x)
        cols[static_cast<std::size_t>(x)] = axisOverlap(x + offset.w, g.input.w, g.kernel.w, g.stride.w, g.dilation.w);

    counts_.resize(static_cast<std::size_t>(height_ * width_));
    for (std::int64_t y = 0; y < height_; ++y)
        for (std::int64_t x = 0; x < width_; ++x)
            counts_[static_cast<std::size_t>(y * width_ + x)] = rows[static_cast<std::size_t>(y)] * cols[static_cast<std::size_t>(x)];
}

std::int32_t OverlapMap::minimum() const
{
    return counts_.empty() ? 0 : *std::min_element(counts_.begin(), counts_.end());
}

std::int32_t OverlapMap::maximum() const
{
    return counts_.empty() ? 0 : *std::max_element(counts_.begin(), counts_.end());
}

} // namespace sb
