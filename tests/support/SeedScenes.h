// SPDX-License-Identifier: MIT
// Scenes of the seed examples for the render and window tests.
#pragma once

#include "app/render/ScatterScene.h"
#include "core/TensorFill.h"

#include <memory>

namespace sbtest {

// Seed 004: 4×4 ones, kernel 1..16, stride 2, padding 1 → 8×8 starting 6, 12, 14, 12.
inline std::shared_ptr<const sb::ScatterRecord> seed004Record()
{
    sb::ConvTransposeProblem p;
    p.params.kernel_size = 4;
    p.params.stride = 2;
    p.params.padding = 1;
    p.input = sb::makeFilled({1, 1, 4, 4}, {sb::FillKind::Ones});
    p.weight = sb::makeFilled({1, 1, 4, 4}, {sb::FillKind::Arange, 1});
    return std::make_shared<const sb::ScatterRecord>(sb::validate(p));
}

inline sb::ScatterScene seed004Scene(sb::ViewId view = sb::ViewId::Scatter)
{
    return sb::ScatterScene(seed004Record(), {0, 0}, false, view);
}

} // namespace sbtest
