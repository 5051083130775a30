// SPDX-License-Identifier: MIT
// SceneNumbers: how the scatter view's grids write their numbers, decided once from the plane's
// values: one NumberFormat per grid family (the input, the kernel, and the sums — each buffer's
// products, the full buffer, its partial sums while the animation runs, and the output), the
// widest text each can show (which sizes its cells) and the largest magnitude (which scales the
// colour of a grid drawn without its numbers).
#pragma once

#include "app/render/NumberFormat.h"
#include "core/PlaneStory.h"
#include "core/ScatterRecord.h"
#include "core/Timeline.h"

#include <QString>

namespace sb {

struct GridNumbers {
    NumberFormat format;
    QString widest;       // the longest text the grid can show
    double maxAbs = 0.0;  // of its finite values; 0 for a grid of zeros
};

struct SceneNumbers {
    GridNumbers input, kernel, sums;
    QString widestCount;  // the overlap view's largest count

    static SceneNumbers of(const ScatterRecord& record, const PlaneStory& story, PlaneSelection plane);
};

} // namespace sb
