// SPDX-License-Identifier: MIT
#include "app/export/FramePlan.h"

#include "app/render/Animation.h"

#include <algorithm>
#include <cmath>

namespace sb {

FramePlan::FramePlan(qint64 firstStep, qint64 lastStep, int framesPerStep)
    : first_(firstStep), last_(std::max(firstStep, lastStep)), perStep_(std::max(framesPerStep, 1))
{
}

int FramePlan::framesPerStepAt(double fps)
{
    return std::max(1, static_cast<int>(std::lround(fps * kStepSeconds)));
}

qint64 FramePlan::count() const
{
    return 1 + (last_ - first_) * perStep_;
}

double FramePlan::position(qint64 frame) const
{
    // Whole steps are computed exactly, so frame k·perStep is the integer step the window rests on.
    const qint64 whole = frame / perStep_;
    return static_cast<double>(first_ + whole) + static_cast<double>(frame % perStep_) / perStep_;
}

} // namespace sb
