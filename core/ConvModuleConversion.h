// SPDX-License-Identifier: MIT
// ConvModuleConversion: one layer moved between ConvTranspose1d and ConvTranspose2d, for the
// window's module switch and for the exporters that only speak 2-D.
#pragma once

#include "core/ConvTransposeProblem.h"

namespace sb {

// The ConvTranspose2d that computes exactly what a ConvTranspose1d does: every tensor gets a
// height axis of 1 before its last one, as ATen's view1d_as_2d does, and output_size a height of 1.
// A 2-D problem is returned unchanged.
ConvTransposeProblem liftedTo2d(const ConvTransposeProblem& problem);

// A ConvTranspose1d cut from a 2-D problem: the input's first row through the kernel's middle row
// (the slice the strip view draws), the arguments' widths, and output_size's last element. Ranks
// below 2 are kept as they are, for PyTorch to reject. A 1-D problem is returned unchanged.
ConvTransposeProblem slicedTo1d(const ConvTransposeProblem& problem);

// The weight's middle kernel row, (C_in, C_out/groups, kH, kW) → (C_in, C_out/groups, kW); any
// other rank unchanged. Shared with the stack's layers.
Tensor middleKernelRow(const Tensor& weight);

} // namespace sb
