// SPDX-License-Identifier: MIT
// FastConvTranspose: the plain output, no record, for the large layers users load. Per batch
// element and group, one Eigen GEMM makes every tap's product (columns = Wᵀ·X), then col2im adds
// each tap's plane into the output at its stride offset, skipping what the crop removes.
#pragma once

#include "core/Layer.h"

namespace sb {

// (N, C_out, H_out, W_out), bias added.
Tensor fastConvTranspose(const Layer& layer);

} // namespace sb
