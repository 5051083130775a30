// SPDX-License-Identifier: MIT
#include "core/PhaseDecomposition.h"

#include <algorithm>
#include <limits>

namespace sb {

namespace {

// The residue of a (possibly negative) value modulo m, in [0, m).
std::int64_t residue(std::int64_t value, std::int64_t m)
{
    return ((value % m) + m) % m;
}

} // namespace

std::vector<AxisPhase> PhaseDecomposition::axis(std::int64_t stride, std::int64_t padding, std::int64_t dilation, std::int64_t kernel,
                                                std::int64_t outputs)
{
    std::vector<AxisPhase> phases(static_cast<std::size_t>(stride));
    for (std::int64_t r = 0; r < stride; ++r) {
        AxisPhase& phase = phases[static_cast<std::size_t>(r)];
        phase.phase = r;
        phase.outputs = r < outputs ? (outputs - r + stride - 1) / stride : 0;
        for (std::int64_t k = 0; k < kernel; ++k)
            if (residue(k * dilation - r - padding, stride) == 0) {
                phase.taps.push_back(k);
                phase.offsets.push_back((r + padding - k * dilation) / stride);
            }
    }
    return phases;
}

PhaseDecomposition::PhaseDecomposition(const LayerGeometry& geometry)
    : g_(geometry),
      rows_(axis(geometry.stride.h, geometry.padding.h, geometry.dilation.h, geometry.kernel.h, geometry.output.h)),
      columns_(axis(geometry.stride.w, geometry.padding.w, geometry.dilation.w, geometry.kernel.w, geometry.output.w))
{
}

std::int64_t PhaseDecomposition::tapCount(std::int64_t ry, std::int64_t rx) const
{
    return static_cast<std::int64_t>(rows_[static_cast<std::size_t>(ry)].taps.size() * columns_[static_cast<std::size_t>(rx)].taps.size());
}

bool PhaseDecomposition::evenTapCounts() const
{
    const auto even = [](const std::vector<AxisPhase>& axis) {
        return std::all_of(axis.begin(), axis.end(), [&](const AxisPhase& p) { return p.taps.size() == axis.front().taps.size(); });
    };
    return even(rows_) && even(columns_);
}

std::vector<std::vector<double>> PhaseDecomposition::weightSums(const Tensor& weight, std::int64_t ry, std::int64_t rx) const
{
    const AxisPhase& row = rows_[static_cast<std::size_t>(ry)];
    const AxisPhase& column = columns_[static_cast<std::size_t>(rx)];
    std::vector<std::vector<double>> sums(static_cast<std::size_t>(g_.in_channels),
                                          std::vector<double>(static_cast<std::size_t>(g_.outPerGroup()), 0.0));
    for (std::int64_t ci = 0; ci < g_.in_channels; ++ci)
        for (std::int64_t cog = 0; cog < g_.outPerGroup(); ++cog) {
            double sum = 0.0;
            for (std::int64_t kh : row.taps)
                for (std::int64_t kw : column.taps)
                    sum += weight.at(ci, cog, kh, kw);
            sums[static_cast<std::size_t>(ci)][static_cast<std::size_t>(cog)] = sum;
        }
    return sums;
}

double PhaseDecomposition::weightSumSpread(const Tensor& weight, std::int64_t ci, std::int64_t cog) const
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (std::int64_t ry = 0; ry < g_.stride.h; ++ry)
        for (std::int64_t rx = 0; rx < g_.stride.w; ++rx) {
            const double s = weightSums(weight, ry, rx)[static_cast<std::size_t>(ci)][static_cast<std::size_t>(cog)];
            lo = std::min(lo, s);
            hi = std::max(hi, s);
        }
    return hi - lo;
}

std::vector<float> PhaseDecomposition::phaseOutput(const Tensor& input, const Tensor& weight, const std::vector<float>& bias, std::int64_t n,
                                                   std::int64_t co, std::int64_t ry, std::int64_t rx) const
{
    const AxisPhase& row = rows_[static_cast<std::size_t>(ry)];
    const AxisPhase& column = columns_[static_cast<std::size_t>(rx)];
    const std::int64_t first = g_.firstInputOfOutput(co), cog = co % g_.outPerGroup();
    const float b = bias.empty() ? 0.0f : bias[static_cast<std::size_t>(co)];
    std::vector<float> out(static_cast<std::size_t>(row.outputs * column.outputs));
    for (std::int64_t qy = 0; qy < row.outputs; ++qy)
        for (std::int64_t qx = 0; qx < column.outputs; ++qx) {
            // In float, as PyTorch's CPU path: equal to the record's sums up to rounding.
            float sum = 0.0f;
            for (std::int64_t ci = first; ci < first + g_.inPerGroup(); ++ci)
                for (std::size_t a = 0; a < row.taps.size(); ++a) {
                    const std::int64_t iy = qy + row.offsets[a];
                    if (iy < 0 || iy >= g_.input.h)
                        continue;
                    for (std::size_t c = 0; c < column.taps.size(); ++c) {
                        const std::int64_t ix = qx + column.offsets[c];
                        if (ix >= 0 && ix < g_.input.w)
                            sum += input.at(n, ci, iy, ix) * weight.at(ci, cog, row.taps[a], column.taps[c]);
                    }
                }
            out[static_cast<std::size_t>(qy * column.outputs + qx)] = sum + b;
        }
    return out;
}

} // namespace sb
