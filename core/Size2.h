// SPDX-License-Identifier: MIT
// Size2: a (height, width) pair, the form every ConvTranspose2d spatial argument takes.
#pragma once

#include <cstdint>

namespace sb {

struct Size2 {
    std::int64_t h = 0;
    std::int64_t w = 0;

    constexpr Size2() = default;
    constexpr Size2(std::int64_t both) : h(both), w(both) {}  // NOLINT: mirrors PyTorch's int-or-pair
    constexpr Size2(std::int64_t height, std::int64_t width) : h(height), w(width) {}

    constexpr std::int64_t operator[](int axis) const { return axis == 0 ? h : w; }
    friend constexpr bool operator==(const Size2&, const Size2&) = default;
};

} // namespace sb
