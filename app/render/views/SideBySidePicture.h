// SPDX-License-Identifier: MIT
// SideBySidePicture: the `side-by-side` view — the scatter (ScatterScene drawn by SceneRenderer,
// unchanged) on the left and the equivalent direct convolution on the right (under it when both
// would not fit 4000 px side by side: the equivalent half takes the room left), run in step so that
// both timelines end together, with a footer that shows, for the output cell being filled, the
// number each way: "scatter: 14 · direct convolution: 14 ✓".
#pragma once

#include "app/render/PictureChrome.h"
#include "app/render/ScatterScene.h"
#include "app/render/views/EquivalentPicture.h"
#include "app/render/views/SideBySideLayout.h"

#include <functional>

namespace sb {

class SideBySidePicture : public Picture {
public:
    static constexpr double kPanelGap = SideBySideLayout::kPanelGap;
    static constexpr double kBudget = PictureChrome::kMaxSide;  // the largest side of the picture at scale 1

    // `channel` as for EquivalentPicture: the input channel the equivalent half draws.
    SideBySidePicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane, qint64 channel = -1);

    ViewId view() const override { return ViewId::SideBySide; }
    QRectF bounds() const override { return layout_.bounds(); }
    // The equivalent view's steps (one per output cell, plus the start); the scatter's timeline is
    // stretched over them.
    qint64 stepCount() const override { return equivalent_.stepCount(); }
    QString narration(qint64 step) const override;
    void paint(QPainter& painter, double position, const RenderOptions& options) const override;
    // Hits in either half, in that half's terms (output cells are the same cells in both).
    HitTarget hitTest(const QPointF& world, double position) const override;
    // The direct convolution's steps, one per output cell, beside the scatter's output.
    StepStory stepStory() const override { return StepStory::OutputCells; }
    bool hasOutputGrid() const override { return true; }

    // The scatter's timeline position shown at a position of this picture: both start at 0 and
    // end at their last step together.
    double scatterPosition(double position) const;
    // "y[1,2]: scatter 14  ·  direct convolution 14  ✓"
    QString comparison(qint64 oy, qint64 ox) const;

    const ScatterScene& scatter() const { return scatter_; }
    const EquivalentPicture& equivalent() const { return equivalent_; }
    // Where each half sits in this picture's world coordinates (its own bounds moved there).
    const SideBySideLayout& layout() const { return layout_; }
    QPointF scatterOffset() const { return layout_.scatterOffset(); }
    QPointF equivalentOffset() const { return layout_.equivalentOffset(); }
    QRectF comparisonRect() const { return layout_.comparisonRect(); }
    // Whether the equivalent half sits under the scatter (it did not fit beside it within the
    // budget) rather than beside it.
    bool stacked() const { return stacked_; }

private:
    // Comparisons measured cell by cell up to this many output cells; beyond, a sample of them.
    static constexpr qint64 kMeasuredCells = 40000;
    class Painter;  // one frame's painting, section by section (SideBySidePicture.cpp)

    QString startSentence() const;
    static QStringList comparisonLines(const QString& text, bool strong, double width);
    // The comparison line's height at a width: the start's sentence or the widest comparison of
    // any cell, wrapped.
    double comparisonHeight(double width, const std::function<QString(qint64, qint64)>& comparisonAt) const;
    double comparisonReserve(const ScatterRecord& record, PlaneSelection plane) const;
    // The room beside the scatter within the budget (the comparison's reserve kept below).
    QSizeF besideBudget() const;

    ScatterScene scatter_;
    bool stacked_ = false;  // declared before what the constructor measures with it
    double reserve_ = 0.0;  // the comparison line's height and the margin under it
    EquivalentPicture equivalent_;
    SideBySideLayout layout_;
};

} // namespace sb
