// SPDX-License-Identifier: MIT
// RenderBench: the renderer's frame time, offscreen at 1920×1080, while the animation moves.
#pragma once

namespace sbbench {
void runRenderBench();
} // namespace sbbench
