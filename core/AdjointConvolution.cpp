// SPDX-License-Identifier: MIT
// AdjointConvolution: both directions walk the same (input element, tap) pairs: the output cell of
// a pair is y = iy·s + ky·d − p (and likewise x), kept when it lies in the output. Conv2d gathers
// z there into the input's element; the transposed convolution scatters x there. Reading one loop
// both ways is exactly what "W and Wᵀ" means.
#include "core/AdjointConvolution.h"

#include "core/TensorFill.h"

#include <stdexcept>
#include <vector>

namespace sb {

namespace {

// Calls fn(n, ci, iy, ix, co, oy, ox, w) for every kept (element, tap, output channel) of the layer.
template <typename Fn>
void forEachPair(const Layer& layer, Fn&& fn)
{
    const LayerGeometry& g = layer.geometry;
    for (std::int64_t n = 0; n < g.batch; ++n)
        for (std::int64_t ci = 0; ci < g.in_channels; ++ci) {
            const std::int64_t group = g.groupOfInput(ci);
            for (std::int64_t cog = 0; cog < g.outPerGroup(); ++cog) {
                const std::int64_t co = group * g.outPerGroup() + cog;
                for (std::int64_t iy = 0; iy < g.input.h; ++iy)
                    for (std::int64_t ky = 0; ky < g.kernel.h; ++ky) {
                        const std::int64_t oy = iy * g.stride.h + ky * g.dilation.h - g.padding.h;
                        if (oy < 0 || oy >= g.output.h)
                            continue;
                        for (std::int64_t ix = 0; ix < g.input.w; ++ix)
                            for (std::int64_t kx = 0; kx < g.kernel.w; ++kx) {
                                const std::int64_t ox = ix * g.stride.w + kx * g.dilation.w - g.padding.w;
                                if (ox < 0 || ox >= g.output.w)
                                    continue;
                                fn(n, ci, iy, ix, co, oy, ox, static_cast<double>(layer.weightAt(ci, cog, ky, kx)));
                            }
                    }
            }
        }
}

// Core works batched: (N, C_out, H_out, W_out) even when PyTorch would drop N.
Shape batchedOutput(const LayerGeometry& g)
{
    return {g.batch, g.out_channels, g.output.h, g.output.w};
}

Tensor fromDoubles(const Shape& shape, const std::vector<double>& values)
{
    return Tensor(shape, Floats(values.begin(), values.end()));
}

} // namespace

std::int64_t AdjointConvolution::convSize(std::int64_t in, std::int64_t kernel, std::int64_t stride, std::int64_t padding,
                                          std::int64_t dilation)
{
    const std::int64_t span = in + 2 * padding - dilation * (kernel - 1) - 1;
    // Floor division for a negative span (too small an input) too.
    return (span >= 0 ? span / stride : -((-span + stride - 1) / stride)) + 1;
}

Tensor AdjointConvolution::conv2d(const Layer& layer, const Tensor& z)
{
    const LayerGeometry& g = layer.geometry;
    if (z.shape() != batchedOutput(g))
        throw std::invalid_argument("z must have the layer's output shape " + formatShape(batchedOutput(g)) + ", got " + formatShape(z.shape()));
    const Shape shape{g.batch, g.in_channels, g.input.h, g.input.w};
    std::vector<double> out(static_cast<std::size_t>(checkedNumel(shape)), 0.0);
    forEachPair(layer, [&](std::int64_t n, std::int64_t ci, std::int64_t iy, std::int64_t ix, std::int64_t co, std::int64_t oy, std::int64_t ox,
                           double w) {
        out[static_cast<std::size_t>(((n * g.in_channels + ci) * g.input.h + iy) * g.input.w + ix)] += w * z.at(n, co, oy, ox);
    });
    return fromDoubles(shape, out);
}

Tensor AdjointConvolution::convTranspose2d(const Layer& layer)
{
    const LayerGeometry& g = layer.geometry;
    const Shape shape = batchedOutput(g);
    std::vector<double> out(static_cast<std::size_t>(checkedNumel(shape)), 0.0);
    forEachPair(layer, [&](std::int64_t n, std::int64_t ci, std::int64_t iy, std::int64_t ix, std::int64_t co, std::int64_t oy, std::int64_t ox,
                           double w) {
        out[static_cast<std::size_t>(((n * g.out_channels + co) * g.output.h + oy) * g.output.w + ox)] += w * layer.input.at(n, ci, iy, ix);
    });
    return fromDoubles(shape, out);
}

std::int64_t AdjointConvolution::nonZeros(const LayerGeometry& g)
{
    // The kept (i, k) pairs of one axis: i·s + k·d − p lands inside the output.
    const auto keptPairs = [](std::int64_t in, std::int64_t kernel, std::int64_t stride, std::int64_t dilation, std::int64_t padding,
                              std::int64_t out) {
        std::int64_t pairs = 0;
        for (std::int64_t i = 0; i < in; ++i)
            for (std::int64_t k = 0; k < kernel; ++k) {
                const std::int64_t o = i * stride + k * dilation - padding;
                pairs += (o >= 0 && o < out) ? 1 : 0;
            }
        return pairs;
    };
    return g.in_channels * g.outPerGroup() * keptPairs(g.input.h, g.kernel.h, g.stride.h, g.dilation.h, g.padding.h, g.output.h)
           * keptPairs(g.input.w, g.kernel.w, g.stride.w, g.dilation.w, g.padding.w, g.output.w);
}

double AdjointConvolution::inner(const Tensor& a, const Tensor& b)
{
    if (a.shape() != b.shape())
        throw std::invalid_argument("inner product of " + formatShape(a.shape()) + " and " + formatShape(b.shape()));
    double sum = 0.0;
    for (std::size_t i = 0; i < a.values().size(); ++i)
        sum += static_cast<double>(a.values()[i]) * static_cast<double>(b.values()[i]);
    return sum;
}

AdjointConvolution::Check AdjointConvolution::check(const Layer& layer)
{
    Check c;
    c.z = makeFilled(batchedOutput(layer.geometry), FillSpec{FillKind::Random, 0.0f, 17});
    c.convOfZ = conv2d(layer, c.z);
    c.y = convTranspose2d(layer);
    c.left = inner(c.convOfZ, layer.input);
    c.right = inner(c.z, c.y);
    return c;
}

} // namespace sb
