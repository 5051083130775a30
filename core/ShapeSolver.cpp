// SPDX-License-Identifier: MIT
// ShapeSolver: padding is found, not searched. For given kernel, stride, dilation and
// output_padding the formula leaves 2·padding = (from − 1)·s + d·(k − 1) + 1 + output_padding − to,
// which must be even and ≥ 0; each candidate is then put to PyTorch's checks (validateGeometry).
#include "core/ShapeSolver.h"

#include "core/Layer.h"
#include "core/OverlapAnalysis.h"
#include "core/TorchError.h"

#include <algorithm>
#include <array>
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

AxisOverlap AxisSetting::overlapOf(std::int64_t kernel, std::int64_t stride, std::int64_t dilation)
{
    // Tap k serves the phase of k·d mod s (PhaseDecomposition): count the taps per residue.
    std::vector<std::int64_t> perPhase(static_cast<std::size_t>(stride), 0);
    for (std::int64_t k = 0; k < kernel; ++k)
        ++perPhase[static_cast<std::size_t>((k * dilation) % stride)];
    const auto [fewest, most] = std::minmax_element(perPhase.begin(), perPhase.end());
    if (*fewest == 0)
        return AxisOverlap::Holes;
    return *fewest == *most ? AxisOverlap::Even : AxisOverlap::Uneven;
}

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
    // The loops run in kernel_size, stride, dilation, output_padding order; each setting goes to
    // its class (overlap, then whether it crops whole copies), each class keeping its first
    // bounds.limit: the first bounds.limit of the classes in order are the list's, and memory stays
    // within six times the limit whatever the bounds.
    constexpr std::size_t kClasses = 6;
    std::array<std::vector<AxisSetting>, kClasses> classes;
    SolverAnswer answer;
    for (std::int64_t k = 1; k <= bounds.maxKernel; ++k)
        for (std::int64_t s = 1; s <= bounds.maxStride; ++s)
            for (std::int64_t d = 1; d <= bounds.maxDilation; ++d) {
                const AxisOverlap overlap = AxisSetting::overlapOf(k, s, d);
                for (std::int64_t op = 0; op < std::max(s, d); ++op) {
                    const std::int64_t twice = (from - 1) * s + d * (k - 1) + 1 + op - to;
                    if (twice < 0 || twice % 2 != 0)
                        continue;
                    AxisSetting a{k, s, twice / 2, op, d, OverlapAnalysis::evenAxis(k, s, d), overlap, twice / 2 > d * (k - 1)};
                    if (!pytorchAccepts(a, from, to))
                        continue;
                    ++answer.total;
                    auto& list = classes[static_cast<std::size_t>(overlap) * 2 + (a.cropsWholeCopies ? 1 : 0)];
                    if (static_cast<std::int64_t>(list.size()) < bounds.limit)
                        list.push_back(a);
                }
            }
    for (const std::vector<AxisSetting>& list : classes)
        for (const AxisSetting& a : list)
            if (static_cast<std::int64_t>(answer.settings.size()) < bounds.limit)
                answer.settings.push_back(a);
    return answer;
}

std::vector<AxisSetting> ShapeSolver::solveAxis(std::int64_t from, std::int64_t to, const SolverBounds& bounds)
{
    return solve(from, to, bounds).settings;
}

} // namespace sb
