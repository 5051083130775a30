// SPDX-License-Identifier: MIT
// PicturePainter: what every view's painter starts from — the QPainter (saved for the painter's
// lifetime, with the hints the view paints with), the grid vocabulary over it (GridPainter), the
// render options and the timeline position — and what every picture draws the same way: its
// background, the colour of an inspected cell, and its footer. A view's painter derives from it and
// adds its own sections, so its paint() reads like a table of contents.
#pragma once

#include "app/render/GridPainter.h"
#include "app/render/RenderOptions.h"

#include <QColor>
#include <QRectF>

class QPainter;

namespace sb {

class Picture;

class PicturePainter {
public:
    // Sharp: cells are axis-aligned, so antialiasing their edges costs more than it shows; Smooth:
    // curves (wires, braces) need it; text is smooth in both. AsGiven keeps the caller's hints (a
    // picture made of other pictures, which set their own).
    enum class Edges { Sharp, Smooth, AsGiven };

    // Saves the painter and sets its hints; the destructor restores it.
    PicturePainter(QPainter& painter, const RenderOptions& options, double position, Edges edges = Edges::Sharp);
    ~PicturePainter();
    PicturePainter(const PicturePainter&) = delete;
    PicturePainter& operator=(const PicturePainter&) = delete;

protected:
    // The background over bounds, unless the export asked for transparency.
    void fillBackground(const QRectF& bounds);
    // A hovered cell's outline colour, or a pinned one's.
    QColor inspectColor() const;
    // The footer of a picture that narrates its steps: the window's caption, or else the
    // narration of the step the position shows.
    void paintNarration(const Picture& picture, const QRectF& footer);

    QPainter& p_;
    GridPainter gp_;
    const RenderOptions& o_;
    const Theme& theme_;
    const double position_;
};

}  // namespace sb
