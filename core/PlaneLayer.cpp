// SPDX-License-Identifier: MIT
#include "core/PlaneLayer.h"

#include <algorithm>

namespace sb {

std::int64_t firstChannelOf(const LayerGeometry& geometry, PlaneSelection plane)
{
    return geometry.firstInputOfOutput(plane.co);
}

Layer planeLayer(const Layer& layer, PlaneSelection plane)
{
    const LayerGeometry& g = layer.geometry;
    const std::int64_t channels = g.inPerGroup(), first = firstChannelOf(g, plane);
    const std::int64_t coInGroup = plane.co % g.outPerGroup();

    Layer cut;
    cut.geometry = g;
    cut.geometry.batch = 1;
    cut.geometry.batched = true;
    cut.geometry.in_channels = channels;
    cut.geometry.out_channels = 1;
    cut.geometry.groups = 1;

    const std::int64_t planeSize = g.input.h * g.input.w;
    cut.input = Tensor({1, channels, g.input.h, g.input.w});
    const float* from = layer.input.data() + (plane.n * g.in_channels + first) * planeSize;
    std::copy(from, from + channels * planeSize, cut.input.data());

    const std::int64_t taps = g.kernel.h * g.kernel.w;
    cut.weight = Tensor({channels, 1, g.kernel.h, g.kernel.w});
    for (std::int64_t c = 0; c < channels; ++c) {
        const float* w = layer.weight.data() + ((first + c) * g.outPerGroup() + coInGroup) * taps;
        std::copy(w, w + taps, cut.weight.data() + c * taps);
    }
    if (layer.hasBias())
        cut.bias = {layer.bias[static_cast<std::size_t>(plane.co)]};
    return cut;
}

} // namespace sb
