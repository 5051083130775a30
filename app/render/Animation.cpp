// SPDX-License-Identifier: MIT
#include "app/render/Animation.h"

#include <QEasingCurve>

#include <algorithm>
#include <cmath>

namespace sb {

StepPosition stepPosition(double position, qint64 last)
{
    StepPosition s;
    last = std::max<qint64>(last, 0);
    s.position = std::clamp(position, 0.0, static_cast<double>(last));
    // A position within 1e-9 of a step has reached it: a slide that ends on a rounding error is over.
    s.reached = static_cast<qint64>(std::floor(s.position + 1e-9));
    s.fraction = s.position - static_cast<double>(s.reached);
    s.moving = s.fraction > 1e-9 && s.reached < last;
    s.step = s.moving ? s.reached + 1 : s.reached;
    s.t = s.moving ? QEasingCurve(QEasingCurve::InOutCubic).valueForProgress(s.fraction) : 1.0;
    return s;
}

}  // namespace sb
