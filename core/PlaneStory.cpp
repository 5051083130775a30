// SPDX-License-Identifier: MIT
#include "core/PlaneStory.h"

#include <algorithm>

namespace sb {

PlaneStory::PlaneStory(const ScatterRecord& record, PlaneSelection plane) : record_(&record), plane_(plane)
{
    const LayerGeometry& g = record.geometry();
    full_ = g.full();
    taps_ = g.kernel.h * g.kernel.w;
    firstChannel_ = g.groupOfOutput(plane.co) * g.inPerGroup();
    coInGroup_ = plane.co % g.outPerGroup();
    elements_ = g.inPerGroup() * g.input.h * g.input.w;
    finished_.assign(static_cast<std::size_t>(full_.h * full_.w), 0.0f);
    accumulate(size(), finished_);
}

std::int64_t PlaneStory::recordIndex(std::int64_t ci, std::int64_t iy, std::int64_t ix) const
{
    return record_->fromInput(plane_.n, ci, iy, ix).begin + coInGroup_ * taps_;
}

StoryContribution PlaneStory::at(std::int64_t ordinal) const
{
    const LayerGeometry& g = record_->geometry();
    StoryContribution c;
    c.element = ordinal / taps_;
    const std::int64_t t = ordinal % taps_;
    const std::int64_t plane = g.input.h * g.input.w;
    c.ci = firstChannel_ + c.element / plane;
    c.iy = (c.element % plane) / g.input.w;
    c.ix = (c.element % plane) % g.input.w;
    c.ky = t / g.kernel.w;
    c.kx = t % g.kernel.w;
    c.y = g.fullY(c.iy, c.ky);
    c.x = g.fullX(c.ix, c.kx);
    c.value = record_->valueAt(recordIndex(c.ci, c.iy, c.ix) + t);
    return c;
}

std::vector<std::int64_t> PlaneStory::arrivals(std::int64_t y, std::int64_t x) const
{
    const LayerGeometry& g = record_->geometry();
    const std::int64_t plane = g.input.h * g.input.w;
    std::vector<std::int64_t> found;
    for (std::int64_t c = 0; c < g.inPerGroup(); ++c)
        g.forEachTapAt(y, x, [&](std::int64_t iy, std::int64_t ix, std::int64_t ky, std::int64_t kx) {
            found.push_back((c * plane + iy * g.input.w + ix) * taps_ + ky * g.kernel.w + kx);
        });
    std::sort(found.begin(), found.end());
    return found;
}

std::int64_t PlaneStory::contributionsDoneAt(const Timeline& timeline, std::int64_t step) const
{
    const TimelineStep& s = timeline.step(step);
    switch (s.kind) {
    case PhaseKind::Start:
        return 0;
    case PhaseKind::Scatter:
        return s.element * taps_ + timeline.tapsDoneAt(step);
    default:
        return size();
    }
}

void PlaneStory::accumulate(std::int64_t done, std::vector<float>& sum) const
{
    if (!record_ || done <= 0)
        return;
    const LayerGeometry& g = record_->geometry();
    const std::int64_t plane = g.input.h * g.input.w;
    done = std::min(done, size());
    // Element by element, tap by tap: the story's own order, without building a
    // StoryContribution per tap.
    for (std::int64_t element = 0; element * taps_ < done; ++element) {
        const std::int64_t ci = firstChannel_ + element / plane;
        const std::int64_t iy = (element % plane) / g.input.w, ix = (element % plane) % g.input.w;
        const std::int64_t first = recordIndex(ci, iy, ix);
        const std::int64_t taps = std::min(taps_, done - element * taps_);
        for (std::int64_t t = 0; t < taps; ++t) {
            const std::int64_t y = g.fullY(iy, t / g.kernel.w), x = g.fullX(ix, t % g.kernel.w);
            sum[static_cast<std::size_t>(y * full_.w + x)] += record_->valueAt(first + t);
        }
    }
}

std::vector<float> PlaneStory::runningSum(std::int64_t done) const
{
    if (done >= size())
        return finished_;
    std::vector<float> sum(static_cast<std::size_t>(full_.h * full_.w), 0.0f);
    accumulate(done, sum);
    return sum;
}

} // namespace sb
