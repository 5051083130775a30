// SPDX-License-Identifier: MIT
#include "app/render/ScatterScene.h"

#include "app/render/Animation.h"
#include "app/render/ModuleCall.h"

#include <algorithm>
#include <cmath>

namespace sb {

ScatterScene::ScatterScene(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane, bool tapSubSteps,
                           ViewId view, QSizeF maxSize)
    : record_(std::move(record)),
      timeline_(record_->geometry(), plane, tapSubSteps, record_->layer().hasBias()),
      story_(*record_, plane),
      overlap_(record_->geometry()),
      numbers_(SceneNumbers::of(*record_, story_, plane)),
      layout_(record_->geometry(), view, numbers_, moduleCall(record_->geometry(), record_->layer().hasBias()), maxSize)
{
}

float ScatterScene::bias() const
{
    const Layer& layer = record_->layer();
    return layer.hasBias() ? layer.bias[static_cast<std::size_t>(plane().co)] : 0.0f;
}

SceneFrame ScatterScene::frameAt(double position) const
{
    SceneFrame f;
    const StepPosition where = stepPosition(position, timeline_.size() - 1);
    const bool moving = where.moving;
    f.position = where.position;
    f.step = where.step;
    f.t = where.t;
    f.done = story_.contributionsDoneAt(timeline_, where.reached);
    f.arriving = moving ? story_.contributionsDoneAt(timeline_, f.step) : f.done;
    if (!moving)
        f.done = f.arriving;

    // A phase fades in while its step arrives and stays once reached.
    auto alphaOf = [&](PhaseKind kind) {
        const qint64 at = timeline_.firstStepOf(kind);
        if (at < 0 || f.step < at)
            return 0.0;
        return f.step == at ? f.t : 1.0;
    };
    f.cropAlpha = alphaOf(PhaseKind::Crop);
    f.outputPaddingAlpha = alphaOf(PhaseKind::OutputPadding);
    f.biasAlpha = alphaOf(PhaseKind::Bias);
    f.finished = timeline_.step(f.step).kind == PhaseKind::Done;

    const qint64 lastIn = std::max(f.arriving, f.done) - 1;
    if (lastIn >= 0 && timeline_.step(f.step).kind == PhaseKind::Scatter)
        f.activeElement = story_.at(lastIn).element;
    return f;
}

BufferWindow ScatterScene::bufferWindow(const SceneFrame& frame) const
{
    if (frame.activeElement < 0 || story_.size() == 0) {
        // Before and after the scatter, show the window of the first (or last) element.
        const qint64 q = frame.done >= story_.size() && story_.size() > 0 ? story_.size() - 1 : 0;
        if (story_.size() == 0)
            return {};
        const StoryContribution& c = story_.at(q);
        return layout_.windowFor(c.ci, c.iy, c.ix);
    }
    const StoryContribution& c = story_.at(frame.activeElement * story_.tapsPerElement());
    return layout_.windowFor(c.ci, c.iy, c.ix);
}

} // namespace sb
