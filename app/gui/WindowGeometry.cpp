// SPDX-License-Identifier: MIT
#include "app/gui/WindowGeometry.h"

#include <algorithm>

namespace sb::WindowGeometry {

QSize defaultSize(const QRect& available)
{
    return kPreferred.boundedTo(available.size() - kFrame).expandedTo(QSize(1, 1));
}

QRect clamped(const QRect& window, const QRect& available)
{
    QRect fitted(window.topLeft(), window.size().boundedTo(available.size() - kFrame).expandedTo(QSize(1, 1)));
    // The frame's title bar sits above the window, its borders around it.
    const int left = available.left() + kFrame.width() / 2;
    const int top = available.top() + kFrame.height() - kFrame.width() / 2;
    const int right = available.right() - kFrame.width() / 2;
    const int bottom = available.bottom() - kFrame.width() / 2;
    fitted.moveLeft(std::clamp(fitted.left(), left, std::max(left, right - fitted.width() + 1)));
    fitted.moveTop(std::clamp(fitted.top(), top, std::max(top, bottom - fitted.height() + 1)));
    return fitted;
}

} // namespace sb::WindowGeometry
