// SPDX-License-Identifier: MIT
// The fast path's kernels, one set per build. The files of core/simd/ that include VectorLanes.h
// are compiled once per instruction set, each time into its own namespace with hidden
// visibility, partially linked and localised (core/CMakeLists.txt), so the Eigen and std inline
// code each build instantiates stays private to it: only the names below leave their objects.
// Call them through sb::fastConvTranspose (core/FastConvTranspose.h), which picks the build, the
// algorithm and the threads.
//
// Every kernel but gemmCol2im adds or writes into `out`, the layer's whole (N, C_out, H_out,
// W_out) output, for batch element n and output channels [coBegin, coEnd) of `group` (counted
// inside the group): the tap GEMM adds into a zeroed one; the phase kernel writes every element
// of its part, bias included, into one left unset (Tensor::uninitialized). Calls for disjoint channel
// ranges write disjoint outputs, so they may run on different threads.
#pragma once

#include "core/Layer.h"

#define SB_SIMD_ENTRY_POINT __attribute__((visibility("default")))

// GemmCol2im.cpp: one Eigen GEMM per batch element, group and band (columns = Wᵀ·X), then a
// col2im that adds each tap's plane at its stride offset. Any shape; the choice for few channels.
//
// TapGemm.cpp: the same GEMM vectorised over (output channel, tap), reading the weights in
// PyTorch's own layout (C_in, C_out/g, kH, kW), whose rows already are the GEMM's packed panel,
// with the col2im fused into each register tile. For many channels and few input pixels (a
// 512-channel 4×4 input): each weight is read once, and nothing is repacked.
//
// PhaseKernel.cpp: vectorised over output pixels. The pixels of one stride phase (ox ≡ px mod s)
// all take their taps from one set of kernel columns, and consecutive ones read consecutive input
// pixels, so a register tile sums a run of them for a few channels with vector loads of input
// rows and broadcast weights, and writes each output once. For long rows (a 64×64 input or
// larger); it writes output rows [oyBegin, oyEnd) only, so bands of rows may also run
// on different threads. phaseWeights (taps·C_in/g·C_out/g floats) is packPhaseWeights' reordering,
// (kH, kW, C_in/g, C_out/g), of one group's weights; phaseInput (H·C_in/g·phaseRowStride(W)
// floats) is packPhaseInput's reordering, (H, C_in/g, W), of batch element n's input for the
// group; it writes input rows [iyBegin, iyEnd) of it, so bands of rows may pack on different
// threads. In PyTorch's layout the rows a tile reads, one per input channel, lie a plane apart: for
// a 64×64 input 16 KB, which maps every one of them to the same L1 cache set. Reordered, they are
// consecutive.
//
// WinogradKernel.cpp: for kernels of twice the stride and dilation 1 (k4 s2, the usual upsampling
// layer), where each phase of each axis has two taps: Winograd's F(2×2, 2×2), 9 multiplications
// for a 2×2 block of a phase's outputs instead of 16, each a GEMM vectorised over output channels.
// winogradWeights (s_h·s_w·9·C_in/g·winogradPaddedOut(C_out/g) floats) is packWinogradWeights'
// transform of one group's weights; winogradKernel writes every output element of batch element
// n and the group whose rows lie in tile rows [tileRowBegin, tileRowEnd) of winogradTileRows, bias
// included, so bands of tile rows may run on different threads.
#define SB_SIMD_DECLARE_KERNELS(isa)                                                                                       \
    namespace isa {                                                                                                        \
    SB_SIMD_ENTRY_POINT Tensor gemmCol2im(const Layer& layer);                                                             \
    SB_SIMD_ENTRY_POINT void tapGemm(const Layer& layer, float* out, std::int64_t n, std::int64_t group,                  \
                                     std::int64_t coBegin, std::int64_t coEnd);                                            \
    SB_SIMD_ENTRY_POINT void packPhaseWeights(const Layer& layer, std::int64_t group, float* phaseWeights);                \
    SB_SIMD_ENTRY_POINT void packPhaseInput(const Layer& layer, std::int64_t n, std::int64_t group,                       \
                                            std::int64_t iyBegin, std::int64_t iyEnd, float* phaseInput);                  \
    SB_SIMD_ENTRY_POINT void phaseKernel(const Layer& layer, const float* phaseWeights, const float* phaseInput,           \
                                         float* out, std::int64_t n, std::int64_t group, std::int64_t coBegin,             \
                                         std::int64_t coEnd, std::int64_t oyBegin, std::int64_t oyEnd);                    \
    SB_SIMD_ENTRY_POINT std::int64_t winogradPaddedOut(std::int64_t outPerGroup);                                          \
    SB_SIMD_ENTRY_POINT std::int64_t winogradTileRows(const LayerGeometry& geometry);                                      \
    SB_SIMD_ENTRY_POINT void packWinogradWeights(const Layer& layer, std::int64_t group, float* winogradWeights);          \
    SB_SIMD_ENTRY_POINT void winogradKernel(const Layer& layer, const float* winogradWeights, float* out, std::int64_t n,  \
                                            std::int64_t group, std::int64_t tileRowBegin, std::int64_t tileRowEnd);       \
    }

namespace sb::simd {
// Floats between two rows of phaseInput: whole 64-byte lines, and never a multiple of 4 KB apart.
constexpr std::int64_t phaseRowStride(std::int64_t width) { return (width + 15) / 16 * 16 + 16; }

SB_SIMD_DECLARE_KERNELS(sse2)
SB_SIMD_DECLARE_KERNELS(avx2)
SB_SIMD_DECLARE_KERNELS(avx512)
} // namespace sb::simd

#undef SB_SIMD_DECLARE_KERNELS
