// SPDX-License-Identifier: MIT
// DirectConvolutionPlane: one output plane y[n, co] computed as seed 000's equivalent direct
// convolution, cell by cell — for each output cell, the window of the padded input under the
// flipped kernel, tap by tap, with its products. This is what the equivalent view animates and
// narrates; the cell values themselves come from core (EquivalentConvolution on the plane's
// layer), and the scatter's values from the ScatterRecord, so the view can show they agree.
#pragma once

#include "core/PaddedInputGrid.h"
#include "core/ScatterRecord.h"
#include "core/Timeline.h"

#include <memory>
#include <vector>

namespace sb {

// One tap of the flipped kernel over the padded input: padded[oy + fy·d, ox + fx·d] · flipped[fy, fx].
struct WindowTap {
    std::int64_t fy = 0, fx = 0;    // tap of the flipped kernel
    std::int64_t py = 0, px = 0;    // padded cell under it
    std::int64_t iy = -1, ix = -1;  // the input element in that cell, −1 for an inserted/border zero
    float input = 0.0f;             // the padded value
    float weight = 0.0f;            // flipped[fy, fx] = w[kH−1−fy, kW−1−fx]
    bool holdsElement() const { return iy >= 0; }
};

class DirectConvolutionPlane {
public:
    DirectConvolutionPlane() = default;
    DirectConvolutionPlane(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane);

    bool isNull() const { return !record_; }
    const ScatterRecord& record() const { return *record_; }
    std::shared_ptr<const ScatterRecord> recordPointer() const { return record_; }
    const LayerGeometry& geometry() const { return record_->geometry(); }
    PlaneSelection plane() const { return plane_; }
    // The input channels summed into the plane: firstChannel() … firstChannel() + channelCount() − 1.
    std::int64_t firstChannel() const { return firstChannel_; }
    std::int64_t channelCount() const { return geometry().inPerGroup(); }
    const EquivalentConvolution& convolution() const { return *convolution_; }
    const PaddedInputGrid& grid() const { return grid_; }
    std::int64_t cellCount() const { return geometry().output.h * geometry().output.w; }

    // The window under the flipped kernel for output cell (oy, ox) in input channel `channel`
    // (absolute index), taps in row-major order of the flipped kernel.
    std::vector<WindowTap> window(std::int64_t channel, std::int64_t oy, std::int64_t ox) const;
    // Σ window · flipped kernel for one channel, zeros skipped as core skips them.
    static double windowSum(const std::vector<WindowTap>& taps);
    float flippedWeight(std::int64_t channel, std::int64_t fy, std::int64_t fx) const;
    float bias() const;

    // y[n, co, oy, ox] by the direct convolution (core's EquivalentConvolution), bias included.
    float directValue(std::int64_t oy, std::int64_t ox) const;
    // The smallest and largest finite direct values of the plane (a heat-map's scale).
    void outputRange(double& lo, double& hi) const;
    // y[n, co, oy, ox] by the scatter (core's ScatterRecord), bias included.
    float scatterValue(std::int64_t oy, std::int64_t ox) const;
    // Whether two computations of a cell agree: equal up to float32 rounding of sums taken in a
    // different order (nan and inf compare as themselves).
    static bool sameNumber(double a, double b);

private:
    std::shared_ptr<const ScatterRecord> record_;
    PlaneSelection plane_;
    std::int64_t firstChannel_ = 0;
    std::shared_ptr<const EquivalentConvolution> convolution_;
    PaddedInputGrid grid_;
    std::vector<std::vector<float>> padded_;   // per channel of the group: EquivalentConvolution::paddedInput
    std::vector<std::vector<float>> flipped_;  // per channel of the group: EquivalentConvolution::flippedKernel
    std::vector<float> direct_, scatter_;      // the plane, H_out × W_out
};

}  // namespace sb
