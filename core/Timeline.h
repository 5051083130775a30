// SPDX-License-Identifier: MIT
// Timeline: the order in which the visualizer tells the story of one output plane (n, co):
// start; one step per input element of co's group scattering its buffer (or one sub-step per
// kernel tap); then the padding crop, output_padding, bias (each only when it does something);
// done. Plain logic, so it is tested without a window.
#pragma once

#include "core/LayerGeometry.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sb {

struct PlaneSelection {
    std::int64_t n = 0;   // batch element
    std::int64_t co = 0;  // output channel
    friend bool operator==(const PlaneSelection&, const PlaneSelection&) = default;
};

enum class PhaseKind { Start, Scatter, Crop, OutputPadding, Bias, Done };

struct TimelineStep {
    PhaseKind kind = PhaseKind::Start;
    std::int64_t ci = -1, iy = -1, ix = -1;  // Scatter: the input element
    std::int64_t ky = -1, kx = -1;           // Scatter sub-step: the tap; −1 when the whole kernel
    std::int64_t element = -1;               // Scatter: ordinal of the element in the story (0-based)
};

class Timeline {
public:
    Timeline() = default;
    Timeline(const LayerGeometry& geometry, PlaneSelection plane, bool tapSubSteps, bool hasBias);

    std::int64_t size() const { return static_cast<std::int64_t>(steps_.size()); }
    const TimelineStep& step(std::int64_t index) const { return steps_.at(static_cast<std::size_t>(index)); }
    const std::vector<TimelineStep>& steps() const { return steps_; }
    PlaneSelection plane() const { return plane_; }
    bool tapSubSteps() const { return tapSubSteps_; }

    // Number of scattering elements (input channels of the group × H × W).
    std::int64_t elementCount() const { return elementCount_; }
    // First step at which element (ci, iy, ix) scatters, or −1 if it is not in the plane's group.
    std::int64_t stepOfElement(std::int64_t ci, std::int64_t iy, std::int64_t ix) const;
    // First step of a phase, or −1 when the timeline has no such phase.
    std::int64_t firstStepOf(PhaseKind kind) const;
    // How many taps of the element being scattered at `index` are already in (sub-steps), counting
    // the tap of that step; kH·kW for whole-kernel steps.
    std::int64_t tapsDoneAt(std::int64_t index) const;
    // Short label for scrub-bar ticks and the status line: "start", "x[1,2]", "x[1,2]·w[0,3]",
    // "crop padding", "output_padding", "bias", "done"; multi-channel elements read "x[c=1][1,2]".
    std::string label(std::int64_t index) const;

private:
    std::vector<TimelineStep> steps_;
    PlaneSelection plane_;
    bool tapSubSteps_ = false;
    bool multiChannel_ = false;
    std::int64_t elementCount_ = 0;
    std::int64_t firstChannel_ = 0;
    std::int64_t channelCount_ = 0;
    Size2 input_, kernel_;
};

std::string phaseName(PhaseKind kind);

} // namespace sb
