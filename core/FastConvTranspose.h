// SPDX-License-Identifier: MIT
// FastConvTranspose: the plain output, no record, for the large layers users load. Three
// algorithms (core/simd/Kernels.h), each built for SSE2, AVX2+FMA and AVX-512: the CPU's best
// build runs (SB_ISA forces one), the algorithm is chosen by the layer's shape, and the work is
// split into bands of output channels and rows that run on the installed band runner's threads
// (core/ParallelBands.h).
#pragma once

#include "core/Layer.h"
#include "core/simd/InstructionSet.h"

namespace sb {

enum class FastAlgorithm {
    GemmCol2im,  // Eigen GEMM, then col2im: few channels
    TapGemm,     // vectorised over (channel, tap), col2im fused: many channels, short rows
    Phase,       // vectorised over a stride phase's output pixels: long rows
    Winograd,    // F(2×2, 2×2) per phase, for kernels of twice the stride: many channels, large inputs
};
inline constexpr FastAlgorithm kFastAlgorithms[] = {FastAlgorithm::GemmCol2im, FastAlgorithm::TapGemm,
                                                    FastAlgorithm::Phase, FastAlgorithm::Winograd};

// "gemm-col2im", "tap-gemm", "phase", "winograd": what the bench prints and SB_FAST_ALGORITHM takes.
const char* fastAlgorithmName(FastAlgorithm algorithm);

// The algorithm fastConvTranspose runs for this shape.
FastAlgorithm chooseFastAlgorithm(const LayerGeometry& geometry);

// Whether Winograd's F(2×2, 2×2) computes this shape: a kernel of twice the stride on both axes and
// dilation 1. Asked for a shape it does not compute, fastConvTransposeWith runs the phase kernel.
bool winogradApplies(const LayerGeometry& geometry);

// (N, C_out, H_out, W_out), bias added, by the chosen algorithm (SB_FAST_ALGORITHM forces one) in
// the active build.
Tensor fastConvTranspose(const Layer& layer);

namespace simd {
// The same through a given build and algorithm, so tests can compare them. Throws
// std::runtime_error when this CPU cannot run the build.
Tensor fastConvTransposeWith(InstructionSet isa, const Layer& layer);
Tensor fastConvTransposeWith(InstructionSet isa, FastAlgorithm algorithm, const Layer& layer);
} // namespace simd

} // namespace sb
