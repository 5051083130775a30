// SPDX-License-Identifier: MIT
#include "core/ParallelBands.h"

#include <utility>

namespace sb {

namespace {
BandRunner& installed()
{
    static BandRunner runner;
    return runner;
}
} // namespace

void installBandRunner(BandRunner runner) { installed() = std::move(runner); }

void runBands(std::int64_t count, const std::function<void(std::int64_t band)>& band)
{
    if (count <= 0)
        return;
    if (count > 1 && installed()) {
        installed()(count, band);
        return;
    }
    for (std::int64_t i = 0; i < count; ++i)
        band(i);
}

} // namespace sb
