// SPDX-License-Identifier: MIT
#include "app/render/ScenePicture.h"

#include "app/render/Narration.h"
#include "app/render/SceneRenderer.h"

namespace sb {

QRectF ScenePicture::bounds() const
{
    return scene_.layout().bounds();
}

qint64 ScenePicture::stepCount() const
{
    return scene_.timeline().size();
}

QString ScenePicture::narration(qint64 step) const
{
    return narrate(scene_, step);
}

void ScenePicture::paint(QPainter& painter, double position, const RenderOptions& options) const
{
    SceneRenderer::paint(painter, scene_, scene_.frameAt(position), options);
}

HitTarget ScenePicture::hitTest(const QPointF& world, double position) const
{
    return scene_.layout().hitTest(world, scene_.bufferWindow(scene_.frameAt(position)));
}

Inspection ScenePicture::inspect(const HitTarget& target, double position) const
{
    // Sums are explained for the input channel whose buffers are on screen.
    return scene_.inspect(target, scene_.bufferWindow(scene_.frameAt(position)).ci);
}

qint64 ScenePicture::stepOf(const HitTarget& target) const
{
    if (target.kind != HitTarget::Kind::Input && target.kind != HitTarget::Kind::Buffer)
        return -1;
    return scene_.timeline().stepOfElement(target.ci, target.iy, target.ix);
}

} // namespace sb
