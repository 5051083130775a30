// SPDX-License-Identifier: MIT
// ModuleCall: the layer written as the Python that builds it, "ConvTranspose2d(1, 1, kernel_size=4,
// stride=2, padding=1, bias=False)", for the title line of every view; PyTorch's int-or-pair
// notation for one spatial argument; a cell's index as the views' sentences write it, "[1,2]"; and a shape.
#pragma once

#include "core/LayerGeometry.h"

#include <QString>

namespace sb {

// "2" when both axes agree, "(2, 1)" otherwise: how PyTorch accepts (and prints) the argument.
QString pairText(Size2 size);
// One argument as the layer's call writes it: pairText, or for a ConvTranspose1d its integer,
// which core holds in w (see ConvModule).
QString argumentText(Size2 size, bool oneD);

// "[1,2]": the index of a cell or tap, as in y[1,2] or w[0,3].
QString indexText(qint64 row, qint64 col);
// "[1, 3, 4, 4]": a tensor's shape, as PyTorch prints torch.Size.
QString shapeText(const Shape& shape);

// The module's constructor call; arguments at their default value are left out, as PyTorch's repr does.
QString moduleCall(const LayerGeometry& geometry, bool hasBias);

} // namespace sb
