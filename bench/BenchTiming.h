// SPDX-License-Identifier: MIT
// BenchTiming: the median of repeated runs, the figure every benchmark here reports.
#pragma once

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace sbbench {

// Runs `work` `repeats` times after one warm-up run; returns the median in milliseconds.
template <typename Work>
double medianMilliseconds(int repeats, Work&& work)
{
    work();
    std::vector<double> times;
    times.reserve(static_cast<std::size_t>(repeats));
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::nth_element(times.begin(), times.begin() + repeats / 2, times.end());
    return times[static_cast<std::size_t>(repeats / 2)];
}

} // namespace sbbench
