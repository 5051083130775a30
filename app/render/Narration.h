// SPDX-License-Identifier: MIT
// Narration: one plain sentence per timeline step, shown under the picture, e.g.
// "x[0,1] = 2 scatters 2·w into rows 0–3, cols 2–5 of the full buffer (stride 2 moves it 2 columns right)".
#pragma once

#include "app/render/ScatterScene.h"

#include <QString>

namespace sb {

QString narrate(const ScatterScene& scene, qint64 step);

} // namespace sb
