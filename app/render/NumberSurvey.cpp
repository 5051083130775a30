// SPDX-License-Identifier: MIT
#include "app/render/NumberSurvey.h"

#include <cmath>

namespace sb {

NumberSurvey::NumberSurvey(const std::vector<double>& values)
{
    for (double v : values)
        add(v);
}

void NumberSurvey::add(double value)
{
    if (!std::isfinite(value)) {
        special_ = true;
        return;
    }
    lo_ = std::min(lo_, value);
    hi_ = std::max(hi_, value);
    const double magnitude = std::abs(value);
    for (std::size_t band : {std::size_t{0}, std::size_t{1}}) {
        if (band == 1 && magnitude < kFixedFrom)
            break;
        if (value > 0.0)
            minPositive_[band] = std::min(minPositive_[band], value);
        else if (value < 0.0)
            maxNegative_[band] = std::max(maxNegative_[band], value);
    }
    if (magnitude < kPlainBelow) {
        loPlain_ = std::min(loPlain_, value);
        hiPlain_ = std::max(hiPlain_, value);
    }
    // An integer is exact with any number of decimals; a fraction is checked only against the
    // counts still exact for every value so far, which after a few random values are none.
    if (std::trunc(value) != value) {
        fractions_ = true;
        if (anyExact_) {
            anyExact_ = false;
            double scale = 1.0;
            for (std::size_t d = 1; d < exact_.size(); ++d) {
                scale *= 10.0;
                const double scaled = value * scale;
                exact_[d] = exact_[d] && std::abs(scaled - std::round(scaled)) <= 1e-4 * std::max(1.0, std::abs(scaled));
                anyExact_ = anyExact_ || exact_[d];
            }
        }
    }
    if (magnitude == 0.0)
        return;
    // Systematic sampling: one magnitude in stride_ is kept. When the sample is full every other
    // one is dropped and the stride doubles, so the sample stays spread evenly over all values
    // (the one arriving then is at a multiple of the doubled stride: the sample's size is even).
    if (skip_ > 0) {
        --skip_;
        return;
    }
    if (magnitudes_.size() == kExactMedianUpTo) {
        std::size_t kept = 0;
        for (std::size_t i = 0; i < magnitudes_.size(); i += 2)
            magnitudes_[kept++] = magnitudes_[i];
        magnitudes_.resize(kept);
        stride_ *= 2;
    }
    magnitudes_.push_back(magnitude);
    skip_ = stride_ - 1;
}

double NumberSurvey::typicalMagnitude() const
{
    if (magnitudes_.empty())
        return 0.0;
    std::vector<double> sample = magnitudes_;
    auto middle = sample.begin() + static_cast<std::ptrdiff_t>(sample.size() / 2);
    std::nth_element(sample.begin(), middle, sample.end());
    return *middle;
}

} // namespace sb
