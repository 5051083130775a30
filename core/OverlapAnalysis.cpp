// SPDX-License-Identifier: MIT
#include "core/OverlapAnalysis.h"

#include <algorithm>
#include <set>

namespace sb {

namespace {

std::vector<std::int32_t> residuePattern(std::int64_t kernel, std::int64_t stride, std::int64_t dilation)
{
    std::vector<std::int32_t> pattern(static_cast<std::size_t>(stride), 0);
    for (std::int64_t k = 0; k < kernel; ++k)
        ++pattern[static_cast<std::size_t>((k * dilation) % stride)];
    return pattern;
}

bool constant(const std::vector<std::int32_t>& v)
{
    return std::all_of(v.begin(), v.end(), [&](std::int32_t x) { return x == v.front(); });
}

void add(OverlapStatistics& s, std::int32_t count)
{
    if (s.cells == 0) {
        s.minimum = s.maximum = count;
    } else {
        s.minimum = std::min(s.minimum, count);
        s.maximum = std::max(s.maximum, count);
    }
    ++s.cells;
}

// A full-buffer index f is interior on an axis when every tap k has an input index that could
// land on it: f − k·d ∈ [0, (n − 1)·s] for all k.
bool interiorOnAxis(std::int64_t f, std::int64_t n, std::int64_t kernel, std::int64_t s, std::int64_t d)
{
    return f - (kernel - 1) * d >= 0 && f <= (n - 1) * s;
}

} // namespace

OverlapAnalysis::OverlapAnalysis(const LayerGeometry& g)
    : geometry_(g),
      map_(g),
      rowPattern_(residuePattern(g.kernel.h, g.stride.h, g.dilation.h)),
      columnPattern_(residuePattern(g.kernel.w, g.stride.w, g.dilation.w))
{
    for (std::int64_t oy = 0; oy < map_.height(); ++oy)
        for (std::int64_t ox = 0; ox < map_.width(); ++ox) {
            const std::int32_t count = map_.at(oy, ox);
            add(all_, count);
            add(isInterior(oy, ox) ? interior_ : border_, count);
        }
}

bool OverlapAnalysis::evenAxis(std::int64_t kernel, std::int64_t stride, std::int64_t dilation)
{
    return constant(residuePattern(kernel, stride, dilation));
}

bool OverlapAnalysis::evenRows() const { return constant(rowPattern_); }
bool OverlapAnalysis::evenColumns() const { return constant(columnPattern_); }

bool OverlapAnalysis::isInterior(std::int64_t oy, std::int64_t ox) const
{
    const LayerGeometry& g = geometry_;
    return interiorOnAxis(oy + g.padding.h, g.input.h, g.kernel.h, g.stride.h, g.dilation.h)
           && interiorOnAxis(ox + g.padding.w, g.input.w, g.kernel.w, g.stride.w, g.dilation.w);
}

std::string OverlapAnalysis::verdict() const
{
    const LayerGeometry& g = geometry_;
    auto axis = [](std::int64_t k, std::int64_t s, std::int64_t d, const char* name) {
        std::string text = std::string(name) + " kernel " + std::to_string(k);
        if (d != 1)
            text += " (dilation " + std::to_string(d) + ")";
        return text + " over stride " + std::to_string(s);
    };
    std::set<std::int32_t> values;
    for (std::int32_t r : rowPattern_)
        for (std::int32_t c : columnPattern_)
            values.insert(r * c);
    std::string counts;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it != values.begin())
            counts += std::next(it) == values.end() ? " or " : ", ";
        counts += std::to_string(*it);
    }
    const std::string noun = values.size() == 1 && *values.begin() == 1 ? " contribution" : " contributions";
    if (even())
        return "even: every interior cell receives " + counts + noun + " (" + axis(g.kernel.h, g.stride.h, g.dilation.h, "height")
               + ", " + axis(g.kernel.w, g.stride.w, g.dilation.w, "width") + " divide evenly)";
    std::string uneven;
    if (!evenRows())
        uneven += axis(g.kernel.h, g.stride.h, g.dilation.h, "height");
    if (!evenColumns())
        uneven += (uneven.empty() ? "" : "; ") + axis(g.kernel.w, g.stride.w, g.dilation.w, "width");
    return "uneven: interior cells receive " + counts + " contributions in a checkerboard of period (" + std::to_string(g.stride.h)
           + ", " + std::to_string(g.stride.w) + "), because " + uneven + " does not divide evenly";
}

} // namespace sb
