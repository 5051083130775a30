// SPDX-License-Identifier: MIT
// HitTarget: what is under the mouse in a scene, in model coordinates.
#pragma once

#include "core/Size2.h"

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
    // Output cell (oy, ox) with the full-buffer cell the crop kept it from (y, x: the index plus
    // the padding): the target hovering it gives in every view that draws the output.
    static HitTarget outputCell(qint64 oy, qint64 ox, Size2 padding)
    {
        HitTarget hit;
        hit.kind = Kind::Output;
        hit.oy = oy;
        hit.ox = ox;
        hit.y = oy + padding.h;
        hit.x = ox + padding.w;
        return hit;
    }
    friend bool operator==(const HitTarget&, const HitTarget&) = default;
};

} // namespace sb
