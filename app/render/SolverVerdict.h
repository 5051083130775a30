// SPDX-License-Identifier: MIT
// SolverVerdict: what the shape solver's verdict on a setting means, in words — its overlap (even,
// uneven, holes) and whether its padding crops whole kernel copies — as `scatterboard solve` and
// the window's Shape Solver write it.
#pragma once

#include "core/ShapeSolver.h"

#include <QString>

namespace sb {

// "even", "uneven" or "holes": the JSON's names (untranslated).
QString overlapName(AxisOverlap overlap);
// The verdict explained in a phrase, in the user's language.
QString solverVerdict(const AxisSetting& a);
// The verdict of a (height, width) pair: the worse axis's, both phrases when they differ.
QString solverVerdict(const AxisSetting& height, const AxisSetting& width);

} // namespace sb
