// SPDX-License-Identifier: MIT
#include "app/render/SceneNumbers.h"

#include "core/OverlapMap.h"

#include <algorithm>
#include <cmath>

namespace sb {

namespace {

GridNumbers gridOf(const NumberSurvey& values)
{
    GridNumbers g;
    g.format = NumberFormat::forSurvey(values);
    g.widest = g.format.widest(values);
    g.maxAbs = values.maxAbs();
    return g;
}

} // namespace

SceneNumbers SceneNumbers::of(const ScatterRecord& record, const PlaneStory& story, PlaneSelection plane)
{
    const Layer& layer = record.layer();
    const LayerGeometry& g = record.geometry();
    const std::int64_t first = g.firstInputOfOutput(plane.co), cog = plane.co % g.outPerGroup();
    NumberSurvey input, kernel;
    for (std::int64_t ci = first; ci < first + g.inPerGroup(); ++ci) {
        for (std::int64_t iy = 0; iy < g.input.h; ++iy)
            for (std::int64_t ix = 0; ix < g.input.w; ++ix)
                input.add(layer.input.at(plane.n, ci, iy, ix));
        for (std::int64_t ky = 0; ky < g.kernel.h; ++ky)
            for (std::int64_t kx = 0; kx < g.kernel.w; ++kx)
                kernel.add(layer.weightAt(ci, cog, ky, kx));
    }

    // The sums grids show every product, every partial sum of a full-buffer cell as the
    // contributions land (in story order, as the animation adds them), and every output value:
    // surveyed as they are computed, never held (twice the contributions of the plane).
    const Size2 full = g.full();
    NumberSurvey sums;
    std::vector<double> running(static_cast<std::size_t>(full.h * full.w), 0.0);
    for (std::int64_t q = 0; q < story.size(); ++q) {
        const StoryContribution& c = story.at(q);
        double& cell = running[static_cast<std::size_t>(c.y * full.w + c.x)];
        cell += c.value;
        sums.add(c.value);
        sums.add(static_cast<float>(cell));
    }
    const double bias = layer.hasBias() ? layer.bias[static_cast<std::size_t>(plane.co)] : 0.0;
    for (std::int64_t oy = 0; oy < g.output.h; ++oy)
        for (std::int64_t ox = 0; ox < g.output.w; ++ox) {
            const std::int64_t y = oy + g.padding.h, x = ox + g.padding.w;
            const double v = y < full.h && x < full.w ? running[static_cast<std::size_t>(y * full.w + x)] : 0.0;
            sums.add(static_cast<float>(v + bias));
        }
    if (layer.hasBias())
        sums.add(bias);

    SceneNumbers n;
    n.input = gridOf(input);
    n.kernel = gridOf(kernel);
    n.sums = gridOf(sums);
    n.widestCount = QString::number(OverlapMap(g).maximum());
    return n;
}

} // namespace sb
