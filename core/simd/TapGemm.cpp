// SPDX-License-Identifier: MIT
// The tap-vectorised GEMM (core/simd/Kernels.h), compiled once per instruction set.
#include "core/simd/Kernels.h"

#include "core/simd/VectorLanes.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace sb::simd::SB_SIMD_NAMESPACE {

namespace {

// The register tile: kVecsM vectors of GEMM rows (output channel × tap) by kColsN input pixels,
// as many accumulators as the build's register file holds with room for the loads (32 zmm
// registers under AVX-512, 16 otherwise).
#if defined(__AVX512F__)
constexpr int kVecsM = 3, kColsN = 8;
#else
constexpr int kVecsM = 2, kColsN = 6;
#endif
constexpr int kTileM = kVecsM * kLanes;

// tile[j][r] = Σ_k a[k·lda + r] · b[k·ldb + j], for r < kTileM and j < Cols.
template <int Cols>
void microKernel(const float* a, std::int64_t lda, const float* b, std::int64_t ldb, std::int64_t depth, float* tile)
{
    Vec acc[Cols][kVecsM];
    for (int j = 0; j < Cols; ++j)
        for (int v = 0; v < kVecsM; ++v)
            acc[j][v] = Vec{};
    for (std::int64_t k = 0; k < depth; ++k) {
        const float* ak = a + k * lda;
        const float* bk = b + k * ldb;
        Vec av[kVecsM];
        for (int v = 0; v < kVecsM; ++v)
            av[v] = loadVec(ak + v * kLanes);
        for (int j = 0; j < Cols; ++j) {
            const Vec bv = broadcastVec(bk[j]);
            for (int v = 0; v < kVecsM; ++v)
                acc[j][v] += av[v] * bv;
        }
    }
    for (int j = 0; j < Cols; ++j)
        for (int v = 0; v < kVecsM; ++v)
            storeVec(tile + j * kTileM + v * kLanes, acc[j][v]);
}

template <int... Cols>
void microKernelOf(int cols, const float* a, std::int64_t lda, const float* b, std::int64_t ldb, std::int64_t depth,
                   float* tile, std::integer_sequence<int, Cols...>)
{
    ((cols == Cols + 1 ? microKernel<Cols + 1>(a, lda, b, ldb, depth, tile) : void()), ...);
}

// Where GEMM row m = (channel, ky, kx) lands relative to its input pixel's stride position.
struct RowTarget {
    std::int64_t plane;  // the output channel's offset
    std::int64_t dy, dx; // k·d − p per axis
};

} // namespace

void tapGemm(const Layer& layer, float* out, std::int64_t n, std::int64_t group, std::int64_t coBegin,
                 std::int64_t coEnd)
{
    const LayerGeometry& g = layer.geometry;
    const std::int64_t taps = g.kernel.h * g.kernel.w;
    const std::int64_t inG = g.inPerGroup(), outG = g.outPerGroup();
    const std::int64_t plane = g.input.h * g.input.w, outPlane = g.output.h * g.output.w;
    const std::int64_t lda = outG * taps, ldb = plane;
    const float* a = layer.weight.data() + group * inG * lda;
    const float* b = layer.input.data() + (n * g.in_channels + group * inG) * plane;
    float* o = out + (n * g.out_channels + group * outG) * outPlane;

    const std::int64_t m0 = coBegin * taps, m1 = coEnd * taps;
    // Where each row of the current tile lands (not one array for all rows: a 16384×16384
    // kernel has 2^28 of them).
    RowTarget targets[kTileM];

    // Blocks that keep a panel of B (depth × pixels) in L1 while the A panels stream past it.
    const std::int64_t depthBlock = std::min<std::int64_t>(inG, 1024);
    const std::int64_t pixelBlock = std::max<std::int64_t>(kColsN, (8192 / depthBlock) / kColsN * kColsN);
    std::vector<float> edgePanel(static_cast<std::size_t>(depthBlock * kTileM));
    alignas(64) float tile[kColsN * kTileM];

    for (std::int64_t p0 = 0; p0 < plane; p0 += pixelBlock) {
        const std::int64_t p1 = std::min(plane, p0 + pixelBlock);
        for (std::int64_t k0 = 0; k0 < inG; k0 += depthBlock) {
            const std::int64_t depth = std::min(depthBlock, inG - k0);
            for (std::int64_t mt = m0; mt < m1; mt += kTileM) {
                const std::int64_t rows = std::min<std::int64_t>(kTileM, m1 - mt);
                for (std::int64_t r = 0; r < rows; ++r) {
                    const std::int64_t m = mt + r, co = m / taps, ky = (m % taps) / g.kernel.w, kx = m % g.kernel.w;
                    targets[r] = {co * outPlane, ky * g.dilation.h - g.padding.h, kx * g.dilation.w - g.padding.w};
                }
                const float* panel = a + k0 * lda + mt;
                std::int64_t panelStride = lda;
                if (rows < kTileM) {  // the last rows, padded with zeros to a whole tile
                    for (std::int64_t k = 0; k < depth; ++k) {
                        float* dst = edgePanel.data() + k * kTileM;
                        std::copy_n(panel + k * lda, rows, dst);
                        std::fill(dst + rows, dst + kTileM, 0.0f);
                    }
                    panel = edgePanel.data();
                    panelStride = kTileM;
                }
                for (std::int64_t q = p0; q < p1; q += kColsN) {
                    const int cols = static_cast<int>(std::min<std::int64_t>(kColsN, p1 - q));
                    microKernelOf(cols, panel, panelStride, b + k0 * ldb + q, ldb, depth, tile,
                                  std::make_integer_sequence<int, kColsN>{});
                    // col2im of the tile: pixel q + j's row r lands at (iy·s + dy, ix·s + dx).
                    for (int j = 0; j < cols; ++j) {
                        const std::int64_t iy = (q + j) / g.input.w, ix = (q + j) % g.input.w;
                        const std::int64_t y = iy * g.stride.h, x = ix * g.stride.w;
                        const float* column = tile + j * kTileM;
                        const RowTarget* t = targets;
                        for (std::int64_t r = 0; r < rows; ++r) {
                            const std::int64_t oy = y + t[r].dy, ox = x + t[r].dx;
                            if (static_cast<std::uint64_t>(oy) < static_cast<std::uint64_t>(g.output.h)
                                && static_cast<std::uint64_t>(ox) < static_cast<std::uint64_t>(g.output.w))
                                o[t[r].plane + oy * g.output.w + ox] += column[r];
                        }
                    }
                }
            }
        }
    }
}

} // namespace sb::simd::SB_SIMD_NAMESPACE
