// SPDX-License-Identifier: MIT
// PlaneStory: the contributions into one output plane (n, co), in the order the timeline tells
// them (element by element, tap by tap), with each full-buffer cell's list of arrivals. This is
// what an animation frame needs: "the first q contributions are in" is a prefix of this list.
//
// Nothing is stored per contribution: an ordinal's coordinates follow from arithmetic and its
// value is the record's, and a cell's arrivals are found by inverting y = i·s + k·d. A plane of
// 50 M contributions therefore costs no memory and no time to set up — only the plane's finished
// sum (one float per full-buffer cell) is kept, since every frame after the scatter needs it.
#pragma once

#include "core/ScatterRecord.h"
#include "core/Timeline.h"

#include <cstdint>
#include <vector>

namespace sb {

struct StoryContribution {
    std::int64_t element = 0;  // ordinal of the input element in the story (0-based)
    std::int64_t ci = 0, iy = 0, ix = 0, ky = 0, kx = 0;
    std::int64_t y = 0, x = 0;  // full-buffer position
    float value = 0.0f;
};

class PlaneStory {
public:
    PlaneStory() = default;
    // record must outlive the story (scenes hold both).
    PlaneStory(const ScatterRecord& record, PlaneSelection plane);

    PlaneSelection plane() const { return plane_; }
    Size2 full() const { return full_; }
    std::int64_t tapsPerElement() const { return taps_; }
    std::int64_t elementCount() const { return elements_; }
    std::int64_t size() const { return elements_ * taps_; }
    StoryContribution at(std::int64_t ordinal) const;

    // Ordinals of the contributions that land on full-buffer cell (y, x), ascending.
    std::vector<std::int64_t> arrivals(std::int64_t y, std::int64_t x) const;

    // Number of contributions that are in once `step` of the timeline is complete.
    std::int64_t contributionsDoneAt(const Timeline& timeline, std::int64_t step) const;

    // Sum over full-buffer cells of the first `done` contributions: (fullH × fullW), row-major.
    std::vector<float> runningSum(std::int64_t done) const;

private:
    // Record index of the story's first tap of element (ci, iy, ix).
    std::int64_t recordIndex(std::int64_t ci, std::int64_t iy, std::int64_t ix) const;
    // Adds the first `done` contributions to sum, in story order (so float rounding matches a
    // cell's arrivals added one by one).
    void accumulate(std::int64_t done, std::vector<float>& sum) const;

    const ScatterRecord* record_ = nullptr;
    PlaneSelection plane_;
    Size2 full_;
    std::int64_t taps_ = 0;
    std::int64_t elements_ = 0;
    std::int64_t firstChannel_ = 0;  // first input channel of the plane's group
    std::int64_t coInGroup_ = 0;
    std::vector<float> finished_;    // runningSum(size()), computed once
};

} // namespace sb
