#include "core/FastConvTranspose.h"

#include <Eigen/Core>

#include <algorithm>

namespace sb {

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

Tensor fastConvTranspose(const Layer& layer)
{
    const LayerGeometry& g = layer.geometry;
    Tensor out({g.batch, g.out_channels, g.output.h, g.output.w});
    const std::int64_t plane = g.input.h * g.input.w;
    const std::int64_t taps = g.kernel.h * g.kernel.w;
    const std::int64_t inG = g.inPerGroup(), outG = g.outPerGroup();
    RowMajorMatrix columns(outG * taps, plane);

    for (std::int64_t n = 0; n < g.batch; ++n)
        for (std::int64_t group = 0; group < g.groups; ++group) {
            // Weights of the group: (inG) × (outG·kH·kW); input: (inG) × (H·W). Both contiguous.
            const Eigen::Map<const RowMajorMatrix> w(layer.weight.data() + group * inG * outG * taps, inG, outG * taps);
            const Eigen::Map<const RowMajorMatrix> x(layer.input.data() + (n * g.in_channels + group * inG) * plane,
                                                     inG, plane);
            columns.noalias() = w.transpose() * x;

            // col2im: row (co', ky, kx) of columns is that tap's H×W plane, added at (ky·d − p, kx·d − p)
            // with stride s; only the part that survives the crop is visited.
            for (std::int64_t cog = 0; cog < outG; ++cog) {
                float* o = out.data() + ((n * g.out_channels + group * outG + cog) * g.output.h) * g.output.w;
                for (std::int64_t ky = 0; ky < g.kernel.h; ++ky) {
                    std::int64_t iy0, iy1;
                    keptRange(ky, g.input.h, g.stride.h, g.dilation.h, g.padding.h, g.output.h, iy0, iy1);
                    for (std::int64_t kx = 0; kx < g.kernel.w; ++kx) {
                        std::int64_t ix0, ix1;
                        keptRange(kx, g.input.w, g.stride.w, g.dilation.w, g.padding.w, g.output.w, ix0, ix1);
                        const float* c = columns.data() + (cog * taps + ky * g.kernel.w + kx) * plane;
                        const std::int64_t xOffset = kx * g.dilation.w - g.padding.w;
                        for (std::int64_t iy = iy0; iy < iy1; ++iy) {
                            float* row = o + (iy * g.stride.h + ky * g.dilation.h - g.padding.h) * g.output.w + xOffset;
                            const float* src = c + iy * g.input.w;
                            for (std::int64_t ix = ix0; ix < ix1; ++ix)
                                row[ix * g.stride.w] += src[ix];
                        }
                    }
                }
            }
        }
    layer.addBias(out);
    return out;
}

} // namespace sb
