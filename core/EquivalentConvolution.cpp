// SPDX-License-Identifier: MIT
#include "core/EquivalentConvolution.h"

namespace sb {

EquivalentConvolution::EquivalentConvolution(Layer layer) : layer_(std::move(layer)) {}

Size2 EquivalentConvolution::border() const
{
    const LayerGeometry& g = layer_.geometry;
    return {g.dilation.h * (g.kernel.h - 1) - g.padding.h, g.dilation.w * (g.kernel.w - 1) - g.padding.w};
}

Size2 EquivalentConvolution::paddedSize() const
{
    // (H−1)·s + 1 after zero insertion, the border on both sides, output_padding at the bottom/right.
    const LayerGeometry& g = layer_.geometry;
    const Size2 b = border();
    return {(g.input.h - 1) * g.stride.h + 1 + 2 * b.h + g.output_padding.h,
            (g.input.w - 1) * g.stride.w + 1 + 2 * b.w + g.output_padding.w};
}

bool EquivalentConvolution::sourceOf(std::int64_t py, std::int64_t px, std::int64_t& iy, std::int64_t& ix) const
{
    const LayerGeometry& g = layer_.geometry;
    const Size2 b = border();
    // Padded index − border = index in the zero-inserted input; only multiples of s hold elements.
    // A negative border shifts the other way, which is the crop.
    const std::int64_t zy = py - b.h, zx = px - b.w;
    if (zy < 0 || zx < 0 || zy % g.stride.h != 0 || zx % g.stride.w != 0)
        return false;
    iy = zy / g.stride.h;
    ix = zx / g.stride.w;
    return iy < g.input.h && ix < g.input.w;
}

std::vector<float> EquivalentConvolution::paddedInput(std::int64_t n, std::int64_t ci) const
{
    const Size2 size = paddedSize();
    std::vector<float> plane(static_cast<std::size_t>(size.h * size.w), 0.0f);
    std::int64_t iy = 0, ix = 0;
    for (std::int64_t py = 0; py < size.h; ++py)
        for (std::int64_t px = 0; px < size.w; ++px)
            if (sourceOf(py, px, iy, ix))
                plane[static_cast<std::size_t>(py * size.w + px)] = layer_.input.at(n, ci, iy, ix);
    return plane;
}

std::vector<float> EquivalentConvolution::flippedKernel(std::int64_t ci, std::int64_t coInGroup) const
{
    const Size2 k = layer_.geometry.kernel;
    std::vector<float> flipped(static_cast<std::size_t>(k.h * k.w));
    for (std::int64_t ky = 0; ky < k.h; ++ky)
        for (std::int64_t kx = 0; kx < k.w; ++kx)
            flipped[static_cast<std::size_t>(ky * k.w + kx)] = layer_.weight.at(ci, coInGroup, k.h - 1 - ky, k.w - 1 - kx);
    return flipped;
}

Tensor EquivalentConvolution::output() const
{
    const LayerGeometry& g = layer_.geometry;
    const Size2 size = paddedSize();
    Tensor out({g.batch, g.out_channels, g.output.h, g.output.w});
    for (std::int64_t n = 0; n < g.batch; ++n)
        for (std::int64_t ci = 0; ci < g.in_channels; ++ci) {
            const std::vector<float> padded = paddedInput(n, ci);
            // Which padded cells hold an input element: inserted and border zeros are skipped rather
            // than multiplied, so an infinite weight gives what PyTorch gives (its scatter never
            // computes 0·inf), not NaN.
            std::vector<char> holdsElement(padded.size());
            std::int64_t iy = 0, ix = 0;
            for (std::int64_t py = 0; py < size.h; ++py)
                for (std::int64_t px = 0; px < size.w; ++px)
                    holdsElement[static_cast<std::size_t>(py * size.w + px)] = sourceOf(py, px, iy, ix);
            const std::int64_t group = g.groupOfInput(ci);
            for (std::int64_t cog = 0; cog < g.outPerGroup(); ++cog) {
                const std::vector<float> kernel = flippedKernel(ci, cog);
                const std::int64_t co = group * g.outPerGroup() + cog;
                // Direct convolution, stride 1, the layer's dilation: out[oy, ox] = Σ padded[oy + ky·d, ox + kx·d] · flipped[ky, kx].
                for (std::int64_t oy = 0; oy < g.output.h; ++oy)
                    for (std::int64_t ox = 0; ox < g.output.w; ++ox) {
                        float sum = 0.0f;
                        for (std::int64_t ky = 0; ky < g.kernel.h; ++ky)
                            for (std::int64_t kx = 0; kx < g.kernel.w; ++kx) {
                                const auto at = static_cast<std::size_t>((oy + ky * g.dilation.h) * size.w + ox + kx * g.dilation.w);
                                if (holdsElement[at])
                                    sum += padded[at] * kernel[static_cast<std::size_t>(ky * g.kernel.w + kx)];
                            }
                        out.at(n, co, oy, ox) += sum;
                    }
            }
        }
    layer_.addBias(out);
    return out;
}

} // namespace sb
