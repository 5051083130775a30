// SPDX-License-Identifier: MIT
// Contribution: one term of the scatter, x[n, ci, iy, ix] · w[ci, co', ky, kx], and where it lands.
// A plain value decoded on demand from ScatterRecord; never stored one by one.
#pragma once

#include <cstdint>

namespace sb {

struct Contribution {
    std::int64_t index = 0;  // position in the record, stable for a given layer
    std::int64_t n = 0, ci = 0, iy = 0, ix = 0;  // the input element
    std::int64_t co = 0;                         // output channel (absolute, not within the group)
    std::int64_t ky = 0, kx = 0;                 // the kernel tap
    std::int64_t y = 0, x = 0;                   // position in the full, uncropped buffer: i·s + k·d
    std::int64_t oy = 0, ox = 0;                 // position in the output: full position − padding
    float value = 0.0f;                          // x · w
    bool kept = false;                           // whether the padding crop kept it in the output
};

} // namespace sb
