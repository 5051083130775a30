// SPDX-License-Identifier: MIT
// PoolBandRunner: core's band runner (core/ParallelBands.h) over a QThreadPool, so the fast
// path's bands and Qt's own work (BackgroundTask, QtConcurrent) share one pool instead of
// competing for the machine's cores.
//
// The calling thread works too: it takes bands from a shared counter alongside the helpers on the
// pool. Helpers start with QThreadPool::tryStart, never queued behind busy threads, so a
// computation already running on the pool (a BackgroundTask) never waits on work that no free
// thread will pick up: with the pool full, the caller simply does every band itself.
//
// A helper lingers, spinning, for kLinger after its last band before it gives its thread back.
// Waking a sleeping pool thread takes a quarter of a millisecond on a virtual machine, as long as
// a whole 512-channel layer; a lingering helper joins the next layer at once, as OpenMP's
// spinning threads do for oneDNN and PyTorch.
#pragma once

#include <QThreadPool>

#include <chrono>
#include <cstdint>
#include <functional>

namespace sb {

inline constexpr std::chrono::microseconds kLinger{2000};

// Runs band(0) … band(count − 1) on the caller and on up to count − 1 of pool's free threads.
// Only one call at a time shares its bands; a call made while another is running runs all of its
// bands on its own thread.
void runBandsOnPool(QThreadPool& pool, std::int64_t count, const std::function<void(std::int64_t band)>& band);

// Makes core's fast path use `pool` (Qt's global pool by default) from now on.
void installPoolBandRunner(QThreadPool* pool = QThreadPool::globalInstance());

} // namespace sb
