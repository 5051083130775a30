// SPDX-License-Identifier: MIT
#include "app/render/CellSweep.h"

#include "app/render/Animation.h"

namespace sb {

CellSweep CellSweep::at(double position, qint64 cells)
{
    CellSweep s;
    // The same step position as ScatterScene::frameAt, so side by side both move alike.
    const StepPosition where = stepPosition(position, stepCount(cells) - 1);
    s.position = where.position;
    s.step = where.step;
    s.t = where.t;
    // A cell gets its value when its step is reached, not while the window travels to it.
    s.filled = where.reached;
    s.current = s.step - 1;
    s.previous = where.moving ? s.current - 1 : s.current;
    return s;
}

} // namespace sb
