// SPDX-License-Identifier: MIT
// BenchTiming: the median of repeated runs, the figure every benchmark here reports.
#pragma once

#include <QElapsedTimer>

#include <algorithm>
#include <utility>
#include <vector>

namespace sbbench {

// Untimed runs before the timed ones: at least one, and at least 50 ms of them. With one warm-up
// run, the first ten or so runs of a 0.3 ms layer on two threads took twice as long as the rest
// (the second virtual CPU waking, caches filling), half of 21 timed runs: the median was theirs.
// bench/torch_reference.py warms PyTorch up alike.
inline constexpr qint64 kWarmUpNanoseconds = 50'000'000;

template <typename Work>
void warmUp(Work& work)
{
    QElapsedTimer timer;
    timer.start();
    do
        work();
    while (timer.nsecsElapsed() < kWarmUpNanoseconds);
}

// Runs `work` `repeats` times after warmUp(); returns the median in milliseconds.
template <typename Work>
double medianMilliseconds(int repeats, Work&& work)
{
    warmUp(work);
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

// Runs `a` and `b` in alternating blocks, `blocks` blocks of `perBlock` timed runs each, every
// block after one untimed run; returns their medians in milliseconds. Two short kernels compared
// this way see the same stretches of a noisy virtual machine, so their ratio holds still when
// separate runs' medians drift 15 % apart. Blocks rather than single runs: each block starts with
// its own data back in cache and the other's threads (OpenMP's spinning workers) gone quiet.
template <typename WorkA, typename WorkB>
std::pair<double, double> alternatingMedians(int blocks, int perBlock, WorkA&& a, WorkB&& b)
{
    std::vector<double> timesA, timesB;
    const auto block = [perBlock](auto& work, std::vector<double>& times) {
        work();
        for (int i = 0; i < perBlock; ++i) {
            QElapsedTimer timer;
            timer.start();
            work();
            times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
    };
    for (int i = 0; i < blocks; ++i) {
        block(a, timesA);
        block(b, timesB);
    }
    const auto median = [](std::vector<double>& times) {
        std::nth_element(times.begin(), times.begin() + times.size() / 2, times.end());
        return times[times.size() / 2];
    };
    return {median(timesA), median(timesB)};
}

} // namespace sbbench
