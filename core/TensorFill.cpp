// SPDX-License-Identifier: MIT
#include "core/TensorFill.h"

#include <cmath>

namespace sb {

namespace {
// SplitMix64: tiny, fully specified, identical on every compiler, unlike std::uniform_real_distribution.
std::uint64_t splitMix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}
} // namespace

std::optional<FillKind> fillKindFromName(const std::string& name)
{
    if (name == "zeros") return FillKind::Zeros;
    if (name == "ones") return FillKind::Ones;
    if (name == "arange") return FillKind::Arange;
    if (name == "random") return FillKind::Random;
    if (name == "impulse") return FillKind::Impulse;
    return std::nullopt;
}

std::string fillKindName(FillKind kind)
{
    switch (kind) {
    case FillKind::Zeros: return "zeros";
    case FillKind::Ones: return "ones";
    case FillKind::Arange: return "arange";
    case FillKind::Random: return "random";
    case FillKind::Impulse: return "impulse";
    }
    return "ones";
}

Tensor makeFilled(const Shape& shape, const FillSpec& spec)
{
    Tensor tensor(shape, spec.kind == FillKind::Ones ? 1.0f : 0.0f);
    Floats& v = tensor.values();
    switch (spec.kind) {
    case FillKind::Zeros:
    case FillKind::Ones:
        break;
    case FillKind::Arange:
        for (std::size_t i = 0; i < v.size(); ++i)
            v[i] = spec.start + static_cast<float>(i);
        break;
    case FillKind::Random: {
        std::uint64_t state = spec.seed;
        for (float& value : v) {
            // 53 random bits → [0, 1) → [−1, 1), then two decimals so the numbers fit in a cell.
            const double unit = static_cast<double>(splitMix64(state) >> 11) * 0x1.0p-53;
            value = static_cast<float>(std::round((unit * 2.0 - 1.0) * 100.0) / 100.0);
        }
        break;
    }
    case FillKind::Impulse: {
        if (shape.size() < 2)
            break;
        const std::int64_t h = shape[shape.size() - 2], w = shape[shape.size() - 1];
        if (h == 0 || w == 0)
            break;
        const std::int64_t plane = h * w, centre = (h / 2) * w + w / 2;
        for (std::int64_t start = 0; start < tensor.numel(); start += plane)
            v[static_cast<std::size_t>(start + centre)] = 1.0f;
        break;
    }
    }
    return tensor;
}

} // namespace sb
