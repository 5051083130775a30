// SPDX-License-Identifier: MIT
// ScatterRecord: every contribution of a transposed convolution — each input element times each
// kernel tap, into each output channel of its group — with the queries the visualizer asks.
//
// Storage is one float per contribution, in the order (n, ci, iy, ix, co-in-group, ky, kx); every
// coordinate follows from the index, so a contribution costs 4 bytes and no allocation, and all
// contributions of one input element are one contiguous run.
#pragma once

#include "core/Cancelled.h"
#include "core/Contribution.h"
#include "core/Layer.h"

#include <cstdint>
#include <vector>

namespace sb {

struct ContributionRange {
    std::int64_t begin = 0;
    std::int64_t end = 0;
    std::int64_t size() const { return end - begin; }
};

class ScatterRecord {
public:
    // Above this many contributions a record is refused (the window can lower it:
    // DocumentController::setRecordBudget): 50 M floats are 200 MB.
    static constexpr std::int64_t kDefaultBudget = 50'000'000;

    // Records every contribution; throws std::length_error when there are more than budget, before
    // allocating. progress is told how far the recording is (per input plane) and may cancel it:
    // then the constructor throws Cancelled.
    explicit ScatterRecord(Layer layer, std::int64_t budget = kDefaultBudget, const ProgressCallback& progress = {});

    const Layer& layer() const { return layer_; }
    const LayerGeometry& geometry() const { return layer_.geometry; }

    std::int64_t size() const { return static_cast<std::int64_t>(values_.size()); }
    Contribution at(std::int64_t index) const;
    float valueAt(std::int64_t index) const { return values_[static_cast<std::size_t>(index)]; }
    const std::vector<float>& values() const { return values_; }

    // All contributions of input element x[n, ci, iy, ix]: its intermediate buffer(s), one per
    // output channel of its group.
    ContributionRange fromInput(std::int64_t n, std::int64_t ci, std::int64_t iy, std::int64_t ix) const;

    // All contributions that land on output cell y[n, co, oy, ox], in record order; their values
    // plus the bias make that cell. Found by inverting y = i·s + k·d, not by searching.
    std::vector<Contribution> intoOutput(std::int64_t n, std::int64_t co, std::int64_t oy, std::int64_t ox) const;
    // The same for a cell of the full buffer, which may lie in the cropped border.
    std::vector<Contribution> intoFull(std::int64_t n, std::int64_t co, std::int64_t y, std::int64_t x) const;

    // (N, C_out, fullH, fullW): every contribution summed before the crop, without bias.
    Tensor fullBuffer() const;
    // (N, C_out, H_out, W_out): the record summed, cropped by padding, bias added.
    Tensor output() const;
    // Plane (n, co) of output(), (H_out × W_out) row-major, without summing any other plane.
    std::vector<float> planeOutput(std::int64_t n, std::int64_t co) const;

private:
    // Adds plane (n, co)'s contributions, in record order, to full ((fullH × fullW) row-major):
    // each cell's sum is then rounded exactly as its arrivals added one by one.
    void addPlane(std::int64_t n, std::int64_t co, float* full) const;
    // Writes plane (n, co) of output() to out (H_out × W_out), summing it in full, a scratch
    // plane that output() reuses for every plane.
    void writePlaneOutput(std::int64_t n, std::int64_t co, std::vector<float>& full, float* out) const;

    Layer layer_;
    std::vector<float> values_;
};

} // namespace sb
