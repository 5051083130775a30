// SPDX-License-Identifier: MIT
// PlaneLayer: a layer cut down to what one output plane y[n, co] depends on — batch element n, the
// input channels of co's group and the one output channel — so the equivalent and matrix views
// can ask core (EquivalentConvolution, TransposedConvMatrix) for exactly the plane they draw.
#pragma once

#include "core/Layer.h"
#include "core/Timeline.h"

namespace sb {

// The cut layer has batch 1, in_channels = inPerGroup(), out_channels = 1, groups = 1; its input
// channel c is the original channel firstChannelOf(plane) + c, and its output is y[n, co] exactly
// (bias included).
Layer planeLayer(const Layer& layer, PlaneSelection plane);

// The first input channel of co's group: channels firstChannelOf … firstChannelOf + inPerGroup − 1
// are summed into y[n, co] (PyTorch's groups split the channels into consecutive blocks).
std::int64_t firstChannelOf(const LayerGeometry& geometry, PlaneSelection plane);

}  // namespace sb
