// SPDX-License-Identifier: MIT
// LayoutLayers: the layers the layout test draws — every preset, and random layers of the kinds
// that broke the pictures: sizes 1–12, rectangular kernels, groups, batches, decimals, large and
// negative values. A seed gives the same layer on every machine, and a description names it.
#pragma once

#include "app/config/BuiltinPresets.h"
#include "app/config/ConfigReader.h"
#include "core/ConvModuleConversion.h"
#include "core/Layer.h"
#include "core/TensorFill.h"

#include <QFileInfo>
#include <QString>

#include <random>
#include <vector>

namespace sbtest {

struct NamedLayer {
    QString name;
    sb::Layer layer;
};

inline std::vector<NamedLayer> presetLayers()
{
    std::vector<NamedLayer> layers;
    for (const QString& path : sb::BuiltinPresets::paths())
        layers.push_back({QFileInfo(path).baseName(), sb::validateConfig(sb::readConfigFile(path), path)});
    return layers;
}

// Large layers: a 16×16 input and a 40×40 one, where pictures must stay within 4000 px a side
// and draw colour where numbers no longer fit.
inline std::vector<NamedLayer> largeLayers()
{
    std::vector<NamedLayer> layers;
    for (int side : {16, 40}) {
        std::mt19937 rng(static_cast<unsigned>(side));
        sb::ConvTransposeProblem p;
        p.params.kernel_size = {4, 4};
        p.params.stride = {2, 2};
        p.params.padding = {1, 1};
        p.input = sb::makeFilled({1, 1, side, side}, {sb::FillKind::Random, 0, rng()});
        p.weight = sb::makeFilled({1, 1, 4, 4}, {sb::FillKind::Random, 0, rng()});
        layers.push_back({QStringLiteral("large %1x%1 k4 s2 p1").arg(side), sb::validate(p)});
    }
    return layers;
}

// The sweep's largest: a 1000×1000 input (a million output cells), whose pictures were 265,000 px
// wide and whose side-by-side view once took minutes.
inline NamedLayer millionLayer()
{
    sb::ConvTransposeProblem p;
    p.params.kernel_size = {2, 2};
    p.input = sb::makeFilled({1, 1, 1000, 1000}, {sb::FillKind::Random, 0, 7});
    p.weight = sb::makeFilled({1, 1, 2, 2}, {sb::FillKind::Random, 0, 8});
    return {QStringLiteral("huge 1000x1000 k2 s1"), sb::validate(p)};
}

// Values of one of six styles, so grids of integers, decimals, large and negative numbers all occur.
inline sb::Tensor styledValues(const sb::Shape& shape, int style, std::mt19937& rng)
{
    sb::Tensor t = sb::makeFilled(shape, {sb::FillKind::Random, 0, rng()});
    std::uniform_real_distribution<float> any(-1.0f, 1.0f);
    float* v = t.data();
    for (std::int64_t i = 0; i < t.numel(); ++i) {
        switch (style) {
        case 0: v[i] = 1.0f; break;                                        // ones
        case 1: v[i] = static_cast<float>(i + 1); break;                   // arange
        case 2: break;                                                     // decimals in [−1, 1)
        case 3: v[i] = std::round(any(rng) * 1234567.0f) / 100.0f; break;  // large decimals (±12345.67)
        case 4: v[i] = -static_cast<float>(i % 23) - 10.0f; break;         // negative integers
        default: v[i] = any(rng) * 0.001f; break;                          // tiny decimals
        }
    }
    return t;
}

inline NamedLayer randomLayoutLayer(unsigned seed)
{
    std::mt19937 rng(seed);
    auto pick = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    for (;;) {
        sb::ConvTransposeProblem p;
        p.params.groups = pick(1, 4) == 1 ? pick(2, 3) : 1;
        p.params.in_channels = p.params.groups * pick(1, 2);
        p.params.out_channels = p.params.groups * pick(1, 2);
        p.params.kernel_size = {pick(1, 5), pick(1, 5)};
        p.params.stride = {pick(1, 3), pick(1, 3)};
        p.params.padding = {pick(0, 2), pick(0, 2)};
        p.params.dilation = pick(1, 4) == 1 ? sb::Size2{pick(1, 2), pick(1, 2)} : sb::Size2{1, 1};
        p.params.output_padding = pick(1, 3) == 1 ? sb::Size2{pick(0, 1), pick(0, 1)} : sb::Size2{0, 0};
        p.params.bias = pick(0, 2) == 0;
        const int batch = pick(1, 2);
        const sb::Shape inShape{batch, p.params.in_channels, pick(1, 12), pick(1, 12)};
        const int inputStyle = pick(0, 5), weightStyle = pick(0, 5);
        p.input = styledValues(inShape, inputStyle, rng);
        p.weight = styledValues({p.params.in_channels, p.params.out_channels / p.params.groups, p.params.kernel_size.h,
                                 p.params.kernel_size.w},
                                weightStyle, rng);
        if (p.params.bias)
            p.bias = sb::toVector(styledValues({p.params.out_channels}, pick(2, 3), rng).values());
        // One seed in five draws a ConvTranspose1d: the same draw cut to its first row (the other
        // seeds keep the layers they always had).
        if (seed % 5 == 4)
            p = sb::slicedTo1d(p);
        try {
            sb::Layer layer = sb::validate(p);
            const auto& g = layer.geometry;
            const QString name = QStringLiteral("%21random %1: in %2x%3x%4x%5 k%6x%7 s%8x%9 p%10x%11 op%12x%13 d%14x%15 g%16 out%17%18 values %19/%20")
                                     .arg(seed)
                                     .arg(g.batch).arg(g.in_channels).arg(g.input.h).arg(g.input.w)
                                     .arg(g.kernel.h).arg(g.kernel.w).arg(g.stride.h).arg(g.stride.w)
                                     .arg(g.padding.h).arg(g.padding.w).arg(g.output_padding.h).arg(g.output_padding.w)
                                     .arg(g.dilation.h).arg(g.dilation.w).arg(g.groups).arg(g.out_channels)
                                     .arg(layer.hasBias() ? QStringLiteral(" bias") : QString())
                                     .arg(inputStyle).arg(weightStyle)
                                     .arg(g.is1d() ? QStringLiteral("ConvTranspose1d ") : QString());
            return {name, std::move(layer)};
        } catch (const std::exception&) {
            // PyTorch would refuse this draw (output too small, output_padding too large): draw again.
        }
    }
}

} // namespace sbtest
