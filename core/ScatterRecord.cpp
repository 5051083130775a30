// SPDX-License-Identifier: MIT
#include "core/ScatterRecord.h"

#include <algorithm>
#include <stdexcept>

namespace sb {

ScatterRecord::ScatterRecord(Layer layer, std::int64_t budget, const ProgressCallback& progress) : layer_(std::move(layer))
{
    const LayerGeometry& g = layer_.geometry;
    const std::int64_t count = g.contributionCount();
    if (count > budget)
        throw std::length_error("the scatter record would hold " + std::to_string(count)
                                + " contributions, more than its budget of " + std::to_string(budget));
    values_.resize(static_cast<std::size_t>(count));

    // Element (n, ci, iy, ix) contributes x · w[ci] for every (co', ky, kx): the weight block of
    // channel ci is contiguous, so each element's run is one scaled copy of it.
    const std::int64_t per = g.contributionsPerInputElement();
    const std::int64_t plane = g.input.h * g.input.w;
    float* out = values_.data();
    for (std::int64_t n = 0; n < g.batch; ++n)
        for (std::int64_t ci = 0; ci < g.in_channels; ++ci) {
            const float* w = layer_.weight.data() + ci * per;
            const float* x = layer_.input.data() + (n * g.in_channels + ci) * plane;
            for (std::int64_t e = 0; e < plane; ++e, out += per) {
                // Asked once per input row: often enough to cancel within milliseconds.
                if (progress && e % g.input.w == 0 && !progress(static_cast<double>(out - values_.data()) / static_cast<double>(count)))
                    throw Cancelled();
                for (std::int64_t t = 0; t < per; ++t)
                    out[t] = x[e] * w[t];
            }
        }
}

Contribution ScatterRecord::at(std::int64_t index) const
{
    const LayerGeometry& g = geometry();
    Contribution c;
    c.index = index;
    const std::int64_t taps = g.kernel.h * g.kernel.w;
    std::int64_t element = index / (g.outPerGroup() * taps);
    const std::int64_t within = index % (g.outPerGroup() * taps);
    const std::int64_t coInGroup = within / taps;
    c.ky = (within % taps) / g.kernel.w;
    c.kx = (within % taps) % g.kernel.w;
    c.ix = element % g.input.w;
    element /= g.input.w;
    c.iy = element % g.input.h;
    element /= g.input.h;
    c.ci = element % g.in_channels;
    c.n = element / g.in_channels;
    c.co = g.groupOfInput(c.ci) * g.outPerGroup() + coInGroup;
    c.y = g.fullY(c.iy, c.ky);
    c.x = g.fullX(c.ix, c.kx);
    c.oy = c.y - g.padding.h;
    c.ox = c.x - g.padding.w;
    c.kept = g.keptY(c.oy) && g.keptX(c.ox);
    c.value = values_[static_cast<std::size_t>(index)];
    return c;
}

ContributionRange ScatterRecord::fromInput(std::int64_t n, std::int64_t ci, std::int64_t iy, std::int64_t ix) const
{
    const LayerGeometry& g = geometry();
    const std::int64_t element = ((n * g.in_channels + ci) * g.input.h + iy) * g.input.w + ix;
    const std::int64_t per = g.contributionsPerInputElement();
    return {element * per, (element + 1) * per};
}

std::vector<Contribution> ScatterRecord::intoFull(std::int64_t n, std::int64_t co, std::int64_t y, std::int64_t x) const
{
    const LayerGeometry& g = geometry();
    std::vector<Contribution> found;
    const std::int64_t group = g.groupOfOutput(co), coInGroup = co % g.outPerGroup();
    const std::int64_t taps = g.kernel.h * g.kernel.w;
    for (std::int64_t ci = group * g.inPerGroup(); ci < (group + 1) * g.inPerGroup(); ++ci)
        g.forEachTapAt(y, x, [&](std::int64_t iy, std::int64_t ix, std::int64_t ky, std::int64_t kx) {
            found.push_back(at(fromInput(n, ci, iy, ix).begin + coInGroup * taps + ky * g.kernel.w + kx));
        });
    std::sort(found.begin(), found.end(), [](const Contribution& a, const Contribution& b) { return a.index < b.index; });
    return found;
}

std::vector<Contribution> ScatterRecord::intoOutput(std::int64_t n, std::int64_t co, std::int64_t oy, std::int64_t ox) const
{
    const LayerGeometry& g = geometry();
    // Output cell (oy, ox) is full-buffer cell (oy + p, ox + p); output_padding cells past the
    // full buffer receive nothing.
    return intoFull(n, co, oy + g.padding.h, ox + g.padding.w);
}

void ScatterRecord::addPlane(std::int64_t n, std::int64_t co, float* full) const
{
    const LayerGeometry& g = geometry();
    const std::int64_t fullW = g.full().w, taps = g.kernel.h * g.kernel.w;
    const std::int64_t group = g.groupOfOutput(co), coInGroup = co % g.outPerGroup();
    // The plane's taps in record order: channel, input row, input column, then ky, kx. Walking
    // them with coordinates in hand, rather than through at(), takes no division per contribution.
    for (std::int64_t ci = group * g.inPerGroup(); ci < (group + 1) * g.inPerGroup(); ++ci)
        for (std::int64_t iy = 0; iy < g.input.h; ++iy)
            for (std::int64_t ix = 0; ix < g.input.w; ++ix) {
                const float* v = values_.data() + fromInput(n, ci, iy, ix).begin + coInGroup * taps;
                for (std::int64_t ky = 0; ky < g.kernel.h; ++ky) {
                    float* row = full + g.fullY(iy, ky) * fullW;
                    for (std::int64_t kx = 0; kx < g.kernel.w; ++kx)
                        row[g.fullX(ix, kx)] += *v++;
                }
            }
}

Tensor ScatterRecord::fullBuffer() const
{
    const LayerGeometry& g = geometry();
    const Size2 full = g.full();
    Tensor buffer({g.batch, g.out_channels, full.h, full.w});
    for (std::int64_t n = 0; n < g.batch; ++n)
        for (std::int64_t co = 0; co < g.out_channels; ++co)
            addPlane(n, co, buffer.data() + (n * g.out_channels + co) * full.h * full.w);
    return buffer;
}

void ScatterRecord::writePlaneOutput(std::int64_t n, std::int64_t co, std::vector<float>& full, float* out) const
{
    const LayerGeometry& g = geometry();
    const Size2 fullSize = g.full();
    full.assign(static_cast<std::size_t>(fullSize.h * fullSize.w), 0.0f);
    addPlane(n, co, full.data());
    const float bias = layer_.hasBias() ? layer_.bias[static_cast<std::size_t>(co)] : 0.0f;
    for (std::int64_t oy = 0; oy < g.output.h; ++oy)
        for (std::int64_t ox = 0; ox < g.output.w; ++ox) {
            const std::int64_t y = oy + g.padding.h, x = ox + g.padding.w;
            // Beyond the full buffer: output_padding rows and columns, which receive nothing.
            const float v = y < fullSize.h && x < fullSize.w ? full[static_cast<std::size_t>(y * fullSize.w + x)] : 0.0f;
            *out++ = v + bias;
        }
}

std::vector<float> ScatterRecord::planeOutput(std::int64_t n, std::int64_t co) const
{
    const LayerGeometry& g = geometry();
    std::vector<float> full, out(static_cast<std::size_t>(g.output.h * g.output.w));
    writePlaneOutput(n, co, full, out.data());
    return out;
}

Tensor ScatterRecord::output() const
{
    const LayerGeometry& g = geometry();
    Tensor out = Tensor::uninitialized({g.batch, g.out_channels, g.output.h, g.output.w});
    std::vector<float> full;  // one plane's sums, reused for every plane
    for (std::int64_t n = 0; n < g.batch; ++n)
        for (std::int64_t co = 0; co < g.out_channels; ++co)
            writePlaneOutput(n, co, full, out.data() + (n * g.out_channels + co) * g.output.h * g.output.w);
    return out;
}

} // namespace sb
