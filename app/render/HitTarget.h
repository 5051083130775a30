// SPDX-License-Identifier: MIT
// HitTarget: what is under the mouse in a scene, in model coordinates.
#pragma once

#include <QtGlobal>

namespace sb {

struct HitTarget {
    // Padded: a cell of the equivalent convolution's zero-inserted, bordered input (the equivalent
    // view); y, x are its padded coordinates, ci/iy/ix the element it holds or −1 for a zero.
    enum class Kind { None, Input, Kernel, Buffer, Full, Output, Padded };
    Kind kind = Kind::None;
    qint64 ci = -1, iy = -1, ix = -1;  // Input, Buffer: the element
    qint64 ky = -1, kx = -1;           // Kernel, Buffer: the tap
    qint64 y = -1, x = -1;             // Full (and Buffer): full-buffer cell; may lie past the
                                       // full buffer in output_padding rows/cols
    qint64 oy = -1, ox = -1;           // Output

    bool isNone() const { return kind == Kind::None; }
    friend bool operator==(const HitTarget&, const HitTarget&) = default;
};

} // namespace sb
