// SPDX-License-Identifier: MIT
#include "core/LayerGeometry.h"

namespace sb {

Shape LayerGeometry::outputShape() const
{
    Shape shape{batch, out_channels, output.h, output.w};
    if (is1d())
        shape.erase(shape.begin() + 2);
    if (!batched)
        shape.erase(shape.begin());
    return shape;
}

Shape LayerGeometry::passedInputShape() const
{
    Shape shape = inputShape();
    if (is1d())
        shape.erase(shape.begin() + 2);
    if (!batched)
        shape.erase(shape.begin());
    return shape;
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
