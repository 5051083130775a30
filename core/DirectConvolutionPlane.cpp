// SPDX-License-Identifier: MIT
#include "core/DirectConvolutionPlane.h"

#include "core/PlaneLayer.h"

#include <algorithm>
#include <cmath>

namespace sb {

DirectConvolutionPlane::DirectConvolutionPlane(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane)
    : record_(std::move(record)), plane_(plane)
{
    const LayerGeometry& g = record_->geometry();
    firstChannel_ = firstChannelOf(g, plane);
    // The plane's own layer: channel c of it is channel firstChannel_ + c, its one output is y[n, co].
    convolution_ = std::make_shared<const EquivalentConvolution>(planeLayer(record_->layer(), plane));
    grid_ = PaddedInputGrid(convolution_);
    for (std::int64_t c = 0; c < channelCount(); ++c) {
        padded_.push_back(convolution_->paddedInput(0, c));
        flipped_.push_back(convolution_->flippedKernel(c, 0));
    }
    direct_ = toVector(convolution_->output().values());
    // The scatter's number for each cell: its recorded contributions summed in record order, plus
    // the bias — for this plane only, so a view of a large layer does not sum every plane.
    scatter_ = record_->planeOutput(plane.n, plane.co);
}

std::vector<WindowTap> DirectConvolutionPlane::window(std::int64_t channel, std::int64_t oy, std::int64_t ox) const
{
    const LayerGeometry& g = geometry();
    const std::int64_t local = channel - firstChannel_;
    const Size2 padded = grid_.paddedSize();
    const std::vector<float>& plane = padded_[static_cast<std::size_t>(local)];
    std::vector<WindowTap> taps;
    taps.reserve(static_cast<std::size_t>(g.kernel.h * g.kernel.w));
    for (std::int64_t fy = 0; fy < g.kernel.h; ++fy)
        for (std::int64_t fx = 0; fx < g.kernel.w; ++fx) {
            WindowTap t;
            t.fy = fy;
            t.fx = fx;
            // Stride 1 and the layer's dilation: the window of cell (oy, ox) starts at padded (oy, ox).
            t.py = oy + fy * g.dilation.h;
            t.px = ox + fx * g.dilation.w;
            t.weight = flippedWeight(channel, fy, fx);
            if (!convolution_->sourceOf(t.py, t.px, t.iy, t.ix))
                t.iy = t.ix = -1;
            t.input = plane[static_cast<std::size_t>(t.py * padded.w + t.px)];
            taps.push_back(t);
        }
    return taps;
}

double DirectConvolutionPlane::windowSum(const std::vector<WindowTap>& taps)
{
    // Float32 like core, so the sum prints as the cell does.
    float sum = 0.0f;
    for (const WindowTap& t : taps)
        if (t.holdsElement())
            sum += t.input * t.weight;
    return sum;
}

float DirectConvolutionPlane::flippedWeight(std::int64_t channel, std::int64_t fy, std::int64_t fx) const
{
    return flipped_[static_cast<std::size_t>(channel - firstChannel_)]
                   [static_cast<std::size_t>(fy * geometry().kernel.w + fx)];
}

float DirectConvolutionPlane::bias() const
{
    const Layer& layer = record_->layer();
    return layer.hasBias() ? layer.bias[static_cast<std::size_t>(plane_.co)] : 0.0f;
}

void DirectConvolutionPlane::outputRange(double& lo, double& hi) const
{
    lo = hi = 0.0;
    bool first = true;
    for (float v : direct_)
        if (std::isfinite(v)) {
            lo = first ? v : std::min<double>(lo, v);
            hi = first ? v : std::max<double>(hi, v);
            first = false;
        }
}

float DirectConvolutionPlane::directValue(std::int64_t oy, std::int64_t ox) const
{
    return direct_[static_cast<std::size_t>(oy * geometry().output.w + ox)];
}

float DirectConvolutionPlane::scatterValue(std::int64_t oy, std::int64_t ox) const
{
    return scatter_[static_cast<std::size_t>(oy * geometry().output.w + ox)];
}

bool DirectConvolutionPlane::sameNumber(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    if (std::isinf(a) || std::isinf(b))
        return a == b;
    return std::abs(a - b) <= 1e-4 * std::max({1.0, std::abs(a), std::abs(b)});
}

}  // namespace sb
