// SPDX-License-Identifier: MIT
// OneDnnBench: oneDNN's deconvolution_forward (forward inference, f32) on the bench's layers.
//
// Layouts: the user's tensors are NCHW, and the weight is PyTorch's (C_in, C_out, kH, kW), which
// oneDNN calls "iohw". The primitive is created with format_tag::any for src, weights and dst, so
// oneDNN picks its blocked layouts (nChw16c and friends on AVX-512) and runs as jit:avx512_core.
// That is how oneDNN is fastest: with NCHW forced on src and dst it falls back to x64:gemm:jit,
// measured here at 1.0 ms, 15-29 ms and 10-14 ms on the three layers instead of 0.6, 1.5 and 1.9.
// It is also how a network runs it: weights reordered once, activations staying blocked. So the
// reorders from and to NCHW happen outside the timed region and only the primitive's execution
// is timed (scatterboard's time, by contrast, reads and writes NCHW). The output is reordered back
// to NCHW once and compared with ours.
//
// Threads: Debian's libdnnl runs on OpenMP and sizes each primitive by omp_get_max_threads() when
// the primitive is created, so omp_set_num_threads() before creating it is enough.
#include "OneDnnBench.h"

#include "BenchTiming.h"

#include <oneapi/dnnl/dnnl.hpp>
#include <omp.h>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace sbbench {

namespace {

using dnnl::memory;

// oneDNN memory in `wanted`'s layout holding the values of `user`, reordered if the layouts differ.
memory inLayout(memory user, const memory::desc& wanted, const dnnl::engine& engine, dnnl::stream& stream)
{
    if (user.get_desc() == wanted)
        return user;
    memory converted(wanted, engine);
    dnnl::reorder(user, converted).execute(stream, user, converted);
    stream.wait();
    return converted;
}

} // namespace

std::string oneDnnVersion()
{
    const dnnl_version_t* version = dnnl_version();
    return "oneDNN " + std::to_string(version->major) + "." + std::to_string(version->minor);
}

std::optional<OneDnnTiming> timeOneDnnDeconvolution(const sb::Layer& layer, const sb::Tensor& expected, int threads,
                                                    int blocks, int perBlock, const std::function<void()>& alongside)
{
    const sb::LayerGeometry& g = layer.geometry;
    const std::int64_t outputCount = g.batch * g.out_channels * g.output.h * g.output.w;
    if (g.groups != 1 || expected.numel() != outputCount)
        return std::nullopt;
    const int previousThreads = omp_get_max_threads();
    omp_set_num_threads(threads);

    const dnnl::engine engine(dnnl::engine::kind::cpu, 0);
    dnnl::stream stream(engine);
    using tag = memory::format_tag;
    const auto f32 = memory::data_type::f32;
    const memory::dims srcDims{g.batch, g.in_channels, g.input.h, g.input.w};
    const memory::dims weightDims{g.out_channels, g.in_channels, g.kernel.h, g.kernel.w};  // oneDNN's order: O, I
    const memory::dims dstDims{g.batch, g.out_channels, g.output.h, g.output.w};
    // oneDNN's output size is (in - 1)·s - pad_l - pad_r + (k - 1)·d + 1; PyTorch's output_padding
    // (and output_size) add to the bottom and right, which is a smaller pad_r.
    const memory::dims paddingL{g.padding.h, g.padding.w};
    const memory::dims paddingR{(g.input.h - 1) * g.stride.h + (g.kernel.h - 1) * g.dilation.h + 1 - g.padding.h - g.output.h,
                                (g.input.w - 1) * g.stride.w + (g.kernel.w - 1) * g.dilation.w + 1 - g.padding.w - g.output.w};

    sb::Floats srcValues = layer.input.values();
    sb::Floats weightValues = layer.weight.values();
    std::vector<float> dstValues(static_cast<std::size_t>(expected.numel()));
    memory srcUser({srcDims, f32, tag::nchw}, engine, srcValues.data());
    memory weightUser({weightDims, f32, tag::iohw}, engine, weightValues.data());
    memory dstUser({dstDims, f32, tag::nchw}, engine, dstValues.data());

    const dnnl::deconvolution_forward::desc description(
        dnnl::prop_kind::forward_inference, dnnl::algorithm::deconvolution_direct, {srcDims, f32, tag::any},
        {weightDims, f32, tag::any}, {dstDims, f32, tag::any}, {g.stride.h, g.stride.w},
        {g.dilation.h - 1, g.dilation.w - 1}, paddingL, paddingR);  // oneDNN's dilation 0 is PyTorch's 1
    const dnnl::deconvolution_forward::primitive_desc chosen(description, engine);
    const dnnl::deconvolution_forward deconvolution(chosen);

    const memory src = inLayout(srcUser, chosen.src_desc(), engine, stream);
    const memory weights = inLayout(weightUser, chosen.weights_desc(), engine, stream);
    memory dst = chosen.dst_desc() == dstUser.get_desc() ? dstUser : memory(chosen.dst_desc(), engine);
    const std::unordered_map<int, memory> arguments{{DNNL_ARG_SRC, src}, {DNNL_ARG_WEIGHTS, weights}, {DNNL_ARG_DST, dst}};

    OneDnnTiming timing;
    timing.implementation = chosen.impl_info_str();
    const auto run = [&] {
        deconvolution.execute(stream, arguments);
        stream.wait();
    };
    if (alongside)
        std::tie(timing.milliseconds, timing.alongsideMilliseconds) = alternatingMedians(blocks, perBlock, run, alongside);
    else
        timing.milliseconds = medianMilliseconds(blocks * perBlock, run);

    if (dst != dstUser) {
        dnnl::reorder(dst, dstUser).execute(stream, dst, dstUser);
        stream.wait();
    }
    for (std::size_t i = 0; i < dstValues.size(); ++i) {
        timing.maxAbsDiff = std::max(timing.maxAbsDiff, std::abs(dstValues[i] - expected.values()[i]));
        timing.maxAbsExpected = std::max(timing.maxAbsExpected, std::abs(expected.values()[i]));
    }
    omp_set_num_threads(previousThreads);
    return timing;
}

} // namespace sbbench
