// SPDX-License-Identifier: MIT
// Picture: anything the window shows and the exporters write — one view of one layer, drawn at a
// fractional timeline position in world coordinates. The window's views and every export go
// through this interface, so an exported file is exactly what the window shows.
#pragma once

#include "app/render/HitTarget.h"
#include "app/render/RenderOptions.h"
#include "app/render/ViewId.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace sb {

// What a picture's steps tell. Pictures telling the same story share the step when the window
// switches between them, and a quiz's truth about an output cell has a step only in the scatter's.
enum class StepStory {
    Own,          // a story of its own (a still, a layer per step, a channel per step, …)
    Scatter,      // one step per input element (or kernel tap) scattering, then crop, padding, bias
    OutputCells,  // the direct convolution: one step per output cell, in row-major order
};

// Every trait of a view is a virtual here with its default, documented where it is declared (as
// Sonic Visualiser's Layer holds its own): the window, its controllers and the exporters ask the
// picture, never which view it is.
class Picture {
public:
    virtual ~Picture() = default;

    // Which view this is; its command-line name is viewName().
    virtual ViewId view() const = 0;
    QString viewName() const { return sb::viewName(view()); }
    // The world rectangle the picture occupies; exporters size their pages from it.
    virtual QRectF bounds() const = 0;
    // Steps of the picture's own timeline (1 for a still picture).
    virtual qint64 stepCount() const = 0;
    // Where the window opens this view when coming from another timeline: the beginning of its
    // story by default (a still's only step, which is also its end). A view whose step 0 would
    // show nothing yet overrides it.
    virtual qint64 openingStep() const { return 0; }
    // What the steps tell (see StepStory): the picture's own story by default.
    virtual StepStory stepStory() const { return StepStory::Own; }
    // Whether the picture draws the layer's output plane cell for cell, so that hovering a cell
    // explains it and the keyboard cell cursor can move over it (HitTarget::Kind::Output with
    // oy, ox). None by default; a picture that says so reports its output cells in hitTest.
    virtual bool hasOutputGrid() const { return false; }
    // The footer sentence for a step (the window shows it as the caption).
    virtual QString narration(qint64 step) const = 0;
    // Paints the picture at `position` (0 … stepCount() − 1, fractional while animating).
    virtual void paint(QPainter& painter, double position, const RenderOptions& options) const = 0;
    // What lies under a world point, for hover and click; None by default.
    virtual HitTarget hitTest(const QPointF& world, double position) const
    {
        Q_UNUSED(world);
        Q_UNUSED(position);
        return {};
    }
    // What hovering or pinning a target explains: the highlighted cells and the sum written out in
    // the footer. By default only the target itself, which views highlight and explain on their own.
    virtual Inspection inspect(const HitTarget& target, double position) const
    {
        Q_UNUSED(position);
        Inspection inspection;
        inspection.target = target;
        return inspection;
    }
    // The step where a clicked target's story happens (an input element's scatter), or −1.
    virtual qint64 stepOf(const HitTarget& target) const
    {
        Q_UNUSED(target);
        return -1;
    }

    // The step named while moving towards it: the one arriving, or the one reached (as the
    // window's transport and caption count steps).
    qint64 stepAt(double position) const;
    // What the window shows at `position`: paint() with the caption set to that step's narration.
    void paintAsShown(QPainter& painter, double position, RenderOptions options) const;
};

} // namespace sb
