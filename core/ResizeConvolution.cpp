// SPDX-License-Identifier: MIT
#include "core/ResizeConvolution.h"

#include "core/FastConvTranspose.h"

#include <algorithm>
#include <cmath>

namespace sb {

namespace {

// PyTorch's source index for align_corners=False: (dst + 0.5)·in/out − 0.5, not below 0.
double linearSource(std::int64_t dst, std::int64_t in, std::int64_t out)
{
    return std::max(0.0, (static_cast<double>(dst) + 0.5) * static_cast<double>(in) / static_cast<double>(out) - 0.5);
}

} // namespace

Tensor upsample(const Tensor& input, Size2 size, UpsampleMode mode)
{
    const std::int64_t n = input.size(0), c = input.size(1), h = input.size(2), w = input.size(3);
    Tensor out({n, c, size.h, size.w});
    for (std::int64_t b = 0; b < n; ++b)
        for (std::int64_t ch = 0; ch < c; ++ch)
            for (std::int64_t y = 0; y < size.h; ++y)
                for (std::int64_t x = 0; x < size.w; ++x) {
                    if (mode == UpsampleMode::Nearest) {
                        // PyTorch's "nearest": floor(dst · in / out).
                        const std::int64_t sy = std::min(h - 1, static_cast<std::int64_t>(std::floor(y * (double(h) / size.h))));
                        const std::int64_t sx = std::min(w - 1, static_cast<std::int64_t>(std::floor(x * (double(w) / size.w))));
                        out.at(b, ch, y, x) = input.at(b, ch, sy, sx);
                        continue;
                    }
                    const double fy = linearSource(y, h, size.h), fx = linearSource(x, w, size.w);
                    const std::int64_t y0 = std::min<std::int64_t>(static_cast<std::int64_t>(fy), h - 1), x0 = std::min<std::int64_t>(static_cast<std::int64_t>(fx), w - 1);
                    const std::int64_t y1 = std::min(y0 + 1, h - 1), x1 = std::min(x0 + 1, w - 1);
                    const double ly = fy - y0, lx = fx - x0;
                    out.at(b, ch, y, x) = static_cast<float>(
                        (1 - ly) * ((1 - lx) * input.at(b, ch, y0, x0) + lx * input.at(b, ch, y0, x1))
                        + ly * ((1 - lx) * input.at(b, ch, y1, x0) + lx * input.at(b, ch, y1, x1)));
                }
    return out;
}

Tensor conv2dSame(const Tensor& input, const Tensor& weight, std::int64_t groups)
{
    // A stride-1 convolution is a stride-1 transposed convolution with the kernel turned by 180°
    // and each group's (C_out, C_in) swapped, padded by k − 1 − top: so it runs on the fast path
    // (a photo under a 31×31 kernel is hundreds of millions of multiply-adds). An even kernel pads
    // one less than 'same' needs on its far side, which no padding of PyTorch's expresses: it is
    // computed one row and column wider and cropped from the second.
    const std::int64_t n = input.size(0), cin = input.size(1), h = input.size(2), w = input.size(3);
    const std::int64_t cout = weight.size(0), inG = weight.size(1), kh = weight.size(2), kw = weight.size(3);
    const std::int64_t outG = cout / groups;
    const std::int64_t evenH = kh % 2 == 0 ? 1 : 0, evenW = kw % 2 == 0 ? 1 : 0;
    ConvTransposeProblem problem;
    problem.params.in_channels = cin;
    problem.params.out_channels = cout;
    problem.params.kernel_size = {kh, kw};
    problem.params.padding = {kh - 1 - (kh - 1) / 2 - evenH, kw - 1 - (kw - 1) / 2 - evenW};
    problem.params.groups = groups;
    problem.input = input;
    problem.weight = Tensor({cin, outG, kh, kw});
    for (std::int64_t co = 0; co < cout; ++co)
        for (std::int64_t cig = 0; cig < inG; ++cig)
            for (std::int64_t ky = 0; ky < kh; ++ky)
                for (std::int64_t kx = 0; kx < kw; ++kx)
                    problem.weight.at((co / outG) * inG + cig, co % outG, kh - 1 - ky, kw - 1 - kx) = weight.at(co, cig, ky, kx);
    const Tensor wide = fastConvTranspose(validate(problem));  // (n, cout, h + evenH, w + evenW)
    Tensor out({n, cout, h, w});
    for (std::int64_t b = 0; b < n; ++b)
        for (std::int64_t co = 0; co < cout; ++co)
            for (std::int64_t y = 0; y < h; ++y) {
                const float* from = wide.data() + ((b * cout + co) * (h + evenH) + y + evenH) * (w + evenW) + evenW;
                std::copy(from, from + w, out.data() + ((b * cout + co) * h + y) * w);
            }
    return out;
}

ResizeConvolution::ResizeConvolution(const Layer& layer, UpsampleMode mode)
{
    const LayerGeometry& g = layer.geometry;
    size_ = g.output;
    kernel_ = g.kernel;
    upsampled_ = upsample(layer.input, size_, mode);
    // The transposed layer's weight (C_in, C_out/g, k, k) read as a convolution's (C_out, C_in/g, k, k).
    Tensor weight({g.out_channels, g.inPerGroup(), g.kernel.h, g.kernel.w});
    for (std::int64_t ci = 0; ci < g.in_channels; ++ci)
        for (std::int64_t cog = 0; cog < g.outPerGroup(); ++cog)
            for (std::int64_t ky = 0; ky < g.kernel.h; ++ky)
                for (std::int64_t kx = 0; kx < g.kernel.w; ++kx)
                    weight.at(g.groupOfInput(ci) * g.outPerGroup() + cog, ci % g.inPerGroup(), ky, kx) = layer.weightAt(ci, cog, ky, kx);
    output_ = conv2dSame(upsampled_, weight, g.groups);
    layer.addBias(output_);
}

std::int32_t ResizeConvolution::overlapAt(std::int64_t oy, std::int64_t ox) const
{
    auto inside = [](std::int64_t at, std::int64_t kernel, std::int64_t size) {
        const std::int64_t before = (kernel - 1) / 2;
        std::int32_t count = 0;
        for (std::int64_t k = 0; k < kernel; ++k)
            count += at + k - before >= 0 && at + k - before < size;
        return count;
    };
    return inside(oy, kernel_.h, size_.h) * inside(ox, kernel_.w, size_.w);
}

} // namespace sb
