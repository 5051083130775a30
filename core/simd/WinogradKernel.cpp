// SPDX-License-Identifier: MIT
// The Winograd kernel (core/simd/Kernels.h), compiled once per instruction set.
//
// Along one axis, with kernel 2s and dilation 1, output o = q·s + a − p (phase a = (o + p) mod s)
// takes two taps: y_a[q] = w[a]·x[q] + w[a + s]·x[q − 1]. Two neighbours q, q + 1 of one phase
// are Winograd's F(2, 2), three products instead of four, with g₀ = w[a + s], g₁ = w[a] and
// d = x[q − 1], x[q], x[q + 1]:
//   m₀ = (d₀ − d₁)·g₀,  m₁ = d₁·(g₀ + g₁),  m₂ = (d₂ − d₁)·g₁;  y[q] = m₀ + m₁,  y[q + 1] = m₁ + m₂.
// In two dimensions a 2×2 block of a phase's outputs takes 9 products instead of 16, each a sum
// over input channels: 9 GEMMs of (tiles × C_in) by (C_in × C_out) per phase. The input's
// transform does not depend on the phase, since every phase pairs the same q's, so it is done once
// for all s² of them. The transforms add and subtract only, so the floats stay as exact as the
// direct sums' (tests/core/tst_simd_dispatch compares them).
#include "core/simd/Kernels.h"

#include "core/simd/VectorLanes.h"

#include <algorithm>
#include <cstring>
#include <cstdint>
#include <memory>
#include <utility>

namespace sb::simd::SB_SIMD_NAMESPACE {

namespace {

// The register tile: kTiles tiles by up to two vectors of output channels.
#if defined(__AVX512F__)
constexpr int kTiles = 12;
#else
constexpr int kTiles = 6;
#endif
constexpr int kProducts = 9;  // 3 × 3 per tile

// One axis: output o of phase a, pair m of q's (q = qLow + 2m + i, i = 0, 1).
struct Axis {
    std::int64_t stride, padding, inputSize, outputSize;
    std::int64_t qLow, tiles;

    Axis(std::int64_t s, std::int64_t p, std::int64_t in, std::int64_t out)
        : stride(s), padding(p), inputSize(in), outputSize(out), qLow(p / s), tiles(((p + out - 1) / s - p / s + 2) / 2)
    {
    }
    // The output index of q = qLow + 2m + i in phase a, or −1 outside the output.
    std::int64_t output(std::int64_t m, int i, std::int64_t a) const
    {
        const std::int64_t o = (qLow + 2 * m + i) * stride + a - padding;
        return o >= 0 && o < outputSize ? o : -1;
    }
    // The input index of d_k for pair m (k = 0, 1, 2), or −1 outside the input.
    std::int64_t input(std::int64_t m, int k) const
    {
        const std::int64_t x = qLow + 2 * m - 1 + k;
        return x >= 0 && x < inputSize ? x : -1;
    }
};

Axis rowAxis(const LayerGeometry& g) { return {g.stride.h, g.padding.h, g.input.h, g.output.h}; }
Axis columnAxis(const LayerGeometry& g) { return {g.stride.w, g.padding.w, g.input.w, g.output.w}; }

// m[t][tile][co] = Σ_ci v[t][ci][tile] · u[t][ci][co] for the tiles tile0 … tile0 + Tiles − 1 and the
// Vecs vectors of channels from co: the tiles' values broadcast, the weights' rows loaded whole.
template <int Tiles, int Vecs>
void gemmTile(const float* v, const float* u, float* m, std::int64_t inChannels, std::int64_t vStride, std::int64_t paddedOut)
{
    Vec acc[Tiles][Vecs];
    for (int k = 0; k < Tiles; ++k)
        for (int j = 0; j < Vecs; ++j)
            acc[k][j] = Vec{};
    for (std::int64_t ci = 0; ci < inChannels; ++ci, u += paddedOut, v += vStride) {
        Vec w[Vecs];
        for (int j = 0; j < Vecs; ++j)
            w[j] = loadVec(u + j * kLanes);
        for (int k = 0; k < Tiles; ++k) {
            const Vec x = broadcastVec(v[k]);
            for (int j = 0; j < Vecs; ++j)
                acc[k][j] += x * w[j];
        }
    }
    for (int k = 0; k < Tiles; ++k)
        for (int j = 0; j < Vecs; ++j)
            storeVec(m + k * paddedOut + j * kLanes, acc[k][j]);
}

template <int Vecs, int... Tiles>
void gemmTileOf(int tiles, const float* v, const float* u, float* m, std::int64_t inChannels, std::int64_t vStride,
                std::int64_t paddedOut, std::integer_sequence<int, Tiles...>)
{
    ((tiles == Tiles + 1 ? gemmTile<Tiles + 1, Vecs>(v, u, m, inChannels, vStride, paddedOut) : void()), ...);
}

// One band's work on the tile rows of batch element n and one group, with its scratch: the
// row's transformed input, one phase's products, and the row's staged outputs.
class TileRows {
public:
    TileRows(const Layer& layer, const float* packedWeights, float* out, std::int64_t n, std::int64_t group)
        : g_(layer.geometry), rows_(rowAxis(g_)), columns_(columnAxis(g_)), inG_(g_.inPerGroup()),
          outG_(g_.outPerGroup()), paddedOut_(winogradPaddedOut(outG_)), tiles_(columns_.tiles),
          paddedTiles_((tiles_ + kLanes - 1) / kLanes * kLanes), lineLength_(2 * paddedTiles_ + 2 + kLanes),
          firstColumn_(std::min(g_.input.w, std::max<std::int64_t>(0, columns_.qLow - 1))),
          lastColumn_(std::max(firstColumn_, std::min(g_.input.w, columns_.qLow + 2 * tiles_))),
          input_(layer.input.data() + (n * g_.in_channels + group * inG_) * g_.input.h * g_.input.w),
          weights_(packedWeights), out_(out + (n * g_.out_channels + group * outG_) * g_.output.h * g_.output.w),
          bias_(std::make_unique<float[]>(static_cast<std::size_t>(paddedOut_))),
          v_(scratch(kProducts * inG_ * paddedTiles_)), lines_(scratch(3 * lineLength_)),
          m_(scratch(kProducts * tiles_ * paddedOut_)), staged_(scratch(2 * g_.stride.h * g_.output.w * paddedOut_))
    {
        std::fill_n(lines_.get(), 3 * lineLength_, 0.0f);
        if (layer.hasBias())  // bias_ is zero past outG_
            std::copy_n(layer.bias.data() + group * outG_, outG_, bias_.get());
    }

    // v_ = (t, ci, tile): the input's transform for tile row my, vectors of kLanes tiles. Each of
    // the three rows is copied into a line with zeros outside the input (line[l] = x[qLow − 1 + l]),
    // split into its even and odd columns, d₀ d₁ d₂ = line[2mx], line[2mx + 1], line[2mx + 2], and
    // transformed along x; the three then along y.
    void transformInput(std::int64_t my)
    {
        const std::int64_t inPlane = g_.input.h * g_.input.w;
        for (std::int64_t ci = 0; ci < inG_; ++ci) {
            for (int k = 0; k < 3; ++k) {
                // Only the input's columns are ever written: the zeros around them stay.
                float* inside = lines_.get() + k * lineLength_ + firstColumn_ - (columns_.qLow - 1);
                const std::int64_t iy = rows_.input(my, k);
                if (iy >= 0) {
                    const float* row = input_ + ci * inPlane + iy * g_.input.w;
                    std::copy(row + firstColumn_, row + lastColumn_, inside);
                } else {
                    std::fill_n(inside, lastColumn_ - firstColumn_, 0.0f);
                }
            }
            for (std::int64_t mx = 0; mx < paddedTiles_; mx += kLanes) {
                Vec across[3][3];  // [row k][tx]
                for (int k = 0; k < 3; ++k) {
                    const float* l = lines_.get() + k * lineLength_ + 2 * mx;
                    Vec d0, d1, d2, odd;
                    deinterleaveVecs(loadVec(l), loadVec(l + kLanes), d0, d1);
                    deinterleaveVecs(loadVec(l + 2), loadVec(l + 2 + kLanes), d2, odd);
                    across[k][0] = d0 - d1;
                    across[k][1] = d1;
                    across[k][2] = d2 - d1;
                }
                for (int tx = 0; tx < 3; ++tx) {
                    const Vec down[3] = {across[0][tx] - across[1][tx], across[1][tx], across[2][tx] - across[1][tx]};
                    for (int ty = 0; ty < 3; ++ty)
                        storeVec(v_.get() + ((ty * 3 + tx) * inG_ + ci) * paddedTiles_ + mx, down[ty]);
                }
            }
        }
    }

    // m_ = (t, tile, co): phase (ay, ax)'s 9 GEMMs over the input channels.
    void multiply(std::int64_t ay, std::int64_t ax)
    {
        const float* u = weights_ + (ay * g_.stride.w + ax) * kProducts * inG_ * paddedOut_;
        for (int t = 0; t < kProducts; ++t)
            for (std::int64_t mx = 0; mx < tiles_; mx += kTiles) {
                const int count = static_cast<int>(std::min<std::int64_t>(kTiles, tiles_ - mx));
                const float* vt = v_.get() + t * inG_ * paddedTiles_ + mx;
                const float* ut = u + t * inG_ * paddedOut_;
                float* mt = m_.get() + (t * tiles_ + mx) * paddedOut_;
                std::int64_t co = 0;
                for (; co + 2 * kLanes <= paddedOut_; co += 2 * kLanes)
                    gemmTileOf<2>(count, vt, ut + co, mt + co, inG_, paddedTiles_, paddedOut_,
                                  std::make_integer_sequence<int, kTiles>{});
                if (co < paddedOut_)
                    gemmTileOf<1>(count, vt, ut + co, mt + co, inG_, paddedTiles_, paddedOut_,
                                  std::make_integer_sequence<int, kTiles>{});
            }
    }

    // The output transform of phase (ay, ax), y[i][j] = Σ m[ty][tx] over ty ∈ {i, i + 1} and
    // tx ∈ {j, j + 1}, plus the bias, into the staged rows (ay·2 + i, ox, co): channels last, so
    // whole vectors, where the output's layout would scatter each one over kLanes planes.
    void transformOutput(std::int64_t ay, std::int64_t ax)
    {
        for (std::int64_t mx = 0; mx < tiles_; ++mx) {
            const std::int64_t ox[2] = {columns_.output(mx, 0, ax), columns_.output(mx, 1, ax)};
            for (std::int64_t co = 0; co < paddedOut_; co += kLanes) {
                Vec p[kProducts];
                for (int t = 0; t < kProducts; ++t)
                    p[t] = loadVec(m_.get() + (t * tiles_ + mx) * paddedOut_ + co);
                const Vec b = loadVec(bias_.get() + co);
                for (int i = 0; i < 2; ++i) {
                    const Vec sum0 = p[i * 3] + p[(i + 1) * 3], sum1 = p[i * 3 + 1] + p[(i + 1) * 3 + 1],
                              sum2 = p[i * 3 + 2] + p[(i + 1) * 3 + 2];
                    const Vec y[2] = {sum0 + sum1 + b, sum1 + sum2 + b};
                    float* row = staged_.get() + (ay * 2 + i) * g_.output.w * paddedOut_ + co;
                    for (int j = 0; j < 2; ++j)
                        if (ox[j] >= 0)
                            storeVec(row + ox[j] * paddedOut_, y[j]);
                }
            }
        }
    }

    // Every phase of tile row my is staged, every pixel of its output rows: into the output,
    // kLanes × kLanes blocks transposed.
    void write(std::int64_t my)
    {
        const std::int64_t outPlane = g_.output.h * g_.output.w;
        for (std::int64_t ay = 0; ay < g_.stride.h; ++ay)
            for (int i = 0; i < 2; ++i) {
                const std::int64_t oy = rows_.output(my, i, ay);
                if (oy < 0)
                    continue;
                const float* row = staged_.get() + (ay * 2 + i) * g_.output.w * paddedOut_;
                for (std::int64_t co = 0; co < outG_; co += kLanes) {
                    const int channels = static_cast<int>(std::min<std::int64_t>(kLanes, outG_ - co));
                    for (std::int64_t ox = 0; ox < g_.output.w; ox += kLanes) {
                        const int pixels = static_cast<int>(std::min<std::int64_t>(kLanes, g_.output.w - ox));
                        Vec block[kLanes];
                        for (int r = 0; r < kLanes; ++r)
                            block[r] = r < pixels ? loadVec(row + (ox + r) * paddedOut_ + co) : Vec{};
                        transposeVecs(block);
                        for (int c = 0; c < channels; ++c) {
                            float* target = out_ + (co + c) * outPlane + oy * g_.output.w + ox;
                            if (pixels == kLanes)
                                storeVec(target, block[c]);
                            else
                                std::memcpy(target, &block[c], static_cast<std::size_t>(pixels) * sizeof(float));
                        }
                    }
                }
            }
    }

private:
    static std::unique_ptr<float[]> scratch(std::int64_t floats)
    {
        return std::make_unique_for_overwrite<float[]>(static_cast<std::size_t>(floats));
    }

    const LayerGeometry& g_;
    const Axis rows_, columns_;
    const std::int64_t inG_, outG_, paddedOut_, tiles_, paddedTiles_, lineLength_, firstColumn_, lastColumn_;
    const float* input_;
    const float* weights_;
    float* out_;
    std::unique_ptr<float[]> bias_, v_, lines_, m_, staged_;
};

} // namespace

std::int64_t winogradPaddedOut(std::int64_t outPerGroup) { return (outPerGroup + kLanes - 1) / kLanes * kLanes; }

std::int64_t winogradTileRows(const LayerGeometry& g) { return rowAxis(g).tiles; }

void packWinogradWeights(const Layer& layer, std::int64_t group, float* packed)
{
    const LayerGeometry& g = layer.geometry;
    const std::int64_t inG = g.inPerGroup(), outG = g.outPerGroup(), paddedOut = winogradPaddedOut(outG);
    const std::int64_t sH = g.stride.h, sW = g.stride.w, kH = g.kernel.h, kW = g.kernel.w;
    const float* w = layer.weight.data() + group * inG * outG * kH * kW;
    // (phase ay·sW + ax, product t = ty·3 + tx, ci, co), co padded with zeros to whole vectors;
    // written one contiguous row of co at a time for each of the 9 products.
    for (std::int64_t ay = 0; ay < sH; ++ay)
        for (std::int64_t ax = 0; ax < sW; ++ax)
            for (std::int64_t ci = 0; ci < inG; ++ci) {
                float* rows = packed + ((ay * sW + ax) * kProducts * inG + ci) * paddedOut;
                for (std::int64_t co = 0; co < outG; ++co) {
                    const float* k = w + (ci * outG + co) * kH * kW;
                    // g₀ = w[a + s], g₁ = w[a] on each axis; u = (g₀, g₀ + g₁, g₁) ⊗ (the same).
                    const float g00 = k[(ay + sH) * kW + ax + sW], g01 = k[(ay + sH) * kW + ax];
                    const float g10 = k[ay * kW + ax + sW], g11 = k[ay * kW + ax];
                    const float across[2][3] = {{g00, g00 + g01, g01}, {g10, g10 + g11, g11}};
                    for (int tx = 0; tx < 3; ++tx) {
                        rows[tx * inG * paddedOut + co] = across[0][tx];
                        rows[(3 + tx) * inG * paddedOut + co] = across[0][tx] + across[1][tx];
                        rows[(6 + tx) * inG * paddedOut + co] = across[1][tx];
                    }
                }
                for (int t = 0; t < kProducts; ++t)
                    std::fill(rows + t * inG * paddedOut + outG, rows + t * inG * paddedOut + paddedOut, 0.0f);
            }
}

void winogradKernel(const Layer& layer, const float* packedWeights, float* out, std::int64_t n, std::int64_t group,
                    std::int64_t tileRowBegin, std::int64_t tileRowEnd)
{
    TileRows work(layer, packedWeights, out, n, group);
    for (std::int64_t my = tileRowBegin; my < tileRowEnd; ++my) {
        work.transformInput(my);
        for (std::int64_t ay = 0; ay < layer.geometry.stride.h; ++ay)
            for (std::int64_t ax = 0; ax < layer.geometry.stride.w; ++ax) {
                work.multiply(ay, ax);
                work.transformOutput(ay, ax);
            }
        work.write(my);
    }
}

} // namespace sb::simd::SB_SIMD_NAMESPACE
