// SPDX-License-Identifier: MIT
// ExportBench: GIF export time per frame, and the time from launching `scatterboard` to its first
// painted frame.
#pragma once

namespace sbbench {

void runGifBench();
void runLaunchBench();

} // namespace sbbench
