// SPDX-License-Identifier: MIT
// OneDnnBench: times Intel oneDNN's deconvolution_forward on a layer, the reference the fast path
// is measured against. oneDNN is optional: without libdnnl-dev, OneDnnAbsent.cpp is
// built instead and every call answers "not available".
#pragma once

#include "core/Layer.h"

#include <functional>
#include <optional>
#include <string>

namespace sbbench {

struct OneDnnTiming {
    double milliseconds = 0;   // median of the timed runs
    double alongsideMilliseconds = 0;  // the median of `alongside`, run alternately with oneDNN
    std::string implementation; // what oneDNN chose, e.g. "jit:avx512_core"
    float maxAbsDiff = 0;       // largest |oneDNN - expected| over the output
    float maxAbsExpected = 0;   // largest |expected|, the scale for the relative check
    bool agrees() const { return maxAbsDiff <= 1e-3f * maxAbsExpected; }
};

// "oneDNN 2.6", or empty when the bench was built without oneDNN.
std::string oneDnnVersion();

// oneDNN's median time on `layer` with `threads` OpenMP threads, its output checked against
// `expected` (the fast path's output for the same layer), and the median time of `alongside`
// (the fast path on the same layer), run in blocks alternating with it (BenchTiming.h):
// `blocks` blocks of `perBlock` runs each. With no `alongside`, oneDNN runs blocks · perBlock
// times on its own: on two threads each side's idle threads spin for a while after its runs
// (OpenMP's and the pool's), so alternating would time each against the other's spinning.
// Empty when oneDNN is absent or cannot run this layer (groups > 1).
std::optional<OneDnnTiming> timeOneDnnDeconvolution(const sb::Layer& layer, const sb::Tensor& expected, int threads,
                                                    int blocks, int perBlock, const std::function<void()>& alongside);

} // namespace sbbench
