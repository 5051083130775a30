// SPDX-License-Identifier: MIT
#include "core/LayerGeometry.h"

namespace sb {

Shape LayerGeometry::outputShape() const
{
    if (batched)
        return {batch, out_channels, output.h, output.w};
    return {out_channels, output.h, output.w};
}

Shape LayerGeometry::inputShape() const
{
    return {batch, in_channels, input.h, input.w};
}

Shape LayerGeometry::weightShape() const
{
    return {in_channels, groups > 0 ? out_channels / groups : 0, kernel.h, kernel.w};
}

} // namespace sb
