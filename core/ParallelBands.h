// SPDX-License-Identifier: MIT
// How core spreads independent bands of work over threads without owning any: core has no Qt
// and no thread pool, so the app installs a runner over Qt's global QThreadPool
// (app/compute/PoolBands), and the fast path and Qt's own work share one pool. Until one is
// installed, bands run in order on the calling thread.
#pragma once

#include <cstdint>
#include <functional>

namespace sb {

// Runs band(0) … band(count − 1), each exactly once, in any order and on any threads, and returns
// when all have finished. Bands must not depend on each other.
using BandRunner = std::function<void(std::int64_t count, const std::function<void(std::int64_t band)>& band)>;

// Install before computing starts, from the main thread; an empty runner restores in-order runs.
void installBandRunner(BandRunner runner);

void runBands(std::int64_t count, const std::function<void(std::int64_t band)>& band);

} // namespace sb
