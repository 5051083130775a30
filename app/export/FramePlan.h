// SPDX-License-Identifier: MIT
// FramePlan: the timeline positions an animation export draws. Between two steps it draws
// framesPerStep frames of the same slide and fade the window plays, the last of them the step
// reached; a range A–B is the frame of step A and then (B − A)·framesPerStep more.
#pragma once

#include <QtGlobal>

namespace sb {

class FramePlan {
public:
    FramePlan(qint64 firstStep, qint64 lastStep, int framesPerStep);

    // Frames per step so that a step takes as long as in the window (Animation.h's
    // kStepSeconds) at `fps` frames per second; at least one.
    static int framesPerStepAt(double fps);

    qint64 firstStep() const { return first_; }
    qint64 lastStep() const { return last_; }
    int framesPerStep() const { return perStep_; }
    qint64 count() const;
    // The timeline position of frame i (0 ≤ i < count()).
    double position(qint64 frame) const;
    // Whether frame i shows a step reached (nothing moving), where an animation may rest.
    bool reachesStep(qint64 frame) const { return frame % perStep_ == 0; }

private:
    qint64 first_, last_;
    int perStep_;
};

} // namespace sb
