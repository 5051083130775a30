// SPDX-License-Identifier: MIT
// ShapeSolver: padding is found, not searched. For given kernel, stride, dilation and
// output_padding the formula leaves 2·padding = (from − 1)·s + d·(k − 1) + 1 + output_padding − to,
// which must be even and ≥ 0; each candidate is then put to PyTorch's checks (validateGeometry).
#include "core/ShapeSolver.h"

#include "core/Layer.h"
#include "core/OverlapAnalysis.h"
#include "core/TorchError.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace sb {

namespace {

bool pytorchAccepts(const AxisSetting& a, std::int64_t from, std::int64_t to)
{
    ConvTransposeParams params;
    params.kernel_size = Size2(a.kernel_size);
    params.stride = Size2(a.stride);
    params.padding = Size2(a.padding);
    params.output_padding = Size2(a.output_padding);
    params.dilation = Size2(a.dilation);
    try {
        const LayerGeometry g = validateGeometry(params, Shape{1, 1, from, from}, Shape{1, 1, a.kernel_size, a.kernel_size}, std::nullopt,
                                                 std::nullopt);
        return g.output.h == to;
    } catch (const std::exception&) {
        return false;
    }
}

} // namespace

SolverAnswer ShapeSolver::solve(std::int64_t from, std::int64_t to, const SolverBounds& bounds)
{
    if (from < 1 || to < 1)
        throw std::invalid_argument("sizes must be at least 1, got " + std::to_string(from) + " and " + std::to_string(to));
    for (const std::int64_t bound : {bounds.maxKernel, bounds.maxStride, bounds.maxDilation})
        if (bound < 1 || bound > SolverBounds::kLargest)
            throw std::invalid_argument("bounds must lie between 1 and " + std::to_string(SolverBounds::kLargest) + ", got "
                                        + std::to_string(bound));
    if (bounds.limit < 1 || bounds.limit > SolverBounds::kLargestLimit)
        throw std::invalid_argument("the limit must lie between 1 and " + std::to_string(SolverBounds::kLargestLimit)
                                    + ", got " + std::to_string(bounds.limit));
    // The order is even overlap first, then kernel_size, stride, dilation, output_padding: the
    // loops below run in that order, once for the even settings and once for the others, so the
    // first bounds.limit found are the first of the whole list, and nothing needs sorting.
    SolverAnswer answer;
    for (const bool even : {true, false})
        for (std::int64_t k = 1; k <= bounds.maxKernel; ++k)
            for (std::int64_t s = 1; s <= bounds.maxStride; ++s)
                for (std::int64_t d = 1; d <= bounds.maxDilation; ++d) {
                    if (OverlapAnalysis::evenAxis(k, s, d) != even)
                        continue;
                    for (std::int64_t op = 0; op < std::max(s, d); ++op) {
                        const std::int64_t twice = (from - 1) * s + d * (k - 1) + 1 + op - to;
                        if (twice < 0 || twice % 2 != 0)
                            continue;
                        const AxisSetting a{k, s, twice / 2, op, d, even};
                        if (!pytorchAccepts(a, from, to))
                            continue;
                        ++answer.total;
                        if (static_cast<std::int64_t>(answer.settings.size()) < bounds.limit)
                            answer.settings.push_back(a);
                    }
                }
    return answer;
}

std::vector<AxisSetting> ShapeSolver::solveAxis(std::int64_t from, std::int64_t to, const SolverBounds& bounds)
{
    return solve(from, to, bounds).settings;
}

} // namespace sb
