// SPDX-License-Identifier: MIT
// OverlapAnalysis: the checkerboard explained in numbers (Odena et al., "Deconvolution and
// Checkerboard Artifacts", Distill 2016, linked from seed 000). Away from the borders, the number
// of taps landing on a full-buffer position depends only on its residue modulo the stride: the
// pattern repeats with period s. It is even exactly when every residue receives as many taps,
// which for dilation 1 means the kernel size is divisible by the stride.
#pragma once

#include "core/LayerGeometry.h"
#include "core/OverlapMap.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sb {

struct OverlapStatistics {
    std::int32_t minimum = 0;
    std::int32_t maximum = 0;
    std::int64_t cells = 0;
    double ratio() const { return minimum > 0 ? static_cast<double>(maximum) / minimum : 0.0; }
};

class OverlapAnalysis {
public:
    explicit OverlapAnalysis(const LayerGeometry& geometry);

    const OverlapMap& map() const { return map_; }
    Size2 period() const { return geometry_.stride; }

    // Taps per position of one period in the interior, per axis: entry r counts the taps k with
    // k·d ≡ r (mod s). The 2-D interior count is the product of the two axes' entries.
    const std::vector<std::int32_t>& rowPattern() const { return rowPattern_; }
    const std::vector<std::int32_t>& columnPattern() const { return columnPattern_; }
    bool evenRows() const;
    bool evenColumns() const;
    bool even() const { return evenRows() && evenColumns(); }
    // Whether one axis of a layer overlaps evenly, from its arguments alone: every residue modulo
    // the stride receives as many taps (the size of the input does not matter).
    static bool evenAxis(std::int64_t kernel, std::int64_t stride, std::int64_t dilation);

    // Output cells whose full-buffer position every tap can reach (not near an edge of the full
    // buffer), and the rest.
    const OverlapStatistics& interior() const { return interior_; }
    const OverlapStatistics& border() const { return border_; }
    const OverlapStatistics& all() const { return all_; }
    bool isInterior(std::int64_t oy, std::int64_t ox) const;

    // One sentence the GUI can state, e.g. "uneven: kernel 3 is not divisible by stride 2, so
    // interior cells receive 1, 2 or 4 contributions in a checkerboard of period 2".
    std::string verdict() const;

private:
    LayerGeometry geometry_;
    OverlapMap map_;
    std::vector<std::int32_t> rowPattern_, columnPattern_;
    OverlapStatistics interior_, border_, all_;
};

} // namespace sb
