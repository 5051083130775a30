// SPDX-License-Identifier: MIT
// RenderOptions: how to paint a scene — theme, palette, overlays and the inspection to show.
#pragma once

#include "app/render/ElementPalette.h"
#include "app/render/Inspection.h"
#include "app/render/TextLog.h"
#include "app/render/Theme.h"

namespace sb {

struct RenderOptions {
    Theme theme = Theme::light();
    ElementPalette palette;
    bool overlapHeatmap = false;      // colour the output by how many contributions land per cell
    bool transparentBackground = false;
    Inspection inspection;            // hovered or pinned cell; empty for none
    bool inspectionPinned = false;
    QString caption;                  // footer text when nothing is inspected (the step's narration)
    TextLog* textLog = nullptr;       // when set, every text drawn is logged there (the layout test)
};

} // namespace sb
