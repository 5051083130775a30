// SPDX-License-Identifier: MIT
// FastPathBench: the fast output path against PyTorch on the layers users load, and the scatter
// record's throughput (contributions per second, bytes per contribution).
#pragma once

namespace sbbench {
void runFastPathBench();
void runRecordBench();
} // namespace sbbench
