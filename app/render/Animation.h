// SPDX-License-Identifier: MIT
// Animation: how the timeline moves, shared by every view and every exporter — how long a step
// takes, and where a fractional position stands between two steps (the step reached, the one
// arriving and the eased progress towards it). Views that move side by side stay in step because
// they all ask here.
#pragma once

#include <QtGlobal>

namespace sb {

// Seconds one step takes when stepping by hand at speed 1 (the window) and in an animation export.
inline constexpr double kStepSeconds = 0.45;

// A fractional timeline position seen as steps: `reached` is the last step the position has
// reached (within 1e-9), `step` the step being shown (the one arriving while moving, else the one
// reached), and t the eased progress (InOutCubic) from `reached` to `step`, 1 when not moving.
struct StepPosition {
    double position = 0.0;  // clamped to [0, last]
    qint64 reached = 0;
    qint64 step = 0;
    double fraction = 0.0;  // position − reached, before easing
    double t = 1.0;
    bool moving = false;
};

// `position` on a timeline of steps 0 … last (last ≥ 0).
StepPosition stepPosition(double position, qint64 last);

}  // namespace sb
