// PictureChrome: the title and footer of the teaching views, drawn as the scatter view draws its
// own — the module call in bold with a muted line under it; at the bottom the step's sentence, or
// what hovering explains (in the inspection colour, with a second, muted line); and the ink that
// reads on a cell whatever the theme.
#pragma once

#include "app/render/GridPainter.h"

namespace sb {

class PictureChrome {
public:
    // Saves the painter (the view restores it), sets the hints every view paints with — cells are
    // axis-aligned, so antialiasing their edges costs more than it shows, while text stays smooth —
    // and fills the background over `bounds` unless the export asked for transparency.
    static void beginPaint(QPainter& painter, const RenderOptions& options, const QRectF& bounds, bool fillBackground = true);
    static void paintTitle(GridPainter& gp, const QRectF& rect, const QString& title, const QString& subtitle);
    // `inspecting`: the lines explain a hovered (or pinned) cell rather than narrate the step.
    static void paintFooter(GridPainter& gp, const QRectF& rect, const QString& first, const QString& second, bool inspecting);
    // Text that reads on a cell's fill in either theme: an element's tint is light (made "to put
    // dark text on", ElementPalette::tint) even in the dark theme, whose own text is light.
    static QColor inkOn(const QColor& fill);
};

} // namespace sb
