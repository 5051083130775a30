// PlaneStory: the contributions into one output plane (n, co), in the order the timeline tells
// them (element by element, tap by tap), with each full-buffer cell's list of arrivals. This is
// what an animation frame needs: "the first q contributions are in" is a prefix of this list.
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
    PlaneStory(const ScatterRecord& record, PlaneSelection plane);

    PlaneSelection plane() const { return plane_; }
    Size2 full() const { return full_; }
    std::int64_t tapsPerElement() const { return taps_; }
    std::int64_t elementCount() const { return elements_; }
    std::int64_t size() const { return static_cast<std::int64_t>(items_.size()); }
    const StoryContribution& at(std::int64_t ordinal) const { return items_[static_cast<std::size_t>(ordinal)]; }

    // Ordinals of the contributions that land on full-buffer cell (y, x), ascending.
    const std::vector<std::int32_t>& arrivals(std::int64_t y, std::int64_t x) const
    {
        return arrivals_[static_cast<std::size_t>(y * full_.w + x)];
    }

    // Number of contributions that are in once `step` of the timeline is complete.
    std::int64_t contributionsDoneAt(const Timeline& timeline, std::int64_t step) const;

    // Sum over full-buffer cells of the first `done` contributions: (fullH × fullW), row-major.
    std::vector<float> runningSum(std::int64_t done) const;

private:
    PlaneSelection plane_;
    Size2 full_;
    std::int64_t taps_ = 0;
    std::int64_t elements_ = 0;
    std::vector<StoryContribution> items_;
    std::vector<std::vector<std::int32_t>> arrivals_;
};

} // namespace sb
