// SPDX-License-Identifier: MIT
#include "core/Timeline.h"

namespace sb {

std::string phaseName(PhaseKind kind)
{
    switch (kind) {
    case PhaseKind::Start: return "start";
    case PhaseKind::Scatter: return "scatter";
    case PhaseKind::Crop: return "crop padding";
    case PhaseKind::OutputPadding: return "output_padding";
    case PhaseKind::Bias: return "bias";
    case PhaseKind::Done: return "done";
    }
    return "";
}

Timeline::Timeline(const LayerGeometry& g, PlaneSelection plane, bool tapSubSteps, bool hasBias)
    : plane_(plane), tapSubSteps_(tapSubSteps), input_(g.input), kernel_(g.kernel)
{
    const std::int64_t group = g.groupOfOutput(plane.co);
    firstChannel_ = group * g.inPerGroup();
    channelCount_ = g.inPerGroup();
    multiChannel_ = channelCount_ > 1;
    elementCount_ = g.inPerGroup() * g.input.h * g.input.w;

    steps_.push_back({PhaseKind::Start});
    std::int64_t element = 0;
    for (std::int64_t ci = firstChannel_; ci < firstChannel_ + g.inPerGroup(); ++ci)
        for (std::int64_t iy = 0; iy < g.input.h; ++iy)
            for (std::int64_t ix = 0; ix < g.input.w; ++ix, ++element) {
                if (!tapSubSteps) {
                    steps_.push_back({PhaseKind::Scatter, ci, iy, ix, -1, -1, element});
                    continue;
                }
                for (std::int64_t ky = 0; ky < g.kernel.h; ++ky)
                    for (std::int64_t kx = 0; kx < g.kernel.w; ++kx)
                        steps_.push_back({PhaseKind::Scatter, ci, iy, ix, ky, kx, element});
            }
    if (g.padding.h > 0 || g.padding.w > 0)
        steps_.push_back({PhaseKind::Crop});
    if (g.output_padding.h > 0 || g.output_padding.w > 0)
        steps_.push_back({PhaseKind::OutputPadding});
    if (hasBias)
        steps_.push_back({PhaseKind::Bias});
    steps_.push_back({PhaseKind::Done});
}

std::int64_t Timeline::stepOfElement(std::int64_t ci, std::int64_t iy, std::int64_t ix) const
{
    if (ci < firstChannel_ || ci >= firstChannel_ + channelCount_ || iy < 0
        || iy >= input_.h || ix < 0 || ix >= input_.w)
        return -1;
    const std::int64_t element = ((ci - firstChannel_) * input_.h + iy) * input_.w + ix;
    const std::int64_t per = tapSubSteps_ ? kernel_.h * kernel_.w : 1;
    return 1 + element * per;  // step 0 is Start
}

std::int64_t Timeline::firstStepOf(PhaseKind kind) const
{
    for (std::int64_t i = 0; i < size(); ++i)
        if (steps_[static_cast<std::size_t>(i)].kind == kind)
            return i;
    return -1;
}

std::int64_t Timeline::tapsDoneAt(std::int64_t index) const
{
    const TimelineStep& s = step(index);
    if (s.kind != PhaseKind::Scatter || s.ky < 0)
        return kernel_.h * kernel_.w;
    return s.ky * kernel_.w + s.kx + 1;
}

std::string Timeline::label(std::int64_t index) const
{
    const TimelineStep& s = step(index);
    if (s.kind != PhaseKind::Scatter)
        return phaseName(s.kind);
    std::string text = "x[";
    if (multiChannel_)
        text += "c=" + std::to_string(s.ci) + "][";
    text += std::to_string(s.iy) + "," + std::to_string(s.ix) + "]";
    if (s.ky >= 0)
        text += "·w[" + std::to_string(s.ky) + "," + std::to_string(s.kx) + "]";
    return text;
}

} // namespace sb
