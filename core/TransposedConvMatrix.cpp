// SPDX-License-Identifier: MIT
#include "core/TransposedConvMatrix.h"

#include <Eigen/Core>

namespace sb {

TransposedConvMatrix::TransposedConvMatrix(Layer layer) : layer_(std::move(layer))
{
    const LayerGeometry& g = layer_.geometry;
    std::vector<Eigen::Triplet<float, std::int64_t>> entries;
    entries.reserve(static_cast<std::size_t>(g.in_channels * g.input.h * g.input.w * g.contributionsPerInputElement()));
    for (std::int64_t ci = 0; ci < g.in_channels; ++ci)
        for (std::int64_t cog = 0; cog < g.outPerGroup(); ++cog) {
            const std::int64_t co = g.groupOfInput(ci) * g.outPerGroup() + cog;
            for (std::int64_t iy = 0; iy < g.input.h; ++iy)
                for (std::int64_t ix = 0; ix < g.input.w; ++ix)
                    for (std::int64_t ky = 0; ky < g.kernel.h; ++ky)
                        for (std::int64_t kx = 0; kx < g.kernel.w; ++kx) {
                            const std::int64_t oy = g.fullY(iy, ky) - g.padding.h;
                            const std::int64_t ox = g.fullX(ix, kx) - g.padding.w;
                            if (g.keptY(oy) && g.keptX(ox))
                                entries.emplace_back(rowOf(ci, iy, ix), columnOf(co, oy, ox), layer_.weightAt(ci, cog, ky, kx));
                        }
        }
    w_.resize(g.in_channels * g.input.h * g.input.w, g.out_channels * g.output.h * g.output.w);
    w_.setFromTriplets(entries.begin(), entries.end());
}

std::int64_t TransposedConvMatrix::rowOf(std::int64_t ci, std::int64_t iy, std::int64_t ix) const
{
    const LayerGeometry& g = layer_.geometry;
    return (ci * g.input.h + iy) * g.input.w + ix;
}

std::int64_t TransposedConvMatrix::columnOf(std::int64_t co, std::int64_t oy, std::int64_t ox) const
{
    const LayerGeometry& g = layer_.geometry;
    return (co * g.output.h + oy) * g.output.w + ox;
}

Tensor TransposedConvMatrix::output() const
{
    const LayerGeometry& g = layer_.geometry;
    Tensor out({g.batch, g.out_channels, g.output.h, g.output.w});
    const std::int64_t inSize = w_.rows(), outSize = w_.cols();
    for (std::int64_t n = 0; n < g.batch; ++n) {
        const Eigen::Map<const Eigen::VectorXf> x(layer_.input.data() + n * inSize, inSize);
        Eigen::Map<Eigen::VectorXf> y(out.data() + n * outSize, outSize);
        y.noalias() = w_.transpose() * x;
    }
    layer_.addBias(out);
    return out;
}

} // namespace sb
