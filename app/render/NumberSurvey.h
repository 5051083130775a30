// SPDX-License-Identifier: MIT
// NumberSurvey: what NumberFormat needs to know about a grid's values, gathered one value at a
// time in bounded memory. A scatter view's sums grid holds every product and partial sum of the
// plane — 98 million values for a 1000×1000 input and a 7×7 kernel — and holding them all to
// choose a format took 2 GB and most of an export's time.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

namespace sb {

class NumberSurvey {
public:
    NumberSurvey() = default;
    explicit NumberSurvey(const std::vector<double>& values);

    void add(double value);

    // Whether any finite value has a fractional part.
    bool fractions() const { return fractions_; }
    // The median magnitude of the finite non-zero values: exact up to kExactMedianUpTo of them,
    // beyond that the median of an evenly spaced sample of them. 0 when there are none.
    double typicalMagnitude() const;
    // Whether every finite value is written exactly (to 1e-4 of a unit in the last place) with
    // this many decimals, 1 to 6.
    bool exactWith(int decimals) const { return exact_[static_cast<std::size_t>(decimals)]; }
    // The extremes of the finite values (and 0), the extremes of those under kPlainBelow in
    // magnitude, and whether any value is NaN or ±Inf: what decides the widest text.
    double lowest() const { return lo_; }
    double highest() const { return hi_; }
    double lowestPlain() const { return loPlain_; }
    double highestPlain() const { return hiPlain_; }
    bool special() const { return special_; }
    double maxAbs() const { return std::max(-lo_, hi_); }
    // The values nearest zero, positive and negative, of those written with decimals
    // (magnitude from kFixedFrom) and of all (0 where there is none): a grid's fixed decimals may
    // round them to zero, so they get a significant digit of their own (NumberFormat::nonZero),
    // and the smaller they are the longer that text, so they may be the grid's widest.
    std::array<double, 4> nearestZero() const
    {
        const auto finiteOrZero = [](double v) { return std::isfinite(v) ? v : 0.0; };
        return {finiteOrZero(minPositive_[0]), finiteOrZero(maxNegative_[0]), finiteOrZero(minPositive_[1]),
                finiteOrZero(maxNegative_[1])};
    }
    static constexpr double kFixedFrom = 1e-4;

    static constexpr std::size_t kExactMedianUpTo = std::size_t{1} << 20;
    // From this magnitude on NumberFormat writes the exponent form.
    static constexpr double kPlainBelow = 1e7;

private:
    bool fractions_ = false, special_ = false, anyExact_ = true;
    double lo_ = 0.0, hi_ = 0.0, loPlain_ = 0.0, hiPlain_ = 0.0;
    // [0]: of all values, [1]: of those of magnitude kFixedFrom or more.
    std::array<double, 2> minPositive_{std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity()};
    std::array<double, 2> maxNegative_{-std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
    std::array<bool, 7> exact_{true, true, true, true, true, true, true};
    std::vector<double> magnitudes_;  // every stride_-th non-zero magnitude
    std::uint64_t stride_ = 1, skip_ = 0;
};

} // namespace sb
