// SPDX-License-Identifier: MIT
// PictureChrome: what every view's picture shares around its grids — the title (the module call in
// bold with a muted line under it), the footer (the step's sentence, or what hovering explains in
// the inspection colour, with a second, muted line), the captions over grids, the margins and the
// largest a picture may be, and how a layout shrinks its cells to stay within it. All measured:
// the title wraps (and a layout reserves titleHeight() for it), the footer wraps into
// kFooterLines lines and ends in "…" only beyond them, so no text runs out of the picture.
#pragma once

#include "app/render/Typography.h"

#include <QColor>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>

namespace sb {

class GridPainter;

class PictureChrome {
public:
    static constexpr double kMargin = 28.0;     // around every picture
    static constexpr double kCell = 40.0;       // a readable grid's smallest cell
    static constexpr double kGap = 56.0;        // between a picture's columns of grids
    static constexpr int kTitleLines = 3;       // a module call longer than this is abbreviated
    static constexpr int kFooterLines = 3;      // the narration or the hovered sum
    static constexpr double kMinWidth = 760.0;  // room for a sentence of the footer to read well
    static constexpr double kMaxSide = 4000.0;  // a picture at scale 1 is at most this a side
    static constexpr double kCaptionGap = 10.0;  // under a caption, above its grid

    // The height the title and its one-line subtitle take at this width.
    static double titleHeight(const QString& title, double width);
    static void paintTitle(GridPainter& gp, const QRectF& rect, const QString& title, const QString& subtitle);
    // The footer's height: kFooterLines of narration and a muted line under them.
    static double footerHeight();
    // The room a caption (GridPainter::caption, bold, at px) takes above its grid, gap included.
    static double captionHeight(double px = Typography::kHeading, double gap = kCaptionGap);
    // The width of a grid's caption (bold, at Typography::kHeading): a column is at least as wide.
    static double captionWidth(const QString& caption);

    // Lays a picture out with the cell size its numbers need, or, when that makes it larger than
    // maxSize, with the largest cell size that fits (found by bisection: its grids then show colour
    // instead of numbers). place(cell) lays everything out and returns the bounds.
    static void fitCells(double cell, const std::function<QRectF(double cell)>& place,
                         QSizeF maxSize = QSizeF(kMaxSide, kMaxSide));
    // `inspecting`: the lines explain a hovered (or pinned) cell rather than narrate the step.
    static void paintFooter(GridPainter& gp, const QRectF& rect, const QString& first, const QString& second, bool inspecting);

    // Text that reads on a cell's fill in either theme: an element's tint is light (made "to put
    // dark text on", ElementPalette::tint) even in the dark theme, whose own text is light.
    static QColor inkOn(const QColor& fill);
};

} // namespace sb
