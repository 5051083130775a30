// SPDX-License-Identifier: MIT
// TensorFill: the named fills a config or the editor can ask for instead of listing values.
#pragma once

#include "core/Tensor.h"

#include <cstdint>
#include <optional>
#include <string>

namespace sb {

enum class FillKind { Zeros, Ones, Arange, Random, Impulse };

std::optional<FillKind> fillKindFromName(const std::string& name);  // "zeros", "ones", ...
std::string fillKindName(FillKind kind);

struct FillSpec {
    FillKind kind = FillKind::Ones;
    float start = 0.0f;        // Arange: first value (d2l counts from 0, seed 004's kernel from 1)
    std::uint64_t seed = 0;    // Random: same seed, same values on every machine
};

// Zeros/Ones: constant. Arange: start, start+1, … in row-major order. Random: uniform in [−1, 1)
// rounded to two decimals, so values stay readable in a cell. Impulse: 1 at the centre
// (H/2, W/2) of every plane, 0 elsewhere.
Tensor makeFilled(const Shape& shape, const FillSpec& spec);

} // namespace sb
