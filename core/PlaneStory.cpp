#include "core/PlaneStory.h"

namespace sb {

PlaneStory::PlaneStory(const ScatterRecord& record, PlaneSelection plane) : plane_(plane)
{
    const LayerGeometry& g = record.geometry();
    full_ = g.full();
    taps_ = g.kernel.h * g.kernel.w;
    const std::int64_t group = g.groupOfOutput(plane.co), coInGroup = plane.co % g.outPerGroup();
    elements_ = g.inPerGroup() * g.input.h * g.input.w;
    items_.reserve(static_cast<std::size_t>(elements_ * taps_));
    arrivals_.resize(static_cast<std::size_t>(full_.h * full_.w));

    std::int64_t element = 0;
    for (std::int64_t ci = group * g.inPerGroup(); ci < (group + 1) * g.inPerGroup(); ++ci)
        for (std::int64_t iy = 0; iy < g.input.h; ++iy)
            for (std::int64_t ix = 0; ix < g.input.w; ++ix, ++element) {
                // The element's taps into this output channel are one contiguous run of the record.
                const std::int64_t first = record.fromInput(plane.n, ci, iy, ix).begin + coInGroup * taps_;
                for (std::int64_t t = 0; t < taps_; ++t) {
                    const std::int64_t ky = t / g.kernel.w, kx = t % g.kernel.w;
                    const std::int64_t y = g.fullY(iy, ky), x = g.fullX(ix, kx);
                    arrivals_[static_cast<std::size_t>(y * full_.w + x)].push_back(static_cast<std::int32_t>(items_.size()));
                    items_.push_back({element, ci, iy, ix, ky, kx, y, x, record.values()[static_cast<std::size_t>(first + t)]});
                }
            }
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

std::vector<float> PlaneStory::runningSum(std::int64_t done) const
{
    std::vector<float> sum(static_cast<std::size_t>(full_.h * full_.w), 0.0f);
    for (std::int64_t q = 0; q < done && q < size(); ++q) {
        const StoryContribution& c = items_[static_cast<std::size_t>(q)];
        sum[static_cast<std::size_t>(c.y * full_.w + c.x)] += c.value;
    }
    return sum;
}

} // namespace sb
