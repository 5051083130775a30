// ModuleCall: the layer written as the Python that builds it, "ConvTranspose2d(1, 1, kernel_size=4,
// stride=2, padding=1, bias=False)", for the title line of every view, and PyTorch's int-or-pair
// notation for one spatial argument.
#pragma once

#include "core/LayerGeometry.h"

#include <QString>

namespace sb {

// "2" when both axes agree, "(2, 1)" otherwise: how PyTorch accepts (and prints) the argument.
QString pairText(Size2 size);

// The module's constructor call; arguments at their default value are left out, as PyTorch's repr does.
QString moduleCall(const LayerGeometry& geometry, bool hasBias);

} // namespace sb
