// SPDX-License-Identifier: MIT
// SceneRenderer: paints a ScatterScene frame with QPainter in world coordinates. The window, the
// PNG/SVG/PDF exporters and the GIF encoder all call this one function, so an exported picture is
// exactly what the window shows.
#pragma once

#include "app/render/RenderOptions.h"
#include "app/render/ScatterScene.h"

class QPainter;

namespace sb {

class SceneRenderer {
public:
    static void paint(QPainter& painter, const ScatterScene& scene, const SceneFrame& frame,
                      const RenderOptions& options);
};

} // namespace sb
