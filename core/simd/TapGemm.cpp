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
constexpr int kVecsM = 3, kColsN = 8;
#endif
constexpr int kTileM = kVecsM * kLanes;

// tile[j][r] (+)= Σ_k a[k·lda + r] · b[k·ldb + j], for r < kTileM and j < Cols: added to the
// tile's sums so far when `accumulate`, else replacing them.
template <int Cols>
void microKernel(const float* a, std::int64_t lda, const float* b, std::int64_t ldb, std::int64_t depth, float* tile,
                 bool accumulate)
{
    Vec acc[Cols][kVecsM];
    for (int j = 0; j < Cols; ++j)
        for (int v = 0; v < kVecsM; ++v)
            acc[j][v] = accumulate ? loadVec(tile + j * kTileM + v * kLanes) : Vec{};
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
                   float* tile, bool accumulate, std::integer_sequence<int, Cols...>)
{
    ((cols == Cols + 1 ? microKernel<Cols + 1>(a, lda, b, ldb, depth, tile, accumulate) : void()), ...);
}

// ⌈a / b⌉ for b > 0 and any a.
std::int64_t ceilDiv(std::int64_t a, std::int64_t b) { return a >= 0 ? (a + b - 1) / b : -((-a) / b); }

// The taps [first, last) of one axis that an input index i sends inside the output, after the crop:
// i·s + k·d − p in [0, out), k in [0, kernel).
struct TapRange {
    std::int64_t first, last;
};

TapRange keptTaps(std::int64_t i, std::int64_t s, std::int64_t d, std::int64_t p, std::int64_t out, std::int64_t kernel)
{
    const std::int64_t first = std::clamp<std::int64_t>(ceilDiv(p - i * s, d), 0, kernel);
    const std::int64_t last = std::clamp<std::int64_t>(ceilDiv(out + p - i * s, d), first, kernel);
    return {first, last};
}

// The kept taps of every input index along one axis, worked out once per call rather than per
// tile and pixel.
std::vector<TapRange> axisTaps(std::int64_t in, std::int64_t s, std::int64_t d, std::int64_t p, std::int64_t out,
                               std::int64_t kernel)
{
    std::vector<TapRange> kept;
    for (std::int64_t i = 0; i < in; ++i)
        kept.push_back(keptTaps(i, s, d, p, out, kernel));
    return kept;
}

// A run of a tile's rows that share an output channel and a kernel row: consecutive kx, so
// consecutive output columns (d apart).
struct TapRun {
    std::int64_t row;         // the tile row of kx = kxFirst
    std::int64_t ky;
    std::int64_t kxFirst, kxLast;
    std::int64_t offset;      // of (channel, ky, kxFirst)'s output from pixel (iy, ix)'s (iy·s − p, ix·s − p)
};

// dst[k·step] += src[k] for k < count; the common unit step as a plain loop the compiler unrolls.
inline void addRun(float* dst, const float* src, std::int64_t count, std::int64_t step)
{
    if (step == 1) {
        for (std::int64_t k = 0; k < count; ++k)
            dst[k] += src[k];
    } else {
        for (std::int64_t k = 0; k < count; ++k)
            dst[k * step] += src[k];
    }
}

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
    const std::vector<TapRange> rowTaps = axisTaps(g.input.h, g.stride.h, g.dilation.h, g.padding.h, g.output.h, g.kernel.h);
    const std::vector<TapRange> columnTaps = axisTaps(g.input.w, g.stride.w, g.dilation.w, g.padding.w, g.output.w, g.kernel.w);
    std::vector<TapRun> runs;
    runs.reserve(kTileM);

    // Blocks: one tile's A panel for a block of depth (kDepthBlock × kTileM floats, 24 KB under
    // AVX-512) stays in L1 while every pixel tile of the block uses it, and the tiles' sums wait
    // in `sums` until the whole depth is summed; only then do they land in the output, once.
    constexpr std::int64_t kDepthBlock = 128, kPixelBlock = 4 * kColsN;
    alignas(64) float sums[kPixelBlock / kColsN][kColsN * kTileM];
    std::vector<float> edgePanel(static_cast<std::size_t>(kDepthBlock * kTileM));

    for (std::int64_t p0 = 0; p0 < plane; p0 += kPixelBlock) {
        const std::int64_t p1 = std::min(plane, p0 + kPixelBlock);
        for (std::int64_t mt = m0; mt < m1; mt += kTileM) {
            const std::int64_t rows = std::min<std::int64_t>(kTileM, m1 - mt);
            for (std::int64_t k0 = 0; k0 < inG; k0 += kDepthBlock) {
                const std::int64_t depth = std::min(kDepthBlock, inG - k0);
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
                for (std::int64_t q = p0; q < p1; q += kColsN)
                    microKernelOf(static_cast<int>(std::min<std::int64_t>(kColsN, p1 - q)), panel, panelStride,
                                  b + k0 * ldb + q, ldb, depth, sums[(q - p0) / kColsN], k0 > 0,
                                  std::make_integer_sequence<int, kColsN>{});
            }
            // col2im of the tiles: row (channel, ky, kx) of pixel (iy, ix) lands at
            // (iy·s + ky·d − p, ix·s + kx·d − p). Each run of kx is one stretch of an output row;
            // pixels the crop cuts keep only some of their taps. This is a quarter of a 512-channel
            // layer's time if done tap by tap, so the runs and the crop are worked out ahead.
            runs.clear();
            for (std::int64_t r = 0; r < rows;) {
                const std::int64_t m = mt + r, co = m / taps, ky = (m % taps) / g.kernel.w, kx = m % g.kernel.w;
                const std::int64_t length = std::min(g.kernel.w - kx, rows - r);
                const std::int64_t offset = co * outPlane + ky * g.dilation.h * g.output.w + kx * g.dilation.w;
                runs.push_back({r, ky, kx, kx + length, offset});
                r += length;
            }
            const float* blockSums = &sums[0][0];  // [pixel − p0][row]
            for (std::int64_t p = p0; p < p1; ++p) {
                const std::int64_t iy = p / g.input.w, ix = p % g.input.w;
                const float* column = blockSums + (p - p0) * kTileM;
                const std::int64_t base = (iy * g.stride.h - g.padding.h) * g.output.w + ix * g.stride.w - g.padding.w;
                const TapRange ys = rowTaps[static_cast<std::size_t>(iy)], xs = columnTaps[static_cast<std::size_t>(ix)];
                if (ys.first == 0 && ys.last == g.kernel.h && xs.first == 0 && xs.last == g.kernel.w) {  // uncropped
                    for (const TapRun& run : runs)
                        addRun(o + (base + run.offset), column + run.row, run.kxLast - run.kxFirst, g.dilation.w);
                    continue;
                }
                for (const TapRun& run : runs) {
                    if (run.ky < ys.first || run.ky >= ys.last)
                        continue;
                    const std::int64_t kx0 = std::max(run.kxFirst, xs.first), kx1 = std::min(run.kxLast, xs.last);
                    if (kx0 < kx1)
                        addRun(o + (base + run.offset + (kx0 - run.kxFirst) * g.dilation.w),
                               column + run.row + (kx0 - run.kxFirst), kx1 - kx0, g.dilation.w);
                }
            }
        }
    }
}

} // namespace sb::simd::SB_SIMD_NAMESPACE
