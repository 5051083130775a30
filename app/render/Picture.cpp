// SPDX-License-Identifier: MIT
// Picture: the non-virtual part, shared by every view — how a position names a step and how the
// window's caption goes with it.
#include "app/render/Picture.h"

#include "app/render/Animation.h"

namespace sb {

qint64 Picture::stepAt(double position) const
{
    return stepPosition(position, stepCount() - 1).step;
}

void Picture::paintAsShown(QPainter& painter, double position, RenderOptions options) const
{
    options.caption = narration(stepAt(position));
    paint(painter, position, options);
}

} // namespace sb
