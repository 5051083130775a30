// SPDX-License-Identifier: MIT
// GEMM + col2im (core/simd/Kernels.h). Compiled three times (core/CMakeLists.txt): SB_SIMD_NAMESPACE names the build (sse2, avx2,
// avx512) and its -m flags decide Eigen's packets. Nothing here may be called from a build other
// than its own except the entry point.
#include "core/simd/Kernels.h"

#include <Eigen/Core>

#include <algorithm>

#ifndef SB_SIMD_NAMESPACE
#error "SB_SIMD_NAMESPACE (sse2, avx2 or avx512) names the build; core/CMakeLists.txt defines it"
#endif
// The flags must have reached this build, or it would silently be one of the others.
#define SB_SIMD_sse2 1
#define SB_SIMD_avx2 2
#define SB_SIMD_avx512 3
#define SB_SIMD_ID_(name) SB_SIMD_##name
#define SB_SIMD_ID(name) SB_SIMD_ID_(name)
#if SB_SIMD_ID(SB_SIMD_NAMESPACE) == SB_SIMD_avx2 && !(defined(__AVX2__) && defined(__FMA__))
#error "the avx2 build needs -mavx2 -mfma"
#elif SB_SIMD_ID(SB_SIMD_NAMESPACE) == SB_SIMD_avx512 && !defined(__AVX512F__)
#error "the avx512 build needs -mavx512f"
#elif SB_SIMD_ID(SB_SIMD_NAMESPACE) == SB_SIMD_sse2 && defined(__AVX__)
#error "the sse2 build must not use AVX"
#endif

namespace sb::simd::SB_SIMD_NAMESPACE {

namespace {

using RowMajorMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// First input index i in [0, n) whose tap lands at or after the crop's start: i·s + k·d − p ≥ 0,
// and one past the last whose tap lands before its end: i·s + k·d − p < out.
void keptRange(std::int64_t k, std::int64_t n, std::int64_t s, std::int64_t d, std::int64_t p, std::int64_t out,
               std::int64_t& first, std::int64_t& last)
{
    const std::int64_t offset = k * d - p;  // output index of input index 0
    first = offset >= 0 ? 0 : (-offset + s - 1) / s;
    last = out - offset <= 0 ? 0 : std::min(n, (out - offset + s - 1) / s);
    first = std::min(first, last);
}

} // namespace

Tensor gemmCol2im(const Layer& layer)
{
    const LayerGeometry& g = layer.geometry;
    Tensor out({g.batch, g.out_channels, g.output.h, g.output.w});
    const std::int64_t plane = g.input.h * g.input.w;
    const std::int64_t taps = g.kernel.h * g.kernel.w;
    const std::int64_t inG = g.inPerGroup(), outG = g.outPerGroup();
    // The GEMM's result has outG·kH·kW rows per input position. A band of input rows at a time
    // keeps it near kBandFloats (64 MB) however large the input, instead of taps × the input.
    constexpr std::int64_t kBandFloats = std::int64_t{1} << 24;
    const std::int64_t band = std::clamp<std::int64_t>(kBandFloats / std::max<std::int64_t>(outG * taps * g.input.w, 1), 1,
                                                       std::max<std::int64_t>(g.input.h, 1));
    // When one row is already beyond kBandFloats (a wide input under a large kernel: a 16384-wide
    // row under a 8192×16384 kernel would want 2^41 floats), the row is taken in spans of columns.
    const std::int64_t span = band > 1 ? g.input.w
                                       : std::clamp<std::int64_t>(kBandFloats / std::max<std::int64_t>(outG * taps, 1), 1,
                                                                  std::max<std::int64_t>(g.input.w, 1));
    RowMajorMatrix columns;
    using Strided = Eigen::Map<const RowMajorMatrix, 0, Eigen::OuterStride<>>;

    for (std::int64_t n = 0; n < g.batch; ++n)
        for (std::int64_t group = 0; group < g.groups; ++group)
            for (std::int64_t r0 = 0; r0 < g.input.h; r0 += band)
            for (std::int64_t c0 = 0; c0 < g.input.w; c0 += span) {
                // Rows r0..r1 whole, or columns c0..c1 of row r0 (span < W: then band is 1).
                const std::int64_t r1 = std::min(g.input.h, r0 + band), c1 = std::min(g.input.w, c0 + span);
                const std::int64_t rowWidth = c1 - c0, width = (r1 - r0) * rowWidth;
                // Weights of the group: (inG) × (outG·kH·kW); input rows r0..r1 of each channel:
                // (inG) × (band·W), one channel a plane apart.
                const Eigen::Map<const RowMajorMatrix> w(layer.weight.data() + group * inG * outG * taps, inG, outG * taps);
                const Strided x(layer.input.data() + (n * g.in_channels + group * inG) * plane + r0 * g.input.w + c0, inG, width,
                                Eigen::OuterStride<>(plane));
                columns.noalias() = w.transpose() * x;

                // col2im: row (co', ky, kx) of columns is that tap's band of the H×W plane, added at
                // (ky·d − p, kx·d − p) with stride s; only the part that survives the crop is visited.
                for (std::int64_t cog = 0; cog < outG; ++cog) {
                    float* o = out.data() + ((n * g.out_channels + group * outG + cog) * g.output.h) * g.output.w;
                    for (std::int64_t ky = 0; ky < g.kernel.h; ++ky) {
                        std::int64_t iy0, iy1;
                        keptRange(ky, g.input.h, g.stride.h, g.dilation.h, g.padding.h, g.output.h, iy0, iy1);
                        iy0 = std::max(iy0, r0);
                        iy1 = std::min(iy1, r1);
                        for (std::int64_t kx = 0; kx < g.kernel.w; ++kx) {
                            std::int64_t ix0, ix1;
                            keptRange(kx, g.input.w, g.stride.w, g.dilation.w, g.padding.w, g.output.w, ix0, ix1);
                            ix0 = std::max(ix0, c0);
                            ix1 = std::min(ix1, c1);
                            const float* c = columns.data() + (cog * taps + ky * g.kernel.w + kx) * width;
                            const std::int64_t xOffset = kx * g.dilation.w - g.padding.w;
                            for (std::int64_t iy = iy0; iy < iy1; ++iy) {
                                float* row = o + (iy * g.stride.h + ky * g.dilation.h - g.padding.h) * g.output.w + xOffset;
                                const float* src = c + (iy - r0) * rowWidth;  // the span's first column, c0
                                for (std::int64_t ix = ix0; ix < ix1; ++ix)
                                    row[ix * g.stride.w] += src[ix - c0];
                            }
                        }
                    }
                }
            }
    layer.addBias(out);
    return out;
}

} // namespace sb::simd::SB_SIMD_NAMESPACE
