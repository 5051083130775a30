// SPDX-License-Identifier: MIT
// The dispatcher: which build, which algorithm, which bands. The kernels are core/simd/.
#include "core/FastConvTranspose.h"

#include "core/ParallelBands.h"
#include "core/simd/Kernels.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace sb {

namespace {

// One build's kernels.
struct Kernels {
    Tensor (*gemmCol2im)(const Layer&);
    void (*tapGemm)(const Layer&, float*, std::int64_t, std::int64_t, std::int64_t, std::int64_t);
    void (*packPhaseWeights)(const Layer&, std::int64_t, float*);
    void (*packPhaseInput)(const Layer&, std::int64_t, std::int64_t, std::int64_t, std::int64_t, float*);
    void (*phaseKernel)(const Layer&, const float*, const float*, float*, std::int64_t, std::int64_t, std::int64_t,
                        std::int64_t, std::int64_t, std::int64_t);
    std::int64_t (*winogradPaddedOut)(std::int64_t);
    std::int64_t (*winogradTileRows)(const LayerGeometry&);
    void (*packWinogradWeights)(const Layer&, std::int64_t, float*);
    void (*winogradKernel)(const Layer&, const float*, float*, std::int64_t, std::int64_t, std::int64_t, std::int64_t);
};

Kernels kernelsOf(simd::InstructionSet isa)
{
    using simd::InstructionSet;
    switch (isa) {
    case InstructionSet::Avx2:
        return {simd::avx2::gemmCol2im, simd::avx2::tapGemm, simd::avx2::packPhaseWeights,
                simd::avx2::packPhaseInput, simd::avx2::phaseKernel, simd::avx2::winogradPaddedOut,
                simd::avx2::winogradTileRows, simd::avx2::packWinogradWeights, simd::avx2::winogradKernel};
    case InstructionSet::Avx512:
        return {simd::avx512::gemmCol2im, simd::avx512::tapGemm, simd::avx512::packPhaseWeights,
                simd::avx512::packPhaseInput, simd::avx512::phaseKernel, simd::avx512::winogradPaddedOut,
                simd::avx512::winogradTileRows, simd::avx512::packWinogradWeights, simd::avx512::winogradKernel};
    case InstructionSet::Sse2: break;
    }
    return {simd::sse2::gemmCol2im, simd::sse2::tapGemm, simd::sse2::packPhaseWeights,
                simd::sse2::packPhaseInput, simd::sse2::phaseKernel, simd::sse2::winogradPaddedOut,
                simd::sse2::winogradTileRows, simd::sse2::packWinogradWeights, simd::sse2::winogradKernel};
}

// Bands hold a multiple of this many output channels: every build's register tile divides it
// (12 channels of the AVX-512 phase tile, 6 of the others; 3 × 16 taps of the AVX-512 GEMM tile).
constexpr std::int64_t kChannelQuantum = 12;
// Below this many multiply-adds a layer runs as one band: handing it to threads costs more.
constexpr std::int64_t kMinParallelWork = std::int64_t{1} << 21;
// Enough bands per batch element and group that two threads finish together.
constexpr std::int64_t kBandsWanted = 16;

std::int64_t multiplyAdds(const LayerGeometry& g)
{
    return g.batch * g.out_channels * g.inPerGroup() * g.input.h * g.input.w * g.kernel.h * g.kernel.w;
}

// [begin, end) of part `index` of `count` nearly equal parts of [0, total), in units of quantum.
std::pair<std::int64_t, std::int64_t> part(std::int64_t total, std::int64_t count, std::int64_t index, std::int64_t quantum)
{
    const std::int64_t units = (total + quantum - 1) / quantum;
    const std::int64_t begin = units * index / count * quantum, end = units * (index + 1) / count * quantum;
    return {std::min(begin, total), std::min(end, total)};
}

// SB_FAST_ALGORITHM, read once: the algorithm every layer runs, for comparing them on real work
// (the photo view's bands, a compute); unknown names are reported and ignored.
std::optional<FastAlgorithm> forcedAlgorithm()
{
    static const std::optional<FastAlgorithm> forced = []() -> std::optional<FastAlgorithm> {
        const char* name = std::getenv("SB_FAST_ALGORITHM");
        if (!name || !*name)
            return std::nullopt;
        for (const FastAlgorithm algorithm : kFastAlgorithms)
            if (std::strcmp(name, fastAlgorithmName(algorithm)) == 0)
                return algorithm;
        std::fprintf(stderr, "scatterboard: SB_FAST_ALGORITHM=%s is not one of gemm-col2im, tap-gemm, phase, winograd; ignored\n",
                     name);
        return std::nullopt;
    }();
    return forced;
}

} // namespace

const char* fastAlgorithmName(FastAlgorithm algorithm)
{
    switch (algorithm) {
    case FastAlgorithm::GemmCol2im: return "gemm-col2im";
    case FastAlgorithm::TapGemm: return "tap-gemm";
    case FastAlgorithm::Phase: return "phase";
    case FastAlgorithm::Winograd: return "winograd";
    }
    return "gemm-col2im";
}

bool winogradApplies(const LayerGeometry& g)
{
    return g.kernel.h == 2 * g.stride.h && g.kernel.w == 2 * g.stride.w && g.dilation.h == 1 && g.dilation.w == 1;
}

FastAlgorithm chooseFastAlgorithm(const LayerGeometry& g)
{
    // The phase kernel's vectors run along a phase's output pixels: worth it when a phase row
    // fills a few 16-lane vectors. The tap GEMM's vectors run along (channel, tap) and its
    // fused col2im costs one scalar add per product row and pixel: worth it when each of those
    // sums many input channels.
    // Both repack what they read (the phase kernel its weights and input, the tap GEMM nothing
    // but a tile's worth), so the phase kernel also needs each weight to meet many input pixels:
    // a 1×1 input under a 16384×16384 kernel would copy a gigabyte to use each weight once.
    // Winograd's 9 products for 16 need each weight's transform (9/4 of the weights) to meet many
    // tiles, and its vectors run along output channels, padded to whole ones: worth it for a
    // large input of many channels.
    if (winogradApplies(g) && g.inPerGroup() >= 16 && g.outPerGroup() >= 32 && g.input.h >= 16 && g.input.w >= 16)
        return FastAlgorithm::Winograd;
    const std::int64_t phaseRow = g.output.w / g.stride.w;
    if (phaseRow >= 32 && g.input.h * g.input.w >= 64)
        return FastAlgorithm::Phase;
    if (g.inPerGroup() >= 32 && g.outPerGroup() * g.kernel.h * g.kernel.w >= 32)
        return FastAlgorithm::TapGemm;
    return FastAlgorithm::GemmCol2im;
}

namespace simd {

Tensor fastConvTransposeWith(InstructionSet isa, FastAlgorithm algorithm, const Layer& layer)
{
    if (!cpuSupports(isa))
        throw std::runtime_error(std::string("fastConvTranspose: this CPU cannot run the ") + isaTitle(isa) + " build");
    const Kernels kernels = kernelsOf(isa);
    if (algorithm == FastAlgorithm::Winograd && !winogradApplies(layer.geometry))
        algorithm = FastAlgorithm::Phase;
    if (algorithm == FastAlgorithm::GemmCol2im)
        return kernels.gemmCol2im(layer);

    const LayerGeometry& g = layer.geometry;
    // The tap GEMM adds into its output; the phase kernel writes every element of it, bias
    // included, so its output starts unset.
    Tensor out = algorithm == FastAlgorithm::Phase || algorithm == FastAlgorithm::Winograd ? Tensor::uninitialized({g.batch, g.out_channels, g.output.h, g.output.w})
                                                   : Tensor({g.batch, g.out_channels, g.output.h, g.output.w});
    const std::int64_t outG = g.outPerGroup();
    const std::int64_t units = g.batch * g.groups;  // (batch element, group) pairs
    const std::int64_t wanted = multiplyAdds(g) < kMinParallelWork ? 1 : std::max<std::int64_t>(1, kBandsWanted / units);
    const std::int64_t channelBands = std::min(wanted, (outG + kChannelQuantum - 1) / kChannelQuantum);

    if (algorithm == FastAlgorithm::Winograd) {
        const std::int64_t weightsPerGroup =
            g.stride.h * g.stride.w * 9 * g.inPerGroup() * kernels.winogradPaddedOut(outG);
        const auto weights = std::make_unique_for_overwrite<float[]>(static_cast<std::size_t>(weightsPerGroup * g.groups));
        for (std::int64_t group = 0; group < g.groups; ++group)
            kernels.packWinogradWeights(layer, group, weights.get() + group * weightsPerGroup);
        const std::int64_t tileRows = kernels.winogradTileRows(g);
        const std::int64_t rowBands = std::min(tileRows, wanted);
        runBands(units * rowBands, [&](std::int64_t band) {
            const std::int64_t unit = band / rowBands, group = unit % g.groups;
            const auto [my0, my1] = part(tileRows, rowBands, band % rowBands, 1);
            kernels.winogradKernel(layer, weights.get() + group * weightsPerGroup, out.data(), unit / g.groups, group,
                                   my0, my1);
        });
        return out;  // bias added as it writes
    } else if (algorithm == FastAlgorithm::TapGemm) {
        runBands(units * channelBands, [&](std::int64_t band) {
            const std::int64_t unit = band / channelBands;
            const auto [co0, co1] = part(outG, channelBands, band % channelBands, kChannelQuantum);
            kernels.tapGemm(layer, out.data(), unit / g.groups, unit % g.groups, co0, co1);
        });
    } else {
        // Bands of rows too, when there are too few channels to share.
        const std::int64_t rowBands = std::min(g.output.h, std::max<std::int64_t>(1, wanted / channelBands));
        const std::int64_t weightsPerGroup = g.inPerGroup() * outG * g.kernel.h * g.kernel.w;
        const std::int64_t inputPerUnit = g.input.h * g.inPerGroup() * simd::phaseRowStride(g.input.w);
        // Not zeroed first: the packs write every float (a 64-channel 64×64 input is 1.3 MB).
        const auto weights = std::make_unique_for_overwrite<float[]>(static_cast<std::size_t>(weightsPerGroup * g.groups));
        const auto input = std::make_unique_for_overwrite<float[]>(static_cast<std::size_t>(inputPerUnit * units));
        for (std::int64_t group = 0; group < g.groups; ++group)
            kernels.packPhaseWeights(layer, group, weights.get() + group * weightsPerGroup);
        // The input in bands of rows too: on one thread its copy was a fifth of the 3-channel
        // 256×256 layer's time on two.
        const std::int64_t inputBands = std::min(g.input.h, wanted);
        runBands(units * inputBands, [&](std::int64_t band) {
            const std::int64_t unit = band / inputBands;
            const auto [iy0, iy1] = part(g.input.h, inputBands, band % inputBands, 1);
            kernels.packPhaseInput(layer, unit / g.groups, unit % g.groups, iy0, iy1, input.get() + unit * inputPerUnit);
        });
        const std::int64_t perUnit = channelBands * rowBands;
        runBands(units * perUnit, [&](std::int64_t band) {
            const std::int64_t unit = band / perUnit, group = unit % g.groups;
            const auto [co0, co1] = part(outG, channelBands, band % perUnit / rowBands, kChannelQuantum);
            const auto [oy0, oy1] = part(g.output.h, rowBands, band % rowBands, 1);
            kernels.phaseKernel(layer, weights.get() + group * weightsPerGroup, input.get() + unit * inputPerUnit,
                                out.data(), unit / g.groups, group, co0, co1, oy0, oy1);
        });
        return out;  // the phase kernel adds the bias as it writes
    }
    layer.addBias(out);
    return out;
}

Tensor fastConvTransposeWith(InstructionSet isa, const Layer& layer)
{
    return fastConvTransposeWith(isa, chooseFastAlgorithm(layer.geometry), layer);
}

} // namespace simd

Tensor fastConvTranspose(const Layer& layer)
{
    return simd::fastConvTransposeWith(simd::activeInstructionSet(),
                                       forcedAlgorithm().value_or(chooseFastAlgorithm(layer.geometry)), layer);
}

} // namespace sb
