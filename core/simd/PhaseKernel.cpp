// SPDX-License-Identifier: MIT
// The phase kernel (core/simd/Kernels.h), compiled once per instruction set.
#include "core/simd/Kernels.h"

#include "core/simd/VectorLanes.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace sb::simd::SB_SIMD_NAMESPACE {

namespace {

// The register tile: up to kRuns vectors of a phase's pixels by up to kChannels output
// channels, as many accumulators as the register file holds with room for the loads.
#if defined(__AVX512F__)
constexpr int kRuns = 2, kChannels = 12;
#else
constexpr int kRuns = 2, kChannels = 6;
#endif
// Strides up to 2 keep every phase's sums until all are done, and write them interleaved.
constexpr std::size_t kPhasesStaged = 2;

// One tap (ky, kx) of a tile: where its input run starts for the tile's first vector, which
// lanes of each vector fall inside the input row, and the tap's weights for the tile's channels.
struct TileTap {
    const float* input;    // phaseInput at row iy, channel 0, column j0 + offset (may lie before the row)
    const float* weights;  // phaseWeights at (ky, kx, channel 0, first output channel of the tile)
    int lo[kRuns], hi[kRuns];
    bool whole;            // every lane of every vector inside the row
};

template <int Runs, int Channels>
void sumTile(const TileTap* taps, std::size_t tapCount, std::int64_t inChannels, std::int64_t rowStride,
             std::int64_t outChannels, Vec (&acc)[Runs][Channels])
{
    for (std::size_t t = 0; t < tapCount; ++t) {
        const TileTap& tap = taps[t];
        const float* x = tap.input;
        const float* w = tap.weights;
        if (tap.whole) {
            for (std::int64_t c = 0; c < inChannels; ++c, x += rowStride, w += outChannels) {
                Vec xv[Runs];
                for (int r = 0; r < Runs; ++r)
                    xv[r] = loadVec(x + r * kLanes);
                for (int q = 0; q < Channels; ++q) {
                    const Vec wv = broadcastVec(w[q]);
                    for (int r = 0; r < Runs; ++r)
                        acc[r][q] += xv[r] * wv;
                }
            }
        } else {
            for (std::int64_t c = 0; c < inChannels; ++c, x += rowStride, w += outChannels) {
                Vec xv[Runs];
                for (int r = 0; r < Runs; ++r)
                    xv[r] = loadVecPartial(x + r * kLanes, tap.lo[r], tap.hi[r]);
                for (int q = 0; q < Channels; ++q) {
                    const Vec wv = broadcastVec(w[q]);
                    for (int r = 0; r < Runs; ++r)
                        acc[r][q] += xv[r] * wv;
                }
            }
        }
    }
}

// A block of tiles' sums (kChannelBlock channels by kPixelBlock pixels of each phase), kept
// until every phase of its pixels is done so that they reach the output interleaved, a whole
// vector at a time. Summing a block phase by phase keeps one phase's weights in L1 across its
// tiles.
constexpr int kChannelBlock = 2 * kChannels, kPixelBlock = 2 * kRuns * kLanes;
struct Staging {
    alignas(64) float sums[kPhasesStaged][kChannelBlock][kPixelBlock];
};

// sums[q·kPixelBlock + r·kLanes + lane] = the tile's sum for channel q, pixel r·kLanes + lane.
template <int Runs, int Channels>
void tile(const TileTap* taps, std::size_t tapCount, std::int64_t inChannels, std::int64_t rowStride,
          std::int64_t outChannels, float* sums)
{
    Vec acc[Runs][Channels];
    for (int r = 0; r < Runs; ++r)
        for (int q = 0; q < Channels; ++q)
            acc[r][q] = Vec{};
    sumTile<Runs, Channels>(taps, tapCount, inChannels, rowStride, outChannels, acc);
    for (int q = 0; q < Channels; ++q)
        for (int r = 0; r < Runs; ++r)
            storeVec(sums + q * kPixelBlock + r * kLanes, acc[r][q]);
}

template <int Runs, int... Channels>
void tileOf(int channels, const TileTap* taps, std::size_t tapCount, std::int64_t inChannels, std::int64_t rowStride,
            std::int64_t outChannels, float* sums, std::integer_sequence<int, Channels...>)
{
    ((channels == Channels + 1 ? tile<Runs, Channels + 1>(taps, tapCount, inChannels, rowStride, outChannels, sums) : void()),
     ...);
}

// Where a block's sums go: output rows that start at `row` (the block's first channel, row oy),
// a plane apart, each plus its channel's bias when there is one.
struct BlockOutput {
    float* row;
    const float* bias;  // the block's first channel's, or null
    std::int64_t plane, stride, width;
};

// Writes phase px's staged sums of `channels` channels, pixels j0 … j0 + count − 1, one value at a
// time (strides over 2).
void emitPhase(const Staging& staged, int channels, std::int64_t px, std::int64_t j0, std::int64_t count,
               const BlockOutput& out)
{
    const std::int64_t pixels = std::min(count, (out.width - px + out.stride - 1) / out.stride - j0);
    for (int q = 0; q < channels; ++q) {
        const float bias = out.bias ? out.bias[q] : 0.0f;
        for (std::int64_t i = 0; i < pixels; ++i)
            out.row[q * out.plane + (j0 + i) * out.stride + px] = staged.sums[px % kPhasesStaged][q][i] + bias;
    }
}

// Writes the staged sums of `channels` channels, pixels j0 … j0 + count − 1 of every phase: for
// stride 1 and 2 whole vectors (stride 2 interleaving its two phases), otherwise one value at a
// time.
void emit(const Staging& staged, int channels, std::int64_t phases, std::int64_t j0, std::int64_t count,
          const BlockOutput& out)
{
    const std::int64_t x0 = j0 * out.stride;
    const std::int64_t outputs = std::min(out.width - x0, count * out.stride);  // of this row, from x0 on
    for (int q = 0; q < channels; ++q) {
        float* dst = out.row + q * out.plane + x0;
        const float bias = out.bias ? out.bias[q] : 0.0f;
        const Vec biasVec = broadcastVec(bias);
        if (out.stride == 1) {
            for (std::int64_t i = 0; i < outputs; ++i)
                dst[i] = staged.sums[0][q][i] + bias;
        } else if (out.stride == 2 && phases == 2) {
            for (std::int64_t first = 0; first < outputs; first += 2 * kLanes) {
                Vec lo, hi;
                interleaveVecs(loadVec(staged.sums[0][q] + first / 2), loadVec(staged.sums[1][q] + first / 2), lo, hi);
                lo += biasVec;
                hi += biasVec;
                if (first + 2 * kLanes <= outputs) {
                    storeVec(dst + first, lo);
                    storeVec(dst + first + kLanes, hi);
                } else {
                    alignas(64) float both[2 * kLanes];
                    storeVec(both, lo);
                    storeVec(both + kLanes, hi);
                    std::copy_n(both, outputs - first, dst + first);
                }
            }
        } else {
            for (std::int64_t i = 0; i < outputs; ++i)
                dst[i] = staged.sums[i % out.stride][q][i / out.stride] + bias;
        }
    }
}

// Exact division of a multiple of s, or nothing when r is not one (r may be negative).
bool dividesExactly(std::int64_t r, std::int64_t s) { return ((r % s) + s) % s == 0; }

} // namespace

void packPhaseWeights(const Layer& layer, std::int64_t group, float* packed)
{
    const LayerGeometry& g = layer.geometry;
    const std::int64_t taps = g.kernel.h * g.kernel.w, inG = g.inPerGroup(), outG = g.outPerGroup();
    const float* w = layer.weight.data() + group * inG * outG * taps;
    // Input channel by input channel, each a (C_out/g × taps) block that stays in L1 while it is
    // written out transposed, one contiguous run of C_out/g floats per tap. (Writing in reading
    // order instead stores to `taps` places C_in/g·C_out/g floats apart, which for power-of-two
    // channel counts alias the same cache sets and made this repack an eighth of a 64-channel
    // layer's time.)
    for (std::int64_t ci = 0; ci < inG; ++ci) {
        const float* block = w + ci * outG * taps;
        for (std::int64_t t = 0; t < taps; ++t) {
            float* row = packed + (t * inG + ci) * outG;
            for (std::int64_t co = 0; co < outG; ++co)
                row[co] = block[co * taps + t];
        }
    }
}

void packPhaseInput(const Layer& layer, std::int64_t n, std::int64_t group, std::int64_t iyBegin, std::int64_t iyEnd,
                    float* packed)
{
    const LayerGeometry& g = layer.geometry;
    const std::int64_t inG = g.inPerGroup(), plane = g.input.h * g.input.w, stride = phaseRowStride(g.input.w);
    const float* x = layer.input.data() + (n * g.in_channels + group * inG) * plane;
    // Channel by channel, reading each plane in order: the rows written are inG·stride floats
    // apart, never a multiple of 4 KB, whereas reading row by row jumps a whole plane each time.
    for (std::int64_t ci = 0; ci < inG; ++ci)
        for (std::int64_t iy = iyBegin; iy < iyEnd; ++iy) {
            const float* source = x + ci * plane + iy * g.input.w;
            float* row = packed + (iy * inG + ci) * stride;
            std::int64_t i = 0;
            for (; i + kLanes <= g.input.w; i += kLanes)
                storeVec(row + i, loadVec(source + i));
            for (; i < g.input.w; ++i)
                row[i] = source[i];
            std::fill(row + g.input.w, row + stride, 0.0f);
        }
}

void phaseKernel(const Layer& layer, const float* weights, const float* input, float* out, std::int64_t n,
                 std::int64_t group, std::int64_t coBegin, std::int64_t coEnd, std::int64_t oyBegin, std::int64_t oyEnd)
{
    const float* bias = layer.hasBias() ? layer.bias.data() + group * layer.geometry.outPerGroup() : nullptr;
    const LayerGeometry& g = layer.geometry;
    const std::int64_t inG = g.inPerGroup(), outG = g.outPerGroup();
    const std::int64_t outPlane = g.output.h * g.output.w;
    const std::int64_t rowStride = phaseRowStride(g.input.w);
    float* o = out + (n * g.out_channels + group * outG) * outPlane;
    const std::int64_t sH = g.stride.h, sW = g.stride.w;

    // Column phase px: its kernel columns kx and their input offsets (ix = j + offset).
    std::vector<std::vector<std::pair<std::int64_t, std::int64_t>>> columnTaps(
        static_cast<std::size_t>(std::min(sW, g.output.w)));
    for (std::size_t px = 0; px < columnTaps.size(); ++px)
        for (std::int64_t kx = 0; kx < g.kernel.w; ++kx) {
            const std::int64_t r = static_cast<std::int64_t>(px) + g.padding.w - kx * g.dilation.w;
            if (dividesExactly(r, sW))
                columnTaps[px].emplace_back(kx, r / sW);
        }

    std::vector<std::pair<std::int64_t, std::int64_t>> rowTaps;  // (ky, iy)
    std::vector<TileTap> taps;
    Staging staging;
    taps.reserve(static_cast<std::size_t>(g.kernel.h * g.kernel.w));
    for (std::int64_t oy = oyBegin; oy < oyEnd; ++oy) {
        rowTaps.clear();
        for (std::int64_t ky = 0; ky < g.kernel.h; ++ky) {
            const std::int64_t r = oy + g.padding.h - ky * g.dilation.h;
            if (r >= 0 && r % sH == 0 && r / sH < g.input.h)
                rowTaps.emplace_back(ky, r / sH);
        }
        // Phase 0 has the most pixels: J = ⌈W_out / s⌉.
        const std::int64_t pixels = (g.output.w + sW - 1) / sW;
        for (std::int64_t cb = coBegin; cb < coEnd; cb += kChannelBlock) {
            const int blockChannels = static_cast<int>(std::min<std::int64_t>(kChannelBlock, coEnd - cb));
            const BlockOutput target{o + cb * outPlane + oy * g.output.w, bias ? bias + cb : nullptr, outPlane, sW,
                                     g.output.w};
            for (std::int64_t jb = 0; jb < pixels; jb += kPixelBlock) {
                const std::int64_t blockPixels = std::min<std::int64_t>(kPixelBlock, pixels - jb);
                for (std::size_t px = 0; px < columnTaps.size(); ++px) {
                    for (std::int64_t c0 = cb; c0 < cb + blockChannels; c0 += kChannels) {
                        const int channels = static_cast<int>(std::min<std::int64_t>(kChannels, cb + blockChannels - c0));
                        for (std::int64_t j0 = jb; j0 < jb + blockPixels; j0 += kRuns * kLanes) {
                            const int runs = jb + blockPixels - j0 > kLanes ? kRuns : 1;
                            taps.clear();
                            for (const auto& [ky, iy] : rowTaps)
                                for (const auto& [kx, offset] : columnTaps[px]) {
                                    // Filled in place: building it on the stack and copying it in
                                    // read back its just-written fields as one 32-byte load, which
                                    // store forwarding cannot serve (a stall per tap, 2 % of a layer).
                                    TileTap& tap = taps.emplace_back();
                                    const std::int64_t start = j0 + offset;  // input column of the tile's first lane
                                    tap.input = input + iy * inG * rowStride + start;
                                    tap.weights = weights + ((ky * g.kernel.w + kx) * inG) * outG + c0;
                                    tap.whole = true;
                                    for (int run = 0; run < runs; ++run) {
                                        const std::int64_t s = start + run * kLanes;
                                        tap.lo[run] = static_cast<int>(std::clamp<std::int64_t>(-s, 0, kLanes));
                                        tap.hi[run] =
                                            static_cast<int>(std::clamp<std::int64_t>(g.input.w - s, tap.lo[run], kLanes));
                                        tap.whole = tap.whole && tap.lo[run] == 0 && tap.hi[run] == kLanes;
                                    }
                                }
                            float* sums = &staging.sums[px % kPhasesStaged][c0 - cb][j0 - jb];
                            if (runs == kRuns)
                                tileOf<kRuns>(channels, taps.data(), taps.size(), inG, rowStride, outG, sums,
                                              std::make_integer_sequence<int, kChannels>{});
                            else
                                tileOf<1>(channels, taps.data(), taps.size(), inG, rowStride, outG, sums,
                                          std::make_integer_sequence<int, kChannels>{});
                        }
                    }
                    // Beyond two phases, each is written out as soon as it is summed.
                    if (columnTaps.size() > kPhasesStaged)
                        emitPhase(staging, blockChannels, static_cast<std::int64_t>(px), jb, blockPixels, target);
                }
                if (columnTaps.size() <= kPhasesStaged)
                    emit(staging, blockChannels, static_cast<std::int64_t>(columnTaps.size()), jb, blockPixels, target);
            }
        }
    }
}

} // namespace sb::simd::SB_SIMD_NAMESPACE
