// SPDX-License-Identifier: MIT
#include "core/LayerGeometry.h"

namespace sb {

namespace {

// A batched (N, C, H, W) shape as the user's tensors have it: without H for ConvTranspose1d, and
// without N for an unbatched input, as PyTorch reports both.
Shape asPassed(Shape shape, const LayerGeometry& g)
{
    if (g.is1d())
        shape.erase(shape.begin() + 2);
    if (!g.batched)
        shape.erase(shape.begin());
    return shape;
}

} // namespace

Shape LayerGeometry::outputShape() const
{
    return asPassed({batch, out_channels, output.h, output.w}, *this);
}

Shape LayerGeometry::passedInputShape() const
{
    return asPassed(inputShape(), *this);
}

Shape LayerGeometry::inputShape() const
{
    return {batch, in_channels, input.h, input.w};
}

Shape LayerGeometry::weightShape() const
{
    return {in_channels, groups > 0 ? out_channels / groups : 0, kernel.h, kernel.w};
}

Shape LayerGeometry::moduleWeightShape() const
{
    Shape shape = weightShape();
    if (is1d())
        shape.erase(shape.begin() + 2);
    return shape;
}

} // namespace sb
