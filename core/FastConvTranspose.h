// SPDX-License-Identifier: MIT
// FastConvTranspose: the plain output, no record, for the large layers users load. Per batch
// element and group, one Eigen GEMM makes every tap's product (columns = Wᵀ·X), then col2im adds
// each tap's plane into the output at its stride offset, skipping what the crop removes. The body
// is built for SSE2, AVX2+FMA and AVX-512 (core/simd/), and the CPU's best runs (SB_ISA forces one).
#pragma once

#include "core/Layer.h"
#include "core/simd/InstructionSet.h"

namespace sb {

// (N, C_out, H_out, W_out), bias added, computed by the build simd::activeInstructionSet() names.
Tensor fastConvTranspose(const Layer& layer);

namespace simd {
// The same through a given build, so tests can compare builds. Throws std::runtime_error when
// this CPU cannot run it.
Tensor fastConvTransposeWith(InstructionSet isa, const Layer& layer);
} // namespace simd

} // namespace sb
