// SPDX-License-Identifier: MIT
// ScatterScene: everything needed to draw one output plane of a recorded layer — the record, the
// timeline, the story of the plane's contributions, the overlap map and the layout — and the
// frame (what is in, what is moving) at any fractional timeline position.
#pragma once

#include "app/render/Inspection.h"
#include "app/render/SceneLayout.h"
#include "core/OverlapMap.h"
#include "core/PlaneStory.h"
#include "core/ScatterRecord.h"
#include "core/Timeline.h"

#include <memory>

namespace sb {

// What a frame shows: contributions [0, done) are in, [done, arriving) are sliding in with
// progress t (0 → 1, eased); the phase alphas fade the crop, output_padding and bias in.
struct SceneFrame {
    double position = 0.0;
    qint64 step = 0;          // the step being shown (the one arriving, or the last one reached)
    qint64 done = 0;
    qint64 arriving = 0;
    double t = 1.0;
    double cropAlpha = 0.0;
    double outputPaddingAlpha = 0.0;
    double biasAlpha = 0.0;
    bool finished = false;
    qint64 activeElement = -1;  // story ordinal of the element scattering (or last scattered)
};

class ScatterScene {
public:
    ScatterScene() = default;
    // `maxSize`: the largest the picture may be at scale 1 (SceneLayout).
    ScatterScene(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane, bool tapSubSteps, ViewId view,
                 QSizeF maxSize = QSizeF(SceneLayout::kMaxSide, SceneLayout::kMaxSide));

    bool isNull() const { return !record_; }
    const ScatterRecord& record() const { return *record_; }
    std::shared_ptr<const ScatterRecord> recordPointer() const { return record_; }
    const LayerGeometry& geometry() const { return record_->geometry(); }
    PlaneSelection plane() const { return timeline_.plane(); }
    const Timeline& timeline() const { return timeline_; }
    const PlaneStory& story() const { return story_; }
    const OverlapMap& overlap() const { return overlap_; }
    const SceneLayout& layout() const { return layout_; }
    const SceneNumbers& numbers() const { return numbers_; }
    float bias() const;

    SceneFrame frameAt(double position) const;
    // The buffers on screen at a frame, following its active element.
    BufferWindow bufferWindow(const SceneFrame& frame) const;
    // What hovering target explains: the cells involved and the sum written out with this layer's
    // numbers; elements and taps are those of input channel shownChannel (the one drawn).
    Inspection inspect(const HitTarget& target, qint64 shownChannel) const;

private:
    std::shared_ptr<const ScatterRecord> record_;
    Timeline timeline_;
    PlaneStory story_;
    OverlapMap overlap_{LayerGeometry{}};
    SceneNumbers numbers_;
    SceneLayout layout_;
};

} // namespace sb
