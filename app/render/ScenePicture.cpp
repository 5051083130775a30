#include "app/render/ScenePicture.h"

#include "app/render/Narration.h"
#include "app/render/SceneRenderer.h"

namespace sb {

QString ScenePicture::viewName() const
{
    return sb::viewName(scene_.layout().view());
}

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

} // namespace sb
