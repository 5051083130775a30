// SPDX-License-Identifier: MIT
// Picture: the non-virtual part, shared by every view — how a position names a step and how the
// window's caption goes with it.
#include "app/render/Picture.h"

#include <algorithm>
#include <cmath>

namespace sb {

qint64 Picture::stepAt(double position) const
{
    // The tolerance matches ScatterScene::frameAt: a position within 1e-9 of a step has reached it.
    const auto step = static_cast<qint64>(std::ceil(position - 1e-9));
    return std::clamp<qint64>(step, 0, std::max<qint64>(stepCount() - 1, 0));
}

void Picture::paintAsShown(QPainter& painter, double position, RenderOptions options) const
{
    options.caption = narration(stepAt(position));
    paint(painter, position, options);
}

} // namespace sb
