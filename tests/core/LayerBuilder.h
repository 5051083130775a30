// SPDX-License-Identifier: MIT
// LayerBuilder: terse construction of validated layers for core tests, and random valid layers
// for the property tests (a fixed seed per test row, so a failure names a reproducible case).
#pragma once

#include "core/Layer.h"
#include "core/ScatterRecord.h"
#include "core/TensorFill.h"

#include <QtTest>

#include <memory>
#include <random>
#include <string>

namespace sb {
// QCOMPARE prints tensors that differ (found by argument-dependent lookup).
inline char* toString(const Tensor& t)
{
    std::string text = "shape " + formatShape(t.shape()) + " values [";
    for (std::int64_t i = 0; i < std::min<std::int64_t>(t.numel(), 64); ++i)
        text += (i ? ", " : "") + std::to_string(t.values()[static_cast<std::size_t>(i)]);
    return qstrdup((text + (t.numel() > 64 ? ", …]" : "]")).c_str());
}
inline char* toString(const Size2& s)
{
    // Appended piece by piece: g++ 12 warns falsely (-Wrestrict) about "(" + std::string.
    std::string text = "(";
    text += std::to_string(s.h);
    text += ", ";
    text += std::to_string(s.w);
    text += ")";
    return qstrdup(text.c_str());
}
} // namespace sb

namespace sbtest {

inline sb::Tensor plane(int h, int w, std::initializer_list<float> values)
{
    return sb::Tensor({1, 1, h, w}, std::vector<float>(values));
}

// A one-channel layer: input (1,1,H,W), weight (1,1,kH,kW).
inline sb::Layer singleChannel(const sb::Tensor& input, const sb::Tensor& weight, sb::Size2 stride = 1,
                               sb::Size2 padding = 0, sb::Size2 outputPadding = 0, sb::Size2 dilation = 1)
{
    sb::ConvTransposeProblem p;
    p.params.kernel_size = {weight.size(2), weight.size(3)};
    p.params.stride = stride;
    p.params.padding = padding;
    p.params.output_padding = outputPadding;
    p.params.dilation = dilation;
    p.input = input;
    p.weight = weight;
    return sb::validate(p);
}

// The ranges randomLayer draws from; the defaults keep layers small enough for the scatter record.
struct RandomLayerRanges {
    int groups = 3, inPerGroup = 2, outPerGroup = 2, dilation = 3;
    int batchFrom = 0, batchTo = 2;  // a batch of 0 is an unbatched (C, H, W) input
    int height = 6, width = 6;
    bool kernelTwiceStride = false;  // kernel 2·stride and dilation 1 on both axes: the Winograd kernel's shapes
};

// A random valid problem spanning every argument: channels, groups, batch, tuples, dilation,
// output_padding and bias. Retries until validate() accepts it.
inline sb::Layer randomLayer(unsigned seed, std::string* description = nullptr, const RandomLayerRanges& r = {})
{
    std::mt19937 rng(seed);
    auto pick = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    for (;;) {
        sb::ConvTransposeProblem p;
        p.params.groups = pick(1, r.groups);
        p.params.in_channels = p.params.groups * pick(1, r.inPerGroup);
        p.params.out_channels = p.params.groups * pick(1, r.outPerGroup);
        p.params.kernel_size = {pick(1, 5), pick(1, 5)};
        p.params.stride = {pick(1, 3), pick(1, 3)};
        p.params.padding = {pick(0, 3), pick(0, 3)};
        p.params.dilation = {pick(1, r.dilation), pick(1, r.dilation)};
        p.params.output_padding = {pick(0, 2), pick(0, 2)};
        if (r.kernelTwiceStride) {  // after the picks above, so other ranges draw the same layers as before
            p.params.kernel_size = {2 * p.params.stride.h, 2 * p.params.stride.w};
            p.params.dilation = 1;
        }
        p.params.bias = pick(0, 1) == 1;
        const int n = pick(r.batchFrom, r.batchTo);
        const sb::Shape inShape = n == 0 ? sb::Shape{p.params.in_channels, pick(1, r.height), pick(1, r.width)}
                                         : sb::Shape{n, p.params.in_channels, pick(1, r.height), pick(1, r.width)};
        p.input = sb::makeFilled(inShape, {sb::FillKind::Random, 0, rng()});
        p.weight = sb::makeFilled({p.params.in_channels, p.params.out_channels / p.params.groups,
                                   p.params.kernel_size.h, p.params.kernel_size.w},
                                  {sb::FillKind::Random, 0, rng()});
        if (p.params.bias)
            p.bias = sb::toVector(sb::makeFilled({p.params.out_channels}, {sb::FillKind::Random, 0, rng()}).values());
        try {
            sb::Layer layer = sb::validate(p);
            if (description) {
                const auto& g = layer.geometry;
                *description = "in " + sb::formatShape(layer.input.shape()) + " k(" + std::to_string(g.kernel.h) + ","
                               + std::to_string(g.kernel.w) + ") s(" + std::to_string(g.stride.h) + ","
                               + std::to_string(g.stride.w) + ") p(" + std::to_string(g.padding.h) + ","
                               + std::to_string(g.padding.w) + ") op(" + std::to_string(g.output_padding.h) + ","
                               + std::to_string(g.output_padding.w) + ") d(" + std::to_string(g.dilation.h) + ","
                               + std::to_string(g.dilation.w) + ") g" + std::to_string(g.groups) + " Cout"
                               + std::to_string(g.out_channels) + (layer.hasBias() ? " bias" : "");
            }
            return layer;
        } catch (const std::exception&) {
            // Invalid draw (output padding too large, output too small): draw again.
        }
    }
}

// A record shared the way the pictures hold one.
inline std::shared_ptr<const sb::ScatterRecord> recordOf(sb::Layer layer)
{
    return std::make_shared<const sb::ScatterRecord>(std::move(layer));
}

} // namespace sbtest
