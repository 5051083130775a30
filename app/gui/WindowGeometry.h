// SPDX-License-Identifier: MIT
// WindowGeometry: where the window opens. It opens within the screen's available area (a
// 1280×720 projector included): the default size and a restored geometry are clamped to it,
// leaving room for the window manager's frame. Plain geometry, tested without a window.
#pragma once

#include <QRect>
#include <QSize>

namespace sb::WindowGeometry {

// The size the window would like on a large screen.
inline constexpr QSize kPreferred{1500, 900};
// Room kept for the frame the window manager draws around the window (title bar, borders).
inline constexpr QSize kFrame{16, 40};

// The default size on a screen whose available area is `available`: the preferred size, no larger
// than the available area less the frame.
QSize defaultSize(const QRect& available);
// A window geometry (without frame) moved and shrunk as little as needed to lie, with its frame,
// within `available`; unchanged when it already does.
QRect clamped(const QRect& window, const QRect& available);

} // namespace sb::WindowGeometry
