// SPDX-License-Identifier: MIT
#include "app/render/views/CellSweep.h"

#include <QEasingCurve>

#include <algorithm>
#include <cmath>

namespace sb {

CellSweep CellSweep::at(double position, qint64 cells)
{
    CellSweep s;
    const qint64 last = stepCount(cells) - 1;
    s.position = std::clamp(position, 0.0, static_cast<double>(last));
    // The same easing and rounding as ScatterScene::frameAt, so side by side both move alike.
    const auto reached = static_cast<qint64>(std::floor(s.position + 1e-9));
    const double fraction = s.position - static_cast<double>(reached);
    const bool moving = fraction > 1e-9 && reached < last;
    s.step = moving ? reached + 1 : reached;
    s.t = moving ? QEasingCurve(QEasingCurve::InOutCubic).valueForProgress(fraction) : 1.0;
    // A cell gets its value when its step is reached, not while the window travels to it.
    s.filled = reached;
    s.current = s.step - 1;
    s.previous = moving ? s.current - 1 : s.current;
    return s;
}

} // namespace sb
