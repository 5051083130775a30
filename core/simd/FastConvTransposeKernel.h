// SPDX-License-Identifier: MIT
// The fast path's body (GEMM + col2im, see core/FastConvTranspose.h), one entry point per build.
// simd/FastConvTransposeKernel.cpp is compiled once per instruction set, each time into its own
// namespace with hidden visibility, partially linked and localised (core/CMakeLists.txt), so the
// Eigen and std inline code each build instantiates stays private to it: only these three names
// leave their objects. Call them through sb::fastConvTranspose or sb::simd::fastConvTransposeWith.
#pragma once

#include "core/Layer.h"

#define SB_SIMD_ENTRY_POINT __attribute__((visibility("default")))

namespace sb::simd {
namespace sse2 {
SB_SIMD_ENTRY_POINT Tensor fastConvTranspose(const Layer& layer);
}
namespace avx2 {
SB_SIMD_ENTRY_POINT Tensor fastConvTranspose(const Layer& layer);
}
namespace avx512 {
SB_SIMD_ENTRY_POINT Tensor fastConvTranspose(const Layer& layer);
}
} // namespace sb::simd
