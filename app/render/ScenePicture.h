// SPDX-License-Identifier: MIT
// ScenePicture: the views drawn from one ScatterScene — "scatter" (buffers, full buffer, crop),
// "output" and "overlap" (the heat-map) — as Pictures, painted by SceneRenderer like the window.
#pragma once

#include "app/render/Picture.h"
#include "app/render/ScatterScene.h"

namespace sb {

class ScenePicture : public Picture {
public:
    explicit ScenePicture(ScatterScene scene) : scene_(std::move(scene)) {}

    const ScatterScene& scene() const { return scene_; }

    ViewId view() const override { return scene_.layout().view(); }
    QRectF bounds() const override;
    qint64 stepCount() const override;
    QString narration(qint64 step) const override;
    void paint(QPainter& painter, double position, const RenderOptions& options) const override;
    HitTarget hitTest(const QPointF& world, double position) const override;
    Inspection inspect(const HitTarget& target, double position) const override;
    qint64 stepOf(const HitTarget& target) const override;
    StepStory stepStory() const override { return StepStory::Scatter; }
    bool hasOutputGrid() const override { return true; }

private:
    ScatterScene scene_;
};

} // namespace sb
