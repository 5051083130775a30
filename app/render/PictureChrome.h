// SPDX-License-Identifier: MIT
// PictureChrome: the title and footer every view draws — the module call in bold with a muted
// line under it; at the bottom the step's sentence, or what hovering explains (in the inspection
// colour, with a second, muted line); and the ink that reads on a cell whatever the theme. Both
// are measured: the title wraps (and a picture's layout reserves titleHeight() for it), the
// footer wraps into kFooterLines lines and ends in "…" only beyond them, so no text runs out of
// the picture whatever the layer.
#pragma once

#include "app/render/GridPainter.h"

namespace sb {

class PictureChrome {
public:
    static constexpr double kMargin = 28.0;     // around every picture
    static constexpr int kTitleLines = 3;       // a module call longer than this is abbreviated
    static constexpr int kFooterLines = 3;      // the narration or the hovered sum
    static constexpr double kMinWidth = 760.0;  // room for a sentence of the footer to read well

    // Saves the painter (the view restores it), sets the hints every view paints with — cells are
    // axis-aligned, so antialiasing their edges costs more than it shows, while text stays smooth —
    // and fills the background over `bounds` unless the export asked for transparency.
    static void beginPaint(QPainter& painter, const RenderOptions& options, const QRectF& bounds, bool fillBackground = true);

    // The height the title and its one-line subtitle take at this width.
    static double titleHeight(const QString& title, double width);
    static void paintTitle(GridPainter& gp, const QRectF& rect, const QString& title, const QString& subtitle);
    // The footer's height: kFooterLines of narration and a muted line under them.
    static double footerHeight();
    // `inspecting`: the lines explain a hovered (or pinned) cell rather than narrate the step.
    static void paintFooter(GridPainter& gp, const QRectF& rect, const QString& first, const QString& second, bool inspecting);

    // Text that reads on a cell's fill in either theme: an element's tint is light (made "to put
    // dark text on", ElementPalette::tint) even in the dark theme, whose own text is light.
    static QColor inkOn(const QColor& fill);
};

} // namespace sb
